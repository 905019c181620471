"""The tables for joins: keys that hold, the 101 departments, and the CSV package and SQLite
database that read back as the same rows (through Frictionless, sqlite3 and DuckDB)."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import frictionless
import pytest

import politique_ville as pv
from politique_ville import export
from politique_ville.cli import main
from politique_ville.dates import PartialDate
from politique_ville.export import (
    LICENCES,
    centres_csv,
    create_statements,
    table_csv,
    to_json,
    write_datapackage,
    write_sqlite,
)
from politique_ville.tables import (
    CENTRES,
    DEPARTMENT_COVERAGE,
    LIST_SEPARATOR,
    RELATIONS,
    TABLES,
    TERRITORIES,
    TIMELINE,
    Row,
    Table,
    rows_of,
)
from politique_ville.vocabulary import TerritoryKind

DATA = pv.load()
Y2012 = PartialDate(year=2012)
DEPARTMENTS = [t for t in DATA.territories() if t.kind is TerritoryKind.DEPARTMENT]


def by_name(name: str) -> Table:
    return next(table for table in TABLES if table.name == name)


def column(table: Table, rows: tuple[Row, ...], name: str) -> list[Any]:
    at = table.column_names.index(name)
    return [row[at] for row in rows]


# -- the tables ----------------------------------------------------------------------------


def test_the_tables_and_their_keys() -> None:
    assert [(t.name, t.primary_key) for t in TABLES] == [
        ("sources", ("source_id",)),
        ("territories", ("territory_id",)),
        ("iso_codes", ("territory_id", "iso_3166_2")),
        ("centres", ("centre_id",)),
        ("coverage_periods", ("centre_id", "territory_id", "start")),
        ("department_coverage", ()),
        ("claims", ("entity", "entity_id", "field", "rank")),
        ("network_counts", ("rank",)),
        ("relations", ("relation_id",)),
        ("timeline", ("rank",)),
    ]


def test_the_relations_table_holds_each_stated_relation_as_its_source_dates_it() -> None:
    rows = [dict(zip(RELATIONS.column_names, row, strict=True)) for row in rows_of(RELATIONS, DATA)]
    assert [(r["relation_id"], r["kind"], r["subject_id"], r["object_id"]) for r in rows] == [
        ("div-replaced-by-sg-ville", "replaced-by", "div", "sg-ville"),
        ("sg-ville-merged-into-cget", "merged-into", "sg-ville", "cget"),
        ("cget-absorbed-by-anct", "absorbed-by", "cget", "anct"),
        ("villes-territoires-lr-renamed-2018", "renamed", "villes-territoires-lr", None),
        ("villes-territoires-lr-hosted-by-irts-lr", "hosted-by", "villes-territoires-lr", None),
        ("crpv-paca-renamed-cite-ressources", "renamed", "crpv-paca", None),
        ("ressources-territoires-renamed-2009", "renamed", "ressources-territoires", None),
        ("normanvilles-hosted-by-creai-ors", "hosted-by", "normanvilles", None),
    ]
    dated = [(r["date"], r["period_start"], r["period_end"], r["as_of"]) for r in rows]
    assert dated == [
        ("2009-05-14", None, None, None),
        ("2014-03-31", None, None, None),
        ("2020-01-01", None, None, None),
        ("2018", None, None, None),
        (None, "2012-01", "2013-03-28", None),
        (None, None, None, None),
        ("2009", None, None, None),
        (None, None, None, "2017-08-25"),
    ]


def test_the_timeline_table_is_the_timeline_in_order_whatever_the_date() -> None:
    events = DATA.timeline()
    expected = [(rank, str(e.date), e.kind.value, e.entity, e.text) for rank, e in enumerate(events, 1)]
    for on in (None, Y2012):
        rows = rows_of(TIMELINE, DATA, on)
        assert [(r[0], r[1], r[3], r[4], r[6]) for r in rows] == expected
    assert len(expected) == 139


@pytest.mark.parametrize("on", [None, Y2012, PartialDate(year=2003, month=6)])
@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.name)
def test_keys_are_unique_required_values_present_and_foreign_keys_resolve(table: Table, on: PartialDate | None) -> None:
    rows = rows_of(table, DATA, on)
    assert all(len(row) == len(table.columns) for row in rows)
    for spec in table.columns:
        values = column(table, rows, spec.name)
        if spec.required:
            assert None not in values, spec.name
        if spec.values:
            assert {v for v in values if v is not None} <= set(spec.values), spec.name
    if table.primary_key:
        keys = [tuple(row[table.column_names.index(c)] for c in table.primary_key) for row in rows]
        assert len(keys) == len(set(keys))
    for key in table.foreign_keys:
        target = by_name(key.table)
        known = {tuple(row[target.column_names.index(c)] for c in key.references) for row in rows_of(target, DATA, on)}
        for row in rows:
            value = tuple(row[table.column_names.index(c)] for c in key.columns)
            assert value in known or value == (None,), (table.name, value)


def test_no_list_item_holds_the_separator() -> None:
    for table in TABLES:
        for spec in (c for c in table.columns if c.many):
            for value in column(table, rows_of(table, DATA), spec.name):
                assert all(LIST_SEPARATOR not in item for item in value), (table.name, spec.name)


def test_territories_go_out_by_insee_code_and_level_with_the_iso_code() -> None:
    rows = {row[0]: dict(zip(TERRITORIES.column_names, row, strict=True)) for row in rows_of(TERRITORIES, DATA)}
    assert len(rows) == 135
    seine = rows["dep-93"]
    assert (seine["level"], seine["insee_code"], seine["iso_3166_2"], seine["name"]) == (
        "department",
        "93",
        "FR-93",
        "Seine-Saint-Denis",
    )
    assert (seine["region_id"], seine["region_code"], seine["former_region_id"], seine["former_region_code"]) == (
        "reg-11",
        "11",
        "reg-11",
        "11",
    )
    paca = rows["reg-93"]
    assert (paca["level"], paca["insee_code"], paca["iso_3166_2"]) == ("region", "93", "FR-PAC")
    nord = rows["reg-31"]
    assert (nord["valid_from"], nord["valid_until"], nord["exists_on_date"]) == (None, "2015-12-31", False)
    assert (nord["iso_3166_2"], nord["iso_3166_2_on_date"]) == (None, None)
    in_2012 = {
        row[0]: dict(zip(TERRITORIES.column_names, row, strict=True)) for row in rows_of(TERRITORIES, DATA, Y2012)
    }
    assert (in_2012["reg-31"]["exists_on_date"], in_2012["reg-31"]["iso_3166_2_on_date"]) == (True, "FR-O")
    assert (in_2012["reg-32"]["exists_on_date"], in_2012["reg-32"]["iso_3166_2_on_date"]) == (False, None)
    assert [r["iso_3166_2_on_date"] for r in (in_2012["reg-93"], rows["reg-93"])] == ["FR-U", "FR-PAC"]
    keys = [(r["level"], r["insee_code"]) for r in rows.values()]
    assert len(keys) == len(set(keys))  # (level, INSEE code) is a key too


def test_the_iso_codes_table_dates_each_code() -> None:
    table = by_name("iso_codes")
    rows = [dict(zip(table.column_names, row, strict=True)) for row in rows_of(table, DATA, Y2012)]
    corse = [
        (r["iso_3166_2"], r["held_from"], r["held_until"], r["as_of"], r["holds_on_date"])
        for r in rows
        if r["territory_id"] == "reg-94"
    ]
    assert corse == [
        ("FR-H", None, "2016-11-14", None, True),
        ("FR-COR", "2016-11-15", None, "2017-04-25", False),
        ("FR-20R", None, None, "2021-08-27", None),
    ]
    assert [(r["territory_id"], r["names"]) for r in rows if r["iso_3166_2"] == "FR-6AE"] == [
        ("dep-67", "collectivity"),
        ("dep-68", "collectivity"),
    ]
    assert len(rows) == 22 + 13 + 1 + 2 + 3  # letter codes, 2016 codes, FR-20R, Paris's two, collectivities


@pytest.mark.parametrize("on", [None, Y2012])
def test_coverage_by_department_has_every_department_once_or_once_per_centre(on: PartialDate | None) -> None:
    rows = rows_of(DEPARTMENT_COVERAGE, DATA, on)
    names = DEPARTMENT_COVERAGE.column_names
    expected: list[tuple[str, str | None, str | None]] = []
    for department in DEPARTMENTS:
        matches = DATA.covering(department, on=on)
        expected += [(department.id, m.centre.id, m.certainty.value) for m in matches] or [(department.id, None, None)]
    assert [(r[0], r[names.index("centre_id")], r[names.index("certainty")]) for r in rows] == expected
    assert len({r[0] for r in rows}) == 101


def test_the_uncovered_departments_of_the_latest_known_state() -> None:
    rows = rows_of(DEPARTMENT_COVERAGE, DATA)
    uncovered = [r[2] for r in rows if r[DEPARTMENT_COVERAGE.column_names.index("centre_id")] is None]
    assert uncovered == [d.code for d in DEPARTMENTS if not DATA.covering(d)]
    assert len(uncovered) == 6


def test_claims_hold_every_claim_and_mark_the_answer_at_the_date() -> None:
    claims = by_name("claims")
    rows = [dict(zip(claims.column_names, row, strict=True)) for row in rows_of(claims, DATA, Y2012)]
    irev = [(r["value"], r["answers_on_date"]) for r in rows if (r["centre_id"], r["field"]) == ("irev", "names")]
    answer = DATA.name_on("irev", Y2012).value
    assert answer == "Institut régional de la ville Nord Pas-de-Calais"
    assert irev == [(claim.value, claim.value == answer) for claim in DATA.centre("irev").names]
    network = DATA.network()
    expected = [
        ("network", "network", None, "foundings", rank, str(claim.value), claim.sources)
        for rank, claim in enumerate(network.foundings, 1)
    ]
    got = [
        (r["entity"], r["entity_id"], r["centre_id"], r["field"], r["rank"], r["value"], r["sources"])
        for r in rows
        if (r["entity"], r["field"]) == ("network", "foundings")
    ]
    assert got == expected
    assert not any(r["answers_on_date"] for r in rows if r["entity"] != "centre")


def test_claims_hold_each_claim_of_every_record_once() -> None:
    def count(record: Any) -> int:
        values = [getattr(record, field.name) for field in attrs.fields(type(record))]
        return sum(len(v) for v in values if isinstance(v, tuple) and v and all(isinstance(i, pv.Claim) for i in v))

    network = DATA.network()
    records = {
        "centre": DATA.centres(),
        "network": [network],
        "body": [network.national_centre, *network.bodies],
        "question_de_ville": [DATA.question_de_ville()],
    }
    rows = rows_of(by_name("claims"), DATA)
    assert Counter(row[0] for row in rows) == {
        entity: sum(count(record) for record in kept) for entity, kept in records.items()
    }
    assert [row[:2] for row in rows if row[0] == "body"][:1] == [("body", network.national_centre.id)]


# -- CSV -----------------------------------------------------------------------------------


def test_a_table_csv_quotes_and_joins_as_documented() -> None:
    text = table_csv(CENTRES, DATA)
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    crdsu = next(r for r in rows if r["centre_id"] == "cr-dsu")
    assert crdsu["head_office"] == "4 rue de Narvik, 69008 Lyon"
    assert (crdsu["head_office_street"], crdsu["head_office_postcode"], crdsu["head_office_commune"]) == (
        "4 rue de Narvik",
        "69008",
        "Lyon",
    )
    assert crdsu["phone_e164"] == "'+33478770143"  # escaped for a spreadsheet
    assert crdsu["website_url"] == "http://www.crdsu.org"
    raw = table_csv(CENTRES, DATA, escape_formulas=False)
    assert next(r for r in csv.DictReader(io.StringIO(raw)) if r["centre_id"] == "cr-csur")["phone_e164"] == (
        "+262262205542|+262262205543"
    )


def test_a_formula_from_a_user_data_folder_is_escaped_in_every_table(tmp_path: Path) -> None:
    exported = json.loads(to_json(DATA))
    crdsu = next(c for c in exported["centres"] if c["id"] == "cr-dsu")
    crdsu["head_offices"][0]["value"] = '=HYPERLINK("x", "a, b")'
    for part in pv.bundle.PARTS:
        (tmp_path / part.file).write_text(json.dumps(exported[part.name], ensure_ascii=False), encoding="utf-8")
    data = pv.load(tmp_path)
    for table in (CENTRES, by_name("claims")):
        rows = list(csv.reader(io.StringIO(table_csv(table, data), newline="")))
        cells = [cell for row in rows for cell in row if "HYPERLINK" in cell]
        assert cells == ['\'=HYPERLINK("x", "a, b")'], table.name


# -- the data package ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("package")
    write_datapackage(folder, DATA, on=Y2012)
    return folder


def test_the_package_holds_each_table_and_the_base_map(package: Path) -> None:
    assert sorted(p.name for p in package.iterdir()) == sorted(
        ["datapackage.json", "france.departments.svg", *(f"{t.name}.csv" for t in TABLES)]
    )


def test_frictionless_finds_the_exported_package_valid(package: Path) -> None:
    report = frictionless.Package(str(package / "datapackage.json")).validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])


def test_the_descriptor_names_version_created_licences_sources_and_keys(package: Path) -> None:
    descriptor = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    bundled = json.loads(pv.bundle.read_text("datapackage.json"))
    assert (descriptor["name"], descriptor["title"], descriptor["version"]) == (
        "politique-ville",
        bundled["title"],
        pv.DATA_VERSION,
    )
    assert descriptor["created"].endswith("+00:00")
    assert [licence["name"] for licence in descriptor["licenses"]] == ["etalab-2.0", "MIT", "CC-BY-4.0"]
    assert descriptor["licenses"] == list(LICENCES)
    assert descriptor["sources"] == bundled["sources"]
    assert descriptor["politique_ville"] == {
        "api_version": pv.__version__,
        "data_version": pv.DATA_VERSION,
        "cog_year": 2025,
        "on": "2012",
    }
    schemas = {r["name"]: r.get("schema") for r in descriptor["resources"]}
    assert schemas["coverage_periods"]["primaryKey"] == ["centre_id", "territory_id", "start"]
    assert schemas["coverage_periods"]["foreignKeys"] == [
        {"fields": ["centre_id"], "reference": {"resource": "centres", "fields": ["centre_id"]}},
        {"fields": ["territory_id"], "reference": {"resource": "territories", "fields": ["territory_id"]}},
    ]
    base_map = next(r for r in descriptor["resources"] if r["name"] == "france-departments")
    assert [licence["name"] for licence in base_map["licenses"]] == ["CC-BY-4.0"]


def _as_read(table: Table, row: Row) -> dict[str, Any]:
    """A row as Frictionless reads it back: a list as a list, an empty list as no value."""
    return {
        name: (list(value) or None) if isinstance(value, tuple) else value
        for name, value in zip(table.column_names, row, strict=True)
    }


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.name)
def test_the_package_reads_back_through_frictionless_as_the_same_rows(package: Path, table: Table) -> None:
    resource = frictionless.Package(str(package / "datapackage.json")).get_table_resource(table.name)
    with resource:
        read = [row.to_dict() for row in resource.row_stream]
    assert read == [_as_read(table, row) for row in rows_of(table, DATA, Y2012)]


def test_duckdb_reads_the_package_and_joins_all_101_departments(package: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    connection = duckdb.connect()
    for name in ("territories", "department_coverage"):
        path = str(package / f"{name}.csv").replace("'", "''")
        connection.execute(
            f"CREATE TABLE {name} AS SELECT * FROM read_csv('{path}', header = true, all_varchar = true)"
        )
    joined = connection.execute(
        "SELECT t.insee_code, count(c.centre_id) FROM territories t JOIN department_coverage c USING (territory_id) "
        "WHERE t.level = 'department' GROUP BY t.insee_code ORDER BY t.insee_code"
    ).fetchall()
    expected = sorted((d.code, len(DATA.covering(d, on=Y2012))) for d in DEPARTMENTS)
    assert joined == expected
    assert len(joined) == 101


# -- SQLite ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> sqlite3.Connection:
    path = tmp_path_factory.mktemp("sqlite") / "pv.db"
    write_sqlite(path, DATA)
    return sqlite3.connect(path)


def _as_stored(row: Row) -> tuple[Any, ...]:
    return tuple(
        (LIST_SEPARATOR.join(v) or None) if isinstance(v, tuple) else int(v) if isinstance(v, bool) else v for v in row
    )


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.name)
def test_sqlite_reads_back_as_the_same_rows(database: sqlite3.Connection, table: Table) -> None:
    stored = database.execute(f'SELECT * FROM "{table.name}" ORDER BY rowid').fetchall()
    assert stored == [_as_stored(row) for row in rows_of(table, DATA)]


def test_sqlite_has_the_keys_indexes_and_metadata(database: sqlite3.Connection) -> None:
    assert database.execute("PRAGMA foreign_key_check").fetchall() == []
    assert database.execute("PRAGMA foreign_key_list(coverage_periods)").fetchall() == [
        (0, 0, "territories", "territory_id", "territory_id", "NO ACTION", "NO ACTION", "NONE"),
        (1, 0, "centres", "centre_id", "centre_id", "NO ACTION", "NO ACTION", "NONE"),
    ]
    indexes = database.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name")
    assert [name for (name,) in indexes] == [
        "claims_by_centre_id",
        "claims_by_field",
        "coverage_periods_by_territory_id",
        "department_coverage_by_centre_id",
        "department_coverage_by_insee_code",
        "department_coverage_by_territory_id",
        "iso_codes_by_iso_3166_2",
        "relations_by_object_id",
        "relations_by_subject_id",
        "territories_by_iso_3166_2",
        "territories_by_level_insee_code",
        "timeline_by_entity_id",
        "timeline_by_kind",
    ]
    assert dict(database.execute("SELECT key, value FROM metadata")) == {
        "data_version": pv.DATA_VERSION,
        "api_version": pv.__version__,
        "cog_year": "2025",
        "on": None,
        "today": str(DATA.today),
        "list_separator": "|",
        "licence_1": "etalab-2.0: Licence Ouverte / Open Licence version 2.0 (the data)",
        "licence_2": "MIT: MIT License (the politique-ville code that writes the package)",
        "licence_3": "CC-BY-4.0: Creative Commons Attribution 4.0 International (the base map of the departments)",
    }


def test_sql_department_to_centre_at_a_date(tmp_path: Path) -> None:
    path = tmp_path / "pv.db"
    write_sqlite(path, DATA, on=Y2012)
    with sqlite3.connect(path) as connection:
        found = connection.execute(
            "SELECT c.centre_id, c.name, d.certainty FROM department_coverage d JOIN centres c USING (centre_id) "
            "WHERE d.insee_code = '93'"
        ).fetchall()
        periods = connection.execute(
            "SELECT DISTINCT p.centre_id FROM coverage_periods p "
            "JOIN territories d ON d.level = 'department' AND d.insee_code = '59' "
            "WHERE p.territory_id IN (d.territory_id, d.region_id, d.former_region_id) "
            "AND p.start <= '2012-12-31' AND (p.\"end\" IS NULL OR p.\"end\" >= '2012')"
        ).fetchall()
    assert found == [
        (
            "profession-banlieue",
            DATA.name_on("profession-banlieue", Y2012).value,
            DATA.covering("93", on=2012)[0].certainty.value,
        )
    ]
    assert periods == [("irev",)]


def test_sql_finds_the_claims_that_disagree(database: sqlite3.Connection) -> None:
    disagreeing = database.execute(
        "SELECT centre_id, field, count(DISTINCT value) FROM claims WHERE entity = 'centre' "
        "AND field IN ('foundings', 'phones') "
        "GROUP BY centre_id, field HAVING count(DISTINCT value) > 1 ORDER BY centre_id, field"
    ).fetchall()
    expected = sorted(
        (c.id, field, len({claim.value for claim in getattr(c, field)}))
        for c in DATA.centres()
        for field in ("foundings", "phones")
        if len({claim.value for claim in getattr(c, field)}) > 1
    )
    assert disagreeing == expected
    assert ("trajectoire-ressources", "phones", 2) in disagreeing


def test_a_sqlite_export_replaces_a_file_whole_or_leaves_it_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(dataset: pv.Dataset, on: PartialDate | None) -> Iterator[Row]:
        yield from rows_of(CENTRES, dataset, on)[:1]
        raise RuntimeError("the disk is full")

    target = tmp_path / "pv.db"
    target.write_bytes(b"previous")
    target.chmod(0o640)
    write_sqlite(target, DATA)
    assert (target.stat().st_mode & 0o777, target.read_bytes()[:15]) == (0o640, b"SQLite format 3")
    target.write_bytes(b"previous")
    monkeypatch.setattr(export, "TABLES", (*TABLES[:3], attrs.evolve(TABLES[3], rows=broken)))
    with pytest.raises(RuntimeError, match="the disk is full"):
        write_sqlite(target, DATA)
    assert target.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["pv.db"]


def test_the_create_statement_of_a_table() -> None:
    assert create_statements(by_name("network_counts")) == [
        'CREATE TABLE "network_counts" (\n'
        '  "rank" INTEGER NOT NULL,\n'
        '  "count" INTEGER NOT NULL,\n'
        '  "as_of" TEXT CHECK ("as_of" GLOB \'[0-9][0-9][0-9][0-9]*\'),\n'
        '  "stated_as" TEXT,\n'
        '  "note" TEXT,\n'
        '  "sources" TEXT,\n'
        '  PRIMARY KEY ("rank")\n'
        ")"
    ]


# -- the command line ----------------------------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("on", [None, "2012"])
def test_export_csv_answers_at_the_date_asked(capsys: pytest.CaptureFixture[str], on: str | None) -> None:
    argv = ["export", "--format", "csv", *(["--on", on] if on else [])]
    when = None if on is None else PartialDate.parse(on)
    assert run(capsys, *argv) == (0, centres_csv(DATA.centres(), dataset=DATA, on=when), "")


def test_export_json_answers_at_the_date_asked(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "export", "--on", "2012") == (0, to_json(DATA, on=Y2012), "")


def test_centres_csv_answers_at_the_date_asked(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "centres", "--territory", "59", "--on", "2012", "--format", "csv")
    assert code == 0
    assert out == centres_csv(DATA.by_territory("59", on=2012), dataset=DATA, on=Y2012)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["centre_id"], r["name"], r["department_codes"]) for r in rows] == [
        ("irev", "Institut régional de la ville Nord Pas-de-Calais", "59|62")
    ]


def test_export_datapackage_answers_at_the_date_asked(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert run(capsys, "export", "--format", "datapackage", "--on", "2012", "--output", str(tmp_path)) == (0, "", "")
    descriptor = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    assert (descriptor["version"], descriptor["politique_ville"]["on"]) == (pv.DATA_VERSION, "2012")
    text = (tmp_path / "centres.csv").read_text(encoding="utf-8")
    assert text == table_csv(CENTRES, DATA, on=Y2012, escape_formulas=False)


def test_export_sqlite_answers_at_the_date_asked(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "pv.db"
    assert run(capsys, "export", "--format", "sqlite", "--on", "2012-05", "--output", str(target)) == (0, "", "")
    with sqlite3.connect(target) as connection:
        assert connection.execute("SELECT value FROM metadata WHERE key = 'on'").fetchall() == [("2012-05",)]
        names = connection.execute("SELECT name FROM centres WHERE centre_id = 'irev'").fetchall()
    assert names == [(DATA.name_on("irev", "2012-05").value,)]


@pytest.mark.parametrize("fmt", ["datapackage", "sqlite"])
def test_a_file_format_needs_an_output(capsys: pytest.CaptureFixture[str], fmt: str) -> None:
    assert run(capsys, "export", "--format", fmt) == (
        1,
        "",
        f"politique-ville export: error: --format {fmt} writes files: give --output PATH\n",
    )
