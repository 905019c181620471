"""Only what the pages say: no office from chairing a meeting, no count a source never states,
no inferred year as a date, no name before its first attestation, the editors' remarks apart
from the sources' claims, and the present-day facts (``p0001`` ...) each encoded."""

from __future__ import annotations

import re
from typing import Any

import politique_ville as pv
from politique_ville.bundle import PARTS
from politique_ville.kinds import walk
from tests.test_seeds import S0, S1, S2, S3, S4


def test_chairing_a_general_assembly_is_no_office() -> None:
    irev = pv.centre("irev")
    offices = [(p.person, p.role.value, str(p.as_of) if p.as_of else None) for p in irev.people]
    assert offices == [
        ("Kléber Arhoul", "president", None),
        ("Majdouline Sbai", "vice-president", None),
        ("Morgane Petit", "director", None),
    ]
    chaired = [(str(c.as_of), c.facts) for c in irev.statements if c.value.startswith("Assemblée générale")]
    assert chaired == [
        ("2017-03-24", ("r0116",)),
        ("2018-11-28", ("r0118",)),
        ("2020-11-30", ("r0166",)),
        ("2023-03", ("r0111",)),
    ]
    # Every president left is named so by the page ("président", "présidente"), never "sous la
    # présidence de" or "présidée par", which say who chaired a meeting.
    presidents = [(c.id, p.person, p.stated_as) for c in pv.centres() for p in c.people if p.role is pv.Role.PRESIDENT]
    assert presidents == [
        ("irev", "Kléber Arhoul", "préfet délégué à l'égalité des chances du Nord, président de l'IREV"),
        ("profession-banlieue", "Marc Ratsimba", "président"),
        ("profession-banlieue", "Marc Ratsimba", "président"),
        ("reso-villes", "Isabelle Melscoet", "élue de Brest Métropole, présidente de RésoVilles"),
        (
            "reso-villes",
            "Nathalie Gosselin",
            "présidente (également vice-présidente du Réseau national des centres de ressources)",
        ),
        ("ville-caraibe", "Justin Daniel", "président du centre de ressources Ville Caraïbe"),
        ("ville-caraibe", "Justin Daniel", "président de Ville Caraïbe"),
        ("villes-au-carre", "Jean-Patrick Gille", "président"),
    ]


def test_every_count_is_one_a_source_states() -> None:
    network = pv.network()
    assert [c for c in network.centre_counts if not c.stated_as] == []
    assert not any("r0511" in c.facts for c in network.centre_counts)
    (note,) = [n for n in network.notes if "r0511" in n.facts]
    assert note.refers_to == ("001_4eccba4200d7201b",) and "states no count" in note.text


INFERRED_YEAR = re.compile(
    r"do(es)? not print the year|year (is )?not (printed|visible)|year not printed|\d{4}(, year)? inferred"
    r"|the year \d{4} is inferred|year inferred"
)


def _dated_fields(record: Any) -> list[str]:
    return [name for name in ("as_of", "date") if getattr(record, name, None) is not None]


def test_an_inferred_year_is_never_a_date() -> None:
    flagged: dict[str, list[str]] = {}
    data = pv.load()
    for part in PARTS:
        for path, record in walk(getattr(data, part.name)()):
            note = getattr(record, "note", None)
            if isinstance(note, str) and INFERRED_YEAR.search(note):
                if "the year is given by" in note:  # another, dated source states it
                    assert record.facts == ("r0528", "r0529"), (path, record)
                    continue
                assert _dated_fields(record) == [], (part.name, path, record)
                assert not re.search(r"\((19|20)\d\d\)", str(getattr(record, "value", ""))), (path, record)
                flagged.setdefault(part.name, []).extend(getattr(record, "facts", ()))
    assert {part: sorted(facts) for part, facts in flagged.items()} == {
        "centres": [
            *("p0023", "p0051", "p0055", "r0097"),
            *("r0163", "r0163", "r0163", "r0163", "r0163", "r0164", "r0165", "r0207", "r0208", "r0271", "r0298"),
            *("r0382", "r0383", "r0449", "r0468", "r0469", "r0470", "r0470"),
        ],
        "network": ["p0019", "p0020", "p0044", "r0525", "r0526", "r0526", "r0530", "r0542"],
        "question_de_ville": ["r0596", "r0597", "r0604"],
    }


def test_paca_names_hold_only_when_the_sources_say() -> None:
    paca = pv.centre("crpv-paca")
    names = [(c.value, str(c.period) if c.period else None, str(c.as_of) if c.as_of else None) for c in paca.names]
    assert [n for n in names if n[0] in ("CRPV-PACA", "Cité Ressources")] == [
        ("CRPV-PACA", None, None),
        ("Cité Ressources", None, None),
        ("CRPV-PACA", "2003 – 2013", None),
        ("Cité Ressources", None, "2025-10"),
    ]
    assert [(when, str(pv.name_on(paca, when).value), pv.name_on(paca, when).certainty) for when in (2002, 2003)] == [
        (2002, "None", pv.Certainty.UNKNOWN),
        (2003, "CRPV-PACA", pv.Certainty.ATTESTED),
    ]
    assert paca.name == "Cité Ressources" and not any(c.deprecated for c in paca.names)
    (misprint,) = [c for c in paca.websites if c.deprecated]
    assert misprint.value == "www.crvp-paca.org" and paca.website == "cite-ressources.org"
    (note,) = [n for n in paca.notes if "renaming" in n.text]
    assert "20 June 2019" in note.text and "001_4eccba4200d7201b" in note.refers_to


def test_pqn_a_old_name_is_dated_by_its_uses_not_by_a_period() -> None:
    pqna = pv.centre("pqn-a")
    old = [(str(c.period) if c.period else None, str(c.as_of) if c.as_of else None, c.sources) for c in pqna.names]
    assert [o for o, c in zip(old, pqna.names, strict=True) if c.value == "Pays et Quartiers d'Aquitaine"] == [
        (None, None, ("001_4eccba4200d7201b", "002_b4e078211863d438")),
        (None, "2006", ("web-s1deploy-manualzilla-com-doc-6441762-programmes-e74713",)),
        (None, "2021-01-13", ("web-territoires-nouvelle-aquitaine-fr-la-politique-t-2ae600",)),
        (None, "2017", ("web-villesaucarre-org-ag-2017-nouveau-projet-associa-c916b3",)),
    ]
    answers = [pv.name_on(pqna, year) for year in (2005, 2017, 2018, 2020)]
    assert [(a.value, a.certainty, str(a.last_attested)) for a in answers] == [
        ("centre d'Aquitaine", pv.Certainty.INFERRED, "2002-12"),
        ("Pays et Quartiers d'Aquitaine", pv.Certainty.ATTESTED, "2017"),
        ("Pays et Quartiers d'Aquitaine", pv.Certainty.INFERRED, "2017"),
        ("Pays et Quartiers de Nouvelle-Aquitaine", pv.Certainty.ATTESTED, "2020-03"),
    ]


# -- the present day (p0001 ... p0057) -----------------------------------------------------------------


def test_every_present_day_fact_is_encoded() -> None:
    facts = {
        fact for part in PARTS for _, r in walk(getattr(pv.load(), part.name)()) for fact in getattr(r, "facts", ())
    }
    assert sorted(f for f in facts if f.startswith("p")) == [f"p{i:04d}" for i in range(1, 58)]


def test_labo_cites_and_cr_dsu_are_distinct() -> None:
    labo, crdsu = pv.centre("Labo Cités"), pv.centre("CR-DSU")
    assert (labo.id, crdsu.id) == ("labo-cites", "cr-dsu")
    assert [c.value for c in labo.names] == ["Labo Cités"] and "Labo Cités" not in {c.value for c in crdsu.names}
    assert [(p.person, p.role.value, p.facts) for p in labo.people] == [
        ("Frédérique Bourgeois", "director", ("p0003", "p0005"))
    ]
    (coverage,) = labo.coverage
    assert (coverage.territory, str(coverage.period), coverage.attested) == ("reg-84", "2020-07 – …", None)
    (note,) = labo.notes
    assert note.text.startswith("No source says that Labo Cités is the CR-DSU renamed") and note.facts == ("p0006",)


def test_ressources_urbaines_and_crpve_are_distinct() -> None:
    ru = pv.centre("Ressources Urbaines")
    assert ru.id == "ressources-urbaines" and ru.founded == 2001 and ru.coverage == ()
    assert [(c.value.value, str(c.as_of), c.facts) for c in ru.statuses] == [("active", "2025", ("p0022",))]
    assert pv.centre("CRPVE").id == "crpve"
    assert [(m.centre.id, m.certainty.value, str(m.last_attested)) for m in pv.covering("91")] == [
        ("crpve", "unconfirmed", "2016")
    ]
    (note,) = ru.notes
    assert "no coverage is encoded" in note.text


def test_the_ouest_francilien_perimeter_of_2020() -> None:
    pole = pv.centre("pole-ressources-95")
    spans = [(c.territory, str(c.period), str(c.attested) if c.attested else None, c.facts) for c in pole.coverage]
    assert spans == [
        ("dep-95", "1998 – …", "2012-05-31 – 2020", ("r0062", "r0067", "p0025", "p0028")),
        ("dep-92", "2020 – …", "2020 – 2020", ("p0025",)),
        ("dep-78", "2020 – …", "2020 – 2020", ("p0025",)),
    ]
    assert pv.by_territory("92", on=2019) == ()
    assert [(m.centre.id, m.certainty.value) for m in pv.covering("92", on=2020)] == [
        ("pole-ressources-95", "attested")
    ]
    assert [(m.centre.id, m.certainty.value, str(m.last_attested)) for m in pv.covering("92")] == [
        ("pole-ressources-95", "unconfirmed", "2020")
    ]


def test_misprinted_websites_are_deprecated_never_preferred() -> None:
    deprecated = [(c.id, w.value) for c in pv.centres() for w in c.websites if w.deprecated]
    assert deprecated == [
        ("crpv-guyane", "www.crvp-guyane.org"),
        ("crpv-paca", "www.crvp-paca.org"),
        ("pole-ressources-95", "www.poleressources.95.org"),
    ]
    sites = {c.id: c.website for c in pv.centres() if c.id in {"crpv-guyane", "crpv-paca", "pole-ressources-95"}}
    assert sites == {
        "crpv-guyane": "crpv-guyane.org",
        "crpv-paca": "cite-ressources.org",
        "pole-ressources-95": "www.poleressources95.org",
    }
    for centre in pv.centres():
        for name in ("names", "websites", "statuses", "phones", "emails", "legal_forms"):
            preferred = getattr(centre, name[:-1] if name != "statuses" else "status")
            assert all(c.value != preferred for c in getattr(centre, name) if c.deprecated), (centre.id, name)


def test_counts_beside_each_other() -> None:
    counts = [(c.count, str(c.as_of) if c.as_of else None, c.facts) for c in pv.network().centre_counts]
    assert counts[-2:] == [(20, None, ("r0543",)), (20, None, ("p0013",))]
    assert (19, "2022-10", ("r0541", "p0057")) in counts


def test_the_mayotte_gip_dated_activity() -> None:
    gip = pv.centre("gip-maore-ouvoimoja")
    assert [(str(c.as_of), c.facts) for c in gip.statuses] == [("2019-04-11", ("r0429",)), ("2021-05-20", ("p0043",))]
    dated = [(str(c.as_of), c.facts) for c in gip.statements if c.as_of]
    assert dated == [("2019-04-11", ("r0445",)), ("2021-05-20", ("p0042",)), ("2023-12-29", ("p0041",))]


def test_present_day_statuses_are_dated_by_their_pages() -> None:
    latest = {
        c.id: max((str(s.as_of) for s in c.statuses if s.as_of and any(f[0] == "p" for f in s.facts)), default=None)
        for c in pv.centres()
    }
    assert {k: v for k, v in latest.items() if v} == {
        "crpv-paca": "2025-10-02",
        "gip-maore-ouvoimoja": "2021-05-20",
        "irev": "2024-05",
        "normanvilles": "2024-05",
        "oriv": "2026",
        "ressources-urbaines": "2025",
        "villes-territoires-lr": "2024-10",
    }


def test_each_role_of_the_network_is_in_the_words_of_the_seeds_it_cites() -> None:
    """One claim per wording; a claim that cited a seed for words it does not use, or joined two
    seeds' words into one, is kept deprecated, with the reason."""
    roles = [(c.value[:50], c.sources, c.deprecated is not None) for c in pv.network().roles]
    assert roles == [
        ("mutualiser des outils, identifier des complémentar", (S0, S1, S4), False),
        ("constituer un point d'appui stratégique pour le li", (S0, S1), True),
        ("faire remonter aux niveaux décisionnels, en partic", (S1, S4), False),
        ("aider à la mise en œuvre des politiques nationales", (S1, S4), False),
        ("accompagner les expérimentations dans un objectif ", (S1,), False),
        ("mutualiser les outils et les compétences et mieux ", (S2,), False),
        ("informer l'État sur le ressenti des acteurs de ter", (S2,), False),
        ("contribuer à la qualification collective des acteu", (S2, S3, S4), True),
        ("développer des outils permettant d'observer les te", (S2, S4), True),
        ("permettre une confrontation entre acteurs de terra", (S2, S4), False),
        ("confronter les pratiques entre tous et produire un", (S2, S4), False),
        ("accompagner la mise en place de projets sociaux de", (S3,), False),
        ("constituer un point d'appui stratégique pour struc", (S0,), False),
        ("constituer un point d'appui stratégique pour alime", (S1,), False),
        ("accompagner les expérimentations dans un objectif ", (S4,), False),
        ("contribuer à la qualification collective des acteu", (S2,), False),
        ("contribuer au développement collectif des compéten", (S3,), False),
        ("accompagner la qualification des acteurs du dévelo", (S4,), False),
        ("développer des outils permettant d'observer les te", (S2,), False),
        ("mettre à la disposition des acteurs des ressources", (S4,), False),
        ("faciliter et qualifier l'action des professionnels", (S2,), False),
        ("être des lieux d'échange et de qualification pour ", (S0,), False),
        ("exercer auprès des acteurs des secteurs prioritair", (S1,), False),
    ]
    roles_of = {c.value: c for c in pv.network().roles if c.deprecated is None}
    assert (
        roles_of["accompagner les expérimentations dans un objectif de diffusion et de généralisation"].stated_as
        is None
    )
    assert roles_of["accompagner les expérimentations dans un objectif de diffusion et de pérennisation"].sources == (
        S4,
    )


def test_the_seeds_statements_on_the_networks_work() -> None:
    statements = [(c.value[:50], c.sources) for c in pv.network().statements]
    assert statements[16:] == [
        ("Rencontres, séminaires, analyses d'expériences, do", (S2, S4)),
        ("Les centres mobilisent élus et professionnels sur ", (S3,)),
        ("La complexité des questions traitées appelle la co", (S3,)),
        ("Des temps de qualification et d'échanges sur les p", (S3,)),
        ("La capitalisation des expériences dépasse la simpl", (S3,)),
        ("Les orientations et les actions développées répond", (S0,)),
        ("Forts de leur expérience, les centres ont acquis u", (S1,)),
        ("Les transformations des politiques publiques et de", (S1,)),
        ("Les lieux d'échange, de débat public et de qualifi", (S1,)),
        ("Le CGET occupe une place particulière dans l'anima", (S1,)),
        ("Les nouvelles étapes de décentralisation, l'évolut", (S1,)),
        ("Les centres de ressources n'ont pas pour simple fo", (S2,)),
        ("L'idée est de pouvoir répondre aux problèmes qui s", (S2, S4)),
        ("Avec un financement pluri-partenarial, les centres", (S2,)),
        ("Les centres de ressources sont aujourd'hui davanta", (S2,)),
        ("Les centres ressources politique de la ville sont ", (S3,)),
        ("Plusieurs constats ont conduit l'État et des colle", (S3,)),
        ("Dans leurs missions, les centres tiennent compte d", (S4,)),
        ("En fonction des besoins locaux, les centres dévelo", (S3,)),
    ]
    # The second tendency of seed 002 on funding is a statement: no funder statement comes of it.
    assert [s.sources for s in pv.network().funders] == [(S2,), (S2,)]


def test_an_audience_keeps_each_seeds_own_words() -> None:
    audiences = [(c.value, c.sources, c.stated_as) for c in pv.network().audiences if c.value in ("habitants", "élus")]
    assert audiences == [
        ("habitants", (S0,), None),
        ("élus", (S0, S3, "web-agence-cohesion-territoires-gouv-fr-8e-rencontre-96f190"), None),
        ("habitants", (S3,), "les réseaux associatifs et les habitants porteurs de projets d'action collective"),
        ("élus", (S2, S4), "élus locaux"),
    ]


def test_the_editors_remarks_are_notes_not_claims() -> None:
    frameworks = {f.id: f for f in pv.frameworks()}
    remarks = [(f.id, n.facts) for f in frameworks.values() for n in f.notes if n.facts]
    assert remarks == [("charte-partenariale", ("r0570",)), ("cadre-de-reference-notre", ("r0581",))]
    for framework in frameworks.values():
        for claim in framework.statements:
            assert "selon les sources" not in claim.value and "trouvé" not in claim.value, claim


def test_an_absence_and_an_unstated_office_are_the_editors_words() -> None:
    """That seed 002's list names no centre in Guadeloupe is the editors' reading, and that a
    page does not give Alain Grasset's office is the editors' remark: notes, not claims."""
    guadeloupe = pv.centre("crpv-guadeloupe")
    assert [c.facts for c in guadeloupe.statements if S2 in c.sources] == []
    assert [(n.refers_to, n.facts) for n in guadeloupe.notes if S2 in n.refers_to] == [((S2,), ("r0497",))]
    grasset = pv.centre("cr-dsu").statements[1]
    assert (grasset.value, grasset.note) == (
        "Alain Grasset, directeur de la publication des Cahiers du DSU (n°61, 2015)",
        "The page does not give his office in the association.",
    )
