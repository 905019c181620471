"""The national reference frameworks: cahier des charges, cadres de référence, charte."""

from __future__ import annotations

from .dates import PartialDate
from .provenance import Claim, Note
from .record import Record, record
from .vocabulary import FrameworkKind, Mission

__all__ = ["ReferenceFramework", "Signatory"]


@record
class Signatory(Record):
    """A person or body that signed a framework, in the capacity the source gives."""

    name: str | None = None
    capacity: str | None = None
    organisation: str | None = None
    note: str | None = None
    sources: tuple[str, ...]
    facts: tuple[str, ...] = ()


@record
class ReferenceFramework(Record):
    """A national text that frames the centres' missions and governance.

    ``date`` is the preferred date; ``dates`` keeps each dated event (drafted, confirmed,
    signed) and any conflicting statement, with sources.
    """

    id: str
    kind: FrameworkKind
    title: str
    date: PartialDate | None = None
    dates: tuple[Claim[PartialDate], ...] = ()
    authors: tuple[Claim[str], ...] = ()
    signatories: tuple[Signatory, ...] = ()
    missions: tuple[Mission, ...] = ()
    mission_texts: tuple[Claim[str], ...] = ()
    aims: tuple[Claim[str], ...] = ()
    contents: tuple[Claim[str], ...] = ()
    audiences: tuple[Claim[str], ...] = ()
    replaces: str | None = None
    statements: tuple[Claim[str], ...] = ()
    notes: tuple[Note, ...] = ()
    titles: tuple[Claim[str], ...] = ()
    sources: tuple[str, ...]
