"""Records are immutable, typed, and survive the JSON round trip exactly."""

from __future__ import annotations

import json
from typing import Any

import attrs
import pytest
from hypothesis import given, settings

import politique_ville as pv
from politique_ville.bundle import PARTS, read_text
from politique_ville.converter import converter
from tests.strategies import partial_dates, periods, typed_records


def round_trip(value: Any, kind: Any) -> Any:
    return converter.structure(json.loads(json.dumps(converter.unstructure(value, kind))), kind)


@given(typed_records())
@settings(max_examples=200)
def test_any_generated_record_round_trips(pair: tuple[Any, Any]) -> None:
    record, kind = pair
    assert round_trip(record, kind) == record


@pytest.mark.parametrize("name", [part.file for part in PARTS])
def test_bundled_files_round_trip_and_are_canonical(name: str) -> None:
    """The files are exactly what the converter writes: nothing is lost, nothing is extra."""
    kind = {part.file: part.kind for part in PARTS}[name]
    raw = json.loads(read_text(name))
    structured = converter.structure(raw, kind)
    assert converter.unstructure(structured, kind) == raw
    assert round_trip(structured, kind) == structured


def test_records_are_frozen_slotted_and_keyword_only() -> None:
    for name in pv.__all__:
        obj = getattr(pv, name)
        if isinstance(obj, type) and attrs.has(obj):
            assert "__slots__" in obj.__dict__, name
            assert all(f.kw_only for f in attrs.fields(obj)), name
            assert obj.__setattr__ is not object.__setattr__, name


def test_a_record_cannot_be_changed() -> None:
    centre = pv.centre("cr-dsu")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        centre.founded = 1900  # type: ignore[misc]
    assert isinstance(centre.names, tuple)


@given(partial_dates())
def test_partial_dates_parse_their_own_text(date: pv.PartialDate) -> None:
    assert pv.PartialDate.parse(str(date)) == date
    assert date.earliest() <= date.latest()


@given(periods())
def test_generated_periods_are_ordered(period: pv.Period) -> None:
    if period.start and period.end:
        assert period.start.earliest() <= period.end.latest()


def test_partial_date_keeps_its_precision() -> None:
    year = pv.PartialDate.parse("1993")
    assert year.precision is pv.Precision.YEAR and str(year) == "1993"
    assert pv.PartialDate.parse("2010-11").precision is pv.Precision.MONTH


@pytest.mark.parametrize("text", ["", "93", "1993-13", "1993-02-30", "1993/02", "abcd", "1993-2"])
def test_bad_partial_dates_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        pv.PartialDate.parse(text)


def test_periods_ending_before_they_start_are_refused() -> None:
    with pytest.raises(ValueError, match="ends"):
        pv.Period(start=pv.PartialDate(year=2010), end=pv.PartialDate(year=2009))


def test_an_estimate_never_looks_like_a_date() -> None:
    undated = pv.source("003_bebbd0276ba87a48")
    assert undated.date is None
    assert undated.estimated is not None and undated.estimated.basis
    assert "estimated" in str(undated.estimated)


@pytest.mark.parametrize(
    ("enum", "text", "member"),
    [
        (pv.LegalForm, "Groupement d'intérêt public", pv.LegalForm.GIP),
        (pv.LegalForm, "GIP", pv.LegalForm.GIP),
        (pv.Funder, "caisse des depots", pv.Funder.CAISSE_DES_DEPOTS),
        (pv.Funder, "ÉTAT", pv.Funder.STATE),
        (pv.Mission, "publications", pv.Mission.PUBLICATIONS),
        (pv.Mission, "documentary information service", pv.Mission.INFORMATION),
        (pv.Status, "en préfiguration", pv.Status.IN_PREPARATION),
    ],
)
def test_vocabularies_parse_labels_in_any_case_and_accent(
    enum: type[pv.Vocabulary], text: str, member: pv.Vocabulary
) -> None:
    assert enum.parse(text) is member


def test_unknown_vocabulary_values_name_the_choices() -> None:
    with pytest.raises(pv.UnknownChoiceError) as caught:
        pv.Funder.parse("Caisse des dépots et consignation")
    assert isinstance(caught.value, LookupError)
    assert "caisse-des-depots" in str(caught.value)


def test_days_in_month_follow_the_gregorian_calendar() -> None:
    import calendar

    for year in (1900, 2000, 2012, 2023, 2024):
        for month in range(1, 13):
            assert pv.PartialDate(year=year, month=month).latest().day == calendar.monthrange(year, month)[1]


@given(typed_records(), typed_records())
def test_records_have_value_equality_hashing_and_repr(first: tuple[Any, Any], second: tuple[Any, Any]) -> None:
    record, kind = first
    twin = round_trip(record, kind)
    assert twin == record and (twin != record) is False and hash(twin) == hash(record)
    assert len({record, twin}) == 1
    other = second[0]
    values = attrs.astuple(record, recurse=False)
    assert (record == other) == (type(other) is type(record) and attrs.astuple(other, recurse=False) == values)
    names = [f.name for f in attrs.fields(type(record))]
    shown = [name for name in ("id", "name") if name in names] or names
    assert repr(record) == f"{type(record).__name__}({', '.join(f'{n}={getattr(record, n)!r}' for n in shown)})"


def test_a_record_with_an_id_shows_its_id_and_name_only() -> None:
    centre = pv.centre("cr-dsu")
    assert (
        repr(centre)
        == "Centre(id='cr-dsu', name=\"Centre de Ressources et d'échanges pour le Développement Social et Urbain\")"
    )
    assert repr(pv.territory("93")) == "Territory(id='dep-93', name='Seine-Saint-Denis')"
    assert repr(pv.PartialDate(year=1993)) == "PartialDate(year=1993, month=None, day=None)"


def test_a_record_never_equals_another_type() -> None:
    date = pv.PartialDate(year=1993)
    assert date != pv.Period(start=date) and date != (1993, None, None) and date != "1993"
