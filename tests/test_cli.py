"""The command line: every command and format, filters that agree with the API, helpful errors."""

from __future__ import annotations

import argparse
import csv
import io
import json
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import attrs
import pytest

import politique_ville as pv
from politique_ville import cli
from politique_ville.bundle import PARTS
from politique_ville.cli import main
from politique_ville.export import CSV_COLUMNS, latest_territories, table_records, to_json
from politique_ville.tables import CENTRES, rows_of

DATA = pv.load()


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def ids_of_json(text: str) -> list[str]:
    return [row["centre_id"] for row in json.loads(text)["centres"]]


def ids_of_table(text: str) -> list[str]:
    """The first column of a table, below its header and rule."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("ID ")) + 2
    return [line.split()[0] for line in lines[start:] if line.strip()]


def tuples(value: object) -> tuple[object, ...]:
    return value if isinstance(value, tuple) else ()


def command_names() -> list[str]:
    parser = cli.build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return list(commands.choices)


# -- the overview --------------------------------------------------------------------------


def test_without_a_command_gives_the_overview_and_every_centre(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys)
    network = DATA.network()
    assert code == 0 and err == ""
    assert out.startswith(network.name)
    assert str(network.founded) in out
    assert f"Centres in this dataset: {len(DATA.centres())} (" in out
    for status in pv.Status:
        count = sum(c.status is status for c in DATA.centres())
        assert (f"{count} {status.value}" in out) == (count > 0)
    assert ids_of_table(out) == [c.id for c in DATA.centres()]


def test_the_overview_names_the_latest_count_and_animator(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys)
    network = DATA.network()
    count_line = next(line for line in out.splitlines() if line.startswith("Latest count: "))
    count = int(count_line.split()[2])
    latest = [c for c in network.centre_counts if c.count == count]
    assert latest, "the count shown is one of the network's counts"
    assert any(all(s in count_line for s in c.sources) for c in latest)
    animator_line = next(line for line in out.splitlines() if line.startswith("Latest known animator: "))
    assert any(a.name in animator_line for a in network.animators)


def test_the_overview_table_shows_the_latest_territories(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys)
    row = next(line for line in out.splitlines() if line.startswith("profession-banlieue "))
    assert "Seine-Saint-Denis" in row
    for centre in DATA.centres():
        row = next(line for line in out.splitlines() if line.startswith(f"{centre.id} "))
        for territory in latest_territories(centre):
            assert DATA.territory(territory).name in row


# -- centres -------------------------------------------------------------------------------


def test_centres_lists_every_centre_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "centres")
    assert code == 0
    assert ids_of_table(out) == [c.id for c in DATA.centres()]


def test_profession_banlieue_covers_93_unconfirmed_today(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "centres", "--territory", "93") == (
        0,
        "No centre matches.\n",
        "politique-ville centres: unconfirmed, not shown: profession-banlieue (add --unconfirmed)\n",
    )
    code, out, err = run(capsys, "centres", "--territory", "93", "--unconfirmed")
    assert (code, ids_of_table(out), err) == (0, ["profession-banlieue"], "")
    assert [c.id for c in DATA.by_territory("93", unconfirmed=True)] == ["profession-banlieue"]
    code, out, _ = run(capsys, "centres", "--territory", "93", "--on", "2012")
    assert (code, ids_of_table(out)) == (0, ["profession-banlieue"])


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["--territory", "84"], lambda: DATA.by_territory("84")),
        (["--territory", "Auvergne-Rhône-Alpes"], lambda: DATA.by_territory("reg-84")),
        (["--territory", "93", "--on", "2012"], lambda: DATA.by_territory("93", on=2012)),
        (["--territory", "FR-ARA", "--on", "2010-05"], lambda: DATA.by_territory("reg-84", on="2010-05")),
        (["--founded", "1993"], lambda: DATA.by_founding_year(1993)),
        (["--since", "2000"], lambda: DATA.by_founding_year(since=2000)),
        (["--until", "2000"], lambda: DATA.by_founding_year(until=2000)),
        (["--since", "1995", "--until", "2005"], lambda: DATA.by_founding_year(since=1995, until=2005)),
        (["--mission", "information"], lambda: DATA.by_mission("information")),
        (["--mission", "animation de réseaux"], lambda: DATA.by_mission(pv.Mission.NETWORK_FACILITATION)),
        (["--funder", "regional-council"], lambda: DATA.by_funder("regional-council")),
        (["--funder", "État"], lambda: DATA.by_funder(pv.Funder.STATE)),
    ],
)
def test_each_filter_agrees_with_the_api(
    capsys: pytest.CaptureFixture[str], argv: list[str], expected: Callable[[], tuple[pv.Centre, ...]]
) -> None:
    code, out, _ = run(capsys, "centres", *argv, "--format", "json")
    assert code == 0
    assert ids_of_json(out) == [c.id for c in expected()]


def test_filters_combine_as_an_intersection_in_the_order_of_centres(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["--territory", "FR-ARA", "--since", "1990", "--mission", "information", "--funder", "state"]
    code, out, _ = run(capsys, "centres", *argv, "--format", "json")
    sets = [
        DATA.by_territory("reg-84"),
        DATA.by_founding_year(since=1990),
        DATA.by_mission("information"),
        DATA.by_funder("state"),
    ]
    expected = [c.id for c in DATA.centres() if all(c in found for found in sets)]
    assert code == 0
    assert ids_of_json(out) == expected


def test_on_alone_keeps_the_centres_covering_a_territory_then(capsys: pytest.CaptureFixture[str]) -> None:
    when = pv.PartialDate.parse("2010")
    code, out, _ = run(capsys, "centres", "--on", "2010", "--format", "json")
    expected = [c.id for c in DATA.centres() if any(v.period.contains(when) for v in c.coverage)]
    assert code == 0
    assert ids_of_json(out) == expected


def test_the_table_shows_the_territories_and_names_on_the_date_asked(capsys: pytest.CaptureFixture[str]) -> None:
    when = pv.PartialDate.parse("2012")
    _, out, _ = run(capsys, "centres", "--on", "2012")
    for centre in DATA.centres():
        covered = [DATA.territory(v.territory).name for v in centre.coverage if v.period.contains(when)]
        if covered:
            row = next(line for line in out.splitlines() if line.startswith(f"{centre.id} "))
            assert (DATA.name_on(centre, when).value or centre.name) in row
            assert all(name in row for name in covered)


def test_centres_as_json_are_the_rows_of_the_centres_table(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "centres", "--territory", "93", "--on", "2012", "--format", "json")
    assert code == 0
    rows = [r for r in rows_of(CENTRES, DATA, pv.PartialDate(year=2012)) if r[0] == "profession-banlieue"]
    expected: dict[str, Any] = {"data_version": pv.DATA_VERSION, "on": "2012", "centres": table_records(CENTRES, rows)}
    assert json.loads(out) == expected
    assert [row["department_codes"] for row in expected["centres"]] == [["93"]]


def test_centres_as_csv_have_the_export_columns(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "centres", "--since", "2000", "--format", "csv")
    rows = list(csv.reader(io.StringIO(out)))
    assert code == 0
    assert tuple(rows[0]) == CSV_COLUMNS
    assert [r[0] for r in rows[1:]] == [c.id for c in DATA.by_founding_year(since=2000)]


NO_CENTRE_JSON = json.dumps({"data_version": pv.DATA_VERSION, "on": None, "centres": []}, indent=2) + "\n"


@pytest.mark.parametrize(("fmt", "expected"), [("table", "No centre matches.\n"), ("json", NO_CENTRE_JSON)])
def test_no_match_is_not_an_error(capsys: pytest.CaptureFixture[str], fmt: str, expected: str) -> None:
    assert DATA.by_founding_year(1000) == ()
    assert run(capsys, "centres", "--founded", "1000", "--format", fmt) == (0, expected, "")


def test_no_match_as_csv_is_a_header(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "centres", "--founded", "1000", "--format", "csv") == (0, ",".join(CSV_COLUMNS) + "\n", "")


# -- show ----------------------------------------------------------------------------------


@pytest.mark.parametrize("query", ["profession-banlieue", "Profession banlieue", "PROFESSION BANLIEUE"])
def test_show_finds_a_centre_forgivingly(capsys: pytest.CaptureFixture[str], query: str) -> None:
    code, out, _ = run(capsys, "show", query)
    assert code == 0
    assert out.startswith("Profession Banlieue (profession-banlieue)")


@pytest.mark.parametrize("centre_id", [c.id for c in DATA.centres()])
def test_show_gives_every_fact_with_its_sources(capsys: pytest.CaptureFixture[str], centre_id: str) -> None:
    centre = DATA.centre(centre_id)
    code, out, err = run(capsys, "show", centre_id)
    assert code == 0 and err == ""
    claims: list[pv.Claim[Any]] = [
        item
        for field in attrs.fields(pv.Centre)
        for item in tuples(getattr(centre, field.name))
        if isinstance(item, pv.Claim)
    ]
    for claim in claims:
        assert str(claim.value) in out
    for source_id in {s for claim in claims for s in claim.sources} | set(centre.sources):
        assert f"{source_id} “{DATA.source(source_id).title}”" in out
    for coverage in centre.coverage:
        assert f"{DATA.territory(coverage.territory).name} ({coverage.territory}), {coverage.period}" in out
    for mission in DATA.missions_of(centre):
        assert f"- {mission.mission.value} ({mission.mission.label})" in out
    for funder in DATA.funders_of(centre):
        assert f"- {funder.funder.value} ({funder.funder.label})" in out


def test_show_states_the_certainty_of_the_latest_coverage(capsys: pytest.CaptureFixture[str]) -> None:
    centre = DATA.centre("profession-banlieue")
    coverage = next(c for c in centre.coverage if c.territory == "dep-93")
    _, out, _ = run(capsys, "show", "profession-banlieue")
    assert f"{coverage.period}, unconfirmed in the latest known state (last dated statement: 2021)" in out


def test_show_gives_the_basis_of_missions_and_funders(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "show", "cr-dsu")
    missions = out[out.index("\nMissions\n") : out.index("\nSources\n")]
    for evidence in DATA.missions_of("cr-dsu"):
        assert f"    {evidence.basis.value}" in missions
    assert DATA.funders_of("cr-dsu") == ()  # no source names one, and no network statement names any
    assert "\nFunders\n" not in out
    _, out, _ = run(capsys, "show", "irev")
    funders = out[out.index("\nFunders\n") : out.index("\nSources\n")]
    for funder in DATA.funders_of("irev"):
        assert f"    {funder.basis.value}, {funder.role.value}" in funders


# -- export --------------------------------------------------------------------------------


def test_export_json_writes_the_whole_dataset(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "politique-ville.json"
    assert run(capsys, "export", "--format", "json", "--output", str(target)) == (0, "", "")
    assert target.read_text(encoding="utf-8") == to_json(DATA)


def test_export_csv_writes_one_row_per_centre(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "centres.csv"
    assert run(capsys, "export", "--format", "csv", "--output", str(target)) == (0, "", "")
    with target.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert [r["centre_id"] for r in rows] == [c.id for c in DATA.centres()]


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_export_to_standard_output(capsys: pytest.CaptureFixture[str], fmt: str) -> None:
    code, out, _ = run(capsys, "export", "--format", fmt, "--output", "-")
    assert code == 0
    if fmt == "json":
        assert json.loads(out) == json.loads(to_json(DATA))
    else:
        assert len(out.splitlines()) == len(DATA.centres()) + 1


def test_export_defaults_to_json_on_standard_output(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "export")
    assert code == 0
    assert out == to_json(DATA)


# -- help, version and errors -------------------------------------------------------------------


def test_every_command_is_listed() -> None:
    assert {"centres", "show", "export"} <= set(command_names())


@pytest.mark.parametrize("command", [[], *([name] for name in command_names())])
def test_help_everywhere(capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    code, out, err = run(capsys, *command, "--help")
    assert code == 0 and err == ""
    assert out.startswith(f"usage: politique-ville {' '.join(command)}".rstrip())


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--version") == (0, f"politique-ville {pv.__version__} (data {pv.DATA_VERSION}, COG 2025)\n", "")


def test_the_version_reads_no_record_and_imports_no_model() -> None:
    code = (
        "import sys; from politique_ville.cli import main; status = main(['--version']);"
        "print(status, sorted(m for m in sys.modules if m.startswith(('cattrs', 'politique_ville.'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    modules = ["bundle", "cli", "errors", "text", "vocabulary"]
    version = f"politique-ville {pv.__version__} (data {pv.DATA_VERSION}, COG 2025)"
    assert out == f"{version}\n0 {[f'politique_ville.{m}' for m in modules]}\n"


@pytest.mark.parametrize(
    ("argv", "status", "message"),
    [
        (["centres", "--territory", "Bretagnne-Sud"], 1, "did you mean 'Bretagne'"),
        (["centres", "--territory", "999"], 1, "unknown territory: '999'"),
        (["centres", "--mission", "juggling"], 1, "valid Mission values"),
        (["centres", "--funder", "nobody"], 1, "valid Funder values"),
        (["show", "no such centre"], 1, "unknown centre"),
        (["show", "Profesion Banlie"], 1, "did you mean 'Profession Banlieue'"),
        (["centres", "--since", "2005", "--until", "2000"], 1, "since (2005) is after until (2000)"),
        (["centres", "--founded", "1993", "--since", "1990"], 1, "not both"),
        (["centres", "--since", "abc"], 2, "not a year: 'abc'"),
        (["centres", "--founded", "0"], 2, "out of range"),
        (["centres", "--on", "2010-13"], 2, "month 13 is out of range"),
        (["centres", "--on", "31/05/2012"], 2, "not a partial date"),
        (["centres", "--format", "xml"], 2, "invalid choice: 'xml'"),
        (["export", "--format", "table"], 2, "invalid choice: 'table'"),
        (["show"], 2, "the following arguments are required: NAME"),
        (["frobnicate"], 2, "invalid choice: 'frobnicate'"),
        (["--frobnicate"], 2, "unrecognized arguments: --frobnicate"),
    ],
)
def test_user_errors_exit_non_zero_with_a_message(
    capsys: pytest.CaptureFixture[str], argv: list[str], status: int, message: str
) -> None:
    code, out, err = run(capsys, *argv)
    assert code == status
    assert out == ""
    assert message in err
    assert "Traceback" not in err


def test_an_unwritable_output_is_reported(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    for target in (tmp_path / "missing" / "out.json", tmp_path):
        code, out, err = run(capsys, "export", "--output", str(target))
        assert (code, out) == (1, "")
        assert err.startswith(f"politique-ville export: error: cannot open {target}: ")


def test_a_command_is_one_function(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    def add_hello(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
        parser = commands.add_parser("hello", help="greet")
        parser.add_argument("--to", default="world")
        parser.set_defaults(run=lambda args: print(f"hello {args.to}") or 0, command="hello")

    monkeypatch.setattr(cli, "COMMANDS", (*cli.COMMANDS, add_hello))
    assert run(capsys, "hello", "--to", "Bobigny") == (0, "hello Bobigny\n", "")
    assert run(capsys, "centres", "--territory", "93", "--format", "json")[0] == 0


def test_a_closed_pipe_stops_quietly(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    def reader_went_away(args: argparse.Namespace) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(cli, "_run_export", reader_went_away)
    assert run(capsys, "export") == (1, "", "")


class _GoneReader:
    """A standard output whose reader has gone away (``| head`` done): every write fails."""

    @property
    def buffer(self) -> _GoneReader:
        return self

    def write(self, text: Any) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    def flush(self) -> None:
        raise BrokenPipeError(32, "Broken pipe")

    def fileno(self) -> int:
        raise io.UnsupportedOperation("no file descriptor")


EVERY_COMMAND = {
    "": (),
    "centres": (),
    "show": ("cr-dsu",),
    "search": ("irev",),
    "export": (),
    "map": ("--output", "-"),
    "freshness": (),
    "history": ("cr-dsu",),
    "timeline": (),
    "changes": ("--from", "2012", "--to", "2020"),
    "question-de-ville": (),
    "frameworks": (),
}
"""Each command (the overview first) with the arguments it needs to print something."""


def test_every_command_is_checked_against_a_closed_pipe() -> None:
    parser = cli.build_parser()
    (commands,) = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert sorted(commands.choices) == sorted(name for name in EVERY_COMMAND if name)


@pytest.mark.parametrize("command", list(EVERY_COMMAND))
@pytest.mark.parametrize("output", ["default", "other"])
def test_every_command_stops_quietly_on_a_closed_pipe(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, command: str, output: str
) -> None:
    argv = [command, *EVERY_COMMAND[command]] if command else []
    if output == "other" and command not in ("", "export"):
        argv += ["--format", "html" if command == "map" else "json"]
    monkeypatch.setattr(sys, "stdout", _GoneReader())
    assert main(argv) == 1
    assert capsys.readouterr().err == ""


# -- as a program ------------------------------------------------------------------------------


def python_m(argv: Sequence[str]) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "politique_ville", *argv]
    return subprocess.run(command, capture_output=True, text=True, encoding="utf-8", timeout=120, check=False)


def test_python_m_politique_ville() -> None:
    done = python_m(["centres", "--territory", "93", "--on", "2012"])
    assert done.returncode == 0, done.stderr
    assert "profession-banlieue" in done.stdout


def test_python_m_reports_errors_without_a_traceback() -> None:
    done = python_m(["show", "nowhere"])
    assert done.returncode == 1
    program = f"{Path(sys.executable).name} -m politique_ville"
    assert done.stderr == f"{program} show: error: unknown centre: 'nowhere'\n"
    assert "Traceback" not in done.stderr


# -- --data: a user's data folder ----------------------------------------------------------------


@pytest.fixture
def two_centres(tmp_path: Path) -> Path:
    """A data folder in the bundled layout holding two of the bundled centres, at version 2099.1."""
    exported = json.loads(to_json(DATA))
    kept = ("cr-dsu", "profession-banlieue")
    exported["centres"] = [c for c in exported["centres"] if c["id"] in kept]
    exported["network"]["members"] = [m for m in exported["network"]["members"] if m["value"] in kept]
    exported["relations"] = exported["open_questions"] = []  # they name centres left out
    for part in PARTS:
        (tmp_path / part.file).write_text(json.dumps(exported[part.name], ensure_ascii=False), encoding="utf-8")
    (tmp_path / "datapackage.json").write_text('{"version": "2099.1"}', encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("where", ["before", "after"])
def test_data_points_every_command_at_a_folder(
    capsys: pytest.CaptureFixture[str], two_centres: Path, where: str
) -> None:
    def with_data(*argv: str) -> tuple[int, str, str]:
        option = ("--data", str(two_centres))
        return run(capsys, *(option + argv if where == "before" else argv + option))

    code, out, err = with_data("centres", "--format", "json")
    assert (code, ids_of_json(out), err) == (0, ["cr-dsu", "profession-banlieue"], "")
    code, out, _ = with_data("centres")
    assert (code, ids_of_table(out)) == (0, ["cr-dsu", "profession-banlieue"])
    code, out, _ = with_data("export", "--format", "json")
    assert json.loads(out)["data_version"] == "2099.1"
    assert [c["id"] for c in json.loads(out)["centres"]] == ["cr-dsu", "profession-banlieue"]
    code, out, err = with_data("show", "irev")
    assert (code, out) == (1, "")
    assert err.startswith("politique-ville show: error: unknown centre: 'irev'")


def test_data_overview_and_map_read_the_folder(capsys: pytest.CaptureFixture[str], two_centres: Path) -> None:
    code, out, _ = run(capsys, "--data", str(two_centres))
    assert code == 0
    assert "Centres in this dataset: 2 (2 active)" in out.splitlines()
    assert ids_of_table(out) == ["cr-dsu", "profession-banlieue"]
    code, svg, _ = run(capsys, "--data", str(two_centres), "map", "--output", "-")
    assert code == 0
    assert svg == pv.coverage_map(dataset=pv.load(two_centres))


def test_data_with_bad_data_fails_as_load_does(capsys: pytest.CaptureFixture[str], two_centres: Path) -> None:
    (two_centres / "centres.json").write_text("[{", encoding="utf-8")
    with pytest.raises(pv.DataError) as raised:
        pv.load(two_centres)
    code, out, err = run(capsys, "--data", str(two_centres), "centres")
    assert (code, out) == (1, "")
    assert err == f"politique-ville centres: error: {raised.value}\n"
    with pytest.raises(pv.DataError) as missing:
        pv.load(two_centres / "nowhere")
    code, out, err = run(capsys, "--data", str(two_centres / "nowhere"))
    assert (code, out, err) == (1, "", f"politique-ville: error: {missing.value}\n")
