"""Only what the pages say: no office from chairing a meeting, no count a source never states,
no inferred year as a date, no name before its first attestation, the editors' remarks apart
from the sources' claims, and the present-day facts (``p0001`` ...) each encoded."""

from __future__ import annotations

import politique_ville as pv


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
