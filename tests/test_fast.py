"""The fast path for the bundled data builds exactly what the strict converter builds."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest
from hypothesis import given, settings

from politique_ville.bundle import PARTS, read_text
from politique_ville.converter import converter
from politique_ville.fast import structure
from tests.strategies import typed_records


@pytest.mark.parametrize(("name", "kind"), [(part.file, part.kind) for part in PARTS])
def test_fast_path_equals_cattrs_on_the_bundled_files(name: str, kind: Any) -> None:
    raw = json.loads(read_text(name))
    assert structure(raw, kind) == converter.structure(raw, kind)


@given(typed_records())
@settings(max_examples=200)
def test_fast_path_equals_cattrs_on_generated_records(pair: tuple[Any, Any]) -> None:
    record, kind = pair
    raw = json.loads(json.dumps(converter.unstructure(record, kind)))
    assert structure(raw, kind) == converter.structure(raw, kind) == record


def test_fast_path_after_the_converter_has_resolved_the_annotations() -> None:
    """cattrs replaces the classes' annotation strings by types; the fast path reads both."""
    code = (
        "import json, politique_ville as pv\n"
        "from politique_ville.converter import converter\n"
        "from politique_ville.fast import structure\n"
        "from politique_ville.bundle import PARTS, read_text\n"
        "for part in PARTS:\n"
        "    raw = json.loads(read_text(part.file))\n"
        "    assert converter.structure(raw, part.kind) == structure(raw, part.kind), part.file\n"
        "print('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "ok", result.stderr
