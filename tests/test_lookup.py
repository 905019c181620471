"""Lookups forgive case, accents, punctuation and spelling; errors suggest the closest names."""

from __future__ import annotations

import re
import warnings

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import politique_ville as pv
from politique_ville.text import edit_distance, lookup_key, tolerance
from tests.strategies import datasets


def test_every_known_name_and_acronym_resolves() -> None:
    for centre in pv.centres():
        for spelling in [centre.id, centre.name, *(c.value for c in centre.names), *(c.value for c in centre.acronyms)]:
            owners = [
                c
                for c in pv.centres()
                if lookup_key(spelling)
                in {lookup_key(n.value) for n in (*c.names, *c.acronyms)} | {lookup_key(c.id), lookup_key(c.name)}
            ]
            if len(owners) == 1:
                assert pv.centre(spelling) is centre, spelling
            else:
                with pytest.raises(pv.UnknownCentreError, match="several centres"):
                    pv.centre(spelling)


@pytest.mark.parametrize(
    ("query", "centre_id"),
    [
        ("cr dsu", "cr-dsu"),
        ("CR•DSU", "cr-dsu"),
        ("crdsu", "cr-dsu"),
        ("PROFESSION BANLIEUE", "profession-banlieue"),
        ("Reso Villes", "reso-villes"),
        ("ressources et territoires", "ressources-territoires"),
        ("Ressources & Territoires", "ressources-territoires"),
        ("ville caraibes", "ville-caraibe"),
        ("  Villes au carré ", "villes-au-carre"),
    ],
)
def test_forgiving_centre_lookup(query: str, centre_id: str) -> None:
    assert pv.centre(query).id == centre_id


# Misspellings people make of the names they look up: a letter dropped, doubled, swapped,
# mistyped or misplaced, a plural or an accent wrong. Each is (query, what is meant, the
# spelling the lookup says it read). They are what the tolerance was measured on.
TERRITORY_MISSPELLINGS = [
    ("Bouche-du-Rhone", "dep-13", "Bouches-du-Rhône"),
    ("Bouches du Rhones", "dep-13", "Bouches-du-Rhône"),
    ("Finsitere", "dep-29", "Finistère"),
    ("Heraut", "dep-34", "Hérault"),
    ("somm", "dep-80", "Somme"),
    ("Essone", "dep-91", "Essonne"),
    ("Yveline", "dep-78", "Yvelines"),
    ("Val d'Oize", "dep-95", "Val-d'Oise"),
    ("Haute-Garone", "dep-31", "Haute-Garonne"),
    ("Pyrénées-Atlantique", "dep-64", "Pyrénées-Atlantiques"),
    ("Alpes-Maritime", "dep-06", "Alpes-Maritimes"),
    ("Charentes-Maritime", "dep-17", "Charente-Maritime"),
    ("Meurthe-et-Mozelle", "dep-54", "Meurthe-et-Moselle"),
    ("Morbiahn", "dep-56", "Morbihan"),
    ("Seine-Saint-Denys", "dep-93", "Seine-Saint-Denis"),
    ("Calavdos", "dep-14", "Calvados"),
    ("Dordone", "dep-24", "Dordogne"),
    ("Ardeches", "dep-07", "Ardèche"),
    ("Vauclus", "dep-84", "Vaucluse"),
    ("Guadelupe", "dep-971", "Guadeloupe"),
    ("Martinque", "dep-972", "Martinique"),
    ("Reunnion", "dep-974", "Réunion"),
    ("Bretagnee", "reg-53", "Bretagne"),
    ("Normandi", "reg-28", "Normandie"),
    ("Occitannie", "reg-76", "Occitanie"),
    ("Auvergne-Rhone-Alpe", "reg-84", "Auvergne-Rhône-Alpes"),
    ("Ile de Frnace", "reg-11", "Île-de-France"),
    ("Provence-Alpes-Cote-d'Azure", "reg-93", "Provence-Alpes-Côte d'Azur"),
    ("Bourgogne-Franche-Compté", "reg-27", "Bourgogne-Franche-Comté"),
    ("Brittanny", "reg-53", "Brittany"),
]
CENTRE_MISSPELLINGS = [
    ("Profesion Banlieu", "profession-banlieue", "Profession Banlieue"),
    ("CR-DSSU", "cr-dsu", "CR-DSU"),
    ("Trajectoire Resources", "trajectoire-ressources", "Trajectoire Ressources"),
    ("Villes au Carée", "villes-au-carre", "Villes au Carré"),
    ("Reso Ville", "reso-villes", "RésO Villes"),
    ("Normanville", "normanvilles", "Normanvilles"),
    ("Ressources et Territoire", "ressources-territoires", "Ressources & Territoires"),
    ("IREVV", "irev", "IREV"),
]
# Queries as close to two names as to one: none is taken, both are suggested first.
AMBIGUOUS = [
    ("territory", "Loiree", ("Loire", "Loiret", "Loir-et-Cher")),
    ("territory", "Marn", ("Marne", "Tarn", "Manche")),
    ("centre", "CR-CSU", ("CR-CSUR", "CR-DSU")),
]


@pytest.mark.parametrize(("query", "meant", "read_as"), TERRITORY_MISSPELLINGS)
def test_a_misspelt_territory_with_one_close_match_is_read_as_it_and_says_so(
    query: str, meant: str, read_as: str
) -> None:
    message = f"read territory {query!r} as {read_as!r}, the one close match"
    with pytest.warns(pv.CloseMatchWarning, match=f"^{re.escape(message)}$") as caught:
        assert pv.territory(query).id == meant
    assert len(caught) == 1 and caught[0].filename == __file__


@pytest.mark.parametrize(("query", "meant", "read_as"), CENTRE_MISSPELLINGS)
def test_a_misspelt_centre_with_one_close_match_is_read_as_it_and_says_so(query: str, meant: str, read_as: str) -> None:
    message = f"read centre {query!r} as {read_as!r}, the one close match"
    with pytest.warns(pv.CloseMatchWarning, match=f"^{re.escape(message)}$"):
        assert pv.centre(query).id == meant


def test_the_tolerance_is_the_least_that_reads_every_misspelling() -> None:
    """Every misspelling is within the tolerance of the name meant; one edit fewer, for keys of
    more than five characters or of three to five, would leave some of them unread."""
    pairs = [(lookup_key(q), lookup_key(r)) for q, _, r in TERRITORY_MISSPELLINGS + CENTRE_MISSPELLINGS]
    distances = [(len(q), edit_distance(q, r, 5)) for q, r in pairs]
    assert all(d <= tolerance("x" * n) for n, d in distances)
    assert max(d for n, d in distances if n > 5) == 2
    assert max(d for n, d in distances if 3 <= n <= 5) == 1
    assert [tolerance("x" * n) for n in range(8)] == [0, 0, 0, 1, 1, 1, 2, 2]


@pytest.mark.parametrize(("what", "query", "suggestions"), AMBIGUOUS)
def test_a_query_close_to_several_names_is_refused_with_them(
    what: str, query: str, suggestions: tuple[str, ...]
) -> None:
    error = pv.UnknownTerritoryError if what == "territory" else pv.UnknownCentreError
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(error) as caught:
            pv.territory(query) if what == "territory" else pv.centre(query)
    assert caught.value.suggestions == suggestions


def test_exact_lookups_only_when_close_matches_are_errors() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error", pv.CloseMatchWarning)
        with pytest.raises(pv.CloseMatchWarning):
            pv.territory("Finsitere")


@pytest.mark.parametrize(
    ("query", "territory_id"),
    [
        ("IDF", "reg-11"),
        ("PACA", "reg-93"),
        ("AURA", "reg-84"),
        ("ARA", "reg-84"),
        ("BFC", "reg-27"),
        ("HDF", "reg-32"),
        ("Brittany", "reg-53"),
        ("Normandy", "reg-28"),
        ("Corsica", "reg-94"),
        ("Picardy", "reg-22"),
        ("French Guiana", "dep-973"),
    ],
)
def test_abbreviations_and_english_names(query: str, territory_id: str) -> None:
    assert pv.territory(query).id == territory_id


def test_every_alias_has_a_source_and_finds_its_territory() -> None:
    aliases = [(t.id, a) for t in pv.territories() for a in t.aliases]
    assert len(aliases) == 21
    assert all(a.sources for _, a in aliases)
    for territory_id, alias in aliases:
        for source in alias.sources:
            pv.source(source)
        assert pv.territory(alias.name, kind=pv.territory(territory_id).kind).id == territory_id


def test_a_region_asked_by_a_department_s_name_suggests_its_regions() -> None:
    with pytest.raises(pv.UnknownTerritoryError) as caught:
        pv.territory("Somme", kind="region")
    assert caught.value.suggestions == ("Hauts-de-France", "Picardie")
    assert str(caught.value) == (
        "unknown territory: 'Somme'; did you mean 'Hauts-de-France' or 'Picardie'? "
        "(Somme is a department, in these regions)"
    )


def test_a_department_asked_by_a_region_s_name_suggests_its_departments() -> None:
    with pytest.raises(pv.UnknownTerritoryError) as caught:
        pv.territory("Bretagne", kind="department")
    assert caught.value.suggestions == ("Côtes-d'Armor", "Finistère", "Ille-et-Vilaine", "Morbihan")


def test_a_region_is_never_suggested_its_own_departments_names_by_mistake() -> None:
    with pytest.raises(pv.UnknownTerritoryError) as caught:
        pv.territory("Sommme", kind="region")
    assert caught.value.suggestions == ()


PICARDIE = ("Espace Picard pour l'Intégration", "Institut régional de la ville")


@pytest.mark.parametrize(
    ("query", "suggestions", "hint"),
    [
        ("Picardie", PICARDIE, "these centres have covered it"),
        ("Somme", PICARDIE, "these centres have covered it"),
        ("Corse", (), "no centre has covered it"),
    ],
)
def test_a_territory_given_for_a_centre_suggests_the_centres_that_covered_it(
    query: str, suggestions: tuple[str, ...], hint: str
) -> None:
    with pytest.raises(pv.UnknownCentreError) as caught:
        pv.centre(query)
    assert caught.value.suggestions == suggestions
    assert str(caught.value).endswith(f"({pv.territory(query).name} is a {pv.territory(query).kind.value}: {hint})")


def test_a_shared_generic_name_names_the_candidates() -> None:
    with pytest.raises(pv.UnknownCentreError) as caught:
        pv.centre("Centre de ressources Politique de la ville")
    assert len(caught.value.suggestions) >= 2


def test_unknown_name_without_close_match() -> None:
    with pytest.raises(pv.UnknownCentreError) as caught:
        pv.centre("zzzzzzzz")
    assert caught.value.suggestions == ()


@given(datasets())
@settings(max_examples=40)
def test_every_name_of_every_generated_centre_looks_it_up(data: pv.Dataset) -> None:
    for centre in data.centres():
        for spelling in [centre.id, *(c.value for c in centre.names), *(c.value for c in centre.acronyms)]:
            assert data.centre(spelling) is centre


@given(st.text(max_size=60))
def test_lookup_key_ignores_surrounding_punctuation_and_is_ascii(text: str) -> None:
    key = lookup_key(text)
    assert key == lookup_key(f" ({text}) - ") and key.isascii() and (key.isalnum() or key == "")
