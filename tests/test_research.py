"""The research facts in the bundled data: each one against its source, the conflicts kept
visible, the seed-era answers unchanged and today's answers.

Records encoded from ``../shared/research/facts.jsonl`` (610 facts) name them in ``facts``.
Every fact is encoded or explained in ``NOT_ENCODED``; where the research file is at hand, each
record citing a fact cites the source of the fact's URL. ``tests/snapshots/facts.json``, written
by ``scripts/snapshot_facts.py``, records where each fact is encoded and with which sources:
removing a fact from the data, or its source, or moving it to another record fails this file.
"""

# ruff: noqa: E501  (the reasons of NOT_ENCODED are long lines)
from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any, NamedTuple

import pytest

import politique_ville as pv
from politique_ville.bundle import PARTS
from politique_ville.dates import PartialDate, as_date
from politique_ville.kinds import walk
from politique_ville.provenance import Claim
from politique_ville.resource_centres import Position
from tests.scripts import script


def cited(record: Any) -> tuple[str, ...]:
    """The sources a record cites; for an editors' note, the sources it discusses."""
    found: tuple[str, ...] = record.refers_to if isinstance(record, pv.Note) else record.sources
    return found


S001 = "001_4eccba4200d7201b"
S002 = "002_b4e078211863d438"

ROOT = Path(__file__).resolve().parents[1]
RESEARCH = ROOT.parent / "shared" / "research" / "facts.jsonl"
"""The research file, beside the repository; the two tests that read it skip when it is not there."""
PRESENT = ROOT.parent / "shared" / "research" / "present-2026" / "facts.jsonl"
"""The present-day research file (2022-2026), beside the first one."""
RESEARCH_IDS = frozenset(f"r{i:04d}" for i in range(1, 611)) | frozenset(f"p{i:04d}" for i in range(1, 58))
"""The ids of the research files' 610 + 57 facts, so that a checkout without them still checks them."""

NOT_ENCODED: dict[str, str] = {
    "r0285": "Christine Roman directing 'a centre de ressources sur le développement territorial en Aquitaine': the centre is not named (README: 'Christine Roman directing PQA' is not verified)",
    "r0402": "corse-politique-de-la-ville: context only; no source says a centre covers Corsica",
    "r0403": "corse-politique-de-la-ville: context only; no source says a centre covers Corsica",
    "r0404": "corse-politique-de-la-ville: context only; no source says a centre covers Corsica",
    "r0609": "Christine Roman directing an Aquitaine centre (Question de Ville link): the page does not name the centre (README: 'Christine Roman directing PQA' is not verified)",
    "r0610": "Dominique Michel as a member of CRPV Paca linked to Question de Ville: the page lists him on an editorial committee with '(CRPV Paca)' and never mentions Question de Ville (audit); his role is not encoded (the editorial-committee mention is r0391)",
}

# by_territory(department, on=2012) and (..., on=2017) before the research: centre -> department codes.
SEED_ERA_2012: dict[str, tuple[str, ...]] = {
    "cdr-mayotte": ("976",),
    "cr-dsu": ("01", "07", "26", "38", "42", "69", "73", "74"),
    "crpv-guyane": ("973",),
    "crpv-lorraine": ("54", "55", "57", "88"),
    "crpv-paca": ("04", "05", "06", "13", "83", "84"),
    "crpve": ("91",),
    "espace-picard-integration": ("02", "60", "80"),
    "irev": ("59", "62"),
    "oriv": ("67", "68"),
    "pole-ressources-95": ("95",),
    "pole-ressources-paris": ("75",),
    "pqn-a": ("24", "33", "40", "47", "64"),
    "profession-banlieue": ("93",),
    "reso-villes": ("22", "29", "35", "44", "49", "53", "56", "72", "85"),
    "ressources-territoires": ("09", "12", "31", "32", "46", "65", "81", "82"),
    "trajectoire-ressources": ("21", "25", "39", "58", "70", "71", "89", "90"),
    "ville-caraibe": ("972",),
    "villes-au-carre": ("16", "17", "18", "28", "36", "37", "41", "45", "79", "86"),
}
SEED_ERA_2017: dict[str, tuple[str, ...]] = {
    "cdr-mayotte": ("976",),
    "cr-csur": ("974",),
    "cr-dsu": ("01", "03", "07", "15", "26", "38", "42", "43", "63", "69", "73", "74"),
    "crpv-guyane": ("973",),
    "crpv-paca": ("04", "05", "06", "13", "83", "84"),
    "crpve": ("91",),
    "irev": ("02", "59", "60", "62", "80"),
    "normanvilles": ("14", "27", "50", "61", "76"),
    "oriv": ("08", "10", "51", "52", "54", "55", "57", "67", "68", "88"),
    "pole-ressources-95": ("95",),
    "pole-ressources-paris": ("75",),
    "pqn-a": ("16", "17", "19", "23", "24", "33", "40", "47", "64", "79", "86", "87"),
    "profession-banlieue": ("93",),
    "reso-villes": ("22", "29", "35", "44", "49", "53", "56", "72", "85"),
    "ressources-territoires": ("09", "12", "31", "32", "46", "65", "81", "82"),
    "trajectoire-ressources": ("21", "25", "39", "58", "70", "71", "89", "90"),
    "ville-caraibe": ("972",),
    "villes-au-carre": ("18", "28", "36", "37", "41", "45"),
    "villes-territoires-lr": ("11", "30", "34", "48", "66"),
}
# The 2012 answers a research source explicitly contradicts (each explained in the coverage note).
CHANGED_2012 = {
    "974": ("cr-csur",),  # a GIP since 24 September 2007 (fse.re), prorogated on 23 August 2012
    "11": ("villes-territoires-lr",),  # created in 2012 as Languedoc-Roussillon's centre (its history page)
    "30": ("villes-territoires-lr",),
    "34": ("villes-territoires-lr",),
    "48": ("villes-territoires-lr",),
    "66": ("villes-territoires-lr",),
}


class Place(NamedTuple):
    """A record citing research facts, and where it is: a part of the dataset and a JSON path in it."""

    part: str
    path: str
    record: Any


Encoded = dict[str, list[Place]]


@pytest.fixture(scope="module")
def snapshot_facts() -> ModuleType:
    """``scripts/snapshot_facts.py``, which writes ``tests/snapshots/facts.json``."""
    return script("snapshot_facts")


@pytest.fixture(scope="module")
def encoded(snapshot_facts: ModuleType) -> Encoded:
    """Every record carrying research facts: fact -> [(part, JSON path, record)]."""
    found: Encoded = defaultdict(list)
    for place in snapshot_facts.encoded(pv.load()):
        for fact in place[2].facts:
            found[fact].append(Place(*place))
    return dict(found)


@pytest.fixture(scope="module")
def research() -> list[dict[str, Any]]:
    """The facts of ``../shared/research/facts.jsonl``; the tests that need it skip without it."""
    if not RESEARCH.is_file() or not PRESENT.is_file():
        pytest.skip(f"no research files at {RESEARCH.parent}: tests/snapshots/facts.json stands in for them")
    lines = [*RESEARCH.read_text(encoding="utf-8").splitlines(), *PRESENT.read_text(encoding="utf-8").splitlines()]
    return [json.loads(line) for line in lines if line.strip()]


def _records() -> Iterator[Any]:
    data = pv.load()
    for part in PARTS:
        for _, record in walk(getattr(data, part.name)()):
            yield record


def _shared_sources(encoded: Encoded) -> dict[str, set[str]]:
    """Each fact -> the sources that every record citing it cites (the fact's own source among them)."""
    return {fact: set.intersection(*(set(cited(p.record)) for p in places)) for fact, places in encoded.items()}


# -- every research fact against its source -------------------------------------------------------


def test_the_research_file_holds_the_known_ids(research: list[dict[str, Any]]) -> None:
    ids = [fact["fact"] for fact in research]
    assert len(ids) == len(set(ids)) and set(ids) == RESEARCH_IDS


def test_every_research_fact_is_encoded_or_explained(encoded: Encoded) -> None:
    missing = sorted(RESEARCH_IDS - set(encoded) - set(NOT_ENCODED))
    assert not missing, f"{len(missing)} research facts are neither in the data nor in NOT_ENCODED: {missing[:10]}"
    assert set(NOT_ENCODED) <= RESEARCH_IDS


def test_no_record_cites_an_unknown_fact(encoded: Encoded) -> None:
    unknown = sorted((fact, place.part, place.path) for fact in set(encoded) - RESEARCH_IDS for place in encoded[fact])
    assert not unknown, unknown[:10]
    assert all(re.fullmatch(r"[rp]\d{4}", fact) for fact in encoded)


def test_facts_not_encoded_are_cited_nowhere(encoded: Encoded) -> None:
    assert not set(NOT_ENCODED) & set(encoded)


def _source_ids(research: list[dict[str, Any]]) -> dict[str, str | None]:
    """Each research fact -> the id of the source built from its URL: a seed's file stem, or the
    web page whose record has that URL (None when no source has it)."""
    pages: dict[str, list[str]] = defaultdict(list)
    for source in pv.sources():
        if source.url:
            pages[source.url].append(source.id)
    assert all(len(ids) == 1 for ids in pages.values()), "two sources share a URL"
    return {
        fact["fact"]: fact["source_url"].removeprefix("seed:")
        if fact["source_url"].startswith("seed:")
        else next(iter(pages.get(fact["source_url"], ())), None)
        for fact in research
    }


def test_every_record_citing_a_fact_cites_the_source_of_its_url(
    encoded: Encoded, research: list[dict[str, Any]]
) -> None:
    source_of = _source_ids(research)
    unsourced = sorted(fact for fact in encoded if source_of[fact] is None)
    assert not unsourced, f"facts encoded from a URL no source has: {unsourced[:10]}"
    wrong = [
        (fact, place.part, place.path, source_of[fact])
        for fact, places in sorted(encoded.items())
        for place in places
        if source_of[fact] not in cited(place.record)
    ]
    assert not wrong, f"{len(wrong)} records cite a fact but not its source, e.g. {wrong[:5]}"


def test_the_records_citing_a_fact_share_a_source(encoded: Encoded) -> None:
    alone = sorted(fact for fact, sources in _shared_sources(encoded).items() if not sources)
    assert not alone, f"facts whose records cite no source in common: {alone[:10]}"


def test_the_facts_snapshot_is_up_to_date(snapshot_facts: ModuleType) -> None:
    facts = snapshot_facts.snapshot(pv.load())
    path = snapshot_facts.SNAPSHOT
    committed = path.read_text(encoding="utf-8") if path.is_file() else ""
    if committed != snapshot_facts.render(facts):
        before = json.loads(committed) if committed else {}
        changed = sorted(fact for fact in set(before) | set(facts) if before.get(fact) != facts.get(fact))
        pytest.fail(
            f"{path.relative_to(ROOT)} is not the data's for {len(changed)} fact(s) ({', '.join(changed[:8])}"
            f"{', ...' if len(changed) > 8 else ''}): run `python scripts/snapshot_facts.py`, review"
            f" `git diff {path.relative_to(ROOT)}` (a fact gone, a source lost or a fact moved must be"
            " a change you meant) and commit the snapshot with the data",
            pytrace=False,
        )


def test_research_sources_are_web_pages_with_stable_ids(encoded: Encoded) -> None:
    sources = {s.id: s for s in pv.sources()}
    cited = set().union(*_shared_sources(encoded).values())
    for source_id in cited:
        source = sources[source_id]
        if source_id.startswith("web-"):
            assert re.fullmatch(r"web-[a-z0-9-]+", source_id)
            assert source.kind is pv.SourceKind.WEB_PAGE
            assert source.url and source.url.startswith("http") and source.title
            assert source.accessed is None
        else:
            assert source.kind is pv.SourceKind.SEED
    web = {s.id for s in sources.values() if s.kind is pv.SourceKind.WEB_PAGE}
    # the aliases and the dated ISO codes of the territories cite pages of their own, outside the research facts
    aliases = {s for t in pv.territories() for a in t.aliases for s in a.sources}
    codes = {s for t in pv.territories() for c in (*t.iso_codes, *t.collectivity_codes) for s in c.sources}
    assert web - codes - aliases <= cited, f"web sources no record cites: {sorted(web - codes - aliases - cited)[:5]}"
    assert sorted(web & codes) == ["web-areq-net-iso-3166-2-fr", "web-wikipedia-en-2016-02-iso-3166-2-fr"]


def test_every_web_source_is_cited_somewhere() -> None:
    cited: set[str] = set()
    for record in _records():
        cited.update(getattr(record, "sources", ()) or ())
    web = {s.id for s in pv.sources() if s.kind is pv.SourceKind.WEB_PAGE}
    assert web <= cited


# -- the audit's "partly supported" facts --------------------------------------------------------


def _kinds(encoded: Encoded, fact: str) -> set[type]:
    return {type(place.record) for place in encoded.get(fact, ())}


def test_audit_fixes(encoded: Encoded) -> None:
    # r0093 and the same dissertation's r0059/r0070/r0085: no present 'actif' -> notes, never a status.
    for fact in ("r0093", "r0059", "r0070", "r0085"):
        assert all(place.record not in centre.statuses for place in encoded[fact] for centre in pv.centres())
    # r0425: funding by the collectivités only implied -> no funder record.
    assert _kinds(encoded, "r0425") == {Claim}
    # r0459: 'entreprise associative d'utilité sociale' is a description, not a legal form.
    assert all(place.record not in pv.centre("ville-caraibe").legal_forms for place in encoded["r0459"])
    assert pv.centre("ville-caraibe").legal_form is pv.LegalForm.ASSOCIATION
    # r0292: an 'engagement' of the State is not funding.
    assert _kinds(encoded, "r0292") == {Claim}
    # r0163: the year 2024 is inferred -> the GIP members carry no date.
    assert all(place.record.as_of is None for place in encoded["r0163"])
    # r0538: neither 'annual' nor 2020 is supported.
    (record,) = [place.record for place in encoded["r0538"]]
    assert record.as_of is None and record.frequency is None
    # r0608: the director part holds; no Question de Ville link is claimed from that page.
    assert _kinds(encoded, "r0608") == {Position}
    # r0610: Dominique Michel's role is not stated anywhere.
    assert "r0610" in NOT_ENCODED
    assert not any(p.person == "Dominique Michel" for c in pv.centres() for p in c.people)


def test_inferred_dates_are_not_claimed_as_dates(encoded: Encoded) -> None:
    # The CRPV Paca interview is undated (it refers to 20 June 2019): its claims carry no as_of.
    for fact in ("r0382", "r0383", "r0385", "r0386", "r0390", "r0398"):
        assert all(getattr(place.record, "as_of", None) is None for place in encoded[fact])
    source = pv.source(encoded["r0383"][0].record.sources[0])
    assert source.date is None and source.estimated is not None
    assert str(source.estimated.not_before) == "2019-06-20"
    # The Nantes meeting pages do not print the year.
    for fact in ("r0207", "r0209", "r0530"):
        assert all(getattr(place.record, "as_of", None) is None for place in encoded[fact])


def test_research_statuses_are_dated() -> None:
    for centre in pv.centres():
        for claim in centre.statuses:
            if any(source.startswith("web-") for source in claim.sources):
                # dated by the claim, or by its sources' own dates or estimates (an undated page never is)
                spans = [pv.source(s).when for s in claim.sources]
                assert (
                    claim.as_of is not None
                    or (claim.period is not None and claim.period.start is not None)
                    or all(span is not None for span in spans)
                ), (centre.id, claim)


def _latest(centre: pv.Centre) -> pv.Status | None:
    def when(claim: Claim[pv.Status]) -> PartialDate | None:
        if claim.as_of is not None:
            return claim.as_of
        if claim.period is not None and claim.period.start is not None:
            return claim.period.start
        spans = [pv.source(s).when for s in claim.sources]
        ends = [bound for span in spans if span is not None for bound in (span.end or span.start,) if bound is not None]
        return max(ends, key=lambda d: d.latest()) if ends else None

    dated = [(date, c) for c in centre.statuses for date in (when(c),) if date is not None]
    return max(dated, key=lambda pair: pair[0].latest())[1].value if dated else None


@pytest.mark.parametrize("centre", [c.id for c in pv.centres()])
def test_preferred_status_is_the_latest_dated_one(centre: str) -> None:
    record = pv.centre(centre)
    assert record.status is _latest(record)


# -- conflicts stay visible ----------------------------------------------------------------------------


def _years(claims: tuple[Claim[PartialDate], ...]) -> dict[int, set[str]]:
    found: dict[int, set[str]] = defaultdict(set)
    for claim in claims:
        found[claim.value.year] |= set(claim.sources)
    return found


def test_cr_dsu_1993_against_1994() -> None:
    centre = pv.centre("CR-DSU")
    years = _years(centre.foundings)
    assert centre.founded == 1993 and S002 in years[1993] and S002 in years[1994]


def test_ressources_territoires_december_2000_against_2001() -> None:
    centre = pv.centre("Ressources & Territoires")
    assert centre.founded == 2000
    assert "2000-12-10" in {str(c.value) for c in centre.foundings}
    assert S002 in _years(centre.foundings)[2001]
    preferred = [c for c in centre.foundings if str(c.value) == "2000-12-10"]
    assert preferred[0].note and "Preferred" in preferred[0].note and len(preferred[0].sources) == 2


def test_trajectoire_ressources_2006_2008_against_2010() -> None:
    centre = pv.centre("Trajectoire Ressources")
    assert centre.founded == 2006
    assert {2006, 2010} <= set(_years(centre.foundings))
    assert any("2008" in n.value for n in centre.statements)
    assert {str(c.period.start) for c in centre.coverage if c.territory in ("reg-26", "reg-43")} == {"2008"}


def test_lorraine_2010_against_2011() -> None:
    centre = pv.centre("crpv-lorraine")
    assert centre.founded == 2011
    assert {2010, 2011} <= set(_years(centre.foundings))
    (coverage,) = centre.coverage
    assert str(coverage.period.start) == "2010" and "2011" in (coverage.basis or "")


def test_ville_caraibe_against_ville_caraibes() -> None:
    centre = pv.centre("Ville Caraïbes")
    assert centre.id == "ville-caraibe" and centre.name == "Ville Caraïbe"
    assert {"Ville Caraïbe", "Ville Caraïbes"} <= {c.value for c in centre.names}
    assert any(c.note and "Preferred" in c.note for c in centre.names if c.value == "Ville Caraïbe")


def test_cadre_de_reference_2010_against_2011() -> None:
    cadre = {f.id: f for f in pv.frameworks()}["cadre-de-reference-2011"]
    dates = {str(c.value) for c in cadre.dates}
    assert {"2010-11", "2011-02-18", "2011"} <= dates and str(cadre.date) == "2010-11"
    assert len({s for c in cadre.dates if str(c.value) == "2011" for s in c.sources}) >= 2


def test_paca_website_spellings() -> None:
    centre = pv.centre("CRPV-PACA")
    sites = {c.value for c in centre.websites}
    assert {"www.crvp-paca.org", "www.crpv-paca.org", "cite-ressources.org"} <= sites
    assert centre.website == "cite-ressources.org"
    misprint = [c for c in centre.websites if c.value == "www.crvp-paca.org"]
    assert misprint[0].sources == (S001,) and "crvp" in (misprint[0].note or "")


def test_centre_counts_by_date() -> None:
    counts = {(c.count, str(c.as_of) if c.as_of else None) for c in pv.network().centre_counts}
    assert {
        (14, None),
        (19, "2012-05-31"),
        (18, "2017-03-16"),
        (19, "2017-09"),
        (19, "2018"),
        (19, "2021-10"),
        (19, "2022-10"),
    } <= counts
    assert sum(1 for c in pv.network().centre_counts if c.count == 20) == 3


# -- seed-era answers unchanged ---------------------------------------------------------------------


def _answers(year: int) -> dict[str, tuple[str, ...]]:
    data = pv.load()
    return {
        t.code: tuple(c.id for c in data.by_territory(t, on=year))
        for t in data.territories()
        if t.kind is pv.TerritoryKind.DEPARTMENT
    }


def _expected(table: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    expected: dict[str, list[str]] = defaultdict(list)
    for centre, codes in table.items():
        for code in codes:
            expected[code].append(centre)
    return {code: tuple(sorted(ids)) for code, ids in expected.items()}


def test_2012_answers_are_the_seed_era_ones_but_the_explained_changes() -> None:
    answers = _answers(2012)
    expected = _expected(SEED_ERA_2012) | CHANGED_2012
    assert {code: ids for code, ids in answers.items() if ids} == expected
    for code in CHANGED_2012:
        (match,) = pv.covering(code, on=2012)
        assert match.coverage.note and "seed-era answer for 2012" in match.coverage.note


def test_2017_answers_are_the_seed_era_ones() -> None:
    answers = _answers(2017)
    assert {code: ids for code, ids in answers.items() if ids} == _expected(SEED_ERA_2017)


@pytest.mark.parametrize(
    ("department", "on", "expected"),
    [
        ("86", 2012, ("villes-au-carre",)),
        ("86", 2017, ("pqn-a",)),
        ("80", 2012, ("espace-picard-integration",)),
        ("80", 2018, ("irev",)),
        ("Vienne", 2012, ("villes-au-carre",)),
        ("Vienne", 2017, ("pqn-a",)),
        ("57", 2012, ("crpv-lorraine",)),
        ("57", 2017, ("oriv",)),
        ("63", 2012, ()),
        ("63", 2017, ("cr-dsu",)),
    ],
)
def test_seed_era_examples(department: str, on: int, expected: tuple[str, ...]) -> None:
    assert tuple(c.id for c in pv.by_territory(department, on=on)) == expected


# -- today's answers ------------------------------------------------------------------------------------


ATT = pv.Certainty.ATTESTED
INF = pv.Certainty.INFERRED
UNC = pv.Certainty.UNCONFIRMED


@pytest.mark.parametrize(
    ("department", "on", "expected"),
    [
        ("34", 2019, (("villes-territoires-lr", ATT),)),
        ("30", 2019, (("villes-territoires-lr", ATT),)),
        ("11", None, (("villes-territoires-lr", INF),)),
        ("48", None, ()),  # Languedoc-Roussillon ended in 2015; the 2018 perimeter does not name Lozère
        ("31", 2019, (("ressources-territoires", INF),)),
        ("09", None, (("ressources-territoires", UNC),)),
        ("13", None, (("crpv-paca", INF),)),
        ("86", None, (("pqn-a", INF),)),
        ("87", 2019, (("pqn-a", ATT),)),
        ("59", 2023, (("irev", ATT),)),
        ("57", None, (("oriv", INF),)),
        ("45", None, (("villes-au-carre", INF),)),
        ("974", None, (("cr-csur", UNC),)),
        ("976", 2019, (("cdr-mayotte", INF), ("gip-maore-ouvoimoja", ATT))),
        ("976", 2018, (("cdr-mayotte", INF),)),
        ("971", None, ()),
        ("2A", None, ()),
        ("2B", 2019, ()),
    ],
)
def test_todays_answers(department: str, on: int | None, expected: tuple[tuple[str, pv.Certainty], ...]) -> None:
    assert tuple((m.centre.id, m.certainty) for m in pv.covering(department, on=on)) == expected
    sure = tuple(centre for centre, certainty in expected if certainty is not UNC)
    assert tuple(c.id for c in pv.by_territory(department, on=on)) == sure


def test_occitanie_is_split_between_two_centres() -> None:
    latest = {m.centre.id: m.certainty for m in pv.covering("Occitanie")}
    assert latest == {
        "ressources-territoires": pv.Certainty.UNCONFIRMED,
        "villes-territoires-lr": pv.Certainty.INFERRED,
    }
    assert {c.id for c in pv.by_territory("Occitanie", on=2019)} == {"ressources-territoires", "villes-territoires-lr"}
    east = {m.centre.id: m.certainty for m in pv.covering("34", on=2019)}
    assert east == {"villes-territoires-lr": pv.Certainty.ATTESTED}


def test_attestations_reach_the_present() -> None:
    assert pv.covering("59", on=2023)[0].certainty is pv.Certainty.ATTESTED
    assert pv.covering("67", on=2024)[0].certainty is pv.Certainty.ATTESTED
    assert pv.covering("35", on=2025)[0].certainty is pv.Certainty.ATTESTED
    assert pv.covering("33", on="2021-01")[0].certainty is pv.Certainty.ATTESTED


# -- names through time -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "centre", "today", "past"),
    [
        ("CRPV-PACA", "crpv-paca", "Cité Ressources", {2010: "CRPV-PACA"}),
        ("Cité Ressources", "crpv-paca", "Cité Ressources", {}),
        (
            "Villes et Territoires LR",
            "villes-territoires-lr",
            "Villes et Territoires Occitanie",
            {2015: "Villes et Territoires LR", 2020: "Villes et Territoires Occitanie"},
        ),
        (
            "Pays et Quartiers d'Aquitaine",
            "pqn-a",
            "Pays et Quartiers de Nouvelle-Aquitaine",
            {2010: "Pays et Quartiers d'Aquitaine", 2021: "Pays et Quartiers de Nouvelle-Aquitaine"},
        ),
        ("PQA", "pqn-a", "Pays et Quartiers de Nouvelle-Aquitaine", {}),
        (
            "Observatoire Régional de l'Intégration",
            "oriv",
            "Observatoire Régional de l'Intégration et de la Ville",
            {
                1992: "Observatoire Régional de l'Intégration",
                2000: "Observatoire Régional de l'Intégration",  # the next name is first dated April 2010
            },
        ),
        ("Maoré Ouvoimoja", "gip-maore-ouvoimoja", "Maoré Ouvoimoja", {}),
        ("GIP CRPV-CS", "gip-maore-ouvoimoja", "Maoré Ouvoimoja", {}),
    ],
)
def test_names_through_time(query: str, centre: str, today: str, past: dict[int, str]) -> None:
    record = pv.centre(query)
    assert record.id == centre and record.name == today
    for year, name in past.items():
        assert pv.name_on(record, year).value == name


def test_a_name_carries_on_with_its_certainty_and_never_comes_before_it_is_attested() -> None:
    oriv = pv.name_on("oriv", 2000)
    assert (oriv.value, oriv.certainty, str(oriv.last_attested), oriv.rule) == (
        "Observatoire Régional de l'Intégration",
        pv.Certainty.UNCONFIRMED,
        "1992",
        pv.Rule.CONTINUITY,
    )
    assert pv.name_on("oriv", "2010-04") == pv.Answer(
        value="Observatoire Régional de l'Intégration et de la Ville – ORIV Alsace",
        certainty=pv.Certainty.ATTESTED,
        last_attested=pv.PartialDate(year=2010, month=4),
        sources=pv.centre("oriv").names[2].sources,
    )
    assert pv.name_on("pqn-a", 1995) == pv.Answer(value=None, certainty=pv.Certainty.UNKNOWN)


def test_renamings_are_sourced() -> None:
    vt = pv.centre("villes-territoires-lr")
    (occitanie,) = [c for c in vt.names if c.value == "Villes et Territoires Occitanie"]
    assert occitanie.period is not None and str(occitanie.period.start) == "2018"
    assert {"r0359", "r0360"} <= set(occitanie.facts)
    paca = pv.centre("crpv-paca")
    (cite,) = [c for c in paca.names if c.value == "Cité Ressources" and "r0382" in c.facts]
    assert cite.as_of is None and "20 June 2019" in (cite.note or "") and "r0382" in cite.facts
    pqna = pv.centre("pqn-a")
    assert any(str(c.as_of) == "2020-03" for c in pqna.names if c.value == "Pays et Quartiers de Nouvelle-Aquitaine")


# -- new bodies, context-only entities and leads that are not verified --------------------------------


def test_mayotte_gip_is_a_centre_of_its_own() -> None:
    gip = pv.centre("gip-maore-ouvoimoja")
    assert gip.founded == 2019 and gip.legal_form is pv.LegalForm.GIP and gip.status is pv.Status.ACTIVE
    assert {str(c.value) for c in gip.foundings} == {"2019-04-11"}
    assert len([f for f in gip.funding if f.role is pv.FundingRole.GIP_MEMBER]) == 14
    assert pv.centre("cdr-mayotte").coverage[0].period.is_open  # no source says the GIP succeeds it


@pytest.mark.parametrize("query", ["corse-politique-de-la-ville", "Corse"])
def test_context_entities_are_not_centres(query: str) -> None:
    with pytest.raises(LookupError):
        pv.centre(query)


def test_unverified_leads_are_not_encoded() -> None:
    directors = {(p.person, c.id) for c in pv.centres() for p in c.people if p.role is pv.Role.DIRECTOR}
    assert not {person for person, _ in directors} & {"Frédéric Tréca", "Christine Roman", "Dominique Michel"}
    assert pv.centre("crpv-guadeloupe").status is pv.Status.IN_PREPARATION and not pv.centre("crpv-guadeloupe").coverage
    assert pv.centre("CR-DSU").name != "Labo Cités"
    for centre in ("crpv-lorraine", "espace-picard-integration"):
        assert pv.centre(centre).status is pv.Status.NO_LONGER_LISTED


def test_question_de_ville_board_members_linked_only_where_a_source_says_so() -> None:
    qdv = pv.question_de_ville()
    members = {m.person for board in qdv.boards for m in board.members}
    linked = {
        (p.person, c.id) for c in pv.centres() for p in c.people if p.person in members and p.role is pv.Role.DIRECTOR
    }
    assert linked == {
        ("Bénédicte Madelin", "profession-banlieue"),
        ("Cécile Dublanche", "villes-au-carre"),
        ("Isabelle Chenevez", "cr-dsu"),
    }


# -- network, frameworks, people, funders ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("year", "body"), [(2005, "cr-div"), (2016, "cget"), (2019, "cget"), (2021, "anct"), (2025, "anct")]
)
def test_animator_by_date(year: int, body: str) -> None:
    bodies = {a.body for a in pv.network().animators if a.period is not None and a.period.contains(as_date(year))}
    assert bodies == {body}


def test_network_history() -> None:
    network = pv.network()
    assert {b.id for b in network.bodies} >= {"cget", "anct", "sg-ville"}
    assert [a.body for a in network.animators if a.period and a.period.is_open] == ["anct"]
    assert any(
        w.value == "www.reseau-crpv.fr" and w.period and str(w.period.start) == "2017-09" for w in network.websites
    )
    editions = {e.edition: e for e in network.events if e.edition}
    assert str(editions[6].date) == "2021-10-21" and editions[9].place == "Lille"
    assert {"RNCRPV"} == {c.value for c in network.acronyms}
    assert len(network.reports) >= 4 and len(network.key_figures) >= 3


def test_2017_framework() -> None:
    frameworks = {f.id: f for f in pv.frameworks()}
    cadre = frameworks["cadre-de-reference-notre"]
    assert str(cadre.date) == "2017-03-16" and cadre.replaces == "cadre-de-reference-2011"
    contents = " ".join(c.value for c in cadre.contents)
    assert "ANRU" in contents and "cadre de référence technique" in contents and "ultramarins" in contents
    charte = frameworks["charte-partenariale"]
    assert any("socles" in c.value and "complémentaires" in c.value for c in charte.contents)
    assert len(charte.signatories) == 8 and all(len(s.sources) >= 2 for s in charte.signatories)


@pytest.mark.parametrize(
    ("centre", "year", "person"),
    [
        ("profession-banlieue", 2000, "Bénédicte Madelin"),
        ("profession-banlieue", 2016, "Damien Bertrand"),
        ("villes-au-carre", 2015, "Cécile Dublanche"),
        ("reso-villes", 2025, "Ouided Ayad"),
    ],
)
def test_directors_by_year(centre: str, year: int, person: str) -> None:
    people = [
        p.person
        for p in pv.centre(centre).people
        if p.role is pv.Role.DIRECTOR and p.period and p.period.contains(as_date(year))
    ]
    assert people == [person]


@pytest.mark.parametrize(
    ("funder", "centres"),
    [
        ("caisse-des-depots", {"irev", "gip-maore-ouvoimoja", "cr-csur", "reso-villes"}),
        ("hlm-regional-union", {"crpv-paca", "irev"}),
        ("university", {"ressources-territoires", "cr-csur"}),
        ("cnfpt", {"ressources-territoires"}),
        ("department", {"irev", "gip-maore-ouvoimoja"}),
    ],
)
def test_funders_from_evidence_about_each_centre(funder: str, centres: set[str]) -> None:
    assert centres <= {c.id for c in pv.by_funder(funder, basis="centre")}
