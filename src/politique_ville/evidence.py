"""Answers that say why: a value, a mission, a funder or a coverage with the evidence behind it."""

from __future__ import annotations

from typing import Generic, TypeVar

from .dates import PartialDate
from .record import Record, record
from .resource_centres import Centre, Coverage
from .vocabulary import Basis, Certainty, Funder, FundingRole, Mission, Rule

__all__ = ["Answer", "CoverageMatch", "FunderEvidence", "MissionEvidence"]

T = TypeVar("T")


@record
class Answer(Record, Generic[T]):
    """A value at a date, with how sure it is.

    ``certainty`` says whether a source holding at that date states the value (attested), a
    named ``rule`` carries it there (inferred), or its last dated statement is older than the
    freshness horizon (unconfirmed); ``value`` is ``None`` when no dated statement is at or
    before that date (unknown). ``last_attested`` is the latest date the answer rests on, and
    ``sources`` the sources of that statement.
    """

    value: T | None
    certainty: Certainty
    last_attested: PartialDate | None = None
    rule: Rule | None = None
    sources: tuple[str, ...] = ()


@record
class MissionEvidence(Record):
    """A mission a centre carries, and on what basis: a network-wide statement (of a date,
    ``as_of``, when it has one) or a source about the centre itself.

    ``certainty``, ``last_attested`` and ``rule`` say how sure it is at the date asked, as for
    an :class:`Answer`: a network-wide statement is at best inferred for one centre (the
    ``network-scope`` rule), and an undated statement is unknown."""

    mission: Mission
    basis: Basis
    detail: str | None = None
    as_of: PartialDate | None = None
    certainty: Certainty
    last_attested: PartialDate | None = None
    rule: Rule | None = None
    sources: tuple[str, ...]


@record
class FunderEvidence(Record):
    """A funder of a centre, from a network-wide statement or a source about the centre, with
    how sure it is at the date asked (as for a :class:`MissionEvidence`)."""

    funder: Funder
    basis: Basis
    role: FundingRole = FundingRole.FUNDER
    detail: str | None = None
    as_of: PartialDate | None = None
    certainty: Certainty
    last_attested: PartialDate | None = None
    rule: Rule | None = None
    sources: tuple[str, ...]


@record
class CoverageMatch(Record):
    """A centre covering a territory at a date, with the coverage record and how sure it is:
    ``certainty``, the ``rule`` that infers it (if inferred or unconfirmed) and the date of the
    latest statement it rests on (``last_attested``). ``commune`` is the INSEE commune code the
    territory was asked by, when it was: only its department prefix was read."""

    centre: Centre
    coverage: Coverage
    certainty: Certainty
    last_attested: PartialDate | None = None
    rule: Rule | None = None
    commune: str | None = None
