"""Warm queries on the bundled data, in pyperf workers; each runs once before it is timed.

pyperf's options apply (``-o FILE``, ``--rigorous``, ``--fast``; ``--quick`` is ``--fast``).
"""

from __future__ import annotations

import contextlib
import sys

import pyperf

import politique_ville as pv

SOURCE = pv.sources()[0].id


def misspelt() -> None:
    with contextlib.suppress(LookupError):  # the error carries the suggestions, computed each call
        pv.centre("Profesion Banlieu")


QUERIES = {
    "by_territory('93')": lambda: pv.by_territory("93"),
    "centre('cr-dsu')": lambda: pv.centre("cr-dsu"),
    "centre('Profesion Banlieu') (misspelt)": misspelt,
    "by_founding_year(since=1995, until=2005)": lambda: pv.by_founding_year(since=1995, until=2005),
    "by_mission('qualification')": lambda: pv.by_mission("qualification"),
    "by_funder('etat')": lambda: pv.by_funder("etat"),
    f"source({SOURCE!r})": lambda: pv.source(SOURCE),
}

if __name__ == "__main__":
    sys.argv = ["--fast" if arg == "--quick" else arg for arg in sys.argv]
    runner = pyperf.Runner()
    for name, query in QUERIES.items():
        query()
        runner.bench_func(name, query)
