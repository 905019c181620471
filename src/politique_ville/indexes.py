"""Indexes over records: each is built once from records and answers one kind of question.

A :class:`~politique_ville.Dataset` builds each on first use; none holds a dataset, and every
one is built in time linear in the records it indexes.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType

from .errors import UnknownCentreError, UnknownTerritoryError
from .evidence import FunderEvidence, MissionEvidence
from .geography import Territory
from .resource_centres import Centre, Coverage
from .text import lookup_key, suggest
from .vocabulary import Basis, Funder, Mission, TerritoryKind

__all__ = ["CentreNames", "CoverageIndex", "EvidenceIndex", "FoundingYears", "TerritoryNames"]


class CentreNames:
    """Centres by any of their names, acronyms or ids, folded by :func:`~politique_ville.text.lookup_key`."""

    __slots__ = ("_display", "_keys")

    def __init__(self, centres: Iterable[Centre]) -> None:
        owners: dict[str, dict[str, Centre]] = {}
        display: dict[str, str] = {}
        for centre in centres:
            spellings = [centre.name, *(c.value for c in centre.names)]
            if centre.acronym:
                spellings.append(centre.acronym)
            spellings += [*(c.value for c in centre.acronyms), centre.id]
            for spelling in spellings:
                key = lookup_key(spelling)
                if key:
                    owners.setdefault(key, {}).setdefault(centre.id, centre)
                    display.setdefault(key, spelling)
        self._keys: Mapping[str, tuple[Centre, ...]] = MappingProxyType(
            {key: tuple(found.values()) for key, found in owners.items()}
        )
        self._display = MappingProxyType(display)

    def find(self, query: str) -> Centre:
        """The one centre known by ``query``; raises :class:`UnknownCentreError` with suggestions."""
        found = self._keys.get(lookup_key(query), ())
        if len(found) == 1:
            return found[0]
        if found:
            raise UnknownCentreError(query, [c.name for c in found], hint="this name stands for several centres")
        raise UnknownCentreError(query, suggest(query, self._display))


class TerritoryNames:
    """Territories by code, ISO code, id or any name, departments and regions apart (the code rule)."""

    __slots__ = ("_departments", "_display", "_regions")

    def __init__(self, territories: Iterable[Territory]) -> None:
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
        self._departments = MappingProxyType(departments)
        self._regions = MappingProxyType(regions)
        self._display = MappingProxyType(display)

    def find(self, query: str, kind: TerritoryKind | None) -> Territory:
        """The territory known by ``query``, a department first unless ``kind`` says otherwise."""
        key = lookup_key(query)
        found = None
        if kind is not TerritoryKind.REGION:
            found = self._departments.get(key)
        if found is None and kind is not TerritoryKind.DEPARTMENT:
            found = self._regions.get(key)
        if found is None:
            hint = "a bare code names a department; use kind='region' for a region" if kind is None else ""
            raise UnknownTerritoryError(query, suggest(query, self._display), hint=hint)
        return found


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
