"""Partial dates, periods and estimates against brute force over the days they stand for."""

from __future__ import annotations

import calendar
import datetime
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import politique_ville as pv
from politique_ville.dates import DateEstimate, as_date
from tests.strategies import partial_dates

PRECISIONS = list(pv.Precision)
# Three years around the boundaries: drawn bounds and dates often share a year or a month.
NEAR = st.dates(datetime.date(2009, 1, 1), datetime.date(2011, 12, 31))


def at(day: datetime.date, precision: pv.Precision) -> pv.PartialDate:
    """``day`` known only to ``precision``."""
    if precision is pv.Precision.YEAR:
        return pv.PartialDate(year=day.year)
    if precision is pv.Precision.MONTH:
        return pv.PartialDate(year=day.year, month=day.month)
    return pv.PartialDate.from_date(day)


def days(date: pv.PartialDate) -> list[datetime.date]:
    """Every day ``date`` may stand for, found by walking its year with the standard calendar."""
    year = [
        datetime.date(date.year, month, day)
        for month in range(1, 13)
        for day in range(1, calendar.monthrange(date.year, month)[1] + 1)
    ]
    return [d for d in year if date.month in (None, d.month) and (date.day is None or d.day == date.day)]


def overlaps(when: pv.PartialDate, start: pv.PartialDate | None, end: pv.PartialDate | None) -> bool:
    """Whether a day of ``when`` is no earlier than a day of ``start`` and no later than a day of ``end``."""
    low = min(days(start)) if start is not None else datetime.date.min
    high = max(days(end)) if end is not None else datetime.date.max
    return any(low <= d <= high for d in days(when))


# -- a partial date against a period, at every pair of precisions ---------------------------------


@pytest.mark.parametrize("when_precision", PRECISIONS)
@pytest.mark.parametrize("start_precision", [None, *PRECISIONS])
@pytest.mark.parametrize("end_precision", [None, *PRECISIONS])
@given(when=NEAR, start=NEAR, end=NEAR)
@settings(max_examples=15)
def test_a_period_contains_a_date_when_their_days_meet(
    when_precision: pv.Precision,
    start_precision: pv.Precision | None,
    end_precision: pv.Precision | None,
    when: datetime.date,
    start: datetime.date,
    end: datetime.date,
) -> None:
    date = at(when, when_precision)
    low = None if start_precision is None else at(min(start, end), start_precision)
    high = None if end_precision is None else at(max(start, end), end_precision)
    period = pv.Period(start=low, end=high)
    assert period.contains(date) is overlaps(date, low, high)
    assert period.is_open is (high is None)


@pytest.mark.parametrize(
    ("start", "end", "inside", "outside"),
    [
        # A year-precision start takes in any day or month of its year, and nothing before.
        (
            "2010",
            None,
            ["2010-01-01", "2010-03-15", "2010-06", "2010-12-31", "2010"],
            ["2009-12-31", "2009-12", "2009"],
        ),
        ("2010-06", None, ["2010-06-01", "2010-06", "2010", "2010-06-30"], ["2010-05-31", "2010-05", "2009"]),
        ("2010-06-15", None, ["2010-06-15", "2010-06", "2010"], ["2010-06-14", "2010-05", "2009"]),
        # A year- or month-precision end takes in its whole year or month, and nothing after.
        (None, "2010", ["2010-12-31", "2010-12", "2010-03-15", "2010"], ["2011-01-01", "2011-01", "2011"]),
        (None, "2010-06", ["2010-06-30", "2010-06", "2010", "2010-06-01"], ["2010-07-01", "2010-07", "2011"]),
        (None, "2010-06-15", ["2010-06-15", "2010-06", "2010"], ["2010-06-16", "2010-07", "2011"]),
        ("2010-06", "2010-06", ["2010-06-01", "2010-06-30", "2010"], ["2010-05-31", "2010-07-01"]),
        (None, None, ["0001", "9999-12-31"], []),
    ],
)
def test_period_bounds_are_inclusive_at_their_own_precision(
    start: str | None, end: str | None, inside: list[str], outside: list[str]
) -> None:
    period = pv.Period(
        start=None if start is None else pv.PartialDate.parse(start),
        end=None if end is None else pv.PartialDate.parse(end),
    )
    assert [when for when in inside + outside if period.contains(pv.PartialDate.parse(when))] == inside


def _period(low: pv.PartialDate, high: pv.PartialDate) -> pv.PartialDate | None:
    return pv.Period(start=low, end=high).end


def _estimate(low: pv.PartialDate, high: pv.PartialDate) -> pv.PartialDate | None:
    return DateEstimate(not_before=low, not_after=high, basis="b").not_after


# A period, and a date estimate, whose upper bound precedes its lower one.
BOUNDED = [pytest.param(_period, "ends", id="period"), pytest.param(_estimate, "precedes", id="estimate")]


@pytest.mark.parametrize(("build", "message"), BOUNDED)
@pytest.mark.parametrize("low_precision", PRECISIONS)
@pytest.mark.parametrize("high_precision", PRECISIONS)
@given(first=NEAR, second=NEAR)
@settings(max_examples=15)
def test_bounds_are_refused_exactly_when_every_day_of_the_upper_one_precedes_the_lower_one(
    build: Callable[[pv.PartialDate, pv.PartialDate], pv.PartialDate | None],
    message: str,
    low_precision: pv.Precision,
    high_precision: pv.Precision,
    first: datetime.date,
    second: datetime.date,
) -> None:
    low, high = at(first, low_precision), at(second, high_precision)
    if max(days(high)) < min(days(low)):
        with pytest.raises(pv.InvalidValueError, match=message):
            build(low, high)
    else:
        assert build(low, high) == high


def test_a_period_writes_its_bounds_or_an_ellipsis() -> None:
    year, day = pv.PartialDate(year=2007), pv.PartialDate.parse("2016-12-31")
    assert [str(pv.Period(start=year, end=day)), str(pv.Period(start=year)), str(pv.Period(end=day))] == [
        "2007 – 2016-12-31",
        "2007 – …",
        "… – 2016-12-31",
    ]
    assert str(pv.Period()) == "… – …"


def test_an_estimate_may_be_open_on_either_side() -> None:
    year = pv.PartialDate(year=2000)
    assert DateEstimate(not_before=year, basis="b").not_after is None
    assert DateEstimate(not_after=year, basis="b").not_before is None
    assert str(DateEstimate(not_after=year, basis="b")) == "between … and 2000 (estimated)"
    assert str(DateEstimate(not_before=year, not_after=year, basis="b")) == "between 2000 and 2000 (estimated)"


# -- partial dates themselves -----------------------------------------------------------------------


@given(st.dates(datetime.date(1, 1, 1), datetime.date(9999, 12, 31)), st.sampled_from(PRECISIONS))
def test_earliest_and_latest_are_the_first_and_last_of_its_days(day: datetime.date, precision: pv.Precision) -> None:
    date = at(day, precision)
    assert (date.earliest(), date.latest()) == (min(days(date)), max(days(date)))
    assert date.precision is precision
    assert pv.PartialDate.parse(str(date)) == date


@pytest.mark.parametrize(
    ("date", "text", "precision"),
    [
        (pv.PartialDate(year=5), "0005", pv.Precision.YEAR),
        (pv.PartialDate(year=2010, month=1), "2010-01", pv.Precision.MONTH),
        (pv.PartialDate(year=2010, month=1, day=1), "2010-01-01", pv.Precision.DAY),
        (pv.PartialDate(year=2024, month=2, day=29), "2024-02-29", pv.Precision.DAY),
    ],
)
def test_a_partial_date_writes_its_own_precision(date: pv.PartialDate, text: str, precision: pv.Precision) -> None:
    assert str(date) == text and date.precision is precision and pv.PartialDate.parse(text) == date


@pytest.mark.parametrize(
    "parts",
    [
        {"year": "1993"},
        {"year": 1993.0},
        {"year": True},
        {"year": 1993, "month": "5"},
        {"year": 1993, "month": True},
        {"year": 1993, "month": 5, "day": 1.0},
        {"year": 1993, "month": 5, "day": False},
    ],
)
def test_partial_date_parts_are_ints(parts: dict[str, object]) -> None:
    with pytest.raises(pv.InvalidTypeError, match="ints"):
        pv.PartialDate(**parts)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("parts", "valid"),
    [
        ({"year": 1}, True),
        ({"year": 9999}, True),
        ({"year": 0}, False),
        ({"year": 10000}, False),
        ({"year": 2000, "month": 1}, True),
        ({"year": 2000, "month": 12}, True),
        ({"year": 2000, "month": 0}, False),
        ({"year": 2000, "month": 13}, False),
        ({"year": 2000, "month": 1, "day": 1}, True),
        ({"year": 2000, "month": 1, "day": 31}, True),
        ({"year": 2000, "month": 1, "day": 0}, False),
        ({"year": 2000, "month": 1, "day": 32}, False),
        ({"year": 2000, "month": 2, "day": 29}, True),
        ({"year": 1900, "month": 2, "day": 29}, False),
        ({"year": 2023, "month": 2, "day": 29}, False),
        ({"year": 2024, "month": 2, "day": 29}, True),
        ({"year": 2023, "month": 4, "day": 30}, True),
        ({"year": 2023, "month": 4, "day": 31}, False),
        ({"year": 2023, "day": 1}, False),
    ],
)
def test_partial_date_parts_are_in_range(parts: dict[str, int], valid: bool) -> None:
    if valid:
        assert pv.PartialDate(**parts).earliest() == datetime.date(
            parts["year"], parts.get("month", 1), parts.get("day", 1)
        )
    else:
        with pytest.raises(pv.InvalidValueError):
            pv.PartialDate(**parts)


def test_a_partial_date_sorts_at_its_own_precision_a_year_heading_its_year() -> None:
    texts = ["2016-03", "2016", "2015-12-31", "2016-01-01", "2016-01", "2016-03-02", "2015"]
    ordered = sorted(texts, key=lambda t: pv.PartialDate.parse(t).order())
    assert ordered == ["2015", "2015-12-31", "2016", "2016-01", "2016-01-01", "2016-03", "2016-03-02"]
    keys = [pv.PartialDate.parse(t).order() for t in ("2016", "2016-03", "2016-03-02")]
    assert keys == [(2016, 0, 0), (2016, 3, 0), (2016, 3, 2)]


@given(partial_dates(), partial_dates())
def test_dates_whose_days_do_not_meet_sort_in_time_order(first: pv.PartialDate, second: pv.PartialDate) -> None:
    if first.latest() < second.earliest():
        assert first.order() < second.order()
    if first.earliest() == second.earliest() and first.precision.value != second.precision.value:
        coarser = first if len(str(first)) < len(str(second)) else second
        finer = second if coarser is first else first
        assert coarser.order() < finer.order()  # a year heads its year, a month its month


def test_only_text_parses() -> None:
    with pytest.raises(pv.InvalidValueError, match="not a partial date"):
        pv.PartialDate.parse(1993)  # type: ignore[arg-type]


# -- query dates ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (2012, pv.PartialDate(year=2012)),
        ("2012", pv.PartialDate(year=2012)),
        (" 2012-05 ", pv.PartialDate(year=2012, month=5)),
        ("2012-05-31", pv.PartialDate(year=2012, month=5, day=31)),
        (datetime.date(2012, 5, 31), pv.PartialDate(year=2012, month=5, day=31)),
        (datetime.datetime(2012, 5, 31, 23, 59), pv.PartialDate(year=2012, month=5, day=31)),
    ],
)
def test_query_dates(value: pv.DateLike, expected: pv.PartialDate) -> None:
    date = as_date(value)
    assert date == expected and date.precision is expected.precision


def test_a_partial_date_is_its_own_query_date() -> None:
    date = pv.PartialDate(year=2012, month=5)
    assert as_date(date) is date


@pytest.mark.parametrize("value", [True, False, 2012.0, None, b"2012", [2012]])
def test_other_query_dates_are_type_errors(value: object) -> None:
    with pytest.raises(pv.InvalidTypeError, match="a date must be"):
        as_date(value)  # type: ignore[arg-type]


# -- the date methods of records ------------------------------------------------------------------------


def _source(**fields: object) -> pv.Source:
    return pv.Source(id="s", kind=pv.SourceKind.WEB_PAGE, title="t", **fields)  # type: ignore[arg-type]


def test_a_source_is_written_on_its_date_or_within_its_estimate() -> None:
    day = pv.PartialDate.parse("2012-05-31")
    year, later = pv.PartialDate(year=2010), pv.PartialDate(year=2014)
    assert _source(date=day).when == pv.Period(start=day, end=day)
    assert _source(date=day, estimated=DateEstimate(not_before=year, basis="b")).when == pv.Period(start=day, end=day)
    assert _source(estimated=DateEstimate(not_before=year, not_after=later, basis="b")).when == pv.Period(
        start=year, end=later
    )
    assert _source(estimated=DateEstimate(not_before=year, basis="b")).when == pv.Period(start=year)
    assert _source(estimated=DateEstimate(not_after=later, basis="b")).when == pv.Period(end=later)
    assert _source(estimated=DateEstimate(basis="b")).when is None
    assert _source().when is None


def test_a_region_exists_within_its_lifetime_and_a_department_always() -> None:
    picardie = pv.territory("Picardie", kind="region")
    hauts = pv.territory("Hauts-de-France", kind="region")
    somme = pv.territory("80")
    dates = ["1990", "2015-12-31", "2016", "2016-01-01", "2030"]
    assert [d for d in dates if picardie.exists_on(pv.PartialDate.parse(d))] == ["1990", "2015-12-31"]
    assert [d for d in dates if hauts.exists_on(pv.PartialDate.parse(d))] == ["2016", "2016-01-01", "2030"]
    assert [d for d in dates if somme.exists_on(pv.PartialDate.parse(d))] == dates
