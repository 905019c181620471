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

import os
import sys
from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # what the names below are, for type checkers and readers
    from .association import Board, BoardMember, Contribution, QuestionDeVille
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
    from .geography import Territory
    from .maps import coverage_map, write_coverage_map
    from .national_network import (
        Animator,
        Body,
        CentreCount,
        Event,
        FunderStatement,
        MissionStatement,
        Network,
        StateFunding,
    )
    from .provenance import Claim, Source
    from .reference_frameworks import ReferenceFramework, Signatory
    from .resource_centres import Centre, Coverage, Funding, Position, Publication
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
"""The version of the API (Semantic Versioning)."""

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

# The public classes, exceptions and map functions, by the module that defines each. They are
# imported on first use, so that `import politique_ville` costs less than `import attrs` and
# the first answer loads only what it needs (the benchmarks in benchmarks/ measure this).
_LAZY = {
    "Board": "association",
    "BoardMember": "association",
    "Contribution": "association",
    "QuestionDeVille": "association",
    "Dataset": "dataset",
    "DateLike": "dataset",
    "DateEstimate": "dates",
    "PartialDate": "dates",
    "Period": "dates",
    "Precision": "dates",
    "DataError": "errors",
    "Error": "errors",
    "InvalidTypeError": "errors",
    "InvalidValueError": "errors",
    "UnknownCentreError": "errors",
    "UnknownChoiceError": "errors",
    "UnknownNameError": "errors",
    "UnknownSourceError": "errors",
    "UnknownTerritoryError": "errors",
    "CoverageMatch": "evidence",
    "FunderEvidence": "evidence",
    "MissionEvidence": "evidence",
    "Territory": "geography",
    "coverage_map": "maps",
    "write_coverage_map": "maps",
    "Animator": "national_network",
    "Body": "national_network",
    "CentreCount": "national_network",
    "Event": "national_network",
    "FunderStatement": "national_network",
    "MissionStatement": "national_network",
    "Network": "national_network",
    "StateFunding": "national_network",
    "Claim": "provenance",
    "Source": "provenance",
    "ReferenceFramework": "reference_frameworks",
    "Signatory": "reference_frameworks",
    "Centre": "resource_centres",
    "Coverage": "resource_centres",
    "Funding": "resource_centres",
    "Position": "resource_centres",
    "Publication": "resource_centres",
    "Basis": "vocabulary",
    "Certainty": "vocabulary",
    "FrameworkKind": "vocabulary",
    "Funder": "vocabulary",
    "FunderScope": "vocabulary",
    "FundingRole": "vocabulary",
    "LegalForm": "vocabulary",
    "Mission": "vocabulary",
    "Role": "vocabulary",
    "SourceKind": "vocabulary",
    "Status": "vocabulary",
    "TerritoryKind": "vocabulary",
    "Vocabulary": "vocabulary",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


def _data() -> Dataset:
    """The bundled dataset (a function-level import would cost more than a warm query)."""
    loading = sys.modules.get(f"{__name__}.loading") or import_module(".loading", __name__)
    dataset: Dataset = loading.bundled()
    return dataset


def load(path: str | os.PathLike[str] | None = None) -> Dataset:
    """A :class:`Dataset`: the bundled one (``path=None``), or the data folder at ``path``.

    A folder holds the same files as the bundled data (``sources.json``, ``centres.json``,
    ``network.json``, ``question_de_ville.json``, ``frameworks.json``, ``territories.json``).
    Bad data raises :class:`DataError`, naming the file, the JSON path and every problem.
    """
    if path is None:
        return _data()
    from .loading import read_folder

    return read_folder(path)


def centres() -> tuple[Centre, ...]:
    """Every centre, sorted by id."""
    return _data().centres()


def centre(query: str) -> Centre:
    """One centre by id, acronym or any known name (forgiving); see :meth:`Dataset.centre`."""
    return _data().centre(query)


def network() -> Network:
    """The national network of the centres."""
    return _data().network()


def question_de_ville() -> QuestionDeVille:
    """Question de Ville, the association of the centres' directors."""
    return _data().question_de_ville()


def frameworks() -> tuple[ReferenceFramework, ...]:
    """The national reference frameworks."""
    return _data().frameworks()


def sources() -> tuple[Source, ...]:
    """Every source the data cites."""
    return _data().sources()


def source(source_id: str) -> Source:
    """One source by id."""
    return _data().source(source_id)


def territories() -> tuple[Territory, ...]:
    """Every region (before and after 2016) and department."""
    return _data().territories()


def territory(query: str | int | Territory, *, kind: TerritoryKind | str | None = None) -> Territory:
    """One territory by code, ISO code, id or name; a bare code names a department."""
    return _data().territory(query, kind=kind)


def covering(territory: str | int | Territory, *, on: DateLike | None = None) -> tuple[CoverageMatch, ...]:
    """The centres covering a territory at a date, with evidence and certainty."""
    return _data().covering(territory, on=on)


def by_territory(territory: str | int | Territory, *, on: DateLike | None = None) -> tuple[Centre, ...]:
    """The centres covering a region or department at ``on`` (default: latest known state)."""
    return _data().by_territory(territory, on=on)


def by_founding_year(
    year: int | None = None, *, since: int | None = None, until: int | None = None
) -> tuple[Centre, ...]:
    """The centres founded in ``year`` or between ``since`` and ``until`` (inclusive)."""
    return _data().by_founding_year(year, since=since, until=until)


def by_mission(mission: Mission | str, *, basis: Basis | str | None = None) -> tuple[Centre, ...]:
    """The centres carrying a mission."""
    return _data().by_mission(mission, basis=basis)


def missions_of(centre: str | Centre) -> tuple[MissionEvidence, ...]:
    """A centre's missions with their evidence."""
    return _data().missions_of(centre)


def by_funder(funder: Funder | str, *, basis: Basis | str | None = None) -> tuple[Centre, ...]:
    """The centres a funder funds."""
    return _data().by_funder(funder, basis=basis)


def funders_of(centre: str | Centre) -> tuple[FunderEvidence, ...]:
    """A centre's funders with their evidence."""
    return _data().funders_of(centre)
