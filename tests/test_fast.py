"""The fast path for the bundled data builds exactly what the strict converter builds."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings

from politique_ville.converter import converter
from politique_ville.fast import structure
from politique_ville.loading import FILES, data_folder
from strategies import typed_records


@pytest.mark.parametrize(("name", "kind"), list(FILES.values()))
def test_fast_path_equals_cattrs_on_the_bundled_files(name: str, kind: Any) -> None:
    raw = json.loads((data_folder() / name).read_text(encoding="utf-8"))
    assert structure(raw, kind) == converter.structure(raw, kind)


@given(typed_records())
@settings(max_examples=200)
def test_fast_path_equals_cattrs_on_generated_records(pair: tuple[Any, Any]) -> None:
    record, kind = pair
    raw = json.loads(json.dumps(converter.unstructure(record, kind)))
    assert structure(raw, kind) == converter.structure(raw, kind) == record
