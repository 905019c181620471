"""Ranked search across centres and territories, for people who do not know the exact name.

A record matches ``text`` by the best of its spellings (names, acronyms, id, codes, aliases),
folded by :func:`~politique_ville.text.lookup_key`, in this order of rank:

0. a spelling is the text ("cr dsu", "93", "Brittany");
1. a spelling starts with it ("profession b");
2. a spelling holds it (three characters or more: "banlieue");
3. each of its words is within :func:`~politique_ville.text.tolerance` of a word of a
   spelling, or starts one ("banlieu profesion").

As pycountry's ``search_fuzzy`` brings a country through its subdivisions, a territory that
matches brings the centres that have covered it, just after it. Within a rank: centres, then
departments, then regions, each by id.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .geography import Territory
from .resource_centres import Centre
from .text import edit_distance, lookup_key, tolerance
from .vocabulary import TerritoryKind

__all__ = ["NameSearch"]

_WORD = re.compile(r"[^\W_]+")
_ORDER = {Centre: 0, TerritoryKind.DEPARTMENT: 1, TerritoryKind.REGION: 2}


class NameSearch:
    """Every spelling of every centre and territory, with its words, built once."""

    __slots__ = ("_covering", "_spellings", "_words")

    def __init__(
        self,
        centres: Iterable[Centre],
        territories: Iterable[Territory],
        covering: dict[str, tuple[Centre, ...]],
    ) -> None:
        spellings: list[tuple[Centre | Territory, str, tuple[str, ...]]] = []
        for centre in centres:
            names = [centre.id, centre.name, *(c.value for c in centre.names)]
            names += [*([centre.acronym] if centre.acronym else []), *(c.value for c in centre.acronyms)]
            spellings += _spelt(centre, names)
        for territory in territories:
            names = [territory.id, territory.code, territory.name, *territory.other_names, *territory.other_codes]
            names += [*([territory.iso] if territory.iso else []), *(a.name for a in territory.aliases)]
            spellings += _spelt(territory, names)
        self._spellings = tuple(spellings)
        self._words = frozenset(word for _, _, words in spellings for word in words)
        self._covering = covering

    def search(self, text: str) -> tuple[Centre | Territory, ...]:
        """The records matching ``text``, best first (see the module documentation)."""
        key = lookup_key(text)
        if not key:
            return ()
        words = [w for w in (lookup_key(w) for w in _WORD.findall(text)) if w]
        # Each word of the text, with the known words it matches (each pair compared once).
        near = [frozenset(known for known in self._words if _word_matches(word, known)) for word in words]
        # A centre and a territory may share an id: each is kept.
        best: dict[tuple[type, str], tuple[float, Centre | Territory]] = {}

        def keep(rank: float, found: Centre | Territory) -> None:
            known = best.get((found.__class__, found.id))
            if known is None or rank < known[0]:
                best[found.__class__, found.id] = (rank, found)

        for found, spelling, spelt_words in self._spellings:
            ranked = _rank(key, near, spelling, spelt_words)
            if ranked is not None:
                keep(ranked, found)
        for rank, found in list(best.values()):
            if isinstance(found, Territory):
                for centre in self._covering.get(found.id, ()):
                    keep(rank + 0.5, centre)
        order = sorted(best.values(), key=lambda item: (item[0], _kind(item[1]), item[1].id))
        return tuple(found for _, found in order)


def _spelt(found: Centre | Territory, names: Iterable[str]) -> list[tuple[Centre | Territory, str, tuple[str, ...]]]:
    spelt = []
    for name in dict.fromkeys(names):
        key = lookup_key(name)
        if key:
            spelt.append((found, key, tuple(w for w in (lookup_key(w) for w in _WORD.findall(name)) if w)))
    return spelt


def _rank(key: str, near: list[frozenset[str]], spelling: str, spelt_words: tuple[str, ...]) -> int | None:
    if spelling == key:
        return 0
    if spelling.startswith(key):
        return 1
    if len(key) >= 3 and key in spelling:
        return 2
    if near and all(matched.intersection(spelt_words) for matched in near):
        return 3
    return None


def _word_matches(word: str, known: str) -> bool:
    """Whether a word of the text starts ``known`` (three letters or more) or is within its
    tolerance of it."""
    if len(word) >= 3 and known.startswith(word):
        return True
    limit = tolerance(word)
    return bool(limit) and edit_distance(word, known, limit) <= limit


def _kind(found: Centre | Territory) -> int:
    return _ORDER[Centre] if isinstance(found, Centre) else _ORDER[found.kind]
