"""Write ``tests/snapshots/history.json``: the whole timeline and the changes between chosen dates.

The snapshot holds every event of :meth:`politique_ville.Dataset.timeline` as the converter
writes it (date, what dates it, kind, entity, text, certainty, rule, basis, territories,
sources), then, for each pair of :data:`CHANGES`, what :meth:`politique_ville.Dataset.changes`
answers. ``tests/test_history.py`` builds it again from the data and fails when it differs from
the committed file, so an event that vanishes, moves to another date, loses a source or a
certainty, or a change that is no longer seen, cannot go unnoticed. After changing the data or
the history rules on purpose, from the repository's root::

    python scripts/snapshot_history.py

then review ``git diff tests/snapshots/history.json`` (every line should be a change you meant)
and commit it with the change.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import politique_ville as pv
from politique_ville.converter import converter
from politique_ville.history import Change, HistoryEvent

SNAPSHOT = Path(__file__).resolve().parents[1] / "tests" / "snapshots" / "history.json"
"""Where the snapshot is committed."""

CHANGES = (
    ("1995", "2008"),
    ("2005", "2012"),
    ("2012", "2016-06"),
    ("2014", "2021"),
    ("2016", "2026"),
    ("2021", "1990"),
)
"""The pairs of dates whose changes the snapshot keeps: before and after the DIV's resource
centre, the 2016 region reform, the CGET and the ANCT, the latest state, and back to before
the network had an animator."""


def snapshot(dataset: pv.Dataset) -> dict[str, Any]:
    """The timeline of ``dataset`` and its changes between each pair of :data:`CHANGES`."""
    return {
        "timeline": converter.unstructure(dataset.timeline(), tuple[HistoryEvent, ...]),
        "changes": {
            f"{before} → {after}": converter.unstructure(dataset.changes(before, after), tuple[Change, ...])
            for before, after in CHANGES
        },
    }


def render(history: dict[str, Any]) -> str:
    """The snapshot as committed: UTF-8 text, two-space indent, a final newline."""
    return json.dumps(history, ensure_ascii=False, indent=2) + "\n"


def main() -> int:
    """Write the snapshot of the bundled data to :data:`SNAPSHOT`."""
    history = snapshot(pv.load())
    SNAPSHOT.write_text(render(history), encoding="utf-8", newline="\n")
    changes = sum(len(found) for found in history["changes"].values())
    print(f"{SNAPSHOT}: {len(history['timeline'])} events, {changes} changes between {len(CHANGES)} pairs of dates")
    return 0


if __name__ == "__main__":
    sys.exit(main())
