#!/usr/bin/env python3
"""Benchmarks of politique-ville against other Python data packages, and its behaviour at scale.

Run from the repository root:

    python benchmarks/run.py              # full run (a few minutes)
    python benchmarks/run.py --quick      # short smoke run
    python benchmarks/run.py --json out.json

Standard library only. Every measured process runs in a dedicated virtual environment,
``benchmarks/.venv`` (created or refreshed on each run), holding this package installed from
the repository as a wheel (``pip install .``) and the packages it is compared with (``us``,
``pycountry``); ``benchmarks/.venv-editable`` holds an editable install, reported beside it.
See benchmarks/README.md for what is measured and how to read the report.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import io
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import textwrap
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
BENCH = REPO / "benchmarks"
VENV = BENCH / ".venv"
VENV_EDITABLE = BENCH / ".venv-editable"
PYCACHE_EDITABLE = BENCH / ".pycache-editable"
PEERS = ("us", "pycountry")
STAMP = "politique-ville-bench.stamp"
RESULT_MARK = "@@RESULT@@"

# The files of a data bundle (read from politique_ville.loading when it lists them).
DATA_FILES = (
    "sources.json",
    "centres.json",
    "network.json",
    "question_de_ville.json",
    "frameworks.json",
    "territories.json",
)

# The performance targets. Ratios are of median wall times of whole processes.
TARGET_VS_US = 1.0  # first answer strictly below us
STRETCH_VS_US = 0.8
TARGET_VS_PYCOUNTRY = 0.7
TARGET_IMPORT_VS_ATTRS = 1.2
TARGET_WARM_US = 5.0  # µs per indexed warm query
GROWTH_FLAG = 3.0  # a query growing more than this from the smallest to the largest size is flagged
LINEAR_LOAD_LIMIT = 1.5  # per-record load time, largest over smallest size

# Synthetic data: a probe department and a probe year covered by exactly PROBE_COUNT centres at
# every size, so that "constant answer size" queries exist; the other centres spread evenly.
PROBE_DEPARTMENT = "dep-48"  # Lozère
PROBE_CODE = "48"
PROBE_YEAR = 1950
PROBE_COUNT = 5
TYPICAL_DEPARTMENT = "93"
TYPICAL_YEAR = 1995
SYNTH_MISSPELT = "Centre de resources politique de la vile"
BUNDLED_MISSPELT = "Profesion Banlieu"

FIRST_ANSWER = "import politique_ville as pv; pv.by_territory('93')"


# --------------------------------------------------------------------------------------------
# small helpers


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def clean_env(python: Path | str | None = None) -> dict[str, str]:
    """The environment of every measured process: no PYTHON* variable may change the interpreter.

    The editable environment keeps its bytecode cache under benchmarks/ (PYTHONPYCACHEPREFIX),
    so that the benchmark writes nothing into src/.
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON") and k != "VIRTUAL_ENV"}
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    if python is not None and Path(python).is_relative_to(VENV_EDITABLE):
        env["PYTHONPYCACHEPREFIX"] = str(PYCACHE_EDITABLE)
    return env


def run_child(python: Path, code: str, *args: str, cwd: Path, flags: Sequence[str] = ()) -> Any:
    """Run ``code`` in ``python``; return the JSON it prints after RESULT_MARK."""
    proc = subprocess.run(
        [str(python), *flags, "-c", code, *args],
        cwd=cwd,
        env=clean_env(python),
        capture_output=True,
        text=True,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"child process failed ({proc.returncode}):\n{proc.stderr[-4000:]}")
    for line in reversed(proc.stdout.splitlines()):
        if line.startswith(RESULT_MARK):
            return json.loads(line[len(RESULT_MARK) :])
    raise RuntimeError(f"child process printed no result:\n{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}")


def pct(values: Sequence[float], q: int) -> float:
    """The q-th percentile (10, 50, 90) of values, inclusive method."""
    if len(values) == 1:
        return values[0]
    if q == 50:
        return statistics.median(values)
    cuts = statistics.quantiles(values, n=10, method="inclusive")
    return cuts[q // 10 - 1]


def fmt(value: float | None, digits: int = 1) -> str:
    if value is None:
        return "–"
    if value != 0 and abs(value) < 10 ** (-digits):
        return f"{value:.2g}"
    return f"{value:,.{digits}f}"


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


# --------------------------------------------------------------------------------------------
# environment: the benchmark virtual environments


def source_fingerprint() -> str:
    """A hash of what a wheel of the repository is built from."""
    digest = hashlib.sha256()
    paths = [REPO / "pyproject.toml", REPO / "README.md"]
    paths += sorted(p for p in (REPO / "src").rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    for path in paths:
        if path.exists():
            digest.update(str(path.relative_to(REPO)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def venv_matches_interpreter(venv: Path) -> bool:
    cfg = venv / "pyvenv.cfg"
    if not venv_python(venv).exists() or not cfg.exists():
        return False
    wanted = ".".join(map(str, sys.version_info[:3]))
    for line in cfg.read_text().splitlines():
        key, _, value = line.partition("=")
        if key.strip() in ("version", "version_info") and value.strip().startswith(wanted):
            return True
    return False


def pip(python: Path, *args: str) -> None:
    cmd = [str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check", *args]
    proc = subprocess.run(cmd, cwd=REPO, env=clean_env(), capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed:\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}")


def ensure_venv(venv: Path, *, editable: bool, source: Path, fingerprint: str) -> Path:
    """Create or refresh a benchmark environment; return its interpreter.

    The wheel environment is reinstalled whenever the measured sources change (``fingerprint``),
    the editable one only when pyproject.toml changes.
    """
    python = venv_python(venv)
    if not venv_matches_interpreter(venv):
        log(f"creating {venv.relative_to(REPO)} with {sys.executable} (Python {platform.python_version()})")
        if venv.exists():
            shutil.rmtree(venv)
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    stamp_file = venv / STAMP
    old = json.loads(stamp_file.read_text()) if stamp_file.exists() else {}
    pyproject = hashlib.sha256((source / "pyproject.toml").read_bytes()).hexdigest()[:16]
    current = {"pyproject": pyproject, "source": None if editable else fingerprint}
    installed = False
    if old.get("pyproject") != pyproject:
        what = "this package (editable)" if editable else f"this package and {', '.join(PEERS)}"
        log(f"installing into {venv.relative_to(REPO)}: {what}")
        pip(python, *(("-e", str(source)) if editable else (str(source), *PEERS)))
        installed = True
    if not editable and (installed or old.get("source") != fingerprint):
        log(f"installing this package into {venv.relative_to(REPO)} as a wheel, from sources {fingerprint}")
        pip(python, "--force-reinstall", "--no-deps", str(source))
    stamp_file.write_text(json.dumps(current))
    return python


def export_ref(ref: str, target: Path) -> tuple[Path, str]:
    """The tree of a git revision, exported to ``target`` (read-only use of the repository)."""
    git = ["git", "-C", str(REPO)]
    tree = subprocess.run([*git, "rev-parse", f"{ref}^{{tree}}"], capture_output=True, text=True, check=True)
    archive = subprocess.run([*git, "archive", "--format=tar", ref], capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        if hasattr(tarfile, "data_filter"):
            tar.extractall(target, filter="data")
        else:  # Pythons without extraction filters; the archive is this repository's own
            tar.extractall(target)
    return target, "git-tree-" + tree.stdout.strip()[:12]


ENV_PROBE = textwrap.dedent(
    """
    import importlib.metadata as md, importlib.util, json, sys, os
    spec = importlib.util.find_spec("politique_ville")
    package_dir = list(spec.submodule_search_locations)[0]
    files = None
    try:
        import politique_ville.loading as loading
        if hasattr(loading, "FILE_NAMES"):
            files = list(loading.FILE_NAMES.values())
        elif hasattr(loading, "FILES"):
            files = [name for name, _ in loading.FILES.values()]
    except Exception:
        pass
    versions = {}
    for name in ("politique-ville", "attrs", "cattrs", "importlib-resources", "us", "pycountry"):
        try:
            versions[name] = md.version(name)
        except md.PackageNotFoundError:
            versions[name] = None
    direct = None
    try:
        direct = md.distribution("politique-ville").read_text("direct_url.json")
    except Exception:
        pass
    editable = bool(direct and json.loads(direct).get("dir_info", {}).get("editable"))
    print("@@RESULT@@" + json.dumps({"package_dir": package_dir, "files": files, "versions": versions,
          "editable": editable, "python": sys.version.split()[0], "executable": sys.executable}))
    """
)


def machine_facts() -> dict[str, Any]:
    cpu = None
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem_gib = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem_gib = round(int(line.split()[1]) / 2**20, 1)
    except OSError:
        pass
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    commit = dirty = None
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True, check=True
        ).stdout.strip()
        dirty = bool(
            subprocess.run(
                ["git", "status", "--porcelain", "--", "src", "pyproject.toml"],
                cwd=REPO,
                capture_output=True,
                text=True,
                check=True,
            ).stdout.strip()
        )
    except (OSError, subprocess.CalledProcessError):
        pass
    return {
        "date": datetime.datetime.now().isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "cpu_model": cpu,
        "cpu_count": os.cpu_count(),
        "cpus_usable": usable,
        "memory_gib": mem_gib,
        "load_average_at_start": os.getloadavg() if hasattr(os, "getloadavg") else None,
        "git_commit": commit,
        "src_uncommitted_changes": dirty,
    }


# --------------------------------------------------------------------------------------------
# 1 + 2: whole processes, round-robin


def time_process(argv: list[str], env: dict[str, str], cwd: Path) -> tuple[int, float | None]:
    """Wall time (ns) of one process, and its CPU time (user + system, ms) where wait4 exists."""
    start = time.perf_counter_ns()
    proc = subprocess.Popen(
        argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=cwd
    )
    if hasattr(os, "wait4"):
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter_ns() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        cpu = (usage.ru_utime + usage.ru_stime) * 1000
    else:
        proc.wait()
        elapsed = time.perf_counter_ns() - start
        cpu = None
    if proc.returncode != 0:
        raise RuntimeError(f"{argv} exited with {proc.returncode}")
    return elapsed, cpu


def contenders(pythons: dict[str, Path], data_paths: list[str]) -> list[dict[str, Any]]:
    floor = f"import attrs, json\nfor p in {data_paths!r}:\n    json.loads(open(p, encoding='utf-8').read())"
    main = pythons["wheel"]
    rows = [
        ("bare", "bare interpreter", main, "pass"),
        ("floor", "floor: import attrs, json + parse the bundled JSON", main, floor),
        ("pv", "politique_ville first answer", main, FIRST_ANSWER),
        ("us", "us first answer", main, "import us; us.states.lookup('MD')"),
        ("pycountry", "pycountry first answer", main, "import pycountry; pycountry.subdivisions.get(code='FR-93')"),
        ("import_pv", "import politique_ville", main, "import politique_ville"),
        ("import_attrs", "import attrs", main, "import attrs"),
        ("import_attrs_cattrs", "import attrs, cattrs", main, "import attrs, cattrs"),
    ]
    if "editable" in pythons:
        rows.insert(
            3, ("pv_editable", "politique_ville first answer (editable install)", pythons["editable"], FIRST_ANSWER)
        )
        rows.append(
            (
                "import_pv_editable",
                "import politique_ville (editable install)",
                pythons["editable"],
                "import politique_ville",
            )
        )
    return [{"key": k, "label": label, "python": str(py), "code": code} for k, label, py, code in rows]


SANITY = {
    "pv": "import politique_ville as pv; print([c.id for c in pv.by_territory('93')])",
    "us": "import us; print(us.states.lookup('MD'))",
    "pycountry": "import pycountry; print(pycountry.subdivisions.get(code='FR-93').name)",
}


def bench_processes(
    pythons: dict[str, Path], data_paths: list[str], runs: int, warmup: int, workdir: Path
) -> dict[str, Any]:
    items = contenders(pythons, data_paths)
    answers = {}
    for key, code in SANITY.items():
        proc = subprocess.run(
            [str(pythons["wheel"]), "-c", code],
            env=clean_env(pythons["wheel"]),
            cwd=workdir,
            capture_output=True,
            text=True,
        )
        if proc.returncode != 0:
            raise RuntimeError(f"{key} does not answer:\n{proc.stderr[-3000:]}")
        answers[key] = proc.stdout.strip()
    for item in items:  # fails loudly before the long loop; also compiles any missing .pyc
        time_process([item["python"], "-c", item["code"]], clean_env(item["python"]), workdir)
    rng = random.Random(20240607)
    wall: dict[str, list[float]] = {it["key"]: [] for it in items}
    cpu: dict[str, list[float]] = {it["key"]: [] for it in items}
    rounds = warmup + runs
    log(f"whole processes: {len(items)} contenders x {rounds} rounds (first {warmup} discarded), round-robin")
    for r in range(rounds):
        order = items[:]
        rng.shuffle(order)
        for item in order:
            ns, cpu_ms = time_process([item["python"], "-c", item["code"]], clean_env(item["python"]), workdir)
            if r >= warmup:
                wall[item["key"]].append(ns / 1e6)
                if cpu_ms is not None:
                    cpu[item["key"]].append(cpu_ms)
    stats = {}
    for item in items:
        w = wall[item["key"]]
        stats[item["key"]] = {
            "label": item["label"],
            "code": item["code"],
            "python": item["python"],
            "runs": len(w),
            "median_ms": statistics.median(w),
            "p10_ms": pct(w, 10),
            "p90_ms": pct(w, 90),
            "min_ms": min(w),
            "cpu_median_ms": statistics.median(cpu[item["key"]]) if cpu[item["key"]] else None,
            "samples_ms": w,
        }
    return {"contenders": stats, "answers": answers, "runs": runs, "warmup": warmup}


def ratio_entry(stats: dict[str, Any], num: str, den: str) -> dict[str, Any] | None:
    if num not in stats or den not in stats:
        return None
    a, b = stats[num]["samples_ms"], stats[den]["samples_ms"]
    per_round = sorted(x / y for x, y in zip(a, b, strict=True))  # same round: paired samples
    bare = stats["bare"]["median_ms"]
    return {
        "ratio": stats[num]["median_ms"] / stats[den]["median_ms"],
        "paired_median": statistics.median(per_round),
        "paired_p10": pct(per_round, 10),
        "paired_p90": pct(per_round, 90),
        "net_ratio": (stats[num]["median_ms"] - bare) / max(stats[den]["median_ms"] - bare, 1e-9),
        "min_ratio": stats[num]["min_ms"] / stats[den]["min_ms"],
        "cpu_ratio": (stats[num]["cpu_median_ms"] / stats[den]["cpu_median_ms"])
        if stats[num]["cpu_median_ms"] and stats[den]["cpu_median_ms"]
        else None,
    }


def ratios(stats: dict[str, Any]) -> list[dict[str, Any]]:
    specs: list[tuple[str, str, str | None, Callable[[float], bool] | None]] = [
        ("pv", "us", f"< {TARGET_VS_US}", lambda r: r < TARGET_VS_US),
        ("pv", "us", f"≤ {STRETCH_VS_US} (stretch)", lambda r: r <= STRETCH_VS_US),
        ("pv", "pycountry", f"≤ {TARGET_VS_PYCOUNTRY}", lambda r: r <= TARGET_VS_PYCOUNTRY),
        ("import_pv", "import_attrs", f"≤ {TARGET_IMPORT_VS_ATTRS}", lambda r: r <= TARGET_IMPORT_VS_ATTRS),
        ("pv", "floor", None, None),
        ("import_pv", "import_attrs_cattrs", None, None),
        ("pv_editable", "pv", None, None),
        ("import_pv_editable", "import_pv", None, None),
    ]
    out = []
    for num, den, target, check in specs:
        entry = ratio_entry(stats, num, den)
        if entry is None:
            continue
        entry.update(
            {
                "numerator": num,
                "denominator": den,
                "target": target,
                "verdict": None if check is None else verdict(check(entry["ratio"])),
            }
        )
        out.append(entry)
    return out


IMPORT_CHECK = textwrap.dedent(
    """
    import sys
    opened = []
    def _hook(event, args):
        if event == "open" and isinstance(args[0], (str, bytes)):
            path = args[0].decode() if isinstance(args[0], bytes) else args[0]
            if not path.endswith((".py", ".pyc")):
                opened.append(path)
    sys.addaudithook(_hook)
    import politique_ville
    seen = sorted(sys.modules)
    loading = sys.modules.get("politique_ville.loading")
    state = "politique_ville.loading not imported" if loading is None else "no _bundled attribute"
    if loading is not None and hasattr(loading, "_bundled"):
        state = "None" if loading._bundled is None else "set"
    import json
    print("@@RESULT@@" + json.dumps({"modules": seen, "opened": list(opened), "bundled": state}))
    """
)

WATCHED_MODULES = (
    "json",
    "cattrs",
    "importlib_resources",
    "politique_ville.converter",
    "politique_ville.integrity",
    "pathlib",
    "difflib",
    "unicodedata",
    "typing",
)


def import_check(python: Path, workdir: Path) -> dict[str, Any]:
    """What `import politique_ville` brings in, and whether it touches the data."""
    res = run_child(python, IMPORT_CHECK, cwd=workdir)
    base = run_child(python, IMPORT_CHECK.replace("import politique_ville\n", "import attrs\n", 1), cwd=workdir)
    mods, base_mods = set(res["modules"]), set(base["modules"])

    def present(name: str, pool: set[str]) -> bool:
        return name in pool or any(m.startswith(name + ".") for m in pool)

    watched = {
        name: {"after_import_politique_ville": present(name, mods), "after_import_attrs": present(name, base_mods)}
        for name in WATCHED_MODULES
    }
    data_opened = [p for p in res["opened"] if "politique_ville" in p or p.endswith(".json")]
    return {
        "bundled_after_import": res["bundled"],
        "data_files_opened": data_opened,
        "modules_total": len(mods),
        "modules_attrs_baseline": len(base_mods),
        "extra_modules": len(mods - base_mods),
        "watched": watched,
        "no_data_work": not data_opened
        and res["bundled"] != "set"
        and not any(
            watched[name]["after_import_politique_ville"] and not watched[name]["after_import_attrs"]
            for name in ("cattrs", "politique_ville.converter")
        ),
        "json_imported": watched["json"]["after_import_politique_ville"] and not watched["json"]["after_import_attrs"],
    }


# --------------------------------------------------------------------------------------------
# 3: in process, bundled data

COLD_CHILD = textwrap.dedent(
    """
    import time
    t0 = time.perf_counter_ns()
    import politique_ville as pv
    t1 = time.perf_counter_ns()
    pv.load()
    t2 = time.perf_counter_ns()
    answer = pv.by_territory("93")
    t3 = time.perf_counter_ns()
    import json
    print("@@RESULT@@" + json.dumps([t1 - t0, t2 - t1, t3 - t2, len(answer)]))
    """
)

TIMER_HELPERS = textwrap.dedent(
    """
    import json, sys, timeit

    def per_call(fn, repeat):
        # best of `repeat` batches, each lasting at least 0.2 s (timeit.autorange);
        # a call slower than 1 s is timed twice, once per batch
        timer = timeit.Timer(fn)
        single = timer.timeit(number=1)
        if single > 1.0:
            return min(single, timer.timeit(number=1)) * 1e6, 1
        loops, _ = timer.autorange()
        return min(timer.repeat(repeat=repeat, number=loops)) / loops * 1e6, loops

    def misspelt(find, query):
        def call():
            try:
                find(query)
            except LookupError:
                pass
        try:
            found = find(query)
            outcome = {"raised": False, "found": getattr(found, "id", str(found))}
        except LookupError as error:
            outcome = {"raised": True, "suggestions": list(getattr(error, "suggestions", []) or []),
                       "message": str(error)[:300]}
        return call, outcome
    """
)

WARM_CHILD = TIMER_HELPERS + textwrap.dedent(
    """
    import politique_ville as pv
    cfg = json.loads(sys.argv[1])
    pv.load()
    out = {}
    answer = pv.by_territory("93")
    us, loops = per_call(lambda: pv.by_territory("93"), cfg["repeat"])
    out["by_territory('93')"] = {"us": us, "loops": loops, "answer": len(answer), "indexed": True}
    pv.centre("cr-dsu")
    us, loops = per_call(lambda: pv.centre("cr-dsu"), cfg["repeat"])
    out["centre('cr-dsu')"] = {"us": us, "loops": loops, "answer": 1, "indexed": True}
    call, outcome = misspelt(pv.centre, cfg["misspelt"])
    us, loops = per_call(call, cfg["repeat"])
    key = f"centre({cfg['misspelt']!r}) (misspelt)"
    out[key] = {"us": us, "loops": loops, "answer": len(outcome.get("suggestions", [])), "outcome": outcome}
    answer = pv.by_founding_year(since=1995, until=2005)
    us, loops = per_call(lambda: pv.by_founding_year(since=1995, until=2005), cfg["repeat"])
    out["by_founding_year(since=1995, until=2005)"] = {"us": us, "loops": loops, "answer": len(answer)}
    print("@@RESULT@@" + json.dumps(out))
    """
)


def bench_in_process(python: Path, cold_runs: int, repeat: int, workdir: Path) -> dict[str, Any]:
    log(f"in process: {cold_runs} fresh processes for the cold load, then warm queries")
    cold = [run_child(python, COLD_CHILD, cwd=workdir) for _ in range(cold_runs)]
    parts = {}
    for i, name in enumerate(("import_ms", "first_load_ms", "first_query_ms")):
        values = [c[i] / 1e6 for c in cold]
        parts[name] = {"median": statistics.median(values), "p10": pct(values, 10), "p90": pct(values, 90)}
    totals = [(c[0] + c[1] + c[2]) / 1e6 for c in cold]
    parts["total_ms"] = {"median": statistics.median(totals), "p10": pct(totals, 10), "p90": pct(totals, 90)}
    warm = run_child(python, WARM_CHILD, json.dumps({"repeat": repeat, "misspelt": BUNDLED_MISSPELT}), cwd=workdir)
    return {"cold": parts, "cold_runs": cold_runs, "answer_size": cold[0][3], "warm": warm}


# --------------------------------------------------------------------------------------------
# 4: scale


def synthetic_centres(n: int, data_dir: Path, seed: int = 1) -> list[dict[str, Any]]:
    """n valid centres over real territories and sources, in the layout of centres.json."""
    territories = json.loads((data_dir / "territories.json").read_text(encoding="utf-8"))
    sources = json.loads((data_dir / "sources.json").read_text(encoding="utf-8"))
    seeds = [s["id"] for s in sources if s.get("kind") == "seed"] or [s["id"] for s in sources]
    by_id = {t["id"]: t for t in territories}
    probe_regions = {t["id"] for t in territories if PROBE_DEPARTMENT in t.get("departments", ())}
    departments = sorted(t["id"] for t in territories if t["kind"] == "department" and t["id"] != PROBE_DEPARTMENT)
    regions = sorted(
        t["id"]
        for t in territories
        if t["kind"] == "region" and t["id"] not in probe_regions and (t.get("valid") or {}).get("end") is None
    )
    prefixes = (
        "Centre de ressources politique de la ville",
        "Pôle ressources ville et développement social",
        "Observatoire des quartiers",
        "Maison de la cohésion urbaine",
        "Réseau ressources territoires",
    )
    rng = random.Random(seed * 1_000_003 + n)
    probes = set(rng.sample(range(n), min(PROBE_COUNT, n)))
    centres = []
    for i in range(n):
        source = rng.choice(seeds)
        probe = i in probes
        year = PROBE_YEAR if probe else rng.randint(1960, 2024)
        department = PROBE_DEPARTMENT if probe else rng.choice(departments)
        name = f"{rng.choice(prefixes)} {by_id[department]['name']} {i}"
        coverage = [{"territory": department, "period": {"start": str(year)}, "sources": [source]}]
        if not probe and rng.random() < 0.3:
            region = rng.choice(regions)
            start = max(year, int(((by_id[region].get("valid") or {}).get("start") or "0")[:4] or 0))
            coverage.append(
                {
                    "territory": region,
                    "period": {"start": str(start)},
                    "sources": [source],
                    "stated_as": by_id[region]["name"],
                }
            )
        centres.append(
            {
                "id": f"synth-{i:06d}",
                "name": name,
                "founded": year,
                "status": "active",
                "names": [{"value": name, "sources": [source]}],
                "foundings": [{"value": str(year), "sources": [source]}],
                "statuses": [{"value": "active", "sources": [source]}],
                "coverage": coverage,
                "sources": [source],
            }
        )
    return centres


def write_bundle(n: int, data_dir: Path, files: Sequence[str], target: Path) -> tuple[Path, dict[str, Any]]:
    """A bundle folder: the bundled files as they are, and a centres.json of n synthetic centres."""
    folder = target / f"n{n}"
    folder.mkdir(parents=True, exist_ok=True)
    for name in files:
        if name == "centres.json":
            continue
        shutil.copyfile(data_dir / name, folder / name)
    centres = synthetic_centres(n, data_dir)
    text = json.dumps(centres, ensure_ascii=False, indent=2)
    (folder / "centres.json").write_text(text, encoding="utf-8")
    probe_id = sorted(c["id"] for c in centres)[len(centres) // 2]
    probe_name = next(c["name"] for c in centres if c["id"] == probe_id)
    return folder, {"centres_json_bytes": len(text.encode()), "probe_id": probe_id, "probe_name": probe_name}


SCALE_CHILD = TIMER_HELPERS + textwrap.dedent(
    """
    import gc, os, time
    import politique_ville as pv
    cfg = json.loads(sys.argv[1])
    pv.load(cfg["reference_path"])  # one-time costs (imports, converter, code generation) are paid first
    with open(os.path.join(cfg["path"], "centres.json"), encoding="utf-8") as f:
        text = f.read()
    parse = []
    for _ in range(3):
        gc.collect()
        start = time.perf_counter()
        json.loads(text)
        parse.append(time.perf_counter() - start)
    del text
    gc_time = [0.0]
    gc_start = [0.0]

    def _gc_timer(phase, info):
        if phase == "start":
            gc_start[0] = time.perf_counter()
        else:
            gc_time[0] += time.perf_counter() - gc_start[0]

    def timed_load(path):
        gc.collect()
        gc_time[0] = 0.0
        gc.callbacks.append(_gc_timer)
        start = time.perf_counter()
        loaded = pv.load(path)
        elapsed = time.perf_counter() - start
        gc.callbacks.remove(_gc_timer)
        return elapsed, gc_time[0], loaded

    # Each load of this size follows a load of the reference (smallest) bundle in the same
    # process, so that the per-record comparison of sizes does not depend on the machine's
    # speed drifting between processes.
    loads, gcs, references = [], [], []
    # The order within a pair alternates, the last pair ending on the load kept for the queries.
    for i in range(cfg["loads"]):
        last = i == cfg["loads"] - 1
        reference_first = (cfg["loads"] - 1 - i) % 2 == 0
        if reference_first:
            elapsed, _, reference = timed_load(cfg["reference_path"])
            references.append(elapsed)
            del reference
        elapsed, gc_s, ds = timed_load(cfg["path"])
        loads.append(elapsed)
        gcs.append(gc_s)
        if not last:
            del ds
        if not reference_first:
            elapsed, _, reference = timed_load(cfg["reference_path"])
            references.append(elapsed)
            del reference
    n_loaded = len(ds.centres())
    out = {"loads_s": loads, "gc_s": gcs, "reference_loads_s": references, "json_parse_s": min(parse),
           "centres": n_loaded, "queries": {}}
    q = out["queries"]

    def measure(key, fn, *, answer=None, constant=False, **extra):
        result = fn()
        size = len(result) if answer is None else answer
        us, loops = per_call(fn, cfg["repeat"])
        q[key] = {"us": us, "loops": loops, "answer": size, "constant_answer": constant, **extra}

    probe, typical = cfg["probe_code"], cfg["typical_code"]
    measure(f"by_territory('{probe}') (probe dept.)", lambda: ds.by_territory(probe), constant=True)
    measure(f"by_territory('{typical}')", lambda: ds.by_territory(typical))
    measure("centre(id)", lambda: ds.centre(cfg["probe_id"]), answer=1, constant=True)
    measure("centre(exact name)", lambda: ds.centre(cfg["probe_name"]), answer=1, constant=True)
    call, outcome = misspelt(ds.centre, cfg["misspelt"])
    timer_us, loops = per_call(call, cfg["misspelt_repeat"])
    q["centre(misspelt name)"] = {"us": timer_us, "loops": loops, "answer": len(outcome.get("suggestions", [])),
                                  "constant_answer": None, "outcome": outcome}
    measure(f"by_founding_year({cfg['probe_year']}) (probe year)", lambda: ds.by_founding_year(cfg["probe_year"]),
            constant=True)
    measure(f"by_founding_year({cfg['typical_year']})", lambda: ds.by_founding_year(cfg["typical_year"]))
    try:
        import resource
        out["max_rss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    except ImportError:
        out["max_rss_mib"] = None
    print("@@RESULT@@" + json.dumps(out))
    """
)


def bench_scale(
    python: Path, data_dir: Path, files: Sequence[str], sizes: Sequence[int], repeat: int, workdir: Path
) -> dict[str, Any]:
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="pv-bench-") as tmp:
        reference_n = min(sizes)
        reference, _ = write_bundle(reference_n, data_dir, files, Path(tmp) / "reference")
        for n in sizes:
            start = time.perf_counter()
            folder, info = write_bundle(n, data_dir, files, Path(tmp))
            log(
                f"scale n={n:,}: data written in {time.perf_counter() - start:.1f} s "
                f"({info['centres_json_bytes'] / 2**20:.1f} MiB centres.json); loading and querying"
            )
            loads = 5 if n <= 1_000 else 3 if n <= 10_000 else 2
            if repeat < 5:
                loads = min(loads, 2)
            cfg = {
                "path": str(folder),
                "reference_path": str(reference),
                "loads": loads,
                "repeat": repeat,
                "misspelt_repeat": min(repeat, 3),
                "probe_code": PROBE_CODE,
                "typical_code": TYPICAL_DEPARTMENT,
                "probe_id": info["probe_id"],
                "probe_name": info["probe_name"],
                "misspelt": SYNTH_MISSPELT,
                "probe_year": PROBE_YEAR,
                "typical_year": TYPICAL_YEAR,
            }
            start = time.perf_counter()
            res = run_child(python, SCALE_CHILD, json.dumps(cfg), cwd=workdir)
            if res["centres"] != n:
                raise RuntimeError(f"loaded {res['centres']} centres out of {n}")
            res.update(info)
            res["load_s"] = statistics.median(res["loads_s"])
            res["gc_in_load_s"] = statistics.median(res["gc_s"])
            res["load_us_per_record"] = res["load_s"] / n * 1e6
            # per-record time relative to the reference bundle loaded just before, in the same process
            res["reference_n"] = reference_n
            res["per_record_vs_reference"] = statistics.median(
                (big / n) / (small / reference_n)
                for big, small in zip(res["loads_s"], res["reference_loads_s"], strict=True)
            )
            res["wall_s"] = time.perf_counter() - start
            results[str(n)] = res
            shutil.rmtree(folder)
    return results


def scale_growth(scale: dict[str, Any]) -> dict[str, Any]:
    sizes = sorted(scale, key=int)
    small, large = scale[sizes[0]], scale[sizes[-1]]
    out: dict[str, Any] = {
        "from": int(sizes[0]),
        "to": int(sizes[-1]),
        "load_per_record_ratio": large["per_record_vs_reference"],
        "load_per_record_ratio_across_processes": large["load_us_per_record"] / small["load_us_per_record"],
        "queries": {},
    }
    out["load_linear"] = verdict(out["load_per_record_ratio"] <= LINEAR_LOAD_LIMIT)
    for key, a in small["queries"].items():
        b = large["queries"][key]
        per_call = b["us"] / a["us"]
        per_item = (b["us"] / max(b["answer"], 1)) / (a["us"] / max(a["answer"], 1))
        constant = a["constant_answer"]
        if constant is None:
            flag = "no target"
            growth = per_call
        else:
            growth = per_call if constant and a["answer"] == b["answer"] else per_item
            flag = "FLAG" if growth > GROWTH_FLAG else "ok"
        out["queries"][key] = {
            "per_call_growth": per_call,
            "per_item_growth": per_item,
            "judged_growth": growth,
            "flag": flag,
            "answer_small": a["answer"],
            "answer_large": b["answer"],
        }
    return out


# --------------------------------------------------------------------------------------------
# where the time goes: -X importtime and cProfile


def parse_importtime(stderr: str) -> list[tuple[str, int, int, int]]:
    """(module, self µs, cumulative µs, nesting depth) for each line of ``-X importtime``."""
    rows = []
    for line in stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        self_us, cumulative_us, raw_name = line[len("import time:") :].split("|", 2)
        depth = (len(raw_name) - len(raw_name.lstrip(" ")) - 1) // 2
        rows.append((raw_name.strip(), int(self_us), int(cumulative_us), depth))
    return rows


def importtime_profile(python: Path, code: str, runs: int, workdir: Path) -> dict[str, Any]:
    samples: dict[str, list[tuple[int, int, int]]] = {}
    for _ in range(runs):
        proc = subprocess.run(
            [str(python), "-X", "importtime", "-c", code],
            env=clean_env(python),
            cwd=workdir,
            capture_output=True,
            text=True,
        )
        if proc.returncode != 0:
            raise RuntimeError(proc.stderr[-3000:])
        for name, self_us, cum_us, depth in parse_importtime(proc.stderr):
            samples.setdefault(name, []).append((self_us, cum_us, depth))
    modules = {
        name: {
            "self_ms": statistics.median(s[0] for s in v) / 1000,
            "cumulative_ms": statistics.median(s[1] for s in v) / 1000,
            "depth": v[0][2],
        }
        for name, v in samples.items()
    }
    groups: dict[str, float] = {}
    for name, m in modules.items():
        top = name.split(".")[0]
        group = name if top == "politique_ville" else top
        groups[group] = groups.get(group, 0.0) + m["self_ms"]
    roots = {name: m["cumulative_ms"] for name, m in modules.items() if m["depth"] == 0}
    return {
        "code": code,
        "runs": runs,
        "total_self_ms": sum(m["self_ms"] for m in modules.values()),
        "groups_self_ms": dict(sorted(groups.items(), key=lambda kv: -kv[1])),
        "roots_cumulative_ms": dict(sorted(roots.items(), key=lambda kv: -kv[1])),
        "modules": modules,
    }


PROFILE_CHILD = textwrap.dedent(
    """
    import cProfile, pstats, time
    profiles = {}
    start = time.perf_counter()
    profile = cProfile.Profile()
    profile.enable()
    import politique_ville as pv
    profile.disable()
    profiles["import"] = (profile, time.perf_counter() - start)
    start = time.perf_counter()
    profile = cProfile.Profile()
    profile.enable()
    pv.load()
    pv.by_territory("93")
    profile.disable()
    profiles["load"] = (profile, time.perf_counter() - start)
    import json
    out = {}
    for name, (profile, seconds) in profiles.items():
        rows = [{"file": file, "line": line, "func": func, "ncalls": nc, "tottime": tt, "cumtime": ct}
                for (file, line, func), (cc, nc, tt, ct, callers) in pstats.Stats(profile).stats.items()]
        out[name] = {"profiled_s": seconds, "rows": rows}
    print("@@RESULT@@" + json.dumps(out))
    """
)

# (label, part of the file name or None, function name, inclusive time?). Inclusive times overlap.
IMPORT_PHASES = (
    ("all imports (politique_ville and its dependencies)", "<frozen importlib._bootstrap>", "_find_and_load", True),
    ("attrs: importing attrs itself", "attrs/__init__.py", "<module>", True),
    ("attrs class creation: the package's @frozen/@define classes", "attr/_next_gen.py", "do_it", True),
    ("attrs class building, all classes (attr._make wrap)", "attr/_make.py", "wrap", True),
    ("compile() of generated code (attrs methods)", "~", "<built-in method builtins.compile>", True),
    ("regular expressions compiled at import (re._compile)", "re/__init__.py", "_compile", True),
    ("enum classes (enum.py __new__)", "enum.py", "__new__", True),
    ("reading .pyc files (marshal.loads)", "~", "<built-in method marshal.loads>", True),
)
LOAD_PHASES = (
    ("imports done during the first load (cattrs, ...)", "<frozen importlib._bootstrap>", "_find_and_load", True),
    ("importing cattrs", "cattrs/__init__.py", "<module>", True),
    ("locating the data (importlib_resources.files)", "importlib_resources/_common.py", "files", True),
    ("reading the files (read_text)", None, "read_text", True),
    ("JSON parsing (json.loads)", "json/__init__.py", "loads", True),
    ("building the converter (make_converter)", "politique_ville/converter.py", "make_converter", True),
    ("structuring (Converter.structure, incl. code generation)", "cattrs/converters.py", "structure", True),
    (
        "cattrs code generation (make_dict_structure_fn; in structuring)",
        "cattrs/gen/__init__.py",
        "make_dict_structure_fn",
        True,
    ),
    ("typing.get_type_hints (in code generation)", "typing.py", "get_type_hints", True),
    ("compile() of generated code", "~", "<built-in method builtins.compile>", True),
    ("attrs __init__ of the records, own time", "<attrs generated", "__init__", False),
    ("PartialDate.parse", "politique_ville/dates.py", "parse", True),
    ("integrity checks (integrity.problems)", "politique_ville/integrity.py", "problems", True),
    ("integrity: walking the records (_walk; in integrity)", "politique_ville/integrity.py", "_walk", True),
    ("building the indexes (Dataset.__init__)", "politique_ville/dataset.py", "__init__", True),
    ("lookup_key, text folding (mostly in index building)", "politique_ville/text.py", "lookup_key", True),
    ("first query by_territory('93')", "politique_ville/__init__.py", "by_territory", True),
)


def phase_table(
    data: dict[str, Any], phases: Sequence[tuple[str, str | None, str, bool]], unprofiled_ms: float | None
) -> dict[str, Any]:
    rows = data["rows"]
    profiled_ms = data["profiled_s"] * 1000
    found = []
    for label, part, func, inclusive in phases:
        hits = [r for r in rows if r["func"] == func and (part is None or part in r["file"])]
        if not hits:
            continue
        # a recursive function (imports) appears once, its cumulative time counting the outermost calls
        ms = sum(r["cumtime" if inclusive else "tottime"] for r in hits) * 1000
        calls = sum(r["ncalls"] for r in hits)
        found.append({"phase": label, "profiled_ms": ms, "share": ms / profiled_ms, "calls": calls})
    top = sorted(rows, key=lambda r: -r["tottime"])[:15]
    top_rows = [
        {
            "function": f"{Path(r['file']).name}:{r['line']}({r['func']})",
            "ncalls": r["ncalls"],
            "tottime_ms": r["tottime"] * 1000,
            "cumtime_ms": r["cumtime"] * 1000,
        }
        for r in top
    ]
    return {
        "profiled_ms": profiled_ms,
        "unprofiled_ms": unprofiled_ms,
        "phases": found,
        "top_tottime": top_rows,
    }


def cprofile_first_answer(
    python: Path, workdir: Path, import_ms: float | None, load_ms: float | None
) -> dict[str, Any]:
    """cProfile of `import politique_ville`, then of the first load and query, in one fresh process."""
    res = run_child(python, PROFILE_CHILD, cwd=workdir)
    return {
        "import": phase_table(res["import"], IMPORT_PHASES, import_ms),
        "load": phase_table(res["load"], LOAD_PHASES, load_ms),
    }


# --------------------------------------------------------------------------------------------
# report


def report(results: dict[str, Any]) -> str:
    m = results["machine"]
    env = results["environment"]
    out = ["# politique-ville benchmarks", ""]
    out.append(
        f"{m['date']} · Python {m['python']} ({m['implementation']}) · {m['cpu_model']} · "
        f"{m['cpu_count']} cores ({m['cpus_usable']} usable) · {m['memory_gib']} GiB · {m['platform']} · "
        f"load average at start {', '.join(f'{x:.2f}' for x in m['load_average_at_start'] or [])} · "
        f"repository at git {m['git_commit']}{' + uncommitted src changes' if m['src_uncommitted_changes'] else ''}"
    )
    out.append("")
    ms = results["measured_sources"]
    out.append(f"Measured sources: **{ms['what']}** ({ms['fingerprint']}).")
    out.append("")
    versions = env["wheel"]["versions"]
    out.append(
        "Contenders run in `benchmarks/.venv` ("
        + ", ".join(f"{k} {v}" for k, v in versions.items() if v)
        + f"; politique-ville installed {'editable' if env['wheel']['editable'] else 'as a wheel'})"
        + (" and `benchmarks/.venv-editable` (editable install)" if "editable" in env else "")
        + "."
    )
    out.append(f"Mode: {'quick' if results['config']['quick'] else 'full'}.")
    out.append("")

    p = results.get("processes")
    if p:
        c = p["contenders"]
        bare = c["bare"]["median_ms"]
        out += ["## 1–2. Whole processes (wall time, ms)", ""]
        loads = [m["load_average_at_start"], m.get("load_average_at_end")]
        # the benchmark itself keeps one core busy: more than that in the load average is someone else
        busy = any(la and la[0] > (m["cpus_usable"] or 1) + 0.5 for la in loads)
        if busy or c["bare"]["p90_ms"] > 1.5 * c["bare"]["p10_ms"]:
            out.append(
                "**Warning: the machine was busy** (load average "
                + " → ".join(f"{la[0]:.2f}" for la in loads if la)
                + f", bare interpreter p10–p90 {fmt(c['bare']['p10_ms'])}–{fmt(c['bare']['p90_ms'])} ms): wall times "
                "are inflated and noisy; the minima and the CPU times are the steadier guide, and the verdicts "
                "should be confirmed on an idle machine."
            )
            out.append("")
        out.append(
            f"{p['runs']} runs each after {p['warmup']} warm-up rounds, contenders interleaved round-robin "
            "in a shuffled order each round. `above bare` = median minus the bare interpreter's median."
        )
        out.append("")
        rows = [
            [
                f"{v['label']}",
                fmt(v["median_ms"]),
                fmt(v["p10_ms"]),
                fmt(v["p90_ms"]),
                fmt(v["min_ms"]),
                fmt(v["median_ms"] - bare),
                fmt(v["cpu_median_ms"]),
            ]
            for v in c.values()
        ]
        out.append(table(["contender", "median", "p10", "p90", "min", "above bare", "CPU median"], rows))
        out.append("")
        out.append("Answers: " + "; ".join(f"{k} → `{v}`" for k, v in p["answers"].items()))
        out.append("")
        out += ["### Ratios", ""]
        rows = []
        for r in results["ratios"]:
            rows.append(
                [
                    f"{c[r['numerator']]['label']} / {c[r['denominator']]['label']}",
                    f"{r['ratio']:.2f}×",
                    f"{r['paired_median']:.2f}× ({r['paired_p10']:.2f}–{r['paired_p90']:.2f})",
                    f"{r['net_ratio']:.2f}×",
                    f"{r['min_ratio']:.2f}×",
                    "–" if r["cpu_ratio"] is None else f"{r['cpu_ratio']:.2f}×",
                    r["target"] or "–",
                    r["verdict"] or "–",
                ]
            )
        out.append(
            table(
                [
                    "ratio",
                    "of medians",
                    "per round: median (p10–p90)",
                    "above bare",
                    "of minima",
                    "of CPU medians",
                    "target",
                    "verdict",
                ],
                rows,
            )
        )
        out.append("")
    ic = results.get("import_check")
    if ic:
        out += ["### Does `import politique_ville` do data work?", ""]
        out.append(f"- `politique_ville.loading._bundled` right after import: {ic['bundled_after_import']}")
        out.append(f"- data files opened during import: {ic['data_files_opened'] or 'none'}")
        out.append(
            f"- modules in sys.modules after `import politique_ville`: {ic['modules_total']} "
            f"(after `import attrs` alone: {ic['modules_attrs_baseline']})"
        )
        watched = ", ".join(
            f"{name}: {'yes' if w['after_import_politique_ville'] else 'no'}"
            f"{' (also after `import attrs` alone)' if w['after_import_attrs'] else ''}"
            for name, w in ic["watched"].items()
        )
        out.append(f"- imported by `import politique_ville`: {watched}")
        out.append(
            f"- no data work at import (no data file opened, no dataset built, neither cattrs nor the converter "
            f"imported): **{verdict(ic['no_data_work'])}**"
            + (" (json is imported, though: a few ms that only the first query needs)" if ic["json_imported"] else "")
        )
        out.append("")
    ip = results.get("in_process")
    if ip:
        cold = ip["cold"]
        out += ["## 3. In process, bundled data", ""]
        out.append(f"Cold: {ip['cold_runs']} fresh processes, median (p10–p90), ms.")
        out.append("")
        out.append(
            table(
                ["step", "median", "p10", "p90"],
                [
                    [label, fmt(cold[k]["median"], 2), fmt(cold[k]["p10"], 2), fmt(cold[k]["p90"], 2)]
                    for k, label in (
                        ("import_ms", "import politique_ville"),
                        ("first_load_ms", "first pv.load()"),
                        ("first_query_ms", "first by_territory('93') after load"),
                        ("total_ms", "total to first answer (in process)"),
                    )
                ],
            )
        )
        out.append("")
        out.append("Warm (best of repeated timeit batches, µs per call):")
        out.append("")
        rows = []
        for key, v in ip["warm"].items():
            target = f"< {TARGET_WARM_US:g} µs" if v.get("indexed") else "–"
            ok = verdict(v["us"] < TARGET_WARM_US) if v.get("indexed") else "–"
            note = ""
            if "outcome" in v:
                o = v["outcome"]
                note = f"suggests {o.get('suggestions')}" if o["raised"] else f"resolved to {o.get('found')}"
            rows.append([f"`{key}`", fmt(v["us"], 2), v["answer"], f"{v['loops']:,}", target, ok, note])
        out.append(table(["query", "µs/call", "answer size", "loops", "target", "verdict", "note"], rows))
        out.append("")
    sc = results.get("scale")
    if sc:
        out += ["## 4. Scale: synthetic datasets", ""]
        out.append(
            f"Each size has {PROBE_COUNT} probe centres covering only {PROBE_DEPARTMENT} and founded in "
            f"{PROBE_YEAR} (constant answers); the others spread over the other departments and current "
            "regions, founded 1960–2024. Load = median of repeated `politique_ville.load(path)` in a process "
            "that has already loaded the smallest bundle once (one-time costs excluded)."
        )
        out.append("")
        rows = []
        for n, v in sc.items():
            rows.append(
                [
                    f"{int(n):,}",
                    fmt(v["centres_json_bytes"] / 2**20, 1),
                    fmt(v["load_s"] * 1000, 1),
                    fmt(v["load_us_per_record"], 1),
                    f"{v['per_record_vs_reference']:.2f}×",
                    fmt(v["gc_in_load_s"] * 1000, 1),
                    fmt(v["json_parse_s"] * 1000, 1),
                    fmt(v["json_parse_s"] / int(n) * 1e6, 1),
                    fmt(v["max_rss_mib"], 0),
                ]
            )
        out.append(
            table(
                [
                    "centres",
                    "centres.json MiB",
                    "load ms",
                    "load µs/record",
                    "per record vs smallest (same process)",
                    "of which GC ms",
                    "json.loads ms",
                    "json µs/record",
                    "peak RSS MiB",
                ],
                rows,
            )
        )
        out.append("")
        g = results["scale_growth"]
        out.append(
            f"Per-record load time, {g['to']:,} / {g['from']:,}: **{g['load_per_record_ratio']:.2f}×** "
            f"(linear: ≤ {LINEAR_LOAD_LIMIT}× → **{g['load_linear']}**), each load of {g['to']:,} compared with a "
            f"load of {g['from']:,} just before it in the same process; across processes: "
            f"{g['load_per_record_ratio_across_processes']:.2f}×."
        )
        out.append("")
        sizes = list(sc)
        headers = ["query"]
        for n in sizes:
            headers += [f"µs/call @{int(n):,}", f"answer @{int(n):,}"]
        headers += [f"growth {g['from']:,}→{g['to']:,} per call", "per answer item", "flag (>3× at constant answer)"]
        rows = []
        for key in sc[sizes[0]]["queries"]:
            row = [f"`{key}`"]
            for n in sizes:
                q = sc[n]["queries"][key]
                row += [fmt(q["us"], 2), f"{q['answer']:,}"]
            gq = g["queries"][key]
            row += [f"{gq['per_call_growth']:.1f}×", f"{gq['per_item_growth']:.2f}×", gq["flag"]]
            rows.append(row)
        out.append(table(headers, rows))
        out.append("")
        out.append(
            "A query with a constant answer is judged on its time per call; one whose answer grows with the "
            "data on its time per answer item. `centre(misspelt name)` has no target."
        )
        out.append("")
    pr = results.get("profile")
    if pr:
        it = pr["importtime"]
        out += ["## Where the time goes (first answer)", ""]
        out.append(
            f'`python -X importtime -c "{it["code"]}"`, median of {it["runs"]} runs: '
            f"{fmt(it['total_self_ms'])} ms of imports in all. Self time by package:"
        )
        out.append("")
        groups = list(it["groups_self_ms"].items())[:15]
        out.append(table(["package / module", "self ms"], [[f"`{k}`", fmt(v, 2)] for k, v in groups]))
        out.append("")
        out.append("Top-level imports (cumulative ms):")
        out.append("")
        roots = list(it["roots_cumulative_ms"].items())[:10]
        out.append(table(["module imported at top level", "cumulative ms"], [[f"`{k}`", fmt(v, 2)] for k, v in roots]))
        out.append("")
        io = pr["import_only"]
        out.append(
            f'`python -X importtime -c "{io["code"]}"`: {fmt(io["total_self_ms"])} ms of imports in all; '
            "self time by package:"
        )
        out.append("")
        groups = list(io["groups_self_ms"].items())[:12]
        out.append(table(["package / module", "self ms"], [[f"`{k}`", fmt(v, 2)] for k, v in groups]))
        out.append("")
        for key, title in (
            ("import", "`import politique_ville`"),
            ("load", "the first `pv.load()` + first `by_territory('93')`, after the import"),
        ):
            cp = pr["cprofile"][key]
            out.append(
                f"cProfile of {title}: {fmt(cp['profiled_ms'])} ms under the profiler (unprofiled median in "
                f"section 3: {fmt(cp['unprofiled_ms'])} ms). The share is of the profiled total; multiply it by an "
                "unprofiled time for a rough estimate (the profiler slows Python code more than C code). Inclusive "
                "times of the functions named: they overlap (see brackets) and do not add up."
            )
            out.append("")
            out.append(
                table(
                    ["phase", "profiled ms", "share", "calls"],
                    [
                        [p["phase"], fmt(p["profiled_ms"], 1), f"{p['share']:.0%}", f"{p['calls']:,}"]
                        for p in cp["phases"]
                    ],
                )
            )
            out.append("")
            out.append("Top functions by own time (profiled ms):")
            out.append("")
            out.append(
                table(
                    ["function", "calls", "own ms", "cumulative ms"],
                    [
                        [f"`{r['function']}`", f"{r['ncalls']:,}", fmt(r["tottime_ms"], 2), fmt(r["cumtime_ms"], 2)]
                        for r in cp["top_tottime"][:10]
                    ],
                )
            )
            out.append("")
    out.append(f"Run time of the benchmark: {results['elapsed_s']:.0f} s.")
    return "\n".join(out)


# --------------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="short smoke run: fewer runs, sizes 1k and 10k")
    parser.add_argument("--json", metavar="PATH", help="also write the results as JSON to PATH")
    parser.add_argument("--runs", type=int, help="runs per contender for whole processes (default 30, quick 5)")
    parser.add_argument("--sizes", help="comma-separated scale sizes (default 1000,10000,100000; quick 1000,10000)")
    parser.add_argument("--no-editable", action="store_true", help="skip the editable-install environment")
    parser.add_argument(
        "--ref", help="measure a committed git revision (e.g. HEAD) instead of the working tree; skips the editable run"
    )
    parser.add_argument("--no-profile", action="store_true", help="skip -X importtime and cProfile (default in quick)")
    parser.add_argument("--profile", action="store_true", help="profile even with --quick")
    parser.add_argument("--only", help="comma-separated sections: processes,in_process,scale,profile")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    runs = args.runs or (5 if args.quick else 30)
    warmup = 1 if args.quick else 3
    sizes = (
        [int(s) for s in args.sizes.split(",")]
        if args.sizes
        else ([1_000, 10_000] if args.quick else [1_000, 10_000, 100_000])
    )
    repeat = 3 if args.quick else 5
    cold_runs = 5 if args.quick else 20
    sections = set(args.only.split(",")) if args.only else {"processes", "in_process", "scale", "profile"}
    if (args.quick and not args.profile) or args.no_profile:
        sections.discard("profile")

    with tempfile.TemporaryDirectory(prefix="pv-bench-src-") as src_name:
        if args.ref:
            source, fingerprint = export_ref(args.ref, Path(src_name))
            commit = subprocess.run(
                ["git", "-C", str(REPO), "rev-parse", "--short", args.ref], capture_output=True, text=True, check=True
            ).stdout.strip()
            measured = f"git revision {args.ref} ({commit})"
        else:
            source, fingerprint, measured = REPO, source_fingerprint(), "working tree"
        pythons = {"wheel": ensure_venv(VENV, editable=False, source=source, fingerprint=fingerprint)}
    if not args.no_editable and not args.ref:
        pythons["editable"] = ensure_venv(VENV_EDITABLE, editable=True, source=REPO, fingerprint="editable")
    with tempfile.TemporaryDirectory(prefix="pv-bench-cwd-") as cwd_name:
        workdir = Path(cwd_name)  # neutral working directory: nothing importable from the repository
        environment = {name: run_child(py, ENV_PROBE, cwd=workdir) for name, py in pythons.items()}
        data_dir = Path(environment["wheel"]["package_dir"]) / "data"
        files = environment["wheel"]["files"] or list(DATA_FILES)
        data_paths = [str(data_dir / name) for name in files]
        results: dict[str, Any] = {
            "machine": machine_facts(),
            "measured_sources": {"what": measured, "fingerprint": fingerprint},
            "environment": environment,
            "config": {
                "quick": args.quick,
                "runs": runs,
                "warmup": warmup,
                "sizes": sizes,
                "repeat": repeat,
                "cold_runs": cold_runs,
                "sections": sorted(sections),
                "data_files": files,
            },
        }
        main_py = pythons["wheel"]
        if "processes" in sections:
            results["processes"] = bench_processes(pythons, data_paths, runs, warmup, workdir)
            results["ratios"] = ratios(results["processes"]["contenders"])
            results["import_check"] = import_check(main_py, workdir)
        if "in_process" in sections or "profile" in sections:
            results["in_process"] = bench_in_process(main_py, cold_runs, repeat, workdir)
        if "scale" in sections:
            results["scale"] = bench_scale(main_py, data_dir, files, sizes, repeat, workdir)
            results["scale_growth"] = scale_growth(results["scale"])
        if "profile" in sections:
            log("profiling: -X importtime and cProfile")
            cold = results["in_process"]["cold"]
            unprofiled = cold["first_load_ms"]["median"] + cold["first_query_ms"]["median"]
            results["profile"] = {
                "importtime": importtime_profile(main_py, FIRST_ANSWER, 3 if args.quick else 7, workdir),
                "import_only": importtime_profile(main_py, "import politique_ville", 3 if args.quick else 7, workdir),
                "cprofile": cprofile_first_answer(main_py, workdir, cold["import_ms"]["median"], unprofiled),
            }
    results["machine"]["load_average_at_end"] = os.getloadavg() if hasattr(os, "getloadavg") else None
    results["elapsed_s"] = time.perf_counter() - started
    text = report(results)
    print(text)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
        log(f"results written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
