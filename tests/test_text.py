"""Lookup keys: one key for every spelling of a name; suggestions: few, and the closest first."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from politique_ville.text import MAX_QUERY_LENGTH, lookup_key, suggest

# French accented letters and their bare forms; "œ" has its own folding.
ACCENTS = {"à": "a", "â": "a", "ä": "a", "ç": "c", "é": "e", "è": "e", "ê": "e", "ë": "e", "î": "i", "ï": "i"}
ACCENTS |= {"ô": "o", "ö": "o", "ù": "u", "û": "u", "ü": "u", "ÿ": "y"}
FRENCH = st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyz0123456789 -'’.,()•&œ" + "".join(ACCENTS)), max_size=40)
WORDS = st.lists(st.from_regex(r"[a-z]{1,8}", fullmatch=True), min_size=1, max_size=4)


@given(st.text(max_size=50))
def test_a_key_is_its_own_key(text: str) -> None:
    """Idempotent for any text short enough that its key stays under the length limit."""
    key = lookup_key(text)
    assert lookup_key(key) == key


@given(FRENCH)
def test_keys_are_blind_to_case_and_accents(text: str) -> None:
    bare = "".join(ACCENTS.get(c, c) for c in text)
    key = lookup_key(text)
    assert lookup_key(text.upper()) == lookup_key(text.title()) == key == lookup_key(bare)
    assert lookup_key(bare.upper()) == key


@given(WORDS, WORDS)
def test_keys_fold_and_ligature_and_saint(first: list[str], second: list[str]) -> None:
    a, b = " ".join(first), " ".join(second)
    assert lookup_key(f"{a} & {b}") == lookup_key(f"{a} et {b}") == lookup_key(f"{a}&{b}")
    assert lookup_key(f"c{a}œur") == lookup_key(f"c{a}oeur") == lookup_key(f"C{a.upper()}ŒUR")
    assert lookup_key(f"{a} St-{b}") == lookup_key(f"{a} Saint {b}") == lookup_key(f"{a}-ST-{b}")
    assert lookup_key(f"{a} Ste {b}") == lookup_key(f"{a}-Sainte-{b}") == lookup_key(f"{a} STE. {b}")


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Seine St-Denis", "seinesaintdenis"),
        ("Ste-Marie", "saintemarie"),
        ("Śt-Dénis", "saintdenis"),  # an accent, even inside "St", is no separator
        ("St", "saint"),
        ("S. T.", "saint"),
        ("ste", "sainte"),
        ("Œuvre & Cœur", "oeuvreetcoeur"),
        ("Ressources&Territoires", "ressourcesetterritoires"),
        ("CR•DSU", "crdsu"),
        ("Île-de-France", "iledefrance"),
        ("  Villes au carré ", "villesaucarre"),
        ("steak", "steak"),
        ("", ""),
        ("x" * MAX_QUERY_LENGTH, "x" * MAX_QUERY_LENGTH),
        ("x" * (MAX_QUERY_LENGTH + 1), ""),
    ],
)
def test_known_keys(text: str, key: str) -> None:
    assert lookup_key(text) == key


NAMES = ["Profession Banlieue", "Profession Banlieue – Seine-Saint-Denis", "Pôle ressources", "CR-DSU", "CR-CSUR"]


@pytest.mark.parametrize(
    ("query", "limit", "expected"),
    [
        ("Profesion Banlieu", 3, ["Profession Banlieue", "Profession Banlieue – Seine-Saint-Denis"]),
        ("CR-DSSU", 3, ["CR-DSU", "CR-CSUR"]),
        ("CR-DSSU", 1, ["CR-DSU"]),
        # A part of a long name (three letters or more) brings that name, after the close ones.
        ("profession", 3, ["Profession Banlieue", "Profession Banlieue – Seine-Saint-Denis"]),
        ("pro", 1, ["Profession Banlieue"]),
        ("res", 3, ["Pôle ressources"]),
        ("pr", 3, []),
        ("zzzzzz", 3, []),
        ("!!!", 3, []),
        ("x" * 101, 3, []),
    ],
)
def test_suggestions(query: str, limit: int, expected: list[str]) -> None:
    assert suggest(query, NAMES, limit=limit) == expected
    assert suggest(query, {lookup_key(n): n for n in NAMES}, limit=limit) == expected


def test_queries_of_more_than_a_hundred_key_characters_get_no_suggestion() -> None:
    assert suggest("a" * 100, ["a" * 100]) == ["a" * 100]
    assert suggest("a" * 101, ["a" * 101]) == []


def test_at_most_three_suggestions_by_default_each_once() -> None:
    names = [f"Centre {n}" for n in "abcdef"]
    assert suggest("Centre", names) == ["Centre f", "Centre e", "Centre d"]  # equally close: difflib's order
    # Two spellings of one display name give one suggestion.
    assert suggest("Centre", {"centrea": "Centre A", "centreaa": "Centre A", "centreb": "Centre B"}) == [
        "Centre B",
        "Centre A",
    ]


def test_suggestions_come_from_the_closest_three_spellings_per_name_asked() -> None:
    """With ``limit=2``, the six closest spellings are looked at, not five, not seven."""
    five = {f"abcdef{c}": "A" for c in "abcde"} | {"abcdxf": "B"}
    assert suggest("abcdef", five, limit=2) == ["A", "B"]
    six = {f"abcdef{c}": "A" for c in "abcdef"} | {"abcdxf": "C"}
    assert suggest("abcdef", six, limit=2) == ["A"]
