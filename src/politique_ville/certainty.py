"""The inference policy: how sure a time-dependent answer is.

A source states a fact as of its own date. An answer for another date is *attested* when a
source holding at that date states it, *inferred* when a named :class:`~politique_ville.Rule`
carries it there, and *unconfirmed* when its last dated statement is older than the freshness
horizon. The data guide's "Inference policy" section says where each rule applies.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable

from . import FRESHNESS_YEARS
from .dates import PartialDate, Period
from .provenance import Source
from .vocabulary import Certainty, Rule

__all__ = ["FRESHNESS_YEARS", "evidence_span", "freshness", "grade", "reference_date"]


def reference_date(version: str | None) -> PartialDate:
    """The date of the latest known state: the data version's date (``YYYY.MM.DD``), else today."""
    try:
        year, month, day = (int(part) for part in (version or "").split("."))
        return PartialDate.from_date(datetime.date(year, month, day))
    except ValueError:
        return PartialDate.from_date(datetime.date.today())


def evidence_span(
    sources: Iterable[str],
    source: Callable[[str], Source],
    *,
    period: Period | None = None,
    as_of: PartialDate | None = None,
) -> Period | None:
    """When a statement was made or holds, as its evidence dates it: its own closed period,
    its ``as_of``, else its sources' dates or date estimates; ``None`` when nothing dates it."""
    if period is not None and period.start is not None and period.end is not None:
        return period
    if as_of is not None:
        start = period.start if period is not None and period.start else None
        return Period(start=start if start is not None and start.earliest() <= as_of.latest() else as_of, end=as_of)
    dates = []
    for source_id in sources:
        when = source(source_id).when
        if when is not None:
            dates += [d for d in (when.start, when.end) if d is not None]
    if period is not None and period.end is not None:
        return Period(start=period.end, end=period.end)
    if period is not None and period.start is not None:
        # "since <start>", stated by its sources: it holds from the start to their latest date.
        later = [d for d in dates if d.latest() > period.start.latest()]
        return Period(start=period.start, end=max(later, key=PartialDate.latest) if later else period.start)
    if not dates:
        return None
    return Period(start=min(dates, key=PartialDate.earliest), end=max(dates, key=PartialDate.latest))


def freshness(last: PartialDate | None, when: PartialDate, horizon: int = FRESHNESS_YEARS) -> Certainty:
    """Inferred when ``last`` is at most ``horizon`` years before ``when``, unconfirmed when older
    or unknown. Both are read to the answer's disadvantage: ``last`` at its first day ("2016"
    as 1 January 2016), ``when`` at its last."""
    if last is None:
        return Certainty.UNCONFIRMED
    day = last.earliest()
    try:
        limit = day.replace(year=day.year + horizon)
    except ValueError:  # 29 February, in a year that has none
        limit = datetime.date(day.year + horizon, 3, 1)
    return Certainty.INFERRED if when.latest() <= limit else Certainty.UNCONFIRMED


def grade(
    span: Period | None, when: PartialDate, horizon: int = FRESHNESS_YEARS, *, ends: PartialDate | None = None
) -> tuple[Certainty, PartialDate | None, Rule | None] | None:
    """How sure a statement whose evidence spans ``span`` is at ``when``: its certainty, its last
    attestation and the rule that carries it there.

    Attested while its span holds; after it, carried on by the continuity rule (see
    :func:`freshness`), but never past ``ends``, the end of its own period; unknown when nothing
    dates it. ``None`` when the statement says nothing of ``when``: it is made only later, or
    its period ended before.
    """
    if span is None or span.end is None:
        return Certainty.UNKNOWN, None, None
    if span.contains(when):
        return Certainty.ATTESTED, span.end, None
    if span.end.latest() >= when.earliest() or (ends is not None and ends.latest() < when.earliest()):
        return None
    return freshness(span.end, when, horizon), span.end, Rule.CONTINUITY
