"""Write ``tests/snapshots/facts.json``: where each research fact is encoded in the bundled data.

A record that was encoded from research facts names them in its ``facts`` (``["r0104"]``). The
snapshot maps each fact id so cited to the places it is encoded, sorted: the part of the
dataset (a name of :data:`politique_ville.bundle.PARTS`), the JSON path of the record from
the root of that part as the dataset returns it (``centres()`` is sorted by id, so ``$[2]`` is
the third centre by id, not the third of the file), the record class, a short value (the
record's first field as its file writes it) and the record's source ids::

    "r0005": [
      {"part": "centres", "path": "$[2].foundings[0]", "record": "Claim", "value": "1993",
       "sources": ["002_b4e078211863d438", "003_bebbd0276ba87a48", ...]}
    ]

``tests/test_research.py`` builds the snapshot again from the data and fails when it differs
from the committed file, so a fact that vanishes, loses its source or moves to another record
cannot go unnoticed. After changing the data on purpose, from the repository's root, in the
development install (``pip install -e .``)::

    python scripts/snapshot_facts.py

then review ``git diff tests/snapshots/facts.json``: every line of it should be a change you
meant, and commit it with the data. The script walks every part of :data:`politique_ville.bundle.PARTS`
with :func:`politique_ville.kinds.walk`, so a new part or record class needs no change here.
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs

import politique_ville as pv
from politique_ville.bundle import PARTS
from politique_ville.converter import converter
from politique_ville.kinds import walk

SNAPSHOT = Path(__file__).resolve().parents[1] / "tests" / "snapshots" / "facts.json"
"""Where the snapshot is committed."""

WIDTH = 60
"""How many characters of a record's value the snapshot keeps."""

Place = dict[str, Any]


def encoded(dataset: pv.Dataset) -> Iterator[tuple[str, str, Any]]:
    """``(part, JSON path, record)`` for every record of ``dataset`` that cites a research fact."""
    for part in PARTS:
        for path, record in walk(getattr(dataset, part.name)()):
            if getattr(record, "facts", ()):
                yield part.name, path, record


def short_value(record: Any) -> str:
    """The record's first field that its file writes (fields left at their default are not
    written), on one line and cut to :data:`WIDTH` characters."""
    written = converter.unstructure(record)
    value = next(written[field.name] for field in attrs.fields(type(record)) if field.name in written)
    text = " ".join((value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)).split())
    return text if len(text) <= WIDTH else text[: WIDTH - 1] + "…"


def _order(place: Place) -> tuple[Any, ...]:
    """Sorts places by part, then by JSON path with its indexes as numbers (``$[2]`` before ``$[10]``)."""
    steps = re.split(r"(\d+)", place["path"])  # text, number, text, number... text
    return (place["part"], [int(step) if i % 2 else step for i, step in enumerate(steps)])


def snapshot(dataset: pv.Dataset) -> dict[str, list[Place]]:
    """Each research fact cited in ``dataset`` -> the sorted places it is encoded."""
    places: dict[str, list[Place]] = defaultdict(list)
    for part, path, record in encoded(dataset):
        place = {
            "part": part,
            "path": path,
            "record": type(record).__name__,
            "value": short_value(record),
            "sources": list(record.refers_to if isinstance(record, pv.Note) else record.sources),
        }
        for fact in record.facts:
            places[fact].append(place)
    return {fact: sorted(found, key=_order) for fact, found in sorted(places.items())}


def render(facts: dict[str, list[Place]]) -> str:
    """The snapshot as committed: sorted keys, UTF-8 text, two-space indent, a final newline."""
    return json.dumps(facts, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def main() -> int:
    """Write the snapshot of the bundled data to :data:`SNAPSHOT`."""
    facts = snapshot(pv.load())
    SNAPSHOT.parent.mkdir(parents=True, exist_ok=True)
    SNAPSHOT.write_text(render(facts), encoding="utf-8", newline="\n")
    count = sum(len(found) for found in facts.values())
    print(f"{SNAPSHOT}: {len(facts)} facts in {count} places")
    return 0


if __name__ == "__main__":
    sys.exit(main())
