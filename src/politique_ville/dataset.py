"""A loaded dataset: the parts of one data bundle, and the queries over them."""

from __future__ import annotations

import datetime
import os
import threading
import weakref
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any, TypeVar

from . import rules
from .association import QuestionDeVille
from .bundle import PARTS
from .certainty import FRESHNESS_YEARS, reference_date
from .dates import PartialDate, as_date
from .errors import InvalidTypeError, InvalidValueError, UnknownSourceError, UnknownTerritoryError, _shown
from .evidence import Answer, CoverageMatch, FunderEvidence, MissionEvidence
from .fast import Table
from .geography import Territory
from .indexes import CentreNames, CoverageIndex, EvidenceIndex, FoundingYears, TerritoryNames
from .national_network import Network
from .provenance import Source
from .reference_frameworks import ReferenceFramework
from .resource_centres import Centre
from .text import suggest
from .vocabulary import Basis, Certainty, Funder, Mission, Status, TerritoryKind

__all__ = ["Dataset", "DateLike"]

DateLike = datetime.date | int | str | PartialDate
"""What a query accepts as a date: a ``date``, an int year, or ``"YYYY[-MM[-DD]]"``."""

T = TypeVar("T")

_ANSWERS = 4096  # covering answers kept per dataset; a full memo is emptied, never grown

_RANK = {Certainty.ATTESTED: 0, Certainty.INFERRED: 1, Certainty.UNCONFIRMED: 2, Certainty.UNKNOWN: 3}


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
    bundled one. ``version`` is the data version, when the bundle states one. Everything it
    returns is immutable.
    """

    __slots__ = ("__weakref__", "_answers", "_built", "_lock", "_parts", "version")

    def __init__(self, parts: Mapping[str, Callable[[], Any]], *, version: str | None = None) -> None:
        missing = [p.name for p in PARTS if p.name not in parts]
        unknown = sorted(set(parts) - {p.name for p in PARTS})
        if missing or unknown:
            raise InvalidValueError(
                f"a dataset has the parts {', '.join(p.name for p in PARTS)}; "
                f"missing: {', '.join(missing) or 'none'}, unknown: {', '.join(unknown) or 'none'}"
            )
        self._parts = dict(parts)
        self._built: dict[str, Any] = {}
        self._answers: dict[tuple[str, PartialDate | None, int], tuple[CoverageMatch, ...]] = {}
        self._lock = threading.RLock()
        self.version: str | None = version
        """The data version, when the bundle states one."""
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

    def centres(self) -> tuple[Centre, ...]:
        """Every centre, sorted by id (the order of every query result)."""
        return self._once("centres in order", lambda: tuple(self._centre_ids().values()))

    def centre(self, query: str) -> Centre:
        """One centre by id, acronym or any known name; case, accents and punctuation do not matter.

        Raises :class:`UnknownCentreError` (a ``LookupError``) with the closest names.
        """
        if not isinstance(query, str):
            raise InvalidTypeError(f"a centre is looked up by a string, not {type(query).__name__}")
        found = self._centre_ids().get(query)
        if found is not None:
            return found
        return self._once("centre names", lambda: CentreNames(self.centres())).find(query)

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
        region with that code. Raises :class:`UnknownTerritoryError` with suggestions.
        """
        if isinstance(query, Territory):
            return self._territory_ids().get(query.id, query)
        wanted = None if kind is None else TerritoryKind.parse(kind)
        if isinstance(query, bool) or not isinstance(query, (str, int)):
            raise InvalidTypeError(f"a territory is looked up by a string or an int code, not {type(query).__name__}")
        if isinstance(query, int):
            if not 0 <= query < 1000:  # no code has more than three digits (10**5000 has no str)
                raise UnknownTerritoryError(query, hint="territory codes have two or three digits")
            query = f"{query:02d}"
        if wanted is not TerritoryKind.REGION:
            department = self._department_codes().get(query)
            if department is not None:
                return department
        return self._once("territory names", lambda: TerritoryNames(self.territories())).find(query, wanted)

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
        is listed once, with the most certain.
        """
        when = None if on is None else as_date(on)
        place = self.territory(territory)
        if type(horizon) is not int:  # an invalid horizon is refused by the grading, never memoised
            return self._covering(place, when, horizon)
        key = (place.id, when, horizon)
        found = self._answers.get(key)
        if found is None:
            if len(self._answers) >= _ANSWERS:
                self._answers.clear()
            found = self._answers.setdefault(key, self._covering(place, when, horizon))
        return found

    def _covering(self, place: Territory, when: PartialDate | None, horizon: int) -> tuple[CoverageMatch, ...]:
        """:meth:`covering`, computed: each coverage of the place at ``when`` graded for certainty."""
        graded = self.today if when is None else when
        departments = place.departments if place.kind is TerritoryKind.REGION else (place.id,)
        index = self._once("coverage", self._coverage_index)
        best: dict[str, CoverageMatch] = {}
        for department in departments:
            for centre, coverage in index.of(department):  # in centre id order
                if not (coverage.period.is_open if when is None else coverage.period.contains(when)):
                    continue
                certainty, last, rule = rules.coverage_certainty(centre, coverage, graded, self.source, horizon)
                match = CoverageMatch(
                    centre=centre, coverage=coverage, certainty=certainty, last_attested=last, rule=rule
                )
                known = best.get(centre.id)
                if known is None or _RANK[certainty] < _RANK[known.certainty]:
                    best[centre.id] = match
        return tuple(sorted(best.values(), key=lambda match: match.centre.id))

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
        older than the freshness horizon. See :meth:`covering` for the evidence.
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

    def missions_of(self, centre: str | Centre) -> tuple[MissionEvidence, ...]:
        """Every mission a centre carries, with its basis and sources."""
        return rules.missions_of(self._resolve(centre), self.frameworks(), self.network(), self.source)

    def by_mission(self, mission: Mission | str, *, basis: Basis | str | None = None) -> tuple[Centre, ...]:
        """The centres carrying ``mission`` (enum, slug, French or English label).

        ``basis="centre"`` keeps only centres for which a source about the centre shows it.
        """
        wanted = Mission.parse(mission)
        only = None if basis is None else Basis.parse(basis)
        index = self._once("missions", lambda: EvidenceIndex(self.centres(), self.missions_of))
        return index.of(wanted, only)

    def funders_of(self, centre: str | Centre) -> tuple[FunderEvidence, ...]:
        """Every funder of a centre, with its basis and sources."""
        return rules.funders_of(self._resolve(centre), self.network(), self.source)

    def by_funder(self, funder: Funder | str, *, basis: Basis | str | None = None) -> tuple[Centre, ...]:
        """The centres funded by ``funder`` (enum, slug, French or English label).

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

    def _resolve(self, centre: str | Centre) -> Centre:
        return centre if isinstance(centre, Centre) else self.centre(centre)

    def __repr__(self) -> str:
        return f"<Dataset: {len(self.centres())} centres, {len(self.territories())} territories>"
