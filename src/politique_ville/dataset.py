"""A loaded dataset: the parts of one data bundle, and the queries over them."""

from __future__ import annotations

import datetime
import os
import threading
import weakref
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeVar

from . import FRESHNESS_YEARS, rules
from .bundle import PARTS
from .certainty import reference_date
from .dates import PartialDate, as_date
from .errors import (
    InvalidTypeError,
    InvalidValueError,
    UnknownBodyError,
    UnknownCentreError,
    UnknownNameError,
    UnknownSourceError,
    UnknownTerritoryError,
    _shown,
)
from .evidence import CoverageMatch
from .fast import Table
from .geography import Territory, commune_department
from .indexes import CoverageIndex, EvidenceIndex, FoundingYears, OrganisationNames, TerritoryNames
from .resource_centres import Centre
from .text import suggest
from .vocabulary import Basis, Certainty, Funder, Mission, Status, TerritoryKind

if TYPE_CHECKING:  # the records of the answers that import their modules when they run
    from .association import QuestionDeVille
    from .evidence import Answer, FunderEvidence, MissionEvidence
    from .freshness import CountCheck
    from .history import Change, HistoryEvent
    from .national_network import Body, Network
    from .provenance import Source
    from .reference_frameworks import ReferenceFramework
    from .relations import Link, OpenQuestion, Relation
    from .search import NameSearch

__all__ = ["Dataset", "DateLike"]

DateLike = datetime.date | int | str | PartialDate
"""What a query accepts as a date: a ``date``, an int year, or ``"YYYY[-MM[-DD]]"``."""

T = TypeVar("T")

_ANSWERS = 4096  # covering answers kept per dataset; a full memo is emptied, never grown

_RANK = {Certainty.ATTESTED: 0, Certainty.INFERRED: 1, Certainty.UNCONFIRMED: 2, Certainty.UNKNOWN: 3}


def _preferred(match: CoverageMatch, known: CoverageMatch) -> bool:
    """Whether ``match`` is shown rather than ``known`` for the same centre: more certain, or as
    certain and listed before it in the centre's own coverage."""
    if match.certainty is not known.certainty:
        return _RANK[match.certainty] < _RANK[known.certainty]
    listed = match.centre.coverage
    return listed.index(match.coverage) < listed.index(known.coverage)


_LIVE: weakref.WeakSet[Dataset] = weakref.WeakSet()  # their locks are renewed in a forked child


def _after_fork_in_child() -> None:
    """A thread that held a dataset's lock is not copied into a forked child: renew the locks."""
    for dataset in list(_LIVE):
        dataset._lock = threading.RLock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)


class Dataset:
    """Every record of one data bundle, with the query helpers as methods.

    ``parts`` maps each part name of :data:`~politique_ville.bundle.PARTS` (``"centres"``,
    ``"territories"``...) to a function that returns it; each is called once, on first use, as
    is each index. :func:`politique_ville.load` builds one; the module-level functions use the
    bundled one. ``version`` is the data version and ``cog_year`` the edition of INSEE's Code
    officiel géographique its territories follow, when the bundle states them. Everything it
    returns is immutable.
    """

    __slots__ = ("__weakref__", "_answers", "_built", "_lock", "_parts", "cog_year", "version")

    def __init__(
        self, parts: Mapping[str, Callable[[], Any]], *, version: str | None = None, cog_year: int | None = None
    ) -> None:
        missing = [p.name for p in PARTS if p.name not in parts]
        unknown = sorted(set(parts) - {p.name for p in PARTS})
        if missing or unknown:
            raise InvalidValueError(
                f"a dataset has the parts {', '.join(p.name for p in PARTS)}; "
                f"missing: {', '.join(missing) or 'none'}, unknown: {', '.join(unknown) or 'none'}"
            )
        self._parts = dict(parts)
        self._built: dict[str, Any] = {}
        self._answers: dict[tuple[str, PartialDate | None, int, str | None], tuple[CoverageMatch, ...]] = {}
        self._lock = threading.RLock()
        self.version: str | None = version
        """The data version, when the bundle states one."""
        self.cog_year: int | None = cog_year
        """The year of the Code officiel géographique the territories follow, when the bundle states it."""
        _LIVE.add(self)

    def _once(self, name: str, build: Callable[[], T]) -> T:
        """What ``build`` returns, built once under the dataset's lock."""
        try:
            built: T = self._built[name]
            return built
        except KeyError:
            with self._lock:
                if name not in self._built:
                    self._built[name] = build()
            built = self._built[name]
            return built

    def _part(self, name: str) -> Any:
        return self._once(name, self._parts[name])

    def _records(self, name: str) -> tuple[Any, ...]:
        """The records of a list part, in the order of its file (a :class:`~.fast.Table` is built whole)."""
        part = self._part(name)
        if isinstance(part, Table):
            return self._once(f"{name} list", lambda: tuple(part.values()))
        records: tuple[Any, ...] = part
        return records

    def _by_id(self, name: str) -> Mapping[str, Any]:
        """The records of a list part by id: a :class:`~.fast.Table` as it is, built on access."""
        part = self._part(name)
        return part if isinstance(part, Table) else MappingProxyType({r.id: r for r in part})

    # -- records ---------------------------------------------------------------------------

    def centres(
        self,
        *,
        on: DateLike | None = None,
        status: Status | str | None = None,
        unconfirmed: bool = False,
        horizon: int = FRESHNESS_YEARS,
    ) -> tuple[Centre, ...]:
        """Every centre, sorted by id (the order of every query result); with ``on`` or
        ``status``, those whose status at ``on`` (default: :attr:`today`) is known, and is
        ``status`` if given (enum, slug, French or English label).

        As in :meth:`by_territory`, a status is kept when attested or inferred;
        ``unconfirmed=True`` adds those whose last statement is older than the freshness horizon.
        """
        every: tuple[Centre, ...] = self._once("centres in order", lambda: tuple(self._centre_ids().values()))
        if on is None and status is None:
            return every
        when = self.today if on is None else as_date(on)
        wanted = None if status is None else Status.parse(status)
        kept = []
        for centre in every:
            answer = rules.status_on(centre, when, self.source, horizon)
            known = answer.certainty in (Certainty.ATTESTED, Certainty.INFERRED) or (
                unconfirmed and answer.certainty is Certainty.UNCONFIRMED
            )
            if known and (wanted is None or answer.value is wanted):
                kept.append(centre)
        return tuple(kept)

    def centre(self, query: str) -> Centre:
        """One centre by id, acronym or any known name; case, accents and punctuation do not matter.

        A misspelt name with one very close match gives that centre, with a
        :class:`CloseMatchWarning`. Raises :class:`UnknownCentreError` (a ``LookupError``) with
        the closest names, or for a territory's name the centres that have covered it.
        """
        if not isinstance(query, str):
            raise InvalidTypeError(f"a centre is looked up by a string, not {type(query).__name__}")
        found = self._centre_ids().get(query)
        if found is not None:
            return found
        try:
            return self._centre_names().find(query)
        except UnknownCentreError:
            place = self._territory_names().exact(query)
            if place is None:
                raise
            covered = self.ever_covering(place)
            hint = f"{place.name} is a {place.kind.value}: " + (
                "these centres have covered it" if covered else "no centre has covered it"
            )
            raise UnknownCentreError(query, [c.name for c in covered], hint=hint) from None

    def network(self) -> Network:
        """The national network."""
        network: Network = self._part("network")
        return network

    def question_de_ville(self) -> QuestionDeVille:
        """Question de Ville, the directors' association."""
        association: QuestionDeVille = self._part("question_de_ville")
        return association

    def frameworks(self) -> tuple[ReferenceFramework, ...]:
        """The national reference frameworks, oldest first."""
        frameworks: tuple[ReferenceFramework, ...] = self._part("frameworks")
        return frameworks

    def relations(self, entity: str | Centre | Body | None = None) -> tuple[Relation, ...]:
        """The relations a source states (renamings, mergers, successions, hostings), in the
        data's order; with ``entity`` (a centre or body, by record or any of its names), those
        it takes part in, as subject or object."""
        every: tuple[Relation, ...] = self._part("relations")
        if entity is None:
            return every
        wanted = self.entity_id(entity)
        return tuple(r for r in every if wanted in (r.subject, r.object))

    def open_questions(self) -> tuple[OpenQuestion, ...]:
        """The pairs of bodies that sources seem to link although no source says how."""
        questions: tuple[OpenQuestion, ...] = self._part("open_questions")
        return questions

    def link(self, first: str | Centre | Body, second: str | Centre | Body) -> Link:
        """What the sources say links two centres or bodies: the relations stated between them
        (either way round), else the open question recorded about them, if any."""
        from .relations import Link

        pair = (self.entity_id(first), self.entity_id(second))
        stated = tuple(r for r in self.relations() if {r.subject, r.object} == set(pair))
        question = None
        if not stated:
            question = next((q for q in self.open_questions() if set(q.between) == set(pair)), None)
        return Link(between=pair, relations=stated, open_question=question)

    def body(self, query: str) -> Body:
        """One public body of the network (its national centre or one of ``network().bodies``)
        by id, acronym or any known name; raises :class:`UnknownBodyError` with the closest names."""
        if not isinstance(query, str):
            raise InvalidTypeError(f"a body is looked up by a string, not {type(query).__name__}")
        network = self.network()
        index = self._once(
            "body names", lambda: OrganisationNames((network.national_centre, *network.bodies), UnknownBodyError)
        )
        return index.find(query)

    def entity_id(self, query: str | Centre | Body) -> str:
        """The id of what ``query`` names: ``"network"``, ``"question-de-ville"``, a framework
        id, a centre or a public body (by any of its names). Raises :class:`UnknownNameError`
        with the closest names of both centres and bodies."""
        from .history import NETWORK, QUESTION_DE_VILLE
        from .national_network import Body

        if isinstance(query, (Centre, Body)):
            return query.id
        if not isinstance(query, str):
            raise InvalidTypeError(f"an entity is looked up by a string, not {type(query).__name__}")
        if query in (NETWORK, QUESTION_DE_VILLE) or query in {f.id for f in self.frameworks()}:
            return query
        try:
            return self.centre(query).id
        except UnknownCentreError as centre_error:
            try:
                return self.body(query).id
            except UnknownBodyError as body_error:
                raise UnknownNameError(query, (*centre_error.suggestions, *body_error.suggestions)) from None

    def sources(self) -> tuple[Source, ...]:
        """Every source the data cites."""
        sources: tuple[Source, ...] = self._records("sources")
        return sources

    def source(self, source_id: str) -> Source:
        """One source by id (a seed's file stem or a research page's id)."""
        index: Mapping[str, Source] = self._once("source ids", lambda: self._by_id("sources"))
        if isinstance(source_id, str) and source_id in index:
            return index[source_id]
        raise UnknownSourceError(source_id, suggest(source_id, list(index)) if isinstance(source_id, str) else [])

    def territories(self) -> tuple[Territory, ...]:
        """Every region (before and after 2016) and department."""
        territories: tuple[Territory, ...] = self._part("territories")
        return territories

    def territory(self, query: str | int | Territory, *, kind: TerritoryKind | str | None = None) -> Territory:
        """One territory by INSEE code, ISO 3166-2 code, id or name.

        A bare code names a department ("84" is Vaucluse); pass ``kind="region"`` for the
        region with that code. A five-character INSEE commune code ("13055", "2A004") names its
        department, by its prefix alone (see :func:`~politique_ville.geography.commune_department`;
        a postcode is not a commune code). Raises :class:`UnknownTerritoryError` with suggestions.
        """
        if isinstance(query, Territory):
            return self._territory_ids().get(query.id, query)
        wanted = None if kind is None else TerritoryKind.parse(kind)
        if isinstance(query, bool) or not isinstance(query, (str, int)):
            raise InvalidTypeError(f"a territory is looked up by a string or an int code, not {type(query).__name__}")
        if isinstance(query, int):
            if not 0 <= query < 1000:  # no code has more than three digits (10**5000 has no str)
                hint = "territory codes have two or three digits; give a commune code as a string ('01053')"
                raise UnknownTerritoryError(query, hint=hint)
            query = f"{query:02d}"
        if wanted is not TerritoryKind.REGION:
            department = self._department_codes().get(query)
            if department is not None:
                return department
            prefix = commune_department(query)
            if prefix is not None:
                department = self._department_codes().get(prefix)
                if department is None:
                    hint = f"{query!r} reads as a commune code, but no department has its prefix {prefix!r}"
                    raise UnknownTerritoryError(query, hint=hint + " (a postcode is not a commune code)")
                return department
        return self._territory_names().find(query, wanted)

    # -- queries ---------------------------------------------------------------------------

    @property
    def today(self) -> PartialDate:
        """The date of the latest known state: the data version's date, else today's."""
        return self._once("today", lambda: reference_date(self.version))

    def covering(
        self, territory: str | int | Territory, *, on: DateLike | None = None, horizon: int = FRESHNESS_YEARS
    ) -> tuple[CoverageMatch, ...]:
        """Every centre covering ``territory`` at ``on``, each with its coverage record and how
        sure it is: attested, inferred (with the rule) or unconfirmed (with the date of the last
        statement), by the inference policy and its freshness ``horizon`` in years.

        With no date, the latest known state: the open-ended coverages, graded at
        :attr:`today`. A region matches the centres covering any of its departments; a year
        means "at any time in that year". A centre reached through several coverage records
        is listed once, with the most certain; among equally certain ones, the one the centre
        lists first (its own order, not the region's: Pôle ressources 95 is given through
        Val-d'Oise for Île-de-France).
        """
        when = None if on is None else as_date(on)
        place = self.territory(territory)
        read_as_commune = isinstance(territory, str) and commune_department(territory) is not None
        commune = territory.strip().upper() if read_as_commune and isinstance(territory, str) else None
        if type(horizon) is not int:  # an invalid horizon is refused by the grading, never memoised
            return self._covering(place, when, horizon, commune)
        key = (place.id, when, horizon, commune)
        found = self._answers.get(key)
        if found is None:
            if len(self._answers) >= _ANSWERS:
                self._answers.clear()
            found = self._answers.setdefault(key, self._covering(place, when, horizon, commune))
        return found

    def _covering(
        self, place: Territory, when: PartialDate | None, horizon: int, commune: str | None
    ) -> tuple[CoverageMatch, ...]:
        """:meth:`covering`, computed: each coverage of the place at ``when`` graded for certainty."""
        graded = self.today if when is None else when
        departments = place.departments if place.kind is TerritoryKind.REGION else (place.id,)
        index = self._coverage_index()
        best: dict[str, CoverageMatch] = {}
        for department in departments:
            for centre, coverage in index.of(department):  # in centre id order
                if not (coverage.period.is_open if when is None else coverage.period.contains(when)):
                    continue
                certainty, last, rule = rules.coverage_certainty(centre, coverage, graded, self.source, horizon)
                match = CoverageMatch(
                    centre=centre,
                    coverage=coverage,
                    certainty=certainty,
                    last_attested=last,
                    rule=rule,
                    commune=commune,
                )
                known = best.get(centre.id)
                if known is None or _preferred(match, known):
                    best[centre.id] = match
        return tuple(sorted(best.values(), key=lambda match: match.centre.id))

    def search(self, text: str) -> tuple[Centre | Territory, ...]:
        """Centres and territories matching ``text``, best first, as pycountry's
        ``search_fuzzy`` ranks countries: exact spellings, then prefixes, then parts, then
        misspelt words; a territory brings the centres that have covered it just after it (see
        :mod:`politique_ville.search`). An empty tuple if nothing matches."""
        if not isinstance(text, str):
            raise InvalidTypeError(f"search takes a string, not {type(text).__name__}")
        return self._once("search", self._name_search).search(text)

    def _name_search(self) -> NameSearch:
        from .search import NameSearch

        covering = {t.id: self.ever_covering(t) for t in self.territories()}
        return NameSearch(self.centres(), self.territories(), covering)

    def ever_covering(self, territory: str | int | Territory) -> tuple[Centre, ...]:
        """Every centre that has covered some part of ``territory`` at any date, by id."""
        place = self.territory(territory)
        departments = place.departments if place.kind is TerritoryKind.REGION else (place.id,)
        index = self._coverage_index()
        ids = {centre.id for department in departments for centre, _ in index.of(department)}
        return tuple(c for c in self.centres() if c.id in ids)

    def by_territory(
        self,
        territory: str | int | Territory,
        *,
        on: DateLike | None = None,
        unconfirmed: bool = False,
        horizon: int = FRESHNESS_YEARS,
    ) -> tuple[Centre, ...]:
        """The centres covering a region or department at ``on`` (default: the latest known
        state), attested or inferred; ``unconfirmed=True`` adds those whose last statement is
        older than the freshness horizon. See :meth:`covering` for the evidence, and for an
        INSEE commune code (its department answers).
        """
        return tuple(
            match.centre
            for match in self.covering(territory, on=on, horizon=horizon)
            if unconfirmed or match.certainty is not Certainty.UNCONFIRMED
        )

    def status_on(
        self, centre: str | Centre, on: DateLike | None = None, *, horizon: int = FRESHNESS_YEARS
    ) -> Answer[Status]:
        """A centre's status at ``on`` (default: :attr:`today`), with its certainty and last attestation."""
        when = self.today if on is None else as_date(on)
        return rules.status_on(self._resolve(centre), when, self.source, horizon)

    def name_on(
        self, centre: str | Centre, on: DateLike | None = None, *, horizon: int = FRESHNESS_YEARS
    ) -> Answer[str]:
        """A centre's name at ``on`` (default: :attr:`today`), never one not yet attested then."""
        when = self.today if on is None else as_date(on)
        return rules.name_on(self._resolve(centre), when, self.source, horizon)

    def value_on(
        self, centre: str | Centre, field: str, on: DateLike | None = None, *, horizon: int = FRESHNESS_YEARS
    ) -> Answer[Any]:
        """Any dated field of a centre at ``on`` (default: :attr:`today`), with its certainty:
        ``field`` is one of :data:`~politique_ville.rules.DATED_FIELDS` (``"website"``,
        ``"phone"``, ``"email"``, ``"legal_form"``...), answered from its claims as
        :meth:`status_on` answers from the status claims."""
        claims = rules.claims_of(self._resolve(centre), field)
        when = self.today if on is None else as_date(on)
        return rules.value_on(claims, when, self.source, horizon)

    def timeline(
        self, *, since: DateLike | None = None, until: DateLike | None = None, entity: str | Centre | Body | None = None
    ) -> tuple[HistoryEvent, ...]:
        """Every dated event of the data, sorted (see :mod:`politique_ville.history`), each with
        its sources and certainty: those whose date may fall between ``since`` and ``until``
        (inclusive, each taken at its own precision), about ``entity`` if given (a centre, a body,
        a framework, ``"network"`` or ``"question-de-ville"``; a relation concerns both its bodies)."""
        first = None if since is None else as_date(since)
        last = None if until is None else as_date(until)
        if first is not None and last is not None and last.latest() < first.earliest():
            raise InvalidValueError(f"since ({first}) is after until ({last})")
        wanted = None if entity is None else self.entity_id(entity)
        every = self._once("timeline", self._events)
        return tuple(
            event
            for event in every
            if (wanted is None or wanted in (event.entity, event.other))
            and (first is None or event.date.latest() >= first.earliest())
            and (last is None or event.date.earliest() <= last.latest())
        )

    def changes(self, before: DateLike, after: DateLike, *, horizon: int = FRESHNESS_YEARS) -> tuple[Change, ...]:
        """What differs between two dates: the departments each centre gained or lost, its name
        and status (with their certainty at each date), and the network's animator."""
        from . import history

        first, second = as_date(before), as_date(after)
        return history.compare(self.centres(), self.network(), first, second, self.territory, self.source, horizon)

    def counts(self) -> tuple[CountCheck, ...]:
        """Every count of the centres that anything dates, oldest first, each with its sources
        and what dates it, against the centres the data has covering something at that date
        (attested or inferred; the inferred and the unconfirmed ones named)."""
        from .freshness import count_checks

        return self._once("counts", lambda: count_checks(self, source_dated=True))

    def _events(self) -> tuple[HistoryEvent, ...]:
        from . import history

        return history.events(
            self.centres(),
            self.network(),
            self.question_de_ville(),
            self.frameworks(),
            self.relations(),
            self.territory,
            self.source,
        )

    def by_founding_year(
        self, year: int | None = None, *, since: int | None = None, until: int | None = None
    ) -> tuple[Centre, ...]:
        """The centres founded in ``year``, or between ``since`` and ``until`` (inclusive).

        Uses each centre's preferred founding year; centres with no known year never match.
        """
        for name, value in (("year", year), ("since", since), ("until", until)):
            if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
                raise InvalidTypeError(f"{name} must be an int year, not {type(value).__name__}")
        if year is not None:
            if since is not None or until is not None:
                raise InvalidValueError("give either a year or a since/until range, not both")
            since = until = year
        if since is not None and until is not None and since > until:
            raise InvalidValueError(f"since ({_shown(since)}) is after until ({_shown(until)})")
        return self._once("founding years", lambda: FoundingYears(self.centres())).between(since, until)

    def missions_of(
        self, centre: str | Centre, on: DateLike | None = None, *, horizon: int = FRESHNESS_YEARS
    ) -> tuple[MissionEvidence, ...]:
        """Every mission a centre carries at ``on`` (default: :attr:`today`), with its basis, its
        sources and how sure it is; a statement made only after ``on`` is left out."""
        when = self.today if on is None else as_date(on)
        return rules.missions_of(self._resolve(centre), self.frameworks(), self.network(), self.source, when, horizon)

    def by_mission(self, mission: Mission | str, *, basis: Basis | str | None = None) -> tuple[Centre, ...]:
        """The centres carrying ``mission`` (enum, slug, French or English label) in the latest
        known state, whatever the certainty of the evidence (see :meth:`missions_of`).

        ``basis="centre"`` keeps only centres for which a source about the centre shows it.
        """
        wanted = Mission.parse(mission)
        only = None if basis is None else Basis.parse(basis)
        index = self._once("missions", lambda: EvidenceIndex(self.centres(), self.missions_of))
        return index.of(wanted, only)

    def funders_of(
        self, centre: str | Centre, on: DateLike | None = None, *, horizon: int = FRESHNESS_YEARS
    ) -> tuple[FunderEvidence, ...]:
        """Every funder of a centre at ``on`` (default: :attr:`today`), with its basis, its sources
        and how sure it is; a statement made only after ``on``, or of a funding that ended
        before, is left out."""
        when = self.today if on is None else as_date(on)
        return rules.funders_of(self._resolve(centre), self.network(), self.source, when, horizon)

    def by_funder(self, funder: Funder | str, *, basis: Basis | str | None = None) -> tuple[Centre, ...]:
        """The centres funded by ``funder`` (enum, slug, French or English label) in the latest
        known state, whatever the certainty of the evidence (see :meth:`funders_of`).

        ``basis="centre"`` keeps only centres for which a source about the centre names it.
        """
        wanted = Funder.parse(funder)
        only = None if basis is None else Basis.parse(basis)
        index = self._once("funders", lambda: EvidenceIndex(self.centres(), self.funders_of))
        return index.of(wanted, only)

    # -- exact-key maps, built once ----------------------------------------------------------

    def _centre_ids(self) -> Mapping[str, Centre]:
        """The centres by id, in id order; for the bundled data each is built on first access."""

        def in_order() -> Mapping[str, Centre]:
            by_id = self._by_id("centres")
            if isinstance(by_id, Table):
                return by_id.ordered(sorted(by_id))
            return MappingProxyType({key: by_id[key] for key in sorted(by_id)})

        return self._once("sorted centres", in_order)

    def _coverage_index(self) -> CoverageIndex:
        return self._once("coverage", self._build_coverage_index)

    def _build_coverage_index(self) -> CoverageIndex:
        centres = self._centre_ids()
        if isinstance(centres, Table):  # read the coverage's territories without building a centre
            raws = (centres.raw(key) for key in centres)
            reach = [(raw["id"], [c["territory"] for c in raw.get("coverage", ())]) for raw in raws]
        else:
            reach = [(c.id, [k.territory for k in c.coverage]) for c in centres.values()]
        return CoverageIndex(reach, self._territory_ids(), centres)

    def _territory_ids(self) -> Mapping[str, Territory]:
        return self._once("territory ids", lambda: MappingProxyType({t.id: t for t in self.territories()}))

    def _department_codes(self) -> Mapping[str, Territory]:
        return self._once(
            "department codes",
            lambda: MappingProxyType({t.code: t for t in self.territories() if t.kind is TerritoryKind.DEPARTMENT}),
        )

    def _centre_names(self) -> OrganisationNames[Centre]:
        return self._once("centre names", lambda: OrganisationNames(self.centres()))

    def _territory_names(self) -> TerritoryNames:
        return self._once("territory names", lambda: TerritoryNames(self.territories()))

    def _resolve(self, centre: str | Centre) -> Centre:
        return centre if isinstance(centre, Centre) else self.centre(centre)

    def __repr__(self) -> str:
        return f"<Dataset: {len(self.centres())} centres, {len(self.territories())} territories>"
