"""Codes of French public data: INSEE commune codes read as their department, contacts in the
forms a directory needs (URL, E.164, a split address)."""

from __future__ import annotations

import pytest

import politique_ville as pv
from politique_ville.contacts import Address, phone_numbers, split_address, website_url
from politique_ville.errors import UnknownTerritoryError
from politique_ville.geography import commune_department

DATA = pv.load()


# -- commune codes -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("commune", "department"),
    [
        ("13055", "dep-13"),  # Marseille
        ("2A004", "dep-2a"),  # Ajaccio
        ("2b033", "dep-2b"),  # Bastia, in lower case
        ("97411", "dep-974"),  # Saint-Denis (La Réunion)
        ("97611", "dep-976"),  # Mamoudzou
        ("93066", "dep-93"),  # Saint-Denis (Seine-Saint-Denis)
        ("01053", "dep-01"),  # Bourg-en-Bresse
        (" 75056 ", "dep-75"),  # Paris, with spaces
    ],
)
def test_a_commune_code_names_its_department(commune: str, department: str) -> None:
    assert DATA.territory(commune).id == department


def test_the_rule_reads_three_characters_overseas_and_two_elsewhere() -> None:
    codes = ["13055", "2A004", "97411", "97105", "2C004", "1305", "130555", "AB123", "97-11"]
    assert [commune_department(c) for c in codes] == ["13", "2A", "974", "971", None, None, None, None, None]


def test_covering_by_a_commune_code_is_its_department_s_answer_and_says_so() -> None:
    by_commune = DATA.covering("93066", on=2012)
    by_department = DATA.covering("93", on=2012)
    assert [(m.centre.id, m.certainty, m.commune) for m in by_commune] == [
        (m.centre.id, m.certainty, "93066") for m in by_department
    ]
    assert [m.commune for m in by_department] == [None]
    # the answers are kept per date and territory: the code asked by is part of what is kept
    assert [m.commune for m in (*DATA.covering("93", on=2013), *DATA.covering("93066", on=2013))] == [None, "93066"]
    assert DATA.by_territory("13055") == DATA.by_territory("13")
    assert [c.id for c in DATA.by_territory("2A004", on=2012)] == [c.id for c in DATA.by_territory("2A", on=2012)]


@pytest.mark.parametrize(("code", "prefix"), [("20000", "20"), ("97501", "975"), ("98000", "98")])
def test_a_code_whose_prefix_is_no_department_is_refused_and_says_why(code: str, prefix: str) -> None:
    with pytest.raises(UnknownTerritoryError) as raised:
        DATA.territory(code)
    assert str(raised.value) == (
        f"unknown territory: '{code}' ('{code}' reads as a commune code, but no department has its prefix "
        f"'{prefix}' (a postcode is not a commune code))"
    )


def test_an_int_commune_code_is_refused_with_the_string_form_suggested() -> None:
    with pytest.raises(UnknownTerritoryError, match=r"give a commune code as a string \('01053'\)"):
        DATA.territory(13055)


# -- contacts ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("printed", "url"),
    [
        ("www.crdsu.org", "http://www.crdsu.org"),
        ("pqn-a.fr", "http://pqn-a.fr"),
        ("https://oriv.org/", "https://oriv.org/"),
        ("http://www.irev.fr", "http://www.irev.fr"),
        (" www.irev.fr ", "http://www.irev.fr"),
    ],
)
def test_a_website_is_a_url_with_the_scheme_printed_else_http(printed: str, url: str) -> None:
    assert website_url(printed) == url


@pytest.mark.parametrize(
    ("printed", "numbers"),
    [
        ("04 78 77 01 43", ("+33478770143",)),
        ("01.48.09.26.36", ("+33148092636",)),
        ("0590123456", ("+590590123456",)),
        ("06 90 12 34 56", ("+590690123456",)),
        ("05 94 28 79 43", ("+594594287943",)),
        ("05 96 68 64 52", ("+596596686452",)),
        ("02 62 20 55 42 / 02 62 20 55 43", ("+262262205542", "+262262205543")),
        ("02 69 61 71 44", ("+262269617144",)),
        ("06 39 12 34 56", ("+262639123456",)),
        ("06 92 12 34 56", ("+262692123456",)),
        ("06 12 34 56 78", ("+33612345678",)),
        ("3975", ()),
        ("", ()),
    ],
)
def test_each_phone_number_in_e164(printed: str, numbers: tuple[str, ...]) -> None:
    assert phone_numbers(printed) == numbers


def test_every_bundled_phone_gives_its_numbers() -> None:
    for centre in DATA.centres():
        for claim in centre.phones:
            digits = sum(ch.isdigit() for ch in claim.value)
            assert len(phone_numbers(claim.value)) == digits // 10, claim.value


@pytest.mark.parametrize(
    ("printed", "address"),
    [
        ("4 rue de Narvik, 69008 Lyon", Address(street="4 rue de Narvik", postcode="69008", commune="Lyon")),
        ("2, rue Meuris - 44100 NANTES", Address(street="2, rue Meuris", postcode="44100", commune="NANTES")),
        (
            "Immeuble La Varangue, 36 bd Amilcar Cabral, 97200 Fort-de-France (BP 7222, 97277 Schœlcher cedex)",
            Address(street="Immeuble La Varangue, 36 bd Amilcar Cabral", postcode="97200", commune="Fort-de-France"),
        ),
        ("93200 Saint-Denis", Address(street=None, postcode="93200", commune="Saint-Denis")),
        ("Toulouse", None),
        ("Strasbourg (antenne à Reims)", None),
    ],
)
def test_a_head_office_is_split_where_the_source_prints_a_postcode(printed: str, address: Address | None) -> None:
    assert split_address(printed) == address
