"""Indexes over records: each is built once from records and answers one kind of question.

A :class:`~politique_ville.Dataset` builds each on first use; none holds a dataset, and every
one is built in time linear in the records it indexes.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Generic, TypeVar

from .errors import CloseMatchWarning, UnknownCentreError, UnknownNameError, UnknownTerritoryError
from .evidence import FunderEvidence, MissionEvidence
from .geography import Territory
from .resource_centres import Centre, Coverage
from .text import closest, lookup_key, suggest
from .vocabulary import Basis, Funder, Mission, TerritoryKind

if TYPE_CHECKING:
    from .national_network import Body

__all__ = ["CoverageIndex", "EvidenceIndex", "FoundingYears", "OrganisationNames", "TerritoryNames"]

N = TypeVar("N", bound="Centre | Body")


class OrganisationNames(Generic[N]):
    """Organisations, centres or the network's public bodies, by any of their names, acronyms
    or ids, folded by :func:`~politique_ville.text.lookup_key`; ``error`` is raised when none
    matches."""

    __slots__ = ("_display", "_error", "_keys")

    def __init__(self, organisations: Iterable[N], error: type[UnknownNameError] = UnknownCentreError) -> None:
        owners: dict[str, dict[str, N]] = {}
        display: dict[str, str] = {}
        self._error: type[UnknownNameError] = error
        for item in organisations:
            spellings: list[str] = [item.name, *(claim.value for claim in item.names)]
            if item.acronym:
                spellings.append(item.acronym)
            spellings += [*(claim.value for claim in getattr(item, "acronyms", ())), item.id]
            for spelling in spellings:
                key = lookup_key(spelling)
                if key:
                    owners.setdefault(key, {}).setdefault(item.id, item)
                    display.setdefault(key, spelling)
        self._keys: Mapping[str, tuple[N, ...]] = MappingProxyType(
            {key: tuple(found.values()) for key, found in owners.items()}
        )
        self._display = MappingProxyType(display)

    def find(self, query: str) -> N:
        """The one record known by ``query``, or the one very close to it (with a
        :class:`CloseMatchWarning`); raises the index's error with suggestions."""
        found = self._keys.get(lookup_key(query), ())
        if len(found) == 1:
            return found[0]
        if found:
            raise self._error(query, [c.name for c in found], hint=f"this name stands for several {self._error.plural}")
        keys = closest(lookup_key(query), self._keys)
        near = {c.id: c for key in keys for c in self._keys[key]}
        if len(near) == 1:
            CloseMatchWarning.warn(query, self._display[keys[0]], self._error.what)
            return next(iter(near.values()))
        raise self._error(query, suggest(query, self._display))

    def spellings(self) -> Mapping[str, tuple[N, ...]]:
        """Every lookup key, with the records it names."""
        return self._keys


class TerritoryNames:
    """Territories by code, ISO code, id, any name or alias, departments and regions apart (the
    code rule)."""

    __slots__ = ("_departments", "_display", "_regions")

    def __init__(self, territories: Iterable[Territory]) -> None:
        departments: dict[str, Territory] = {}
        regions: dict[str, Territory] = {}
        display: dict[TerritoryKind, dict[str, str]] = {kind: {} for kind in TerritoryKind}
        for territory in territories:
            index = regions if territory.kind is TerritoryKind.REGION else departments
            names = [territory.name, *territory.other_names, *(a.name for a in territory.aliases)]
            spellings = [territory.id, territory.code, *names, *territory.other_codes]
            if territory.iso:
                spellings.append(territory.iso)
            for spelling in spellings:
                index.setdefault(lookup_key(spelling), territory)
            for name in names:
                display[territory.kind].setdefault(lookup_key(name), name)
        self._departments = MappingProxyType(departments)
        self._regions = MappingProxyType(regions)
        self._display = MappingProxyType({kind: MappingProxyType(names) for kind, names in display.items()})

    def find(self, query: str, kind: TerritoryKind | None) -> Territory:
        """The territory known by ``query``, a department first unless ``kind`` says otherwise;
        else the one very close to it (with a :class:`CloseMatchWarning`)."""
        key = lookup_key(query)
        indexes = [
            index
            for index, of in ((self._departments, TerritoryKind.DEPARTMENT), (self._regions, TerritoryKind.REGION))
            if kind in (None, of)
        ]
        for index in indexes:
            if key in index:
                return index[key]
        for index in indexes:  # a department first here too: an overseas one has its region's name
            keys = closest(key, index)
            near = {index[k].id: index[k] for k in keys}
            if len(near) == 1:
                found = index[keys[0]]
                CloseMatchWarning.warn(query, self._display[found.kind].get(keys[0], found.name), "territory")
                return found
            if near:
                break
        raise self._unknown(query, key, kind)

    def exact(self, query: str) -> Territory | None:
        """The territory ``query`` names exactly, a department first; ``None`` if none."""
        key = lookup_key(query)
        return self._departments.get(key) or self._regions.get(key)

    def _unknown(self, query: str, key: str, kind: TerritoryKind | None) -> UnknownTerritoryError:
        if kind is TerritoryKind.REGION and key in self._departments:
            department = self._departments[key]
            by_id = {t.id: t for t in self._regions.values()}
            names = [by_id[r].name for r in (department.region, department.former_region) if r in by_id]
            return UnknownTerritoryError(query, names, hint=f"{department.name} is a department, in these regions")
        if kind is TerritoryKind.DEPARTMENT and key in self._regions:
            region = self._regions[key]
            by_id = {t.id: t for t in self._departments.values()}
            names = [by_id[d].name for d in region.departments if d in by_id]
            return UnknownTerritoryError(query, names, hint=f"{region.name} is a region, of these departments")
        shown: dict[str, str] = {}
        for of in TerritoryKind:
            if kind in (None, of):
                shown.update(self._display[of])
        hint = "a bare code names a department; use kind='region' for a region" if kind is None else ""
        return UnknownTerritoryError(query, suggest(query, shown), hint=hint)


class CoverageIndex:
    """Each department's coverage records, with their centre, in centre id order.

    Built from each centre's id and the territory of each of its coverage records, so that
    the bundled data need not build a centre to index it; ``centres`` gives a centre by id,
    and only the centres reaching a department asked for are fetched from it.
    """

    __slots__ = ("_by_department", "_centres", "_resolved")

    def __init__(
        self,
        reach: Iterable[tuple[str, Iterable[str]]],
        territories: Mapping[str, Territory],
        centres: Mapping[str, Centre],
    ) -> None:
        index: dict[str, list[tuple[str, int]]] = {}
        for centre, places in reach:  # in centre id order, so each department's list is too
            for position, territory in enumerate(places):
                place = territories[territory]
                for department in place.departments if place.kind is TerritoryKind.REGION else (place.id,):
                    index.setdefault(department, []).append((centre, position))
        self._by_department = index
        self._centres = centres
        self._resolved: dict[str, tuple[tuple[Centre, Coverage], ...]] = {}

    def of(self, department: str) -> tuple[tuple[Centre, Coverage], ...]:
        """The (centre, coverage) pairs that reach the department with id ``department``."""
        found = self._resolved.get(department)
        if found is None:
            pairs = [(self._centres[c], position) for c, position in self._by_department.get(department, ())]
            found = self._resolved.setdefault(department, tuple((c, c.coverage[i]) for c, i in pairs))
        return found


class FoundingYears:
    """Centres by their preferred founding year."""

    __slots__ = ("_by_year", "_years")

    def __init__(self, centres: Iterable[Centre]) -> None:
        by_year: dict[int, list[Centre]] = {}
        for centre in centres:  # in id order, so each year's list is too
            if centre.founded is not None:
                by_year.setdefault(centre.founded, []).append(centre)
        self._by_year = {year: tuple(found) for year, found in by_year.items()}
        self._years = sorted(by_year)

    def between(self, since: int | None, until: int | None) -> tuple[Centre, ...]:
        """The centres founded from ``since`` to ``until`` (inclusive; ``None`` is open), by id."""
        years = self._years[bisect_left(self._years, since if since is not None else -1) :]
        years = years[: bisect_right(years, until if until is not None else 10_000)]
        if len(years) == 1:
            return self._by_year[years[0]]
        return tuple(sorted((c for year in years for c in self._by_year[year]), key=lambda c: c.id))


class EvidenceIndex:
    """Centres by the missions or funders their evidence shows, with and without a basis."""

    __slots__ = ("_index",)

    def __init__(
        self,
        centres: Iterable[Centre],
        evidence: Callable[[Centre], Iterable[MissionEvidence | FunderEvidence]],
    ) -> None:
        index: dict[tuple[Mission | Funder, Basis | None], dict[str, Centre]] = {}
        for centre in centres:  # in id order, so each answer is too
            for item in evidence(centre):
                value = item.mission if isinstance(item, MissionEvidence) else item.funder
                for basis in (None, item.basis):
                    index.setdefault((value, basis), {}).setdefault(centre.id, centre)
        self._index = {key: tuple(found.values()) for key, found in index.items()}

    def of(self, value: Mission | Funder, basis: Basis | None) -> tuple[Centre, ...]:
        """The centres whose evidence shows ``value`` (on ``basis``, or on any basis if ``None``)."""
        return self._index.get((value, basis), ())
