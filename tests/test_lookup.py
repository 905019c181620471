"""Lookups forgive case, accents, punctuation and spelling; errors suggest the closest names."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import politique_ville as pv
from politique_ville.text import lookup_key
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


@pytest.mark.parametrize(
    ("query", "suggestion"),
    [
        ("Profesion Banlieu", "Profession Banlieue"),
        ("CR-DSSU", "CR-DSU"),
        ("villes au carre!!", None),
        ("Trajectoire Resources", "Trajectoire Ressources"),
    ],
)
def test_misspellings_get_suggestions(query: str, suggestion: str | None) -> None:
    if suggestion is None:  # punctuation alone is forgiven
        assert pv.centre(query).id == "villes-au-carre"
        return
    with pytest.raises(pv.UnknownCentreError) as caught:
        pv.centre(query)
    assert isinstance(caught.value, LookupError)
    assert suggestion in caught.value.suggestions
    assert suggestion in str(caught.value)


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
