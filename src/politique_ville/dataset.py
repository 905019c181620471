"""A loaded dataset: the records, their indexes and the queries over them."""

from __future__ import annotations

import datetime
import threading
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from .dates import PartialDate, as_date
from .errors import InvalidTypeError, InvalidValueError, UnknownCentreError, UnknownSourceError, UnknownTerritoryError
from .geography import Territory
from .resource_centres import Centre, Coverage
from .text import lookup_key, suggest
from .vocabulary import Basis, Funder, FunderScope, LegalForm, Mission, Status, TerritoryKind

if TYPE_CHECKING:
    from .association import QuestionDeVille
    from .evidence import CoverageMatch, FunderEvidence, MissionEvidence
    from .national_network import Network
    from .provenance import Source
    from .reference_frameworks import ReferenceFramework

__all__ = ["Dataset", "DateLike"]

DateLike = datetime.date | int | str | PartialDate
"""What a query accepts as a date: a ``date``, an int year, or ``"YYYY[-MM[-DD]]"``."""


class Dataset:
    """Every record of one data bundle, indexed once, with the query helpers as methods.

    Build one with :func:`politique_ville.load`; the module-level functions use the bundled one.
    Everything it returns is immutable.
    """

    __slots__ = (
        "_by_year",
        "_centre_ids",
        "_centre_keys",
        "_centre_names",
        "_centres",
        "_coverage_index",
        "_department_codes",
        "_lock",
        "_parts",
        "_reader",
        "_territories",
        "_territory_ids",
        "_territory_keys",
        "_years",
    )

    def __init__(
        self,
        *,
        sources: tuple[Source, ...],
        centres: tuple[Centre, ...],
        network: Network,
        question_de_ville: QuestionDeVille,
        frameworks: tuple[ReferenceFramework, ...],
        territories: tuple[Territory, ...],
    ) -> None:
        self._parts: dict[str, object] = {
            "sources": sources,
            "network": network,
            "question_de_ville": question_de_ville,
            "frameworks": frameworks,
        }
        self._reader: Callable[[str], object] | None = None
        self._index(centres, territories)

    @classmethod
    def _deferred(
        cls, *, centres: tuple[Centre, ...], territories: tuple[Territory, ...], reader: Callable[[str], object]
    ) -> Dataset:
        """A dataset whose other parts (sources, network...) are read by ``reader`` on first use."""
        dataset = cls.__new__(cls)
        dataset._parts = {}
        dataset._reader = reader
        dataset._index(centres, territories)
        return dataset

    def _index(self, centres: tuple[Centre, ...], territories: tuple[Territory, ...]) -> None:
        self._lock = threading.Lock()
        self._centres = tuple(sorted(centres, key=lambda c: c.id))
        self._territories = territories
        self._centre_ids = MappingProxyType({c.id: c for c in self._centres})
        self._territory_ids = MappingProxyType({t.id: t for t in territories})
        self._centre_keys: Mapping[str, Centre | tuple[str, ...]] | None = None  # built on first lookup
        self._centre_names: Mapping[str, str] = MappingProxyType({})
        self._department_codes = MappingProxyType(
            {t.code: t for t in territories if t.kind is TerritoryKind.DEPARTMENT}
        )  # the exact codes most queries use; the forgiving index is built on the first other query
        self._territory_keys: tuple[Mapping[str, Territory], Mapping[str, Territory], Mapping[str, str]] | None = None
        self._coverage_index = _coverage_index(self._centres, self._territory_ids)
        self._years: list[int] | None = None  # the founding-year index, built on first use
        self._by_year: dict[int, tuple[Centre, ...]] = {}

    def _part(self, name: str) -> Any:
        try:
            return self._parts[name]
        except KeyError:
            with self._lock:
                if name not in self._parts:
                    assert self._reader is not None
                    self._parts[name] = self._reader(name)
            return self._parts[name]

    # -- records ---------------------------------------------------------------------------

    def centres(self) -> tuple[Centre, ...]:
        """Every centre, sorted by id (the order of every query result)."""
        return self._centres

    def centre(self, query: str) -> Centre:
        """One centre by id, acronym or any known name; case, accents and punctuation do not matter.

        Raises :class:`UnknownCentreError` (a ``LookupError``) with the closest names.
        """
        if not isinstance(query, str):
            raise InvalidTypeError(f"a centre is looked up by a string, not {type(query).__name__}")
        keys = self._centre_keys
        if keys is None:  # two threads may both build it: the same index, harmlessly
            keys, self._centre_names = _centre_index(self._centres)
            self._centre_keys = keys
        found = self._centre_ids.get(query) or keys.get(lookup_key(query))
        if isinstance(found, Centre):
            return found
        if isinstance(found, tuple):
            raise UnknownCentreError(
                query, [self._centre_ids[i].name for i in found], hint="this name stands for several centres"
            )
        raise UnknownCentreError(query, suggest(query, self._centre_names))

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
        sources: tuple[Source, ...] = self._part("sources")
        return sources

    def source(self, source_id: str) -> Source:
        """One source by id (a seed's file stem or a research page's id)."""
        index: dict[str, Source] = self._parts.setdefault("source index", {s.id: s for s in self.sources()})  # type: ignore[assignment]
        if isinstance(source_id, str) and source_id in index:
            return index[source_id]
        raise UnknownSourceError(source_id, suggest(source_id, list(index)) if isinstance(source_id, str) else [])

    def territories(self) -> tuple[Territory, ...]:
        """Every region (before and after 2016) and department."""
        return self._territories

    def territory(self, query: str | int | Territory, *, kind: TerritoryKind | str | None = None) -> Territory:
        """One territory by INSEE code, ISO 3166-2 code, id or name.

        A bare code names a department ("84" is Vaucluse); pass ``kind="region"`` for the
        region with that code. Raises :class:`UnknownTerritoryError` with suggestions.
        """
        if isinstance(query, Territory):
            return self._territory_ids.get(query.id, query)
        wanted = None if kind is None else TerritoryKind.parse(kind)
        if isinstance(query, bool) or not isinstance(query, (str, int)):
            raise InvalidTypeError(f"a territory is looked up by a string or an int code, not {type(query).__name__}")
        if isinstance(query, int):
            query = f"{query:02d}"
        if wanted is not TerritoryKind.REGION and query in self._department_codes:
            return self._department_codes[query]
        if self._territory_keys is None:
            self._territory_keys = _territory_index(self._territories)
        departments, regions, names = self._territory_keys
        key = lookup_key(query)
        found = None
        if wanted is not TerritoryKind.REGION:
            found = departments.get(key)
        if found is None and wanted is not TerritoryKind.DEPARTMENT:
            found = regions.get(key)
        if found is None:
            hint = "a bare code names a department; use kind='region' for a region" if wanted is None else ""
            raise UnknownTerritoryError(query, suggest(query, names), hint=hint)
        return found

    # -- queries ---------------------------------------------------------------------------

    def covering(self, territory: str | int | Territory, *, on: DateLike | None = None) -> tuple[CoverageMatch, ...]:
        """The centres covering ``territory`` at ``on`` (default: the latest known state),
        each with its coverage record and whether a dated source attests it then.

        A region matches the centres covering any of its departments.
        """
        from .evidence import CoverageMatch

        when = None if on is None else as_date(on)
        return tuple(
            CoverageMatch(centre=centre, coverage=coverage, certainty=coverage.certainty(when))
            for centre, coverage in self._matches(territory, when)
        )

    def by_territory(self, territory: str | int | Territory, *, on: DateLike | None = None) -> tuple[Centre, ...]:
        """The centres covering a region or department at ``on`` (default: latest known state).

        A region matches the centres covering any of its departments; a year means "at any
        time in that year". See :meth:`covering` for the evidence and its certainty.
        """
        return tuple(centre for centre, _ in self._matches(territory, None if on is None else as_date(on)))

    def _matches(self, territory: str | int | Territory, when: PartialDate | None) -> list[tuple[Centre, Coverage]]:
        place = self.territory(territory)
        departments = place.departments if place.kind is TerritoryKind.REGION else (place.id,)
        matches: dict[str, tuple[Centre, Coverage]] = {}
        for department in departments:
            for centre, coverage in self._coverage_index.get(department, ()):  # in centre id order
                if centre.id not in matches and (
                    coverage.period.is_open if when is None else coverage.period.contains(when)
                ):
                    matches[centre.id] = (centre, coverage)
        found = list(matches.values())
        if len(departments) > 1:
            found.sort(key=lambda match: match[0].id)
        return found

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
            raise InvalidValueError(f"since ({since}) is after until ({until})")
        if self._years is None:
            by_year: dict[int, list[Centre]] = {}
            for centre in self._centres:  # in id order, so each year's list is too
                if centre.founded is not None:
                    by_year.setdefault(centre.founded, []).append(centre)
            self._by_year = {year: tuple(found) for year, found in by_year.items()}
            self._years = sorted(by_year)
        years = self._years[bisect_left(self._years, since if since is not None else -1) :]
        years = years[: bisect_right(years, until if until is not None else 10_000)]
        if len(years) == 1:
            return self._by_year[years[0]]
        return tuple(sorted((c for year in years for c in self._by_year[year]), key=lambda c: c.id))

    def missions_of(self, centre: str | Centre) -> tuple[MissionEvidence, ...]:
        """Every mission a centre carries, with its basis and sources."""
        from .evidence import MissionEvidence

        record = self._resolve(centre)
        evidence = [
            MissionEvidence(mission=claim.value, basis=Basis.CENTRE, sources=claim.sources, detail=claim.note)
            for claim in record.missions
        ]
        if _in_network(record):
            for framework in self.frameworks():
                evidence += [
                    MissionEvidence(mission=m, basis=Basis.NETWORK, sources=framework.sources, detail=framework.title)
                    for m in framework.missions
                ]
            for statement in self.network().specificities:
                if not statement.optional:
                    evidence += [
                        MissionEvidence(
                            mission=m, basis=Basis.NETWORK, sources=statement.sources, detail=statement.text
                        )
                        for m in statement.missions
                    ]
        return tuple(evidence)

    def by_mission(self, mission: Mission | str, *, basis: Basis | str | None = None) -> tuple[Centre, ...]:
        """The centres carrying ``mission`` (enum, slug, French or English label).

        ``basis="centre"`` keeps only centres for which a source about the centre shows it.
        """
        wanted = Mission.parse(mission)
        only = None if basis is None else Basis.parse(basis)
        return tuple(
            c
            for c in self._centres
            if any(e.mission is wanted and (only is None or e.basis is only) for e in self.missions_of(c))
        )

    def funders_of(self, centre: str | Centre) -> tuple[FunderEvidence, ...]:
        """Every funder of a centre, with its basis and sources."""
        from .evidence import FunderEvidence

        record = self._resolve(centre)
        evidence = [
            FunderEvidence(funder=f.funder, basis=Basis.CENTRE, sources=f.sources, role=f.role, detail=f.body)
            for f in record.funding
        ]
        if _in_network(record):
            for statement in self.network().funders:
                applies = statement.scope is FunderScope.ALL_CENTRES or (
                    statement.scope is FunderScope.GIP_CENTRES and record.legal_form is LegalForm.GIP
                )
                if applies:
                    evidence += [
                        FunderEvidence(
                            funder=f, basis=Basis.NETWORK, sources=statement.sources, detail=statement.stated_as
                        )
                        for f in statement.funders
                    ]
        return tuple(evidence)

    def by_funder(self, funder: Funder | str, *, basis: Basis | str | None = None) -> tuple[Centre, ...]:
        """The centres funded by ``funder`` (enum, slug, French or English label).

        ``basis="centre"`` keeps only centres for which a source about the centre names it.
        """
        wanted = Funder.parse(funder)
        only = None if basis is None else Basis.parse(basis)
        return tuple(
            c
            for c in self._centres
            if any(e.funder is wanted and (only is None or e.basis is only) for e in self.funders_of(c))
        )

    def _resolve(self, centre: str | Centre) -> Centre:
        return centre if isinstance(centre, Centre) else self.centre(centre)

    def __repr__(self) -> str:
        return f"<Dataset: {len(self._centres)} centres, {len(self._territories)} territories>"


def _in_network(centre: Centre) -> bool:
    """Network-wide statements hold for the centres that have operated, not those in preparation."""
    return centre.status is not Status.IN_PREPARATION


def _centre_index(centres: Iterable[Centre]) -> tuple[Mapping[str, Centre | tuple[str, ...]], Mapping[str, str]]:
    owners: dict[str, list[Centre]] = {}
    display: dict[str, str] = {}
    for centre in centres:
        spellings = [centre.name, *(c.value for c in centre.names)]
        if centre.acronym:
            spellings.append(centre.acronym)
        spellings += [*(c.value for c in centre.acronyms), centre.id]
        for spelling in spellings:
            key = lookup_key(spelling)
            if key and centre not in owners.setdefault(key, []):
                owners[key].append(centre)
                display.setdefault(key, spelling)
    keys: dict[str, Centre | tuple[str, ...]] = {
        key: found[0] if len(found) == 1 else tuple(c.id for c in found) for key, found in owners.items()
    }
    return MappingProxyType(keys), MappingProxyType(display)


def _territory_index(
    territories: Iterable[Territory],
) -> tuple[Mapping[str, Territory], Mapping[str, Territory], Mapping[str, str]]:
    departments: dict[str, Territory] = {}
    regions: dict[str, Territory] = {}
    display: dict[str, str] = {}
    for territory in territories:
        index = regions if territory.kind is TerritoryKind.REGION else departments
        spellings = [territory.id, territory.code, territory.name, *territory.other_names, *territory.other_codes]
        if territory.iso:
            spellings.append(territory.iso)
        for spelling in spellings:
            index.setdefault(lookup_key(spelling), territory)
        for name in (territory.name, *territory.other_names):
            display.setdefault(lookup_key(name), name)
    return MappingProxyType(departments), MappingProxyType(regions), MappingProxyType(display)


def _coverage_index(
    centres: Iterable[Centre], territories: Mapping[str, Territory]
) -> Mapping[str, tuple[tuple[Centre, Coverage], ...]]:
    index: dict[str, list[tuple[Centre, Coverage]]] = {}
    for centre in centres:
        for coverage in centre.coverage:
            place = territories[coverage.territory]
            for department in place.departments if place.kind is TerritoryKind.REGION else (place.id,):
                index.setdefault(department, []).append((centre, coverage))
    return MappingProxyType({k: tuple(v) for k, v in index.items()})
