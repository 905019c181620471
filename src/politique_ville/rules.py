"""What the sources imply, worked out on records: the domain rules every answer shares.

The queries of :class:`~politique_ville.Dataset`, the command line, the exports and the maps
all call these functions rather than work the rules out themselves.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

from .dates import PartialDate, Period
from .evidence import FunderEvidence, MissionEvidence
from .national_network import Animator, CentreCount, Network
from .provenance import Source
from .reference_frameworks import ReferenceFramework
from .resource_centres import Centre
from .vocabulary import Basis, FunderScope, LegalForm, Status

__all__ = ["funders_of", "in_network", "latest_animator", "latest_count", "missions_of", "territories_on"]

T = TypeVar("T", CentreCount, Animator)


def in_network(centre: Centre) -> bool:
    """Whether network-wide statements hold for ``centre``: those that have operated do, a
    centre in preparation does not."""
    return centre.status is not Status.IN_PREPARATION


def missions_of(
    centre: Centre, frameworks: Iterable[ReferenceFramework], network: Network
) -> tuple[MissionEvidence, ...]:
    """A centre's missions: those a source about the centre shows, then, for a centre in the
    network, the missions of the national frameworks and of the network's non-optional
    specificities."""
    evidence = [
        MissionEvidence(mission=claim.value, basis=Basis.CENTRE, sources=claim.sources, detail=claim.note)
        for claim in centre.missions
    ]
    if in_network(centre):
        for framework in frameworks:
            evidence += [
                MissionEvidence(mission=m, basis=Basis.NETWORK, sources=framework.sources, detail=framework.title)
                for m in framework.missions
            ]
        for statement in network.specificities:
            if not statement.optional:
                evidence += [
                    MissionEvidence(mission=m, basis=Basis.NETWORK, sources=statement.sources, detail=statement.text)
                    for m in statement.missions
                ]
    return tuple(evidence)


def funders_of(centre: Centre, network: Network) -> tuple[FunderEvidence, ...]:
    """A centre's funders: those a source about the centre names, then, for a centre in the
    network, the funders of the network-wide statements whose scope covers it."""
    evidence = [
        FunderEvidence(funder=f.funder, basis=Basis.CENTRE, sources=f.sources, role=f.role, detail=f.body)
        for f in centre.funding
    ]
    if in_network(centre):
        for statement in network.funders:
            if statement.scope is FunderScope.ALL_CENTRES or (
                statement.scope is FunderScope.GIP_CENTRES and centre.legal_form is LegalForm.GIP
            ):
                evidence += [
                    FunderEvidence(funder=f, basis=Basis.NETWORK, sources=statement.sources, detail=statement.stated_as)
                    for f in statement.funders
                ]
    return tuple(evidence)


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
