"""The history commands of the command line: history, timeline, changes, question-de-ville, frameworks."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

import politique_ville as pv
from tests.test_cli import run


def csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_history_of_a_centre_by_any_name(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "history", "Cité Ressources")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "History of crpv-paca",
        "",
        "DATE          KIND            ENTITY     EVENT                                         CERTAINTY",
        "------------  --------------  ---------  --------------------------------------------  ---------",
        "2002          founded         crpv-paca  founded                                       attested",
        "2002          coverage-start  crpv-paca  starts covering Provence-Alpes-Côte d'Azur    inferred",
        "≥ 2019-06-20  relation        crpv-paca  renamed: « CRPV-PACA » → « Cité Ressources »  attested",
        "≥ DATE: " + pv.DatedBy.ESTIMATE.label_en,
    ]


def test_history_names_the_links_no_source_states(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "history", "labo-cites", "--format", "json")
    document = json.loads(out)
    assert (code, document["data_version"], document["entity"]) == (0, pv.DATA_VERSION, "labo-cites")
    assert [q["id"] for q in document["open_questions"]] == ["cr-dsu-labo-cites"]
    assert document["relations"] == []
    assert [(e["date"], e["kind"], e["certainty"]) for e in document["events"]] == [
        ("2020-07", "coverage-start", "inferred")
    ]
    code, out, _ = run(capsys, "history", "labo-cites")
    assert out.splitlines()[-2:] == ["No source links:", f"- cr-dsu and labo-cites: {pv.open_questions()[0].note.text}"]


def test_timeline_between_two_dates_in_every_format(capsys: pytest.CaptureFixture[str]) -> None:
    expected = pv.timeline(since=2020, until=2021)
    code, out, _ = run(capsys, "timeline", "--since", "2020", "--until", "2021", "--format", "csv")
    rows = csv_rows(out)
    assert code == 0 and [(r["date"], r["kind"], r["entity"]) for r in rows] == [
        (str(e.date), e.kind.value, e.entity) for e in expected
    ]
    assert rows[2] == {
        "date": "2020-01-01",
        "dated_by": "event",
        "kind": "relation",
        "entity": "cget",
        "other": "anct",
        "text": "cget absorbed by anct",
        "certainty": "attested",
        "rule": "",
        "territories": "",
        "sources": "web-territorial-zepros-fr-un-d-c3-a9cret-ent-c3-a9ri-ee71a0",
    }
    code, out, _ = run(capsys, "timeline", "--since", "2020", "--until", "2021", "--format", "json")
    events = json.loads(out)["events"]
    assert len(events) == len(expected) and events[5]["dated_by"] == "source" and events[5]["kind"] == "count"
    code, out, _ = run(capsys, "timeline", "--since", "2030")
    assert (code, out) == (0, "No dated event.\n")


def test_timeline_refuses_bad_dates_and_names(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "timeline", "--since", "2031-02-30")
    assert code == 2 and err.splitlines()[-1] == (
        "politique-ville timeline: error: argument --since: day 30 is out of range 1..28 for 2031-02"
    )
    code, _, err = run(capsys, "timeline", "--since", "2020", "--until", "2019")
    assert (code, err) == (1, "politique-ville timeline: error: since (2020) is after until (2019)\n")
    code, _, err = run(capsys, "history", "nowhere")
    assert (code, err) == (1, "politique-ville history: error: unknown name: 'nowhere'\n")


def test_changes_from_one_date_to_another(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "changes", "--from", "2012", "--to", "2015", "--format", "csv")
    assert code == 0
    assert [(r["entity"], r["aspect"], r["before"], r["after"]) for r in csv_rows(out)] == [
        ("crpv-guadeloupe", "status", "", "in-preparation"),
        (
            "crpve",
            "name",
            "Centre de ressources pour la politique de la ville en Essonne",
            "Centre de ressources « Politique de la ville » en Essonne",
        ),
        ("network", "animator", "cr-div", "cget"),
    ]
    code, out, _ = run(capsys, "changes", "--from", "2015-12-31", "--to", "2017-01-01", "--format", "json")
    document = json.loads(out)
    assert (document["from"], document["to"], document["data_version"]) == ("2015-12-31", "2017-01-01", pv.DATA_VERSION)
    irev = next(c for c in document["changes"] if c["entity"] == "irev" and c["aspect"] == "departments")
    assert (irev["gained"], irev["lost"], irev["before"]) == (["dep-02", "dep-60", "dep-80"], [], None)
    code, out, _ = run(capsys, "changes", "--from", "2012", "--to", "2015")
    assert out.splitlines()[:2] == ["Changes from 2012 to 2015", ""]
    assert out.splitlines()[-1].split() == ["network", "animator", "cr-div", "(attested)", "cget", "(attested)"]
    code, _, err = run(capsys, "changes", "--from", "2012")
    assert code == 2 and "the following arguments are required: --to" in err


def test_question_de_ville_and_the_frameworks(capsys: pytest.CaptureFixture[str]) -> None:
    association = pv.question_de_ville()
    code, out, _ = run(capsys, "question-de-ville", "--format", "csv")
    rows = csv_rows(out)
    members = sum(len(b.members) for b in association.boards)
    assert code == 0 and len(rows) == 1 + members + len(association.contributions)
    assert rows[0] == {
        "section": "founded",
        "date": "2008",
        "title": "Question de Ville",
        "person": "",
        "role": "",
        "sources": "000_e3de5f98affeb425|001_4eccba4200d7201b",
    }
    president = next(r for r in rows if r["role"] == "présidente" and r["date"] == "2010")
    assert (president["person"], president["title"]) == ("Bénédicte Madelin", "Conseil d'administration 2010")
    code, out, _ = run(capsys, "question-de-ville", "--format", "json")
    assert json.loads(out)["question_de_ville"]["founded"] == 2008
    code, out, _ = run(capsys, "question-de-ville")
    assert out.splitlines()[0] == "Question de Ville (founded 2008)"

    code, out, _ = run(capsys, "frameworks", "--format", "csv")
    assert [(r["id"], r["date"], r["replaces"]) for r in csv_rows(out)] == [
        ("cahier-des-charges-div", "", ""),
        ("cadre-de-reference-2011", "2010-11", ""),
        ("charte-partenariale", "2017-03-16", ""),
        ("cadre-de-reference-notre", "2017-03-16", "cadre-de-reference-2011"),
    ]
    code, out, _ = run(capsys, "frameworks", "--format", "json")
    assert [f["id"] for f in json.loads(out)["frameworks"]] == [f.id for f in pv.frameworks()]
    code, out, _ = run(capsys, "frameworks")
    assert [line.split()[0] for line in out.splitlines()[2:]] == [f.id for f in pv.frameworks()]


def test_csv_output_joins_lists_with_the_separator_and_escapes_formulas(
    capsys: pytest.CaptureFixture[str], bundle_copy: Path
) -> None:
    """A user's data folder may hold a value a spreadsheet would run: the CSV escapes it."""
    frameworks = json.loads((bundle_copy / "frameworks.json").read_text(encoding="utf-8"))
    frameworks[0]["title"] = "=HYPERLINK(1)"
    (bundle_copy / "frameworks.json").write_text(json.dumps(frameworks, ensure_ascii=False), encoding="utf-8")
    code, out, err = run(capsys, "--data", str(bundle_copy), "frameworks", "--format", "csv")
    assert (code, err) == (0, "")
    expected = pv.load(bundle_copy).frameworks()
    assert [(r["title"], r["missions"], r["sources"]) for r in csv_rows(out)] == [
        (
            "'=HYPERLINK(1)" if f.title.startswith("=") else f.title,
            "|".join(m.value for m in f.missions),
            "|".join(f.sources),
        )
        for f in expected
    ]
    assert csv_rows(out)[0]["title"] == "'=HYPERLINK(1)"
