"""Query answers, whole: exact on the bundled data, and equal to a brute-force filter on generated data."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import politique_ville as pv
from politique_ville import rules
from politique_ville.text import lookup_key, suggest
from tests.strategies import BUNDLED, dataset_of, datasets, partial_dates

ALL_CENTRES = [
    "cdr-mayotte",
    "cr-csur",
    "cr-dsu",
    "crpv-guadeloupe",
    "crpv-guyane",
    "crpv-lorraine",
    "crpv-paca",
    "crpve",
    "espace-picard-integration",
    "gip-maore-ouvoimoja",
    "irev",
    "labo-cites",
    "normanvilles",
    "oriv",
    "pole-ressources-95",
    "pole-ressources-paris",
    "pqn-a",
    "profession-banlieue",
    "reso-villes",
    "ressources-territoires",
    "ressources-urbaines",
    "trajectoire-ressources",
    "ville-caraibe",
    "villes-au-carre",
    "villes-territoires-lr",
]
# Every centre but the one in preparation carries the network's statements.
IN_NETWORK = [c for c in ALL_CENTRES if c not in ("crpv-guadeloupe", "ressources-urbaines")]  # see test_rules


def ids(centres: tuple[pv.Centre, ...]) -> list[str]:
    return [c.id for c in centres]


# -- exact answers on the bundled data -------------------------------------------------------------


def test_every_centre_in_id_order() -> None:
    assert ids(pv.centres()) == ALL_CENTRES


@pytest.mark.parametrize(
    ("year", "since", "until", "expected"),
    [
        (1992, None, None, ["oriv"]),
        (1993, None, None, ["cr-dsu", "profession-banlieue"]),
        (None, 1992, 1993, ["cr-dsu", "oriv", "profession-banlieue"]),
        (None, 1993, 1998, ["cr-dsu", "irev", "pole-ressources-95", "profession-banlieue"]),
        (None, None, 1993, ["cr-dsu", "oriv", "profession-banlieue"]),
        (None, 2011, None, ["crpv-lorraine", "gip-maore-ouvoimoja", "villes-territoires-lr"]),
        (None, 2019, 2019, ["gip-maore-ouvoimoja"]),
        (None, 1994, 1997, []),
        (1800, None, None, []),
    ],
)
def test_founding_years(year: int | None, since: int | None, until: int | None, expected: list[str]) -> None:
    assert ids(pv.by_founding_year(year, since=since, until=until)) == expected


def test_no_bound_gives_every_centre_with_a_known_year() -> None:
    unknown = {"cdr-mayotte", "crpv-guadeloupe", "labo-cites", "normanvilles"}
    assert ids(pv.by_founding_year()) == [c for c in ALL_CENTRES if c not in unknown]


@pytest.mark.parametrize(
    ("args", "error"),
    [
        ({"year": True}, pv.InvalidTypeError),
        ({"since": "1990"}, pv.InvalidTypeError),
        ({"until": 1990.0}, pv.InvalidTypeError),
        ({"year": 2000, "until": 2001}, pv.InvalidValueError),
        ({"since": 2001, "until": 2000}, pv.InvalidValueError),
    ],
)
def test_bad_founding_year_arguments(args: dict[str, object], error: type[Exception]) -> None:
    with pytest.raises(error):
        pv.by_founding_year(**args)  # type: ignore[arg-type]


# The network's missions hold for the centres of the network that existed at the statement's
# date: the DIV's cahier des charges (seed 000, not before July 2010) and the network table's
# specificities (seed 001, c. 2016).
BY_2010 = [
    c
    for c in IN_NETWORK
    if c not in {"cdr-mayotte", "crpv-lorraine", "gip-maore-ouvoimoja", "labo-cites", "normanvilles"}
    and c != "villes-territoires-lr"
]
BY_2016 = [c for c in IN_NETWORK if c not in {"gip-maore-ouvoimoja", "labo-cites"}]


@pytest.mark.parametrize(
    ("mission", "on_network", "on_centre_basis"),
    [
        (pv.Mission.PUBLICATIONS, BY_2010, ["cr-csur", "cr-dsu", "pqn-a"]),
        (pv.Mission.CAPITALISATION, BY_2016, ["reso-villes"]),
        (pv.Mission.INFORMATION, BY_2016, []),
    ],
)
def test_missions_with_and_without_basis(
    mission: pv.Mission, on_network: list[str], on_centre_basis: list[str]
) -> None:
    both = sorted(set(on_network) | set(on_centre_basis))
    assert ids(pv.by_mission(mission)) == both
    assert ids(pv.by_mission(mission, basis=None)) == both
    assert ids(pv.by_mission(mission.value, basis="network")) == on_network
    assert ids(pv.by_mission(mission, basis="centre")) == on_centre_basis
    assert ids(pv.by_mission(mission, basis=pv.Basis.CENTRE)) == on_centre_basis


def test_a_mission_no_source_shows_has_no_centre() -> None:
    assert pv.by_mission(pv.Mission.STUDIES_AND_EXPERIMENTATION) == ()


STATE_ON_CENTRE_BASIS = [
    "cdr-mayotte",
    "cr-csur",
    "crpv-paca",
    "gip-maore-ouvoimoja",
    "irev",
    "pqn-a",
    "reso-villes",
    "ressources-territoires",
]


@pytest.mark.parametrize(
    ("funder", "any_basis", "on_centre", "on_network"),
    [
        # Seed 002's "principalement sur l'État et les conseils régionaux" is a tendency: no network basis.
        (pv.Funder.STATE, STATE_ON_CENTRE_BASIS, None, []),
        (pv.Funder.REGIONAL_COUNCIL, ["crpv-paca", "irev", "pqn-a", "ressources-territoires"], None, []),
        (pv.Funder.DEPARTMENT, ["gip-maore-ouvoimoja", "irev"], ["gip-maore-ouvoimoja", "irev"], []),
        (pv.Funder.CAISSE_DES_DEPOTS, ["cr-csur", "gip-maore-ouvoimoja", "irev", "reso-villes"], None, []),
        (pv.Funder.CNFPT, ["ressources-territoires"], None, []),
        (pv.Funder.USH, [], [], []),
    ],
)
def test_funders_with_and_without_basis(
    funder: pv.Funder, any_basis: list[str], on_centre: list[str] | None, on_network: list[str]
) -> None:
    assert ids(pv.by_funder(funder)) == any_basis
    assert ids(pv.by_funder(funder.value, basis="centre")) == (any_basis if on_centre is None else on_centre)
    assert ids(pv.by_funder(funder, basis=pv.Basis.NETWORK)) == on_network


@pytest.mark.parametrize(
    ("region", "on", "expected"),
    [
        ("Île-de-France", 2012, ["crpve", "pole-ressources-95", "pole-ressources-paris", "profession-banlieue"]),
        ("Île-de-France", None, []),  # every one unconfirmed today: see test_covering_gives_the_record...
        ("Grand Est", 2012, ["crpv-lorraine", "oriv"]),
        ("Hauts-de-France", 2012, ["espace-picard-integration", "irev"]),
        ("Hauts-de-France", None, ["irev"]),
        ("Occitanie", 2019, ["ressources-territoires", "villes-territoires-lr"]),
        ("Occitanie", None, ["villes-territoires-lr"]),
        ("Auvergne-Rhône-Alpes", 2012, ["cr-dsu"]),
        ("Corse", None, []),
    ],
)
def test_region_answers_in_id_order(region: str, on: int | None, expected: list[str]) -> None:
    assert ids(pv.by_territory(region, on=on)) == expected
    sure = [m.centre.id for m in pv.covering(region, on=on) if m.certainty is not pv.Certainty.UNCONFIRMED]
    assert sure == expected


def test_covering_gives_the_record_and_its_certainty() -> None:
    found = [(m.centre.id, m.coverage.territory, m.certainty) for m in pv.covering("Île-de-France")]
    assert found == [  # among equally sure records, the one the centre lists first (not the region's order)
        ("crpve", "dep-91", pv.Certainty.UNCONFIRMED),
        ("pole-ressources-95", "dep-95", pv.Certainty.UNCONFIRMED),
        ("pole-ressources-paris", "dep-75", pv.Certainty.UNCONFIRMED),
        ("profession-banlieue", "dep-93", pv.Certainty.UNCONFIRMED),
    ]
    # The more certain record wins over the order: Villes et Territoires lists Aude first, but in
    # 2018 only its Gard record is attested.
    lr = pv.centre("villes-territoires-lr")
    assert [c.territory for c in lr.coverage if c.period.contains(2018)][:2] == ["dep-11", "dep-30"]
    assert [(m.centre.id, m.coverage.territory, m.certainty) for m in pv.covering("Occitanie", on=2018)] == [
        ("ressources-territoires", "dep-09", pv.Certainty.INFERRED),
        ("villes-territoires-lr", "dep-30", pv.Certainty.ATTESTED),
    ]
    assert [(m.centre.id, m.certainty) for m in pv.covering("93", on="2012-05-31")] == [
        ("profession-banlieue", pv.Certainty.ATTESTED)
    ]
    assert [(m.centre.id, m.certainty) for m in pv.covering("93", on=1995)] == [
        ("profession-banlieue", pv.Certainty.INFERRED)
    ]


def test_a_territory_record_finds_itself_and_codes_find_departments() -> None:
    somme = pv.territory("80")
    assert pv.territory(somme) is somme and pv.territory(80) is somme
    assert pv.territory("80", kind="department") is somme
    assert pv.territory("Picardie", kind="region").id == "reg-22"
    assert pv.territory("FR-80") is somme
    with pytest.raises(pv.UnknownTerritoryError):
        pv.territory("Somme", kind="region")
    with pytest.raises(pv.InvalidTypeError):
        pv.territory(True)


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        (
            -1,
            "unknown territory: -1 (territory codes have two or three digits; "
            "give a commune code as a string ('01053'))",
        ),
        (
            1000,
            "unknown territory: 1000 (territory codes have two or three digits; "
            "give a commune code as a string ('01053'))",
        ),
        # Two or three digits are looked up, as a department's code first.
        (0, "unknown territory: '00' (a bare code names a department; use kind='region' for a region)"),
        (999, "unknown territory: '999' (a bare code names a department; use kind='region' for a region)"),
    ],
)
def test_an_int_code_out_of_range_is_refused_and_one_in_range_is_looked_up(code: int, expected: str) -> None:
    with pytest.raises(pv.UnknownTerritoryError) as raised:
        pv.territory(code)
    assert str(raised.value) == expected
    assert [pv.territory(c).id for c in (1, 2, 84, 976)] == ["dep-01", "dep-02", "dep-84", "dep-976"]


def test_a_bare_code_is_a_departments_own_code_before_any_other_spelling() -> None:
    """A department listed first that also goes by "84", and the regions listed after the
    departments: "84" is still Vaucluse, and Auvergne-Rhône-Alpes only with kind="region"."""
    alias = pv.Territory(
        id="dep-xx",
        kind=pv.TerritoryKind.DEPARTMENT,
        code="XX",
        name="Ailleurs",
        other_codes=("84",),
        sources=("insee-cog",),
    )
    regions = [t for t in BUNDLED.territories() if t.kind is pv.TerritoryKind.REGION]
    departments = [t for t in BUNDLED.territories() if t.kind is pv.TerritoryKind.DEPARTMENT]
    data = dataset_of(BUNDLED, territories=(alias, *departments, *regions))
    vaucluse = BUNDLED.territory("dep-84")
    assert [data.territory(q).id for q in ("84", 84, "XX")] == ["dep-84", "dep-84", "dep-xx"]
    assert data.territory("84", kind="department") == vaucluse
    assert data.territory("84", kind="region").id == "reg-84"


def test_centres_by_record_id_or_name() -> None:
    irev = pv.centre("irev")
    assert pv.centre("IREV") is irev and pv.missions_of(irev) == pv.missions_of("irev")
    assert pv.funders_of(irev) == pv.funders_of("irev")
    with pytest.raises(pv.InvalidTypeError):
        pv.centre(7)  # type: ignore[arg-type]


def test_sources_by_id_with_suggestions() -> None:
    assert pv.source("insee-cog").id == "insee-cog"
    with pytest.raises(pv.UnknownSourceError) as caught:
        pv.source("insee-cogg")
    assert caught.value.suggestions == ("insee-cog", "insee-cog-2025")
    with pytest.raises(pv.UnknownSourceError) as caught:
        pv.source(12)  # type: ignore[arg-type]
    assert caught.value.suggestions == ()


# -- suggestions in errors ---------------------------------------------------------------------------


def _centre_spellings() -> dict[str, str]:
    """Each key's first spelling, over every centre's names, acronyms and id, in id order."""
    shown: dict[str, str] = {}
    for c in pv.centres():
        spellings = [c.name, *(n.value for n in c.names), *([c.acronym] if c.acronym else [])]
        for spelling in [*spellings, *(a.value for a in c.acronyms), c.id]:
            shown.setdefault(lookup_key(spelling), spelling)
    return shown


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Centre de ressources", ("centre de ressources PACA", "Cité Ressources", "centre ressources Rhône-Alpes")),
        ("Profesion Banlie", ("Profession Banlieue",)),
        ("CR-CSU", ("CR-CSUR", "CR-DSU")),
        ("crpv", ("CRPVL", "CRPVE", "CRPV-PACA")),
        ("zzzzzzzz", ()),
    ],
)
def test_a_centre_error_suggests_at_most_three_names(query: str, expected: tuple[str, ...]) -> None:
    with pytest.raises(pv.UnknownCentreError) as caught:
        pv.centre(query)
    assert caught.value.suggestions == expected
    assert list(expected) == suggest(query, _centre_spellings())


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Sein-Saint-Dennys", ("Seine-Saint-Denis",)),
        ("Pikkardi", ("Picardie", "Picardy", "Paris")),
        ("Nornandiiee", ("Normandie", "Haute-Normandie", "Basse-Normandie")),
    ],
)
def test_a_territory_error_suggests_at_most_three_names(query: str, expected: tuple[str, ...]) -> None:
    with pytest.raises(pv.UnknownTerritoryError) as caught:
        pv.territory(query)
    assert caught.value.suggestions == expected
    names = [n for t in pv.territories() for n in (t.name, *t.other_names, *(a.name for a in t.aliases))]
    assert list(expected) == suggest(query, _first(names))


def test_only_a_query_of_any_kind_hints_at_kind_region() -> None:
    hint = "use kind='region' for a region"
    for kind, shown in ((None, True), ("department", False), ("region", False)):
        with pytest.raises(pv.UnknownTerritoryError) as caught:
            pv.territory("Nornandiiee", kind=kind)
        assert (hint in str(caught.value)) is shown


def test_a_spelling_with_no_letter_names_nothing() -> None:
    """A spelling that folds to an empty key ("•") is not a key: "!!!" finds no centre."""
    claim = pv.Claim(value="•", sources=("insee-cog",))
    odd = pv.Centre(
        id="c-odd",
        name="Odd",
        acronym="•",
        status=pv.Status.ACTIVE,
        names=(pv.Claim(value="Odd", sources=("insee-cog",)),),
        acronyms=(claim,),
        statuses=(pv.Claim(value=pv.Status.ACTIVE, sources=("insee-cog",)),),
        sources=("insee-cog",),
    )
    data = dataset_of(BUNDLED, centres=(odd,))
    assert data.centre("odd") is odd
    with pytest.raises(pv.UnknownCentreError):
        data.centre("!!!")


def test_an_exact_id_names_its_centre_even_when_another_spelling_folds_to_it() -> None:
    def centre(ident: str, acronym: str | None) -> pv.Centre:
        acronyms = () if acronym is None else (pv.Claim(value=acronym, sources=("insee-cog",)),)
        return pv.Centre(
            id=ident,
            name=f"Centre {ident}",
            acronym=acronym,
            status=pv.Status.ACTIVE,
            names=(pv.Claim(value=f"Centre {ident}", sources=("insee-cog",)),),
            acronyms=acronyms,
            statuses=(pv.Claim(value=pv.Status.ACTIVE, sources=("insee-cog",)),),
            sources=("insee-cog",),
        )

    first, second = centre("c-ab", None), centre("c-other", "CAB")
    data = dataset_of(BUNDLED, centres=(first, second))
    assert data.centre("c-ab") is first
    with pytest.raises(pv.UnknownCentreError, match="several centres"):
        data.centre("CAB")


def test_a_two_department_region_answers_in_id_order() -> None:
    """Alsace (67, 68): the centre of the second department comes first when its id does."""

    def centre(ident: str, department: str) -> pv.Centre:
        return pv.Centre(
            id=ident,
            name=ident,
            status=pv.Status.ACTIVE,
            names=(pv.Claim(value=ident, sources=("insee-cog",)),),
            statuses=(pv.Claim(value=pv.Status.ACTIVE, sources=("insee-cog",)),),
            coverage=(pv.Coverage(territory=department, period=pv.Period(), sources=("insee-cog",)),),
            sources=("insee-cog",),
        )

    data = dataset_of(BUNDLED, centres=(centre("c-a", "dep-68"), centre("c-b", "dep-67")))
    assert pv.territory("Alsace", kind="region").departments == ("dep-67", "dep-68")
    assert ids(data.by_territory("Alsace")) == ["c-a", "c-b"]


def _first(names: list[str]) -> dict[str, str]:
    shown: dict[str, str] = {}
    for name in names:
        shown.setdefault(lookup_key(name), name)
    return shown


# -- brute force over generated datasets -----------------------------------------------------------------

TERRITORIES = [t.id for t in pv.territories()]


def _reach(data: pv.Dataset, territory: str) -> set[str]:
    place = data.territory(territory)
    return set(place.departments) if place.kind is pv.TerritoryKind.REGION else {place.id}


def _holds(coverage: pv.Coverage, on: pv.PartialDate | None) -> bool:
    return coverage.period.is_open if on is None else coverage.period.contains(on)


@given(
    datasets(), st.lists(st.sampled_from(TERRITORIES), min_size=1, max_size=4), st.none() | partial_dates(1990, 2025)
)
@settings(max_examples=30)
def test_territory_answers_are_the_brute_force_filter(
    data: pv.Dataset, territories: list[str], on: pv.PartialDate | None
) -> None:
    order = ids(data.centres())
    assert order == sorted(order)
    for territory in territories:
        wanted = _reach(data, territory)
        expected = [
            c.id
            for c in data.centres()
            if any(_reach(data, k.territory) & wanted and _holds(k, on) for k in c.coverage)
        ]
        assert ids(data.by_territory(territory, on=on, unconfirmed=True)) == expected
        matches = data.covering(territory, on=on)
        assert [m.centre.id for m in matches] == expected
        graded = data.today if on is None else on
        ranks = [pv.Certainty.ATTESTED, pv.Certainty.INFERRED, pv.Certainty.UNCONFIRMED]
        for match in matches:
            assert match.coverage in match.centre.coverage and _holds(match.coverage, on)
            assert _reach(data, match.coverage.territory) & wanted
            # the most certain of the centre's coverages that reach the territory then
            levels = [
                rules.coverage_certainty(match.centre, k, graded, data.source)[0]
                for k in match.centre.coverage
                if _reach(data, k.territory) & wanted and _holds(k, on)
            ]
            assert match.certainty is min(levels, key=ranks.index)
        sure = [m.centre.id for m in matches if m.certainty is not pv.Certainty.UNCONFIRMED]
        assert ids(data.by_territory(territory, on=on)) == sure


@given(datasets(), st.integers(1980, 2030), st.integers(0, 12))
@settings(max_examples=30)
def test_founding_answers_are_the_brute_force_filter(data: pv.Dataset, since: int, span: int) -> None:
    until = since + span
    known = [c for c in data.centres() if c.founded is not None]
    assert ids(data.by_founding_year(since=since, until=until)) == [c.id for c in known if since <= c.founded <= until]  # type: ignore[operator]
    assert ids(data.by_founding_year(since)) == [c.id for c in known if c.founded == since]
    assert ids(data.by_founding_year(since=since)) == [c.id for c in known if since <= c.founded]  # type: ignore[operator]
    assert ids(data.by_founding_year(until=until)) == [c.id for c in known if c.founded <= until]  # type: ignore[operator]
    assert ids(data.by_founding_year()) == [c.id for c in known]
    for centre in known:
        assert centre in data.by_founding_year(centre.founded)


BASES = [None, *pv.Basis]


@given(datasets(), st.sampled_from(list(pv.Mission)), st.sampled_from(list(pv.Funder)))
@settings(max_examples=30)
def test_mission_and_funder_answers_are_the_brute_force_filter(
    data: pv.Dataset, mission: pv.Mission, funder: pv.Funder
) -> None:
    for basis in BASES:
        assert ids(data.by_mission(mission, basis=basis)) == [
            c.id
            for c in data.centres()
            if any(e.mission is mission and basis in (None, e.basis) for e in data.missions_of(c))
        ]
        assert ids(data.by_funder(funder, basis=basis)) == [
            c.id
            for c in data.centres()
            if any(e.funder is funder and basis in (None, e.basis) for e in data.funders_of(c))
        ]
    for centre in data.centres():
        for evidence in data.missions_of(centre):
            assert centre in data.by_mission(evidence.mission, basis=evidence.basis)
        for funding in data.funders_of(centre):
            assert centre in data.by_funder(funding.funder, basis=funding.basis)
