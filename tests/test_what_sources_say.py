"""Only what the pages say: no office from chairing a meeting, no count a source never states,
no inferred year as a date, no name before its first attestation, the editors' remarks apart
from the sources' claims, and the present-day facts (``p0001`` ...) each encoded."""

from __future__ import annotations

import re
from typing import Any

import politique_ville as pv
from politique_ville.bundle import PARTS
from politique_ville.kinds import walk


def test_chairing_a_general_assembly_is_no_office() -> None:
    irev = pv.centre("irev")
    offices = [(p.person, p.role.value, str(p.as_of) if p.as_of else None) for p in irev.people]
    assert offices == [("Kléber Arhoul", "president", None), ("Majdouline Sbai", "vice-president", None)]
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
        ("villes-au-carre", "Jean-Patrick Gille", "président"),
    ]


def test_every_count_is_one_a_source_states() -> None:
    network = pv.network()
    assert [c for c in network.centre_counts if not c.stated_as] == []
    assert not any("r0511" in c.facts for c in network.centre_counts)
    (note,) = [n for n in network.notes if "r0511" in n.facts]
    assert note.refers_to == ("001_4eccba4200d7201b",) and "states no count" in note.text


INFERRED_YEAR = re.compile(
    r"does not print the year|year (is )?not (printed|visible)|year not printed|\d{4}(, year)? inferred"
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
                assert _dated_fields(record) == [], (part.name, path, record)
                assert not re.search(r"\((19|20)\d\d\)", str(getattr(record, "value", ""))), (path, record)
                flagged.setdefault(part.name, []).extend(getattr(record, "facts", ()))
    assert {part: sorted(facts) for part, facts in flagged.items()} == {
        "centres": [
            "r0163",
            "r0163",
            "r0163",
            "r0163",
            "r0163",
            "r0164",
            "r0165",
            "r0207",
            "r0208",
            "r0271",
            "r0298",
            "r0382",
            "r0383",
            "r0449",
            "r0468",
            "r0469",
            "r0470",
            "r0470",
        ],
        "network": ["r0525", "r0526", "r0526", "r0530", "r0542"],
        "question_de_ville": ["r0596", "r0597", "r0604"],
    }


def test_paca_names_hold_only_when_the_sources_say() -> None:
    paca = pv.centre("crpv-paca")
    names = [(c.value, str(c.period) if c.period else None, str(c.as_of) if c.as_of else None) for c in paca.names]
    assert [n for n in names if n[0] in ("CRPV-PACA", "Cité Ressources")] == [
        ("CRPV-PACA", None, None),
        ("Cité Ressources", None, None),
        ("CRPV-PACA", "2002 – 2013", None),
    ]
    assert paca.name == "Cité Ressources" and not any(c.deprecated for c in paca.names)
    (misprint,) = [c for c in paca.websites if c.deprecated]
    assert misprint.value == "www.crvp-paca.org" and paca.website == "cite-ressources.org"
    (note,) = [n for n in paca.notes if "renaming" in n.text]
    assert "20 June 2019" in note.text and "001_4eccba4200d7201b" in note.refers_to
