"""Question de Ville, the association of the centres' directors."""

from __future__ import annotations

from attrs import frozen

from .dates import PartialDate
from .provenance import Claim
from .record import Record
from .vocabulary import LegalForm, Role

__all__ = ["Board", "BoardMember", "Contribution", "QuestionDeVille"]


@frozen(kw_only=True, repr=False, eq=False)
class BoardMember(Record):
    """A person on a board, with a role where the source gives one."""

    person: str
    role: Role | None = None
    stated_as: str | None = None


@frozen(kw_only=True, repr=False, eq=False)
class Board(Record):
    """A board of directors (conseil d'administration) as a source lists it."""

    label: str
    members: tuple[BoardMember, ...]
    sources: tuple[str, ...]
    as_of: PartialDate | None = None
    founding: bool = False
    facts: tuple[str, ...] = ()


@frozen(kw_only=True, repr=False, eq=False)
class Contribution(Record):
    """A published opinion (avis) or other contribution of the association."""

    title: str
    sources: tuple[str, ...]
    date: PartialDate | None = None
    format: str | None = None
    stated_as: str | None = None
    note: str | None = None
    facts: tuple[str, ...] = ()


@frozen(kw_only=True, repr=False, eq=False)
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
    notes: tuple[Claim[str], ...] = ()
    sources: tuple[str, ...]
    names: tuple[Claim[str], ...] = ()
    legal_forms: tuple[Claim[LegalForm], ...] = ()
    head_offices: tuple[Claim[str], ...] = ()
