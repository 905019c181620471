"""Queries by territory through time, founding year, mission and funder."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import politique_ville as pv
from tests.strategies import dataset_of, datasets, partial_dates


def ids(centres: tuple[pv.Centre, ...]) -> list[str]:
    return [c.id for c in centres]


# -- territories --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected_id"),
    [
        ("93", "dep-93"),
        (93, "dep-93"),
        ("FR-93", "dep-93"),
        ("seine st denis", "dep-93"),
        ("SEINE-SAINT-DENIS", "dep-93"),
        ("2a", "dep-2a"),
        ("Corse-du-Sud", "dep-2a"),
        ("Corse", "reg-94"),
        ("FR-ARA", "reg-84"),
        ("reg-84", "reg-84"),
        ("auvergne rhone alpes", "reg-84"),
        ("Rhône-Alpes", "reg-82"),
        ("Centre", "reg-24"),
        ("971", "dep-971"),
        ("FR-971", "dep-971"),
        ("la reunion", "dep-974"),
        (1, "dep-01"),
    ],
)
def test_territory_lookup(query: str | int, expected_id: str) -> None:
    assert pv.territory(query).id == expected_id


@pytest.mark.parametrize("code", ["11", "24", "27", "28", "32", "44", "52", "53", "75", "76", "84", "93", "94"])
def test_code_collision_rule_bare_codes_name_departments(code: str) -> None:
    """A bare INSEE code names the department; kind='region' names the region."""
    assert pv.territory(code).kind is pv.TerritoryKind.DEPARTMENT
    region = pv.territory(code, kind="region")
    assert region.kind is pv.TerritoryKind.REGION and region.code == code
    assert pv.territory(region.id) is region


def test_overseas_iso_code_names_the_department_and_kind_region_the_region() -> None:
    assert pv.territory("FR-972").id == "dep-972"
    assert pv.territory("FR-972", kind="region").id == "reg-02"


def test_unknown_territory_suggests() -> None:
    with pytest.raises(pv.UnknownTerritoryError) as caught:
        pv.territory("Seine-Saint-Dennis")
    assert "Seine-Saint-Denis" in caught.value.suggestions
    with pytest.raises(pv.UnknownTerritoryError):
        pv.territory("96")
    with pytest.raises(pv.UnknownTerritoryError):
        pv.territory("Vaucluse", kind="region")


def test_every_department_belongs_to_a_region_before_and_after_2016() -> None:
    departments = [t for t in pv.territories() if t.kind is pv.TerritoryKind.DEPARTMENT]
    assert len(departments) == 101
    for department in departments:
        assert department.id in pv.territory(department.region or "").departments
        assert department.id in pv.territory(department.former_region or "").departments


# -- coverage through time ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("territory", "on", "expected"),
    [
        ("86", 2012, ["villes-au-carre"]),
        ("86", "2017-01-01", ["pqn-a"]),
        ("80", 2012, ["espace-picard-integration"]),
        ("80", 2018, ["irev"]),
        ("57", 2012, ["crpv-lorraine"]),
        ("57", 2017, ["oriv"]),
        ("67", 2012, ["oriv"]),
        ("63", 2012, []),
        ("63", 2017, ["cr-dsu"]),
        ("69", 1995, ["cr-dsu"]),
        ("93", 1990, []),
        ("93", datetime.date(2000, 6, 1), ["profession-banlieue"]),
    ],
)
def test_seed_implied_coverage(territory: str, on: pv.DateLike, expected: list[str]) -> None:
    assert ids(pv.by_territory(territory, on=on)) == expected


def test_region_query_takes_any_department() -> None:
    assert ids(pv.by_territory("Hauts-de-France", on=2012)) == ["espace-picard-integration", "irev"]
    assert ids(pv.by_territory("Hauts-de-France", on=2018)) == ["irev"]
    assert "oriv" in ids(pv.by_territory("Grand Est", on=2012)) and "crpv-lorraine" in ids(
        pv.by_territory("Grand Est", on=2012)
    )


def test_corsica_has_no_centre() -> None:
    assert pv.by_territory("Corse") == ()
    assert pv.by_territory("2B", on=2012) == ()


def test_latest_state_is_the_default() -> None:
    assert ids(pv.by_territory("86")) == ids(pv.by_territory("86", on=datetime.date.today()))


def test_certainty_says_attested_or_inferred() -> None:
    (match,) = pv.covering("93", on="2012-05-31")
    assert match.centre.id == "profession-banlieue" and match.certainty is pv.Certainty.ATTESTED
    (match,) = pv.covering("93", on=1995)
    assert match.certainty is pv.Certainty.INFERRED
    assert all(m.certainty in set(pv.Certainty) for m in pv.covering("Île-de-France"))


@pytest.mark.parametrize("bad", ["20122", "2012-13", "yesterday", "2012/05/31"])
def test_bad_dates_raise_value_error(bad: str) -> None:
    with pytest.raises(ValueError):
        pv.by_territory("93", on=bad)


def test_wrong_types_raise_type_error() -> None:
    with pytest.raises(TypeError):
        pv.by_territory("93", on=2012.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        pv.by_territory(None)  # type: ignore[arg-type]


# -- founding year, mission, funder ---------------------------------------------------------


def test_founding_year_queries() -> None:
    before_2000 = ids(pv.by_founding_year(until=1999))
    assert {"cr-dsu", "profession-banlieue", "oriv", "irev", "pole-ressources-95"} <= set(before_2000)
    assert "cr-dsu" in ids(pv.by_founding_year(1993)) and "cr-dsu" not in ids(pv.by_founding_year(1994))
    assert pv.by_founding_year(1800) == ()
    with pytest.raises(ValueError, match="after"):
        pv.by_founding_year(since=2005, until=2000)
    with pytest.raises(ValueError, match="either"):
        pv.by_founding_year(2000, since=1999)
    with pytest.raises(TypeError):
        pv.by_founding_year("2000")  # type: ignore[arg-type]


def test_missions_carry_their_evidence() -> None:
    evidence = pv.missions_of("cr-dsu")
    centre_based = {e.mission for e in evidence if e.basis is pv.Basis.CENTRE}
    assert pv.Mission.PUBLICATIONS in centre_based
    network_based = {e.mission for e in evidence if e.basis is pv.Basis.NETWORK}
    assert set(pv.frameworks()[0].missions) <= network_based
    assert "cr-dsu" in ids(pv.by_mission("publications", basis="centre"))
    assert "reso-villes" in ids(pv.by_mission("Capitalisation de fiches d'expériences", basis=pv.Basis.CENTRE))
    assert pv.centre("crpv-guadeloupe") not in pv.by_mission(pv.Mission.INFORMATION)


def test_a_tendency_and_a_governance_sentence_are_not_funding() -> None:
    """Seed 002's "principalement sur l'État et les conseils régionaux" is a tendency, and "pour
    les GIP, la présidence est assurée alternativement par le SGAR et le Conseil régional" says
    who chairs a GIP: neither makes any centre funded by the State or a regional council."""
    scopes = [(s.scope, s.funders) for s in pv.network().funders]
    assert scopes[0] == (pv.FunderScope.MOST_CENTRES, (pv.Funder.STATE, pv.Funder.REGIONAL_COUNCIL))
    assert [s.scope for s in pv.network().funders] == [pv.FunderScope.MOST_CENTRES, pv.FunderScope.SOME_CENTRES]
    governance = [c for c in pv.network().statements if "présidence" in c.value]
    assert [c.sources for c in governance] == [("002_b4e078211863d438",)]
    assert [e for e in pv.funders_of("gip-maore-ouvoimoja") if e.funder is pv.Funder.REGIONAL_COUNCIL] == []


def test_network_missions_hold_for_the_centres_that_existed_at_their_date() -> None:
    dated = sorted({(e.detail, str(e.as_of)) for e in pv.missions_of("cr-dsu") if e.basis is pv.Basis.NETWORK})
    assert dated == [
        ("Cahier des charges national de la DIV", "2010-07"),
        ("Espaces d'information, de réflexion, de débats et de production de connaissance", "2016"),
        ("Lieux de capitalisation et de diffusion de ressources", "2016"),
        ("Lieux de rencontres inter-acteurs (acteurs institutionnels et leurs partenaires)", "2016"),
        ("Outil de qualification des acteurs et d'animation de réseaux", "2016"),
    ]
    assert [e for e in pv.missions_of("gip-maore-ouvoimoja") if e.basis is pv.Basis.NETWORK] == []
    assert pv.centre("gip-maore-ouvoimoja") not in pv.by_mission("information", basis="network")


def _graded(evidence: tuple[pv.MissionEvidence, ...] | tuple[pv.FunderEvidence, ...]) -> list[tuple[str, ...]]:
    return [
        (
            (e.funder if isinstance(e, pv.FunderEvidence) else e.mission).value,
            e.certainty.value,
            "" if e.rule is None else e.rule.value,
            str(e.last_attested),
        )
        for e in evidence
    ]


def test_a_funding_is_attested_while_its_source_holds_and_stops_where_the_source_says() -> None:
    """The Mayotte centre's partners page names the Acsé as its financial operator until December
    2015: not carried into 2016. The same page (undated) names the State: unknown."""
    assert _graded(pv.funders_of("cdr-mayotte", on=2015)) == [
        ("state", "unknown", "", "None"),
        ("acse", "attested", "", "2015-12"),
    ]
    assert _graded(pv.funders_of("cdr-mayotte", on=2016)) == [("state", "unknown", "", "None")]


def test_a_funding_since_a_year_holds_to_its_sources_date_then_carries_on() -> None:
    """Cité Ressources' funders "since 2002", in an interview of 2019 or later: attested in 2010,
    carried on after it, unconfirmed today; the communes, named from 2019, not before."""
    assert _graded(pv.funders_of("crpv-paca", on=2010)) == [
        ("state", "attested", "", "2019-06-20"),
        ("regional-council", "attested", "", "2019-06-20"),
        ("hlm-regional-union", "attested", "", "2019-06-20"),
    ]
    assert _graded(pv.funders_of("crpv-paca", on=2020))[3] == ("municipalities", "inferred", "continuity", "2019")
    assert {e.certainty for e in pv.funders_of("crpv-paca")} == {pv.Certainty.UNCONFIRMED}


def test_network_missions_are_inferred_at_their_date_then_carried_on() -> None:
    at_2016 = [e for e in pv.missions_of("cr-dsu", on=2016) if e.as_of == pv.PartialDate(year=2016)]
    table = ("meetings", "information", "knowledge-production", "qualification", "network-facilitation")
    assert _graded(tuple(at_2016)) == [(m, "inferred", "network-scope", "2016") for m in (*table, "capitalisation")]
    assert {(e.certainty, e.rule) for e in pv.missions_of("cr-dsu", on=2018) if e.as_of == at_2016[0].as_of} == {
        (pv.Certainty.INFERRED, pv.Rule.CONTINUITY)
    }
    # Nothing stated after the date asked: in 2005 only seed 003's Cahiers du DSU (after 2002).
    assert _graded(pv.missions_of("cr-dsu", on=2005)) == [("publications", "inferred", "continuity", "2002-12")]
    # The rule must not reach a centre in preparation or one founded after the statement.
    assert pv.missions_of("crpv-guadeloupe", on=2016) == ()
    assert [e for e in pv.missions_of("gip-maore-ouvoimoja", on=2020) if e.basis is pv.Basis.NETWORK] == []


@pytest.mark.parametrize("fn", [pv.by_mission, pv.by_funder])
def test_unknown_choices_name_the_valid_ones(fn: object) -> None:
    with pytest.raises(LookupError, match="valid"):
        fn("astrology")  # type: ignore[operator]


# -- properties over generated datasets ---------------------------------------------------

REGIONS = [t.id for t in pv.territories() if t.kind is pv.TerritoryKind.REGION]
query_dates = st.none() | partial_dates(1990, 2025)


@given(datasets(), st.sampled_from(REGIONS), query_dates)
@settings(max_examples=40)
def test_a_region_query_is_the_union_of_its_departments(
    data: pv.Dataset, region: str, on: pv.PartialDate | None
) -> None:
    union = {c.id for d in data.territory(region).departments for c in data.by_territory(d, on=on)}
    assert {c.id for c in data.by_territory(region, on=on)} == union


@given(datasets(), st.integers(1980, 2030), st.integers(0, 15))
@settings(max_examples=40)
def test_a_founding_range_is_the_union_of_its_years(data: pv.Dataset, since: int, span: int) -> None:
    ranged = data.by_founding_year(since=since, until=since + span)
    union = {c.id for year in range(since, since + span + 1) for c in data.by_founding_year(year)}
    assert {c.id for c in ranged} == union


@given(datasets(), st.sampled_from([t.id for t in pv.territories()]), query_dates, st.sampled_from(list(pv.Mission)))
@settings(max_examples=40)
def test_results_are_subsets_in_the_stable_order(
    data: pv.Dataset, territory: str, on: pv.PartialDate | None, mission: pv.Mission
) -> None:
    order = list(data.centres())
    assert order == sorted(order, key=lambda c: c.id)
    for result in (
        data.by_territory(territory, on=on),
        data.by_founding_year(since=1990),
        data.by_mission(mission),
        data.by_funder("state"),
    ):
        positions = [order.index(c) for c in result]
        assert positions == sorted(positions) and len(set(positions)) == len(positions)


@given(datasets(), st.integers(1995, 2025))
@settings(max_examples=40)
def test_dates_before_and_after_a_perimeter_change(data: pv.Dataset, year: int) -> None:
    """A coverage that ends on 31 December answers before and not after; its successor the reverse."""
    old = pv.Coverage(
        territory="reg-22", period=pv.Period(end=pv.PartialDate.parse(f"{year}-12-31")), sources=("insee-cog",)
    )
    new = pv.Coverage(
        territory="reg-32", period=pv.Period(start=pv.PartialDate.parse(f"{year + 1}-01-01")), sources=("insee-cog",)
    )
    a = pv.Centre(
        id="a-old",
        name="a old",
        status=pv.Status.ACTIVE,
        names=(pv.Claim(value="a old", sources=("insee-cog",)),),
        statuses=(pv.Claim(value=pv.Status.ACTIVE, sources=("insee-cog",)),),
        coverage=(old,),
        sources=("insee-cog",),
    )
    b = pv.Centre(
        id="b-new",
        name="b new",
        status=pv.Status.ACTIVE,
        names=(pv.Claim(value="b new", sources=("insee-cog",)),),
        statuses=(pv.Claim(value=pv.Status.ACTIVE, sources=("insee-cog",)),),
        coverage=(new,),
        sources=("insee-cog",),
    )
    extended = dataset_of(data, centres=(*data.centres(), a, b))
    before = ids(extended.by_territory("80", on=f"{year}-12-31"))
    after = ids(extended.by_territory("80", on=f"{year + 1}-01-01"))
    assert "a-old" in before and "b-new" not in before
    assert "b-new" in after and "a-old" not in after
    assert "b-new" in ids(extended.by_territory("80")) and "a-old" not in ids(extended.by_territory("80"))
