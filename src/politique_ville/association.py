"""Question de Ville, the association of the centres' directors."""

from __future__ import annotations

from .dates import PartialDate
from .provenance import Claim, Note
from .record import Record, record
from .vocabulary import LegalForm, Role

__all__ = ["Board", "BoardMember", "Contribution", "QuestionDeVille"]


@record
class BoardMember(Record):
    """A person on a board, with a role where the source gives one."""

    person: str
    role: Role | None = None
    stated_as: str | None = None


@record
class Board(Record):
    """A board of directors (conseil d'administration) as a source lists it."""

    label: str
    members: tuple[BoardMember, ...]
    as_of: PartialDate | None = None
    founding: bool = False
    sources: tuple[str, ...]
    facts: tuple[str, ...] = ()


@record
class Contribution(Record):
    """A published opinion (avis) or other contribution of the association."""

    title: str
    date: PartialDate | None = None
    format: str | None = None
    stated_as: str | None = None
    note: str | None = None
    sources: tuple[str, ...]
    facts: tuple[str, ...] = ()


@record
class QuestionDeVille(Record):
    """The association of the directors of the centres, created in 2008."""

    name: str
    founded: int
    foundings: tuple[Claim[PartialDate], ...]
    considerations: tuple[Claim[str], ...] = ()
    purposes: tuple[Claim[str], ...] = ()
    boards: tuple[Board, ...] = ()
    contributions: tuple[Contribution, ...] = ()
    roles: tuple[Claim[str], ...] = ()
    statements: tuple[Claim[str], ...] = ()
    notes: tuple[Note, ...] = ()
    names: tuple[Claim[str], ...] = ()
    legal_forms: tuple[Claim[LegalForm], ...] = ()
    head_offices: tuple[Claim[str], ...] = ()
    sources: tuple[str, ...]
