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

import importlib
import os
import sys
import types
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # what __getattr__ imports on first access, for type checkers
    from .association import Board as Board
    from .association import BoardMember as BoardMember
    from .association import Contribution as Contribution
    from .association import QuestionDeVille as QuestionDeVille
    from .bundle import COG_YEAR as COG_YEAR
    from .bundle import DATA_VERSION as DATA_VERSION
    from .dataset import Dataset as Dataset
    from .dataset import DateLike as DateLike
    from .dates import DateEstimate as DateEstimate
    from .dates import PartialDate as PartialDate
    from .dates import Period as Period
    from .dates import Precision as Precision
    from .errors import CloseMatchWarning as CloseMatchWarning
    from .errors import DataError as DataError
    from .errors import Error as Error
    from .errors import InvalidTypeError as InvalidTypeError
    from .errors import InvalidValueError as InvalidValueError
    from .errors import MissingExtraError as MissingExtraError
    from .errors import UnknownBodyError as UnknownBodyError
    from .errors import UnknownCentreError as UnknownCentreError
    from .errors import UnknownChoiceError as UnknownChoiceError
    from .errors import UnknownNameError as UnknownNameError
    from .errors import UnknownSourceError as UnknownSourceError
    from .errors import UnknownTerritoryError as UnknownTerritoryError
    from .evidence import Answer as Answer
    from .evidence import CoverageMatch as CoverageMatch
    from .evidence import FunderEvidence as FunderEvidence
    from .evidence import MissionEvidence as MissionEvidence
    from .freshness import CountCheck as CountCheck
    from .geography import Alias as Alias
    from .geography import Territory as Territory
    from .history import Change as Change
    from .history import HistoryEvent as HistoryEvent
    from .national_network import Animator as Animator
    from .national_network import Body as Body
    from .national_network import CentreCount as CentreCount
    from .national_network import Event as Event
    from .national_network import FunderStatement as FunderStatement
    from .national_network import MissionStatement as MissionStatement
    from .national_network import Network as Network
    from .national_network import StateFunding as StateFunding
    from .provenance import Claim as Claim
    from .provenance import Note as Note
    from .provenance import Source as Source
    from .reference_frameworks import ReferenceFramework as ReferenceFramework
    from .reference_frameworks import Signatory as Signatory
    from .relations import Link as Link
    from .relations import OpenQuestion as OpenQuestion
    from .relations import Relation as Relation
    from .resource_centres import Centre as Centre
    from .resource_centres import Coverage as Coverage
    from .resource_centres import Funding as Funding
    from .resource_centres import Position as Position
    from .resource_centres import Publication as Publication
    from .vocabulary import AliasKind as AliasKind
    from .vocabulary import Basis as Basis
    from .vocabulary import Certainty as Certainty
    from .vocabulary import DatedBy as DatedBy
    from .vocabulary import EventKind as EventKind
    from .vocabulary import FrameworkKind as FrameworkKind
    from .vocabulary import Funder as Funder
    from .vocabulary import FunderScope as FunderScope
    from .vocabulary import FundingRole as FundingRole
    from .vocabulary import LegalForm as LegalForm
    from .vocabulary import Mission as Mission
    from .vocabulary import RelationKind as RelationKind
    from .vocabulary import Role as Role
    from .vocabulary import Rule as Rule
    from .vocabulary import SourceKind as SourceKind
    from .vocabulary import Status as Status
    from .vocabulary import TerritoryKind as TerritoryKind
    from .vocabulary import Vocabulary as Vocabulary

__version__ = "0.1.0"
"""The version of the API (Semantic Versioning)."""

FRESHNESS_YEARS = 5
"""The freshness horizon, in years: a fact whose last dated statement is older than this at
the date asked is unconfirmed. The network's counts have been republished at least every five
years (2012, 2016–2017, 2021, 2022), so a centre no dated page has named for longer has been
absent from at least one of them."""

_PUBLIC: dict[str, tuple[str, ...]] = {
    # Every public name, by the module that defines it ("" for this one): the other modules
    # are imported when one of their names is first asked for (see __getattr__).
    "": (
        "FRESHNESS_YEARS",
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
    ),
    "association": (
        "Board",
        "BoardMember",
        "Contribution",
        "QuestionDeVille",
    ),
    "bundle": (
        "COG_YEAR",
        "DATA_VERSION",
    ),
    "dataset": (
        "Dataset",
        "DateLike",
    ),
    "dates": (
        "DateEstimate",
        "PartialDate",
        "Period",
        "Precision",
    ),
    "errors": (
        "CloseMatchWarning",
        "DataError",
        "Error",
        "InvalidTypeError",
        "InvalidValueError",
        "MissingExtraError",
        "UnknownBodyError",
        "UnknownCentreError",
        "UnknownChoiceError",
        "UnknownNameError",
        "UnknownSourceError",
        "UnknownTerritoryError",
    ),
    "evidence": (
        "Answer",
        "CoverageMatch",
        "FunderEvidence",
        "MissionEvidence",
    ),
    "freshness": ("CountCheck",),
    "geography": (
        "Alias",
        "Territory",
    ),
    "history": (
        "Change",
        "HistoryEvent",
    ),
    "national_network": (
        "Animator",
        "Body",
        "CentreCount",
        "Event",
        "FunderStatement",
        "MissionStatement",
        "Network",
        "StateFunding",
    ),
    "provenance": (
        "Claim",
        "Note",
        "Source",
    ),
    "reference_frameworks": (
        "ReferenceFramework",
        "Signatory",
    ),
    "relations": (
        "Link",
        "OpenQuestion",
        "Relation",
    ),
    "resource_centres": (
        "Centre",
        "Coverage",
        "Funding",
        "Position",
        "Publication",
    ),
    "vocabulary": (
        "AliasKind",
        "Basis",
        "Certainty",
        "DatedBy",
        "EventKind",
        "FrameworkKind",
        "Funder",
        "FunderScope",
        "FundingRole",
        "LegalForm",
        "Mission",
        "RelationKind",
        "Role",
        "Rule",
        "SourceKind",
        "Status",
        "TerritoryKind",
        "Vocabulary",
    ),
}

__all__ = [name for names in _PUBLIC.values() for name in names]

_MODULE_OF = {name: module for module, names in _PUBLIC.items() if module for name in names}


def __getattr__(name: str) -> Any:
    """A public name of another module, imported on first access and kept here."""
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """The names of this module, with the public names not imported yet."""
    return sorted({*globals(), *__all__})


class _Package(types.ModuleType):
    """This package, whose functions are not replaced by the submodules of the same name
    (``search``, ``relations``) when those are imported, as Python does by default."""

    def __setattr__(self, name: str, value: object) -> None:
        if not (isinstance(value, types.ModuleType) and isinstance(self.__dict__.get(name), types.FunctionType)):
            super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


def _data() -> Dataset:
    from .loading import bundled

    return bundled()


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
