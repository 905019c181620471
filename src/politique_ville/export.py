"""Writing the data out: JSON, CSV, a Frictionless data package and an SQLite database.

The JSON goes through the library's one converter, so it reads back exactly (each top-level
key holds what the data file of the same name holds), followed by the tables of
:mod:`politique_ville.tables` at the date asked. The CSV, the data package and the database hold
those tables; every export answers at one date (``on``, by default the latest known state) and
carries the data version.

**CSV.** UTF-8, comma-separated, a header row, ``\\n`` line ends, lists joined with
:data:`~politique_ville.tables.LIST_SEPARATOR` (``|``), booleans ``true``/``false``, an empty
cell for no value. It is quoted as RFC 4180 says, the same on every Python: a cell holding a
comma, a double quote, a CR or an LF is put in double quotes, its double quotes doubled.

**Formulas.** A spreadsheet runs a cell that starts with ``=``, ``+``, ``-`` or ``@`` (or a
tab or CR before one) as a formula. With ``escape_formulas=True`` (the default) such a cell is
written with a single quote before it (``'=1+1``), which spreadsheets show as text, in every
CSV meant for a spreadsheet (:func:`centres_csv`, :func:`table_csv`), whatever folder the data
was read from. The data, the JSON, the SQLite database and the data package (read by programs,
through its Table Schemas) hold the values exactly. Pass ``escape_formulas=False`` for the values
exactly as they are, for a program rather than a spreadsheet.
"""

from __future__ import annotations

import contextlib
import datetime
import io
import json
import os
import re
import stat
from collections.abc import Iterable, Sequence
from typing import IO, Any

from . import __version__, rules
from .bundle import PARTS, read_bytes
from .dataset import Dataset
from .dates import PartialDate
from .files import temporary_beside, write_atomically
from .resource_centres import Centre
from .tables import CENTRES, LIST_SEPARATOR, PARTIAL_DATE, TABLES, Row, Table, rows_of

__all__ = [
    "CSV_COLUMNS",
    "FORMULA_STARTS",
    "centres_csv",
    "centres_json",
    "latest_territories",
    "rows_csv",
    "table_csv",
    "table_records",
    "to_json",
    "write_centres_csv",
    "write_datapackage",
    "write_sqlite",
]

CSV_COLUMNS = CENTRES.column_names
"""The columns of :func:`centres_csv`, in order: those of the ``centres`` table
(:data:`politique_ville.tables.TABLES`)."""


def to_json(dataset: Dataset, *, on: PartialDate | None = None) -> str:
    """The whole dataset as one JSON object, keyed like the parts of a bundle (``"centres"`` ...),
    then ``"tables_on"`` (the date asked, ``null`` for the latest known state) and ``"tables"``:
    each table of :data:`~politique_ville.tables.TABLES` at that date, as a list of objects.

    A ``"data_version"`` key comes first when the dataset has a version, then ``"cog_year"``
    when it states the edition of the Code officiel géographique its territories follow.
    """
    from .converter import converter  # cattrs, imported by the exports that use it

    exported: dict[str, Any] = {}
    if dataset.version is not None:
        exported["data_version"] = dataset.version
    if dataset.cog_year is not None:
        exported["cog_year"] = dataset.cog_year
    for part in PARTS:
        exported[part.name] = converter.unstructure(getattr(dataset, part.name)(), part.kind)
    exported["tables_on"] = None if on is None else str(on)
    exported["tables"] = {table.name: table_records(table, rows_of(table, dataset, on)) for table in TABLES}
    return _dumps(exported)


def centres_json(centres: Iterable[Centre]) -> str:
    """A JSON list of centres, each as in ``centres.json``."""
    from .converter import converter

    return _dumps(converter.unstructure(tuple(centres), tuple[Centre, ...]))


def table_records(table: Table, rows: Iterable[Row]) -> list[dict[str, Any]]:
    """Rows of ``table`` as JSON objects: a list is a JSON array, no value ``null``."""
    names = table.column_names
    return [
        {name: list(value) if isinstance(value, tuple) else value for name, value in zip(names, row, strict=True)}
        for row in rows
    ]


def latest_territories(centre: Centre) -> tuple[str, ...]:
    """The ids of the territories a centre covers in the latest known state (open-ended
    coverage): :func:`politique_ville.rules.territories_on` with no date."""
    return rules.territories_on(centre, None)


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What a cell starts with to be escaped as a formula (see the module documentation)."""

_QUOTED = re.compile('[,"\r\n]')


def _cell(value: object, escape_formulas: bool) -> str:
    """One CSV cell: no value empty, a list joined, booleans in lower case; RFC 4180 quoting,
    and the formula policy."""
    if value is None:
        text = ""
    elif isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, tuple):
        text = LIST_SEPARATOR.join(str(item) for item in value)
    else:
        text = str(value)
    if escape_formulas and text.startswith(FORMULA_STARTS):
        text = "'" + text
    if _QUOTED.search(text):
        return '"' + text.replace('"', '""') + '"'
    return text


def _write_rows(stream: IO[str], names: Sequence[str], rows: Iterable[Row], escape_formulas: bool) -> None:
    stream.write(",".join(_cell(name, escape_formulas) for name in names) + "\n")
    for row in rows:
        stream.write(",".join(_cell(value, escape_formulas) for value in row) + "\n")


def rows_csv(names: Sequence[str], rows: Iterable[Sequence[object]], *, escape_formulas: bool = True) -> str:
    """Rows as CSV text under a header of ``names``, by the conventions of the tables: lists
    (tuples) joined with :data:`~politique_ville.tables.LIST_SEPARATOR`, RFC 4180 quoting, and
    the formula policy (see the module documentation)."""
    buffer = io.StringIO()
    _write_rows(buffer, names, (tuple(row) for row in rows), escape_formulas)
    return buffer.getvalue()


def table_csv(table: Table, dataset: Dataset, *, on: PartialDate | None = None, escape_formulas: bool = True) -> str:
    """One table of :data:`~politique_ville.tables.TABLES` as CSV text, at ``on``."""
    buffer = io.StringIO()
    _write_rows(buffer, table.column_names, rows_of(table, dataset, on), escape_formulas)
    return buffer.getvalue()


def write_centres_csv(
    centres: Iterable[Centre],
    stream: IO[str],
    *,
    dataset: Dataset,
    on: PartialDate | None = None,
    escape_formulas: bool = True,
) -> None:
    """Write the rows of the ``centres`` table (:data:`CSV_COLUMNS`) for the centres given, at
    ``on`` (default: the latest known state), to a text stream.

    Territories and answers come from ``dataset``. Open a file for it with ``newline=""`` and
    ``encoding="utf-8"``. ``escape_formulas``: see the module documentation.
    """
    wanted = {centre.id for centre in centres}
    rows = (row for row in rows_of(CENTRES, dataset, on) if row[0] in wanted)
    _write_rows(stream, CSV_COLUMNS, rows, escape_formulas)


def centres_csv(
    centres: Iterable[Centre], *, dataset: Dataset, on: PartialDate | None = None, escape_formulas: bool = True
) -> str:
    """The centres as CSV text; see :func:`write_centres_csv`."""
    buffer = io.StringIO()
    write_centres_csv(centres, buffer, dataset=dataset, on=on, escape_formulas=escape_formulas)
    return buffer.getvalue()


# -- the data package --------------------------------------------------------------------------

LICENCES = (
    {
        "name": "etalab-2.0",
        "title": "Licence Ouverte / Open Licence version 2.0 (the data)",
        "path": "https://www.etalab.gouv.fr/licence-ouverte-open-licence/",
    },
    {
        "name": "MIT",
        "title": "MIT License (the politique-ville code that writes the package)",
        "path": "https://opensource.org/license/mit",
    },
    {
        "name": "CC-BY-4.0",
        "title": "Creative Commons Attribution 4.0 International (the base map of the departments)",
        "path": "https://creativecommons.org/licenses/by/4.0/",
    },
)
"""The licences a data package names: the data's, the code's and the base map's."""

BASE_MAP = "france.departments.svg"


def table_schema(table: Table) -> dict[str, Any]:
    """The Frictionless Table Schema of a table: its fields, primary key and foreign keys."""
    fields = []
    for column in table.columns:
        field: dict[str, Any] = {"name": column.name, "type": column.type, "description": column.description}
        if column.many:
            field.update(type="list", delimiter=LIST_SEPARATOR, itemType="string")
        constraints: dict[str, Any] = {}
        if column.required:
            constraints["required"] = True
        if column.pattern is not None:
            constraints["pattern"] = column.pattern.strip("^$")
        if column.values:
            constraints["enum"] = list(column.values)
        if constraints:
            field["constraints"] = constraints
        fields.append(field)
    schema: dict[str, Any] = {"fields": fields, "missingValues": [""]}
    if table.primary_key:
        schema["primaryKey"] = list(table.primary_key)
    if table.foreign_keys:
        schema["foreignKeys"] = [
            {
                "fields": list(key.columns),
                "reference": {"resource": "" if key.table == table.name else key.table, "fields": list(key.references)},
            }
            for key in table.foreign_keys
        ]
    return schema


def datapackage(dataset: Dataset, *, on: PartialDate | None = None, created: str | None = None) -> dict[str, Any]:
    """The ``datapackage.json`` descriptor of :func:`write_datapackage`."""
    bundled = json.loads(read_bytes("datapackage.json"))
    map_resource = next(r for r in bundled["resources"] if r["path"] == BASE_MAP)
    resources = [
        {
            "name": table.name,
            "path": f"{table.name}.csv",
            "type": "table",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "title": table.title,
            "description": table.description,
            "dialect": {"delimiter": ",", "quoteChar": '"', "header": True},
            "schema": table_schema(table),
        }
        for table in TABLES
    ]
    when = "the latest known state" if on is None else str(on)
    return {
        "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
        "name": bundled["name"],
        "title": bundled["title"],
        "description": f"{bundled['description']} These tables answer at {when}; the JSON files of the "
        f"library's bundle hold every date. Lists in a cell are joined with {LIST_SEPARATOR!r}.",
        "version": dataset.version or "",
        "created": created or datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0).isoformat(),
        "keywords": bundled["keywords"],
        "licenses": list(LICENCES),
        "sources": bundled["sources"],
        "politique_ville": {
            "api_version": __version__,
            "data_version": dataset.version,
            "cog_year": dataset.cog_year,
            "on": when,
        },
        "resources": [*resources, map_resource],
    }


def write_datapackage(
    folder: str | os.PathLike[str],
    dataset: Dataset,
    *,
    on: PartialDate | None = None,
    escape_formulas: bool = False,
) -> None:
    """Write each table as ``<name>.csv``, the base map, and ``datapackage.json`` into ``folder``
    (created if missing), every file written atomically; the descriptor is written last.

    The package is for programs, which read it by its Table Schemas, so its cells hold the
    values exactly (an E.164 phone starts with ``+``); pass ``escape_formulas=True`` for CSVs
    meant for a spreadsheet (see the module documentation)."""
    os.makedirs(folder, exist_ok=True)
    for table in TABLES:
        text = table_csv(table, dataset, on=on, escape_formulas=escape_formulas)
        write_atomically(os.path.join(folder, f"{table.name}.csv"), text)
    write_atomically(os.path.join(folder, BASE_MAP), read_bytes(BASE_MAP).decode("utf-8"))
    write_atomically(os.path.join(folder, "datapackage.json"), _dumps(datapackage(dataset, on=on)))


# -- SQLite --------------------------------------------------------------------------------------

_SQL_TYPES = {"string": "TEXT", "integer": "INTEGER", "boolean": "INTEGER", "number": "REAL"}


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def create_statements(table: Table) -> list[str]:
    """The SQL that creates a table of :data:`~politique_ville.tables.TABLES` and its indexes."""
    lines = []
    for column in table.columns:
        line = f"{_quoted(column.name)} {_SQL_TYPES[column.type]}" + (" NOT NULL" if column.required else "")
        if column.type == "boolean":
            line += f" CHECK ({_quoted(column.name)} IN (0, 1))"
        elif column.pattern == PARTIAL_DATE:
            line += f" CHECK ({_quoted(column.name)} GLOB '[0-9][0-9][0-9][0-9]*')"
        lines.append(line)
    if table.primary_key:
        lines.append(f"PRIMARY KEY ({', '.join(map(_quoted, table.primary_key))})")
    for key in table.foreign_keys:
        columns, references = ", ".join(map(_quoted, key.columns)), ", ".join(map(_quoted, key.references))
        lines.append(f"FOREIGN KEY ({columns}) REFERENCES {_quoted(key.table)} ({references})")
    body = ",\n  ".join(lines)
    statements = [f"CREATE TABLE {_quoted(table.name)} (\n  {body}\n)"]
    for index in table.indexes:
        name = _quoted(f"{table.name}_by_{'_'.join(index)}")
        statements.append(f"CREATE INDEX {name} ON {_quoted(table.name)} ({', '.join(map(_quoted, index))})")
    return statements


def write_sqlite(path: str | os.PathLike[str], dataset: Dataset, *, on: PartialDate | None = None) -> None:
    """Write every table, with its keys and indexes, into a new SQLite database at ``path``,
    and a ``metadata`` table (key, value): the data and API versions, the year of the Code
    officiel géographique, the date answered, the list separator, the licences. The database
    is built beside ``path`` and renamed over it once complete, so an existing file is replaced
    whole, its permissions kept, or left as it was."""
    import sqlite3

    target = os.fspath(path)
    temporary = temporary_beside(target)
    try:
        mode: int | None = stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        mode = None
    try:
        connection = sqlite3.connect(temporary)
        try:
            with connection:
                connection.execute("PRAGMA foreign_keys = ON")
                connection.execute("CREATE TABLE metadata (key TEXT PRIMARY KEY, value TEXT)")
                connection.executemany("INSERT INTO metadata VALUES (?, ?)", _metadata(dataset, on))
                for table in TABLES:
                    for statement in create_statements(table):
                        connection.execute(statement)
                    marks = ", ".join("?" * len(table.columns))
                    connection.executemany(
                        f"INSERT INTO {_quoted(table.name)} VALUES ({marks})",
                        (tuple(map(_sql_value, row)) for row in rows_of(table, dataset, on)),
                    )
                problems = connection.execute("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise ValueError(f"the tables break their foreign keys: {problems[:3]}")
        finally:
            connection.close()
        if mode is not None:
            os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _metadata(dataset: Dataset, on: PartialDate | None) -> list[tuple[str, str | None]]:
    return [
        ("data_version", dataset.version),
        ("api_version", __version__),
        ("cog_year", None if dataset.cog_year is None else str(dataset.cog_year)),
        ("on", None if on is None else str(on)),
        ("today", str(dataset.today)),
        ("list_separator", LIST_SEPARATOR),
        *((f"licence_{i}", f"{licence['name']}: {licence['title']}") for i, licence in enumerate(LICENCES, 1)),
    ]


def _sql_value(value: object) -> object:
    """A cell as SQLite stores it: a list joined (an empty one ``NULL``), a boolean 0 or 1."""
    if isinstance(value, tuple):
        return LIST_SEPARATOR.join(str(item) for item in value) if value else None
    if isinstance(value, bool):
        return int(value)
    return value


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"
