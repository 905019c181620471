"""Data folders nobody vouches for: every one is refused with a bounded DataError, never a hang,
a crash or an undocumented exception (see docs/security.md)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

import politique_ville as pv
from politique_ville import guard
from politique_ville.bundle import PARTS, read_bytes
from politique_ville.converter import converter

# A load that would hang or exhaust memory runs in a child process, so that it fails the test.
TIMEOUT = 60


@pytest.fixture
def folder(bundle_copy: Path) -> Path:
    return bundle_copy


def load_in_child(folder: Path) -> str:
    """The DataError message of ``pv.load(folder)`` run in a child process with a timeout."""
    code = (
        "import sys, politique_ville as pv\n"
        "try:\n    pv.load(sys.argv[1])\nexcept pv.DataError as error:\n    print(error)\nelse:\n    print('loaded')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(folder)], capture_output=True, text=True, timeout=TIMEOUT, check=True
    )
    return done.stdout


def problems_of(folder: Path) -> str:
    with pytest.raises(pv.DataError) as caught:
        pv.load(folder)
    return str(caught.value)


def write_json(folder: Path, name: str, value: Any) -> None:
    (folder / name).write_text(json.dumps(value, ensure_ascii=False), encoding="utf-8")


def centres(folder: Path) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = json.loads((folder / "centres.json").read_text(encoding="utf-8"))
    return found


# -- what is read ------------------------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_a_fifo_is_refused_without_waiting_for_a_writer(folder: Path) -> None:
    (folder / "centres.json").unlink()
    os.mkfifo(folder / "centres.json")
    assert "centres.json: a FIFO, not a regular file" in load_in_child(folder)


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_a_link_to_an_endless_device_is_refused_without_reading(folder: Path) -> None:
    (folder / "centres.json").unlink()
    (folder / "centres.json").symlink_to("/dev/zero")
    assert "centres.json: a symbolic link, not a regular file" in load_in_child(folder)


def test_a_link_out_of_the_folder_is_not_followed(folder: Path, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere.json"
    outside.write_bytes((folder / "sources.json").read_bytes())
    (folder / "sources.json").unlink()
    (folder / "sources.json").symlink_to(outside)
    assert "sources.json: a symbolic link" in problems_of(folder)


def test_a_link_inside_the_folder_is_refused_too(folder: Path) -> None:
    (folder / "spare.json").write_bytes((folder / "sources.json").read_bytes())
    (folder / "sources.json").unlink()
    (folder / "sources.json").symlink_to("spare.json")
    assert "sources.json: a symbolic link" in problems_of(folder)


def test_the_folder_itself_may_be_reached_through_a_link(folder: Path, tmp_path: Path) -> None:
    (tmp_path / "link").symlink_to(folder, target_is_directory=True)
    assert len(pv.load(tmp_path / "link").centres()) == len(pv.centres())


def test_a_folder_in_place_of_a_file_is_refused(folder: Path) -> None:
    (folder / "network.json").unlink()
    (folder / "network.json").mkdir()
    assert "network.json: a folder, not a regular file" in problems_of(folder)


def test_a_file_over_the_cap_is_refused_before_it_is_read(folder: Path) -> None:
    with open(folder / "centres.json", "r+b") as file:
        file.truncate(guard.MAX_FILE_BYTES + 1)  # sparse: nothing to read, and not read
    assert "centres.json: too large" in problems_of(folder)


def test_the_folder_has_a_total_cap(folder: Path) -> None:
    read = guard.Reader(str(folder), total=len((folder / "sources.json").read_bytes()) + 10)
    read("sources.json")
    with pytest.raises(guard.Refused, match=r"exceed the cap of .* bytes in all"):
        read("centres.json")


@pytest.mark.parametrize(
    "path",
    ["x" * 5000, "a/" * 3000, "with\0nul"],
    ids=["over-long name", "over-long path", "NUL byte"],
)
def test_an_unusable_path_is_a_data_error(path: str) -> None:
    with pytest.raises(pv.DataError, match="not a folder of data files") as caught:
        pv.load(path)
    assert len(str(caught.value)) < 500


def test_a_path_naming_itself_with_bytes_is_a_type_error() -> None:
    class Bytes(os.PathLike[bytes]):
        def __fspath__(self) -> bytes:
            return b"/tmp"

    with pytest.raises(pv.InvalidTypeError):
        pv.load(Bytes())  # type: ignore[arg-type]


# -- the JSON ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("network.json", []),
        ("network.json", "text"),
        ("centres.json", {}),
        ("centres.json", "abc"),
        ("sources.json", 3),
    ],
)
def test_a_part_of_the_wrong_shape_is_a_data_error(folder: Path, name: str, value: Any) -> None:
    write_json(folder, name, value)
    assert f"{name}: expected an" in problems_of(folder)


@pytest.mark.parametrize("depth", [guard.MAX_DEPTH + 1, 100_000])
def test_deep_nesting_is_a_data_error_not_a_recursion_error(folder: Path, depth: int) -> None:
    (folder / "centres.json").write_text("[" * depth + "]" * depth, encoding="utf-8")
    assert f"nested deeper than {guard.MAX_DEPTH} levels" in problems_of(folder)


def test_nesting_hidden_behind_siblings_and_strings_is_measured(folder: Path) -> None:
    deep = "[" + '[],["]]]",{"a":' * 40 + "1" + "}]" * 40 + "]"
    (folder / "centres.json").write_text(deep, encoding="utf-8")
    assert "nested deeper than" in problems_of(folder)
    shallow = '["[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\\\\", "\\"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["]'
    (folder / "centres.json").write_text(shallow, encoding="utf-8")
    assert "nested deeper" not in problems_of(folder)  # the brackets are all inside strings


def test_an_integer_of_5000_digits_names_the_file(folder: Path) -> None:
    (folder / "centres.json").write_text("[" + "9" * 5000 + "]", encoding="utf-8")
    assert "centres.json: a number literal of over 4,300 digits" in problems_of(folder)


def test_an_integer_over_the_cap_names_its_path(folder: Path) -> None:
    data = centres(folder)
    data[0]["founded"] = 10**20
    write_json(folder, "centres.json", data)
    assert "centres.json: an integer of 21 digits, over the cap of 15 @ $[0].founded" in problems_of(folder)


def test_duplicate_keys_are_an_error(folder: Path) -> None:
    text = (folder / "network.json").read_text(encoding="utf-8")
    (folder / "network.json").write_text('{"name": "Twice",' + text.lstrip()[1:], encoding="utf-8")
    assert "network.json: duplicate keys: 'name' @ $" in problems_of(folder)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("CR\x07DSU", "the forbidden character U+0007"),
        ("CR\x85DSU", "the forbidden character U+0085"),
        ("CR\ufffeDSU", "the forbidden character U+FFFE"),
        ("CR\U0010ffffDSU", "the forbidden character U+10FFFF"),
        ("CR\rDSU", "the forbidden character U+000D"),
        ("CR\nDSU", "a newline"),
        ("x" * (guard.MAX_STRING_LENGTH + 1), "over the cap of 10,000"),
    ],
)
def test_text_rules_hold_in_a_name(folder: Path, value: str, expected: str) -> None:
    data = centres(folder)
    data[0]["name"] = value
    write_json(folder, "centres.json", data)
    assert f"{expected}" in problems_of(folder)


def test_a_lone_surrogate_is_refused(folder: Path) -> None:
    text = (folder / "centres.json").read_text(encoding="utf-8")
    (folder / "centres.json").write_text(text.replace('"name": "', '"name": "\\ud800', 1), encoding="utf-8")
    assert "the forbidden character U+D800" in problems_of(folder)


def test_prose_fields_may_hold_newlines_and_tabs(folder: Path) -> None:
    data = centres(folder)
    data[0]["names"][0]["note"] = "first line\n\tsecond line"
    write_json(folder, "centres.json", data)
    assert pv.load(folder).centre(data[0]["id"]).names[0].note == "first line\n\tsecond line"


@pytest.mark.parametrize("date", ["１９９３", "1993\n", "199３", "1993-0١"])
def test_partial_dates_are_ascii_digits_only(folder: Path, date: str) -> None:
    with pytest.raises(pv.InvalidValueError):
        pv.PartialDate.parse(date)
    data = centres(folder)
    data[0]["foundings"][0]["value"] = date
    write_json(folder, "centres.json", data)
    assert "not a partial date" in problems_of(folder)


def test_the_checked_path_builds_what_the_converter_builds() -> None:
    for part in PARTS:
        raw = json.loads(read_bytes(part.file))
        problems = guard.Problems()
        assert guard.check(raw, part.kind, part.file, problems) == converter.structure(raw, part.kind)
        assert not problems.listed


# -- bounded errors ----------------------------------------------------------------------------


def test_many_problems_give_a_bounded_message(folder: Path) -> None:
    (folder / "centres.json").write_text("[" + ",".join(["0"] * 50_000) + "]", encoding="utf-8")
    with pytest.raises(pv.DataError) as caught:
        pv.load(folder)
    error = caught.value
    assert len(error.problems) == guard.MAX_PROBLEMS and error.more is None
    assert "and more: the check stops after 50 problems" in str(error)
    assert len(str(error)) < 20_000


def test_a_huge_value_is_cut_in_messages(folder: Path) -> None:
    data = centres(folder)
    data[0]["coverage"][0]["territory"] = "dep-" + "9" * 9000
    write_json(folder, "centres.json", data)
    message = problems_of(folder)
    assert "…" in message and len(message) < 2_000


def test_counted_problems_beyond_the_list() -> None:
    error = pv.DataError("here", [f"problem {i}" for i in range(50)], more=7)
    assert "57 problem(s)" in str(error) and "and 7 more problem(s)" in str(error)


def measure(folder: Path, size: int) -> tuple[float, int, int]:
    """Seconds, peak bytes allocated and message length of loading a centres.json of ``size``
    bytes of zeros (the time measured apart, since tracing allocations slows them down)."""
    (folder / "centres.json").write_text("[" + ",".join(["0"] * (size // 2)) + "]", encoding="utf-8")
    started = time.perf_counter()
    with pytest.raises(pv.DataError) as caught:
        pv.load(folder)
    seconds = time.perf_counter() - started
    tracemalloc.start()
    with pytest.raises(pv.DataError):
        pv.load(folder)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return seconds, peak, len(str(caught.value))


def test_rejecting_a_big_bad_file_costs_time_and_memory_in_proportion(folder: Path) -> None:
    # Before the guards, 100 KB took 2.8 s (28 s/MB), 2,300 bytes of memory per byte and gave a
    # 5.4 MB message. Generous ceilings: a hang guard, not a benchmark.
    size = 2_000_000
    seconds, peak, message = measure(folder, size)
    assert seconds / (size / 1e6) < 5.0
    assert peak / size < 50
    assert message < 20_000


# -- linear indexes ----------------------------------------------------------------------------


def namesakes(count: int) -> pv.Dataset:
    """The bundled data plus ``count`` copies of CR-DSU that all go by one name."""
    import attrs

    data = pv.load()
    model = data.centre("cr-dsu")
    claim = attrs.evolve(model.names[0], value="Homonyme")  # type: ignore[misc]
    copies = tuple(
        attrs.evolve(model, id=f"homonyme-{i:05d}", name="Homonyme", names=(claim,), acronym=None, acronyms=())  # type: ignore[misc]
        for i in range(count)
    )
    parts: dict[str, Any] = {p.name: (lambda p=p: getattr(data, p.name)()) for p in PARTS}
    parts["centres"] = lambda: (*data.centres(), *copies)
    return pv.Dataset(parts)


def first_lookup(count: int) -> tuple[float, str]:
    data = namesakes(count)
    started = time.perf_counter()
    with pytest.raises(pv.UnknownCentreError) as caught:
        data.centre("Homonyme")
    return time.perf_counter() - started, str(caught.value)


def test_a_thousand_namesakes_cost_a_linear_first_lookup() -> None:
    first_lookup(10)  # warm up what every lookup shares
    small, _ = first_lookup(200)
    large, message = first_lookup(2000)
    assert large < 5.0 and large / max(small, 1e-3) < 40  # ten times the centres: linear is ~10
    assert "several centres" in message and len(message) < 1_000


def test_the_depth_scan_agrees_with_the_decoder() -> None:
    import random

    def nested(depth: int, rng: random.Random) -> str:
        if depth == 0:
            return '"[{"' if rng.random() < 0.3 else "1"
        siblings = ["[]" if rng.random() < 0.5 else nested(rng.randrange(depth), rng) for _ in range(rng.randrange(3))]
        return "[" + ",".join([*siblings, nested(depth - 1, rng)]) + "]"

    def depth_of(value: Any) -> int:
        return 1 + max((depth_of(v) for v in value), default=0) if isinstance(value, list) else 0

    rng = random.Random(17)
    for _ in range(200):
        text = nested(rng.randrange(1, 12), rng).encode()
        depth = depth_of(json.loads(text))
        for limit in range(14):
            assert guard._too_deep(text, limit) == (depth > limit), (text, limit)
