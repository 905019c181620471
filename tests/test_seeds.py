"""Every statement of the five seed documents is in the data, row by row, with its source."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pytest

import politique_ville as pv

S0, S1, S2, S3, S4 = (
    "000_e3de5f98affeb425",
    "001_4eccba4200d7201b",
    "002_b4e078211863d438",
    "003_bebbd0276ba87a48",
    "004_9e20a90db88cc1d2",
)


def cites(claims: Iterable[Any], value: object, source: str) -> bool:
    """Whether one of ``claims`` states ``value`` (or words it so) and cites ``source``."""
    return any((c.value == value or c.stated_as == value) and source in c.sources for c in claims)


# The table of seed 001: centre id, name, territory, website or e-mail, phone, as printed.
SEED_001_TABLE = [
    (
        "cr-dsu",
        "Centre de Ressources et d'échanges pour le Développement Social et Urbain",
        "Auvergne - Rhône-Alpes",
        "www.crdsu.org",
        "04 78 77 01 43",
    ),
    ("profession-banlieue", "Profession Banlieue", "Seine Saint-Denis", "www.professionbanlieue.org", "01 48 09 26 36"),
    (
        "pole-ressources-95",
        "Pôle de Ressources Villes et Développement Social",
        "Val d'Oise",
        "www.poleressources95.org",
        "01 34 05 17 17",
    ),
    ("oriv", "Observatoire Régional de l'Intégration et de la Ville", "Grand Est", "www.oriv.org", "03 88 14 35 89"),
    ("irev", "Institut régional de la ville", "Haut-de-France*", "www.irev.fr", "03 20 25 10 29"),
    ("reso-villes", "RésO Villes", "Bretagne - Pays de la Loire", "www.resovilles.com", "02 40 58 02 03"),
    (
        "ressources-territoires",
        "Ressources & Territoires",
        "Midi-Pyrénées",
        "www.ressources-territoires.com",
        "05 62 11 38 34",
    ),
    ("crpve", "Centre de Ressources Politique de la ville", "Essonne", "www.crpve91.fr", "01 64 97 00 32"),
    ("pqn-a", "Pays et Quartiers d'Aquitaine", "Nouvelle-Aquitaine*", "www.aquitaine-pqa.fr", "05 56 90 81 00"),
    (
        "crpv-paca",
        "Centre de ressources Politique de la ville",
        "Provence-Alpes-Côte d'Azur",
        "www.crvp-paca.org",
        "04 96 11 50 41",
    ),
    ("crpv-guyane", "Centre de ressources Politique de la ville", "Guyane", "www.crvp-guyane.org", "05 94 28 79 43"),
    (
        "pole-ressources-paris",
        "Pôle ressources Politique de la ville",
        "Paris",
        "catherine.halpern@paris.fr",
        "01 42 76 80 77",
    ),
    (
        "cdr-mayotte",
        "Centre de ressources Politique de la ville - observation de la cohésion sociale",
        "Mayotte",
        "www.cdr-mayotte.fr",
        "02 69 61 71 44",
    ),
    (
        "villes-au-carre",
        "Villes au Carré",
        "Centre & Poitou-Charentes Centre-Val de Loire*",
        "www.villesaucarre.fr",
        "02 47 61 11 85",
    ),
    ("ville-caraibe", "Ville Caraïbe", "Martinique", "www.villecaraibe.com", "05 96 68 64 52"),
    (
        "cr-csur",
        "Centre de ressources Cohésion Sociale Urbaine",
        "La Réunion",
        "eric.boutouyrie@externes.drjscs.gouv.fr",
        "02 62 20 55 42 / 02 62 20 55 43",
    ),
    (
        "trajectoire-ressources",
        "Trajectoire Ressources",
        "Bourgogne-Franche-Comté",
        "www.ressources-ville.org",
        "03 81 96 70 92",
    ),
    (
        "villes-territoires-lr",
        "Villes et Territoires",
        "Languedoc-Roussillon",
        "www.villesetterritoireslr.fr",
        "04 67 07 02 38 / 04 67 07 02 42",
    ),
    ("normanvilles", "Normanvilles", "Normandie", "www.normanvilles.org", "02 31 43 63 36"),
]


@pytest.mark.parametrize(("centre_id", "name", "territory", "contact", "phone"), SEED_001_TABLE)
def test_seed_001_table_row(centre_id: str, name: str, territory: str, contact: str, phone: str) -> None:
    centre = pv.centre(centre_id)
    assert cites(centre.names, name, S1)
    assert any(c.stated_as == territory and S1 in c.sources for c in centre.coverage)
    assert cites(centre.websites, contact, S1) or cites(centre.emails, contact, S1)
    assert cites(centre.phones, phone, S1)
    assert S1 in centre.sources


def test_seed_001_guadeloupe_in_preparation() -> None:
    centre = pv.centre("Centre de ressources Politique de la ville en Guadeloupe")
    assert cites(centre.statuses, pv.Status.IN_PREPARATION, S1)
    assert pv.by_territory("971", on="2016") == ()


def test_seed_001_starred_perimeters_change_on_1_january_2017() -> None:
    assert [c.id for c in pv.by_territory("86", on="2016-12-31")] == ["villes-au-carre"]
    assert [c.id for c in pv.by_territory("86", on="2017-01-01")] == ["pqn-a"]
    assert [c.id for c in pv.by_territory("59", on="2016-12-31")] == ["irev"]
    assert "irev" in [c.id for c in pv.by_territory("80", on="2017-01-01")]


# The list of seed 002: id, name as printed, territory as printed, founding year as printed.
SEED_002_LIST = [
    ("profession-banlieue", "Profession banlieue", "Seine Saint-Denis", 1993),
    ("cr-dsu", "CR-DSU", "Rhône-Alpes", 1994),
    ("oriv", "ORIV", "Alsace", 1998),
    ("pole-ressources-95", "Pôle de ressources Ville et Développement social", "Val d'Oise", 1998),
    ("irev", "Institut régional de la ville Nord Pas-de-Calais", "Nord Pas-de-Calais", 1998),
    ("reso-villes", "ResOVilles", "Bretagne - Pays de la Loire", 2000),
    ("ressources-territoires", "Ressources et Territoires", "Midi-Pyrénées", 2001),
    ("espace-picard-integration", "Espace Picard pour l'Intégration", "Picardie", 2001),
    ("crpve", "Centre de ressources pour la politique de la ville en Essonne", "Essonne", 2001),
    ("pqn-a", "Pays et Quartiers d'Aquitaine", "Aquitaine", 2002),
    ("crpv-paca", "CRPV-PACA", "Provence-Alpes-Côte d'Azur", 2002),
    ("crpv-guyane", "Centre de ressources pour la politique de la ville de Guyane", "Guyane", 2003),
    (
        "pole-ressources-paris",
        "Pôle de ressources de la politique de la ville et de l'intégration à Paris",
        "Paris",
        2005,
    ),
    ("cdr-mayotte", "Centre de ressources et d'observation de la Cohésion sociale à Mayotte", "Mayotte", None),
    ("villes-au-carre", "Ville au carré", "Centre & Poitou-Charentes", 2007),
    ("ville-caraibe", "Ville Caraïbes", "Martinique", 2007),
    ("trajectoire-ressources", "Trajectoires ressources", "Bourgogne et Franche-Comté", 2010),
    ("crpv-lorraine", "Centre de ressources Politique de la ville Lorraine", "Lorraine", 2011),
]


@pytest.mark.parametrize(("centre_id", "name", "territory", "year"), SEED_002_LIST)
def test_seed_002_list_row(centre_id: str, name: str, territory: str, year: int | None) -> None:
    centre = pv.centre(name)
    assert centre.id == centre_id
    assert cites(centre.names, name, S2) or cites(centre.acronyms, name, S2)
    if year is not None:
        assert any(c.value.year == year and S2 in c.sources for c in centre.foundings)
    covered = [c for c in centre.coverage if S2 in c.sources]
    assert covered and all(c.period.contains(pv.PartialDate.parse("2012-05-31")) or c.period.end for c in covered)
    assert cites(centre.statuses, pv.Status.ACTIVE, S2)
    assert centre.id in [c.id for c in pv.by_territory(covered[0].territory, on="2012-05-31")]


def test_seed_002_legal_forms() -> None:
    for centre_id in ("ressources-territoires", "pqn-a", "crpv-paca"):
        assert cites(pv.centre(centre_id).legal_forms, pv.LegalForm.GIP, S2)
    irev = [c for c in pv.centre("irev").legal_forms if S2 in c.sources]
    assert irev[0].value is pv.LegalForm.GIP and irev[0].period and str(irev[0].period.start) == "2001"


def test_seed_003_first_centres_are_associations_of_1993() -> None:
    for centre_id in ("cr-dsu", "profession-banlieue"):
        centre = pv.centre(centre_id)
        assert cites(centre.legal_forms, pv.LegalForm.ASSOCIATION, S3)
        assert any(c.value.year == 1993 and S3 in c.sources for c in centre.foundings)


def test_cr_dsu_founding_conflict_is_kept_with_a_preferred_value() -> None:
    centre = pv.centre("CR-DSU")
    assert centre.founded == 1993
    years = {c.value.year: set(c.sources) for c in centre.foundings}
    assert {S2, S3, S4} <= years[1993] and S2 in years[1994]


def test_oriv_two_founding_years() -> None:
    oriv = pv.centre("ORIV")
    assert {(c.value.year, c.stated_as) for c in oriv.foundings if S2 in c.sources} >= {
        (1992, "1992 pour le volet Intégration"),
        (1998, "1998 pour le volet Ville"),
    }


@pytest.mark.parametrize(
    ("centre_id", "title", "source"),
    [
        ("cr-dsu", "Cahiers du DSU", S3),
        ("pqn-a", "Horizons Aquitains", S3),
        ("cr-csur", "Akoz, espace public", S3),
        ("reso-villes", "Fiches expérience sur les dispositifs de réussite éducative", S3),
    ],
)
def test_seed_003_publications(centre_id: str, title: str, source: str) -> None:
    assert any(p.title == title and source in p.sources for p in pv.centre(centre_id).publications)


def test_national_centre_and_network() -> None:
    network = pv.network()
    assert network.founded == 1999 and cites(network.foundings, pv.PartialDate(year=1999), S0)
    assert network.national_centre.acronym == "CR-DIV" and network.national_centre.founded == 1993
    counts = {(c.count, s) for c in network.centre_counts for s in c.sources}
    assert {(14, S3), (19, S2), (20, S4)} <= counts
    assert any(f.amount_eur == 2_500_000 and f.year == 2011 and f.programme == "147" for f in network.state_funding)
    assert any(S2 in c.sources and "80%" in c.value for c in network.coverage_shares)
    assert any(c.period and str(c.period.start) == "2014" for c in network.press_review)
    assert {a.body for a in network.animators} >= {"cr-div", "cget"}
    assert len([s for s in network.specificities if S1 in s.sources]) == 5
    assert len([p for p in network.principles if S3 in p.sources]) == 4


def test_question_de_ville() -> None:
    qdv = pv.question_de_ville()
    assert qdv.founded == 2008
    founding, board_2010 = (b for b in qdv.boards if S0 in b.sources)
    assert founding.founding and [m.person for m in founding.members] == [
        "Bénédicte Madelin",
        "Jean-Claude Mas",
        "Frédéric Tréca",
        "Isabelle Chenevez",
        "Christine Roman",
        "Cécile Dublanche",
    ]
    roles = {(m.person, m.role) for m in board_2010.members}
    assert ("Bénédicte Madelin", pv.Role.PRESIDENT) in roles and ("Camille Gremez", pv.Role.SECRETARY) in roles
    assert len(board_2010.members) == 7
    assert {(c.title, str(c.date)) for c in qdv.contributions} >= {
        ("Avis sur le livre vert", "2009"),
        ("Avis sur les 50 expérimentations sur les CUCS", "2010-07"),
    }
    assert len([p for p in qdv.purposes if S0 in p.sources]) == 3


def test_frameworks() -> None:
    kinds = {f.id: f for f in pv.frameworks()}
    cahier = kinds["cahier-des-charges-div"]
    assert len(cahier.missions) == 6 and S0 in cahier.sources
    cadre = kinds["cadre-de-reference-2011"]
    assert {str(c.value) for c in cadre.dates} >= {"2010-11", "2011-02-18", "2011"}
    charte = kinds["charte-partenariale"]
    assert any(s.name == "Patrick Kanner" for s in charte.signatories)
    assert {s.organisation for s in charte.signatories} >= {
        "ARF",
        "ADF",
        "AdCF",
        "AMF",
        "AMGVF",
        "Ville et Banlieue",
        "Villes de France",
    }
    assert kinds["cadre-de-reference-notre"].replaces == "cadre-de-reference-2011"


def test_there_are_22_seed_centres() -> None:
    seeded = [c for c in pv.centres() if set(c.sources) & {S0, S1, S2, S3, S4}]
    assert len(seeded) == 22
