"""Consistency of the bundled ``data/territories.json`` and a cross-check against pycountry."""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

DATA = Path(__file__).resolve().parent.parent / "src" / "politique_ville" / "data" / "territories.json"

KEYS = (
    "id",
    "kind",
    "code",
    "name",
    "iso",
    "other_names",
    "other_codes",
    "overseas",
    "valid",
    "region",
    "former_region",
    "departments",
    "iso_codes",
    "collectivity_codes",
    "aliases",
    "sources",
)
REQUIRED = {"id", "kind", "code", "name", "sources"}
DEFAULTS: dict[str, Any] = {
    "iso": None,
    "other_names": [],
    "other_codes": [],
    "iso_codes": [],
    "collectivity_codes": [],
    "aliases": [],
    "overseas": False,
    "valid": None,
    "region": None,
    "former_region": None,
    "departments": [],
}
MERGED_2016 = {"reg-27", "reg-28", "reg-32", "reg-44", "reg-75", "reg-76", "reg-84"}
REFORM_START = {"start": "2016-01-01"}
REFORM_END = {"end": "2015-12-31"}

# Where pycountry's ISO 3166-2 name differs from the INSEE name beyond case, accents, hyphens,
# spaces and apostrophes: ISO code -> pycountry's name.
PYCOUNTRY_NAMES = {
    "FR-973": "Guyane (française)",  # INSEE: "Guyane"
}


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"[\s\-'\u2019]+", " ", bare).strip()


def _department_order(code: str) -> tuple[int, str]:
    return (20 if code in ("2A", "2B") else int(code[:2]), code)


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    with DATA.open(encoding="utf-8") as handle:
        loaded: list[dict[str, Any]] = json.load(handle)
        return loaded


@pytest.fixture(scope="module")
def by_id(records: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {record["id"]: record for record in records}


@pytest.fixture(scope="module")
def departments(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [record for record in records if record["kind"] == "department"]


@pytest.fixture(scope="module")
def regions(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [record for record in records if record["kind"] == "region"]


def _is_current(region: dict[str, Any]) -> bool:
    return "end" not in (region.get("valid") or {})


# --- shape -------------------------------------------------------------------------------------


def test_ids_unique(records: list[dict[str, Any]]) -> None:
    duplicates = [key for key, n in Counter(r["id"] for r in records).items() if n > 1]
    assert not duplicates


def test_keys_and_defaults(records: list[dict[str, Any]]) -> None:
    for record in records:
        assert record.keys() >= REQUIRED, record["id"]
        assert list(record) == [key for key in KEYS if key in record], record["id"]
        for key, default in DEFAULTS.items():
            if key in record:
                assert record[key] != default, f"{record['id']}: {key} equals its default"
        assert record["kind"] in ("region", "department")
        prefix = "reg-" if record["kind"] == "region" else "dep-"
        assert record["id"] == prefix + record["code"].lower()
        assert record["sources"] and set(record["sources"]) <= {
            "insee-cog",
            "insee-cog-2025",
            "iso-3166-2-fr",
        }  # the dated codes: their own
        abolished = "end" in record.get("valid", {})
        assert ("insee-cog-2025" in record["sources"]) == (not abolished), record["id"]  # COG 2025 lists today's
        assert ("iso-3166-2-fr" in record["sources"]) == ("iso" in record), record["id"]
        assert record["name"] == record["name"].strip() and "\u2019" not in record["name"]


def test_sorted_regions_then_departments(records: list[dict[str, Any]]) -> None:
    kinds = [r["kind"] for r in records]
    assert kinds == sorted(kinds, key=lambda kind: kind != "region")
    region_codes = [r["code"] for r in records if r["kind"] == "region"]
    assert region_codes == sorted(region_codes)
    department_codes = [r["code"] for r in records if r["kind"] == "department"]
    assert department_codes == sorted(department_codes, key=_department_order)


def test_counts(departments: list[dict[str, Any]], regions: list[dict[str, Any]]) -> None:
    assert len(departments) == 101
    assert sum(map(_is_current, regions)) == 18
    assert sum(not _is_current(r) for r in regions) == 16
    assert sum(1 for r in regions if _is_current(r) and r.get("overseas")) == 5


def test_department_codes(departments: list[dict[str, Any]]) -> None:
    expected = {f"{n:02d}" for n in range(1, 96) if n != 20} | {"2A", "2B"}
    expected |= {"971", "972", "973", "974", "976"}
    assert {d["code"] for d in departments} == expected
    for department in departments:
        assert department.get("overseas", False) == (len(department["code"]) == 3)
        assert "valid" not in department and "departments" not in department
        if department["code"] == "75":
            assert department["iso"] == "FR-75C" and department["other_codes"] == ["FR-75"]
        else:
            assert department["iso"] == "FR-" + department["code"]


def test_region_validity(regions: list[dict[str, Any]]) -> None:
    for region in regions:
        if not _is_current(region):
            assert region["valid"] == REFORM_END
            assert "iso" not in region
        elif region["id"] in MERGED_2016:
            assert region["valid"] == REFORM_START
        else:
            assert "valid" not in region
        assert "region" not in region and "former_region" not in region
        if _is_current(region):
            assert region["iso"]


# --- membership --------------------------------------------------------------------------------


def test_department_regions_exist_and_list_them(departments: list[dict[str, Any]], by_id: dict[str, Any]) -> None:
    for department in departments:
        current = by_id[department["region"]]
        former = by_id[department["former_region"]]
        assert current["kind"] == former["kind"] == "region"
        assert _is_current(current), department["id"]
        assert department["id"] in current["departments"]
        assert department["id"] in former["departments"]
        assert former.get("valid", {}).get("start") is None, "a former region began in 2016"
        if _is_current(former):
            assert former["id"] == current["id"], "an unchanged region must stay the region"
        assert current.get("overseas", False) == department.get("overseas", False)


def test_region_departments_point_back(regions: list[dict[str, Any]], by_id: dict[str, Any]) -> None:
    for region in regions:
        assert region["departments"], region["id"]
        listed = [by_id[d]["code"] for d in region["departments"]]
        assert listed == sorted(listed, key=_department_order), region["id"]
        assert len(set(listed)) == len(listed)
        for dep_id in region["departments"]:
            department = by_id[dep_id]
            assert department["kind"] == "department"
            assert region["id"] in (department["region"], department["former_region"])


def test_current_regions_partition(regions: list[dict[str, Any]], departments: list[dict[str, Any]]) -> None:
    for region in filter(_is_current, regions):
        expected = {d["id"] for d in departments if d["region"] == region["id"]}
        assert set(region["departments"]) == expected, region["id"]


def test_abolished_regions(
    regions: list[dict[str, Any]], departments: list[dict[str, Any]], by_id: dict[str, Any]
) -> None:
    former_ids = {d["former_region"] for d in departments}
    for region in regions:
        if _is_current(region):
            continue
        expected = {d["id"] for d in departments if d["former_region"] == region["id"]}
        assert set(region["departments"]) == expected, region["id"]
        successors = {by_id[d]["region"] for d in region["departments"]}
        assert len(successors) == 1 and successors <= MERGED_2016, region["id"]
    # Before 2016: every department had exactly one region, and merged regions had no members.
    assert not former_ids & MERGED_2016
    for merged in MERGED_2016:
        formers = {by_id[d]["former_region"] for d in by_id[merged]["departments"]}
        assert len(formers) >= 2, merged
        assert not any(_is_current(by_id[f]) for f in formers), merged


def test_spot_checks(by_id: dict[str, Any]) -> None:
    cases = {
        "dep-86": ("reg-75", "reg-54"),
        "dep-80": ("reg-32", "reg-22"),
        "dep-03": ("reg-84", "reg-83"),
        "dep-15": ("reg-84", "reg-83"),
        "dep-43": ("reg-84", "reg-83"),
        "dep-63": ("reg-84", "reg-83"),
        "dep-57": ("reg-44", "reg-41"),
        "dep-90": ("reg-27", "reg-43"),
        "dep-2a": ("reg-94", "reg-94"),
        "dep-2b": ("reg-94", "reg-94"),
        "dep-971": ("reg-01", "reg-01"),
        "dep-976": ("reg-06", "reg-06"),
    }
    for dep_id, (region, former) in cases.items():
        assert (by_id[dep_id]["region"], by_id[dep_id]["former_region"]) == (region, former)
    assert by_id["dep-93"]["name"] == "Seine-Saint-Denis"
    assert by_id["dep-22"]["name"] == "Côtes-d'Armor"
    assert by_id["dep-95"]["name"] == "Val-d'Oise"
    assert by_id["reg-93"]["name"] == "Provence-Alpes-Côte d'Azur"
    assert by_id["reg-94"]["iso"] == "FR-20R"


# --- pycountry ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def iso_fr() -> dict[str, Any]:
    pycountry = pytest.importorskip("pycountry")
    return {s.code: s for s in pycountry.subdivisions.get(country_code="FR")}


def _names_match(ours: dict[str, Any], theirs: Any) -> bool:
    expected = PYCOUNTRY_NAMES.get(ours["iso"], ours["name"])
    return _fold(theirs.name) == _fold(expected)


def _iso_region(subdivision: Any, iso_fr: dict[str, Any]) -> str | None:
    """Walk pycountry's parents up to a region (FR-67 -> FR-6AE Alsace -> FR-GES)."""
    while subdivision.parent_code is not None:
        subdivision = iso_fr[subdivision.parent_code]
    code: str = subdivision.code
    return code


def test_pycountry_departments(departments: list[dict[str, Any]], iso_fr: dict[str, Any]) -> None:
    for department in departments:
        assert department["iso"] in iso_fr, department["id"]
        assert _names_match(department, iso_fr[department["iso"]]), (
            department["name"],
            iso_fr[department["iso"]].name,
        )


def test_pycountry_current_regions(regions: list[dict[str, Any]], iso_fr: dict[str, Any]) -> None:
    for region in filter(_is_current, regions):
        assert region["iso"] in iso_fr, region["id"]
        assert _names_match(region, iso_fr[region["iso"]]), (
            region["name"],
            iso_fr[region["iso"]].name,
        )


def test_pycountry_membership(departments: list[dict[str, Any]], by_id: dict[str, Any], iso_fr: dict[str, Any]) -> None:
    for department in departments:
        region = by_id[department["region"]]
        if region.get("overseas"):
            # Single-department regions share the department's ISO code and have no parent.
            assert region["iso"] == department["iso"]
            assert iso_fr[department["iso"]].parent_code is None
            continue
        assert _iso_region(iso_fr[department["iso"]], iso_fr) == region["iso"], department["id"]


def test_known_name_differences_still_needed(iso_fr: dict[str, Any], by_id: dict[str, Any]) -> None:
    iso_to_record = {r["iso"]: r for r in by_id.values() if "iso" in r}
    for code, name in PYCOUNTRY_NAMES.items():
        assert iso_fr[code].name == name
        assert _fold(iso_to_record[code]["name"]) != _fold(name)


# --- dated ISO codes -----------------------------------------------------------------------------

LETTER_CODES = {
    "reg-42": "FR-A", "reg-72": "FR-B", "reg-83": "FR-C", "reg-26": "FR-D", "reg-53": "FR-E",
    "reg-24": "FR-F", "reg-21": "FR-G", "reg-94": "FR-H", "reg-43": "FR-I", "reg-11": "FR-J",
    "reg-91": "FR-K", "reg-74": "FR-L", "reg-41": "FR-M", "reg-73": "FR-N", "reg-31": "FR-O",
    "reg-25": "FR-P", "reg-23": "FR-Q", "reg-52": "FR-R", "reg-22": "FR-S", "reg-54": "FR-T",
    "reg-93": "FR-U", "reg-82": "FR-V",
}  # fmt: skip


def test_each_metropolitan_region_before_2016_had_a_letter_code_until_iso_s_change(
    regions: list[dict[str, Any]],
) -> None:
    letters = {
        r["id"]: c["value"] for r in regions for c in r.get("iso_codes", []) if c.get("period") == {"end": "2016-11-14"}
    }
    assert letters == LETTER_CODES
    metropolitan_before = {r["id"] for r in regions if not r.get("overseas") and r.get("valid") != REFORM_START}
    assert set(letters) == metropolitan_before


def test_each_region_since_2016_has_its_code_from_iso_s_change(regions: list[dict[str, Any]]) -> None:
    since = {
        r["id"]: c["value"]
        for r in regions
        for c in r.get("iso_codes", [])
        if c.get("period", {}).get("start") == "2016-11-15"
    }
    current = {r["id"]: r["iso"] for r in regions if _is_current(r) and not r.get("overseas")}
    assert since == {**current, "reg-94": "FR-COR"}


def test_every_dated_code_is_sourced_by_the_sources_that_state_it() -> None:
    import politique_ville as pv

    data = pv.load()
    for territory in data.territories():
        for claim in (*territory.iso_codes, *territory.collectivity_codes):
            assert claim.sources, (territory.id, claim.value)
            for source in claim.sources:
                assert data.source(source).url, source
            assert claim.period is not None or claim.as_of is not None, (territory.id, claim.value)


def test_the_code_held_at_a_date() -> None:
    import politique_ville as pv

    data = pv.load()
    held = {
        place: [data.territory(place).iso_on(when) for when in ("2012", "2016-06", "2018", "2026")]
        for place in ("reg-53", "reg-31", "reg-32", "reg-94", "dep-75", "dep-93", "dep-67")
    }
    assert held == {
        "reg-53": ["FR-E", "FR-E", "FR-BRE", "FR-BRE"],
        "reg-31": ["FR-O", "FR-O", None, None],
        "reg-32": [None, None, "FR-HDF", "FR-HDF"],
        "reg-94": ["FR-H", "FR-H", "FR-COR", "FR-20R"],
        "dep-75": ["FR-75", "FR-75", "FR-75", "FR-75C"],
        "dep-93": ["FR-93", "FR-93", "FR-93", "FR-93"],
        "dep-67": ["FR-67", "FR-67", "FR-67", "FR-67"],
    }
    assert [(t.id, c.value) for t in data.territories() for c in t.collectivity_codes] == [
        ("dep-67", "FR-6AE"),
        ("dep-68", "FR-6AE"),
        ("dep-69", "FR-69M"),
    ]


def test_pycountry_knows_every_latest_dated_code(iso_fr: dict[str, Any], by_id: dict[str, Any]) -> None:
    """A cross-check, not a source: pycountry lists today's codes, the letter codes no longer."""
    for record in by_id.values():
        for claim in record.get("iso_codes", []) + record.get("collectivity_codes", []):
            ended = claim.get("period", {}).get("end") == "2016-11-14"
            replaced = claim["value"] in ("FR-COR", "FR-75")
            assert (claim["value"] in iso_fr) == (not ended and not replaced), claim["value"]
    assert _iso_region(iso_fr["FR-67"], iso_fr) == "FR-GES" and iso_fr["FR-67"].parent_code == "FR-6AE"
    assert iso_fr["FR-69M"].parent_code == "FR-ARA"
