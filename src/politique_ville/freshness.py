"""The freshness report: how old the evidence behind each centre is, and the network's counts
set against the data.

For each centre, its last dated statement (of any field), what it says, and the certainty of
its status at the latest known state. Beside it, each dated count of centres that a source
gives, against the number of centres the data has covering something at that date, with the
difference broken down rather than hidden.
"""

from __future__ import annotations

from typing import Any

from attrs import frozen

from . import rules
from .certainty import evidence_span
from .dataset import Dataset
from .dates import PartialDate
from .provenance import Claim
from .resource_centres import Coverage
from .vocabulary import Certainty, DatedBy, Status

__all__ = ["CentreFreshness", "CountCheck", "centre_freshness", "count_checks", "covering_at"]


@frozen(kw_only=True)
class CentreFreshness:
    """A centre's last dated statement and its status today, with how sure it is."""

    centre: str
    name: str
    last_dated: PartialDate | None
    last_statement: str | None
    last_sources: tuple[str, ...]
    status: str | None
    certainty: Certainty


@frozen(kw_only=True)
class CountCheck:
    """A dated count of centres against the data at that date."""

    as_of: PartialDate
    stated: int
    sources: tuple[str, ...]
    covering: tuple[str, ...]
    inferred: tuple[str, ...]
    unconfirmed: tuple[str, ...]
    dated_by: DatedBy = DatedBy.EVENT

    @property
    def difference(self) -> int:
        """The data's number (attested and inferred) less the stated count."""
        return len(self.covering) - self.stated


def centre_freshness(dataset: Dataset) -> tuple[CentreFreshness, ...]:
    """One row per centre, by id."""
    rows = []
    for centre in dataset.centres():
        latest: tuple[PartialDate, str, tuple[str, ...]] | None = None
        labelled: list[tuple[str, Claim[Any] | Coverage]] = [
            *(("named", c) for c in centre.names),
            *(("status", c) for c in centre.statuses),
            *(("says", c) for c in centre.statements),
            *(("covers", c) for c in centre.coverage),
        ]
        for label, record in labelled:
            sources = record.sources
            if isinstance(record, Coverage):
                span = record.attested or evidence_span(sources, dataset.source)
            else:
                span = evidence_span(sources, dataset.source, period=record.period, as_of=record.as_of)
            if span is not None and span.end is not None and (latest is None or span.end.latest() > latest[0].latest()):
                latest = (span.end, _describe(label, record), sources)
        status = dataset.status_on(centre)
        rows.append(
            CentreFreshness(
                centre=centre.id,
                name=centre.name,
                last_dated=None if latest is None else latest[0],
                last_statement=None if latest is None else latest[1],
                last_sources=() if latest is None else latest[2],
                status=None if status.value is None else status.value.value,
                certainty=status.certainty,
            )
        )
    return tuple(rows)


def count_checks(dataset: Dataset, *, source_dated: bool = False) -> tuple[CountCheck, ...]:
    """One row per count of the network dated by its own ``as_of``, oldest first; with
    ``source_dated``, also the counts dated only by their sources (their date, else the earliest
    bound of their estimate, as ``dated_by`` says), so every count that anything dates."""
    from .history import SourceDating

    dating = SourceDating(dataset.source)
    checks = []
    for count in dataset.network().centre_counts:
        found = dating.when(count.as_of, count.sources, observed=True)
        if found is None or (count.as_of is None and not source_dated):
            continue
        when, dated_by = found
        graded = covering_at(dataset, when)
        checks.append(
            CountCheck(
                as_of=when,
                stated=count.count,
                sources=count.sources,
                covering=tuple(c for c, g in graded.items() if g is not Certainty.UNCONFIRMED),
                inferred=tuple(c for c, g in graded.items() if g is Certainty.INFERRED),
                unconfirmed=tuple(c for c, g in graded.items() if g is Certainty.UNCONFIRMED),
                dated_by=DatedBy.EVENT if count.as_of is not None else dated_by,
            )
        )
    return tuple(
        sorted(checks, key=lambda c: (c.as_of.year, c.as_of.month or 0, c.as_of.day or 0))
    )  # a year heads its year


def covering_at(dataset: Dataset, when: PartialDate) -> dict[str, Certainty]:
    """The centres covering something at ``when`` (any time within it), by id, each with the
    certainty of its most certain coverage then."""
    graded: dict[str, Certainty] = {}
    for centre in dataset.centres():
        for coverage in centre.coverage:
            if coverage.period.contains(when):
                certainty, _, _ = rules.coverage_certainty(centre, coverage, when, dataset.source)
                best = graded.get(centre.id)
                if best is None or _rank(certainty) < _rank(best):
                    graded[centre.id] = certainty
    return graded


def _rank(certainty: Certainty) -> int:
    return (Certainty.ATTESTED, Certainty.INFERRED, Certainty.UNCONFIRMED, Certainty.UNKNOWN).index(certainty)


def _describe(label: str, record: Claim[Any] | Coverage) -> str:
    """What a statement says, in a few words: "status: active", "covers dep-93"..."""
    if isinstance(record, Coverage):
        return f"covers {record.territory}"
    value = record.value
    return f"{label}: {value.value if isinstance(value, Status) else value}"
