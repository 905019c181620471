"""Nothing a caller passes breaks the library or changes what the next caller sees."""

from __future__ import annotations

import ast
import contextlib
import datetime
import io
import json
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import politique_ville as pv
from politique_ville import loading
from politique_ville.dates import as_date

anything = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.sampled_from([10**5000, -(10**5000), 2**64, 10**4300]),  # ints with no decimal str on 3.11+
    st.floats(allow_nan=True),
    st.text(),
    st.text(alphabet=st.characters(codec="utf-8")),
    st.text(alphabet=st.characters(categories=["Cc", "Cf", "Zs", "Mn"])),
    st.binary(max_size=20),
    st.dates(),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
    st.sampled_from(["93", "2A", "FR-ARA", "Corse", "cr-dsu", "1993", "2012-05-31", "État", "gip"]),
    st.sampled_from(list(pv.Mission) + list(pv.Funder) + list(pv.Basis) + list(pv.TerritoryKind)),
)

PUBLIC_CALLS: dict[str, Callable[..., Any]] = {
    "centre": lambda a, b: pv.centre(a),
    "territory": lambda a, b: pv.territory(a, kind=b),
    "by_territory": lambda a, b: pv.by_territory(a, on=b),
    "covering": lambda a, b: pv.covering(a, on=b),
    "by_founding_year": lambda a, b: pv.by_founding_year(a, since=b),
    "by_founding_year range": lambda a, b: pv.by_founding_year(since=a, until=b),
    "by_mission": lambda a, b: pv.by_mission(a, basis=b),
    "by_funder": lambda a, b: pv.by_funder(a, basis=b),
    "missions_of": lambda a, b: pv.missions_of(a),
    "funders_of": lambda a, b: pv.funders_of(a),
    "source": lambda a, b: pv.source(a),
    "PartialDate.parse": lambda a, b: pv.PartialDate.parse(a),
    "Mission.parse": lambda a, b: pv.Mission.parse(a),
    "coverage_map": lambda a, b: pv.coverage_map(a),
    "Period.contains": lambda a, b: pv.Period(start=pv.PartialDate(year=2000)).contains(a),
    "Territory.exists_on": lambda a, b: pv.territory("reg-82", kind=b).exists_on(a),
    "name_on": lambda a, b: pv.name_on("cr-dsu", a),
    "as_date": lambda a, b: as_date(a),
}


@pytest.mark.parametrize("name", list(PUBLIC_CALLS))
@given(first=anything, second=anything)
@settings(max_examples=150)
def test_public_functions_raise_only_documented_errors(name: str, first: Any, second: Any) -> None:
    try:
        PUBLIC_CALLS[name](first, second)
    except pv.Error as error:
        assert str(error)
        assert isinstance(error, (LookupError, ValueError, TypeError))


@pytest.mark.parametrize(
    ("method", "record"),
    [
        ("contains", lambda: pv.Period(start=pv.PartialDate(year=2000))),
        ("exists_on", lambda: pv.territory("reg-82", kind="region")),
    ],
)
def test_record_methods_take_the_date_forms_of_the_queries(method: str, record: Callable[[], Any]) -> None:
    call = getattr(record(), method)
    answers = {repr(call(when)) for when in (2012, "2012-05", datetime.date(2012, 5, 1), pv.PartialDate(year=2012))}
    assert len(answers) <= 2  # a year and a day may differ; none raises


@pytest.mark.parametrize("value", [10**5000, -(10**5000)], ids=["huge", "huge negative"])
def test_huge_integers_raise_documented_errors(value: int) -> None:
    for call in (
        lambda: pv.territory(value),
        lambda: pv.by_founding_year(value),
        lambda: pv.by_founding_year(since=value, until=1),
        lambda: pv.by_territory("93", on=value),
        lambda: pv.PartialDate(year=value),
        lambda: pv.source(value),  # type: ignore[arg-type]
    ):
        try:
            call()
        except pv.Error as error:  # anything else fails the test
            assert len(str(error)) < 300


@pytest.mark.parametrize("name", ["centre", "territory", "by_territory", "by_mission", "source"])
def test_a_one_megabyte_lookup_answers_quickly(name: str) -> None:
    huge = "Profession Banlieue " * 52_429
    started = time.perf_counter()
    with pytest.raises(pv.UnknownNameError) as caught:
        PUBLIC_CALLS[name](huge, None)
    assert time.perf_counter() - started < 1.0  # a hang guard, not a benchmark
    assert len(str(caught.value)) < 300


@pytest.mark.parametrize(
    ("call", "error", "builtin"),
    [
        (lambda: pv.centre("nowhere"), pv.UnknownCentreError, LookupError),
        (lambda: pv.territory("nowhere"), pv.UnknownTerritoryError, LookupError),
        (lambda: pv.source("nowhere"), pv.UnknownSourceError, LookupError),
        (lambda: pv.by_mission("nothing"), pv.UnknownChoiceError, LookupError),
        (lambda: pv.by_territory("93", on="2012-13"), pv.InvalidValueError, ValueError),
        (lambda: pv.by_founding_year(since=2000, until=1990), pv.InvalidValueError, ValueError),
        (lambda: pv.by_territory("93", on=1.5), pv.InvalidTypeError, TypeError),  # type: ignore[arg-type]
        (lambda: pv.centre(42), pv.InvalidTypeError, TypeError),  # type: ignore[arg-type]
        (lambda: pv.load(42), pv.InvalidTypeError, TypeError),  # type: ignore[arg-type]
    ],
)
def test_exception_hierarchy(call: Callable[[], object], error: type[Exception], builtin: type[Exception]) -> None:
    with pytest.raises(error) as caught:
        call()
    assert isinstance(caught.value, pv.Error) and isinstance(caught.value, builtin)


# -- damaged data ------------------------------------------------------------------------------


@pytest.fixture
def data_copy(bundle_copy: Path) -> Path:
    return bundle_copy


def edit(folder: Path, name: str, change: Callable[[Any], Any]) -> None:
    path = folder / name
    data = json.loads(path.read_text(encoding="utf-8"))
    result = change(data)
    path.write_text(json.dumps(data if result is None else result, ensure_ascii=False), encoding="utf-8")


def centre_by_id(data: list[dict[str, Any]], centre_id: str) -> dict[str, Any]:
    return next(c for c in data if c["id"] == centre_id)


DAMAGES: dict[str, tuple[str, Callable[[Any], Any], str]] = {
    "malformed JSON": ("centres.json", lambda d: "{not json", "malformed JSON"),
    "wrong type": ("centres.json", lambda d: centre_by_id(d, "cr-dsu").update(founded="1993"), "].founded"),
    "missing field": ("centres.json", lambda d: centre_by_id(d, "cr-dsu").pop("names"), "required field missing @ $["),
    "unknown field": ("centres.json", lambda d: centre_by_id(d, "cr-dsu").update(colour="red"), "colour"),
    "duplicate id": ("centres.json", lambda d: d.append(dict(d[0])), "is used 2 times"),
    "dangling territory": (
        "centres.json",
        lambda d: centre_by_id(d, "cr-dsu")["coverage"][0].update(territory="dep-00"),
        "unknown territory 'dep-00'",
    ),
    "dangling source": (
        "network.json",
        lambda d: d["foundings"][0].update(sources=["nobody"]),
        "unknown source 'nobody'",
    ),
    "fact without a source": (
        "question_de_ville.json",
        lambda d: d["foundings"][0].update(sources=[]),
        "a fact without a source",
    ),
    "impossible date": (
        "centres.json",
        lambda d: centre_by_id(d, "cr-dsu")["foundings"][0].update(value="1993-02-30"),
        "].foundings[0].value",
    ),
    "period ending before it starts": (
        "centres.json",
        lambda d: centre_by_id(d, "cr-dsu")["coverage"][0].update(period={"start": "2010", "end": "2001"}),
        "ends (2001) before it starts (2010)",
    ),
    "unknown enum value": (
        "centres.json",
        lambda d: centre_by_id(d, "cr-dsu").update(legal_form="cooperative"),
        "legal_form",
    ),
    "missing file": ("frameworks.json", lambda d: None, "frameworks.json: missing"),
}


@pytest.mark.parametrize("damage", list(DAMAGES))
def test_damaged_data_raises_one_data_error_naming_file_path_and_problem(data_copy: Path, damage: str) -> None:
    name, change, expected = DAMAGES[damage]
    if damage == "missing file":
        (data_copy / name).unlink()
    elif damage == "malformed JSON":
        (data_copy / name).write_text("{not json", encoding="utf-8")
    else:
        edit(data_copy, name, change)
    before = pv.load()
    with pytest.raises(pv.DataError) as caught:
        pv.load(data_copy)
    message = str(caught.value)
    assert name in message and expected in message, message
    assert pv.load() is before and len(pv.centres()) == len(before.centres())
    assert pv.centre("cr-dsu").founded == 1993


def test_every_problem_is_reported_at_once(data_copy: Path) -> None:
    def two_problems(d: Any) -> None:
        centre_by_id(d, "cr-dsu").update(founded="1993")
        centre_by_id(d, "oriv").update(status="sleeping")

    edit(data_copy, "centres.json", two_problems)
    with pytest.raises(pv.DataError) as caught:
        pv.load(data_copy)
    assert len(caught.value.problems) == 2


def test_good_data_in_a_folder_loads_as_a_new_dataset(data_copy: Path) -> None:
    edit(data_copy, "centres.json", lambda d: centre_by_id(d, "cr-dsu").update(website="www.crdsu.org"))
    mine = pv.load(data_copy)
    assert mine is not pv.load() and [c.id for c in mine.centres()] == [c.id for c in pv.centres()]


def test_not_a_folder(tmp_path: Path) -> None:
    with pytest.raises(pv.DataError, match="not a folder"):
        pv.load(tmp_path / "nothing-here")


# -- immutability ------------------------------------------------------------------------------


def all_records() -> list[Any]:
    found: list[Any] = []

    def walk(value: Any) -> None:
        if attrs.has(type(value)):
            found.append(value)
            for field in attrs.fields(type(value)):
                walk(getattr(value, field.name))
        elif isinstance(value, tuple):
            for item in value:
                walk(item)

    walk((pv.centres(), pv.network(), pv.question_de_ville(), pv.frameworks(), pv.sources(), pv.territories()))
    return found


def test_no_attribute_or_container_can_be_changed() -> None:
    records = all_records()
    assert len(records) > 500
    for record in records:
        for field in attrs.fields(type(record)):
            value = getattr(record, field.name)
            with pytest.raises(attrs.exceptions.FrozenInstanceError):
                setattr(record, field.name, value)
            assert not isinstance(value, (list, dict, set, bytearray)), (type(record).__name__, field.name)
        with pytest.raises((AttributeError, TypeError)):
            record.extra = 1


def test_vocabulary_members_are_read_only() -> None:
    with pytest.raises(AttributeError):
        pv.Mission.INFORMATION.label = "changed"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        pv.Status.ACTIVE.extra = 1
    assert pv.Mission.INFORMATION.label == "service d'information documentaire"


def test_the_dataset_exposes_nothing_mutable() -> None:
    data = pv.load()
    with pytest.raises(AttributeError):
        data.extra = 1  # type: ignore[attr-defined]
    for result in (data.centres(), data.territories(), data.sources(), data.frameworks(), data.by_territory("93")):
        assert isinstance(result, tuple)


# -- concurrency -------------------------------------------------------------------------------


@pytest.mark.parametrize("attempt", range(5))
def test_first_use_from_32_threads_loads_exactly_once(monkeypatch: pytest.MonkeyPatch, attempt: int) -> None:
    calls = []
    real = loading._read_bundled

    def counting() -> pv.Dataset:
        calls.append(threading.get_ident())
        time.sleep(0.01)  # widen the window in which a second load could start
        return real()

    monkeypatch.setattr(loading, "_read_bundled", counting)
    monkeypatch.setattr(loading, "_bundled", None)
    barrier = threading.Barrier(32)
    seen: list[tuple[int, int, str]] = []

    def worker() -> None:
        barrier.wait()
        data = loading.bundled()
        seen.append((id(data), len(data.centres()), data.network().name))

    threads = [threading.Thread(target=worker) for _ in range(32)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(calls) == 1
    assert len(set(seen)) == 1 and len(seen) == 32


def test_deferred_parts_load_once_under_contention(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(loading, "_bundled", None)
    data = loading.bundled()
    barrier = threading.Barrier(16)
    networks: list[int] = []
    sources: list[int] = []

    def worker() -> None:
        barrier.wait()
        networks.append(id(data.network()))
        sources.append(id(data.sources()))

    threads = [threading.Thread(target=worker) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(set(networks)) == 1 and len(set(sources)) == 1 and len(networks) == 16


# -- safety ------------------------------------------------------------------------------------

SOURCE_FILES = sorted((Path(pv.__file__).parent).glob("*.py"))


@pytest.mark.parametrize("path", SOURCE_FILES, ids=lambda p: p.name)
def test_no_pickle_eval_exec_or_network_in_the_package(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    imported = {
        alias.name.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names
    }
    imported |= {(node.module or "").split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert not imported & {"pickle", "marshal", "shelve", "socket", "urllib", "http", "ssl", "requests", "subprocess"}
    called = {node.func.id for node in ast.walk(tree) if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)}
    assert not called & {"eval", "exec", "compile", "__import__"}


def test_queries_open_no_socket_and_write_no_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import builtins
    import socket

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("network access attempted")

    real_open = builtins.open

    def read_only_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        assert not set(mode) & set("wax+"), f"write attempted: {file}"
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(builtins, "open", read_only_open)
    monkeypatch.setattr(loading, "_bundled", None)
    monkeypatch.chdir(tmp_path)
    pv.load()
    for call in PUBLIC_CALLS.values():
        with contextlib.suppress(pv.Error):
            call("93", datetime.date(2012, 1, 1))
    assert list(tmp_path.iterdir()) == []


# -- the command line --------------------------------------------------------------------------

cli_values = st.one_of(
    st.text(max_size=30),
    st.text(alphabet=st.characters(categories=["Cc", "Cf", "Zs", "So"]), max_size=10),
    st.sampled_from(["93", "Corse", "2012", "2012-13", "-1", "99999999999999999999", "cr-dsu", "État", "--", "-"]),
)
cli_arguments = st.one_of(
    st.tuples(
        st.just("centres"),
        st.sampled_from(
            ["--territory", "--on", "--founded", "--since", "--until", "--mission", "--funder", "--format"]
        ),
        cli_values,
    ),
    st.tuples(st.just("show"), cli_values),
    st.tuples(st.sampled_from(["export", "map"]), st.sampled_from(["--format", "--on"]), cli_values),
    st.lists(cli_values, max_size=4).map(tuple),
)


@given(arguments=cli_arguments)
@settings(max_examples=300)
def test_the_command_line_never_crashes(arguments: tuple[str, ...], tmp_path_factory: pytest.TempPathFactory) -> None:
    from politique_ville.cli import main

    argv = list(arguments)
    if argv and argv[0] in ("export", "map"):
        argv += ["--output", str(tmp_path_factory.mktemp("out") / "file")]
    if argv and argv[0] not in ("centres", "show", "export", "map"):
        argv = [a for a in argv if not a.startswith(("/", "-o", "--output"))]
    out, err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8"), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(argv)
    assert status in (0, 1, 2)
    assert "Traceback" not in err.getvalue()
    if status:
        assert err.getvalue().strip()
