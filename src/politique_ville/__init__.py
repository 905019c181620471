"""politique-ville: France's centres de ressources politique de la ville, typed, dated and sourced.

>>> import politique_ville as pv
>>> pv.centre("CR-DSU").founded
1993
>>> [c.id for c in pv.by_territory("93")]
['profession-banlieue']

The functions below query the bundled dataset, read once on first use; :func:`load` gives
the same functions as methods of a :class:`Dataset`, for the bundled data or your own files.
"""

from __future__ import annotations

from .association import Board, BoardMember, Contribution, QuestionDeVille
from .centres import Centre, Coverage, Funding, Position, Publication
from .dataset import Dataset, DateLike
from .dates import DateEstimate, PartialDate, Period, Precision
from .errors import (
    DataError,
    Error,
    InvalidTypeError,
    InvalidValueError,
    UnknownCentreError,
    UnknownChoiceError,
    UnknownNameError,
    UnknownSourceError,
    UnknownTerritoryError,
)
from .evidence import CoverageMatch, FunderEvidence, MissionEvidence
from .frameworks import ReferenceFramework, Signatory
from .loading import load
from .maps import coverage_map, write_coverage_map
from .network import Animator, Body, CentreCount, Event, FunderStatement, MissionStatement, Network, StateFunding
from .provenance import Claim, Source
from .territories import Territory
from .vocabulary import (
    Basis,
    Certainty,
    FrameworkKind,
    Funder,
    FunderScope,
    FundingRole,
    LegalForm,
    Mission,
    Role,
    SourceKind,
    Status,
    TerritoryKind,
    Vocabulary,
)

__version__ = "0.1.0"

DATA_VERSION = "2026.11.22"
"""The release of the bundled data (its date, ``YYYY.MM.DD``), versioned apart from the API."""

__all__ = [
    "DATA_VERSION",
    "Animator",
    "Basis",
    "Board",
    "BoardMember",
    "Body",
    "Centre",
    "CentreCount",
    "Certainty",
    "Claim",
    "Contribution",
    "Coverage",
    "CoverageMatch",
    "DataError",
    "Dataset",
    "DateEstimate",
    "DateLike",
    "Error",
    "Event",
    "FrameworkKind",
    "Funder",
    "FunderEvidence",
    "FunderScope",
    "FunderStatement",
    "Funding",
    "FundingRole",
    "InvalidTypeError",
    "InvalidValueError",
    "LegalForm",
    "Mission",
    "MissionEvidence",
    "MissionStatement",
    "Network",
    "PartialDate",
    "Period",
    "Position",
    "Precision",
    "Publication",
    "QuestionDeVille",
    "ReferenceFramework",
    "Role",
    "Signatory",
    "Source",
    "SourceKind",
    "StateFunding",
    "Status",
    "Territory",
    "TerritoryKind",
    "UnknownCentreError",
    "UnknownChoiceError",
    "UnknownNameError",
    "UnknownSourceError",
    "UnknownTerritoryError",
    "Vocabulary",
    "__version__",
    "by_founding_year",
    "by_funder",
    "by_mission",
    "by_territory",
    "centre",
    "centres",
    "coverage_map",
    "covering",
    "frameworks",
    "funders_of",
    "load",
    "missions_of",
    "network",
    "question_de_ville",
    "source",
    "sources",
    "territories",
    "territory",
    "write_coverage_map",
]


def centres() -> tuple[Centre, ...]:
    """Every centre, sorted by id."""
    return load().centres()


def centre(query: str) -> Centre:
    """One centre by id, acronym or any known name (forgiving); see :meth:`Dataset.centre`."""
    return load().centre(query)


def network() -> Network:
    """The national network of the centres."""
    return load().network()


def question_de_ville() -> QuestionDeVille:
    """Question de Ville, the association of the centres' directors."""
    return load().question_de_ville()


def frameworks() -> tuple[ReferenceFramework, ...]:
    """The national reference frameworks."""
    return load().frameworks()


def sources() -> tuple[Source, ...]:
    """Every source the data cites."""
    return load().sources()


def source(source_id: str) -> Source:
    """One source by id."""
    return load().source(source_id)


def territories() -> tuple[Territory, ...]:
    """Every region (before and after 2016) and department."""
    return load().territories()


def territory(query: str | int | Territory, *, kind: TerritoryKind | str | None = None) -> Territory:
    """One territory by code, ISO code, id or name; a bare code names a department."""
    return load().territory(query, kind=kind)


def covering(territory: str | int | Territory, *, on: DateLike | None = None) -> tuple[CoverageMatch, ...]:
    """The centres covering a territory at a date, with evidence and certainty."""
    return load().covering(territory, on=on)


def by_territory(territory: str | int | Territory, *, on: DateLike | None = None) -> tuple[Centre, ...]:
    """The centres covering a region or department at ``on`` (default: latest known state)."""
    return load().by_territory(territory, on=on)


def by_founding_year(
    year: int | None = None, *, since: int | None = None, until: int | None = None
) -> tuple[Centre, ...]:
    """The centres founded in ``year`` or between ``since`` and ``until`` (inclusive)."""
    return load().by_founding_year(year, since=since, until=until)


def by_mission(mission: Mission | str, *, basis: Basis | str | None = None) -> tuple[Centre, ...]:
    """The centres carrying a mission."""
    return load().by_mission(mission, basis=basis)


def missions_of(centre: str | Centre) -> tuple[MissionEvidence, ...]:
    """A centre's missions with their evidence."""
    return load().missions_of(centre)


def by_funder(funder: Funder | str, *, basis: Basis | str | None = None) -> tuple[Centre, ...]:
    """The centres a funder funds."""
    return load().by_funder(funder, basis=basis)


def funders_of(centre: str | Centre) -> tuple[FunderEvidence, ...]:
    """A centre's funders with their evidence."""
    return load().funders_of(centre)
