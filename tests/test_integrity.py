"""The bundled data is sound: unique ids, resolvable references, a source for every fact."""

from __future__ import annotations

from typing import Any

import attrs

import politique_ville as pv
from politique_ville.bundle import PARTS
from politique_ville.integrity import problems

DATA = pv.load()


def everything() -> dict[str, Any]:
    return {part.name: getattr(DATA, part.name)() for part in PARTS}


def walk(value: Any) -> list[Any]:
    found = []
    if attrs.has(type(value)):
        found.append(value)
        for field in attrs.fields(type(value)):
            found += walk(getattr(value, field.name))
    elif isinstance(value, tuple):
        for item in value:
            found += walk(item)
    return found


def test_no_integrity_problem() -> None:
    assert problems(everything()) == []


def test_ids_are_unique_lowercase_slugs() -> None:
    for records in (DATA.centres(), DATA.sources(), DATA.territories(), DATA.frameworks()):
        ids = [r.id for r in records]
        assert len(ids) == len(set(ids))
    for centre in DATA.centres():
        assert centre.id == centre.id.lower() and " " not in centre.id


def test_every_fact_cites_an_existing_source() -> None:
    known = {s.id for s in DATA.sources()}
    sourced = [
        obj for obj in walk(tuple(everything().values())) if hasattr(obj, "sources") and not isinstance(obj, pv.Source)
    ]
    assert sourced
    for obj in sourced:
        assert obj.sources, obj
        assert set(obj.sources) <= known, obj


def test_every_seed_and_every_source_is_cited() -> None:
    cited = {s for obj in walk(tuple(everything().values())) for s in getattr(obj, "sources", ()) if isinstance(s, str)}
    seeds = {s.id for s in DATA.sources() if s.kind is pv.SourceKind.SEED}
    assert len(seeds) == 5 and seeds <= cited
    assert {s.id for s in DATA.sources()} == cited


def test_undated_sources_carry_an_estimate_with_its_basis_or_nothing() -> None:
    for source in DATA.sources():
        if source.kind is pv.SourceKind.SEED and source.date is None:
            assert source.estimated is not None and source.estimated.basis


def test_integrity_catches_a_dangling_reference() -> None:
    parts = everything()
    centre = parts["centres"][0]
    broken = attrs.evolve(
        centre, sources=("no-such-source",), coverage=(attrs.evolve(centre.coverage[0], territory="dep-00"),)
    )
    parts["centres"] = (broken, *parts["centres"][1:])
    found = problems(parts)
    assert any("unknown source 'no-such-source'" in p for p in found)
    assert any("unknown territory 'dep-00'" in p for p in found)


def test_integrity_catches_a_preferred_value_without_a_claim() -> None:
    parts = everything()
    parts["centres"] = (attrs.evolve(parts["centres"][0], founded=1850), *parts["centres"][1:])
    assert any("founded 1850 is not among its claims in good standing" in p for p in problems(parts))


def test_integrity_refuses_a_deprecated_claim_as_the_preferred_value() -> None:
    parts = everything()
    guyane = next(i for i, c in enumerate(parts["centres"]) if c.id == "crpv-guyane")
    centre = parts["centres"][guyane]
    (misprint,) = [c for c in centre.websites if c.deprecated is not None]
    wrong = attrs.evolve(centre, website=misprint.value)
    parts["centres"] = (*parts["centres"][:guyane], wrong, *parts["centres"][guyane + 1 :])
    assert problems(parts) == [
        f"centres.json: $[{guyane}] (crpv-guyane): website {misprint.value!r} is not among its claims in good standing"
    ]


def test_integrity_refuses_a_network_member_that_is_no_centre() -> None:
    parts = everything()
    network = parts["network"]
    stray = attrs.evolve(network.members[0], value="crpv-atlantis")
    parts["network"] = attrs.evolve(network, members=(*network.members, stray))
    assert problems(parts) == [f"network.json: $.members[{len(network.members)}].value: unknown centre 'crpv-atlantis'"]
