"""Regions and departments: INSEE and ISO 3166-2 codes, names, membership before and after 2016.

**Code rule.** INSEE codes of regions and departments collide ("84" is both Vaucluse and
Auvergne-Rhône-Alpes; "93" both Seine-Saint-Denis and Provence-Alpes-Côte d'Azur). A bare code
always means the *department*, the code people meet most (postcodes, number plates); ask for a
region with ``kind="region"``, its ISO code (``FR-ARA``), its id (``reg-84``) or its name.
Overseas ISO codes (``FR-971``) likewise name the department; the single-department region of
the same name is reached with ``kind="region"``.

**Commune codes.** A five-character INSEE commune code (``13055`` Marseille, ``2A004`` Ajaccio,
``97411`` Saint-Denis de La Réunion) names the department it begins with, by INSEE's rule: its
first three characters from ``97`` (overseas), its first two otherwise. Only that prefix is read:
the commune itself is not checked. A postcode is not a commune code, though it looks like one
(Saint-Denis in Seine-Saint-Denis is commune ``93066``, postcode ``93200``; Ajaccio's postcode
``20000`` names no department, Corsica's communes being ``2A...`` and ``2B...``): a postcode
given as a commune code is read by its prefix alone, which names the right department for most
postcodes but not for all.
"""

from __future__ import annotations

import datetime
import re

from .dates import PartialDate, Period, as_date
from .provenance import Claim
from .record import Record, record
from .vocabulary import AliasKind, TerritoryKind

__all__ = ["Alias", "Territory", "commune_department"]


@record
class Alias(Record):
    """A name people use for a territory that no official list gives it: an abbreviation
    ("AURA") or an English name ("Brittany"). Lookups and :func:`~politique_ville.search`
    accept it. ``sources`` name the sources that use or define it; ``note`` says, in the
    editors' words, where an alias no source gives comes from."""

    name: str
    kind: AliasKind
    sources: tuple[str, ...] = ()
    note: str | None = None


_COMMUNE = re.compile(r"[0-9]{5}|2[AB][0-9]{3}")


def commune_department(code: str) -> str | None:
    """The department code an INSEE commune code begins with, by INSEE's rule, or ``None`` if
    ``code`` is not five characters in the commune code form (see the module documentation).

    >>> commune_department("13055"), commune_department("2a004"), commune_department("97411")
    ('13', '2A', '974')
    """
    code = code.strip().upper()
    if not _COMMUNE.fullmatch(code):
        return None
    return code[:3] if code.startswith("97") else code[:2]


@record
class Territory(Record):
    """A region or a department.

    ``id`` is ``dep-<code>`` or ``reg-<code>`` (lowercase). Departments carry ``region`` (since
    1 January 2016) and ``former_region`` (before); regions carry their ``departments``.
    ``valid`` is the region's lifetime where it began or ended with the 2016 reform. ``iso`` is
    the current ISO 3166-2 code; ``iso_codes`` the dated ones, each with when it held
    (``period``) or when a source listed it (``as_of``), and its sources: the one-letter codes
    of the regions before ISO's change of 2016-11-15, the regions' codes since, and the special
    codes (``FR-20R``, ``FR-75C``). ``collectivity_codes`` are the ISO codes of a collectivity
    that holds the powers of the department, or of part of it, beside its own code (``FR-6AE``
    the Collectivité européenne d'Alsace, ``FR-69M`` the Métropole de Lyon), a note saying which.
    """

    id: str
    kind: TerritoryKind
    code: str
    name: str
    iso: str | None = None
    other_names: tuple[str, ...] = ()
    other_codes: tuple[str, ...] = ()
    iso_codes: tuple[Claim[str], ...] = ()
    collectivity_codes: tuple[Claim[str], ...] = ()
    overseas: bool = False
    valid: Period | None = None
    region: str | None = None
    former_region: str | None = None
    departments: tuple[str, ...] = ()
    aliases: tuple[Alias, ...] = ()
    sources: tuple[str, ...]

    def exists_on(self, when: datetime.date | int | str | PartialDate) -> bool:
        """Whether the territory existed at ``when`` (a date form of the queries; departments
        always have)."""
        when = as_date(when)
        return self.valid is None or self.valid.contains(when)

    def iso_on(self, when: datetime.date | int | str | PartialDate) -> str | None:
        """The ISO 3166-2 code the territory held at ``when``, by its ``iso_codes``: of the codes
        whose period holds then or that a source lists by then (``as_of``), the one dated last;
        ``iso`` for a territory with no dated code; ``None`` when the dated codes leave that date
        uncoded (Hauts-de-France between its creation and ISO's change of 2016-11-15).

        >>> import politique_ville as pv
        >>> [pv.territory("Bretagne").iso_on(year) for year in (2012, 2020)]
        ['FR-E', 'FR-BRE']
        """
        if not self.iso_codes:
            return self.iso
        when = as_date(when)
        found: list[tuple[datetime.date, str]] = []
        for claim in self.iso_codes:
            period, listed = claim.period, claim.as_of
            if period is not None and not period.contains(when):
                continue
            if listed is not None and listed.earliest() <= when.latest():
                found.append((listed.earliest(), claim.value))
            if period is not None:
                found.append((period.start.earliest() if period.start else datetime.date.min, claim.value))
        return max(found)[1] if found else None

    def __str__(self) -> str:
        return f"{self.name} ({self.code})"
