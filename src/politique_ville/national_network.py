"""The national network of the centres, its animators and its national centre."""

from __future__ import annotations

from .dates import PartialDate, Period
from .provenance import Claim, Note
from .record import Record, record
from .resource_centres import Publication
from .vocabulary import Funder, FunderScope, Mission

__all__ = ["Animator", "Body", "CentreCount", "Event", "FunderStatement", "MissionStatement", "Network", "StateFunding"]


@record
class Body(Record):
    """A public body or service named by the sources (the DIV's resource centre, the CGET...)."""

    id: str
    name: str
    acronym: str | None = None
    founded: int | None = None
    names: tuple[Claim[str], ...]
    foundings: tuple[Claim[PartialDate], ...] = ()
    sources: tuple[str, ...]


@record
class Animator(Record):
    """A body that animated the network over a period."""

    body: str
    name: str
    period: Period | None = None
    stated_as: str | None = None
    basis: str | None = None
    sources: tuple[str, ...]
    facts: tuple[str, ...] = ()


@record
class CentreCount(Record):
    """How many centres a source counts in the network, and when."""

    count: int
    as_of: PartialDate | None = None
    stated_as: str | None = None
    note: str | None = None
    sources: tuple[str, ...]
    facts: tuple[str, ...] = ()


@record
class StateFunding(Record):
    """The State's credits for the centres in a year."""

    amount_eur: int
    year: int
    programme: str
    stated_as: str | None = None
    sources: tuple[str, ...]
    facts: tuple[str, ...] = ()


@record
class FunderStatement(Record):
    """A network-wide statement of who funds the centres, and which centres it covers."""

    funders: tuple[Funder, ...]
    scope: FunderScope
    stated_as: str | None = None
    sources: tuple[str, ...]
    facts: tuple[str, ...] = ()


@record
class MissionStatement(Record):
    """A mission or specificity as a source words it, and the missions it stands for."""

    text: str
    missions: tuple[Mission, ...]
    optional: bool = False
    sources: tuple[str, ...]
    facts: tuple[str, ...] = ()


@record
class Event(Record):
    """A dated event of the network: a national meeting, a seminar, a signature.

    ``date`` is the (first) day, ``end`` the last day of a meeting over several days;
    ``edition`` the number the sources give it ("6e rencontre nationale").
    """

    title: str
    date: PartialDate | None = None
    place: str | None = None
    note: str | None = None
    end: PartialDate | None = None
    edition: int | None = None
    organisers: tuple[str, ...] = ()
    sources: tuple[str, ...]
    facts: tuple[str, ...] = ()


@record
class Network(Record):
    """The national network of the centres de ressources politique de la ville."""

    name: str
    founded: int
    foundings: tuple[Claim[PartialDate], ...]
    national_centre: Body
    bodies: tuple[Body, ...] = ()
    animators: tuple[Animator, ...]
    centre_counts: tuple[CentreCount, ...] = ()
    members: tuple[Claim[str], ...] = ()
    coverage_shares: tuple[Claim[str], ...] = ()
    state_funding: tuple[StateFunding, ...] = ()
    funders: tuple[FunderStatement, ...] = ()
    press_review: tuple[Claim[str], ...] = ()
    websites: tuple[Claim[str], ...] = ()
    events: tuple[Event, ...] = ()
    reports: tuple[Claim[str], ...] = ()
    key_figures: tuple[Claim[str], ...] = ()
    specificities: tuple[MissionStatement, ...] = ()
    principles: tuple[Claim[str], ...] = ()
    audiences: tuple[Claim[str], ...] = ()
    roles: tuple[Claim[str], ...] = ()
    statements: tuple[Claim[str], ...] = ()
    notes: tuple[Note, ...] = ()
    acronyms: tuple[Claim[str], ...] = ()
    publications: tuple[Publication, ...] = ()
    sources: tuple[str, ...]
