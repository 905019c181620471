"""politique-ville: France's centres de ressources politique de la ville, typed, dated and sourced.

>>> import politique_ville as pv
>>> pv.centre("CR-DSU").founded
1993
>>> [c.id for c in pv.by_territory("93", on=2012)]
['profession-banlieue']
>>> [(m.centre.id, m.certainty.value, str(m.last_attested)) for m in pv.covering("93")]
[('profession-banlieue', 'unconfirmed', '2021')]

The functions below query the bundled dataset, read once on first use; :func:`load` gives
the same functions as methods of a :class:`Dataset`, for the bundled data or your own files.
"""

from __future__ import annotations

import os
from typing import Any

from .association import Board, BoardMember, Contribution, QuestionDeVille
from .bundle import COG_YEAR, DATA_VERSION
from .certainty import FRESHNESS_YEARS
from .dataset import Dataset, DateLike
from .dates import DateEstimate, PartialDate, Period, Precision
from .errors import (
    CloseMatchWarning,
    DataError,
    Error,
    InvalidTypeError,
    InvalidValueError,
    MissingExtraError,
    UnknownBodyError,
    UnknownCentreError,
    UnknownChoiceError,
    UnknownNameError,
    UnknownSourceError,
    UnknownTerritoryError,
)
from .evidence import Answer, CoverageMatch, FunderEvidence, MissionEvidence
from .freshness import CountCheck
from .geography import Alias, Territory
from .history import Change, HistoryEvent
from .loading import bundled as _data
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
from .provenance import Claim, Note, Source
from .reference_frameworks import ReferenceFramework, Signatory
from .relations import Link, OpenQuestion, Relation
from .resource_centres import Centre, Coverage, Funding, Position, Publication
from .vocabulary import (
    AliasKind,
    Basis,
    Certainty,
    DatedBy,
    EventKind,
    FrameworkKind,
    Funder,
    FunderScope,
    FundingRole,
    LegalForm,
    Mission,
    RelationKind,
    Role,
    Rule,
    SourceKind,
    Status,
    TerritoryKind,
    Vocabulary,
)

__version__ = "0.1.0"
"""The version of the API (Semantic Versioning)."""

__all__ = [
    "COG_YEAR",
    "DATA_VERSION",
    "FRESHNESS_YEARS",
    "Alias",
    "AliasKind",
    "Animator",
    "Answer",
    "Basis",
    "Board",
    "BoardMember",
    "Body",
    "Centre",
    "CentreCount",
    "Certainty",
    "Change",
    "Claim",
    "CloseMatchWarning",
    "Contribution",
    "CountCheck",
    "Coverage",
    "CoverageMatch",
    "DataError",
    "Dataset",
    "DateEstimate",
    "DateLike",
    "DatedBy",
    "Error",
    "Event",
    "EventKind",
    "FrameworkKind",
    "Funder",
    "FunderEvidence",
    "FunderScope",
    "FunderStatement",
    "Funding",
    "FundingRole",
    "HistoryEvent",
    "InvalidTypeError",
    "InvalidValueError",
    "LegalForm",
    "Link",
    "MissingExtraError",
    "Mission",
    "MissionEvidence",
    "MissionStatement",
    "Network",
    "Note",
    "OpenQuestion",
    "PartialDate",
    "Period",
    "Position",
    "Precision",
    "Publication",
    "QuestionDeVille",
    "ReferenceFramework",
    "Relation",
    "RelationKind",
    "Role",
    "Rule",
    "Signatory",
    "Source",
    "SourceKind",
    "StateFunding",
    "Status",
    "Territory",
    "TerritoryKind",
    "UnknownBodyError",
    "UnknownCentreError",
    "UnknownChoiceError",
    "UnknownNameError",
    "UnknownSourceError",
    "UnknownTerritoryError",
    "Vocabulary",
    "__version__",
    "body",
    "by_founding_year",
    "by_funder",
    "by_mission",
    "by_territory",
    "centre",
    "centres",
    "centres_chart",
    "changes",
    "counts",
    "coverage_map",
    "coverage_page",
    "covering",
    "entity_id",
    "frameworks",
    "funders_of",
    "link",
    "load",
    "missions_of",
    "name_on",
    "network",
    "open_questions",
    "question_de_ville",
    "relations",
    "search",
    "source",
    "sources",
    "status_on",
    "territories",
    "territory",
    "timeline",
    "value_on",
    "write_centres_chart",
    "write_coverage_map",
    "write_coverage_page",
]


def load(path: str | os.PathLike[str] | None = None) -> Dataset:
    """A :class:`Dataset`: the bundled one (``path=None``), or the data folder at ``path``.

    A folder holds the same files as the bundled data, one per part of
    :data:`politique_ville.bundle.PARTS`, and may hold a ``datapackage.json`` whose
    ``version`` becomes :attr:`Dataset.version`.
    Bad data raises :class:`DataError`, naming the file and the JSON path of each problem (at
    most 50 listed); what a folder may hold is bounded, see :mod:`politique_ville.guard`.
    """
    if path is None:
        return _data()
    from .loading import read_folder

    return read_folder(path)


def centres(
    *,
    on: DateLike | None = None,
    status: Status | str | None = None,
    unconfirmed: bool = False,
    horizon: int = FRESHNESS_YEARS,
) -> tuple[Centre, ...]:
    """Every centre, sorted by id; with ``on`` or ``status``, those whose status at that date
    is known (attested or inferred) and is ``status``; see :meth:`Dataset.centres`."""
    return _data().centres(on=on, status=status, unconfirmed=unconfirmed, horizon=horizon)


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


def body(query: str) -> Body:
    """One public body of the network (the CR-DIV, the CGET...) by id, acronym or any known name."""
    return _data().body(query)


def entity_id(query: str | Centre | Body) -> str:
    """The id of a centre, body, framework, ``"network"`` or ``"question-de-ville"``; see :meth:`Dataset.entity_id`."""
    return _data().entity_id(query)


def relations(entity: str | Centre | Body | None = None) -> tuple[Relation, ...]:
    """The relations a source states (renamings, mergers, successions, hostings), of ``entity`` if given."""
    return _data().relations(entity)


def open_questions() -> tuple[OpenQuestion, ...]:
    """The pairs of bodies that sources seem to link although no source says how."""
    return _data().open_questions()


def link(first: str | Centre | Body, second: str | Centre | Body) -> Link:
    """What the sources say links two centres or bodies; see :meth:`Dataset.link`."""
    return _data().link(first, second)


def timeline(
    *, since: DateLike | None = None, until: DateLike | None = None, entity: str | Centre | Body | None = None
) -> tuple[HistoryEvent, ...]:
    """Every dated event of the network's history, sorted, with sources and certainty; see :meth:`Dataset.timeline`."""
    return _data().timeline(since=since, until=until, entity=entity)


def changes(before: DateLike, after: DateLike, *, horizon: int = FRESHNESS_YEARS) -> tuple[Change, ...]:
    """What differs between two dates: departments, names, statuses, the animator; see :meth:`Dataset.changes`."""
    return _data().changes(before, after, horizon=horizon)


def counts() -> tuple[CountCheck, ...]:
    """Every dated count of the centres, against the data at its date; see :meth:`Dataset.counts`."""
    return _data().counts()


def sources() -> tuple[Source, ...]:
    """Every source the data cites."""
    return _data().sources()


def source(source_id: str) -> Source:
    """One source by id."""
    return _data().source(source_id)


def search(text: str) -> tuple[Centre | Territory, ...]:
    """Centres and territories matching ``text``, best first; see :meth:`Dataset.search`."""
    return _data().search(text)


def territories() -> tuple[Territory, ...]:
    """Every region (before and after 2016) and department."""
    return _data().territories()


def territory(query: str | int | Territory, *, kind: TerritoryKind | str | None = None) -> Territory:
    """One territory by code, ISO code, id or name; a bare code names a department."""
    return _data().territory(query, kind=kind)


def covering(
    territory: str | int | Territory, *, on: DateLike | None = None, horizon: int = FRESHNESS_YEARS
) -> tuple[CoverageMatch, ...]:
    """Every centre covering a territory at a date, each with its certainty; see :meth:`Dataset.covering`."""
    return _data().covering(territory, on=on, horizon=horizon)


def by_territory(
    territory: str | int | Territory,
    *,
    on: DateLike | None = None,
    unconfirmed: bool = False,
    horizon: int = FRESHNESS_YEARS,
) -> tuple[Centre, ...]:
    """The centres covering a region or department at ``on`` (default: latest known state),
    attested or inferred; ``unconfirmed=True`` adds the unconfirmed ones."""
    return _data().by_territory(territory, on=on, unconfirmed=unconfirmed, horizon=horizon)


def status_on(centre: str | Centre, on: DateLike | None = None, *, horizon: int = FRESHNESS_YEARS) -> Answer[Status]:
    """A centre's status at ``on`` (default: the latest known state), with its certainty."""
    return _data().status_on(centre, on, horizon=horizon)


def value_on(
    centre: str | Centre, field: str, on: DateLike | None = None, *, horizon: int = FRESHNESS_YEARS
) -> Answer[Any]:
    """Any dated field of a centre (``"website"``, ``"phone"``...) at ``on``, with its certainty."""
    return _data().value_on(centre, field, on, horizon=horizon)


def name_on(centre: str | Centre, on: DateLike | None = None, *, horizon: int = FRESHNESS_YEARS) -> Answer[str]:
    """A centre's name at ``on`` (default: the latest known state), with its certainty."""
    return _data().name_on(centre, on, horizon=horizon)


def by_founding_year(
    year: int | None = None, *, since: int | None = None, until: int | None = None
) -> tuple[Centre, ...]:
    """The centres founded in ``year`` or between ``since`` and ``until`` (inclusive)."""
    return _data().by_founding_year(year, since=since, until=until)


def by_mission(mission: Mission | str, *, basis: Basis | str | None = None) -> tuple[Centre, ...]:
    """The centres carrying a mission."""
    return _data().by_mission(mission, basis=basis)


def missions_of(
    centre: str | Centre, on: DateLike | None = None, *, horizon: int = FRESHNESS_YEARS
) -> tuple[MissionEvidence, ...]:
    """A centre's missions at ``on`` with their evidence and certainty."""
    return _data().missions_of(centre, on, horizon=horizon)


def by_funder(funder: Funder | str, *, basis: Basis | str | None = None) -> tuple[Centre, ...]:
    """The centres a funder funds."""
    return _data().by_funder(funder, basis=basis)


def funders_of(
    centre: str | Centre, on: DateLike | None = None, *, horizon: int = FRESHNESS_YEARS
) -> tuple[FunderEvidence, ...]:
    """A centre's funders at ``on`` with their evidence and certainty."""
    return _data().funders_of(centre, on, horizon=horizon)


def coverage_map(on: DateLike | None = None, *, dataset: Dataset | None = None) -> str:
    """An SVG map (as text) of the centre covering each department at ``on``; see :mod:`politique_ville.maps`."""
    from . import maps

    return maps.coverage_map(on, dataset=dataset or _data())


def coverage_page(*, dataset: Dataset | None = None) -> str:
    """The time-travel map (as HTML text): the coverage at every date it changes, in one
    self-contained page; see :mod:`politique_ville.timemap`."""
    from . import timemap

    return timemap.coverage_page(dataset=dataset or _data())


def write_coverage_page(path: str | os.PathLike[str], *, dataset: Dataset | None = None) -> None:
    """Write :func:`coverage_page` to ``path`` (UTF-8), atomically."""
    from . import timemap

    timemap.write_coverage_page(path, dataset=dataset or _data())


def centres_chart(since: int | None = None, until: int | None = None, *, dataset: Dataset | None = None) -> str:
    """An SVG chart (as text) of the centres per year beside the sources' counts; see :mod:`politique_ville.chart`."""
    from . import chart

    return chart.centres_chart(since, until, dataset=dataset or _data())


def write_centres_chart(
    path: str | os.PathLike[str], since: int | None = None, until: int | None = None, *, dataset: Dataset | None = None
) -> None:
    """Write :func:`centres_chart` to ``path`` (UTF-8)."""
    from . import chart

    chart.write_centres_chart(path, since, until, dataset=dataset or _data())


def write_coverage_map(
    path: str | os.PathLike[str], on: DateLike | None = None, *, dataset: Dataset | None = None
) -> None:
    """Write :func:`coverage_map` to ``path``: the SVG, or a PNG for a ``.png`` path; see
    :func:`politique_ville.maps.write_coverage_map`."""
    from . import maps

    maps.write_coverage_map(path, on, dataset=dataset or _data())
