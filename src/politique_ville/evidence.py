"""Answers that say why: a mission, a funder or a territory with the evidence behind it."""

from __future__ import annotations

from .record import Record, record
from .resource_centres import Centre, Coverage
from .vocabulary import Basis, Certainty, Funder, FundingRole, Mission

__all__ = ["CoverageMatch", "FunderEvidence", "MissionEvidence"]


@record
class MissionEvidence(Record):
    """A mission a centre carries, and on what basis: the network-wide framework or a
    source about the centre itself."""

    mission: Mission
    basis: Basis
    detail: str | None = None
    sources: tuple[str, ...]


@record
class FunderEvidence(Record):
    """A funder of a centre, from a network-wide statement or a source about the centre."""

    funder: Funder
    basis: Basis
    role: FundingRole = FundingRole.FUNDER
    detail: str | None = None
    sources: tuple[str, ...]


@record
class CoverageMatch(Record):
    """A centre covering a territory at a date, with the coverage record and how sure it is."""

    centre: Centre
    coverage: Coverage
    certainty: Certainty
