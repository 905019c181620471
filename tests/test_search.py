"""pv.search ranks centres and territories for people who do not know the exact name."""

from __future__ import annotations

from typing import Any

import attrs
import pytest

import politique_ville as pv
from politique_ville.search import NameSearch


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        # Exact spellings first: the department before the region of the same code (the code rule).
        ("93", ["dep-93", "reg-93", "crpv-paca", "profession-banlieue"]),
        # An alias, then the centres that have covered the region.
        ("Brittany", ["reg-53", "reso-villes"]),
        # A former region, its centres, then the region whose provisional name holds it.
        ("Picardie", ["reg-22", "espace-picard-integration", "irev", "reg-32"]),
        # Misspelt words still find the centre.
        ("profesion banlieu", ["profession-banlieue"]),
        ("banlieue", ["profession-banlieue"]),
        # Prefixes: the departments whose name starts so, the centres covering them, then a part.
        (
            "Seine",
            ["dep-76", "dep-77", "dep-93", "normanvilles", "profession-banlieue", *["dep-92", "pole-ressources-95"]],
        ),
        ("zzz", []),
        ("", []),
        ("!!!", []),
    ],
)
def test_search_ranks_matches(text: str, ids: list[str]) -> None:
    assert [found.id for found in pv.search(text)] == ids


def test_search_returns_records() -> None:
    assert pv.search("CR-DSU")[0] is pv.centre("cr-dsu")
    assert pv.search("Vaucluse")[0] is pv.territory("84")


def test_search_of_a_non_string_is_a_type_error() -> None:
    with pytest.raises(pv.InvalidTypeError, match=r"^search takes a string, not int$"):
        pv.search(93)  # type: ignore[arg-type]


def test_search_of_a_huge_text_answers_nothing_at_once() -> None:
    assert pv.search("a" * 100_000) == ()


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        # The exact spelling before the names that start with it (Loir-et-Cher, Loire-Atlantique,
        # Loiret), then the names that hold it (Haute-Loire, Pays de la Loire...).
        (
            "Loire",
            [
                *["dep-42", "cr-dsu", "labo-cites", "dep-41", "dep-44", "dep-45", "reso-villes", "villes-au-carre"],
                *["dep-37", "dep-43", "dep-49", "dep-71", "reg-24", "reg-52", "trajectoire-ressources", "dep-28"],
            ],
        ),
        # An ISO code is a spelling.
        ("FR-93", ["dep-93", "profession-banlieue"]),
        # Two letters start names, but are too short to be found inside one.
        ("ai", ["dep-01", "dep-02", "cr-dsu", "espace-picard-integration", "irev", "labo-cites"]),
        # A text that is part of a name, though no word of it starts a word of the name.
        ("ssion banl", ["profession-banlieue"]),
        # Every word must match: one that matches nothing matches no record.
        ("banlieu zzzz", []),
        # A word that folds to nothing (no Latin letter or digit) is no word of the text.
        ("banlieu profesion 中", ["profession-banlieue"]),
        # A word of three letters or more matches the words it starts, whatever their length...
        ("banl profession", ["profession-banlieue"]),
        ("ban profession", ["profession-banlieue"]),
        # ...and a shorter one only words it spells exactly.
        ("ba profession", []),
        # Misspelt words: one edit forgiven up to five letters, two beyond.
        ("Somne", ["dep-80", "espace-picard-integration", "irev"]),
        ("Vaukluze", ["dep-84", "crpv-paca"]),
    ],
)
def test_search_ranks_real_names(text: str, ids: list[str]) -> None:
    assert [found.id for found in pv.search(text)] == ids


def _centre(centre_id: str, name: str, acronym: str | None = None) -> pv.Centre:
    base: Any = pv.centre("irev")  # attrs.evolve is typed for attrs classes mypy can see
    claim: Any = base.names[0]
    centre: pv.Centre = attrs.evolve(
        base,
        id=centre_id,
        name=name,
        names=(attrs.evolve(claim, value=name),),
        acronym=acronym,
        acronyms=(attrs.evolve(claim, value=acronym),) if acronym else (),
    )
    return centre


def _territory(territory_id: str, kind: pv.TerritoryKind, name: str) -> pv.Territory:
    base: Any = pv.territory("84")
    territory: pv.Territory = attrs.evolve(
        base, id=territory_id, kind=kind, code=territory_id, name=name, iso=None, other_codes=()
    )
    return territory


def _ids(search: NameSearch, text: str) -> list[tuple[str, str]]:
    return [(found.__class__.__name__, found.id) for found in search.search(text)]


def test_search_orders_a_rank_by_kind_then_id() -> None:
    department = _territory("b", pv.TerritoryKind.DEPARTMENT, "Marne")
    region = _territory("a", pv.TerritoryKind.REGION, "Marne")
    search = NameSearch([_centre("c", "Marne"), _centre("d", "Marne")], [region, department], {})
    assert _ids(search, "marne") == [("Centre", "c"), ("Centre", "d"), ("Territory", "b"), ("Territory", "a")]


def test_search_ranks_parts_before_misspelt_words() -> None:
    centres = [_centre("a", "Marme"), _centre("b", "Grandmarne"), _centre("c", "Tarnac")]
    search = NameSearch(centres, [], {})
    assert _ids(search, "marne") == [("Centre", "b"), ("Centre", "a")]
    assert _ids(search, "arn") == [("Centre", "b"), ("Centre", "c")]
    assert _ids(search, "ar") == []


def test_search_finds_a_centre_by_its_acronym() -> None:
    search = NameSearch([_centre("a", "Observatoire", acronym="XQZW")], [], {})
    assert _ids(search, "xqzw") == [("Centre", "a")]


def test_search_skips_a_name_longer_than_any_text() -> None:
    search = NameSearch([_centre("a", "Zorglub " * 130)], [], {})
    assert _ids(search, "zorglub") == []


def test_search_keeps_a_centre_and_a_territory_of_one_id() -> None:
    department = _territory("dep-93", pv.TerritoryKind.DEPARTMENT, "Seine-Saint-Denis")
    alpha, beta = _centre("dep-93", "Alpha"), _centre("beta", "Beta")
    search = NameSearch([alpha, beta], [department], {"dep-93": (beta,)})
    # Only a territory brings the centres that have covered it.
    assert _ids(search, "Alpha") == [("Centre", "dep-93")]
    assert _ids(search, "dep-93") == [("Centre", "dep-93"), ("Territory", "dep-93"), ("Centre", "beta")]
