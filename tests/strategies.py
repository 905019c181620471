"""Hypothesis strategies that build valid records and whole valid datasets."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any, TypeVar

import attrs
from hypothesis import strategies as st

import politique_ville as pv
from politique_ville.bundle import PARTS
from politique_ville.dates import DateEstimate

T = TypeVar("T")

BUNDLED = pv.load()


def dataset_of(base: pv.Dataset, **parts: Any) -> pv.Dataset:
    """A dataset holding ``base``'s parts, with those given as keywords (``centres=...``) instead."""
    records = {part.name: parts.get(part.name, getattr(base, part.name)()) for part in PARTS}
    return pv.Dataset({name: _constant(value) for name, value in records.items()}, version=base.version)


def _constant(value: Any) -> Callable[[], Any]:
    return lambda: value


SOURCE_IDS = st.sampled_from([s.id for s in BUNDLED.sources()])
TERRITORY_IDS = st.sampled_from([t.id for t in BUNDLED.territories()])
texts = st.text(min_size=1, max_size=12)
optional_texts = st.none() | texts


@st.composite
def partial_dates(draw: st.DrawFn, min_year: int = 1980, max_year: int = 2030) -> pv.PartialDate:
    """A partial date of year, month or day precision."""
    day = draw(st.dates(datetime.date(min_year, 1, 1), datetime.date(max_year, 12, 31)))
    precision = draw(st.sampled_from(list(pv.Precision)))
    if precision is pv.Precision.YEAR:
        return pv.PartialDate(year=day.year)
    if precision is pv.Precision.MONTH:
        return pv.PartialDate(year=day.year, month=day.month)
    return pv.PartialDate.from_date(day)


@st.composite
def periods(draw: st.DrawFn, open_end: bool | None = None) -> pv.Period:
    """A period whose end (when set) does not precede its start."""
    start = draw(st.none() | partial_dates())
    end_allowed = open_end is not True
    end = draw(partial_dates()) if end_allowed and (open_end is False or draw(st.booleans())) else None
    if start is not None and end is not None and end.latest() < start.earliest():
        start, end = end, start
        if end.latest() < start.earliest():  # overlapping spans of different precision
            end = None
    return pv.Period(start=start, end=end)


def sources_tuple() -> st.SearchStrategy[tuple[str, ...]]:
    return st.lists(SOURCE_IDS, min_size=1, max_size=2, unique=True).map(tuple)


def claims(values: st.SearchStrategy[T]) -> st.SearchStrategy[pv.Claim[T]]:
    """A claim of a value drawn from ``values``."""
    return st.builds(
        pv.Claim,
        value=values,
        sources=sources_tuple(),
        period=st.none() | periods(),
        as_of=st.none() | partial_dates(),
        stated_as=optional_texts,
        note=optional_texts,
    )


def coverages(territory: st.SearchStrategy[str] = TERRITORY_IDS) -> st.SearchStrategy[pv.Coverage]:
    return st.builds(
        pv.Coverage,
        territory=territory,
        period=periods(),
        sources=sources_tuple(),
        stated_as=optional_texts,
        attested=st.none(),
        basis=optional_texts,
    )


@st.composite
def centres(draw: st.DrawFn, centre_id: str | None = None) -> pv.Centre:
    """A centre whose preferred values are among its claims (as the integrity checks require)."""
    ident = centre_id or draw(st.from_regex(r"[a-z][a-z0-9]{2,10}(-[a-z0-9]{1,6})?", fullmatch=True))
    names = draw(st.lists(claims(texts.map(lambda t: f"{ident} {t}")), min_size=1, max_size=2))
    acronyms = draw(
        st.lists(claims(st.sampled_from(["CR", "CRPV", "PQA", "GIP"]).map(lambda a: f"{a}-{ident}")), max_size=1)
    )
    foundings = draw(st.lists(claims(partial_dates()), max_size=2))
    legal_forms = draw(st.lists(claims(st.sampled_from(list(pv.LegalForm))), max_size=1))
    statuses = draw(st.lists(claims(st.sampled_from(list(pv.Status))), min_size=1, max_size=2))
    websites = draw(st.lists(claims(texts), max_size=1))
    use_acronym = draw(st.booleans())
    return pv.Centre(
        id=ident,
        name=draw(st.sampled_from(names)).value,
        acronym=draw(st.sampled_from(acronyms)).value if acronyms and use_acronym else None,
        founded=draw(st.sampled_from(foundings)).value.year if foundings else None,
        legal_form=draw(st.sampled_from(legal_forms)).value if legal_forms else None,
        status=draw(st.sampled_from(statuses)).value,
        website=draw(st.sampled_from(websites)).value if websites else None,
        names=tuple(names),
        acronyms=tuple(acronyms),
        foundings=tuple(foundings),
        legal_forms=tuple(legal_forms),
        statuses=tuple(statuses),
        websites=tuple(websites),
        coverage=tuple(draw(st.lists(coverages(), max_size=3))),
        missions=tuple(draw(st.lists(claims(st.sampled_from(list(pv.Mission))), max_size=2))),
        funding=tuple(
            draw(
                st.lists(
                    st.builds(
                        pv.Funding,
                        funder=st.sampled_from(list(pv.Funder)),
                        body=texts,
                        role=st.sampled_from(list(pv.FundingRole)),
                        sources=sources_tuple(),
                        period=st.none() | periods(),
                    ),
                    max_size=2,
                )
            )
        ),
        sources=draw(sources_tuple()),
    )


def sources() -> st.SearchStrategy[pv.Source]:
    return st.builds(
        pv.Source,
        id=st.from_regex(r"[a-z0-9-]{1,20}", fullmatch=True),
        kind=st.sampled_from(list(pv.SourceKind)),
        title=texts,
        publisher=optional_texts,
        date=st.none() | partial_dates(),
        estimated=st.none()
        | st.builds(
            DateEstimate,
            not_before=st.none() | partial_dates(max_year=2000),
            not_after=st.none() | partial_dates(min_year=2001),
            basis=texts,
        ),
        url=optional_texts,
        note=optional_texts,
    )


@st.composite
def relations(draw: st.DrawFn, subjects: tuple[str, ...] = ("irev", "cget")) -> pv.Relation:
    """A valid relation of one of ``subjects``: a renaming, or a relation to another body."""
    kind = draw(st.sampled_from(list(pv.RelationKind)))
    named = kind is pv.RelationKind.RENAMED
    return pv.Relation(
        id=draw(st.from_regex(r"[a-z0-9-]{1,20}", fullmatch=True)),
        kind=kind,
        subject=draw(st.sampled_from(subjects)),
        object=None if named else draw(st.none() | st.sampled_from(subjects)),
        object_name=None if named else draw(texts),
        name_before=draw(texts) if named else None,
        name_after=draw(texts) if named else None,
        date=draw(st.none() | partial_dates()),
        period=draw(st.none() | periods()),
        as_of=draw(st.none() | partial_dates()),
        stated_as=draw(optional_texts),
        sources=draw(sources_tuple()),
    )


@st.composite
def datasets(draw: st.DrawFn, max_centres: int = 5) -> pv.Dataset:
    """A valid dataset: generated centres over the bundled territories, sources and network, some
    of them listed among the network's members, and relations between them."""
    ids = draw(st.lists(st.from_regex(r"[a-z]{3,8}", fullmatch=True), min_size=0, max_size=max_centres, unique=True))
    generated = tuple(draw(centres(centre_id=f"c-{i}")) for i in ids)
    listed = [c.id for c in generated if draw(st.booleans())]
    members = tuple(pv.Claim(value=c, sources=draw(sources_tuple())) for c in listed)
    network = attrs.evolve(BUNDLED.network(), members=members)  # type: ignore[misc]
    linked = draw(st.lists(relations(tuple(c.id for c in generated)), max_size=3)) if generated else []
    return dataset_of(BUNDLED, centres=generated, network=network, relations=tuple(linked), open_questions=())


def typed_records() -> st.SearchStrategy[tuple[Any, Any]]:
    """(record, type) pairs of every record type the converter handles, for round trips."""
    return st.one_of(
        partial_dates().map(lambda r: (r, pv.PartialDate)),
        periods().map(lambda r: (r, pv.Period)),
        claims(texts).map(lambda r: (r, pv.Claim[str])),
        claims(partial_dates()).map(lambda r: (r, pv.Claim[pv.PartialDate])),
        claims(st.sampled_from(list(pv.Status))).map(lambda r: (r, pv.Claim[pv.Status])),
        coverages().map(lambda r: (r, pv.Coverage)),
        centres().map(lambda r: (r, pv.Centre)),
        sources().map(lambda r: (r, pv.Source)),
        relations().map(lambda r: (r, pv.Relation)),
    )
