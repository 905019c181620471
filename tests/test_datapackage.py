"""The Frictionless data package: valid, complete, licensed, and its JSON Schema references hold."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import frictionless
import jsonschema
import pytest
import referencing
import referencing.jsonschema

from politique_ville.bundle import PARTS

DATA_DIR = Path(__file__).resolve().parent.parent / "src" / "politique_ville" / "data"
DESCRIPTOR = DATA_DIR / "datapackage.json"
DATA_LICENCE = "etalab-2.0"
BASE_MAP_LICENCE = "CC-BY-4.0"
DOCUMENTATION = {".md"}  # licence and read-me files that accompany a resource


def descriptor() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(DESCRIPTOR.read_text(encoding="utf-8"))
    return loaded


def resources() -> dict[str, dict[str, Any]]:
    return {resource["path"]: resource for resource in descriptor()["resources"]}


def test_frictionless_finds_the_package_valid() -> None:
    report = frictionless.Package(str(DESCRIPTOR)).validate()
    assert report.valid, report.flatten(["type", "note"])


def test_every_data_file_is_a_resource() -> None:
    shipped = {p.name for p in DATA_DIR.iterdir() if p.is_file() and p.suffix not in DOCUMENTATION}
    assert shipped - {DESCRIPTOR.name} == set(resources())


def test_every_resource_exists() -> None:
    for path in resources():
        assert (DATA_DIR / path).is_file(), path


def test_each_data_file_is_a_json_resource_named_after_its_dataset_key() -> None:
    described = resources()
    for part in PARTS:
        name = part.name
        resource = described[part.file]
        assert resource["name"] == name
        assert (resource["type"], resource["format"], resource["mediatype"]) == ("json", "json", "application/json")
        assert resource["encoding"] == "utf-8"
        assert resource["jsonSchema"] == f"schema.json#/properties/{name}"


def test_the_data_is_under_the_licence_ouverte() -> None:
    assert [licence["name"] for licence in descriptor()["licenses"]] == [DATA_LICENCE]


def test_a_base_map_carries_its_own_licence() -> None:
    for path, resource in resources().items():
        if path.endswith(".svg"):
            assert [licence["name"] for licence in resource["licenses"]] == [BASE_MAP_LICENCE]
            assert resource["sources"], "a base map names where it comes from"


def test_the_package_names_its_sources() -> None:
    sources = descriptor()["sources"]
    assert sources and all(source["title"] for source in sources)


def test_the_package_states_the_cog_year_of_its_territories_and_where_it_was_checked() -> None:
    import politique_ville as pv

    cog = descriptor()["cog"]
    assert cog == {"year": 2025, "sources": ["insee-cog-2025"]}
    assert (pv.COG_YEAR, pv.load().cog_year) == (2025, 2025)
    source = pv.source("insee-cog-2025")
    assert (source.kind, str(source.date), source.publisher) == (
        pv.SourceKind.REFERENCE_DATA,
        "2025-08-08",
        "Insee, in a copy by the repository sfaut/data-cog",
    )
    assert "au 1er janvier 2025" in source.title
    # the territories that exist today are the ones the COG 2025 lists, and cite it
    citing = [t.id for t in pv.load().territories() if "insee-cog-2025" in t.sources]
    assert citing == [t.id for t in pv.load().territories() if t.exists_on("2025-01-01")]
    assert len(citing) == 119


@pytest.mark.parametrize("file", [part.file for part in PARTS])
def test_each_json_resource_is_valid_against_its_schema_reference(file: str) -> None:
    reference = resources()[file]["jsonSchema"]
    document, _, fragment = reference.partition("#")
    schema = json.loads((DATA_DIR / document).read_text(encoding="utf-8"))
    registry: referencing.Registry[Any] = referencing.Registry().with_resource(
        document, referencing.jsonschema.DRAFT202012.create_resource(schema)
    )
    checker = jsonschema.Draft202012Validator({"$ref": f"{document}#{fragment}"}, registry=registry)
    data = json.loads((DATA_DIR / file).read_text(encoding="utf-8"))
    assert [error.message for error in checker.iter_errors(data)] == []
    assert not checker.is_valid({"not": "the data"})
