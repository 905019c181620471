"""Exports: the whole dataset as JSON that reads back exactly, the centres as flat CSV."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

import politique_ville as pv
from politique_ville import rules
from politique_ville.bundle import PARTS
from politique_ville.converter import converter
from politique_ville.dates import PartialDate
from politique_ville.export import (
    CSV_COLUMNS,
    centres_csv,
    centres_json,
    latest_territories,
    table_records,
    to_json,
    write_centres_csv,
)
from politique_ville.tables import CENTRES, LIST_SEPARATOR, TABLES, rows_of

DATA = pv.load()


def csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


# -- JSON ----------------------------------------------------------------------------------


def test_the_json_export_has_one_key_per_data_file() -> None:
    exported = json.loads(to_json(DATA))
    assert list(exported) == ["data_version", "cog_year", *(part.name for part in PARTS), "tables_on", "tables"]
    assert (exported["data_version"], exported["cog_year"]) == (pv.DATA_VERSION, 2025)


def test_the_json_export_ends_with_every_table_at_the_date_asked() -> None:
    exported = json.loads(to_json(DATA, on=PartialDate(year=2012)))
    assert exported["tables_on"] == "2012"
    assert exported["tables"] == {
        table.name: table_records(table, rows_of(table, DATA, PartialDate(year=2012))) for table in TABLES
    }
    pb = next(row for row in exported["tables"]["centres"] if row["centre_id"] == "profession-banlieue")
    assert (pb["department_codes"], pb["phone"], pb["phone_e164"]) == (["93"], None, [])  # no phone known by then
    latest = json.loads(to_json(DATA))
    assert latest["tables_on"] is None
    pb = next(row for row in latest["tables"]["centres"] if row["centre_id"] == "profession-banlieue")
    assert (pb["phone"], pb["phone_e164"]) == ("01 48 09 26 36", ["+33148092636"])


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


@pytest.mark.parametrize(
    ("descriptor", "stated"),
    [
        ('{"version": "2099.1", "cog": {"year": 2024}}', ("2099.1", 2024)),
        ('{"version": 2099, "cog": {"year": "2024"}}', (None, None)),
        ('{"version": "2099.1", "cog": {"year": true}}', ("2099.1", None)),
        ('{"cog": 2024}', (None, None)),
        ("[]", (None, None)),
        (None, (None, None)),
    ],
)
def test_a_folder_states_its_version_and_cog_year_in_its_datapackage(
    tmp_path: Path, descriptor: str | None, stated: tuple[str | None, int | None]
) -> None:
    exported = json.loads(to_json(DATA))
    for part in PARTS:
        (tmp_path / part.file).write_text(json.dumps(exported[part.name], ensure_ascii=False), encoding="utf-8")
    if descriptor is not None:
        (tmp_path / "datapackage.json").write_text(descriptor, encoding="utf-8")
    loaded = pv.load(tmp_path)
    assert (loaded.version, loaded.cog_year) == stated


def test_the_json_export_is_readable_utf8_text() -> None:
    text = to_json(DATA)
    assert text.endswith("}\n")
    assert "é" in text and "\\u00e9" not in text  # accents are kept, not escaped


def test_a_data_version_comes_first_when_the_dataset_has_one() -> None:
    versioned = pv.Dataset({part.name: getattr(DATA, part.name) for part in PARTS}, version="2024.1")
    exported = json.loads(to_json(versioned))
    assert list(exported) == ["data_version", *(part.name for part in PARTS), "tables_on", "tables"]
    assert exported["data_version"] == "2024.1"
    unversioned = pv.Dataset({part.name: getattr(DATA, part.name) for part in PARTS})
    assert list(json.loads(to_json(unversioned))) == [*(part.name for part in PARTS), "tables_on", "tables"]


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
    assert CENTRES.column_names == CSV_COLUMNS
    assert [row["centre_id"] for row in csv_rows(text)] == [c.id for c in DATA.centres()]


def test_each_row_holds_the_answers_of_the_latest_known_state() -> None:
    rows = {row["centre_id"]: row for row in csv_rows(centres_csv(DATA.centres(), dataset=DATA))}
    for centre in DATA.centres():
        row = rows[centre.id]
        name, status = DATA.name_on(centre), DATA.status_on(centre)
        assert (row["name"], row["name_certainty"]) == (name.value or "", name.certainty.value)
        assert row["preferred_name"] == centre.name
        assert row["founded"] == ("" if centre.founded is None else str(centre.founded))
        assert row["status"] == ("" if status.value is None else status.value.value)
        assert row["status_certainty"] == status.certainty.value
        assert row["website"] == (DATA.value_on(centre, "website").value or "")
        assert row["phone"] == (DATA.value_on(centre, "phone").value or "")
        assert row["sources"].split(LIST_SEPARATOR) == list(centre.sources)


def test_each_row_holds_the_departments_of_the_latest_known_state() -> None:
    rows = {row["centre_id"]: row for row in csv_rows(centres_csv(DATA.centres(), dataset=DATA))}
    assert rows["profession-banlieue"]["department_codes"] == "93"
    assert rows["cr-dsu"]["department_codes"] == "01|03|07|15|26|38|42|43|63|69|73|74"
    for centre in DATA.centres():
        assert rows[centre.id]["department_codes"] == department_codes(centre, None)


def department_codes(centre: pv.Centre, on: PartialDate | None) -> str:
    """The INSEE codes of the departments covered at ``on``, a region counting as its departments."""
    codes: list[str] = []
    for place in (DATA.territory(t) for t in rules.territories_on(centre, on)):
        codes += [DATA.territory(d).code for d in place.departments] or [place.code]
    return LIST_SEPARATOR.join(dict.fromkeys(codes))


def test_the_csv_answers_at_the_date_asked() -> None:
    when = PartialDate(year=2012)
    rows = {row["centre_id"]: row for row in csv_rows(centres_csv(DATA.centres(), dataset=DATA, on=when))}
    for centre in DATA.centres():
        assert rows[centre.id]["name"] == (DATA.name_on(centre, when).value or "")
        assert rows[centre.id]["department_codes"] == department_codes(centre, when)
    assert rows["irev"]["department_codes"] == "59|62"
    assert (rows["irev"]["name"], rows["irev"]["name_certainty"], rows["irev"]["preferred_name"]) == (
        "Institut régional de la ville Nord Pas-de-Calais",
        "attested",
        "Institut régional de la ville",
    )


def test_the_latest_territories_are_those_the_territory_query_answers() -> None:
    for centre in DATA.centres():
        open_ended = [c.territory for c in centre.coverage if c.period.is_open]
        assert latest_territories(centre) == tuple(dict.fromkeys(open_ended))
        for territory in latest_territories(centre):
            assert centre in DATA.by_territory(DATA.territory(territory), unconfirmed=True)


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
