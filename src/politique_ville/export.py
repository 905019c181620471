"""Writing the data out: the whole dataset as one JSON object, the centres as JSON or flat CSV.

The JSON goes through the library's one converter, so it reads back exactly (each top-level
key holds what the data file of the same name holds). The CSV has one row per centre and the
columns of :data:`CSV_COLUMNS`: UTF-8, comma-separated, a header row, ``\\n`` line ends, lists
joined with ``;``.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import IO, Any

from . import rules
from .bundle import PARTS
from .converter import converter
from .dataset import Dataset
from .resource_centres import Centre

__all__ = ["CSV_COLUMNS", "centres_csv", "centres_json", "latest_territories", "to_json", "write_centres_csv"]

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


def write_centres_csv(centres: Iterable[Centre], stream: IO[str], *, dataset: Dataset) -> None:
    """Write the centres as CSV (:data:`CSV_COLUMNS`) to a text stream.

    Territory names come from ``dataset``. Open a file for it with ``newline=""`` and
    ``encoding="utf-8"``.
    """
    names = {t.id: t.name for t in dataset.territories()}
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for centre in centres:
        territories = latest_territories(centre)
        writer.writerow(
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


def centres_csv(centres: Iterable[Centre], *, dataset: Dataset) -> str:
    """The centres as CSV text; see :func:`write_centres_csv`."""
    buffer = io.StringIO()
    write_centres_csv(centres, buffer, dataset=dataset)
    return buffer.getvalue()


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"
