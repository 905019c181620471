"""Regions and departments: INSEE and ISO 3166-2 codes, names, membership before and after 2016.

**Code rule.** INSEE codes of regions and departments collide ("84" is both Vaucluse and
Auvergne-Rhône-Alpes; "93" both Seine-Saint-Denis and Provence-Alpes-Côte d'Azur). A bare code
always means the *department*, the code people meet most (postcodes, number plates); ask for a
region with ``kind="region"``, its ISO code (``FR-ARA``), its id (``reg-84``) or its name.
Overseas ISO codes (``FR-971``) likewise name the department; the single-department region of
the same name is reached with ``kind="region"``.
"""

from __future__ import annotations

import datetime

from .dates import PartialDate, Period, as_date
from .record import Record, record
from .vocabulary import AliasKind, TerritoryKind

__all__ = ["Alias", "Territory"]


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


@record
class Territory(Record):
    """A region or a department.

    ``id`` is ``dep-<code>`` or ``reg-<code>`` (lowercase). Departments carry ``region`` (since
    1 January 2016) and ``former_region`` (before); regions carry their ``departments``.
    ``valid`` is the region's lifetime where it began or ended with the 2016 reform.
    """

    id: str
    kind: TerritoryKind
    code: str
    name: str
    iso: str | None = None
    other_names: tuple[str, ...] = ()
    other_codes: tuple[str, ...] = ()
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

    def __str__(self) -> str:
        return f"{self.name} ({self.code})"
