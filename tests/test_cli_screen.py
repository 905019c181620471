"""The command line fits the screen and the habit: widths, formats, filters, warnings, names."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import politique_ville as pv
from politique_ville.cli import _status, main
from politique_ville.export import centres_csv

DATA = pv.load()


def run(capsys: pytest.CaptureFixture[str], *argv: str, prog: str | None = None) -> tuple[int, str, str]:
    code = main(list(argv), prog=prog)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(params=[80, 200], ids=["COLUMNS=80", "COLUMNS=200"])
def columns(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> int:
    width: int = request.param
    monkeypatch.setenv("COLUMNS", str(width))
    return width


FOUNDED_2007 = {
    80: """\
ID               NAME          TERRITORIES   FOUNDED  STATUS
---------------  ------------  ------------  -------  --------------------------
cr-csur          Centre de r…  La Réunion    2007     active (unconfirmed since…
ville-caraibe    Ville Caraï…  Martinique    2007     active (inferred since 20…
villes-au-carre  Villes au C…  Centre-Val …  2007     active (inferred since 20…
""",
    200: "\n".join(
        [
            "ID               NAME                                           TERRITORIES          FOUNDED  STATUS",
            "---------------  ---------------------------------------------  -------------------  -------  "
            "-------------------------------------",
            "cr-csur          Centre de ressources Cohésion Sociale Urbaine  La Réunion           2007     "
            "active (unconfirmed since 2017-09-22)",
            "ville-caraibe    Ville Caraïbe                                  Martinique           2007     "
            "active (inferred since 2024-12-27)",
            "villes-au-carre  Villes au Carré                                Centre-Val de Loire  2007     "
            "active (inferred since 2022-06-28)",
            "",
        ]
    ),
}


def test_a_table_fits_the_terminal_cutting_prose_first(capsys: pytest.CaptureFixture[str], columns: int) -> None:
    assert run(capsys, "centres", "--founded", "2007") == (0, FOUNDED_2007[columns], "")


def test_wide_shows_every_cell_whole(capsys: pytest.CaptureFixture[str], columns: int) -> None:
    assert run(capsys, "centres", "--founded", "2007", "--wide") == (0, FOUNDED_2007[200], "")


def test_every_line_of_every_view_fits(capsys: pytest.CaptureFixture[str], columns: int) -> None:
    for argv in ([], ["centres"], ["centres", "--on", "2012"], ["freshness"], ["show", "cr-dsu"], ["search", "seine"]):
        code, out, _ = run(capsys, *argv)
        assert code == 0
        assert max(len(line) for line in out.splitlines()) <= columns, argv


def test_without_a_terminal_or_columns_nothing_is_cut(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("COLUMNS", raising=False)
    assert run(capsys, "centres", "--founded", "2007") == (0, FOUNDED_2007[200], "")
    _, wide, _ = run(capsys, "--wide")
    assert run(capsys) == (0, wide, "")


def test_the_ids_are_never_cut(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "20")
    _, out, _ = run(capsys, "centres")
    rows = out.splitlines()[2:]
    assert [row.split()[0] for row in rows] == [c.id for c in DATA.centres()]


def test_show_wraps_to_the_terminal_with_the_indent_of_each_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    _, out, _ = run(capsys, "show", "pole-ressources-95")
    assert out.splitlines()[:14] == [
        "Pôle de Ressources Villes et Développement Social (pole-ressources-95)",
        "  founded: 1998",
        "  status: active (en fonctionnement)",
        "  website: www.poleressources95.org",
        "  phone: 01 34 05 17 17",
        "",
        "Names",
        "  - Pôle de Ressources Villes et Développement Social",
        "      facts: r0060",
        "      sources: 001_4eccba4200d7201b “Qualifier et animer des réseaux d'acteurs",
        "        (présentation du réseau des centres de ressources, tableau des CRPV)”",
        "  - Pôle de ressources Ville et Développement social",
        "      facts: r0061",
        "      sources: 002_b4e078211863d438 “Centres de ressources régionaux”",
    ]
    _, wide, _ = run(capsys, "show", "pole-ressources-95", "--wide")
    assert wide.splitlines()[9] == (
        "      sources: 001_4eccba4200d7201b “Qualifier et animer des réseaux d'acteurs (présentation du réseau "
        "des centres de ressources, tableau des CRPV)”"
    )


def test_show_as_json_is_the_record_with_its_evidence(capsys: pytest.CaptureFixture[str]) -> None:
    from politique_ville.converter import converter

    code, out, err = run(capsys, "show", "profession-banlieue", "--format", "json")
    document = json.loads(out)
    assert (code, err) == (0, "")
    assert list(document) == ["data_version", "today", "centre", "latest_coverage", "missions", "funders"]
    assert document["data_version"] == DATA.version and document["today"] == str(DATA.today)
    assert document["centre"] == converter.unstructure(pv.centre("profession-banlieue"), pv.Centre)
    assert document["latest_coverage"] == [
        {"territory": "dep-93", "certainty": "unconfirmed", "last_attested": "2021", "rule": "continuity"}
    ]
    assert len(document["missions"]) == len(DATA.missions_of("profession-banlieue"))
    assert len(document["funders"]) == len(DATA.funders_of("profession-banlieue"))


def test_show_as_csv_is_the_centre_s_export_row(capsys: pytest.CaptureFixture[str]) -> None:
    centre = DATA.centre("cr-dsu")
    assert run(capsys, "show", "cr-dsu", "--format", "csv") == (0, centres_csv((centre,), dataset=DATA), "")


@pytest.mark.parametrize("spelling", ["active", "actif", "en fonctionnement", "ACTIVE"])
def test_the_status_filter_takes_slugs_and_french_labels(capsys: pytest.CaptureFixture[str], spelling: str) -> None:
    code, out, err = run(capsys, "centres", "--on", "2012", "--status", spelling, "--format", "csv")
    expected = [c.id for c in DATA.centres() if DATA.status_on(c, 2012).value is pv.Status.ACTIVE]
    assert (code, err) == (0, "")
    assert [row["centre_id"] for row in csv.DictReader(io.StringIO(out))] == expected
    assert len(expected) == 18


def test_the_status_filter_reads_the_status_at_the_date(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "centres", "--status", "no-longer-listed", "--format", "csv")
    assert [row["centre_id"] for row in csv.DictReader(io.StringIO(out))] == [
        "crpv-lorraine",
        "espace-picard-integration",
    ]
    code, out, _ = run(capsys, "centres", "--on", "2012", "--status", "no-longer-listed", "--format", "csv")
    assert (code, out) == (0, "".join(centres_csv((), dataset=DATA)))


def test_an_unknown_status_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "centres", "--status", "nope")
    assert (code, out) == (2, "")
    assert err.splitlines()[-1] == (
        "politique-ville centres: error: argument --status: unknown choice: 'nope' "
        "(valid Status values: active, in-preparation, no-longer-listed, closed)"
    )


def test_the_table_shows_statuses_and_names_at_the_date(capsys: pytest.CaptureFixture[str]) -> None:
    rows = run(capsys, "centres", "--on", "2012", "--wide")[1].splitlines()[2:]
    expected = [
        (c.id, DATA.name_on(c, 2012).value or c.name, DATA.status_on(c, 2012))
        for c in DATA.centres()
        if pv.rules.territories_on(c, pv.PartialDate(year=2012))
    ]
    assert len(rows) == len(expected) == 20
    # Two of them are no longer listed today: the table says what held in 2012.
    assert {status.value for _, _, status in expected} == {pv.Status.ACTIVE, None}
    assert DATA.status_on("crpv-lorraine").value is pv.Status.NO_LONGER_LISTED
    for line, (centre_id, name, status) in zip(rows, expected, strict=True):
        assert line.startswith(centre_id) and f"  {name}  " in line and line.endswith(f"  {_status(status)}"), line


@pytest.mark.parametrize(
    ("argv", "warning"),
    [
        (
            ["centres", "--on", "2040", "--format", "csv"],
            "2040 is after the latest known state (2026-11-22): answers there are carried forward by the "
            "inference rules, and unconfirmed past the freshness horizon",
        ),
        (
            ["map", "--on", "1980", "--output", "-"],
            "1980 is before the first coverage the data knows (1993): no centre covers anything then",
        ),
    ],
)
def test_a_date_outside_the_data_warns_on_stderr(
    capsys: pytest.CaptureFixture[str], argv: list[str], warning: str
) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 0 and out
    assert err == f"politique-ville {argv[0]}: warning: {warning}\n"


def test_a_date_inside_the_data_warns_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "centres", "--on", "1993", "--format", "csv")[2] == ""
    assert run(capsys, "centres", "--on", "2026-11", "--format", "csv")[2] == ""


def test_a_close_match_is_noted_on_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "centres", "--territory", "Finsitere", "--format", "csv")
    assert (code, [row["centre_id"] for row in csv.DictReader(io.StringIO(out))]) == (0, ["reso-villes"])
    assert err == "politique-ville centres: note: read territory 'Finsitere' as 'Finistère', the one close match\n"


SEARCH_PICARDIE = """\
KIND    ID                         CODE  NAME
------  -------------------------  ----  --------------------------------
region  reg-22                     22    Picardie
centre  espace-picard-integration        Espace Picard pour l'Intégration
centre  irev                             Institut régional de la ville
region  reg-32                     32    Hauts-de-France
"""


def test_search(capsys: pytest.CaptureFixture[str], columns: int) -> None:
    assert run(capsys, "search", "Picardie") == (0, SEARCH_PICARDIE, "")
    assert run(capsys, "search", "zzz") == (0, "Nothing matches.\n", "")
    _, out, _ = run(capsys, "search", "brittany", "--format", "json")
    assert json.loads(out) == {
        "data_version": DATA.version,
        "matches": [
            {"kind": "region", "id": "reg-53", "code": "53", "name": "Bretagne"},
            {"kind": "centre", "id": "reso-villes", "code": "", "name": "RésO Villes"},
        ],
    }
    _, out, _ = run(capsys, "search", "brittany", "--format", "csv")
    assert out == "kind,id,code,name\nregion,reg-53,53,Bretagne\ncentre,reso-villes,,RésO Villes\n"


def test_usage_names_the_program_as_invoked(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "show", "--help", prog="pv")
    assert code == 0 and out.startswith("usage: pv show [-h]")
    assert run(capsys, "show", "nowhere", prog="pv")[2] == "pv show: error: unknown centre: 'nowhere'\n"
    done = subprocess.run(
        [sys.executable, "-m", "politique_ville", "--help"], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.stdout.startswith(f"usage: {Path(sys.executable).name} -m politique_ville [-h]")


def test_vocabulary_values_are_slugs_and_labels_french_only_in_show(capsys: pytest.CaptureFixture[str]) -> None:
    """The language rule of the command line (see the cli module): slugs in tables and exports,
    the French label beside the slug in show."""
    _, table, _ = run(capsys, "centres", "--territory", "93", "--unconfirmed", "--wide")
    assert table.splitlines()[2].endswith("  active (unconfirmed since 2021)")
    _, shown, _ = run(capsys, "show", "profession-banlieue")
    assert "  status: active (en fonctionnement)" in shown.splitlines()
    assert "en fonctionnement" not in table
