"""Fresh processes, paired: the first answer, the floor, the import and the command line.

Each comparison runs command A and its yardstick B alternately (A B A B ...), in an empty
folder without PYTHON* variables, after warm-up pairs; its ratio is the median of the per-pair
ratios A/B, with a bootstrap 95 % interval of that median, beside the median ratio of the CPU
time the two processes used (user + system), which waits for a busy CPU do not inflate.
``--instructions`` adds the ratio of the instructions each process executes (valgrind's
callgrind, one run each), which does not move with the machine's load: a check of the timed
ratio on a shared machine.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time

import _common

PY = sys.executable
FILES = [str(_common.DATA / name) for name in _common.bundle_files()]
FLOOR = f"import attrs, json; [json.loads(open(p, 'rb').read()) for p in {FILES!r}]"
FIRST = [PY, "-c", "import politique_ville as pv; pv.by_territory('93')"]
ATTRS = [PY, "-c", "import attrs"]
CLI_ = [PY, "-m", "politique_ville"]
CLI = ("--version", "", "centres", "show cr-dsu", "export --format json", "map -o /dev/null")
PYCOUNTRY = [PY, "-c", "import pycountry; pycountry.subdivisions.get(code='FR-93')"]
COMPARISONS: dict[str, dict[str, tuple[list[str], list[str], float | None]]] = {  # A, B, budget for A/B
    "first": {
        "first answer / import attrs": (FIRST, ATTRS, 1.30),
        "first answer / us": (FIRST, [PY, "-c", "import us; us.states.lookup('MD')"], None),
        "first answer / pycountry": (FIRST, PYCOUNTRY, 0.70),
        "floor / import attrs": ([PY, "-c", FLOOR], ATTRS, None),
    },
    "import": {"import politique_ville / import attrs": ([PY, "-c", "import politique_ville"], ATTRS, None)},
    "cli": {
        f"politique-ville {cmd or '(overview)'} / import attrs": ([*CLI_, *cmd.split()], ATTRS, 1.6) for cmd in CLI
    },
}
ENV = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}


def cpu() -> float:
    """CPU seconds (user + system) used so far by the finished child processes."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def wall(argv: list[str], cwd: str) -> tuple[float, float]:
    """Seconds from start to exit of one fresh process, and the CPU seconds it used."""
    start, used = time.perf_counter(), cpu()
    subprocess.run(argv, cwd=cwd, env=ENV, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start, cpu() - used


def instructions(argv: list[str], cwd: str) -> int:
    """Instructions executed by one fresh process, counted by valgrind's callgrind."""
    valgrind = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"]
    run = subprocess.run([*valgrind, *argv], cwd=cwd, env=ENV, capture_output=True, text=True, check=True)
    return int(re.findall(r"Collected : (\d+)", run.stderr)[-1])


def median_ci(ratios: list[float]) -> tuple[float, float, float]:
    """The median and a bootstrap 95 % interval of it."""
    rng = random.Random(1)
    boot = sorted(statistics.median(rng.choices(ratios, k=len(ratios))) for _ in range(2000))
    return statistics.median(ratios), boot[50], boot[1949]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=60, help="measured pairs per comparison (default 60)")
    parser.add_argument("--quick", action="store_true", help="15 pairs, 1 warm-up: a smoke run, verdicts unstable")
    parser.add_argument("--only", default="first,import,cli", help="comma-separated: first, import, cli")
    parser.add_argument("--instructions", action="store_true", help="add callgrind's instruction ratio (valgrind)")
    parser.add_argument("-o", "--output", help="write every sample as a pyperf JSON file")
    args = parser.parse_args()
    pairs, warmups = (15, 1) if args.quick else (args.pairs, 3)
    _common.header(f"Fresh processes, {pairs} pairs per comparison after {warmups} warm-up pairs")
    counted = " instructions A/B |" if args.instructions else ""
    print(f"| A / B | pairs | A/B, median of pair ratios | 95 % interval | budget | verdict | CPU A/B |{counted}")
    print("|---|---|---|---|---|---|---|" + "---|" * args.instructions)
    results, failed = {}, False
    with tempfile.TemporaryDirectory() as cwd:
        for name, (a, b, budget) in (c for k in args.only.split(",") for c in COMPARISONS[k].items()):
            subprocess.run(a, cwd=cwd, env=ENV, capture_output=True, check=True)  # fails loudly, compiles .pyc
            runs = [(wall(a, cwd), wall(b, cwd)) for _ in range(warmups + pairs)][warmups:]
            times = [(ta, tb) for (ta, _), (tb, _) in runs]
            ratio, low, high = median_ci([ta / tb for ta, tb in times])
            cpu_ratio = statistics.median(ca / cb for (_, ca), (_, cb) in runs)
            verdict = "" if budget is None else "PASS" if ratio <= budget else "FAIL"
            verdict += " (interval straddles the budget)" if budget and low <= budget <= high else ""
            failed |= verdict.startswith("FAIL")
            limit = f"≤ {budget:.2f}×" if budget else "–"
            row = f"| {name} | {pairs} | **{ratio:.3f}×** | {low:.3f}–{high:.3f} | {limit} | {verdict} |"
            row += f" {cpu_ratio:.3f}× |"
            if args.instructions:
                row += f" {instructions(a, cwd) / instructions(b, cwd):.3f}× |"
            print(row, flush=True)
            meta = {
                "pairs": pairs,
                "paired_ratio": round(ratio, 4),
                "cpu_ratio": round(cpu_ratio, 4),
                "command": " ".join(a[1:]),
            }
            results[f"{name}: A"] = ([ta for ta, _ in times], meta)
            results[f"{name}: B"] = ([tb for _, tb in times], {"pairs": pairs, "command": " ".join(b[1:])})
    if args.output:
        _common.save(args.output, results)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
