"""The inference policy's building blocks stated exactly: how a statement is dated, the
freshness horizon, and the latest known state."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

import politique_ville as pv
from politique_ville import rules
from politique_ville.certainty import evidence_span, freshness, reference_date
from politique_ville.dates import DateEstimate, as_date
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
        # A half-open period: "since" its start, stated by its sources, holds up to their latest date...
        (("2001-07", None), None, ("dated",), ("2001-07", "2014-06")),
        (("2001-07", None), None, ("undated",), ("2001-07", "2001-07")),
        # ...and an end alone dates the statement at that end.
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


# -- a value at a date, from its claims ------------------------------------------------------------

_CLAIMS = (
    pv.Claim(value="deprecated", sources=("dated",), period=_span("2000", None), deprecated="a misprint"),
    pv.Claim(value="estimated", sources=("estimated",)),  # 2010 to 2012-03-04
    pv.Claim(value="undated", sources=("undated",)),
    pv.Claim(value="observed", sources=("undated",), as_of=D("2014-06")),
    pv.Claim(value="also 2014", sources=("dated",)),  # 2014-06, listed after: never preferred
    pv.Claim(value="held", sources=("undated",), period=_span("2016", "2017-02")),
)


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        ("2009", pv.Answer(value=None, certainty=pv.Certainty.UNKNOWN)),
        (
            "2011-05",
            pv.Answer(
                value="estimated",
                certainty=pv.Certainty.ATTESTED,
                last_attested=D("2012-03-04"),
                sources=("estimated",),
            ),
        ),
        (
            "2012-03-05",
            pv.Answer(
                value="estimated",
                certainty=INF,
                last_attested=D("2012-03-04"),
                rule=pv.Rule.CONTINUITY,
                sources=("estimated",),
            ),
        ),
        (
            "2014",
            pv.Answer(
                value="observed", certainty=pv.Certainty.ATTESTED, last_attested=D("2014-06"), sources=("undated",)
            ),
        ),
        (
            "2015-01-01",
            pv.Answer(
                value="observed",
                certainty=INF,
                last_attested=D("2014-06"),
                rule=pv.Rule.CONTINUITY,
                sources=("undated",),
            ),
        ),
        # Two claims are attested in 2017 ("held" to 2017-02, ...); "held" is the one that ends last.
        (
            "2017",
            pv.Answer(value="held", certainty=pv.Certainty.ATTESTED, last_attested=D("2017-02"), sources=("undated",)),
        ),
        (
            "2022-02-01",
            pv.Answer(
                value="held", certainty=INF, last_attested=D("2017-02"), rule=pv.Rule.CONTINUITY, sources=("undated",)
            ),
        ),
        (
            "2022-02-02",
            pv.Answer(
                value="held", certainty=UNC, last_attested=D("2017-02"), rule=pv.Rule.CONTINUITY, sources=("undated",)
            ),
        ),
    ],
)
def test_a_value_at_a_date_is_the_latest_attested_then_carried_on(when: str, expected: pv.Answer[str]) -> None:
    assert rules.value_on(_CLAIMS, D(when), _SOURCES.__getitem__) == expected
    assert rules.value_on(_CLAIMS, D(when), _SOURCES.__getitem__, horizon=50).certainty is (
        expected.certainty if expected.certainty is not UNC else INF
    )


def test_among_claims_ending_together_the_first_listed_answers() -> None:
    first = pv.Claim(value="first", sources=("later",))
    second = pv.Claim(value="second", sources=("undated",), period=_span("2018", "2019"))
    for when, certainty in (("2019-05", pv.Certainty.ATTESTED), ("2020", INF)):
        assert rules.value_on((first, second), D(when), _SOURCES.__getitem__).value == "first"
        assert rules.value_on((second, first), D(when), _SOURCES.__getitem__).value == "second"
        assert rules.value_on((first, second), D(when), _SOURCES.__getitem__).certainty is certainty


# -- a coverage at a date ------------------------------------------------------------------------


def _status(value: pv.Status, as_of: str, deprecated: str | None = None) -> pv.Claim[pv.Status]:
    return pv.Claim(value=value, sources=("undated",), as_of=D(as_of), deprecated=deprecated)


_CENTRE = pv.Centre(
    id="c",
    name="C",
    status=pv.Status.ACTIVE,
    names=(pv.Claim(value="C", sources=("undated",)),),
    statuses=(
        _status(pv.Status.ACTIVE, "2020-05"),
        _status(pv.Status.ACTIVE, "2025", deprecated="another centre's page"),
        _status(pv.Status.CLOSED, "2024"),
    ),
    sources=("undated",),
)
CONT, START = pv.Rule.CONTINUITY, pv.Rule.FOUNDING_START


def _coverage(attested: tuple[str | None, str | None] | None, *sources: str) -> pv.Coverage:
    return pv.Coverage(
        territory="dep-93",
        period=pv.Period(),
        attested=None if attested is None else _span(*attested),
        sources=sources,
    )


@pytest.mark.parametrize(
    ("attested", "sources", "statuses", "when", "expected"),
    [
        # Attested from 2012 to June 2015, and named by a source of 2019.
        (("2012", "2015-06"), ("later",), False, "2013", (pv.Certainty.ATTESTED, "2015-06", None)),
        (("2012", "2015-06"), ("later",), False, "2011-12-31", (INF, None, START)),
        (("2012", "2015-06"), ("later",), False, "2017", (INF, "2015-06", CONT)),  # a later statement follows
        (("2012", "2015-06"), ("later",), False, "2023-12-31", (INF, "2019", CONT)),
        (("2012", "2015-06"), ("later",), False, "2024", (UNC, "2019", CONT)),
        # An open-ended attestation holds at any later date, and rests on its start.
        (("2016", None), (), False, "2030", (pv.Certainty.ATTESTED, "2016", None)),
        # An attestation with no start rests on its end.
        ((None, "2015"), (), False, "2010", (pv.Certainty.ATTESTED, "2015", None)),
        ((None, "2015"), (), False, "2020-01-01", (INF, "2015", CONT)),
        ((None, "2015"), (), False, "2020-01-02", (UNC, "2015", CONT)),
        # No dated statement of the perimeter: the centre's own dated statements that it is
        # active (not a deprecated one, not a closure) carry it.
        (None, ("undated",), False, "2022", (INF, None, START)),
        (None, ("undated",), True, "2019", (INF, None, START)),
        (None, ("undated",), True, "2022", (INF, "2020-05", CONT)),
        (None, ("undated",), True, "2025-05-01", (INF, "2020-05", CONT)),
        (None, ("undated",), True, "2025-05-02", (UNC, "2020-05", CONT)),
        # The sources' dates count as statements.
        (None, ("estimated", "dated"), False, "2016", (INF, "2014-06", CONT)),
        (None, ("estimated", "dated"), False, "2013", (INF, "2014-06", CONT)),  # the span reaches 2013
    ],
)
def test_a_coverage_is_graded_by_its_attestation_then_the_rules(
    attested: tuple[str | None, str | None] | None,
    sources: tuple[str, ...],
    statuses: bool,
    when: str,
    expected: tuple[pv.Certainty, str | None, pv.Rule | None],
) -> None:
    centre = (
        _CENTRE
        if statuses
        else pv.Centre(
            id="c", name="C", status=pv.Status.ACTIVE, names=_CENTRE.names, statuses=(), sources=("undated",)
        )
    )
    certainty, last, rule = rules.coverage_certainty(
        centre, _coverage(attested, *sources), D(when), _SOURCES.__getitem__
    )
    assert (certainty, None if last is None else str(last), rule) == expected


# -- whether a centre existed at a date ----------------------------------------------------------


def _existing(founded: int | None, *starts: str | None) -> pv.Centre:
    coverage = tuple(
        pv.Coverage(territory="dep-93", period=pv.Period(start=None if s is None else D(s)), sources=("undated",))
        for s in starts
    )
    return pv.Centre(
        id="c",
        name="C",
        founded=founded,
        status=pv.Status.ACTIVE,
        names=(pv.Claim(value="C", sources=("undated",)),),
        statuses=(),
        coverage=coverage,
        sources=("undated",),
    )


@pytest.mark.parametrize(
    ("centre", "when", "expected"),
    [
        (_existing(2010), None, False),  # an undated statement holds for no centre
        (_existing(2010), "2009-12-31", False),
        (_existing(2010), "2010-01-01", True),  # founded that year
        (_existing(2010), "2010", True),
        (_existing(2010, "2015"), "2011", True),  # the founding year wins over the coverage
        (_existing(None), "2030", False),  # no founding year and no coverage
        (_existing(None, None), "2030", False),  # a coverage of no known start
        (_existing(None, None, "2012-03", "2016"), "2012-02", False),
        (_existing(None, None, "2016", "2012-03"), "2012-03-01", True),  # from its first day
        (_existing(None, "2016", "2012-03"), "2012", True),  # any of its coverages
    ],
)
def test_a_centre_existed_from_its_founding_year_else_its_first_coverage(
    centre: pv.Centre, when: str | None, expected: bool
) -> None:
    assert rules.existed(centre, None if when is None else D(when)) is expected


# -- the dataset's answers at a date -------------------------------------------------------------

_DATA = pv.load()


@pytest.mark.parametrize("on", [None, 2004, "2016", "2017-03-16", 2024])
def test_the_datasets_answers_are_the_rules_at_the_date_asked_else_today(on: int | str | None) -> None:
    when = _DATA.today if on is None else as_date(on)
    for centre in _DATA.centres():
        for horizon in (1, 5):
            assert _DATA.status_on(centre.id, on, horizon=horizon) == rules.status_on(
                centre, when, _DATA.source, horizon
            )
            assert _DATA.name_on(centre.id, on, horizon=horizon) == rules.name_on(centre, when, _DATA.source, horizon)
            for field in rules.DATED_FIELDS:
                claims = rules.claims_of(centre, field)
                assert _DATA.value_on(centre, field, on, horizon=horizon) == rules.value_on(
                    claims, when, _DATA.source, horizon
                )


def test_a_name_today_and_at_a_date() -> None:
    assert pv.name_on("crpv-paca") == pv.Answer(
        value="Cité Ressources",
        certainty=INF,
        last_attested=D("2025-10"),
        rule=pv.Rule.CONTINUITY,
        sources=("web-oriv-org-publication-retour-sur-la-journee-regio-f672c4",),
    )
    assert pv.name_on("crpv-paca", 2015).value == "CRPV-PACA"
    assert pv.value_on("crpv-guyane", "phone", 2016) == pv.Answer(
        value="05 94 28 79 43",
        certainty=pv.Certainty.ATTESTED,
        last_attested=D("2016"),
        sources=("001_4eccba4200d7201b",),
    )
