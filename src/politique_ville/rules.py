"""What the sources imply, worked out on records: the domain rules every answer shares.

The queries of :class:`~politique_ville.Dataset`, the command line, the exports and the maps
all call these functions rather than work the rules out themselves.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from .certainty import FRESHNESS_YEARS, evidence_span, freshness, grade
from .dates import PartialDate, Period
from .errors import InvalidValueError
from .evidence import Answer, FunderEvidence, MissionEvidence
from .provenance import Claim, Source
from .resource_centres import Centre, Coverage
from .vocabulary import Basis, Certainty, FunderScope, LegalForm, Rule, Status

if TYPE_CHECKING:
    from .national_network import Animator, CentreCount, Network
    from .reference_frameworks import ReferenceFramework

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

T = TypeVar("T", "CentreCount", "Animator")
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
    before ``when`` carries on by the continuity rule (:func:`~politique_ville.certainty.grade`):
    inferred within the freshness horizon, unconfirmed beyond. Unknown (value ``None``) when no
    claim is attested at or before ``when``. Deprecated claims never answer.
    """
    graded = [
        (claim, span, found)
        for claim in claims
        if claim.deprecated is None
        for span in (evidence_span(claim.sources, source, period=claim.period, as_of=claim.as_of),)
        if span is not None
        for found in (grade(span, when, horizon),)
        if found is not None
    ]
    if not graded:
        return Answer(value=None, certainty=Certainty.UNKNOWN)
    holding = [(claim, span) for claim, span, found in graded if found[0] is Certainty.ATTESTED]
    claim, _ = _latest_span(holding or [(claim, span) for claim, span, _ in graded])
    certainty, last, rule = next(found for c, _, found in graded if c is claim)
    return Answer(value=claim.value, certainty=certainty, last_attested=last, rule=rule, sources=claim.sources)


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


def in_network(centre: Centre, network: Network) -> bool:
    """Whether network-wide statements hold for ``centre``: a source names it among the
    network's centres (``Network.members``), and it is not in preparation."""
    listed = any(m.value == centre.id and m.deprecated is None for m in network.members)
    return listed and centre.status is not Status.IN_PREPARATION


def missions_of(
    centre: Centre,
    frameworks: Iterable[ReferenceFramework],
    network: Network,
    source: SourceOf,
    when: PartialDate,
    horizon: int = FRESHNESS_YEARS,
) -> tuple[MissionEvidence, ...]:
    """A centre's missions at ``when``: those a source about the centre shows, then the missions
    of the national frameworks and of the network's non-optional specificities, each with its
    date, for a centre of the network that existed at that date (see :func:`existed`). Each is
    graded at ``when`` (see :func:`~politique_ville.certainty.grade`); a statement made only
    after ``when`` is left out."""
    evidence = [
        MissionEvidence(mission=claim.value, basis=Basis.CENTRE, sources=claim.sources, detail=claim.note, **found)
        for claim in centre.missions
        if claim.deprecated is None
        for found in (_graded(claim.sources, source, when, horizon, period=claim.period, as_of=claim.as_of),)
        if found is not None
    ]
    if not in_network(centre, network):
        return tuple(evidence)
    statements = [(f.missions, f.title, f.sources, f.date) for f in frameworks]
    statements += [(s.missions, s.text, s.sources, None) for s in network.specificities if not s.optional]
    for missions, detail, sources, date in statements:
        stated = date or _stated(sources, source)
        found = _network_graded(centre, stated, when, horizon)
        if found is not None:
            evidence += [
                MissionEvidence(mission=m, basis=Basis.NETWORK, sources=sources, detail=detail, as_of=stated, **found)
                for m in missions
            ]
    return tuple(evidence)


def funders_of(
    centre: Centre, network: Network, source: SourceOf, when: PartialDate, horizon: int = FRESHNESS_YEARS
) -> tuple[FunderEvidence, ...]:
    """A centre's funders at ``when``: those a source about the centre names, then, for a centre
    of the network that existed at the statement's date, the funders of the network-wide
    statements whose scope covers it (all centres, or the GIPs for a GIP). A tendency
    ("principalement") or "selon les cas" names no centre in particular, and is never
    attributed. Each is graded at ``when`` as in :func:`missions_of`."""
    evidence = [
        FunderEvidence(funder=f.funder, basis=Basis.CENTRE, sources=f.sources, role=f.role, detail=f.body, **found)
        for f in centre.funding
        # A funding's period is when the source says it holds: it ends where the source says.
        for found in (
            _graded(
                f.sources,
                source,
                when,
                horizon,
                period=f.period,
                as_of=f.as_of,
                ends=None if f.period is None else f.period.end,
            ),
        )
        if found is not None
    ]
    if in_network(centre, network):
        for statement in network.funders:
            applies = statement.scope is FunderScope.ALL_CENTRES or (
                statement.scope is FunderScope.GIP_CENTRES and centre.legal_form is LegalForm.GIP
            )
            stated = _stated(statement.sources, source)
            found = _network_graded(centre, stated, when, horizon) if applies else None
            if found is not None:
                evidence += [
                    FunderEvidence(
                        funder=f,
                        basis=Basis.NETWORK,
                        sources=statement.sources,
                        detail=statement.stated_as,
                        as_of=stated,
                        **found,
                    )
                    for f in statement.funders
                ]
    return tuple(evidence)


def _graded(
    sources: Iterable[str],
    source: SourceOf,
    when: PartialDate,
    horizon: int = FRESHNESS_YEARS,
    *,
    period: Period | None = None,
    as_of: PartialDate | None = None,
    ends: PartialDate | None = None,
) -> dict[str, Any] | None:
    """The ``certainty``, ``last_attested`` and ``rule`` at ``when`` of a statement about a centre,
    dated by its period, its ``as_of`` or its sources, and never carried past ``ends`` (see
    :func:`~politique_ville.certainty.grade`); ``None`` when it says nothing of ``when``."""
    span = evidence_span(sources, source, period=period, as_of=as_of)
    found = grade(span, when, horizon, ends=ends)
    if found is None:
        return None
    return {"certainty": found[0], "last_attested": found[1], "rule": found[2]}


def _network_graded(
    centre: Centre, stated: PartialDate | None, when: PartialDate, horizon: int
) -> dict[str, Any] | None:
    """A network-wide statement of ``stated`` graded for one centre at ``when``: nothing for a
    centre that did not exist then; at best inferred, by the network-scope rule, while the
    statement holds; then the continuity rule."""
    if stated is None or not existed(centre, stated):
        return None
    found = grade(Period(start=stated, end=stated), when, horizon)
    if found is None:
        return None
    certainty, last, rule = found
    if certainty is Certainty.ATTESTED:
        certainty, rule = Certainty.INFERRED, Rule.NETWORK_SCOPE
    return {"certainty": certainty, "last_attested": last, "rule": rule}


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
