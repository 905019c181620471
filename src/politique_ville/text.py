"""Forgiving text keys for lookups, and "did you mean" suggestions."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping

__all__ = ["closest", "edit_distance", "lookup_key", "suggest", "tolerance"]

_NON_WORD = re.compile(r"[^0-9a-z]+")
# "St-Denis" and "Saint-Denis", "Ste" and "Sainte", "&" and "et" must meet on one key.
_WORD_FORMS = {"st": "saint", "ste": "sainte"}
# No name we know is this long: a longer query matches nothing, and answers at once.
MAX_QUERY_LENGTH = 1000


def lookup_key(text: str) -> str:
    """Fold case, accents, punctuation, hyphens, spaces, "St"/"Saint" and "&"/"et" away.

    >>> lookup_key("Seine St-Denis") == lookup_key("seine-saint-denis")
    True
    >>> lookup_key("CR•DSU") == lookup_key("cr-dsu") == lookup_key("CRDSU")
    True
    """
    if len(text) > MAX_QUERY_LENGTH:
        return ""
    text = text.replace("&", " et ").replace("œ", "oe").replace("Œ", "oe")
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    ascii_text = "".join(c for c in decomposed if not unicodedata.combining(c))
    key = "".join(_WORD_FORMS.get(word, word) for word in _NON_WORD.split(ascii_text) if word)
    # "S T" joins to "st": fold the whole key too, so that a key is its own key.
    return _WORD_FORMS.get(key, key)


def tolerance(key: str) -> int:
    """How many edits a lookup forgives in a key of this length: none up to 2 characters, one
    up to 5, two beyond (the "AUTO" fuzziness of Elasticsearch and Lucene).

    Measured on the misspellings of ``tests/test_lookup.py``: every one of them is within this
    tolerance of the name meant, and none of the wrong names listed there is.
    """
    return 0 if len(key) <= 2 else 1 if len(key) <= 5 else 2


def edit_distance(a: str, b: str, limit: int) -> int:
    """The optimal-string-alignment distance of ``a`` and ``b`` (insertions, deletions,
    substitutions and swaps of two neighbours, each one edit), or ``limit + 1`` if it is more
    than ``limit``.

    >>> edit_distance("finsitere", "finistere", 2), edit_distance("somm", "somme", 2)
    (1, 1)
    """
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    before: list[int] | None = None
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, y in enumerate(b, 1):
            cost = current[j - 1] + 1, previous[j] + 1, previous[j - 1] + (x != y)
            current[j] = min(cost)
            if before is not None and i > 1 and j > 1 and x == b[j - 2] and a[i - 2] == y:
                current[j] = min(current[j], before[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        before, previous = previous, current
    return min(previous[-1], limit + 1)


def closest(key: str, keys: Iterable[str]) -> list[str]:
    """The ``keys`` nearest to ``key`` within its :func:`tolerance`, all at the same distance
    (none if no key is that near, or if ``key`` is too short to forgive anything)."""
    limit = tolerance(key)
    if not limit or len(key) > 100:
        return []
    best: list[str] = []
    best_distance = limit + 1
    for known in keys:
        distance = edit_distance(key, known, min(limit, best_distance))
        if distance < best_distance:
            best, best_distance = [known], distance
        elif distance == best_distance <= limit:
            best.append(known)
    return best


def suggest(query: str, names: Mapping[str, str] | Iterable[str], limit: int = 3) -> list[str]:
    """The known names closest to ``query``, best first.

    ``names`` maps lookup keys to display names (or is an iterable of display names).
    """
    if not isinstance(names, Mapping):
        names = {lookup_key(name): name for name in names}
    import difflib  # only needed when a lookup fails

    key = lookup_key(query)
    if not key or len(key) > 100:
        return []
    close = difflib.get_close_matches(key, list(names), n=limit * 3, cutoff=0.6)
    # A query that is a prefix or part of a long name ("profession") deserves that name too.
    close += [k for k in names if len(key) >= 3 and key in k and k not in close]
    seen: list[str] = []
    for k in close:
        if names[k] not in seen:
            seen.append(names[k])
    return seen[:limit]
