"""Contacts ready for a directory: a website as a URL, phones in E.164, a head office split up.

The data keeps each contact as its source prints it (``www.crdsu.org``, ``04 78 77 01 43``,
``4 rue de Narvik, 69008 Lyon``); these functions give, beside it, the form a directory or a
program needs. Each is a fixed rule on the printed text, never a look-up:

- **Websites.** A value that names its scheme keeps it. One that does not (sources print
  ``www.crdsu.org``) gets ``http://``: the scheme every web server answers on, which a site with
  HTTPS redirects to HTTPS; ``https://`` would claim what no source states.
- **Phones.** French numbers are printed in the national form, ten digits from ``0``, sometimes
  two in one value (``02 62 20 55 42 / 02 62 20 55 43``). Each becomes one E.164 number: the
  overseas departments have their own country codes (ARCEP's national numbering plan; ITU-T
  E.164): ``0590``/``0690`` +590 (Guadeloupe), ``0594``/``0694`` +594 (Guyane), ``0596``/``0696``
  +596 (Martinique), ``0262``/``0692``/``0693`` +262 (La Réunion), ``0269``/``0639`` +262
  (Mayotte); every other number +33. A number not in that form is left out, never guessed.
- **Head offices** are split into street, postcode and commune where the source prints a
  five-digit postcode followed by the commune (``4 rue de Narvik, 69008 Lyon``); anything else
  (``Toulouse``) is not split.
"""

from __future__ import annotations

import re

from .record import Record, record

__all__ = ["Address", "phone_numbers", "split_address", "website_url"]

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def website_url(printed: str) -> str:
    """The URL a browser opens for a website as printed (see the module documentation).

    >>> website_url("www.crdsu.org"), website_url("https://oriv.org/")
    ('http://www.crdsu.org', 'https://oriv.org/')
    """
    text = printed.strip()
    return text if _SCHEME.match(text) else "http://" + text


_NATIONAL = re.compile(r"0[1-9](?:[ .\u00a0-]?\d\d){4}")
_OVERSEAS = {
    "590": "590",
    "690": "590",
    "594": "594",
    "694": "594",
    "596": "596",
    "696": "596",
    "262": "262",
    "692": "262",
    "693": "262",
    "269": "262",
    "639": "262",
}


def phone_numbers(printed: str) -> tuple[str, ...]:
    """Each French number in a phone value as printed, in E.164, in the printed order.

    >>> phone_numbers("02 62 20 55 42 / 02 62 20 55 43")
    ('+262262205542', '+262262205543')
    >>> phone_numbers("04 78 77 01 43"), phone_numbers("05 94 28 79 43")
    (('+33478770143',), ('+594594287943',))
    """
    numbers = []
    for match in _NATIONAL.finditer(printed):
        national = re.sub(r"\D", "", match.group())[1:]  # the nine digits after the trunk prefix 0
        numbers.append(f"+{_OVERSEAS.get(national[:3], '33')}{national}")
    return tuple(numbers)


@record
class Address(Record):
    """A head office as printed, split into ``street``, ``postcode`` and ``commune``."""

    street: str | None = None
    postcode: str
    commune: str


_ADDRESS = re.compile(r"^(?:(?P<street>.*?)[\s,–-]+)?(?P<postcode>\d{5})\s+(?P<commune>[^(),]+?)\s*(?:\(.*\))?$")


def split_address(printed: str) -> Address | None:
    """A head office split into street, postcode and commune, or ``None`` when the source
    prints no postcode followed by a commune. Words in brackets after the commune (a PO box)
    are left to the printed value.

    >>> split_address("2, rue Meuris - 44100 NANTES")
    Address(street='2, rue Meuris', postcode='44100', commune='NANTES')
    >>> split_address("Toulouse") is None
    True
    """
    match = _ADDRESS.match(printed.strip())
    if match is None:
        return None
    street = (match.group("street") or "").strip(" ,-–") or None
    return Address(street=street, postcode=match.group("postcode"), commune=match.group("commune"))
