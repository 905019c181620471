"""Forgiving text keys for lookups, and "did you mean" suggestions."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping

__all__ = ["lookup_key", "suggest"]

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
