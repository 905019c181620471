"""The JSON Schema is generated from the model, shipped up to date, and agrees with the data."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import cattrs
import jsonschema
import pytest

import politique_ville as pv
from politique_ville.bundle import PARTS
from politique_ville.converter import converter
from politique_ville.export import to_json
from politique_ville.schema import DIALECT, file_schema, json_schema

DATA_DIR = Path(__file__).resolve().parent.parent / "src" / "politique_ville" / "data"
SHIPPED = DATA_DIR / "schema.json"
DATA_FILES = [part.file for part in PARTS]
REGENERATE = "run `python -m politique_ville.schema > src/politique_ville/data/schema.json`"


def validator(schema: dict[str, Any]) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(schema)


def refs(node: object) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref":
                yield value
            else:
                yield from refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from refs(item)


def load_file(name: str) -> Any:
    return json.loads((DATA_DIR / name).read_text(encoding="utf-8"))


def first_centre() -> dict[str, Any]:
    centres: list[dict[str, Any]] = load_file("centres.json")
    return copy.deepcopy(centres[0])


# -- generation ----------------------------------------------------------------------------


def test_the_shipped_schema_is_the_generated_one() -> None:
    shipped = json.loads(SHIPPED.read_text(encoding="utf-8"))
    assert shipped == json_schema(), f"data/schema.json is out of date with the model: {REGENERATE}"


def test_the_module_prints_the_shipped_schema() -> None:
    command = [sys.executable, "-m", "politique_ville.schema"]
    done = subprocess.run(command, capture_output=True, check=True, timeout=120)
    assert json.loads(done.stdout.decode("utf-8")) == json_schema()


def test_the_schemas_are_valid_draft_2020_12() -> None:
    assert json_schema()["$schema"] == DIALECT
    jsonschema.Draft202012Validator.check_schema(json_schema())
    for name in DATA_FILES:
        jsonschema.Draft202012Validator.check_schema(file_schema(name))


@pytest.mark.parametrize("name", DATA_FILES)
def test_a_file_schema_defines_exactly_what_it_refers_to(name: str) -> None:
    schema = file_schema(name)
    used = {ref.removeprefix("#/$defs/") for ref in refs(schema)}
    assert used == set(schema["$defs"])


def test_the_export_schema_defines_exactly_what_it_refers_to() -> None:
    schema = json_schema()
    assert {ref.removeprefix("#/$defs/") for ref in refs(schema)} == set(schema["$defs"])
    assert schema["required"] == [part.name for part in PARTS]
    assert schema["additionalProperties"] is False


def test_an_unknown_file_is_refused() -> None:
    with pytest.raises(ValueError, match=r"centres\.json"):
        file_schema("centers.json")


def test_every_record_class_is_an_object_with_its_fields() -> None:
    defs = json_schema()["$defs"]
    for name, definition in defs.items():
        cls = getattr(pv, name.split("_")[0], None)
        if not isinstance(cls, type) or not attrs.has(cls) or cls is pv.PartialDate:
            continue
        fields = attrs.fields(cls)
        assert definition["type"] == "object"
        assert definition["additionalProperties"] is False
        assert list(definition["properties"]) == [f.name for f in fields]
        assert definition["required"] == [f.name for f in fields if f.default is attrs.NOTHING]


def test_generic_claims_take_their_type_argument() -> None:
    defs = json_schema()["$defs"]
    assert defs["Claim_str"]["properties"]["value"] == {"type": "string"}
    assert defs["Claim_PartialDate"]["properties"]["value"] == {"$ref": "#/$defs/PartialDate"}
    assert defs["Claim_LegalForm"]["properties"]["value"] == {"$ref": "#/$defs/LegalForm"}
    assert defs["Centre"]["properties"]["foundings"]["items"] == {"$ref": "#/$defs/Claim_PartialDate"}


def test_optional_values_may_be_null_and_default_to_it() -> None:
    centre = json_schema()["$defs"]["Centre"]["properties"]
    assert centre["acronym"] == {"type": ["string", "null"], "default": None}
    assert centre["founded"] == {"type": ["integer", "null"], "default": None}
    assert centre["legal_form"] == {"anyOf": [{"$ref": "#/$defs/LegalForm"}, {"type": "null"}], "default": None}
    assert centre["acronyms"]["default"] == []


def test_vocabularies_are_their_slug_values() -> None:
    defs = json_schema()["$defs"]
    for vocabulary in (pv.Status, pv.LegalForm, pv.Mission, pv.Funder, pv.TerritoryKind):
        assert defs[vocabulary.__name__]["enum"] == [member.value for member in vocabulary]
        assert defs[vocabulary.__name__]["type"] == "string"


@pytest.mark.parametrize("text", ["1993", "2010-11", "2012-05-31", "2016-01-01"])
def test_partial_dates_match_the_pattern(text: str) -> None:
    pattern_schema = {**json_schema()["$defs"]["PartialDate"]}
    assert validator(pattern_schema).is_valid(text)
    assert str(pv.PartialDate.parse(text)) == text


@pytest.mark.parametrize("text", ["93", "2010-1", "2010-13", "2012-05-32", "2012-05-31T00:00", "31/05/2012", ""])
def test_malformed_partial_dates_do_not(text: str) -> None:
    assert not validator(json_schema()["$defs"]["PartialDate"]).is_valid(text)


def test_a_type_the_schema_cannot_express_fails_loudly() -> None:
    from politique_ville.schema import _Builder

    with pytest.raises(TypeError, match="no JSON Schema"):
        _Builder().schema(frozenset[int])


# -- the data against the schema -------------------------------------------------------------


@pytest.mark.parametrize("name", DATA_FILES)
def test_every_bundled_data_file_is_valid(name: str) -> None:
    errors = [
        f"{list(e.absolute_path)}: {e.message}" for e in validator(file_schema(name)).iter_errors(load_file(name))
    ]
    assert errors == []


def test_the_export_is_valid() -> None:
    validator(json_schema()).validate(json.loads(to_json(pv.load())))


def centre_with(change: str) -> dict[str, Any]:
    centre = first_centre()
    if change == "founded as a string":
        centre["founded"] = "1993"
    elif change == "unknown key":
        centre["founded_in"] = 1993
    elif change == "missing name":
        del centre["name"]
    elif change == "unknown status":
        centre["status"] = "asleep"
    elif change == "bad partial date":
        centre["foundings"] = [{"value": "1993-13", "sources": ["x"]}]
    elif change == "claim without sources":
        centre["names"] = [{"value": centre["name"]}]
    elif change == "sources as a string":
        centre["sources"] = "001"
    elif change == "boolean for an integer":
        centre["founded"] = True
    return centre


CHANGES = [
    "founded as a string",
    "unknown key",
    "missing name",
    "unknown status",
    "bad partial date",
    "claim without sources",
    "sources as a string",
    "boolean for an integer",
]


@pytest.mark.parametrize("change", CHANGES)
def test_a_wrong_centre_is_rejected_by_the_schema(change: str) -> None:
    assert not validator(file_schema("centres.json")).is_valid([centre_with(change)])


@pytest.mark.parametrize("change", CHANGES)
def test_the_converter_rejects_what_the_schema_rejects(change: str) -> None:
    wrong = centre_with(change)
    with pytest.raises(cattrs.BaseValidationError):
        converter.structure(wrong, pv.Centre)


def test_an_explicit_null_is_accepted_by_both() -> None:
    centre = first_centre()
    centre["email"] = None
    assert validator(file_schema("centres.json")).is_valid([centre])
    assert converter.structure(centre, pv.Centre).email is None


def test_a_wrong_export_is_rejected() -> None:
    exported = json.loads(to_json(pv.load()))
    del exported["network"]
    assert not validator(json_schema()).is_valid(exported)
    exported = json.loads(to_json(pv.load()))
    exported["maps"] = []
    assert not validator(json_schema()).is_valid(exported)
