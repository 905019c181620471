"""The fast path for the bundled data builds exactly what the strict converter builds."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest
from hypothesis import given, settings

from politique_ville.bundle import PARTS, read_text
from politique_ville.converter import converter
from politique_ville.fast import structure
from tests.strategies import typed_records


@pytest.mark.parametrize(("name", "kind"), [(part.file, part.kind) for part in PARTS])
def test_fast_path_equals_cattrs_on_the_bundled_files(name: str, kind: Any) -> None:
    raw = json.loads(read_text(name))
    assert structure(raw, kind) == converter.structure(raw, kind)


@given(typed_records())
@settings(max_examples=200)
def test_fast_path_equals_cattrs_on_generated_records(pair: tuple[Any, Any]) -> None:
    record, kind = pair
    raw = json.loads(json.dumps(converter.unstructure(record, kind)))
    assert structure(raw, kind) == converter.structure(raw, kind) == record


def test_fast_path_after_the_converter_has_resolved_the_annotations() -> None:
    """cattrs replaces the classes' annotation strings by types; the fast path reads both."""
    code = (
        "import json, politique_ville as pv\n"
        "from politique_ville.converter import converter\n"
        "from politique_ville.fast import structure\n"
        "from politique_ville.bundle import PARTS, read_text\n"
        "for part in PARTS:\n"
        "    raw = json.loads(read_text(part.file))\n"
        "    assert converter.structure(raw, part.kind) == structure(raw, part.kind), part.file\n"
        "print('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "ok", result.stderr


def test_the_bundled_dataset_equals_the_checked_load_of_the_same_files(bundle_copy: Any) -> None:
    """Built record by record on access, the bundled data is what ``load(path)`` checks and builds."""
    import politique_ville as pv
    from politique_ville.loading import _read_bundled

    fast, checked = _read_bundled(), pv.load(bundle_copy)
    assert [fast.centre(c.id) for c in checked.centres()] == list(checked.centres())
    assert [fast.source(s.id) for s in checked.sources()] == list(checked.sources())
    for part in PARTS:
        assert getattr(fast, part.name)() == getattr(checked, part.name)()
    assert fast.covering("93") == checked.covering("93")
    assert fast.covering("reg-84", on=2012) == checked.covering("reg-84", on=2012)


def test_the_first_answer_builds_only_the_centres_and_sources_it_reads() -> None:
    code = (
        "import politique_ville as pv\n"
        "from politique_ville.loading import bundled\n"
        "answer = pv.by_territory('93', unconfirmed=True)\n"
        "data = bundled()\n"
        "print([c.id for c in answer])\n"
        "print(sorted(data._part('centres')._built))\n"
        "cited = {s for c in answer for k in c.coverage for s in k.sources}\n"
        "cited |= {s for c in answer for claim in c.statuses for s in claim.sources}\n"
        "built = set(data._part('sources')._built)\n"
        "print(0 < len(built) < len(data._part('sources')), built <= cited)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.splitlines() == ["['profession-banlieue']", "['profession-banlieue']", "True True"]


def test_a_damaged_bundled_record_raises_the_checked_error_on_access() -> None:
    """A record of the bundled data that cannot be built raises the checked path's DataError."""
    code = (
        "import json, politique_ville as pv\n"
        "from politique_ville import bundle, loading\n"
        "real = bundle.read_bytes\n"
        "def damaged(name):\n"
        "    if name != 'centres.json':\n"
        "        return real(name)\n"
        "    centres = json.loads(real(name))\n"
        "    centres[0]['status'] = 'nowhere'\n"
        "    return json.dumps(centres).encode()\n"
        "loading.read_bytes = damaged\n"
        "data = loading._read_bundled()\n"
        "print(data.centre(json.loads(real('centres.json'))[1]['id']).id)\n"
        "try:\n"
        "    data.centres()\n"
        "except pv.DataError as error:\n"
        "    print(type(error).__name__, *error.problems, sep='\\n')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    problem = "centres.json: expected a Status value (active, in-preparation, no-longer-listed, closed)"
    assert out.splitlines() == ["profession-banlieue", "DataError", f"{problem}, got string 'nowhere' @ $[0].status"]


def test_covering_answers_are_kept_within_a_bound() -> None:
    """A repeated query is answered from memory; the memory holds at most 4,096 answers."""
    import politique_ville as pv
    from politique_ville.loading import _read_bundled

    data, fresh = _read_bundled(), _read_bundled()
    first = data.covering("93")
    assert data.covering("93") is first
    assert [m.certainty for m in first] == [pv.Certainty.UNCONFIRMED]
    assert [m.certainty for m in data.covering("93", horizon=50)] == [pv.Certainty.INFERRED]
    answers = [data.covering("13", horizon=horizon) for horizon in range(5000)]
    assert len(data._answers) <= 4096
    assert data.covering("13", horizon=0) == answers[0] == fresh.covering("13", horizon=0)
    assert data.covering("93", on=2012, horizon=1) == fresh.covering("93", on=2012, horizon=1)
