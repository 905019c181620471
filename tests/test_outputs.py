"""Outputs that cannot be turned against their reader: the SVG, the CSV, files and consoles."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import attrs
import pytest

import politique_ville as pv
from politique_ville import export
from politique_ville.maps import LABEL_LENGTH, coverage_map, write_coverage_map

TIMEOUT = 120


def renamed(name: str) -> pv.Dataset:
    """The bundled data with CR-DSU renamed ``name`` (through Python, past the loader's rules)."""
    data = pv.load()
    centres = tuple(
        attrs.evolve(c, name=name, names=(attrs.evolve(c.names[0], value=name), *c.names[1:]))  # type: ignore[misc]
        if c.id == "cr-dsu"
        else c
        for c in data.centres()
    )
    parts: dict[str, Any] = {p.name: (lambda p=p: getattr(data, p.name)()) for p in pv.bundle.PARTS}
    parts["centres"] = lambda: centres
    return pv.Dataset(parts, version=data.version)


HOSTILE = "CR\x00\x07\x0b\x1b\x7f\x85\ud800\udfff\ufffe\uffff\U0001fffe<&>\"'-DSU"


def test_the_svg_is_well_formed_whatever_the_names_hold() -> None:
    svg = coverage_map(dataset=renamed(HOSTILE))
    root = ET.fromstring(svg.encode("utf-8"))  # would raise on an ill-formed document
    assert root.tag.endswith("svg")
    assert "<&>" in (root.find("{http://www.w3.org/2000/svg}desc").text or "")  # type: ignore[union-attr]


def test_a_surrogate_neither_fails_the_map_nor_truncates_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "map.svg"
    target.write_text("the previous map", encoding="utf-8")
    write_coverage_map(target, dataset=renamed("CR\ud800DSU"))
    ET.parse(target)
    assert not [p for p in tmp_path.iterdir() if p.name != "map.svg"]  # no temporary file left


def test_a_failed_write_leaves_the_existing_file_whole(tmp_path: Path) -> None:
    from politique_ville.files import write_atomically

    target = tmp_path / "out.json"
    target.write_text("before", encoding="utf-8")
    with pytest.raises(UnicodeEncodeError):
        write_atomically(target, "after \ud800")
    assert target.read_text(encoding="utf-8") == "before"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_a_written_file_keeps_its_permissions(tmp_path: Path) -> None:
    from politique_ville.files import write_atomically

    target = tmp_path / "out.txt"
    target.write_text("before", encoding="utf-8")
    target.chmod(0o640)
    write_atomically(target, "after")
    assert target.read_text(encoding="utf-8") == "after" and (target.stat().st_mode & 0o777) == 0o640


def test_a_long_name_is_cut_in_labels_and_kept_whole_in_the_description() -> None:
    long_name = "Centre " + "très long " * 2000
    plain = coverage_map(dataset=pv.load())
    svg = coverage_map(dataset=renamed(long_name))
    assert len(svg) < 2 * len(plain)  # it grew 205-fold before
    root = ET.fromstring(svg)
    desc = root.find("{http://www.w3.org/2000/svg}desc").text or ""  # type: ignore[union-attr]
    assert long_name.strip() in desc
    labels = [e.get("aria-label", "") for e in root.iter() if "Centre très long" in e.get("aria-label", "")]
    assert labels and all("…" in label and len(label) < LABEL_LENGTH + 100 for label in labels)


def test_the_csv_quotes_cr_and_lf_on_every_python() -> None:
    data = renamed('CR\rDSU\nnew row, "quoted"')
    text = export.centres_csv(data.centres(), dataset=data)
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert len(rows) == len(data.centres()) + 1
    assert any(row[1] == 'CR\rDSU\nnew row, "quoted"' for row in rows)
    assert '"CR\rDSU\nnew row, ""quoted"""' in text


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_a_formula_is_escaped_in_the_csv_only(start: str) -> None:
    value = f'{start}HYPERLINK("http://example.org")'
    data = renamed(value)
    rows = list(csv.reader(io.StringIO(export.centres_csv(data.centres(), dataset=data), newline="")))
    assert any(row[1] == "'" + value for row in rows)
    raw = list(csv.reader(io.StringIO(export.centres_csv(data.centres(), dataset=data, escape_formulas=False))))
    assert any(row[1] == value for row in raw)
    assert value in [c["name"] for c in json.loads(export.centres_json(data.centres()))]  # the JSON is unchanged
    assert data.centre("cr-dsu").name == value


def test_the_csv_of_the_bundled_data_is_what_the_csv_module_writes() -> None:
    data = pv.load()
    ours = export.centres_csv(data.centres(), dataset=data)
    assert list(csv.reader(io.StringIO(ours, newline=""))) == [
        list(row) for row in csv.reader(io.StringIO(ours, newline=""))
    ]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    for row in csv.reader(io.StringIO(ours, newline="")):
        writer.writerow(row)
    assert buffer.getvalue() == ours  # no value of the bundled data is quoted differently


# -- consoles ----------------------------------------------------------------------------------


def cli(*args: str, encoding: str | None = None, stdout: Any = subprocess.PIPE) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ}
    env.pop("PYTHONIOENCODING", None)
    if encoding is not None:
        env["PYTHONIOENCODING"] = encoding
    return subprocess.run(
        [sys.executable, "-m", "politique_ville", *args],
        stdout=stdout,
        stderr=subprocess.PIPE,
        env=env,
        timeout=TIMEOUT,
    )


COMMANDS = [(), ("show", "cr-dsu"), ("centres",), ("map", "-o", "-"), ("export", "--format", "csv"), ("--help",)]


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: " ".join(a) or "overview")
def test_output_is_utf8_whatever_the_console_encoding(encoding: str, args: tuple[str, ...]) -> None:
    done = cli(*args, encoding=encoding)
    assert (done.returncode, done.stderr) == (0, b"")
    reference = cli(*args, encoding="utf-8")
    assert done.stdout == reference.stdout and done.stdout.decode("utf-8")


@pytest.mark.skipif(sys.platform == "win32", reason="closes a POSIX file descriptor")
@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: " ".join(a) or "overview")
def test_closed_stdout_ends_with_a_status_and_at_most_one_line(args: tuple[str, ...]) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "politique_ville", *args],
        stderr=subprocess.PIPE,
        timeout=TIMEOUT,
        preexec_fn=lambda: os.close(1),
    )
    assert done.returncode in (0, 1)
    assert b"Traceback" not in done.stderr and done.stderr.count(b"\n") <= 1


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: " ".join(a) or "overview")
def test_a_closed_pipe_ends_quietly(args: tuple[str, ...]) -> None:
    read, write = os.pipe()
    os.close(read)  # the reader is gone before the first byte, as with ``| head -c 0``
    try:
        done = cli(*args, stdout=write)
    finally:
        os.close(write)
    assert done.returncode in (0, 1)
    assert b"Traceback" not in done.stderr and done.stderr.count(b"\n") <= 1


def test_export_to_a_file_replaces_it_atomically(tmp_path: Path) -> None:
    from politique_ville.cli import main

    target = tmp_path / "out.csv"
    target.write_text("before", encoding="utf-8")
    assert main(["export", "--format", "csv", "--output", str(target)]) == 0
    assert target.read_text(encoding="utf-8").startswith("centre_id,name,")
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]
