"""The history of the network: one sorted stream of dated, sourced events, and what changed
between two dates.

Every event comes from a record of the data (a founding claim, a relation, a coverage period, a
status, an animator, a framework's dates, Question de Ville's boards and opinions, a national
meeting, a count of centres), keeps that record's sources, and says what dates it
(:class:`~politique_ville.DatedBy`) and how sure that date is. A fact that nothing dates is left
out of the timeline: it is never given a made-up date.

Partial dates keep their precision. Events are ordered by year, then by month, then by day; a
date known only to the year comes at the head of its year and one known to the month at the head
of its month, so "2016" is never read as 1 January 2016 (nor as any other day): it stands before
the events known more precisely within it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence

import attrs

from . import rules
from .association import QuestionDeVille
from .certainty import evidence_span
from .dates import PartialDate
from .geography import Territory
from .national_network import Network
from .provenance import Claim
from .record import Record, record
from .reference_frameworks import ReferenceFramework
from .relations import Relation
from .resource_centres import Centre, Coverage
from .rules import SourceOf
from .vocabulary import Certainty, DatedBy, EventKind, Rule, Status, TerritoryKind

__all__ = ["Change", "HistoryEvent", "SourceDating", "compare", "events", "sort_key"]

NETWORK = "network"
"""The entity id of the national network in events."""
QUESTION_DE_VILLE = "question-de-ville"
"""The entity id of Question de Ville in events."""


@record
class HistoryEvent(Record):
    """A dated event of the network's history.

    ``entity`` is the id of the centre, public body or framework it concerns (``"network"``
    and ``"question-de-ville"`` for those two); ``other`` the id of a second body it involves (a
    relation's object). ``date`` is where it stands in time, at the precision its evidence
    gives, and ``dated_by`` what gives that date. ``certainty`` is attested when a source states
    the event (at that date, or by then when dated by its source), inferred when a dating rule
    of the data sets the date (``rule``, or ``basis`` in the data's words). ``territories`` are
    the territory ids a coverage event concerns.
    """

    date: PartialDate
    kind: EventKind
    entity: str
    text: str
    dated_by: DatedBy = DatedBy.EVENT
    certainty: Certainty = Certainty.ATTESTED
    rule: Rule | None = None
    basis: str | None = None
    other: str | None = None
    territories: tuple[str, ...] = ()
    sources: tuple[str, ...]


_ORDER = {kind: i for i, kind in enumerate(EventKind)}


def sort_key(event: HistoryEvent) -> tuple[tuple[int, int, int], int, str, str]:
    """The timeline's order: by :meth:`PartialDate.order <politique_ville.PartialDate.order>`
    (a year heads its year), then kind, entity and text."""
    return (event.date.order(), _ORDER[event.kind], event.entity, event.text)


def events(
    centres: Sequence[Centre],
    network: Network,
    question_de_ville: QuestionDeVille,
    frameworks: Iterable[ReferenceFramework],
    relations: Iterable[Relation],
    territory: Callable[[str], Territory],
    source: SourceOf,
) -> tuple[HistoryEvent, ...]:
    """Every dated event of the data, sorted by :func:`sort_key`, events that say the same
    thing of the same entity at the same date merged into one with all their sources."""
    dating = SourceDating(source)
    found: list[HistoryEvent] = []
    for centre in centres:
        found += _foundings(dating, centre.id, centre.foundings)
        found += _coverage(centre, territory)
        found += _statuses(dating, centre)
    for body in (network.national_centre, *network.bodies):
        found += _foundings(dating, body.id, body.foundings)
    found += [e for r in relations for e in _relation(dating, r)]
    found += _network(dating, network)
    found += _association(dating, question_de_ville)
    found += [e for f in frameworks for e in _framework(dating, f)]
    return tuple(sorted(_merged(found), key=sort_key))


class SourceDating:
    """Dates an event by its own date, else by its sources' dates, else by their estimates."""

    def __init__(self, source: SourceOf) -> None:
        self.source = source

    def when(
        self, own: PartialDate | None, sources: Sequence[str], *, observed: bool = False
    ) -> tuple[PartialDate, DatedBy] | None:
        """The date of an event and what gives it; ``observed`` when ``own`` is the date a source
        saw it (an ``as_of``) rather than the date it happened."""
        if own is not None:
            return own, DatedBy.SOURCE if observed else DatedBy.EVENT
        dates = [d for d in (self.source(i).date for i in sources) if d is not None]
        if dates:
            return min(dates, key=PartialDate.earliest), DatedBy.SOURCE
        span = evidence_span(sources, self.source)
        if span is not None and span.start is not None:
            return span.start, DatedBy.ESTIMATE
        return None

    def event(
        self,
        own: PartialDate | None,
        sources: Sequence[str],
        kind: EventKind,
        entity: str,
        text: str,
        *,
        observed: bool = False,
        other: str | None = None,
    ) -> Iterator[HistoryEvent]:
        """The event, if anything dates it."""
        found = self.when(own, sources, observed=observed)
        if found is not None:
            yield HistoryEvent(
                date=found[0],
                dated_by=found[1],
                kind=kind,
                entity=entity,
                text=text,
                other=other,
                sources=tuple(sources),
            )


def _foundings(dating: SourceDating, entity: str, claims: Iterable[Claim[PartialDate]]) -> Iterator[HistoryEvent]:
    for claim in claims:
        if claim.deprecated is None:
            yield from dating.event(claim.value, claim.sources, EventKind.FOUNDED, entity, "founded")


def _relation(dating: SourceDating, relation: Relation) -> Iterator[HistoryEvent]:
    if relation.name_before and relation.name_after:
        text = f"renamed: « {relation.name_before} » → « {relation.name_after} »"
    else:
        text = f"{relation.subject} {relation.kind.label_en} {relation.object or relation.object_name}"
        if relation.period is not None and relation.period.end is not None:
            text += f" (until {relation.period.end})"
    own = relation.date or (relation.period.start if relation.period is not None else None)
    observed = own is None and relation.as_of is not None
    yield from dating.event(
        own or relation.as_of,
        relation.sources,
        EventKind.RELATION,
        relation.subject,
        text,
        observed=observed,
        other=relation.object,
    )


def _coverage(centre: Centre, territory: Callable[[str], Territory]) -> Iterator[HistoryEvent]:
    """A coverage's start and end: attested where its attested span reaches that bound, else
    inferred (by the founding-start rule, or by the basis the data gives)."""
    for coverage in centre.coverage:
        name = territory(coverage.territory).name
        attested = coverage.attested
        bounds = (
            (EventKind.COVERAGE_START, coverage.period.start, attested.start if attested else None, "starts"),
            (EventKind.COVERAGE_END, coverage.period.end, attested.end if attested else None, "stops"),
        )
        for kind, bound, sure, verb in bounds:
            if bound is None:
                continue
            founding = kind is EventKind.COVERAGE_START and bound == _founding_year(centre)
            yield HistoryEvent(
                date=bound,
                kind=kind,
                entity=centre.id,
                text=f"{verb} covering {name}",
                certainty=Certainty.ATTESTED if bound == sure else Certainty.INFERRED,
                rule=Rule.FOUNDING_START if bound != sure and founding else None,
                basis=None if bound == sure or founding else coverage.basis,
                territories=(coverage.territory,),
                sources=coverage.sources,
            )


def _founding_year(centre: Centre) -> PartialDate | None:
    return None if centre.founded is None else PartialDate(year=centre.founded)


def _statuses(dating: SourceDating, centre: Centre) -> Iterator[HistoryEvent]:
    """A status whose beginning a source dates, and every statement of a status other than active."""
    for claim in centre.statuses:
        if claim.deprecated is not None:
            continue
        text = f"status: {claim.value.value} ({claim.value.label})"
        if claim.period is not None and claim.period.start is not None:
            yield from dating.event(claim.period.start, claim.sources, EventKind.STATUS, centre.id, text)
        elif claim.value is not Status.ACTIVE:
            yield from dating.event(claim.as_of, claim.sources, EventKind.STATUS, centre.id, text, observed=True)


def _network(dating: SourceDating, network: Network) -> Iterator[HistoryEvent]:
    yield from _foundings(dating, NETWORK, network.foundings)
    for animator in network.animators:
        period = animator.period
        if period is None or period.start is None or period.start == period.end:
            continue  # a single dated observation says who animated, not when it began
        yield HistoryEvent(
            date=period.start,
            kind=EventKind.ANIMATOR,
            entity=animator.body,
            text=f"begins animating the network: {animator.name}",
            sources=animator.sources,
        )
    for meeting in network.events:
        yield from dating.event(meeting.date, meeting.sources, EventKind.MEETING, NETWORK, meeting.title)
    for count in network.centre_counts:
        text = f"{count.count} centres counted"
        yield from dating.event(count.as_of, count.sources, EventKind.COUNT, NETWORK, text, observed=True)


def _association(dating: SourceDating, association: QuestionDeVille) -> Iterator[HistoryEvent]:
    yield from _foundings(dating, QUESTION_DE_VILLE, association.foundings)
    for board in association.boards:
        text = f"{board.label}: {len(board.members)} members"
        yield from dating.event(board.as_of, board.sources, EventKind.BOARD, QUESTION_DE_VILLE, text, observed=True)
    for item in association.contributions:
        yield from dating.event(item.date, item.sources, EventKind.CONTRIBUTION, QUESTION_DE_VILLE, item.title)


def _framework(dating: SourceDating, framework: ReferenceFramework) -> Iterator[HistoryEvent]:
    for claim in framework.dates:
        if claim.deprecated is None:
            text = framework.title + (f" — {claim.note}" if claim.note else "")
            yield from dating.event(claim.value, claim.sources, EventKind.FRAMEWORK, framework.id, text)


def _merged(found: Iterable[HistoryEvent]) -> list[HistoryEvent]:
    """One event per (date, kind, entity, text, dating, certainty), with the sources of all;
    a centre's coverage events of one date, kind, certainty and basis are one event, listing
    the territories."""
    merged: dict[tuple[object, ...], HistoryEvent] = {}
    for event in found:
        grouped = event.kind in (EventKind.COVERAGE_START, EventKind.COVERAGE_END)
        text = None if grouped else event.text
        key = (event.date, event.kind, event.entity, text, event.dated_by, event.certainty, event.rule, event.basis)
        known = merged.get(key)
        if known is None:
            merged[key] = event
            continue
        territories = tuple(dict.fromkeys((*known.territories, *event.territories)))
        merged[key] = attrs.evolve(  # type: ignore[misc]  # a record is an attrs class
            known,
            text=known.text
            if territories == known.territories
            else f"{known.text}, {event.text.split(' covering ')[1]}",
            sources=tuple(dict.fromkeys((*known.sources, *event.sources))),
            territories=territories,
        )
    return list(merged.values())


# -- what changed between two dates ---------------------------------------------------------------


@record
class Change(Record):
    """What differs for one entity between two dates.

    ``aspect`` is ``"departments"`` (``gained`` and ``lost`` list department ids), ``"name"``,
    ``"status"`` or ``"animator"`` (``before`` and ``after`` give the value at each date, with
    its certainty). ``sources`` are those of the answers at the second date, else the first.
    """

    entity: str
    aspect: str
    before: str | None = None
    after: str | None = None
    before_certainty: Certainty | None = None
    after_certainty: Certainty | None = None
    gained: tuple[str, ...] = ()
    lost: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()


def compare(
    centres: Sequence[Centre],
    network: Network,
    before: PartialDate,
    after: PartialDate,
    territory: Callable[[str], Territory],
    source: SourceOf,
    horizon: int,
) -> tuple[Change, ...]:
    """Each centre's departments gained and lost, then its name and status where they differ
    (in centre id order), then the network's animator if it differs."""
    found: list[Change] = []
    for centre in centres:
        was, now = _departments(centre, before, territory), _departments(centre, after, territory)
        if was != now:
            gained, lost = tuple(sorted(now - was)), tuple(sorted(was - now))
            cited = {
                s for c in centre.coverage for s in c.sources if c.territory in _touched(c, gained + lost, territory)
            }
            found.append(
                Change(
                    entity=centre.id,
                    aspect="departments",
                    gained=gained,
                    lost=lost,
                    sources=tuple(s for s in centre.sources if s in cited) or tuple(sorted(cited)),
                )
            )
        for aspect, answer in (("name", rules.name_on), ("status", rules.status_on)):
            first, second = answer(centre, before, source, horizon), answer(centre, after, source, horizon)
            if first.value != second.value:
                found.append(
                    Change(
                        entity=centre.id,
                        aspect=aspect,
                        before=_text(first.value),
                        after=_text(second.value),
                        before_certainty=first.certainty,
                        after_certainty=second.certainty,
                        sources=second.sources or first.sources,
                    )
                )
    first_animator, second_animator = _animator(network, before), _animator(network, after)
    if first_animator != second_animator:
        found.append(
            Change(
                entity=NETWORK,
                aspect="animator",
                before=None if first_animator is None else first_animator[0],
                after=None if second_animator is None else second_animator[0],
                before_certainty=None if first_animator is None else Certainty.ATTESTED,
                after_certainty=None if second_animator is None else Certainty.ATTESTED,
                sources=(second_animator or first_animator or ("", ()))[1],
            )
        )
    return tuple(found)


def _departments(centre: Centre, when: PartialDate, territory: Callable[[str], Territory]) -> frozenset[str]:
    covered: set[str] = set()
    for place_id in rules.territories_on(centre, when):
        place = territory(place_id)
        covered.update(place.departments if place.kind is TerritoryKind.REGION else (place.id,))
    return frozenset(covered)


def _touched(coverage: Coverage, departments: tuple[str, ...], territory: Callable[[str], Territory]) -> set[str]:
    place = territory(coverage.territory)
    reached = set(place.departments) if place.kind is TerritoryKind.REGION else {place.id}
    return {coverage.territory} if reached & set(departments) else set()


def _animator(network: Network, when: PartialDate) -> tuple[str, tuple[str, ...]] | None:
    """The body (and the sources) animating the network at ``when``, by the animators' periods."""
    holding = [a for a in network.animators if a.period is not None and a.period.start != a.period.end]
    holding = [a for a in holding if a.period is not None and a.period.contains(when)]
    if not holding:
        return None
    latest = max(holding, key=lambda a: a.period.start.earliest() if a.period and a.period.start else when.earliest())
    return latest.body, latest.sources


def _text(value: object) -> str | None:
    if value is None:
        return None
    return value.value if isinstance(value, Status) else str(value)
