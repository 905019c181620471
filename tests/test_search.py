"""pv.search ranks centres and territories for people who do not know the exact name."""

from __future__ import annotations

import pytest

import politique_ville as pv


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
