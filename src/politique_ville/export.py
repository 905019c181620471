"""Writing the data out: the whole dataset as one JSON object, the centres as JSON or flat CSV.

The JSON goes through the library's one converter, so it reads back exactly (each top-level
key holds what the data file of the same name holds). The CSV has one row per centre and the
columns of :data:`CSV_COLUMNS`: UTF-8, comma-separated, a header row, ``\\n`` line ends, lists
joined with ``;``. It is quoted as RFC 4180 says, the same on every Python: a cell holding a
comma, a double quote, a CR or an LF is put in double quotes, its double quotes doubled.

**Formulas.** A spreadsheet runs a cell that starts with ``=``, ``+``, ``-`` or ``@`` (or a
tab or CR before one) as a formula. With ``escape_formulas=True`` (the default) such a cell is
written with a single quote before it (``'=1+1``), which spreadsheets show as text; the CSV
only: the data and the JSON are never changed. Pass ``escape_formulas=False`` for the values
exactly as they are, for a program rather than a spreadsheet.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterable
from typing import IO, Any

from . import rules
from .bundle import PARTS
from .converter import converter
from .dataset import Dataset
from .resource_centres import Centre

__all__ = [
    "CSV_COLUMNS",
    "FORMULA_STARTS",
    "centres_csv",
    "centres_json",
    "latest_territories",
    "to_json",
    "write_centres_csv",
]

CSV_COLUMNS = (
    "id",
    "name",
    "acronym",
    "founded",
    "legal_form",
    "status",
    "website",
    "phone",
    "email",
    "territories",
    "territory_names",
    "names",
    "sources",
)
"""The columns of :func:`centres_csv`, in order: the preferred values, then the territories of
the latest known state (ids and names), every known name and every source id."""


def to_json(dataset: Dataset) -> str:
    """The whole dataset as one JSON object, keyed like the parts of a bundle (``"centres"`` ...).

    A ``"data_version"`` key comes first when the dataset has a version.
    """
    exported: dict[str, Any] = {}
    if dataset.version is not None:
        exported["data_version"] = dataset.version
    for part in PARTS:
        exported[part.name] = converter.unstructure(getattr(dataset, part.name)(), part.kind)
    return _dumps(exported)


def centres_json(centres: Iterable[Centre]) -> str:
    """A JSON list of centres, each as in ``centres.json``."""
    return _dumps(converter.unstructure(tuple(centres), tuple[Centre, ...]))


def latest_territories(centre: Centre) -> tuple[str, ...]:
    """The ids of the territories a centre covers in the latest known state (open-ended
    coverage): :func:`politique_ville.rules.territories_on` with no date."""
    return rules.territories_on(centre, None)


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What a cell starts with to be escaped as a formula (see the module documentation)."""

_QUOTED = re.compile('[,"\r\n]')


def _cell(value: object, escape_formulas: bool) -> str:
    """One CSV cell: RFC 4180 quoting, and the formula policy."""
    text = str(value)
    if escape_formulas and text.startswith(FORMULA_STARTS):
        text = "'" + text
    if _QUOTED.search(text):
        return '"' + text.replace('"', '""') + '"'
    return text


def write_centres_csv(
    centres: Iterable[Centre], stream: IO[str], *, dataset: Dataset, escape_formulas: bool = True
) -> None:
    """Write the centres as CSV (:data:`CSV_COLUMNS`) to a text stream.

    Territory names come from ``dataset``. Open a file for it with ``newline=""`` and
    ``encoding="utf-8"``. ``escape_formulas``: see the module documentation.
    """
    names = {t.id: t.name for t in dataset.territories()}

    def write(row: Iterable[object]) -> None:
        stream.write(",".join(_cell(value, escape_formulas) for value in row) + "\n")

    write(CSV_COLUMNS)
    for centre in centres:
        territories = latest_territories(centre)
        write(
            (
                centre.id,
                centre.name,
                centre.acronym or "",
                "" if centre.founded is None else centre.founded,
                "" if centre.legal_form is None else centre.legal_form.value,
                centre.status.value,
                centre.website or "",
                centre.phone or "",
                centre.email or "",
                ";".join(territories),
                ";".join(names.get(t, t) for t in territories),
                ";".join(dict.fromkeys(claim.value for claim in centre.names)),
                ";".join(centre.sources),
            )
        )


def centres_csv(centres: Iterable[Centre], *, dataset: Dataset, escape_formulas: bool = True) -> str:
    """The centres as CSV text; see :func:`write_centres_csv`."""
    buffer = io.StringIO()
    write_centres_csv(centres, buffer, dataset=dataset, escape_formulas=escape_formulas)
    return buffer.getvalue()


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"
