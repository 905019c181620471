"""Shared by the benchmark scripts: the data files, the report header and pyperf result files."""

from __future__ import annotations

import datetime
import importlib.metadata as md
import json
import os
import platform
import sys
from pathlib import Path
from typing import Any

import pyperf

import politique_ville

DATA = Path(politique_ville.__file__).parent / "data"


def bundle_files() -> list[str]:
    """The data files of a bundle, from its declaration ``politique_ville.bundle.PARTS``."""
    try:
        from politique_ville.bundle import PARTS
    except ImportError:  # revisions before the declaration, for before/after runs
        from politique_ville.loading import FILE_NAMES

        return list(FILE_NAMES.values())
    return [part.file for part in PARTS]


def header(title: str) -> None:
    """Print the date, the machine, the interpreter and the versions measured."""
    cpu = next((x.split(":")[1] for x in Path("/proc/cpuinfo").read_text().splitlines() if "model name" in x), "")
    names = ("politique-ville", "attrs", "cattrs", "us", "pycountry", "pyperf")
    versions = ", ".join(f"{name} {md.version(name)}" for name in names)
    direct = json.loads(md.distribution("politique-ville").read_text("direct_url.json") or "{}")
    install = "EDITABLE" if direct.get("dir_info", {}).get("editable") else "a wheel"
    print(f"## {title}\n\n- {datetime.datetime.now():%Y-%m-%d %H:%M}, Python {platform.python_version()}")
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"- {cpu.strip()}, {os.cpu_count()} cores, {platform.system()}, load average {load}")
    print(f"- {versions}; politique-ville installed as {install} ({sys.executable})\n", flush=True)


def save(path: str, results: dict[str, tuple[list[float], dict[str, Any]]]) -> None:
    """Write ``{name: (values in seconds, metadata)}`` as a pyperf file (``python -m pyperf show``)."""
    runs = [pyperf.Run([max(v, 1e-9) for v in values], metadata={"name": k, **m}) for k, (values, m) in results.items()]
    pyperf.BenchmarkSuite([pyperf.Benchmark([run]) for run in runs]).dump(path, replace=True)
