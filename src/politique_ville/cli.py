"""The ``politique-ville`` command line: an overview, filtered lists, one centre, exports.

Each command is a function that adds its subparser and sets ``run``, the function that carries
it out and returns the exit status; :data:`COMMANDS` lists them. User errors (an unknown name, a
bad date, an unwritable file) print one line on stderr and exit with status 1; usage errors
exit with status 2, as argparse does. Warnings (a misspelt name read as a close one, a date
outside what the data covers) go to stderr, each on one line, and change nothing else.

**Language.** The command line speaks English: headings, help and messages. A value of a
closed vocabulary is its slug (``active``, ``inferred``), as in the JSON and CSV exports;
``show`` adds the French label in parentheses. Names, titles and quotations stay as the
sources write them, in French. The maps, made for French readers, are in French throughout.

**Width.** Tables and ``show`` fit the terminal: ``COLUMNS`` if set, else the width of the
terminal standard output is, else (a pipe, a file) no limit. A table cuts its longest cells
with an ellipsis (never the ID column), ``show`` wraps its lines; ``--wide`` shows everything.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import textwrap
import warnings
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeAlias, cast

from . import __version__
from .errors import CloseMatchWarning, Error, InvalidValueError, UnknownTerritoryError
from .vocabulary import Basis, Certainty, DatedBy, Funder, FundingRole, Mission, Status, Vocabulary

if TYPE_CHECKING:  # each command imports the modules it runs, so that no command pays for another's
    from .dataset import Dataset
    from .dates import PartialDate, Period
    from .evidence import Answer, FunderEvidence, MissionEvidence
    from .history import HistoryEvent
    from .provenance import Claim
    from .resource_centres import Centre, Coverage, Funding

__all__ = ["COMMANDS", "build_parser", "main"]

PROG = "politique-ville"

_Commands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def main(argv: Sequence[str] | None = None, *, prog: str | None = None) -> int:
    """Run the command line on ``argv`` (default: ``sys.argv[1:]``) and return the exit status.

    ``prog`` is the program's name in usage lines and messages; by default the name it was
    run by (``sys.argv[0]``) when ``argv`` is not given, else ``politique-ville``.
    """
    if prog is None:
        prog = PROG if argv is not None else os.path.basename(sys.argv[0]) or PROG
    parser = build_parser(prog)
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # --help, --version or a usage error: argparse has said why
        return stop.code if isinstance(stop.code, int) else 0 if stop.code is None else 1
    except BrokenPipeError:  # --help into a closed pipe
        _silence_stdout()
        return 1
    run: Callable[[argparse.Namespace], int] = args.run
    command = f"{prog} {args.command}" if args.command else prog
    args.prog = command
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", CloseMatchWarning)
            try:
                return run(args)
            finally:
                for warning in caught:
                    if isinstance(warning.message, CloseMatchWarning):
                        _complain(f"{command}: note: {warning.message}")
                    else:  # not ours to word: shown as Python shows it
                        warnings.showwarning(
                            warning.message, warning.category, warning.filename, warning.lineno, warning.file
                        )
    except BrokenPipeError:  # the reader went away (``| head``): stop quietly
        _silence_stdout()
        return 1
    except (Error, ValueError, TypeError, OSError) as error:
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


def build_parser(prog: str = PROG) -> argparse.ArgumentParser:
    """The argument parser, with one subparser per entry of :data:`COMMANDS`; ``prog`` names
    the program in its usage lines."""
    from .bundle import COG_YEAR, DATA_VERSION

    parser = _Parser(
        prog=prog,
        description="France's centres de ressources politique de la ville (CRPV): "
        "typed, dated and sourced records. Without a command: an overview of the network.",
    )
    version = f"{PROG} {__version__} (data {DATA_VERSION}, COG {COG_YEAR})"
    parser.add_argument("--version", action="version", version=version)
    _data_option(parser, default=None)
    _wide_option(parser, default=False)
    parser.set_defaults(run=_run_overview, command=None)
    commands = cast(_Commands, parser.add_subparsers(title="commands", metavar="COMMAND"))  # of _Parser
    for add in COMMANDS:
        add(commands)
    for subparser in commands.choices.values():
        _data_option(subparser, default=argparse.SUPPRESS)  # before or after the command
        _wide_option(subparser, default=argparse.SUPPRESS)
    return parser


def _wide_option(parser: argparse.ArgumentParser, default: Any) -> None:
    parser.add_argument(
        "--wide", action="store_true", default=default, help="show tables and text whole, whatever the terminal's width"
    )


def _data_option(parser: argparse.ArgumentParser, default: Any) -> None:
    parser.add_argument(
        "--data",
        metavar="PATH",
        default=default,
        help="a data folder in the bundled layout to read instead of the bundled data (checked as pv.load does)",
    )


def _dataset(args: argparse.Namespace) -> Dataset:
    """The dataset a command works on: the folder given with ``--data``, else the bundled one;
    a warning on stderr if ``--on`` lies outside what it covers."""
    from .loading import bundled, read_folder

    data = bundled() if args.data is None else read_folder(args.data)
    on: PartialDate | None = getattr(args, "on", None)
    if on is not None:
        warning = _outside(data, on)
        if warning:
            _complain(f"{args.prog}: warning: {warning}")
    return data


def _outside(data: Dataset, on: PartialDate) -> str:
    """Why ``on`` lies outside the span the data covers (the first coverage to the latest
    known state), or ``""``."""
    starts = [c.period.start for centre in data.centres() for c in centre.coverage if c.period.start is not None]
    first = min(starts, key=lambda d: d.earliest(), default=None)
    if first is not None and on.latest() < first.earliest():
        return f"{on} is before the first coverage the data knows ({first}): no centre covers anything then"
    if on.earliest() > data.today.latest():
        return (
            f"{on} is after the latest known state ({data.today}): answers there are carried forward "
            "by the inference rules, and unconfirmed past the freshness horizon"
        )
    return ""


def _width(args: argparse.Namespace) -> int | None:
    """The width to fit output to: ``None`` (no limit) with ``--wide`` or when not a terminal."""
    if getattr(args, "wide", False):
        return None
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    try:
        return os.get_terminal_size(sys.stdout.fileno()).columns if sys.stdout.isatty() else None
    except (OSError, ValueError, AttributeError):
        return None


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
    from .dates import as_date

    try:
        return as_date(text)
    except (ValueError, TypeError) as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _status_choice(text: str) -> Status:
    try:
        return Status.parse(text)
    except LookupError as error:
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
    parser.add_argument(
        "--status",
        type=_status_choice,
        metavar="STATUS",
        help="centres whose status at --on (default: the latest known state) is STATUS, however sure: "
        + ", ".join(s.value for s in Status)
        + " (or a French label: actif, dissous...)",
    )
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
    _format_option(parser, ("table", "json", "csv"), "table")
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
        help="write an SVG map of the centre covering each department, or a page through time",
        description="Write an accessible SVG map of France: each department coloured by the centre covering "
        "it at a date, neighbours in colours far apart, hatched where the answer is inferred or unconfirmed "
        "and that informs. A PATH ending in .png gets a PNG image (the optional extra 'png': "
        "pip install 'politique-ville[png]'). --format html writes instead one self-contained HTML page "
        "that moves through every date at which coverage changes (a slider, play and pause, a link to each "
        "date as #YYYY-MM-DD).",
    )
    parser.add_argument(
        "--format",
        choices=("svg", "png", "html"),
        help="svg, png or html (the time-travel page); default: from PATH's suffix (.png, .html), else svg",
    )
    parser.add_argument("--on", type=_date, metavar="DATE", help="at a date (default: the latest known state)")
    parser.add_argument(
        "--since",
        type=_date,
        metavar="DATE",
        help="a changes map instead: the departments whose centres changed from DATE to --on",
    )
    parser.add_argument(
        "--output",
        "-o",
        required=True,
        metavar="PATH",
        help="the file to write, .svg, .png or .html ('-': SVG or HTML on stdout)",
    )
    parser.set_defaults(run=_run_map, command="map")


def _run_map(args: argparse.Namespace) -> int:
    from .maps import changes_map, coverage_map, write_map

    suffix = os.path.splitext(args.output)[1].lower()
    chosen = args.format or {".png": "png", ".html": "html", ".htm": "html"}.get(suffix, "svg")
    if chosen == "png" and (args.output == "-" or suffix != ".png"):
        raise InvalidValueError("a PNG map is written to a PATH ending in .png")
    if chosen != "png" and suffix == ".png":
        raise InvalidValueError(f"PATH ends in .png but --format is {chosen}: write it to a .{chosen} PATH")
    data = _dataset(args)
    if chosen == "html":
        if args.on is not None or args.since is not None:
            raise InvalidValueError("--format html moves through every date: it takes neither --on nor --since")
        from .timemap import coverage_page, write_coverage_page

        if args.output == "-":
            _print(coverage_page(dataset=data))
        else:
            write_coverage_page(args.output, dataset=data)
        return 0
    if args.since is not None:
        warning = _outside(data, args.since)
        if warning:
            _complain(f"{args.prog}: warning: {warning}")
        svg = changes_map(args.since, args.on, dataset=data)
    else:
        svg = coverage_map(args.on, dataset=data)
    if args.output == "-":
        _print(svg)
    else:
        write_map(args.output, svg)
    return 0


def _add_freshness(commands: _Commands) -> None:
    parser = commands.add_parser(
        "freshness",
        help="how old the evidence behind each centre is, and the counts against the data",
        description="For each centre: its last dated statement, what it says, and its status today with its "
        "certainty. Then each dated count of centres against the number the data has covering something then "
        "(attested or inferred), with the inferred and unconfirmed ones named.",
    )
    _format_option(parser, ("table", "json", "csv"), "table")
    parser.add_argument(
        "--counts", action="store_true", help="with --format csv: the dated counts instead of the centres"
    )
    parser.set_defaults(run=_run_freshness, command="freshness")


def _run_freshness(args: argparse.Namespace) -> int:
    from .freshness import centre_freshness, count_checks

    data = _dataset(args)
    centres, counts = centre_freshness(data), count_checks(data)
    centre_rows = [
        {
            "centre": r.centre,
            "last_dated": None if r.last_dated is None else str(r.last_dated),
            "last_statement": r.last_statement,
            "sources": list(r.last_sources),
            "status": r.status,
            "certainty": r.certainty.value,
        }
        for r in centres
    ]
    count_rows = [
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
    ]
    if args.format == "json":
        return _emit_json(data, {"today": str(data.today), "centres": centre_rows, "counts": count_rows})
    if args.format == "csv":
        chosen = count_rows if args.counts else centre_rows
        columns = _FRESHNESS_COUNT_COLUMNS if args.counts else _FRESHNESS_CENTRE_COLUMNS
        return _emit_csv([{k: tuple(v) if isinstance(v, list) else v for k, v in r.items()} for r in chosen], columns)
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
    width = _width(args)
    _print(
        f"Latest known state: {data.today} (data {data.version})\n\n"
        + _table(rows, width)
        + "\n"
        + _table(checks, width)
    )
    return 0


def _add_search(commands: _Commands) -> None:
    parser = commands.add_parser(
        "search",
        help="find centres and territories by a name, a part of one or a misspelt one",
        description="Centres and territories matching TEXT, best first: exact spellings, then the names it "
        "starts, then those it is part of, then misspelt words; a territory brings the centres that have "
        "covered it just after it.",
    )
    parser.add_argument("text", metavar="TEXT", help="a name, acronym, code, alias or part of one")
    _format_option(parser, ("table", "json", "csv"), "table")
    parser.set_defaults(run=_run_search, command="search")


def _run_search(args: argparse.Namespace) -> int:
    from .geography import Territory

    data = _dataset(args)
    rows = [
        {
            "KIND": found.kind.value if isinstance(found, Territory) else "centre",
            "ID": found.id,
            "CODE": found.code if isinstance(found, Territory) else "",
            "NAME": found.name,
        }
        for found in data.search(args.text)
    ]
    if args.format == "json":
        return _emit_json(data, {"matches": [{k.lower(): v for k, v in r.items()} for r in rows]})
    if args.format == "csv":
        return _emit_csv([{k.lower(): v for k, v in r.items()} for r in rows], ("kind", "id", "code", "name"))
    _print(_table(rows, _width(args)) if rows else "Nothing matches.\n")
    return 0


# -- history, Question de Ville and the frameworks ----------------------------------------------


def _add_history(commands: _Commands) -> None:
    parser = commands.add_parser(
        "history",
        help="the dated events of one centre or body, its relations and its open questions",
        description="Every dated event about a centre, a public body (CR-DIV, CGET, ANCT...), a framework, "
        "'network' or 'question-de-ville', oldest first, each with what dates it, its certainty and its sources; "
        "then the relations a source states and the links no source states.",
    )
    parser.add_argument("entity", metavar="ENTITY", help="an id, acronym or any name of a centre or body")
    _format_option(parser, ("table", "json", "csv"), "table")
    parser.set_defaults(run=_run_history, command="history")


def _add_timeline(commands: _Commands) -> None:
    parser = commands.add_parser(
        "timeline",
        help="the dated events of the network's history, oldest first",
        description="One sorted stream of dated events: foundings, renamings and other relations, coverage starts "
        "and ends, statuses, animators, frameworks, Question de Ville, national meetings and counts. A year "
        "sorts at the head of its year; an event is kept when its date may fall between --since and --until.",
    )
    parser.add_argument("--since", type=_date, metavar="DATE", help="from this date (YYYY, YYYY-MM or YYYY-MM-DD)")
    parser.add_argument("--until", type=_date, metavar="DATE", help="up to this date (inclusive)")
    parser.add_argument("--entity", metavar="ENTITY", help="only the events about this centre or body")
    _format_option(parser, ("table", "json", "csv"), "table")
    parser.set_defaults(run=_run_timeline, command="timeline")


def _add_changes(commands: _Commands) -> None:
    parser = commands.add_parser(
        "changes",
        help="what differs between two dates: departments, names, statuses, the animator",
        description="For each centre, the departments gained and lost, and its name and status where they "
        "differ (with their certainty at each date); then the network's animator.",
    )
    parser.add_argument("--from", dest="before", type=_date, required=True, metavar="DATE", help="the first date")
    parser.add_argument("--to", dest="after", type=_date, required=True, metavar="DATE", help="the second date")
    _format_option(parser, ("table", "json", "csv"), "table")
    parser.set_defaults(run=_run_changes, command="changes")


def _add_question_de_ville(commands: _Commands) -> None:
    _add_record_command(
        commands,
        "question-de-ville",
        _run_question_de_ville,
        help="Question de Ville, the association of the centres' directors: boards and contributions",
        description="Question de Ville's founding, its boards (members and roles) and its published opinions, "
        "each with its date and sources; --format json gives the whole record.",
    )


def _add_frameworks(commands: _Commands) -> None:
    _add_record_command(
        commands,
        "frameworks",
        _run_frameworks,
        help="the national reference frameworks of the centres",
        description="The cahier des charges, the cadres de référence and the charte partenariale: kind, date, "
        "title, the framework each replaces and the missions it sets; --format json gives the whole records.",
    )


def _add_record_command(
    commands: _Commands, name: str, run: Callable[[argparse.Namespace], int], *, help: str, description: str
) -> None:
    """A command that shows records, with no argument but its format."""
    parser = commands.add_parser(name, help=help, description=description)
    _format_option(parser, ("table", "json", "csv"), "table")
    parser.set_defaults(run=run, command=name)


def _run_history(args: argparse.Namespace) -> int:
    from .converter import converter
    from .relations import OpenQuestion, Relation

    data = _dataset(args)
    entity = data.entity_id(args.entity)
    events = data.timeline(entity=entity)
    relations = data.relations(entity) if entity not in {f.id for f in data.frameworks()} else ()
    questions = [q for q in data.open_questions() if entity in q.between]
    if args.format == "json":
        document = {
            "entity": entity,
            "events": [_event_json(e) for e in events],
            "relations": [converter.unstructure(r, Relation) for r in relations],
            "open_questions": [converter.unstructure(q, OpenQuestion) for q in questions],
        }
        return _emit_json(data, document)
    if args.format == "csv":
        return _emit_csv([_event_row(e) for e in events], _EVENT_COLUMNS)
    lines = [f"History of {entity}", "", _events_table(events, _width(args))]
    if questions:
        lines.append("No source links:")
        lines += [f"- {' and '.join(q.between)}: {q.note.text}" for q in questions]
    _print("\n".join(lines).rstrip("\n") + "\n")
    return 0


def _run_timeline(args: argparse.Namespace) -> int:
    data = _dataset(args)
    events = data.timeline(since=args.since, until=args.until, entity=args.entity)
    if args.format == "json":
        return _emit_json(data, {"events": [_event_json(e) for e in events]})
    if args.format == "csv":
        return _emit_csv([_event_row(e) for e in events], _EVENT_COLUMNS)
    _print(_events_table(events, _width(args)))
    return 0


def _run_changes(args: argparse.Namespace) -> int:
    data = _dataset(args)
    found = data.changes(args.before, args.after)
    rows: list[dict[str, Any]] = [
        {
            "entity": c.entity,
            "aspect": c.aspect,
            "before": c.before or "",
            "after": c.after or "",
            "before_certainty": "" if c.before_certainty is None else c.before_certainty.value,
            "after_certainty": "" if c.after_certainty is None else c.after_certainty.value,
            "gained": c.gained,
            "lost": c.lost,
            "sources": c.sources,
        }
        for c in found
    ]
    if args.format == "json":
        document = {
            "from": str(args.before),
            "to": str(args.after),
            "changes": [
                {
                    **{k: v or None for k, v in r.items()},
                    "gained": list(c.gained),
                    "lost": list(c.lost),
                    "sources": list(c.sources),
                }
                for r, c in zip(rows, found, strict=True)
            ],
        }
        return _emit_json(data, document)
    if args.format == "csv":
        return _emit_csv(rows, list(rows[0]) if rows else list(_CHANGE_COLUMNS))
    table = [
        {
            "ENTITY": r["entity"],
            "ASPECT": r["aspect"],
            "BEFORE": f"{r['before']} ({r['before_certainty']})" if r["before"] else ", ".join(r["lost"]),
            "AFTER": f"{r['after']} ({r['after_certainty']})" if r["after"] else ", ".join(r["gained"]),
        }
        for r in rows
    ]
    _print(f"Changes from {args.before} to {args.after}\n\n" + (_table(table, _width(args)) or "No change.\n"))
    return 0


def _run_question_de_ville(args: argparse.Namespace) -> int:
    from .association import QuestionDeVille
    from .converter import converter

    data = _dataset(args)
    association = data.question_de_ville()
    rows = [
        {
            "section": "founded",
            "date": str(c.value),
            "title": association.name,
            "person": "",
            "role": "",
            "sources": c.sources,
        }
        for c in association.foundings
    ]
    for board in association.boards:
        rows += [
            {
                "section": "board",
                "date": "" if board.as_of is None else str(board.as_of),
                "title": board.label,
                "person": m.person,
                "role": m.stated_as or ("" if m.role is None else m.role.label),
                "sources": board.sources,
            }
            for m in board.members
        ]
    rows += [
        {
            "section": "contribution",
            "date": "" if c.date is None else str(c.date),
            "title": c.title,
            "person": "",
            "role": "",
            "sources": c.sources,
        }
        for c in association.contributions
    ]
    if args.format == "json":
        return _emit_json(data, {"question_de_ville": converter.unstructure(association, QuestionDeVille)})
    if args.format == "csv":
        return _emit_csv(rows, list(_QDV_COLUMNS))
    table = [{k.upper(): str(v) for k, v in r.items() if k != "sources"} for r in rows]
    _print(f"{association.name} (founded {association.founded})\n\n" + _table(table, _width(args)))
    return 0


def _run_frameworks(args: argparse.Namespace) -> int:
    from .converter import converter
    from .reference_frameworks import ReferenceFramework

    data = _dataset(args)
    frameworks = data.frameworks()
    rows = [
        {
            "id": f.id,
            "kind": f.kind.value,
            "date": "" if f.date is None else str(f.date),
            "title": f.title,
            "replaces": f.replaces or "",
            "missions": tuple(m.value for m in f.missions),
            "sources": f.sources,
        }
        for f in frameworks
    ]
    if args.format == "json":
        return _emit_json(data, {"frameworks": converter.unstructure(frameworks, tuple[ReferenceFramework, ...])})
    if args.format == "csv":
        return _emit_csv(rows, list(_FRAMEWORK_COLUMNS))
    table = [
        {k.upper(): " ".join(v) if isinstance(v, tuple) else v for k, v in r.items() if k != "sources"} for r in rows
    ]
    _print(_table(table, _width(args)))
    return 0


_EVENT_COLUMNS = ("date", "dated_by", "kind", "entity", "other", "text", "certainty", "rule", "territories", "sources")
_CHANGE_COLUMNS = (
    "entity",
    "aspect",
    "before",
    "after",
    "before_certainty",
    "after_certainty",
    "gained",
    "lost",
    "sources",
)
_QDV_COLUMNS = ("section", "date", "title", "person", "role", "sources")
_FRESHNESS_CENTRE_COLUMNS = ("centre", "last_dated", "last_statement", "sources", "status", "certainty")
_FRESHNESS_COUNT_COLUMNS = ("as_of", "stated", "sources", "data", "difference", "inferred", "unconfirmed")
_FRAMEWORK_COLUMNS = ("id", "kind", "date", "title", "replaces", "missions", "sources")


def _event_json(event: HistoryEvent) -> dict[str, Any]:
    """An event with every field, ``null`` where unset (dates as ISO 8601 partial dates)."""
    return {
        **{k: v or None for k, v in _event_row(event).items() if k not in ("territories", "sources")},
        "basis": event.basis,
        "territories": list(event.territories),
        "sources": list(event.sources),
    }


def _event_row(event: HistoryEvent) -> dict[str, Any]:
    return {
        "date": str(event.date),
        "dated_by": event.dated_by.value,
        "kind": event.kind.value,
        "entity": event.entity,
        "other": event.other or "",
        "text": event.text,
        "certainty": event.certainty.value,
        "rule": "" if event.rule is None else event.rule.value,
        "territories": event.territories,
        "sources": event.sources,
    }


def _event_line(event: HistoryEvent) -> dict[str, str]:
    """An event as a table row: its date marked "by" when only its source dates it, "≥" for an estimate."""
    mark = {DatedBy.EVENT: "", DatedBy.SOURCE: "by ", DatedBy.ESTIMATE: "≥ "}[event.dated_by]
    return {
        "DATE": f"{mark}{event.date}",
        "KIND": event.kind.value,
        "ENTITY": event.entity,
        "EVENT": event.text,
        "CERTAINTY": event.certainty.value,
    }


def _events_table(events: Sequence[HistoryEvent], width: int | None) -> str:
    """The events as a table, with the meaning of the date marks it uses."""
    if not events:
        return "No dated event.\n"
    marks = {e.dated_by for e in events} - {DatedBy.EVENT}
    legend = [f"{'by' if d is DatedBy.SOURCE else '≥'} DATE: {d.label_en}" for d in DatedBy if d in marks]
    return _table([_event_line(e) for e in events], width) + "".join(f"{line}\n" for line in legend)


def _emit_json(data: Dataset, document: dict[str, Any]) -> int:
    """A command's JSON answer, with the data version first."""
    import json

    _print(json.dumps({"data_version": data.version, **document}, ensure_ascii=False, indent=2) + "\n")
    return 0


def _emit_csv(rows: Sequence[Mapping[str, Any]], columns: Sequence[str]) -> int:
    """Rows as CSV by the tables' conventions (lists joined with ``|``, formulas escaped)."""
    from .export import rows_csv

    _print(rows_csv(columns, [tuple(row.get(c) for c in columns) for row in rows]))
    return 0


COMMANDS: tuple[Callable[[_Commands], None], ...] = (
    _add_centres,
    _add_show,
    _add_search,
    _add_export,
    _add_map,
    _add_freshness,
    _add_history,
    _add_timeline,
    _add_changes,
    _add_question_de_ville,
    _add_frameworks,
)
"""The subcommands: each adds its subparser and sets ``run`` (and ``command``) on it."""


def _run_overview(args: argparse.Namespace) -> int:
    from . import rules

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
    width = _width(args)
    _print(_wrapped(lines, width) + "\n" + _table(rows, width))
    return 0


def _run_centres(args: argparse.Namespace) -> int:
    data = _dataset(args)
    selected = _filter(data, args)
    if args.format == "json":
        from .export import table_records
        from .tables import CENTRES, rows_of

        wanted = {c.id for c in selected}
        rows = [row for row in rows_of(CENTRES, data, args.on) if row[0] in wanted]
        on = None if args.on is None else str(args.on)
        return _emit_json(data, {"on": on, "centres": table_records(CENTRES, rows)})
    if args.format == "csv":
        from .export import centres_csv

        _print(centres_csv(selected, dataset=data, on=args.on))
    elif selected:
        _print(_table([_centre_row(data, c, args.on) for c in selected], _width(args)))
    else:
        _print("No centre matches.\n")
        if args.territory is not None and not args.unconfirmed:
            unsure = data.by_territory(args.territory, on=args.on, unconfirmed=True)
            if unsure:
                names = ", ".join(c.id for c in unsure)
                _complain(f"{args.prog}: unconfirmed, not shown: {names} (add --unconfirmed)")
    return 0


def _filter(data: Dataset, args: argparse.Namespace) -> tuple[Centre, ...]:
    """The centres passing every filter given, in the order of :meth:`Dataset.centres`."""
    from . import rules

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
    if args.status is not None:
        kept &= {c.id for c in data.centres() if data.status_on(c, args.on).value is args.status}
    return tuple(c for c in data.centres() if c.id in kept)


def _run_show(args: argparse.Namespace) -> int:
    data = _dataset(args)
    centre = data.centre(args.name)
    if args.format == "json":
        return _emit_json(data, _show_document(data, centre))
    if args.format == "csv":
        from .export import centres_csv

        _print(centres_csv((centre,), dataset=data))
    else:
        _print(_wrapped(_show_lines(data, centre), _width(args)))
    return 0


def _show_document(data: Dataset, centre: Centre) -> dict[str, Any]:
    """The centre's record, with the evidence ``show`` derives: the certainty of each open
    coverage in the latest known state, and the missions and funders with their basis."""
    from . import rules
    from .converter import converter
    from .evidence import FunderEvidence, MissionEvidence
    from .resource_centres import Centre

    coverage = []
    for item in centre.coverage:
        if item.period.is_open:
            certainty, last, rule = rules.coverage_certainty(centre, item, data.today, data.source)
            coverage.append(
                {
                    "territory": item.territory,
                    "certainty": certainty.value,
                    "last_attested": None if last is None else str(last),
                    "rule": None if rule is None else rule.value,
                }
            )
    return {
        "today": str(data.today),
        "centre": converter.unstructure(centre, Centre),
        "latest_coverage": coverage,
        "missions": converter.unstructure(data.missions_of(centre), tuple[MissionEvidence, ...]),
        "funders": converter.unstructure(data.funders_of(centre), tuple[FunderEvidence, ...]),
    }


def _show_lines(data: Dataset, centre: Centre) -> list[str]:
    import attrs

    from .provenance import Claim
    from .resource_centres import Centre

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
    return out


def _run_export(args: argparse.Namespace) -> int:
    from .export import centres_csv, to_json, write_datapackage, write_sqlite
    from .files import write_atomically

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
    from . import rules

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


_PROSE = {
    "NAME",
    "TERRITORIES",
    "LAST STATEMENT",
    "INFERRED",
    "UNCONFIRMED",
    "EVENT",
    "TITLE",
    "BEFORE",
    "AFTER",
    "MISSIONS",
}
"""The table columns cut first to fit a width: names and lists, before codes and statuses."""


def _table(rows: Sequence[dict[str, str]], width: int | None = None) -> str:
    """Rows as a table under a heading and a rule; with a ``width``, its longest cells cut with
    an ellipsis so that each line fits: the prose columns first, then the others, the ID
    column never."""
    if not rows:
        return ""
    columns = list(rows[0])
    widths = {c: max(len(c), *(len(r[c]) for r in rows)) for c in columns}
    if width is not None:
        room = width - 2 * (len(columns) - 1)
        for cut, floor in ((_PROSE, 12), (set(columns) - {"ID"}, 0)):
            while sum(widths.values()) > room:
                over = [c for c in columns if c in cut and widths[c] > max(len(c), floor)]
                if not over:
                    break
                widths[max(over, key=lambda c: widths[c])] -= 1
    lines = ["  ".join(c.ljust(widths[c]) for c in columns)]
    lines.append("  ".join("-" * widths[c] for c in columns))
    lines += ["  ".join(_cut(r[c], widths[c]).ljust(widths[c]) for c in columns) for r in rows]
    return "\n".join(line.rstrip() for line in lines) + "\n"


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _wrapped(lines: Sequence[str], width: int | None) -> str:
    """Lines wrapped to ``width``, each continuation indented two more than its line."""
    if width is None:
        return "\n".join(lines) + "\n"
    out: list[str] = []
    for line in lines:
        indent = " " * (len(line) - len(line.lstrip(" ")) + 2)
        out += textwrap.wrap(line, width, subsequent_indent=indent, break_on_hyphens=False) or [""]
    return "\n".join(out) + "\n"


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
    import attrs

    first = attrs.fields(type(record))[0].name
    return [f"- {_value(getattr(record, first))}", *_details(data, record, shown={first})]


def _coverage(data: Dataset, centre: Centre, coverage: Coverage) -> list[str]:
    from . import rules

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
        lines.append(f"      {_how_sure(evidence)}")
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
        lines.append(f"      {_how_sure(evidence)}")
        funding = records.get((evidence.funder, evidence.detail, evidence.role, evidence.sources))
        if evidence.basis is Basis.CENTRE and funding is not None:
            lines += _fields(funding, {"funder", "body", "role", "sources"}, "      ")
        lines.append(f"      sources: {_sources(data, evidence.sources)}")
    return [[f"- {_value(funder)}", *lines] for funder, lines in grouped.items()]


def _how_sure(evidence: MissionEvidence | FunderEvidence) -> str:
    """How sure a mission or a funder is in the latest known state: "inferred (network-scope), last attested 2016"."""
    rule = f" ({evidence.rule.value})" if evidence.rule is not None else ""
    last = f", last attested {evidence.last_attested}" if evidence.last_attested is not None else ", undated"
    return f"{evidence.certainty.value}{rule} in the latest known state{last}"


def _details(data: Dataset, record: Any, *, shown: set[str]) -> list[str]:
    """A record's fields not yet shown, then its sources (for an editors' note, those it discusses)."""
    from .provenance import Note

    if isinstance(record, Note):
        return [*_fields(record, shown | {"refers_to"}, "    "), f"    refers to: {_sources(data, record.refers_to)}"]
    return [*_fields(record, shown | {"sources"}, "    "), f"    sources: {_sources(data, record.sources)}"]


def _fields(record: Any, shown: set[str], indent: str) -> list[str]:
    """One line for each field of a record that is not in ``shown`` and holds a value."""
    import attrs

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
