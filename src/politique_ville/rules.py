"""What the sources imply, worked out on records: the domain rules every answer shares.

The queries of :class:`~politique_ville.Dataset`, the command line, the exports and the maps
all call these functions rather than work the rules out themselves.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

from .certainty import FRESHNESS_YEARS, evidence_span, freshness
from .dates import PartialDate, Period
from .errors import InvalidValueError
from .evidence import Answer, FunderEvidence, MissionEvidence
from .national_network import Animator, CentreCount, Network
from .provenance import Claim, Source
from .reference_frameworks import ReferenceFramework
from .resource_centres import Centre, Coverage
from .vocabulary import Basis, Certainty, FunderScope, LegalForm, Rule, Status

__all__ = [
    "DATED_FIELDS",
    "claims_of",
    "coverage_certainty",
    "funders_of",
    "in_network",
    "latest_animator",
    "latest_count",
    "missions_of",
    "name_on",
    "status_on",
    "territories_on",
    "value_on",
]

T = TypeVar("T", CentreCount, Animator)
V = TypeVar("V")
SourceOf = Callable[[str], Source]


def status_on(centre: Centre, when: PartialDate, source: SourceOf, horizon: int = FRESHNESS_YEARS) -> Answer[Status]:
    """The centre's status at ``when``, from its dated status claims (see :func:`value_on`)."""
    return value_on(centre.statuses, when, source, horizon)


def name_on(centre: Centre, when: PartialDate, source: SourceOf, horizon: int = FRESHNESS_YEARS) -> Answer[str]:
    """The centre's name at ``when``, from its dated name claims; never a name before it is attested."""
    return value_on(centre.names, when, source, horizon)


DATED_FIELDS = ("name", "acronym", "legal_form", "status", "website", "phone", "email", "head_office")
"""The fields of a centre whose claims :func:`value_on` answers at a date (each the singular of
the centre's field of claims: ``"website"`` for ``websites``)."""


def claims_of(centre: Centre, field: str) -> tuple[Claim[Any], ...]:
    """The claims behind one of a centre's :data:`DATED_FIELDS`."""
    if field not in DATED_FIELDS:
        raise InvalidValueError(f"no dated field {field!r}; the dated fields are {', '.join(DATED_FIELDS)}")
    claims: tuple[Claim[Any], ...] = getattr(centre, "statuses" if field == "status" else f"{field}s")
    return claims


def value_on(
    claims: Iterable[Claim[V]], when: PartialDate, source: SourceOf, horizon: int = FRESHNESS_YEARS
) -> Answer[V]:
    """The value the claims give at ``when``, with how sure it is.

    Attested: a claim whose evidence (its period, its ``as_of``, else its sources' dates) holds
    at ``when`` says so (the latest-ending such claim). Otherwise the latest claim attested
    before ``when`` carries on by the continuity rule: inferred within the freshness horizon,
    unconfirmed beyond. Unknown (value ``None``) when no claim is attested at or before
    ``when``. Deprecated claims never answer.
    """
    dated = [
        (claim, span)
        for claim in claims
        if claim.deprecated is None
        for span in (evidence_span(claim.sources, source, period=claim.period, as_of=claim.as_of),)
        if span is not None and span.end is not None
    ]
    holding = [(claim, span) for claim, span in dated if span.contains(when)]
    if holding:
        claim, span = _latest_span(holding)
        return Answer(value=claim.value, certainty=Certainty.ATTESTED, last_attested=span.end, sources=claim.sources)
    before = [(claim, span) for claim, span in dated if _ends_before(span, when)]
    if not before:
        return Answer(value=None, certainty=Certainty.UNKNOWN)
    claim, span = _latest_span(before)
    return Answer(
        value=claim.value,
        certainty=freshness(span.end, when, horizon),
        last_attested=span.end,
        rule=Rule.CONTINUITY,
        sources=claim.sources,
    )


def coverage_certainty(
    centre: Centre, coverage: Coverage, when: PartialDate, source: SourceOf, horizon: int = FRESHNESS_YEARS
) -> tuple[Certainty, PartialDate | None, Rule | None]:
    """How sure a coverage is at ``when`` (a date within its period): the certainty, the date
    of the latest statement it rests on, and the rule that infers it.

    Attested inside its ``attested`` span. Before that span, inferred by the founding-start
    rule. After it, or with no dated statement, the continuity rule: the perimeter holds while
    the statements about it, or the centre's dated statements that it is active, are within the
    freshness horizon, or while a later one follows; unconfirmed otherwise.
    """
    attested = coverage.attested
    if attested is not None and attested.contains(when):
        return Certainty.ATTESTED, attested.end or attested.start, None
    if attested is not None and attested.start is not None and when.latest() < attested.start.earliest():
        return Certainty.INFERRED, None, Rule.FOUNDING_START
    spans = [attested] if attested is not None else []
    spans += [s for s in (evidence_span(coverage.sources, source),) if s is not None]
    spans += [
        span
        for claim in centre.statuses
        if claim.value is Status.ACTIVE and claim.deprecated is None
        for span in (evidence_span(claim.sources, source, period=claim.period, as_of=claim.as_of),)
        if span is not None
    ]
    # Statements made by ``when`` (one whose span reaches it counts), and whether one follows.
    made = [span.end or span.start for span in spans if span.start is None or span.start.earliest() <= when.latest()]
    known = [end for end in made if end is not None]
    if not known:
        return Certainty.INFERRED, None, Rule.FOUNDING_START
    last = max(known, key=PartialDate.latest)
    later = any(span.start is not None and span.start.earliest() > when.latest() for span in spans)
    certainty = Certainty.INFERRED if later else freshness(last, when, horizon)
    return certainty, last, Rule.CONTINUITY


def _latest_span(found: list[tuple[Claim[V], Period]]) -> tuple[Claim[V], Period]:
    """The pair whose span ends last (the first listed among equals)."""
    best = found[0]
    for pair in found[1:]:
        if _end(pair[1]) > _end(best[1]):
            best = pair
    return best


def _end(span: Period) -> datetime.date:
    assert span.end is not None
    return span.end.latest()


def _ends_before(span: Period, when: PartialDate) -> bool:
    return span.end is not None and span.end.latest() < when.earliest()


def in_network(centre: Centre) -> bool:
    """Whether network-wide statements hold for ``centre``: those that have operated do, a
    centre in preparation does not."""
    return centre.status is not Status.IN_PREPARATION


def missions_of(
    centre: Centre, frameworks: Iterable[ReferenceFramework], network: Network, source: SourceOf
) -> tuple[MissionEvidence, ...]:
    """A centre's missions: those a source about the centre shows, then the missions of the
    national frameworks and of the network's non-optional specificities, each with its date,
    for a centre of the network that existed at that date (see :func:`existed`)."""
    evidence = [
        MissionEvidence(mission=claim.value, basis=Basis.CENTRE, sources=claim.sources, detail=claim.note)
        for claim in centre.missions
    ]
    if not in_network(centre):
        return tuple(evidence)
    statements = [(f.missions, f.title, f.sources, f.date) for f in frameworks]
    statements += [(s.missions, s.text, s.sources, None) for s in network.specificities if not s.optional]
    for missions, detail, sources, date in statements:
        when = date or _stated(sources, source)
        if existed(centre, when):
            evidence += [
                MissionEvidence(mission=m, basis=Basis.NETWORK, sources=sources, detail=detail, as_of=when)
                for m in missions
            ]
    return tuple(evidence)


def funders_of(centre: Centre, network: Network, source: SourceOf) -> tuple[FunderEvidence, ...]:
    """A centre's funders: those a source about the centre names, then, for a centre of the
    network that existed at the statement's date, the funders of the network-wide statements
    whose scope covers it (all centres, or the GIPs for a GIP). A tendency ("principalement")
    or "selon les cas" names no centre in particular, and is never attributed."""
    evidence = [
        FunderEvidence(funder=f.funder, basis=Basis.CENTRE, sources=f.sources, role=f.role, detail=f.body)
        for f in centre.funding
    ]
    if in_network(centre):
        for statement in network.funders:
            applies = statement.scope is FunderScope.ALL_CENTRES or (
                statement.scope is FunderScope.GIP_CENTRES and centre.legal_form is LegalForm.GIP
            )
            when = _stated(statement.sources, source)
            if applies and existed(centre, when):
                evidence += [
                    FunderEvidence(
                        funder=f, basis=Basis.NETWORK, sources=statement.sources, detail=statement.stated_as, as_of=when
                    )
                    for f in statement.funders
                ]
    return tuple(evidence)


def existed(centre: Centre, when: PartialDate | None) -> bool:
    """Whether the centre existed at ``when``: founded that year or before, or, with no founding
    year, covering something from then. An undated statement (``None``) holds for no centre."""
    if when is None:
        return False
    if centre.founded is not None:
        return centre.founded <= when.year
    starts = [c.period.start for c in centre.coverage if c.period.start is not None]
    return any(start.earliest() <= when.latest() for start in starts)


def _stated(sources: Iterable[str], source: SourceOf) -> PartialDate | None:
    """When a statement was made, from its sources' dates (the latest one)."""
    span = evidence_span(sources, source)
    return None if span is None else span.end


def territories_on(centre: Centre, when: PartialDate | None) -> tuple[str, ...]:
    """The ids of the territories a centre covers at ``when``, in its own order; with no date,
    those of the latest known state (its open-ended coverage)."""
    return tuple(
        dict.fromkeys(
            c.territory for c in centre.coverage if (c.period.is_open if when is None else c.period.contains(when))
        )
    )


def latest_count(network: Network, source: Callable[[str], Source]) -> CentreCount | None:
    """The count of centres tied to the latest date (see :func:`evidence_dates`), if any."""
    return _latest(network.centre_counts, lambda c: evidence_dates(c.sources, source, as_of=c.as_of))


def latest_animator(network: Network, source: Callable[[str], Source]) -> Animator | None:
    """The animator of the network tied to the latest date, if any."""
    return _latest(network.animators, lambda a: evidence_dates(a.sources, source, period=a.period))


def evidence_dates(
    sources: Iterable[str],
    source: Callable[[str], Source],
    *,
    as_of: PartialDate | None = None,
    period: Period | None = None,
) -> list[datetime.date]:
    """Every date a fact is tied to: its own date or period, else its sources' dates or estimates."""
    own = [as_of] + ([period.start, period.end] if period is not None else [])
    dates = [d.latest() for d in own if d is not None]
    if dates:
        return dates
    for source_id in sources:
        when = source(source_id).when
        if when is not None:
            dates += [d.latest() for d in (when.start, when.end) if d is not None]
    return dates


def _latest(items: Sequence[T], dates: Callable[[T], list[datetime.date]]) -> T | None:
    """The item tied to the latest date (the last listed among equals)."""
    if not items:
        return None
    return max(reversed(items), key=lambda item: max(dates(item), default=datetime.date.min))
