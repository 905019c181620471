"""Exports: the whole dataset as JSON that reads back exactly, the centres as flat CSV."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import attrs

import politique_ville as pv
from politique_ville.bundle import PARTS
from politique_ville.converter import converter
from politique_ville.export import (
    CSV_COLUMNS,
    centres_csv,
    centres_json,
    latest_territories,
    to_json,
    write_centres_csv,
)
from tests.strategies import dataset_of

DATA = pv.load()


def csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


# -- JSON ----------------------------------------------------------------------------------


def test_the_json_export_has_one_key_per_data_file() -> None:
    exported = json.loads(to_json(DATA))
    assert list(exported) == ["data_version", *(part.name for part in PARTS)]


def test_each_key_holds_what_its_data_file_holds() -> None:
    exported = json.loads(to_json(DATA))
    for part in PARTS:
        assert converter.structure(exported[part.name], part.kind) == getattr(DATA, part.name)()


def test_the_json_export_reads_back_as_a_data_bundle(tmp_path: Path) -> None:
    exported = json.loads(to_json(DATA))
    for part in PARTS:
        (tmp_path / part.file).write_text(json.dumps(exported[part.name], ensure_ascii=False), encoding="utf-8")
    again = pv.load(tmp_path)
    assert again.centres() == DATA.centres()
    assert again.network() == DATA.network()
    assert again.sources() == DATA.sources()


def test_the_json_export_is_readable_utf8_text() -> None:
    text = to_json(DATA)
    assert text.endswith("}\n")
    assert "é" in text and "\\u00e9" not in text  # accents are kept, not escaped


def test_a_data_version_comes_first_when_the_dataset_has_one() -> None:
    versioned = pv.Dataset({part.name: getattr(DATA, part.name) for part in PARTS}, version="2024.1")
    exported = json.loads(to_json(versioned))
    assert list(exported) == ["data_version", *(part.name for part in PARTS)]
    assert exported["data_version"] == "2024.1"
    unversioned = pv.Dataset({part.name: getattr(DATA, part.name) for part in PARTS})
    assert list(json.loads(to_json(unversioned))) == [part.name for part in PARTS]


def test_the_bundled_export_carries_the_data_version() -> None:
    assert json.loads(to_json(pv.load()))["data_version"] == pv.DATA_VERSION


def test_centres_json_is_a_list_of_centre_records() -> None:
    chosen = DATA.by_territory("93")
    assert json.loads(centres_json(chosen)) == converter.unstructure(chosen, tuple[pv.Centre, ...])
    assert centres_json(()) == "[]\n"


# -- CSV -----------------------------------------------------------------------------------


def test_the_csv_has_the_documented_columns_and_one_row_per_centre() -> None:
    text = centres_csv(DATA.centres(), dataset=DATA)
    assert text.splitlines()[0] == ",".join(CSV_COLUMNS)
    assert [row["id"] for row in csv_rows(text)] == [c.id for c in DATA.centres()]


def test_each_row_holds_the_preferred_values() -> None:
    rows = {row["id"]: row for row in csv_rows(centres_csv(DATA.centres(), dataset=DATA))}
    for centre in DATA.centres():
        row = rows[centre.id]
        assert row["name"] == centre.name
        assert row["acronym"] == (centre.acronym or "")
        assert row["founded"] == ("" if centre.founded is None else str(centre.founded))
        assert row["legal_form"] == ("" if centre.legal_form is None else centre.legal_form.value)
        assert row["status"] == centre.status.value
        assert row["website"] == (centre.website or "")
        assert row["phone"] == (centre.phone or "")
        assert row["email"] == (centre.email or "")
        assert row["sources"].split(";") == list(centre.sources)
        assert centre.name in row["names"].split(";")
        assert set(row["names"].split(";")) == {claim.value for claim in centre.names}


def test_each_row_holds_the_territories_of_the_latest_known_state() -> None:
    rows = {row["id"]: row for row in csv_rows(centres_csv(DATA.centres(), dataset=DATA))}
    for centre in DATA.centres():
        territories = latest_territories(centre)
        assert rows[centre.id]["territories"] == ";".join(territories)
        assert rows[centre.id]["territory_names"] == ";".join(DATA.territory(t).name for t in territories)
    assert "dep-93" in rows["profession-banlieue"]["territories"].split(";")
    assert "Seine-Saint-Denis" in rows["profession-banlieue"]["territory_names"].split(";")


def test_the_latest_territories_are_those_the_territory_query_answers() -> None:
    for centre in DATA.centres():
        open_ended = [c.territory for c in centre.coverage if c.period.is_open]
        assert latest_territories(centre) == tuple(dict.fromkeys(open_ended))
        for territory in latest_territories(centre):
            assert centre in DATA.by_territory(DATA.territory(territory), unconfirmed=True)


def test_the_csv_names_territories_from_the_dataset_given() -> None:
    # mypy's attrs plugin knows attrs' own decorators only; @record is one through dataclass_transform
    renamed = tuple(attrs.evolve(t, name=f"{t.name} (renamed)") for t in DATA.territories())  # type: ignore[misc]
    other = dataset_of(DATA, territories=renamed)
    rows = list(csv.DictReader(io.StringIO(centres_csv(DATA.by_territory("93", on=2012), dataset=other))))
    assert [row["territory_names"] for row in rows] == ["Seine-Saint-Denis (renamed)"]


def test_the_csv_writes_to_a_utf8_file(tmp_path: Path) -> None:
    target = tmp_path / "centres.csv"
    with target.open("w", encoding="utf-8", newline="") as stream:
        write_centres_csv(DATA.centres(), stream, dataset=DATA)
    raw = target.read_bytes()
    assert b"\r\n" not in raw
    assert raw.decode("utf-8") == centres_csv(DATA.centres(), dataset=DATA)
    with target.open(encoding="utf-8", newline="") as stream:
        assert len(list(csv.reader(stream))) == len(DATA.centres()) + 1


def test_an_empty_selection_is_a_header_alone() -> None:
    assert centres_csv((), dataset=DATA) == ",".join(CSV_COLUMNS) + "\n"
