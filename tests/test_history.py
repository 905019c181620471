"""The history of the network: relations, the timeline, changes between dates, counts."""

from __future__ import annotations

import datetime
import itertools
import json
from typing import Any, TypeVar

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import politique_ville as pv
from politique_ville import history
from politique_ville.history import sort_key
from tests.scripts import ROOT, script
from tests.strategies import datasets, partial_dates

ATT, INF, UNC, UNK = (pv.Certainty.ATTESTED, pv.Certainty.INFERRED, pv.Certainty.UNCONFIRMED, pv.Certainty.UNKNOWN)
K = pv.EventKind
DATA = pv.load()


def day(text: str) -> pv.PartialDate:
    return pv.PartialDate.parse(text)


# -- relations ------------------------------------------------------------------------------------


def test_the_paca_renaming_is_dated_by_its_source_not_by_an_inference() -> None:
    (renaming,) = [e for e in pv.timeline(entity="Cité Ressources") if e.kind is K.RELATION]
    assert renaming == pv.HistoryEvent(
        date=day("2019-06-20"),
        kind=K.RELATION,
        entity="crpv-paca",
        text="renamed: « CRPV-PACA » → « Cité Ressources »",
        dated_by=pv.DatedBy.ESTIMATE,
        certainty=ATT,
        sources=("web-arhlmpacacorse-com-p-5941",),
    )
    # The interview's estimate, not the day after the old name's last date (2013).
    estimate = pv.source("web-arhlmpacacorse-com-p-5941").estimated
    assert estimate is not None and (estimate.not_before, estimate.not_after) == (day("2019-06-20"), None)
    (relation,) = [r for r in pv.relations("crpv-paca") if r.kind is pv.RelationKind.RENAMED]
    assert (relation.date, relation.as_of, relation.name_after) == (None, None, "Cité Ressources")


def test_the_villes_et_territoires_renaming_of_2018() -> None:
    events = [e for e in pv.timeline(since=2018, until=2018, entity="villes-territoires-lr") if e.kind is K.RELATION]
    assert events == [
        pv.HistoryEvent(
            date=pv.PartialDate(year=2018),
            kind=K.RELATION,
            entity="villes-territoires-lr",
            text="renamed: « Villes et Territoires LR » → « Villes et Territoires Occitanie »",
            sources=("web-villesetterritoireslr-fr-villes-territoires-hist-e2e5f0",),
        )
    ]
    assert pv.name_on("villes-territoires-lr", 2017).value == "Villes et Territoires LR"
    assert pv.name_on("villes-territoires-lr", 2019).value == "Villes et Territoires Occitanie"


def test_the_animators_cr_div_cget_anct_with_their_dates() -> None:
    starts = [(str(e.date), e.entity, e.certainty) for e in pv.timeline() if e.kind is K.ANIMATOR]
    assert starts == [("1999", "cr-div", ATT), ("2014-03-31", "cget", ATT), ("2020-01-01", "anct", ATT)]
    successions = [(str(r.date), r.subject, r.kind.value, r.object) for r in pv.relations() if r.object]
    assert successions == [
        ("2009-05-14", "div", "replaced-by", "sg-ville"),
        ("2014-03-31", "sg-ville", "merged-into", "cget"),
        ("2020-01-01", "cget", "absorbed-by", "anct"),
    ]
    for before, after, was, now in (("2012", "2015", "cr-div", "cget"), ("2019", "2021", "cget", "anct")):
        (change,) = [c for c in pv.changes(before, after) if c.aspect == "animator"]
        assert (change.entity, change.before, change.after) == ("network", was, now)
    assert [c for c in pv.changes("2015", "2019") if c.aspect == "animator"] == []


def test_a_body_is_found_under_any_of_its_names() -> None:
    network = pv.network()
    assert pv.body("cr-div") is network.national_centre
    assert pv.body("Centre de ressources du Secrétariat général à la Ville") is network.national_centre
    assert pv.body("Commissariat général à l'égalité des territoires").id == "cget"
    assert pv.entity_id("ANCT") == "anct" and pv.entity_id("Cité Ressources") == "crpv-paca"
    assert [pv.entity_id(x) for x in ("network", "question-de-ville", "charte-partenariale")] == [
        "network",
        "question-de-ville",
        "charte-partenariale",
    ]
    with pytest.warns(pv.CloseMatchWarning, match="read body 'CGTE' as 'CGET', the one close match"):
        assert pv.body("CGTE").id == "cget"
    with pytest.raises(pv.UnknownBodyError) as caught:
        pv.body("Comissariat general")
    assert caught.value.suggestions == ("Commissariat général à l'égalité des territoires",)
    with pytest.raises(pv.UnknownNameError, match="unknown name: 'no such body'"):
        pv.entity_id("no such body")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("cr-dsu", "labo-cites"),
        ("crpve", "ressources-urbaines"),
        ("cdr-mayotte", "gip-maore-ouvoimoja"),
        ("espace-picard-integration", "irev"),
        ("crpv-lorraine", "oriv"),
    ],
)
def test_where_sources_only_suggest_a_link_no_source_links_them(first: str, second: str) -> None:
    for a, b in ((first, second), (second, first)):
        link = pv.link(a, b)
        assert (link.between, link.relations, link.stated) == ((a, b), (), False)
        assert link.open_question is not None and set(link.open_question.between) == {first, second}
        assert link.open_question.note.text.startswith(("No source", "The network table", "A National Assembly"))
    assert all({first, second} != {r.subject, r.object} for r in pv.relations())


def test_a_stated_link_gives_its_relations_either_way_round() -> None:
    (relation,) = pv.relations("anct")
    assert pv.link("ANCT", "CGET") == pv.Link(between=("anct", "cget"), relations=(relation,))
    assert pv.link("cget", "anct").stated and pv.link("cget", "anct").open_question is None
    assert pv.link("cget", "irev") == pv.Link(between=("cget", "irev"))


def test_a_centre_carried_by_a_regional_health_observatory() -> None:
    (hosting,) = [r for r in pv.relations("normanvilles") if r.kind is pv.RelationKind.HOSTED_BY]
    assert (hosting.object, str(hosting.as_of), hosting.sources) == (
        None,
        "2017-08-25",
        ("web-pdfslide-fr-documents-bilan-du-fonctionnement-et-bb90ab",),
    )
    assert hosting.object_name is not None and hosting.object_name.startswith("Groupement de coopération CREAI-ORS")
    (event,) = [e for e in pv.timeline(entity="normanvilles") if e.kind is K.RELATION]
    assert (str(event.date), event.dated_by) == ("2017-08-25", pv.DatedBy.SOURCE)


def test_a_relation_states_what_it_links() -> None:
    with pytest.raises(pv.InvalidValueError, match="a renaming gives the name before and after"):
        pv.Relation(id="x", kind=pv.RelationKind.RENAMED, subject="irev", name_before="A", sources=("x",))
    with pytest.raises(pv.InvalidValueError, match="a merged-into relation names the other body"):
        pv.Relation(id="x", kind=pv.RelationKind.MERGED_INTO, subject="irev", sources=("x",))
    with pytest.raises(pv.InvalidValueError, match="between names two different bodies"):
        pv.OpenQuestion(id="x", between=("irev", "irev"), note=pv.Note(text="t"))


# -- name_on like every other on= --------------------------------------------------------------


@pytest.mark.parametrize("when", [1995, "1995", datetime.date(1995, 6, 1), pv.PartialDate(year=1995)])
def test_name_on_takes_every_date_form_and_never_names_before_the_first_attestation(when: pv.DateLike) -> None:
    assert pv.name_on("pqn-a", when) == pv.Answer(value=None, certainty=UNK)
    assert pv.name_on("pqn-a", when) == pv.name_on("pqn-a", pv.PartialDate(year=1995))


@pytest.mark.parametrize(
    ("when", "error", "message"),
    [
        ("1995-13", pv.InvalidValueError, "month 13 is out of range 1..12"),
        ("soon", pv.InvalidValueError, "not a partial date"),
        (True, pv.InvalidTypeError, "a date must be"),
        (1995.0, pv.InvalidTypeError, "a date must be"),
    ],
)
def test_name_on_rejects_bad_dates_as_status_on_does(when: object, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message) as named:
        pv.name_on("pqn-a", when)  # type: ignore[arg-type]
    with pytest.raises(error) as status:
        pv.status_on("pqn-a", when)  # type: ignore[arg-type]
    assert str(named.value) == str(status.value)


# -- the timeline ------------------------------------------------------------------------------


def test_partial_dates_sort_honestly() -> None:
    events = pv.timeline(since="2017-03", until="2017-03")
    assert [(str(e.date), e.kind.value, e.entity) for e in events] == [
        ("2017-03", "framework", "cadre-de-reference-notre"),  # a month heads its month
        ("2017-03", "count", "network"),
        ("2017-03-16", "framework", "cadre-de-reference-notre"),
        ("2017-03-16", "framework", "cadre-de-reference-notre"),
        ("2017-03-16", "framework", "charte-partenariale"),
        ("2017-03-16", "meeting", "network"),
        ("2017-03-16", "count", "network"),
        ("2017-03-28", "count", "network"),
    ]
    # A year may fall in any month of it: kept for February to October 2018, never read as 1 January.
    spring = pv.timeline(since="2018-02", until="2018-10")
    assert [(str(e.date), e.kind.value) for e in spring] == [
        ("2018", "relation"),
        ("2018", "coverage-start"),
        ("2018", "coverage-start"),
        ("2018", "count"),
    ]
    assert [str(e.date) for e in pv.timeline(since="2017-12-31", until="2018-01-01")][:2] == ["2017-12-31", "2018"]


def test_the_timeline_filters_by_dates_and_entity_and_rejects_bad_ones() -> None:
    qdv = pv.timeline(entity="question-de-ville")
    assert [(str(e.date), e.kind.value) for e in qdv] == [
        ("2008", "founded"),
        ("2009", "contribution"),
        ("2010", "board"),
        ("2010-07", "board"),
        ("2010-07", "contribution"),
        ("2012-09", "contribution"),
        ("2014", "contribution"),
        ("2016-11", "contribution"),
        ("2019-01-12", "contribution"),
    ]
    assert [e.entity for e in pv.timeline(entity="cget")] == ["cget", "sg-ville", "cget", "cget"]
    with pytest.raises(pv.InvalidValueError, match=r"since \(2020\) is after until \(2019\)"):
        pv.timeline(since=2020, until=2019)
    with pytest.raises(pv.InvalidValueError, match="not a partial date"):
        pv.timeline(since="last year")
    with pytest.raises(pv.UnknownNameError):
        pv.timeline(entity="Atlantis")


def test_coverage_events_say_how_sure_their_date_is() -> None:
    starts = [e for e in pv.timeline(entity="irev") if e.kind is K.COVERAGE_START]
    assert [(str(e.date), e.text, e.certainty, e.rule) for e in starts] == [
        ("1998", "starts covering Nord-Pas-de-Calais", INF, pv.Rule.FOUNDING_START),
        ("2016-01-01", "starts covering Nord, Pas-de-Calais", INF, None),
        ("2017-01-01", "starts covering Hauts-de-France", ATT, None),
    ]
    assert starts[1].territories == ("dep-59", "dep-62") and starts[1].basis is not None


@settings(max_examples=40, deadline=None)
@given(
    since=st.none() | partial_dates(1990, 2026),
    until=st.none() | partial_dates(1990, 2026),
    entity=st.none() | st.sampled_from(["network", "question-de-ville", "cget", *(c.id for c in DATA.centres())]),
)
def test_the_timeline_is_sorted_and_every_event_cites_a_known_source(
    since: pv.PartialDate | None, until: pv.PartialDate | None, entity: str | None
) -> None:
    if since is not None and until is not None and until.latest() < since.earliest():
        since, until = until, since
    events = pv.timeline(since=since, until=until, entity=entity)
    assert list(events) == sorted(events, key=sort_key)
    for earlier, later in itertools.pairwise(events):
        assert not later.date.latest() < earlier.date.earliest()  # no later event is surely earlier
    for event in events:
        assert event.sources and all(pv.source(s) for s in event.sources)
        assert since is None or event.date.latest() >= since.earliest()
        assert until is None or event.date.earliest() <= until.latest()
        assert entity is None or entity in (event.entity, event.other)
        assert (event.certainty is INF) == (event.rule is not None or event.basis is not None)


@settings(max_examples=25, deadline=None)
@given(data=datasets())
def test_any_valid_dataset_has_a_sorted_sourced_timeline(data: pv.Dataset) -> None:
    events = data.timeline()
    assert list(events) == sorted(events, key=sort_key)
    assert all(event.sources for event in events)
    merged = {(e.date, e.kind, e.entity, e.text, e.dated_by, e.certainty, e.rule, e.basis) for e in events}
    assert len(merged) == len(events)  # what says the same thing at the same date is one event


# -- changes between two dates -----------------------------------------------------------------


def test_the_2016_region_reform_in_changes() -> None:
    moved = [(c.entity, c.gained, c.lost) for c in pv.changes("2015-12-31", "2017-01-01") if c.aspect == "departments"]
    assert moved == [
        ("cr-dsu", ("dep-03", "dep-15", "dep-43", "dep-63"), ()),
        ("crpv-lorraine", (), ("dep-54", "dep-55", "dep-57", "dep-88")),
        ("espace-picard-integration", (), ("dep-02", "dep-60", "dep-80")),
        ("irev", ("dep-02", "dep-60", "dep-80"), ()),
        ("normanvilles", ("dep-14", "dep-27", "dep-50", "dep-61", "dep-76"), ()),
        ("oriv", ("dep-08", "dep-10", "dep-51", "dep-52", "dep-54", "dep-55", "dep-57", "dep-88"), ()),
        ("pqn-a", ("dep-16", "dep-17", "dep-19", "dep-23", "dep-79", "dep-86", "dep-87"), ()),
        ("villes-au-carre", (), ("dep-16", "dep-17", "dep-79", "dep-86")),
    ]
    statuses = [(c.entity, c.before, c.after) for c in pv.changes("2015-12-31", "2017-01-01") if c.aspect == "status"]
    assert statuses == [
        ("cr-csur", None, "active"),
        ("crpv-lorraine", "active", "no-longer-listed"),
        ("espace-picard-integration", "active", "no-longer-listed"),
        ("normanvilles", None, "active"),
        ("villes-territoires-lr", None, "active"),
    ]


def test_no_change_between_a_date_and_itself() -> None:
    assert pv.changes("2012-05-31", "2012-05-31") == ()
    (name,) = [c for c in pv.changes(2017, 2019) if c.entity == "villes-territoires-lr" and c.aspect == "name"]
    assert (name.before, name.after, name.before_certainty, name.after_certainty) == (
        "Villes et Territoires LR",
        "Villes et Territoires Occitanie",
        ATT,
        INF,  # the source dates the new name from 2018 only: carried to 2019 by continuity
    )


# -- counts and centres by date ----------------------------------------------------------------


def test_every_dated_count_against_the_data() -> None:
    rows = [(str(c.as_of), c.stated, c.dated_by.value, len(c.covering)) for c in pv.counts()]
    assert rows == [
        ("2002-12", 14, "estimate", 11),
        ("2012-05-31", 19, "event", 20),
        ("2015", 20, "estimate", 20),
        ("2017-03", 18, "event", 19),
        ("2017-03-16", 18, "event", 19),
        ("2017-03-28", 18, "event", 19),
        ("2017-09", 19, "event", 19),
        ("2018", 19, "event", 19),
        ("2019-06-20", 19, "estimate", 20),
        ("2021-10", 19, "event", 15),
        ("2022-10", 19, "event", 14),
    ]
    undated = [c for c in pv.network().centre_counts if c.as_of is None]
    dated_by_source = [c for c in pv.counts() if c.dated_by is not pv.DatedBy.EVENT]
    assert len(dated_by_source) == 3 and len(undated) == 7  # four undated counts have nothing to date them


def test_centres_by_date_and_status() -> None:
    assert pv.centres() == DATA.centres() and len(pv.centres()) == 25
    assert [c.id for c in pv.centres(on=2016, status="no-longer-listed")] == [
        "crpv-lorraine",
        "espace-picard-integration",
    ]
    assert [c.id for c in pv.centres(status="en préfiguration")] == []  # last said in 2016: unconfirmed
    assert [c.id for c in pv.centres(status="in-preparation", unconfirmed=True)] == ["crpv-guadeloupe"]
    assert len(pv.centres(on=2012, status=pv.Status.ACTIVE)) == 18
    assert pv.centres(on=1995) == ()  # no status is stated before 2007
    with pytest.raises(pv.UnknownChoiceError):
        pv.centres(status="asleep")


# -- the snapshot of the whole history -------------------------------------------------------------


def test_the_history_snapshot_is_up_to_date() -> None:
    snapshot_history = script("snapshot_history")
    history = snapshot_history.snapshot(DATA)
    path = snapshot_history.SNAPSHOT
    committed = json.loads(path.read_text(encoding="utf-8"))
    assert len(history["timeline"]) == len(DATA.timeline()) == 139
    if history != committed:
        events = [
            i for i, (a, b) in enumerate(itertools.zip_longest(history["timeline"], committed["timeline"])) if a != b
        ]
        pairs = [pair for pair in history["changes"] if history["changes"][pair] != committed["changes"].get(pair)]
        pytest.fail(
            f"{path.relative_to(ROOT)} is not the data's (events {events[:8]}, changes {pairs}): run"
            " `python scripts/snapshot_history.py`, review the diff (each changed line must be a change you"
            " meant) and commit the snapshot with the change",
            pytrace=False,
        )


# -- the rules the bundled data does not exercise, on small records -----------------------------------

_SOURCES = {
    "dated-2015": pv.Source(id="dated-2015", kind=pv.SourceKind.WEB_PAGE, title="a", date=day("2015")),
    "dated-2010": pv.Source(id="dated-2010", kind=pv.SourceKind.WEB_PAGE, title="b", date=day("2010-06")),
    "undated": pv.Source(id="undated", kind=pv.SourceKind.WEB_PAGE, title="c"),
}
DATING = history.SourceDating(_SOURCES.__getitem__)


R = TypeVar("R")


def _with(record: R, **changes: Any) -> R:
    """``record`` with ``changes`` (records are attrs classes, which mypy cannot see here)."""
    changed: R = attrs.evolve(record, **changes)  # type: ignore[misc]
    return changed


def test_an_event_is_dated_by_its_own_date_else_by_its_earliest_dated_source() -> None:
    assert DATING.when(day("2012"), ["dated-2015"]) == (day("2012"), pv.DatedBy.EVENT)
    assert DATING.when(day("2012"), ["dated-2015"], observed=True) == (day("2012"), pv.DatedBy.SOURCE)
    assert DATING.when(None, ["dated-2015", "undated", "dated-2010"]) == (day("2010-06"), pv.DatedBy.SOURCE)
    assert DATING.when(None, ["undated"]) is None


def test_a_deprecated_founding_status_or_framework_date_makes_no_event() -> None:
    founded = pv.Claim(value=day("2001"), sources=("dated-2015",))
    wrong = _with(founded, deprecated="a misprint")
    assert [(e.date, e.kind, e.entity) for e in history._foundings(DATING, "x", [wrong, founded])] == [
        (day("2001"), K.FOUNDED, "x")
    ]
    closed = pv.Claim(value=pv.Status.CLOSED, as_of=day("2019"), sources=("dated-2015",))
    centre = _with(DATA.centre("cr-dsu"), statuses=(_with(closed, deprecated="another centre"),))
    assert list(history._statuses(DATING, centre)) == []
    centre = _with(centre, statuses=(closed,))
    assert [(e.date, e.dated_by, e.text) for e in history._statuses(DATING, centre)] == [
        (day("2019"), pv.DatedBy.SOURCE, "status: closed (dissous)")
    ]
    framework = DATA.frameworks()[0]
    dated = pv.Claim(value=day("2004"), sources=("dated-2015",))
    framework = _with(framework, dates=(_with(dated, deprecated="a draft"), dated))
    assert [(e.date, e.text) for e in history._framework(DATING, framework)] == [(day("2004"), framework.title)]


def test_a_relation_with_one_name_is_no_renaming_and_its_own_date_is_the_events() -> None:
    merged = next(r for r in DATA.relations() if r.id == "sg-ville-merged-into-cget")
    (event,) = history._relation(DATING, _with(merged, name_before="SG-CIV"))
    assert event.text == "sg-ville merged into cget"
    renamed = next(r for r in DATA.relations() if r.id == "villes-territoires-lr-renamed-2018")
    seen = _with(renamed, as_of=day("2019"), sources=("dated-2015",))
    (event,) = history._relation(DATING, seen)
    assert (event.date, event.dated_by) == (day("2018"), pv.DatedBy.EVENT)


def test_an_animator_with_no_known_start_animates_within_its_period() -> None:
    open_start = pv.Animator(body="x", name="X", period=pv.Period(end=day("1998")), sources=("dated-2015",))
    network = _with(DATA.network(), animators=(open_start, *DATA.network().animators))
    assert history._animator(network, day("1995")) == ("x", ("dated-2015",))
    assert history._animator(network, day("2005")) == ("cr-div", DATA.network().animators[0].sources)
