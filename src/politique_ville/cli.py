"""The ``politique-ville`` command line: an overview, filtered lists, one centre, exports.

Each command is a function that adds its subparser and sets ``run``, the function that carries
it out and returns the exit status; :data:`COMMANDS` lists them. User errors (an unknown name, a
bad date, an unwritable file) print one line on stderr and exit with status 1; usage errors
exit with status 2, as argparse does.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeAlias, cast

import attrs

from . import __version__, rules
from .bundle import DATA_VERSION
from .dataset import Dataset
from .dates import PartialDate, Period, as_date
from .errors import Error, UnknownTerritoryError
from .evidence import Answer
from .files import write_atomically
from .loading import bundled, read_folder
from .provenance import Claim, Note
from .resource_centres import Centre, Coverage, Funding
from .vocabulary import Basis, Certainty, Funder, FundingRole, Mission, Status, Vocabulary

__all__ = ["COMMANDS", "build_parser", "main"]

PROG = "politique-ville"

_Commands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line on ``argv`` (default: ``sys.argv[1:]``) and return the exit status."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # --help, --version or a usage error: argparse has said why
        return stop.code if isinstance(stop.code, int) else 0 if stop.code is None else 1
    except BrokenPipeError:  # --help into a closed pipe
        _silence_stdout()
        return 1
    run: Callable[[argparse.Namespace], int] = args.run
    try:
        return run(args)
    except BrokenPipeError:  # the reader went away (``| head``): stop quietly
        _silence_stdout()
        return 1
    except (Error, ValueError, TypeError, OSError) as error:
        command = f"{PROG} {args.command}" if args.command else PROG
        _complain(f"{command}: error: {_message(error)}")
        return 1


class _Parser(argparse.ArgumentParser):
    """argparse's parser, printing help and usage through :func:`_print` (UTF-8 whatever the
    console, and nothing raised when stdout is closed); the subcommands' parsers too."""

    def _print_message(self, message: str, file: Any = None) -> None:
        if not message:
            return
        if file is None or file is sys.stdout:
            with contextlib.suppress(_Closed):
                _print(message)
        else:
            _complain(message.rstrip("\n"))


def build_parser() -> argparse.ArgumentParser:
    """The argument parser, with one subparser per entry of :data:`COMMANDS`."""
    parser = _Parser(
        prog=PROG,
        description="France's centres de ressources politique de la ville (CRPV): "
        "typed, dated and sourced records. Without a command: an overview of the network.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__} (data {DATA_VERSION})")
    _data_option(parser, default=None)
    parser.set_defaults(run=_run_overview, command=None)
    commands = cast(_Commands, parser.add_subparsers(title="commands", metavar="COMMAND"))  # of _Parser
    for add in COMMANDS:
        add(commands)
    for subparser in commands.choices.values():
        _data_option(subparser, default=argparse.SUPPRESS)  # before or after the command
    return parser


def _data_option(parser: argparse.ArgumentParser, default: Any) -> None:
    parser.add_argument(
        "--data",
        metavar="PATH",
        default=default,
        help="a data folder in the bundled layout to read instead of the bundled data (checked as pv.load does)",
    )


def _dataset(args: argparse.Namespace) -> Dataset:
    """The dataset a command works on: the folder given with ``--data``, else the bundled one."""
    return bundled() if args.data is None else read_folder(args.data)


# -- arguments ---------------------------------------------------------------------------------


def _year(text: str) -> int:
    try:
        year = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a year: {text!r} (expected e.g. 1998)") from None
    if not 1 <= year <= 9999:
        raise argparse.ArgumentTypeError(f"year {year} is out of range 1..9999")
    return year


def _date(text: str) -> PartialDate:
    try:
        return as_date(text)
    except (ValueError, TypeError) as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _format_option(parser: argparse.ArgumentParser, choices: Sequence[str], default: str) -> None:
    parser.add_argument("--format", choices=choices, default=default, help=f"output format (default: {default})")


def _on_option(parser: argparse.ArgumentParser, help: str) -> None:
    parser.add_argument("--on", type=_date, metavar="DATE", help=f"{help} (YYYY, YYYY-MM or YYYY-MM-DD)")


# -- commands ----------------------------------------------------------------------------------


def _add_centres(commands: _Commands) -> None:
    parser = commands.add_parser(
        "centres",
        help="list the centres, filtered",
        description="List the centres, sorted by id. Filters combine: a centre must pass them all.",
    )
    parser.add_argument(
        "--territory",
        metavar="PLACE",
        help="centres covering a region or department: code (a bare code is a department), ISO code, id or name",
    )
    _on_option(parser, "at a date: centres covering a territory then, and their names, statuses and territories then")
    parser.add_argument(
        "--unconfirmed",
        action="store_true",
        help="with --territory, also the centres whose last dated statement is older than the freshness horizon",
    )
    parser.add_argument("--founded", type=_year, metavar="YEAR", help="centres founded in YEAR")
    parser.add_argument("--since", type=_year, metavar="YEAR", help="centres founded in YEAR or later")
    parser.add_argument("--until", type=_year, metavar="YEAR", help="centres founded in YEAR or earlier")
    parser.add_argument(
        "--mission", metavar="MISSION", help="centres carrying a mission (slug or French or English label)"
    )
    parser.add_argument("--funder", metavar="FUNDER", help="centres a funder funds (slug or French or English label)")
    _format_option(parser, ("table", "json", "csv"), "table")
    parser.set_defaults(run=_run_centres, command="centres")


def _add_show(commands: _Commands) -> None:
    parser = commands.add_parser(
        "show",
        help="everything known about one centre, with sources",
        description="Every fact about one centre, each with its sources: names, dates, coverage with its "
        "certainty, missions and funders with their basis.",
    )
    parser.add_argument("name", metavar="NAME", help="the centre's id, acronym or any of its names")
    parser.set_defaults(run=_run_show, command="show")


def _add_export(commands: _Commands) -> None:
    parser = commands.add_parser(
        "export",
        help="write the whole dataset: JSON, CSV, a data package or an SQLite database",
        description="Write the whole dataset at a date (default: the latest known state). json: one object with "
        "a key per data file, then every table at the date; csv: the centres table; datapackage: every table as "
        "CSV with a Frictionless datapackage.json, into the folder --output; sqlite: every table, with keys and "
        "indexes, into the database --output.",
    )
    _format_option(parser, ("json", "csv", "datapackage", "sqlite"), "json")
    _on_option(parser, "the date the tables answer at (default: the latest known state)")
    parser.add_argument(
        "--output",
        "-o",
        default="-",
        metavar="PATH",
        help="file to write, '-' for standard output (default; json and csv only); a folder for datapackage",
    )
    parser.set_defaults(run=_run_export, command="export")


def _add_map(commands: _Commands) -> None:
    parser = commands.add_parser(
        "map",
        help="write an SVG map of the centre covering each department",
        description="Write an accessible SVG map of France: each department coloured by the centre covering "
        "it at a date, hatched where the answer is not attested. To get a PNG, open it in a browser or convert it "
        "with a tool such as rsvg-convert or Inkscape.",
    )
    parser.add_argument("--on", type=_date, metavar="DATE", help="at a date (default: the latest known state)")
    parser.add_argument("--output", "-o", required=True, metavar="PATH", help="the SVG file to write ('-': stdout)")
    parser.set_defaults(run=_run_map, command="map")


def _run_map(args: argparse.Namespace) -> int:
    from .maps import coverage_map, write_coverage_map

    data = _dataset(args)
    if args.output == "-":
        _print(coverage_map(args.on, dataset=data))
    else:
        write_coverage_map(args.output, on=args.on, dataset=data)
    return 0


def _add_freshness(commands: _Commands) -> None:
    parser = commands.add_parser(
        "freshness",
        help="how old the evidence behind each centre is, and the counts against the data",
        description="For each centre: its last dated statement, what it says, and its status today with its "
        "certainty. Then each dated count of centres against the number the data has covering something then "
        "(attested or inferred), with the inferred and unconfirmed ones named.",
    )
    _format_option(parser, ("table", "json"), "table")
    parser.set_defaults(run=_run_freshness, command="freshness")


def _run_freshness(args: argparse.Namespace) -> int:
    import json

    from .freshness import centre_freshness, count_checks

    data = _dataset(args)
    centres, counts = centre_freshness(data), count_checks(data)
    if args.format == "json":
        document = {
            "data_version": data.version,
            "today": str(data.today),
            "centres": [
                {
                    "centre": r.centre,
                    "last_dated": None if r.last_dated is None else str(r.last_dated),
                    "last_statement": r.last_statement,
                    "sources": list(r.last_sources),
                    "status": r.status,
                    "certainty": r.certainty.value,
                }
                for r in centres
            ],
            "counts": [
                {
                    "as_of": str(c.as_of),
                    "stated": c.stated,
                    "sources": list(c.sources),
                    "data": len(c.covering),
                    "difference": c.difference,
                    "inferred": list(c.inferred),
                    "unconfirmed": list(c.unconfirmed),
                }
                for c in counts
            ],
        }
        _print(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
        return 0
    rows = [
        {
            "ID": r.centre,
            "LAST DATED": "" if r.last_dated is None else str(r.last_dated),
            "STATUS TODAY": "unknown" if r.status is None else f"{r.status} ({r.certainty.value})",
            "LAST STATEMENT": (r.last_statement or "")[:60],
        }
        for r in centres
    ]
    checks = [
        {
            "AS OF": str(c.as_of),
            "STATED": str(c.stated),
            "DATA": str(len(c.covering)),
            "DIFF": f"{c.difference:+d}",
            "INFERRED": ", ".join(c.inferred),
            "UNCONFIRMED": ", ".join(c.unconfirmed),
        }
        for c in counts
    ]
    _print(f"Latest known state: {data.today} (data {data.version})\n\n" + _table(rows) + "\n" + _table(checks))
    return 0


COMMANDS: tuple[Callable[[_Commands], None], ...] = (_add_centres, _add_show, _add_export, _add_map, _add_freshness)
"""The subcommands: each adds its subparser and sets ``run`` (and ``command``) on it."""


def _run_overview(args: argparse.Namespace) -> int:
    data = _dataset(args)
    network = data.network()
    lines = [network.name, f"Founded: {network.founded}"]
    statuses = Counter(c.status for c in data.centres())
    counted = ", ".join(f"{statuses[status]} {status.value}" for status in Status if statuses[status])
    lines.append(f"Centres in this dataset: {len(data.centres())} ({counted})")
    count = rules.latest_count(network, data.source)
    if count is not None:
        lines.append(f"Latest count: {count.count} centres ({_dated(data, count.as_of, count.sources)})")
    animator = rules.latest_animator(network, data.source)
    if animator is not None:
        lines.append(
            f"Latest known animator: {animator.name} ({_dated(data, None, animator.sources, animator.period)})"
        )
    rows = [_centre_row(data, c, None) for c in data.centres()]
    _print("\n".join(lines) + "\n\n" + _table(rows))
    return 0


def _run_centres(args: argparse.Namespace) -> int:
    import json

    from .export import centres_csv, table_records
    from .tables import CENTRES, rows_of

    data = _dataset(args)
    selected = _filter(data, args)
    if args.format == "json":
        wanted = {c.id for c in selected}
        rows = [row for row in rows_of(CENTRES, data, args.on) if row[0] in wanted]
        on = None if args.on is None else str(args.on)
        document = {"data_version": data.version, "on": on, "centres": table_records(CENTRES, rows)}
        _print(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    elif args.format == "csv":
        _print(centres_csv(selected, dataset=data, on=args.on))
    elif selected:
        _print(_table([_centre_row(data, c, args.on) for c in selected]))
    else:
        _print("No centre matches.\n")
        if args.territory is not None and not args.unconfirmed:
            unsure = data.by_territory(args.territory, on=args.on, unconfirmed=True)
            if unsure:
                names = ", ".join(c.id for c in unsure)
                print(f"{PROG} centres: unconfirmed, not shown: {names} (add --unconfirmed)", file=sys.stderr)
    return 0


def _filter(data: Dataset, args: argparse.Namespace) -> tuple[Centre, ...]:
    """The centres passing every filter given, in the order of :meth:`Dataset.centres`."""
    kept = {c.id for c in data.centres()}
    if args.territory is not None:
        try:
            kept &= {c.id for c in data.by_territory(args.territory, on=args.on, unconfirmed=args.unconfirmed)}
        except UnknownTerritoryError as error:  # the library's hint speaks of its keyword argument
            hint = "a bare code names a department; give a region by name, ISO code (FR-ARA) or id (reg-84)"
            raise UnknownTerritoryError(error.query, error.suggestions, hint=hint) from None
    elif args.on is not None:
        kept &= {c.id for c in data.centres() if rules.territories_on(c, args.on)}
    if args.founded is not None or args.since is not None or args.until is not None:
        kept &= {c.id for c in data.by_founding_year(args.founded, since=args.since, until=args.until)}
    if args.mission is not None:
        kept &= {c.id for c in data.by_mission(args.mission)}
    if args.funder is not None:
        kept &= {c.id for c in data.by_funder(args.funder)}
    return tuple(c for c in data.centres() if c.id in kept)


def _run_show(args: argparse.Namespace) -> int:
    data = _dataset(args)
    centre = data.centre(args.name)
    out = [f"{centre.name} ({centre.id})"]
    for name in ("acronym", "founded", "legal_form", "status", "website", "phone", "email"):
        value = getattr(centre, name)
        if value is not None:
            out.append(f"  {name.replace('_', ' ')}: {_value(value)}")
    handled = {"coverage", "missions", "funding", "sources"}
    for field in attrs.fields(Centre):
        value = getattr(centre, field.name)
        if field.name in handled or not isinstance(value, tuple) or not value:
            continue
        if all(isinstance(item, Claim) for item in value):
            out += _section(field.name, [_claim(data, item) for item in value])
        elif all(attrs.has(type(item)) for item in value):
            out += _section(field.name, [_record(data, item) for item in value])
    out += _section("coverage", [_coverage(data, centre, c) for c in centre.coverage])
    out += _section("missions", _missions(data, centre))
    out += _section("funders", _funders(data, centre))
    out += _section("sources", [_source_entry(data, s) for s in centre.sources])
    _print("\n".join(out) + "\n")
    return 0


def _run_export(args: argparse.Namespace) -> int:
    from .export import centres_csv, to_json, write_datapackage, write_sqlite

    data = _dataset(args)
    if args.format in ("datapackage", "sqlite"):
        if args.output == "-":
            raise ValueError(f"--format {args.format} writes files: give --output PATH")
        write = write_datapackage if args.format == "datapackage" else write_sqlite
        write(args.output, data, on=args.on)
        return 0
    csv = args.format == "csv"
    text = centres_csv(data.centres(), dataset=data, on=args.on) if csv else to_json(data, on=args.on)
    if args.output == "-":
        _print(text)
    else:
        write_atomically(args.output, text)
    return 0


# -- the overview and the table ----------------------------------------------------------------


def _centre_row(data: Dataset, centre: Centre, on: PartialDate | None) -> dict[str, str]:
    places = rules.territories_on(centre, on)
    return {
        "ID": centre.id,
        "NAME": centre.name if on is None else data.name_on(centre, on).value or centre.name,
        "TERRITORIES": ", ".join(data.territory(p).name for p in places),
        "FOUNDED": "" if centre.founded is None else str(centre.founded),
        "STATUS": _status(data.status_on(centre, on)),
    }


def _status(answer: Answer[Status]) -> str:
    """A status with how sure it is, when it is not attested: "active (unconfirmed since 2016)"."""
    if answer.value is None:
        return "unknown"
    status: str = answer.value.value
    if answer.certainty is Certainty.ATTESTED:
        return status
    since = f" since {answer.last_attested}" if answer.last_attested is not None else ""
    return f"{status} ({answer.certainty.value}{since})"


def _table(rows: Sequence[dict[str, str]]) -> str:
    if not rows:
        return ""
    columns = list(rows[0])
    widths = {c: max(len(c), *(len(r[c]) for r in rows)) for c in columns}
    lines = ["  ".join(c.ljust(widths[c]) for c in columns)]
    lines.append("  ".join("-" * widths[c] for c in columns))
    lines += ["  ".join(r[c].ljust(widths[c]) for c in columns) for r in rows]
    return "\n".join(line.rstrip() for line in lines) + "\n"


def _dated(data: Dataset, as_of: PartialDate | None, sources: Sequence[str], period: Period | None = None) -> str:
    if as_of is not None:
        when = f"as of {as_of}"
    elif period is not None:
        when = f"period {period}"
    else:
        when = "undated"
    return f"{when}; {'source' if len(sources) == 1 else 'sources'}: {_sources(data, sources, dated=True)}"


# -- show ----------------------------------------------------------------------------------------


def _section(title: str, entries: Sequence[list[str]]) -> list[str]:
    if not entries:
        return []
    lines = ["", title.replace("_", " ").capitalize()]
    for entry in entries:
        lines += [f"  {line}" for line in entry]
    return lines


def _claim(data: Dataset, claim: Claim[Any]) -> list[str]:
    head = f"- {_value(claim.value)}"
    if claim.period is not None:
        head += f" (period {claim.period})"
    if claim.as_of is not None:
        head += f" (as of {claim.as_of})"
    return [head, *_details(data, claim, shown={"value", "period", "as_of"})]


def _record(data: Dataset, record: Any) -> list[str]:
    """Any other record (a publication, a position...): its first field, then the others set."""
    first = attrs.fields(type(record))[0].name
    return [f"- {_value(getattr(record, first))}", *_details(data, record, shown={first})]


def _coverage(data: Dataset, centre: Centre, coverage: Coverage) -> list[str]:
    place = data.territory(coverage.territory)
    head = f"- {place.name} ({place.id}), {coverage.period}"
    if coverage.period.is_open:
        certainty, last, _ = rules.coverage_certainty(centre, coverage, data.today, data.source)
        head += f", {certainty.value} in the latest known state" + (f" (last dated statement: {last})" if last else "")
    if coverage.attested is not None:
        attested = f"    attested by a dated source: {coverage.attested}"
    else:
        attested = "    no dated source attests it: inferred from the dating rules"
    return [head, attested, *_details(data, coverage, shown={"territory", "period", "attested"})]


def _missions(data: Dataset, centre: Centre) -> list[list[str]]:
    claims = {(c.value, c.sources, c.note): c for c in reversed(centre.missions)}
    grouped: dict[Mission, list[str]] = {}
    for evidence in data.missions_of(centre):
        lines = grouped.setdefault(evidence.mission, [])
        lines.append(f"    {evidence.basis.value}" + (f": {evidence.detail}" if evidence.detail else ""))
        claim = claims.get((evidence.mission, evidence.sources, evidence.detail))
        if evidence.basis is Basis.CENTRE and claim is not None:
            lines += _fields(claim, {"value", "sources", "note"}, "      ")
        lines.append(f"      sources: {_sources(data, evidence.sources)}")
    return [[f"- {_value(mission)}", *lines] for mission, lines in grouped.items()]


def _funders(data: Dataset, centre: Centre) -> list[list[str]]:
    records: dict[tuple[Funder, str | None, FundingRole, tuple[str, ...]], Funding] = {
        (f.funder, f.body, f.role, f.sources): f for f in reversed(centre.funding)
    }
    grouped: dict[Funder, list[str]] = {}
    for evidence in data.funders_of(centre):
        lines = grouped.setdefault(evidence.funder, [])
        head = f"    {evidence.basis.value}, {evidence.role.value}"
        lines.append(head + (f": {evidence.detail}" if evidence.detail else ""))
        funding = records.get((evidence.funder, evidence.detail, evidence.role, evidence.sources))
        if evidence.basis is Basis.CENTRE and funding is not None:
            lines += _fields(funding, {"funder", "body", "role", "sources"}, "      ")
        lines.append(f"      sources: {_sources(data, evidence.sources)}")
    return [[f"- {_value(funder)}", *lines] for funder, lines in grouped.items()]


def _details(data: Dataset, record: Any, *, shown: set[str]) -> list[str]:
    """A record's fields not yet shown, then its sources (for an editors' note, those it discusses)."""
    if isinstance(record, Note):
        return [*_fields(record, shown | {"refers_to"}, "    "), f"    refers to: {_sources(data, record.refers_to)}"]
    return [*_fields(record, shown | {"sources"}, "    "), f"    sources: {_sources(data, record.sources)}"]


def _fields(record: Any, shown: set[str], indent: str) -> list[str]:
    """One line for each field of a record that is not in ``shown`` and holds a value."""
    lines = []
    for field in attrs.fields(type(record)):
        value = getattr(record, field.name)
        if field.name in shown or value is None or value == () or value is False:
            continue
        text = f"“{value}”" if field.name == "stated_as" else _value(value)
        lines.append(f"{indent}{field.name.replace('_', ' ')}: {text}")
    return lines


def _source_entry(data: Dataset, source_id: str) -> list[str]:
    source = data.source(source_id)
    return [f"- {_source(data, source_id)}", *([f"    {source.url}"] if source.url else [])]


def _value(value: object) -> str:
    if isinstance(value, Vocabulary):
        return f"{value.value} ({value.label})"
    if isinstance(value, tuple):
        return "; ".join(_value(v) for v in value)
    return str(value)


def _sources(data: Dataset, sources: Iterable[str], *, dated: bool = False) -> str:
    return "; ".join(_source(data, s, dated=dated) for s in sources)


def _source(data: Dataset, source_id: str, *, dated: bool = True) -> str:
    """A source's id and title, and its date or date estimate if ``dated``."""
    source = data.source(source_id)
    when = source.date or source.estimated
    return f"{source.id} “{source.title}”" + (f" [{when}]" if dated and when is not None else "")


# -- output ----------------------------------------------------------------------------------------


class _Closed(OSError):
    """Standard output is closed: there is nowhere to write."""


def _print(text: str) -> None:
    """Write to stdout as UTF-8, whatever the console's encoding (a table, JSON, CSV or SVG
    alike); raise :class:`_Closed` if there is no stdout."""
    stream = sys.stdout
    if stream is None:
        raise _Closed("standard output is closed")
    buffer = getattr(stream, "buffer", None)
    data = text.encode("utf-8", "replace")  # a lone surrogate becomes "?"
    try:
        if buffer is None:  # a text stream with no bytes under it (a StringIO): it takes str
            stream.write(text)
        else:
            stream.flush()
            buffer.write(data)
            buffer.flush()
        stream.flush()
    except ValueError as error:  # "I/O operation on closed file"
        raise _Closed("standard output is closed") from error


def _complain(line: str) -> None:
    """One line on stderr, if there is a stderr to write to."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        print(line, file=sys.stderr)


def _message(error: Exception) -> str:
    """The error's message; for a file that cannot be opened, its name and the reason."""
    if isinstance(error, OSError) and error.filename is not None and error.strerror:
        return f"cannot open {error.filename}: {error.strerror}"
    return str(error)


def _silence_stdout() -> None:
    """Point stdout at the null device so that the interpreter's final flush cannot fail."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
