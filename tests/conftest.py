"""Shared test settings."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("default", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("default")


def pytest_configure(config: pytest.Config) -> None:
    """Register the ``slow`` marker (building and installing the wheel); ``-m "not slow"`` skips it."""
    config.addinivalue_line("markers", "slow: builds the wheel and installs it in a fresh virtual environment")
