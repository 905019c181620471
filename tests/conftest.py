"""Shared test settings."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("default", deadline=None, suppress_health_check=[HealthCheck.too_slow])
# scripts/mutate.py runs the tests once per mutant: each verdict must be the same on every run,
# and a killed mutant must not leave its failing examples in the database for the next run.
settings.register_profile("mutation", parent=settings.get_profile("default"), derandomize=True, database=None)
settings.load_profile(os.environ.get("POLITIQUE_VILLE_HYPOTHESIS_PROFILE", "default"))


@pytest.fixture
def bundle_copy(tmp_path: Path) -> Path:
    """A folder holding a copy of every file of the bundled data, to damage or edit."""
    from politique_ville.bundle import PARTS, read_bytes

    folder = tmp_path / "data"
    folder.mkdir()
    for part in PARTS:
        (folder / part.file).write_bytes(read_bytes(part.file))
    return folder


def pytest_configure(config: pytest.Config) -> None:
    """Register the ``slow`` marker (building and installing the wheel); ``-m "not slow"`` skips it."""
    config.addinivalue_line("markers", "slow: builds the wheel and installs it in a fresh virtual environment")
