"""The resource centres (CRPV) and what is known about each."""

from __future__ import annotations

from .dates import PartialDate, Period
from .provenance import Claim, Note
from .record import Record, record
from .vocabulary import Funder, FundingRole, LegalForm, Mission, Role, Status

__all__ = ["Centre", "Coverage", "Funding", "Position", "Publication"]


@record
class Coverage(Record):
    """A territory a centre covers over a period.

    ``period`` is the whole period, its open bounds set by the dating rules (see ``basis``);
    ``attested`` is the part that dated sources state directly. ``stated_as`` keeps the
    source's wording ("Nord Pas-de-Calais Haut-de-France*"); ``note`` explains a conflict or a
    caveat; ``facts`` names the research facts it was encoded from.
    """

    territory: str
    period: Period
    stated_as: str | None = None
    attested: Period | None = None
    basis: str | None = None
    note: str | None = None
    sources: tuple[str, ...]
    facts: tuple[str, ...] = ()


@record
class Publication(Record):
    """A periodical, a series or a collection a centre publishes."""

    title: str
    description: str | None = None
    frequency: str | None = None
    examples: tuple[str, ...] = ()
    as_of: PartialDate | None = None
    period: Period | None = None
    note: str | None = None
    sources: tuple[str, ...]
    facts: tuple[str, ...] = ()


@record
class Funding(Record):
    """A funder or GIP member of a centre, with the body's name as the source gives it."""

    funder: Funder
    body: str
    role: FundingRole
    period: Period | None = None
    as_of: PartialDate | None = None
    note: str | None = None
    sources: tuple[str, ...]
    facts: tuple[str, ...] = ()


@record
class Position(Record):
    """A person's role in a centre (director, president...) as a source gives it."""

    person: str
    role: Role
    period: Period | None = None
    as_of: PartialDate | None = None
    stated_as: str | None = None
    note: str | None = None
    sources: tuple[str, ...]
    facts: tuple[str, ...] = ()


@record
class Centre(Record):
    """A centre de ressources politique de la ville.

    The plain attributes (``name``, ``acronym``, ``founded``, ``legal_form``, ``status``,
    ``website``, ``phone``, ``email``) hold the preferred value; the plural ones hold every
    claim, with its sources, including the ones that disagree.
    """

    id: str
    name: str
    acronym: str | None = None
    founded: int | None = None
    legal_form: LegalForm | None = None
    status: Status
    website: str | None = None
    phone: str | None = None
    email: str | None = None
    names: tuple[Claim[str], ...]
    acronyms: tuple[Claim[str], ...] = ()
    foundings: tuple[Claim[PartialDate], ...] = ()
    legal_forms: tuple[Claim[LegalForm], ...] = ()
    statuses: tuple[Claim[Status], ...]
    websites: tuple[Claim[str], ...] = ()
    phones: tuple[Claim[str], ...] = ()
    emails: tuple[Claim[str], ...] = ()
    head_offices: tuple[Claim[str], ...] = ()
    coverage: tuple[Coverage, ...] = ()
    publications: tuple[Publication, ...] = ()
    missions: tuple[Claim[Mission], ...] = ()
    funding: tuple[Funding, ...] = ()
    people: tuple[Position, ...] = ()
    statements: tuple[Claim[str], ...] = ()
    notes: tuple[Note, ...] = ()
    sources: tuple[str, ...]
