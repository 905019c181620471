"""Cross-record checks: what a single file's structure cannot tell.

Each check returns readable problems with the file and JSON path; the loader refuses a
dataset with any problem, so nothing half-consistent is ever served.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping
from typing import Any

import attrs

from .bundle import PARTS
from .dates import PartialDate
from .geography import Territory
from .kinds import walk
from .provenance import Claim, Source
from .resource_centres import Centre

__all__ = ["problems"]


def problems(parts: Mapping[str, Any]) -> list[str]:
    """Every integrity problem of a bundle's parts (keyed as in :data:`~politique_ville.bundle.PARTS`),
    empty when they are sound."""
    found: list[str] = []
    for part in PARTS:
        if part.many and "id" in attrs.fields_dict(part.record):
            for record_id, count in Counter(r.id for r in parts[part.name]).items():
                if count > 1:
                    found.append(f"{part.file}: id {record_id!r} is used {count} times")

    source_ids = {s.id for s in parts["sources"]}
    for part in PARTS:
        for path, obj in walk(parts[part.name]):
            for source_id in getattr(obj, "refers_to", ()):
                if source_id not in source_ids:
                    found.append(f"{part.file}: {path}.refers_to: unknown source {source_id!r}")
            cited = getattr(obj, "sources", None)
            if cited is None or isinstance(obj, Source):
                continue
            if not cited:
                found.append(f"{part.file}: {path}: a fact without a source")
            for source_id in cited:
                if source_id not in source_ids:
                    found.append(f"{part.file}: {path}.sources: unknown source {source_id!r}")

    territories: tuple[Territory, ...] = parts["territories"]
    centres: tuple[Centre, ...] = parts["centres"]
    network = parts["network"]
    frameworks = parts["frameworks"]
    territory_ids = {t.id: t for t in territories}
    for i, territory in enumerate(territories):
        for ref in (territory.region, territory.former_region, *territory.departments):
            if ref is not None and ref not in territory_ids:
                found.append(f"territories.json: $[{i}]: unknown territory {ref!r}")
    for i, centre in enumerate(centres):
        found += [f"centres.json: $[{i}] ({centre.id}): {p}" for p in _centre_problems(centre, territory_ids)]

    bodies = {network.national_centre.id, *(b.id for b in network.bodies)}
    for i, animator in enumerate(network.animators):
        if animator.body not in bodies:
            found.append(f"network.json: $.animators[{i}].body: unknown body {animator.body!r}")
    centre_ids = {c.id for c in centres}
    for i, member in enumerate(network.members):
        if member.value not in centre_ids:
            found.append(f"network.json: $.members[{i}].value: unknown centre {member.value!r}")
    bodies_and_centres = bodies | centre_ids
    for i, relation in enumerate(parts["relations"]):
        for name in ("subject", "object"):
            ref = getattr(relation, name)
            if ref is not None and ref not in bodies_and_centres:
                found.append(f"relations.json: $[{i}].{name}: unknown centre or body {ref!r}")
    for i, question in enumerate(parts["open_questions"]):
        for ref in question.between:
            if ref not in bodies_and_centres:
                found.append(f"open_questions.json: $[{i}].between: unknown centre or body {ref!r}")
    framework_ids = {f.id for f in frameworks}
    for i, framework in enumerate(frameworks):
        if framework.replaces is not None and framework.replaces not in framework_ids:
            found.append(f"frameworks.json: $[{i}].replaces: unknown framework {framework.replaces!r}")
    return found


def _within_territory(j: int, coverage: Any, territory: Territory) -> Iterator[str]:
    """No coverage through a territory outside the territory's own lifetime (rule region-reform)."""
    valid, period = territory.valid, coverage.period
    if valid is None:
        return
    if valid.end is not None and (period.end is None or period.end.latest() > valid.end.latest()):
        yield f"coverage[{j}]: runs past the end of {territory.id} ({valid.end}): re-express it by its departments"
    if valid.start is not None and (period.start is None or period.start.earliest() < valid.start.earliest()):
        yield f"coverage[{j}]: starts before {territory.id} existed ({valid.start})"


def _centre_problems(centre: Centre, territories: dict[str, Territory]) -> Iterator[str]:
    """A centre's preferred values must be among its claims; its coverage must make sense."""

    def kept(claims: tuple[Claim[Any], ...]) -> set[object]:  # a deprecated claim is never preferred
        return {c.value.year if isinstance(c.value, PartialDate) else c.value for c in claims if c.deprecated is None}

    preferred: list[tuple[str, object, set[object]]] = [
        ("name", centre.name, kept(centre.names)),
        ("acronym", centre.acronym, kept(centre.acronyms)),
        ("founded", centre.founded, kept(centre.foundings)),
        ("legal_form", centre.legal_form, kept(centre.legal_forms)),
        ("status", centre.status, kept(centre.statuses)),
        ("website", centre.website, kept(centre.websites)),
        ("phone", centre.phone, kept(centre.phones)),
        ("email", centre.email, kept(centre.emails)),
    ]
    for name, value, claimed in preferred:
        if value is not None and value not in claimed:
            yield f"{name} {value!r} is not among its claims in good standing"
        if value is None and claimed and name != "acronym":
            yield f"{name} is unset although claims exist"
    for j, coverage in enumerate(centre.coverage):
        if coverage.territory not in territories:
            yield f"coverage[{j}]: unknown territory {coverage.territory!r}"
        else:
            yield from _within_territory(j, coverage, territories[coverage.territory])
        attested, period = coverage.attested, coverage.period
        if attested is not None:
            inside = (
                period.start is None
                or (attested.start is not None and attested.start.earliest() >= period.start.earliest())
            ) and (period.end is None or (attested.end is not None and attested.end.latest() <= period.end.latest()))
            if not inside:
                yield f"coverage[{j}]: attested {attested} lies outside the period {period}"
