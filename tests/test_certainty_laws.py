"""The inference policy's building blocks stated exactly: how a statement is dated, the
freshness horizon, and the latest known state."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

import politique_ville as pv
from politique_ville.certainty import evidence_span, freshness, reference_date
from politique_ville.dates import DateEstimate
from tests.strategies import partial_dates

D = pv.PartialDate.parse
INF, UNC = pv.Certainty.INFERRED, pv.Certainty.UNCONFIRMED

# Sources of every kind of dating: a date, an estimate with both bounds, with one bound, none.
_SOURCES = {
    s.id: s
    for s in (
        pv.Source(id="dated", kind=pv.SourceKind.SEED, title="t", date=D("2014-06")),
        pv.Source(id="later", kind=pv.SourceKind.SEED, title="t", date=D("2019")),
        pv.Source(
            id="estimated",
            kind=pv.SourceKind.SEED,
            title="t",
            estimated=DateEstimate(not_before=D("2010"), not_after=D("2012-03-04"), basis="b"),
        ),
        pv.Source(
            id="not-before",
            kind=pv.SourceKind.SEED,
            title="t",
            estimated=DateEstimate(not_before=D("2008-02"), basis="b"),
        ),
        pv.Source(id="undated", kind=pv.SourceKind.SEED, title="t"),
    )
}


def _span(start: str | None, end: str | None) -> pv.Period:
    return pv.Period(start=None if start is None else D(start), end=None if end is None else D(end))


@pytest.mark.parametrize(
    ("period", "as_of", "sources", "expected"),
    [
        # A closed period of its own dates a statement, whatever else is known.
        (("2001", "2003-05"), "2020", ("dated",), ("2001", "2003-05")),
        # An as_of: observed then, holding from the period's start if it has one.
        (None, "2020-02", ("dated",), ("2020-02", "2020-02")),
        (("2001-07", None), "2020-02", ("dated",), ("2001-07", "2020-02")),
        ((None, "2003"), "2020-02", ("dated",), ("2020-02", "2020-02")),
        # A half-open period: the one bound it has.
        (("2001-07", None), None, ("dated",), ("2001-07", "2001-07")),
        ((None, "2003"), None, ("dated",), ("2003", "2003")),
        # Otherwise the sources: from the earliest bound to the latest.
        (None, None, ("dated",), ("2014-06", "2014-06")),
        ((None, None), None, ("later", "dated"), ("2014-06", "2019")),
        (None, None, ("estimated",), ("2010", "2012-03-04")),
        (None, None, ("undated", "not-before", "later"), ("2008-02", "2019")),
        (None, None, ("not-before",), ("2008-02", "2008-02")),
        (None, None, ("undated",), None),
        (None, None, (), None),
    ],
)
def test_a_statement_is_dated_by_its_period_then_as_of_then_its_sources(
    period: tuple[str | None, str | None] | None,
    as_of: str | None,
    sources: tuple[str, ...],
    expected: tuple[str, str] | None,
) -> None:
    span = evidence_span(
        sources,
        _SOURCES.__getitem__,
        period=None if period is None else _span(*period),
        as_of=None if as_of is None else D(as_of),
    )
    assert span == (None if expected is None else _span(*expected))


def test_sources_of_mixed_precision_span_from_the_earliest_day_to_the_latest() -> None:
    """ "2014" starts before "2014-06" and ends after it: the span keeps the wider bound each side."""
    sources = {
        "year": pv.Source(id="year", kind=pv.SourceKind.SEED, title="t", date=D("2014")),
        "month": pv.Source(id="month", kind=pv.SourceKind.SEED, title="t", date=D("2014-06")),
    }
    assert evidence_span(("month", "year"), sources.__getitem__) == _span("2014", "2014")
    assert evidence_span(("year", "month"), sources.__getitem__) == _span("2014", "2014")


@given(partial_dates(), partial_dates(), st.integers(min_value=0, max_value=30))
def test_freshness_is_inferred_exactly_within_the_horizon_from_the_first_day(
    last: pv.PartialDate, when: pv.PartialDate, horizon: int
) -> None:
    """The law: inferred iff ``when``'s last day is at most ``horizon`` years after ``last``'s first."""
    first = last.earliest()
    try:
        limit = datetime.date(first.year + horizon, first.month, first.day)
    except ValueError:  # 29 February, in a year that has none
        limit = datetime.date(first.year + horizon, 3, 1)
    expected = INF if when.latest() <= limit else UNC
    assert freshness(last, when, horizon) is expected


def test_freshness_after_a_29_february_counts_to_the_first_of_march() -> None:
    last = D("2020-02-29")
    assert [freshness(last, D(when), 1) for when in ("2021-02-28", "2021-03-01", "2021-03-02")] == [INF, INF, UNC]
    assert [freshness(last, D(when), 4) for when in ("2024-02-29", "2024-03-01")] == [INF, UNC]


def test_the_latest_known_state_without_a_dated_version_is_today() -> None:
    today = pv.PartialDate.from_date(datetime.date.today())
    # Read today around the call, so that a run across midnight cannot fail.
    assert reference_date(None) in (today, pv.PartialDate.from_date(datetime.date.today()))
    assert reference_date("2026.13.01") in (today, pv.PartialDate.from_date(datetime.date.today()))
    assert reference_date("2019.07.14") == D("2019-07-14")
