"""Scale: synthetic bundles of 1k, 10k and 100k centres, read and checked by ``pv.load(folder)``.

Each size runs in a fresh process that loads the 1k bundle first (one-time costs), then its
own, each load paired with a 1k load for the per-record ratio; then the first call of each
query (which builds its index) and warm calls (best of 3 batches). Growth to the largest size
is per call where the answer keeps its size, per answer item otherwise, flagged above 3×.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import timeit
from collections.abc import Callable
from pathlib import Path
from typing import Any

import _common

import politique_ville as pv

PROBE, PROBES, LOADS = "dep-48", 5, {1_000: 5, 10_000: 3, 100_000: 2}


def write_bundle(n: int, folder: Path) -> Path:
    """A bundle of n valid centres, each covering a department; the probes cover Lozère."""
    folder.mkdir(parents=True)
    for name in _common.bundle_files():
        if name != "centres.json":
            shutil.copyfile(_common.DATA / name, folder / name)
    places = json.loads((_common.DATA / "territories.json").read_bytes())
    sources = [s["id"] for s in json.loads((_common.DATA / "sources.json").read_bytes())]
    departments = sorted(t["id"] for t in places if t["kind"] == "department" and t["id"] != PROBE)
    rng = random.Random(n)
    probes, centres = set(rng.sample(range(n), PROBES)), []
    for i in range(n):
        source, year = [rng.choice(sources)], 1950 if i in probes else rng.randint(1960, 2024)
        place, name = PROBE if i in probes else rng.choice(departments), f"Centre de ressources {i}"
        claims = {"names": name, "foundings": str(year), "statuses": "active"}
        centres.append(
            {"id": f"synth-{i:06d}", "name": name, "founded": year, "status": "active", "sources": source}
            | {key: [{"value": value, "sources": source}] for key, value in claims.items()}
            | {"coverage": [{"territory": place, "period": {"start": str(year)}, "sources": source}]}
        )
    (folder / "centres.json").write_text(json.dumps(centres, ensure_ascii=False, indent=1), encoding="utf-8")
    return folder


def timed(call: Callable[[], Any]) -> tuple[float, Any]:
    begin = time.perf_counter()
    result = call()
    return time.perf_counter() - begin, result


def timed_load(path: str) -> tuple[float, pv.Dataset]:
    gc.collect()
    return timed(lambda: pv.load(path))


def child(n: int, path: str, reference: str) -> dict[str, Any]:
    """Loads paired with 1k loads (alternating order), then first and warm queries."""
    with contextlib.suppress(ImportError):  # lift the size caps on a user's folder, where they exist
        from politique_ville.guard import Reader

        Reader.__init__.__kwdefaults__ = {"per_file": 1 << 40, "total": 1 << 40}
    pv.load(reference)
    loads, refs = [], []
    for i in range(LOADS[n]):
        dataset = None  # one dataset of this size alive at a time
        refs += [timed_load(reference)[0]] if i % 2 else []
        elapsed, dataset = timed_load(path)
        loads.append(elapsed)
        refs += [] if i % 2 else [timed_load(reference)[0]]
    source = dataset.sources()[0].id
    queries = {  # the first call of each, right after the load and in this order, builds its index
        "by_territory('48') (probe)": lambda: dataset.by_territory("48"),
        "by_territory('93')": lambda: dataset.by_territory("93"),
        "centre(exact id)": lambda: dataset.centre("synth-000000"),
        "by_mission('qualification')": lambda: dataset.by_mission("qualification"),
        "by_funder('etat')": lambda: dataset.by_funder("etat"),
        "by_funder('etat', basis='centre') (empty)": lambda: dataset.by_funder("etat", basis="centre"),
        f"source({source!r})": lambda: dataset.source(source),
        "hash(centre)": lambda: hash(dataset.centres()[0]),
    }
    out: dict[str, Any] = {"loads": loads, "refs": refs, "queries": {}}
    for name, query in queries.items():
        first, answer = timed(query)
        timer = timeit.Timer(query)
        loops = timer.autorange()[0]
        warm = [timer.timeit(loops) / loops for _ in range(3)]
        size = len(answer) if isinstance(answer, tuple) else 1
        out["queries"][name] = {"first": first, "warm": warm, "answer": size}
    return out


def us(seconds: float) -> str:
    return f"{seconds * 1e6:,.0f}" if seconds >= 1e-4 else f"{seconds * 1e6:.3g}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="sizes 1k and 10k only")
    parser.add_argument("-o", "--output", help="write every sample as a pyperf JSON file")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(int(args.child[0]), *args.child[1:])))
        return 0
    sizes = (1_000, 10_000) if args.quick else tuple(LOADS)
    _common.header(f"Scale: {', '.join(f'{n:,}' for n in sizes)} centres")
    runs, results = {}, {}
    with tempfile.TemporaryDirectory() as tmp:
        reference = str(write_bundle(1_000, Path(tmp, "reference")))
        for n in sizes:
            folder = str(write_bundle(n, Path(tmp, str(n))))
            command = [sys.executable, __file__, "--child", str(n), folder, reference]
            runs[n] = json.loads(subprocess.run(command, capture_output=True, check=True, text=True).stdout)
            shutil.rmtree(folder)
    print("| centres | load s | µs per record | per record vs 1k (paired) |\n|---|---|---|---|")
    for n, run in runs.items():
        load = statistics.median(run["loads"])
        paired = statistics.median(a / n / (b / 1_000) for a, b in zip(run["loads"], run["refs"], strict=True))
        print(f"| {n:,} | {load:.2f} | {load / n * 1e6:.0f} | {paired:.2f}× |")
        results[f"load {n}"] = (run["loads"], {"centres": n, "per_record_vs_1k": round(paired, 4)})
    small, large = runs[sizes[0]]["queries"], runs[sizes[-1]]["queries"]
    print(f"\n| query | {' | '.join(f'first / warm µs at {n:,} (answer)' for n in sizes)} | growth | |")
    print("|---|" + "---|" * (len(sizes) + 2))
    for name, a in small.items():
        cells = [runs[n]["queries"][name] for n in sizes]
        cols = " | ".join(f"{us(q['first'])} / {us(min(q['warm']))} ({q['answer']:,})" for q in cells)
        same = a["answer"] == large[name]["answer"]  # growth per call, else per answer item
        per = 1 if same else max(large[name]["answer"], 1) / max(a["answer"], 1)
        growth, unit = min(large[name]["warm"]) / min(a["warm"]) / per, "call" if same else "item"
        print(f"| {name} | {cols} | {growth:.2f}× per {unit} | {'FLAG' * (growth > 3)} |")
        for n, q in zip(sizes, cells, strict=True):
            results[f"{name} {n} warm"] = (q["warm"], {"centres": n, "answer": q["answer"]})
            results[f"{name} {n} first"] = ([q["first"]], {"centres": n, "answer": q["answer"]})
    if args.output:
        _common.save(args.output, results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
