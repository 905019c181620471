"""The inference policy: each rule where it applies and where it must not, and no answer more
certain than its evidence allows."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import politique_ville as pv
from politique_ville import rules
from politique_ville.certainty import evidence_span, freshness, reference_date
from politique_ville.cli import main
from politique_ville.freshness import centre_freshness, count_checks
from tests.strategies import partial_dates

DATA = pv.load()
DEPARTMENTS = [t.code for t in DATA.territories() if t.kind is pv.TerritoryKind.DEPARTMENT]
ATT, INF, UNC, UNK = (pv.Certainty.ATTESTED, pv.Certainty.INFERRED, pv.Certainty.UNCONFIRMED, pv.Certainty.UNKNOWN)


# -- the horizon ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("last", "when", "expected"),
    [
        ("2016", "2021-01-01", INF),  # "2016" counts from 1 January 2016
        ("2016", "2021-01-02", UNC),
        ("2016", "2020", INF),
        ("2016", "2021", UNC),  # "2021" is asked at its last day
        ("2016-12-31", "2021-12-31", INF),
        ("2016-12-31", "2022-01-01", UNC),
        ("2020-02-29", "2025-03-01", INF),  # five years after a 29 February: 1 March
        ("2020-02-29", "2025-03-02", UNC),
    ],
)
def test_the_freshness_horizon_reads_both_ends_to_the_answers_disadvantage(
    last: str, when: str, expected: pv.Certainty
) -> None:
    assert freshness(pv.PartialDate.parse(last), pv.PartialDate.parse(when)) is expected


def test_the_horizon_is_a_parameter_and_no_last_date_is_unconfirmed() -> None:
    when = pv.PartialDate.parse("2021-10")
    assert freshness(pv.PartialDate(year=2016), when, horizon=10) is INF
    assert freshness(None, when) is UNC
    assert [(m.centre.id, m.certainty) for m in pv.covering("976", on="2021-10")] == [
        ("cdr-mayotte", UNC),
        ("gip-maore-ouvoimoja", INF),
    ]
    assert [(m.centre.id, m.certainty) for m in pv.covering("976", on="2021-10", horizon=10)] == [
        ("cdr-mayotte", INF),
        ("gip-maore-ouvoimoja", INF),
    ]


def test_the_latest_known_state_is_the_data_versions_date() -> None:
    assert DATA.today == pv.PartialDate.parse(pv.DATA_VERSION.replace(".", "-"))
    assert reference_date("2024.02.29") == pv.PartialDate.parse("2024-02-29")
    assert reference_date("not a version").precision is pv.Precision.DAY


# -- continuity, on real cases -------------------------------------------------------------------


def test_mayotte_today_has_no_centre_by_default_and_says_why() -> None:
    matches = pv.covering("Mayotte")
    assert [(m.centre.id, m.certainty, str(m.last_attested), m.rule) for m in matches] == [
        ("cdr-mayotte", UNC, "2016", pv.Rule.CONTINUITY),
        ("gip-maore-ouvoimoja", UNC, "2021-05-20", pv.Rule.CONTINUITY),
    ]
    assert pv.by_territory("976") == ()
    assert [c.id for c in pv.by_territory("976", unconfirmed=True)] == ["cdr-mayotte", "gip-maore-ouvoimoja"]


def test_a_coverage_between_two_statements_is_inferred_whatever_the_gap() -> None:
    """IREV's Hauts-de-France perimeter is attested from 2017 to March 2023; its 2025 status
    follows: a date after the perimeter's last statement but before a later one is inferred."""
    (match,) = pv.covering("80", on=2024)
    assert (match.centre.id, match.certainty, str(match.last_attested)) == ("irev", INF, "2024-05")


def test_before_its_first_statement_a_coverage_rests_on_the_founding_start_rule() -> None:
    (match,) = pv.covering("Somme", on=2004)
    assert (match.centre.id, match.certainty, match.last_attested, match.rule) == (
        "espace-picard-integration",
        INF,
        None,
        pv.Rule.FOUNDING_START,
    )


def test_statuses_are_graded_from_their_dated_claims() -> None:
    answers = {c.id: pv.status_on(c) for c in pv.centres()}
    unconfirmed_active = sorted(c for c, a in answers.items() if a.value is pv.Status.ACTIVE and a.certainty is UNC)
    assert unconfirmed_active == [
        "cdr-mayotte",
        "cr-csur",
        "cr-dsu",
        "crpv-guyane",
        "crpve",
        "gip-maore-ouvoimoja",
        "labo-cites",
        "pole-ressources-95",
        "pole-ressources-paris",
        "profession-banlieue",
        "ressources-territoires",
    ]
    lorraine = pv.status_on("crpv-lorraine", 2016)
    assert (lorraine.value, lorraine.certainty) == (pv.Status.NO_LONGER_LISTED, ATT)
    assert pv.status_on("gip-maore-ouvoimoja", 2018) == pv.Answer(value=None, certainty=UNK)


# -- no coverage through a territory after its end -----------------------------------------------


def test_no_coverage_runs_past_its_territorys_end() -> None:
    territories = {t.id: t for t in pv.territories()}
    for centre in pv.centres():
        for coverage in centre.coverage:
            valid = territories[coverage.territory].valid
            if valid is not None and valid.end is not None:
                assert coverage.period.end is not None, (centre.id, coverage.territory)
                assert coverage.period.end.latest() <= valid.end.latest(), (centre.id, coverage.territory)


def test_lozere_is_covered_until_the_perimeter_that_leaves_it_out() -> None:
    assert [(m.centre.id, m.certainty) for m in pv.covering("48", on=2012)] == [("villes-territoires-lr", ATT)]
    assert [(m.centre.id, m.certainty) for m in pv.covering("48", on=2017)] == [("villes-territoires-lr", INF)]
    assert pv.covering("48", on=2018) == pv.covering("48", on=2021) == pv.covering("48") == ()


def test_the_integrity_checks_refuse_a_coverage_past_its_regions_end(bundle_copy: Path) -> None:
    tmp_path = bundle_copy
    centres = json.loads((tmp_path / "centres.json").read_text(encoding="utf-8"))
    oriv = next(i for i, c in enumerate(centres) if c["id"] == "oriv")
    alsace = next(j for j, v in enumerate(centres[oriv]["coverage"]) if v["territory"] == "reg-42")
    del centres[oriv]["coverage"][alsace]["period"]["end"]
    (tmp_path / "centres.json").write_text(json.dumps(centres, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(pv.DataError) as raised:
        pv.load(tmp_path)
    assert raised.value.problems == (
        f"centres.json: $[{oriv}] (oriv): coverage[{alsace}]: runs past the end of reg-42 (2015-12-31): "
        "re-express it by its departments",
    )


# -- no answer more certain than its evidence ----------------------------------------------------


@given(department=st.sampled_from(DEPARTMENTS), when=st.none() | partial_dates(1990, 2026))
@settings(max_examples=300)
def test_no_coverage_answer_is_more_certain_than_its_evidence(department: str, when: pv.PartialDate | None) -> None:
    graded = DATA.today if when is None else when
    for match in DATA.covering(department, on=when):
        attested = match.coverage.attested
        holds = attested is not None and attested.contains(graded)
        assert (match.certainty is ATT) is holds
        if match.certainty is not ATT:
            assert match.rule is not None
        if match.certainty is UNC:
            assert match.last_attested is not None
            assert freshness(match.last_attested, graded) is UNC
    shown = [c.id for c in DATA.by_territory(department, on=when)]
    assert shown == [m.centre.id for m in DATA.covering(department, on=when) if m.certainty is not UNC]


@given(centre=st.sampled_from([c.id for c in DATA.centres()]), when=partial_dates(1990, 2026))
@settings(max_examples=300)
def test_no_dated_field_is_more_certain_than_its_claims(centre: str, when: pv.PartialDate) -> None:
    """Status, name and every other dated field (website, phone, email, legal form...)."""
    record = DATA.centre(centre)
    answers = [(DATA.value_on(record, field, when), rules.claims_of(record, field)) for field in rules.DATED_FIELDS]
    assert answers[0][0] == DATA.name_on(record, when) and answers[3][0] == DATA.status_on(record, when)
    for answer, claims in answers:
        spans = [
            evidence_span(c.sources, DATA.source, period=c.period, as_of=c.as_of)
            for c in claims
            if c.value == answer.value and c.deprecated is None
        ]
        if answer.certainty is ATT:
            assert any(s is not None and s.contains(when) for s in spans)
        elif answer.certainty is UNK:
            assert answer.value is None and answer.last_attested is None
        else:
            assert answer.rule is pv.Rule.CONTINUITY and answer.last_attested is not None
            assert answer.last_attested.latest() < when.earliest()


@given(centre=st.sampled_from([c.id for c in DATA.centres()]), when=partial_dates(1990, 2026))
@settings(max_examples=200)
def test_no_mission_or_funder_is_more_certain_than_its_evidence(centre: str, when: pv.PartialDate) -> None:
    record = DATA.centre(centre)
    missions = [(e, e.mission, record.missions) for e in DATA.missions_of(record, when)]
    funders = [(e, e.funder, record.funding) for e in DATA.funders_of(record, when)]
    for evidence, value, statements in missions + funders:
        last = evidence.last_attested
        if evidence.basis is pv.Basis.NETWORK:  # a network-wide statement never names the centre
            assert evidence.certainty is not ATT and last is not None and last == evidence.as_of
            assert last.earliest() <= when.latest()  # nothing stated only later
            assert rules.existed(record, last)
            holds = last.latest() >= when.earliest()
            assert evidence.rule is (pv.Rule.NETWORK_SCOPE if holds else pv.Rule.CONTINUITY)
            assert evidence.certainty is INF if holds else freshness(last, when) is evidence.certainty
            continue
        spans = [
            evidence_span(s.sources, DATA.source, period=s.period, as_of=s.as_of)
            for s in statements
            if (s.value if isinstance(s, pv.Claim) else s.funder) is value and s.sources == evidence.sources
        ]
        if evidence.certainty is ATT:
            assert evidence.rule is None and any(s is not None and s.contains(when) for s in spans)
        elif evidence.certainty is UNK:
            assert last is None and None in spans
        else:
            assert evidence.rule is pv.Rule.CONTINUITY and last is not None and last.latest() < when.earliest()
            assert freshness(last, when) is evidence.certainty


def test_rules_answer_on_records_without_a_dataset() -> None:
    paca = pv.centre("crpv-paca")
    answer = rules.name_on(paca, pv.PartialDate(year=2015), pv.source)
    assert (answer.value, answer.certainty, str(answer.last_attested)) == ("CRPV-PACA", INF, "2013")


# -- the freshness report ------------------------------------------------------------------------


def test_the_freshness_report_gives_each_centres_last_dated_statement() -> None:
    rows = {r.centre: r for r in centre_freshness(DATA)}
    assert list(rows) == [c.id for c in DATA.centres()]
    oriv = rows["oriv"]
    assert (str(oriv.last_dated), oriv.last_statement, oriv.status, oriv.certainty) == (
        "2026",
        "status: active",
        "active",
        ATT,
    )
    mayotte = rows["cdr-mayotte"]
    assert (str(mayotte.last_dated), mayotte.last_sources, mayotte.certainty) == (
        "2016",
        ("001_4eccba4200d7201b",),
        UNC,
    )


def test_the_counts_are_set_against_the_data_with_the_difference_explained() -> None:
    checks = {str(c.as_of): c for c in count_checks(DATA)}
    assert list(checks) == [
        "2012-05-31",
        "2017-03",
        "2017-03-16",
        "2017-03-28",
        "2017-09",
        "2018",
        "2021-10",
        "2022-10",
    ]
    october = checks["2022-10"]
    assert (october.stated, len(october.covering), october.difference) == (19, 14, -5)
    assert october.unconfirmed == (
        "cdr-mayotte",
        "cr-csur",
        "cr-dsu",
        "crpv-guyane",
        "crpve",
        "pole-ressources-paris",
        "ressources-territoires",
    )
    assert set(october.inferred) <= set(october.covering)
    assert not set(october.unconfirmed) & set(october.covering)


def test_the_freshness_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["freshness", "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["data_version"], report["today"]) == (pv.DATA_VERSION, str(DATA.today))
    assert [r["centre"] for r in report["centres"]] == [c.id for c in DATA.centres()]
    assert [c["as_of"] for c in report["counts"]] == [str(c.as_of) for c in count_checks(DATA)]
    assert main(["freshness"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"Latest known state: {DATA.today} (data {pv.DATA_VERSION})\n")
    assert main(["freshness", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(r["centre"], r["last_dated"], r["sources"], r["certainty"]) for r in rows] == [
        (r.centre, "" if r.last_dated is None else str(r.last_dated), "|".join(r.last_sources), r.certainty.value)
        for r in centre_freshness(DATA)
    ]
    assert main(["freshness", "--format", "csv", "--counts"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(r["as_of"], r["stated"], r["data"], r["unconfirmed"]) for r in rows] == [
        (str(c.as_of), str(c.stated), str(len(c.covering)), "|".join(c.unconfirmed)) for c in count_checks(DATA)
    ]


def test_contacts_and_other_dated_fields_are_answered_with_their_certainty() -> None:
    phone = pv.value_on("crpv-guyane", "phone")
    assert (phone.value, phone.certainty, str(phone.last_attested)) == ("05 94 28 79 43", UNC, "2016")
    # Its current website comes from an undated page, and the seed's spelling is a misprint: unknown.
    assert pv.value_on("crpv-guyane", "website") == pv.Answer(value=None, certainty=UNK)
    assert pv.value_on("crpv-guyane", "status") == pv.status_on("crpv-guyane")
    with pytest.raises(pv.InvalidValueError, match="no dated field 'colour'; the dated fields are name, acronym"):
        pv.value_on("irev", "colour")
