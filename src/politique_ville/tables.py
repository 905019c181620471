"""The dataset as tables with stable keys, for joins with other data: one table per idea.

:data:`TABLES` declares each table once: its columns (name, Frictionless type, description),
its primary key, its foreign keys and its indexes; the CSV, the data package and the SQLite
exports all write from it. Every table answers at one date (``on``; by default the latest known
state, :attr:`Dataset.today <politique_ville.Dataset.today>`), as the queries do.

Conventions (those of schema.data.gouv.fr): snake_case column names; dates in ISO 8601, at the
precision the sources give (``2012``, ``2012-05``, ``2012-05-31``); territories by INSEE code
and level with the ISO 3166-2 code beside them (the internal ``territory_id``, ``dep-93`` or
``reg-93``, is only the key the tables join on); an empty cell is an unknown or absent value.

**Lists in a cell** (several sources, several phone numbers) are joined with
:data:`LIST_SEPARATOR`, ``|``, which spreadsheets set to French conventions do not split a
CSV on (they split on ``;`` and ``,``).
"""

from __future__ import annotations

import typing
from collections.abc import Callable, Iterator
from typing import Any

import attrs

from . import rules
from .contacts import phone_numbers, split_address, website_url
from .dataset import Dataset
from .dates import PartialDate, Period
from .evidence import Answer
from .geography import Territory
from .kinds import fields_of
from .provenance import Claim
from .resource_centres import Centre
from .vocabulary import Certainty, DatedBy, EventKind, RelationKind, Rule, TerritoryKind, Vocabulary

__all__ = ["LIST_SEPARATOR", "TABLES", "Column", "ForeignKey", "Table", "rows_of"]
# The tables are also importable one by one (CENTRES, TERRITORIES...); TABLES lists them all.

LIST_SEPARATOR = "|"
"""What joins the items of a list within one cell (see the module documentation)."""

Row = tuple[Any, ...]
"""One row: ``None`` for an empty cell, a tuple for a list, else a str, int or bool."""

PARTIAL_DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
"""The pattern of a date at the year, month or day precision."""


@attrs.frozen
class Column:
    """One column: its name, its Frictionless type (``string``, ``integer``, ``boolean``...),
    what it holds, whether it is a list (joined with :data:`LIST_SEPARATOR`), whether every
    row has a value, and the pattern or values a string keeps to."""

    name: str
    type: str
    description: str
    required: bool = False
    many: bool = False
    pattern: str | None = None
    values: tuple[str, ...] = ()


@attrs.frozen
class ForeignKey:
    """Columns of a table that name the primary key of another."""

    columns: tuple[str, ...]
    table: str
    references: tuple[str, ...]


@attrs.frozen
class Table:
    """One table: name, title, description, columns, keys, indexes, and how its rows are made
    from a dataset at a date (``None``: the latest known state)."""

    name: str
    title: str
    description: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    rows: Callable[[Dataset, PartialDate | None], Iterator[Row]] = attrs.field(repr=False)
    foreign_keys: tuple[ForeignKey, ...] = ()
    indexes: tuple[tuple[str, ...], ...] = ()

    @property
    def column_names(self) -> tuple[str, ...]:
        """The names of the columns, in order."""
        return tuple(column.name for column in self.columns)


def rows_of(table: Table, dataset: Dataset, on: PartialDate | None = None) -> tuple[Row, ...]:
    """The rows of ``table`` for ``dataset`` at ``on`` (default: the latest known state)."""
    return tuple(table.rows(dataset, on))


# -- the columns that recur ------------------------------------------------------------------

_CERTAINTY = tuple(c.value for c in Certainty)
_DATED_BY = tuple(d.value for d in DatedBy)
_EVENT_KINDS = tuple(k.value for k in EventKind)
_RELATION_KINDS = tuple(k.value for k in RelationKind)
_RULES = tuple(r.value for r in Rule)
_LEVELS = tuple(k.value for k in TerritoryKind)


def _date(name: str, description: str, required: bool = False) -> Column:
    return Column(name, "string", description, required=required, pattern=PARTIAL_DATE)


def _sources(description: str = "The ids of the sources that state it (see the sources table).") -> Column:
    return Column("sources", "string", description, many=True)


def _territory_columns(what: str) -> tuple[Column, ...]:
    return (
        Column("territory_id", "string", f"The key of the {what} in the territories table.", required=True),
        Column("level", "string", "region or department.", required=True, values=_LEVELS),
        Column("insee_code", "string", "The INSEE code of the territory (COG) at its level.", required=True),
        Column("iso_3166_2", "string", "The ISO 3166-2 code of the territory, if it has one."),
    )


def _territory_values(territory: Territory) -> Row:
    return territory.id, territory.kind.value, territory.code, territory.iso


def _text(value: object) -> str | None:
    if value is None:
        return None
    return value.value if isinstance(value, Vocabulary) else str(value)


def _when(on: PartialDate | None, dataset: Dataset) -> PartialDate:
    return dataset.today if on is None else on


# -- sources ---------------------------------------------------------------------------------


def _source_rows(dataset: Dataset, on: PartialDate | None) -> Iterator[Row]:
    for source in dataset.sources():
        estimate = source.estimated
        yield (
            source.id,
            source.kind.value,
            source.title,
            source.publisher,
            _text(source.date),
            None if estimate is None else _text(estimate.not_before),
            None if estimate is None else _text(estimate.not_after),
            source.url,
            _text(source.accessed),
            source.licence,
        )


SOURCES = Table(
    name="sources",
    title="Sources",
    description="Every document the data cites, with its date or a dated estimate.",
    columns=(
        Column("source_id", "string", "The source's id: a seed document's file stem or a page's id.", required=True),
        Column("kind", "string", "What the document is (seed document, web page, reference data...).", required=True),
        Column("title", "string", "The document's title.", required=True),
        Column("publisher", "string", "Who published it."),
        _date("date", "The document's date, when it is dated."),
        _date("estimated_not_before", "For an undated document: the earliest date it can have."),
        _date("estimated_not_after", "For an undated document: the latest date it can have."),
        Column("url", "string", "Where the document is."),
        _date("accessed", "When the page was read."),
        Column("licence", "string", "The document's licence, when known."),
    ),
    primary_key=("source_id",),
    rows=_source_rows,
)


# -- territories -----------------------------------------------------------------------------


def _territory_rows(dataset: Dataset, on: PartialDate | None) -> Iterator[Row]:
    ids = {t.id: t for t in dataset.territories()}
    when = _when(on, dataset)
    for territory in dataset.territories():
        valid = territory.valid or Period()
        region = ids.get(territory.region) if territory.region else None
        former = ids.get(territory.former_region) if territory.former_region else None
        yield (
            *_territory_values(territory),
            territory.iso_on(when),
            territory.name,
            _text(valid.start),
            _text(valid.end),
            territory.exists_on(when),
            territory.region,
            None if region is None else region.code,
            territory.former_region,
            None if former is None else former.code,
            territory.overseas,
            tuple(territory.sources),
        )


TERRITORIES = Table(
    name="territories",
    title="Territories",
    description="France's regions (before and after the 2016 reform) and its 101 departments: INSEE code and "
    "level, ISO 3166-2 code, name, validity and parent region.",
    columns=(
        *_territory_columns("territory"),
        Column(
            "iso_3166_2_on_date",
            "string",
            "The ISO 3166-2 code the territory held at the date of the export (see the iso_codes table); "
            "empty when it had none then.",
        ),
        Column("name", "string", "The territory's name.", required=True),
        _date("valid_from", "The first day of a region created by the 2016 reform."),
        _date("valid_until", "The last day of a region abolished by the 2016 reform."),
        Column("exists_on_date", "boolean", "Whether the territory exists at the date of the export.", required=True),
        Column("region_id", "string", "A department's region since 1 January 2016 (territory_id)."),
        Column("region_code", "string", "The INSEE code of that region."),
        Column("former_region_id", "string", "A department's region before 2016 (territory_id)."),
        Column("former_region_code", "string", "The INSEE code of that region."),
        Column("overseas", "boolean", "Whether the territory is overseas.", required=True),
        _sources(),
    ),
    primary_key=("territory_id",),
    foreign_keys=(
        ForeignKey(("region_id",), "territories", ("territory_id",)),
        ForeignKey(("former_region_id",), "territories", ("territory_id",)),
    ),
    indexes=(("level", "insee_code"), ("iso_3166_2",)),
    rows=_territory_rows,
)


def _iso_rows(dataset: Dataset, on: PartialDate | None) -> Iterator[Row]:
    when = _when(on, dataset)
    for territory in dataset.territories():
        own = [("territory", claim) for claim in territory.iso_codes]
        for names, claim in own + [("collectivity", claim) for claim in territory.collectivity_codes]:
            period = claim.period
            yield (
                *_territory_values(territory)[:3],
                claim.value,
                names,
                None if period is None else _text(period.start),
                None if period is None else _text(period.end),
                _text(claim.as_of),
                None if period is None else period.contains(when),
                claim.note,
                tuple(claim.sources),
            )


ISO_CODES = Table(
    name="iso_codes",
    title="ISO 3166-2 codes over time",
    description="The dated ISO 3166-2 codes of the territories: the one-letter codes of the regions before ISO's "
    "change of 2016-11-15, the regions' codes since, the special codes (Corse, Paris) and the codes of the "
    "collectivities within departments (Alsace, Lyon), each with when it held or when a source lists it.",
    columns=(
        *_territory_columns("territory")[:3],
        Column("iso_3166_2", "string", "The ISO 3166-2 code.", required=True),
        Column(
            "names",
            "string",
            "territory: a code of the territory itself; collectivity: the code of a collectivity that holds the "
            "powers of the department or of part of it (FR-6AE, FR-69M).",
            required=True,
            values=("territory", "collectivity"),
        ),
        _date("held_from", "The first day the code held, where the sources date it."),
        _date("held_until", "The last day the code held, where the sources date it."),
        _date("as_of", "For a code with no dated period: the date a source lists it."),
        Column("holds_on_date", "boolean", "Whether the code held at the date of the export; empty when undated."),
        Column("note", "string", "What the code names, when it is not the territory itself."),
        _sources(),
    ),
    primary_key=("territory_id", "iso_3166_2"),
    foreign_keys=(ForeignKey(("territory_id",), "territories", ("territory_id",)),),
    indexes=(("iso_3166_2",),),
    rows=_iso_rows,
)


# -- centres ---------------------------------------------------------------------------------


def _departments_on(dataset: Dataset, centre: Centre, on: PartialDate | None) -> tuple[str, ...]:
    """The INSEE codes of the departments a centre covers at ``on``, regions opened up."""
    codes: dict[str, None] = {}
    for place in rules.territories_on(centre, on):
        territory = dataset.territory(place)
        for department in territory.departments if territory.kind is TerritoryKind.REGION else (place,):
            codes[dataset.territory(department).code] = None
    return tuple(codes)


def _centre_rows(dataset: Dataset, on: PartialDate | None) -> Iterator[Row]:
    when = _when(on, dataset)
    for centre in dataset.centres():

        def at(field: str, centre: Centre = centre) -> Answer[Any]:
            return dataset.value_on(centre, field, when)

        name, status = at("name"), at("status")
        website, phone, office = (_text(at(field).value) for field in ("website", "phone", "head_office"))
        address = None if office is None else split_address(office)
        yield (
            centre.id,
            name.value,
            name.certainty.value,
            centre.name,
            _text(at("acronym").value),
            centre.founded,
            _text(at("legal_form").value),
            _text(status.value),
            status.certainty.value,
            _text(status.last_attested),
            website,
            None if website is None else website_url(website),
            phone,
            () if phone is None else phone_numbers(phone),
            _text(at("email").value),
            office,
            None if address is None else address.street,
            None if address is None else address.postcode,
            None if address is None else address.commune,
            _departments_on(dataset, centre, on),
            tuple(centre.sources),
        )


CENTRES = Table(
    name="centres",
    title="Centres",
    description="One row per centre de ressources politique de la ville: its values at the date of the export, "
    "each dated field from its claims, with the certainty of the name and the status.",
    columns=(
        Column("centre_id", "string", "The centre's id.", required=True),
        Column("name", "string", "The centre's name at the date, empty when no name is attested by then."),
        Column("name_certainty", "string", "How sure that name is.", required=True, values=_CERTAINTY),
        Column("preferred_name", "string", "The centre's preferred name, whatever the date.", required=True),
        Column("acronym", "string", "Its acronym at the date."),
        Column("founded", "integer", "Its preferred founding year."),
        Column("legal_form", "string", "Its legal form at the date."),
        Column("status", "string", "Its status at the date (active, closed...)."),
        Column("status_certainty", "string", "How sure that status is.", required=True, values=_CERTAINTY),
        _date("status_last_attested", "The latest date the status rests on."),
        Column("website", "string", "Its website as the source prints it."),
        Column("website_url", "string", "That website as a URL (a printed value with no scheme gets http://)."),
        Column("phone", "string", "Its phone as the source prints it."),
        Column("phone_e164", "string", "Each number of that phone in E.164 (+33...).", many=True),
        Column("email", "string", "Its e-mail address."),
        Column("head_office", "string", "Its head office as the source prints it."),
        Column("head_office_street", "string", "The street of that head office, where the source prints one."),
        Column("head_office_postcode", "string", "Its postcode, where the source prints one."),
        Column("head_office_commune", "string", "Its commune, where the source prints a postcode before it."),
        Column(
            "department_codes",
            "string",
            "The INSEE codes of the departments it covers at the date (a region covered counts as its departments).",
            many=True,
        ),
        _sources("The ids of every source about the centre."),
    ),
    primary_key=("centre_id",),
    rows=_centre_rows,
)


# -- coverage --------------------------------------------------------------------------------


def _coverage_rows(dataset: Dataset, on: PartialDate | None) -> Iterator[Row]:
    when = _when(on, dataset)
    for centre in dataset.centres():
        for coverage in centre.coverage:
            place = dataset.territory(coverage.territory)
            holds = coverage.period.is_open if on is None else coverage.period.contains(on)
            certainty, last = None, None
            if holds:
                graded, last, _ = rules.coverage_certainty(centre, coverage, when, dataset.source)
                certainty = graded.value
            attested = coverage.attested or Period()
            yield (
                centre.id,
                *_territory_values(place),
                _text(coverage.period.start),
                _text(coverage.period.end),
                _text(attested.start),
                _text(attested.end),
                holds,
                certainty,
                _text(last),
                coverage.stated_as,
                tuple(coverage.sources),
            )


COVERAGE_PERIODS = Table(
    name="coverage_periods",
    title="Coverage periods",
    description="Every period over which a centre covers a region or a department, with the part dated sources "
    "attest and, for the periods that hold at the date of the export, how sure the coverage is then.",
    columns=(
        Column("centre_id", "string", "The centre.", required=True),
        *_territory_columns("territory covered"),
        _date("start", "The first date of the period.", required=True),
        _date("end", "The last date of the period; empty while it lasts."),
        _date("attested_start", "The first date a dated source states it."),
        _date("attested_end", "The last date a dated source states it."),
        Column("holds_on_date", "boolean", "Whether the period holds at the date of the export.", required=True),
        Column("certainty", "string", "How sure the coverage is at that date, when it holds.", values=_CERTAINTY),
        _date("last_attested", "The latest statement that certainty rests on."),
        Column("stated_as", "string", "The source's own wording of the territory."),
        _sources(),
    ),
    primary_key=("centre_id", "territory_id", "start"),
    foreign_keys=(
        ForeignKey(("centre_id",), "centres", ("centre_id",)),
        ForeignKey(("territory_id",), "territories", ("territory_id",)),
    ),
    indexes=(("territory_id",),),
    rows=_coverage_rows,
)


def _department_rows(dataset: Dataset, on: PartialDate | None) -> Iterator[Row]:
    for department in dataset.territories():
        if department.kind is not TerritoryKind.DEPARTMENT:
            continue
        matches = dataset.covering(department, on=on)
        head = (*_territory_values(department), department.name)
        if not matches:
            yield (*head, None, None, None, None)
        for match in matches:
            rule = None if match.rule is None else match.rule.value
            yield (*head, match.centre.id, match.certainty.value, _text(match.last_attested), rule)


DEPARTMENT_COVERAGE = Table(
    name="department_coverage",
    title="Coverage by department",
    description="Each of the 101 departments with every centre covering it at the date of the export and how sure "
    "that is; a department no centre covers has one row with no centre.",
    columns=(
        *_territory_columns("department"),
        Column("name", "string", "The department's name.", required=True),
        Column("centre_id", "string", "A centre covering it at the date; empty if none does."),
        Column("certainty", "string", "How sure that coverage is.", values=_CERTAINTY),
        _date("last_attested", "The latest statement that certainty rests on."),
        Column("rule", "string", "The rule that infers the coverage, when it is not attested."),
    ),
    primary_key=(),
    foreign_keys=(
        ForeignKey(("territory_id",), "territories", ("territory_id",)),
        ForeignKey(("centre_id",), "centres", ("centre_id",)),
    ),
    indexes=(("territory_id",), ("insee_code",), ("centre_id",)),
    rows=_department_rows,
)


# -- claims ----------------------------------------------------------------------------------


def _claim_fields(record: Any) -> Iterator[tuple[str, tuple[Claim[Any], ...]]]:
    """Each field of claims of a record (typed ``tuple[Claim[...], ...]``) that holds some, by
    name, in the record's order."""
    kind: Any = type(record)
    for field in fields_of(kind):
        items = typing.get_args(field.type)
        if typing.get_origin(field.type) is tuple and items and typing.get_origin(items[0]) is Claim:
            claims: tuple[Claim[Any], ...] = getattr(record, field.name)
            if claims:
                yield field.name, claims


def _entities(dataset: Dataset) -> Iterator[tuple[str, str, object]]:
    """Every record that holds claims: (kind, id, record)."""
    for centre in dataset.centres():
        yield "centre", centre.id, centre
    network = dataset.network()
    yield "network", "network", network
    for body in (network.national_centre, *network.bodies):
        yield "body", body.id, body
    yield "question_de_ville", "question_de_ville", dataset.question_de_ville()


_DATED = {("statuses" if f == "status" else f"{f}s"): f for f in rules.DATED_FIELDS}


def _claim_rows(dataset: Dataset, on: PartialDate | None) -> Iterator[Row]:
    when = _when(on, dataset)
    for entity, entity_id, record in _entities(dataset):
        for field, claims in _claim_fields(record):
            dated = _DATED.get(field) if isinstance(record, Centre) else None
            answer = None if dated is None else dataset.value_on(entity_id, dated, when).value
            for rank, claim in enumerate(claims, 1):
                period = claim.period or Period()
                yield (
                    entity,
                    entity_id,
                    entity_id if isinstance(record, Centre) else None,
                    field,
                    rank,
                    _text(claim.value),
                    _text(period.start),
                    _text(period.end),
                    _text(claim.as_of),
                    claim.stated_as,
                    dated is not None and claim.deprecated is None and claim.value == answer,
                    claim.deprecated,
                    claim.note,
                    tuple(claim.sources),
                )


CLAIMS = Table(
    name="claims",
    title="Claims",
    description="Every sourced statement of the data, one per row, the disagreeing ones included: about a centre, "
    "the national network, a national body or Question de Ville; the field, the value, when it holds or was "
    "observed, the source's wording, and whether it is a centre's answer at the date.",
    columns=(
        Column(
            "entity",
            "string",
            "What the claim is about.",
            required=True,
            values=("centre", "network", "body", "question_de_ville"),
        ),
        Column("entity_id", "string", "Its id (a centre's or a body's; network; question_de_ville).", required=True),
        Column("centre_id", "string", "The centre, for a claim about a centre (the key into centres)."),
        Column("field", "string", "The record's field of claims: names, foundings, statuses, phones...", required=True),
        Column("rank", "integer", "The claim's place among the claims of that field (1 first).", required=True),
        Column("value", "string", "The value claimed.", required=True),
        _date("period_start", "The first date the value holds, where a source says."),
        _date("period_end", "The last date the value holds, where a source says."),
        _date("as_of", "The date at which a source observed the value."),
        Column("stated_as", "string", "The source's own wording, where it differs from the value."),
        Column(
            "answers_on_date",
            "boolean",
            "Whether it is the value the data answers with at the date of the export (a centre's dated fields: "
            "names, acronyms, legal forms, statuses, contacts, head offices).",
            required=True,
        ),
        Column("deprecated", "string", "Why other sources show the claim to be wrong; never preferred."),
        Column("note", "string", "The editors' remark on the claim."),
        _sources(),
    ),
    primary_key=("entity", "entity_id", "field", "rank"),
    foreign_keys=(ForeignKey(("centre_id",), "centres", ("centre_id",)),),
    indexes=(("centre_id",), ("field",)),
    rows=_claim_rows,
)


# -- network counts --------------------------------------------------------------------------


def _count_rows(dataset: Dataset, on: PartialDate | None) -> Iterator[Row]:
    for rank, count in enumerate(dataset.network().centre_counts, 1):
        yield rank, count.count, _text(count.as_of), count.stated_as, count.note, tuple(count.sources)


NETWORK_COUNTS = Table(
    name="network_counts",
    title="Counts of centres",
    description="Each number of centres a source gives for the national network, with its date.",
    columns=(
        Column("rank", "integer", "The count's place in the data (1 first).", required=True),
        Column("count", "integer", "The number of centres the source gives.", required=True),
        _date("as_of", "The date the count is for, when the source dates it."),
        Column("stated_as", "string", "The source's own words."),
        Column("note", "string", "The editors' remark on the count."),
        _sources(),
    ),
    primary_key=("rank",),
    rows=_count_rows,
)


# -- relations and the timeline --------------------------------------------------------------


def _relation_rows(dataset: Dataset, on: PartialDate | None) -> Iterator[Row]:
    for relation in dataset.relations():
        period = relation.period
        yield (
            relation.id,
            relation.kind.value,
            relation.subject,
            relation.object,
            relation.object_name,
            relation.name_before,
            relation.name_after,
            _text(relation.date),
            None if period is None else _text(period.start),
            None if period is None else _text(period.end),
            _text(relation.as_of),
            relation.stated_as,
            relation.note,
            tuple(relation.sources),
        )


RELATIONS = Table(
    name="relations",
    title="Relations between bodies",
    description="Each renaming, merger, absorption, replacement, split or hosting that a source states, "
    "as the source dates it. No relation is inferred.",
    columns=(
        Column("relation_id", "string", "The relation's stable id.", required=True),
        Column("kind", "string", "How the subject stands to the other body.", required=True, values=_RELATION_KINDS),
        Column("subject_id", "string", "The id of the centre or public body the relation is about.", required=True),
        Column("object_id", "string", "The id of the other centre or body, when the data holds it."),
        Column("object_name", "string", "The other body's name, when the data does not hold it."),
        Column("name_before", "string", "For a renaming, the name before."),
        Column("name_after", "string", "For a renaming, the name after."),
        _date("date", "When it took effect, as the source gives it."),
        _date("period_start", "The first date it held (a hosting), as the source gives it."),
        _date("period_end", "The last date it held, as the source gives it."),
        _date("as_of", "When a source observed it, for a relation the source does not date."),
        Column("stated_as", "string", "The source's own words."),
        Column("note", "string", "The editors' remark on the relation."),
        _sources(),
    ),
    primary_key=("relation_id",),
    indexes=(("subject_id",), ("object_id",)),
    rows=_relation_rows,
)


def _timeline_rows(dataset: Dataset, on: PartialDate | None) -> Iterator[Row]:
    for rank, event in enumerate(dataset.timeline(), 1):
        yield (
            rank,
            _text(event.date),
            event.dated_by.value,
            event.kind.value,
            event.entity,
            event.other,
            event.text,
            event.certainty.value,
            _text(event.rule),
            event.basis,
            tuple(event.territories),
            tuple(event.sources),
        )


TIMELINE = Table(
    name="timeline",
    title="Timeline",
    description="Every dated event of the network's history, in the order of pv.timeline() (a date known only "
    "to the year sorts at the head of its year), whatever the date of the export.",
    columns=(
        Column("rank", "integer", "The event's place in the timeline (1 first).", required=True),
        _date("date", "Where the event stands in time, at the precision of its evidence.", required=True),
        Column("dated_by", "string", "What gives the date.", required=True, values=_DATED_BY),
        Column("kind", "string", "What happened.", required=True, values=_EVENT_KINDS),
        Column(
            "entity_id",
            "string",
            "The centre, body or framework it concerns (network, question-de-ville).",
            required=True,
        ),
        Column("other_id", "string", "A second body it involves (a relation's object)."),
        Column("text", "string", "The event in words.", required=True),
        Column(
            "certainty",
            "string",
            "Attested, or inferred when a dating rule sets the date.",
            required=True,
            values=_CERTAINTY,
        ),
        Column("rule", "string", "The rule that sets the date, when one does.", values=_RULES),
        Column("basis", "string", "How the data dated it, in its own words, when no named rule applies."),
        Column("territory_ids", "string", "The territories a coverage event concerns.", many=True),
        _sources(),
    ),
    primary_key=("rank",),
    indexes=(("entity_id",), ("kind",)),
    rows=_timeline_rows,
)


TABLES: tuple[Table, ...] = (
    SOURCES,
    TERRITORIES,
    ISO_CODES,
    CENTRES,
    COVERAGE_PERIODS,
    DEPARTMENT_COVERAGE,
    CLAIMS,
    NETWORK_COUNTS,
    RELATIONS,
    TIMELINE,
)
"""Every table, each after the tables its foreign keys name."""
