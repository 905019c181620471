"""The domain rules: evidence of missions and funders, territories at a date, the latest fact."""

from __future__ import annotations

import datetime

import attrs
import pytest

import politique_ville as pv
from politique_ville import rules
from politique_ville.dates import DateEstimate
from politique_ville.national_network import Animator, CentreCount

TODAY = pv.load().today

D = pv.PartialDate.parse
SOURCES = {
    "day": pv.Source(id="day", kind=pv.SourceKind.WEB_PAGE, title="t", date=D("2012-05-31")),
    "month": pv.Source(id="month", kind=pv.SourceKind.WEB_PAGE, title="t", date=D("2012-02")),
    "after": pv.Source(
        id="after", kind=pv.SourceKind.WEB_PAGE, title="t", estimated=DateEstimate(not_before=D("2015"), basis="b")
    ),
    "span": pv.Source(
        id="span",
        kind=pv.SourceKind.WEB_PAGE,
        title="t",
        estimated=DateEstimate(not_before=D("2001"), not_after=D("2003-06"), basis="b"),
    ),
    "undated": pv.Source(id="undated", kind=pv.SourceKind.WEB_PAGE, title="t"),
}


def source(source_id: str) -> pv.Source:
    return SOURCES[source_id]


def day(text: str) -> datetime.date:
    return datetime.date.fromisoformat(text)


@pytest.mark.parametrize(
    ("sources", "as_of", "period", "expected"),
    [
        # A fact's own date comes first, whatever its sources say.
        (("day",), D("2010"), None, ["2010-12-31"]),
        (("day",), None, pv.Period(start=D("2001"), end=D("2003-02")), ["2001-12-31", "2003-02-28"]),
        (("day",), None, pv.Period(start=D("2001-05")), ["2001-05-31"]),
        (("day",), None, pv.Period(end=D("2004")), ["2004-12-31"]),
        (("day",), D("2010"), pv.Period(end=D("2004")), ["2010-12-31", "2004-12-31"]),
        # Else each source's date, or its estimate's bounds, in the order of the sources.
        (("day", "month"), None, None, ["2012-05-31", "2012-05-31", "2012-02-29", "2012-02-29"]),
        (("after", "span"), None, None, ["2015-12-31", "2001-12-31", "2003-06-30"]),
        (("day",), None, pv.Period(), ["2012-05-31", "2012-05-31"]),
        (("undated",), None, None, []),
        ((), None, None, []),
    ],
)
def test_evidence_dates(
    sources: tuple[str, ...], as_of: pv.PartialDate | None, period: pv.Period | None, expected: list[str]
) -> None:
    assert rules.evidence_dates(sources, source, as_of=as_of, period=period) == [day(d) for d in expected]


def _count(count: int, *sources: str, as_of: str | None = None) -> CentreCount:
    return CentreCount(count=count, as_of=None if as_of is None else D(as_of), sources=sources)


def _network(counts: tuple[CentreCount, ...] = (), animators: tuple[Animator, ...] = ()) -> pv.Network:
    network: pv.Network = attrs.evolve(pv.network(), centre_counts=counts, animators=animators)  # type: ignore[misc]
    return network


def test_the_latest_count_is_the_one_tied_to_the_latest_date() -> None:
    counts = (_count(1, "span"), _count(2, "after"), _count(3, "day"), _count(4, "undated"))
    assert rules.latest_count(_network(counts), source) == counts[1]
    assert rules.latest_count(_network(counts[::-1]), source) == counts[1]
    own = _count(5, "day", as_of="2020-01")
    assert rules.latest_count(_network((*counts, own)), source) == own


def test_among_equally_late_counts_the_last_listed_wins() -> None:
    first, second, third = _count(1, "day"), _count(2, "day"), _count(3, "month")
    assert rules.latest_count(_network((first, second, third)), source) is second
    assert rules.latest_count(_network((second, first, third)), source) is first
    undated = (_count(1, "undated"), _count(2, "undated"))
    assert rules.latest_count(_network(undated), source) is undated[1]
    assert rules.latest_count(_network(), source) is None


def test_the_latest_animator_by_its_period() -> None:
    old = Animator(body="a", name="A", period=pv.Period(start=D("1999"), end=D("2014-03-30")), sources=("day",))
    new = Animator(body="b", name="B", period=pv.Period(start=D("2014-03-31")), sources=("undated",))
    undated = Animator(body="c", name="C", sources=("month",))
    assert rules.latest_animator(_network(animators=(new, old, undated)), source) is new
    assert rules.latest_animator(_network(animators=(old, undated)), source) is old
    assert rules.latest_animator(_network(), source) is None


def test_the_bundled_latest_count_and_animator() -> None:
    count = rules.latest_count(pv.network(), pv.source)
    assert count is not None and (count.count, str(count.as_of)) == (19, "2022-10")
    animator = rules.latest_animator(pv.network(), pv.source)
    assert animator is not None and animator.body == "anct"


def test_a_centre_in_preparation_or_that_no_source_lists_is_outside_the_network() -> None:
    """Guadeloupe is in preparation. Ressources Urbaines calls itself a centre de ressources and
    relays a cycle of the network, but no source names it among the network's centres."""
    outside = [c.id for c in pv.centres() if not rules.in_network(c, pv.network())]
    assert outside == ["crpv-guadeloupe", "ressources-urbaines"]
    assert rules.missions_of(pv.centre("ressources-urbaines"), pv.frameworks(), pv.network(), pv.source, TODAY) == ()
    guadeloupe = pv.centre("crpv-guadeloupe")
    assert rules.missions_of(guadeloupe, pv.frameworks(), pv.network(), pv.source, TODAY) == ()
    assert rules.funders_of(guadeloupe, pv.network(), pv.source, TODAY) == ()


def test_missions_come_from_the_centre_then_the_frameworks_then_the_specificities() -> None:
    evidence = rules.missions_of(pv.centre("cr-dsu"), pv.frameworks(), pv.network(), pv.source, TODAY)
    assert [(e.mission.value, e.basis.value) for e in evidence] == [
        ("publications", "centre"),
        ("information", "network"),
        ("qualification", "network"),
        ("meetings", "network"),
        ("capitalisation", "network"),
        ("expertise", "network"),
        ("publications", "network"),
        ("meetings", "network"),
        ("information", "network"),
        ("knowledge-production", "network"),
        ("qualification", "network"),
        ("network-facilitation", "network"),
        ("capitalisation", "network"),
    ]
    assert evidence[1].detail == pv.frameworks()[0].title
    assert evidence[7].detail == pv.network().specificities[0].text


@pytest.mark.parametrize(
    ("centre", "network_funders"),
    [
        # The network statements are a tendency ("principalement") and "selon les cas": neither
        # names a centre, so no network funder is attributed, to an association or to a GIP.
        ("cr-dsu", []),
        ("pqn-a", []),
    ],
)
def test_network_funders_by_scope(centre: str, network_funders: list[str]) -> None:
    evidence = rules.funders_of(pv.centre(centre), pv.network(), pv.source, TODAY)
    on_centre = [e for e in evidence if e.basis is pv.Basis.CENTRE]
    assert [e.funder for e in on_centre] == [f.funder for f in pv.centre(centre).funding]
    assert [e.funder.value for e in evidence[len(on_centre) :]] == network_funders


@pytest.mark.parametrize(
    ("centre", "latest", "in_2012"),
    [
        ("cr-dsu", ["reg-84"], ["reg-82"]),
        ("pqn-a", ["reg-75", "dep-16", "dep-17", "dep-79", "dep-86"], ["reg-72"]),
        ("trajectoire-ressources", ["reg-27"], ["reg-26", "reg-43"]),
        ("villes-territoires-lr", ["dep-11", "dep-30", "dep-34", "dep-66"], ["reg-91"]),
    ],
)
def test_territories_on_a_date(centre: str, latest: list[str], in_2012: list[str]) -> None:
    found = pv.centre(centre)
    assert list(rules.territories_on(found, None)) == latest
    assert list(rules.territories_on(found, D("2012"))) == in_2012


def test_a_territory_is_named_once() -> None:
    twice = tuple(
        pv.Coverage(territory=t, period=pv.Period(start=D(start)), sources=("insee-cog",))
        for t, start in (("dep-93", "2000"), ("dep-94", "2001"), ("dep-93", "2002"))
    )
    centre: pv.Centre = attrs.evolve(pv.centre("profession-banlieue"), coverage=twice)  # type: ignore[misc]
    assert rules.territories_on(centre, None) == ("dep-93", "dep-94")
    assert rules.territories_on(centre, D("2000")) == ("dep-93",)
