"""Mutation testing of the query core: plant one small bug at a time and run the tests that should notice.

Coverage shows that a line ran; a mutant shows whether a test would notice the line being wrong.
For each module of :data:`SCOPE`, this script parses the source, and for every place where a
small change is possible (a flipped comparison, ``and`` for ``or``, a constant off by one, a
branch always or never taken, a deleted statement, a ``return None``...) writes the module with
that one change into a copy of the package and runs the module's test files on it, with ``-x``
and a time limit. A mutant is *killed* when the tests fail (or time out), and *survives* when
they pass. Mutants listed in :data:`EQUIVALENT` cannot change any result; they are left out of
the score. From the repository's root, in the development install (``pip install -e ".[test]"``)::

    python scripts/mutate.py                 # every module of the scope
    python scripts/mutate.py --module text   # one module
    python scripts/mutate.py --module rules --jobs 2 --record verdicts.jsonl   # each verdict as it comes
    python scripts/mutate.py --list          # the mutants, without running anything
    python scripts/mutate.py --show "text.lookup_key: ..."   # one mutant's source

It prints the score (killed out of non-equivalent mutants) and every surviving mutant, and
exits with status 1 when the score is below ``--fail-under`` (90 by default). The
documentation's "Test strength" page says how to read it, and gives the last score.
"""

from __future__ import annotations

import argparse
import ast
import concurrent.futures
import copy
import difflib
import json
import os
import queue
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "politique_ville"


@dataclass(frozen=True)
class Target:
    """A module to mutate: the names mutated in it (``None``: all) and the tests that should notice."""

    names: tuple[str, ...] | None
    tests: tuple[str, ...]


# The query core. Test files run in this order, with -x: the fast exact tests first, so that
# most mutants are killed in a second.
_QUERY_TESTS = (
    "tests/test_query_laws.py",
    "tests/test_research.py",
    "tests/test_queries.py",
    "tests/test_lookup.py",
)
_CERTAINTY_TESTS = (
    "tests/test_certainty_laws.py",
    "tests/test_freshness_report.py",
    "tests/test_certainty.py",
    "tests/test_rules.py",
    "tests/test_what_sources_say.py",
)
SCOPE: dict[str, Target] = {
    "dates": Target(None, ("tests/test_dates.py", "tests/test_model.py", *_QUERY_TESTS)),
    "text": Target(None, ("tests/test_text.py", "tests/test_lookup.py", "tests/test_queries.py")),
    "indexes": Target(None, _QUERY_TESTS),
    # The name lookups (test_lookup.py) state nothing about certainty.
    "rules": Target(None, (*_CERTAINTY_TESTS, *_QUERY_TESTS[:3])),
    "certainty": Target(None, (*_CERTAINTY_TESTS, *_QUERY_TESTS[:3])),
    "freshness": Target(None, ("tests/test_freshness_report.py", "tests/test_certainty.py", "tests/test_cli.py")),
    # evidence.py declares the answer records and holds no code: no operator applies to it.
    "evidence": Target(None, _QUERY_TESTS),
    "dataset": Target(
        (
            "Dataset.centres",
            "Dataset.centre",
            "Dataset.source",
            "Dataset.territory",
            "Dataset.today",
            "Dataset.covering",
            "Dataset.by_territory",
            "Dataset.status_on",
            "Dataset.name_on",
            "Dataset.value_on",
            "Dataset.by_founding_year",
            "Dataset.missions_of",
            "Dataset.by_mission",
            "Dataset.funders_of",
            "Dataset.by_funder",
            "Dataset._centre_ids",
            "Dataset._territory_ids",
            "Dataset._department_codes",
            "Dataset._resolve",
        ),
        (*_QUERY_TESTS, *_CERTAINTY_TESTS),
    ),
    "geography": Target(("Territory.exists_on",), ("tests/test_dates.py", "tests/test_queries.py")),
    "provenance": Target(("Source.when",), ("tests/test_dates.py", *_CERTAINTY_TESTS, "tests/test_research.py")),
    "history": Target(None, ("tests/test_history.py", "tests/test_cli_history.py")),
    "relations": Target(None, ("tests/test_history.py",)),
    "search": Target(None, ("tests/test_search.py",)),
}

# Mutants that cannot change a result, by id, with the reason. A listed mutant that is killed
# is reported, so that the list never hides a mutant the tests do notice.
_BELOW_ANY_YEAR = (
    "a founding year is the year of a partial date (a loading check), 1 to 9999: an open lower bound of -2 or 0"
    " selects the same years as -1"
)
_ABOVE_ANY_YEAR = "a founding year is at most 9999: an open upper bound of 9999 (bisect_right) or 10001 keeps them all"
EQUIVALENT: dict[str, str] = {
    "dates.as_date: `isinstance(value, datetime.datetime)` -> `False`": (
        "a datetime then takes the date branch, and from_date reads only its year, month and day"
    ),
    "dates.as_date: `value.date()` -> `value`": "from_date reads only the year, month and day, which a datetime has",
    "indexes.OrganisationNames.__init__: `item.acronym` -> `False`": (
        "the preferred acronym is one of the acronym claims (a loading check), indexed with the same display"
    ),
    "indexes.OrganisationNames.__init__: delete `spellings.append(item.acronym)`": (
        "the preferred acronym is one of the acronym claims (a loading check), indexed with the same display"
    ),
    "indexes.OrganisationNames.find: `0` -> `-1`": "found has exactly one centre here: its first is its last",
    "indexes.FoundingYears.between: `1` -> `2`": _BELOW_ANY_YEAR,
    "indexes.FoundingYears.between: `1` -> `0`": _BELOW_ANY_YEAR,
    "indexes.FoundingYears.between: `10000` -> `10001`": _ABOVE_ANY_YEAR,
    "indexes.FoundingYears.between: `10000` -> `9999`": _ABOVE_ANY_YEAR,
    "indexes.FoundingYears.between: `len(years) == 1` -> `False`": (
        "the general path sorts the centres of one year by id, which they already are (centres are indexed in id order)"
    ),
    "indexes.FoundingYears.between: `0` -> `-1`": "years has exactly one year here: its first is its last",
    "freshness.count_checks: `_rank(certainty) < _rank(best)` -> `_rank(certainty) <= _rank(best)`": (
        "only the certainty is kept: a coverage of the same rank replaces it with the same certainty"
    ),
    "text.lookup_key: ` for word in _NON_WORD.split(ascii_text) if word`"
    " -> ` for word in _NON_WORD.split(ascii_text) if True`": ("an empty word is no word form and joins to nothing"),
    "search._ORDER: `0` -> `-1`": "centres still sort before departments (1) and regions (2)",
    "search._ORDER: `2` -> `3`": "regions still sort after centres (0) and departments (1)",
    "search.NameSearch.__init__: `[centre.acronym] if centre.acronym else []` -> `[centre.acronym] if False else []`": (
        "the preferred acronym is one of the acronym claims (a loading check), which are spellings too"
    ),
    "search.NameSearch.search: `rank < known[0]` -> `rank <= known[0]`": (
        "an equal rank comes only for the same record (ids are unique among centres and among territories, a loading"
        " check, and the covering holds the dataset's own centres): it replaces itself"
    ),
    "search._spelt: ` for w in (lookup_key(w) for w in _WORD.findall(name)) if w`"
    " -> ` for w in (lookup_key(w) for w in _WORD.findall(name)) if True`": (
        "a word of the text is never empty, so it starts no empty word and is more than its tolerance longer than one"
    ),
    "search._rank: `0` -> `-1`": "exact spellings rank -1 (their centres -0.5): still first, in the same order",
    "search._rank: `3` -> `4` (2)": "misspelt words rank 4 (their centres 4.5): still last, in the same order",
}

# -- mutation operators ---------------------------------------------------------------------------

_COMPARE_SWAPS: dict[type[ast.cmpop], type[ast.cmpop]] = {
    ast.Lt: ast.LtE,
    ast.LtE: ast.Lt,
    ast.Gt: ast.GtE,
    ast.GtE: ast.Gt,
    ast.Eq: ast.NotEq,
    ast.NotEq: ast.Eq,
    ast.Is: ast.IsNot,
    ast.IsNot: ast.Is,
    ast.In: ast.NotIn,
    ast.NotIn: ast.In,
}
_BINOP_SWAPS: dict[type[ast.operator], type[ast.operator]] = {
    ast.Add: ast.Sub,
    ast.Sub: ast.Add,
    ast.Mult: ast.Add,
    ast.Mod: ast.FloorDiv,
}
_NAME_SWAPS = {
    "min": "max",
    "max": "min",
    "any": "all",
    "all": "any",
    "bisect_left": "bisect_right",
    "bisect_right": "bisect_left",
}
_DROPPED_CALLS = {"sorted", "reversed"}  # f(x, ...) -> x
_DROPPED_METHODS = {"replace", "strip", "casefold", "lower", "date"}  # x.m(...) -> x


def _const(value: bool | int | str | None) -> ast.expr:
    return ast.Constant(value=value)


def _mutations(node: ast.AST, strings: bool) -> Iterator[ast.AST]:
    """Every single-change variant of ``node`` itself (not of its children)."""
    if isinstance(node, ast.Compare):
        for i, op in enumerate(node.ops):
            swapped = _COMPARE_SWAPS.get(type(op))
            if swapped is not None:
                ops = list(node.ops)
                ops[i] = swapped()
                yield ast.Compare(left=node.left, ops=ops, comparators=node.comparators)
    elif isinstance(node, ast.BoolOp):
        yield ast.BoolOp(op=ast.Or() if isinstance(node.op, ast.And) else ast.And(), values=node.values)
    elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        yield node.operand
    elif isinstance(node, ast.BinOp) and type(node.op) in _BINOP_SWAPS:
        yield ast.BinOp(left=node.left, op=_BINOP_SWAPS[type(node.op)](), right=node.right)
    elif isinstance(node, (ast.If, ast.IfExp, ast.While)):
        for value in (True, False):
            branch = copy.copy(node)
            branch.test = _const(value)
            yield branch
    elif isinstance(node, ast.comprehension):
        for i in range(len(node.ifs)):
            for value in (True, False):
                generator = copy.copy(node)
                generator.ifs = [*node.ifs[:i], _const(value), *node.ifs[i + 1 :]]
                yield generator
    elif isinstance(node, ast.Constant):
        if isinstance(node.value, bool):
            yield _const(not node.value)
        elif isinstance(node.value, int):
            yield _const(node.value + 1)
            yield _const(node.value - 1)
        elif isinstance(node.value, str) and strings and node.value:
            yield _const("")
    elif isinstance(node, ast.Return) and node.value is not None:
        if not (isinstance(node.value, ast.Constant) and node.value.value is None):
            yield ast.Return(value=_const(None))
    elif isinstance(node, (ast.Expr, ast.AugAssign, ast.Raise)):
        yield ast.Pass()
    elif isinstance(node, ast.Call):
        func = node.func
        if isinstance(func, ast.Name) and func.id in _NAME_SWAPS:
            yield ast.Call(
                func=ast.Name(id=_NAME_SWAPS[func.id], ctx=ast.Load()), args=node.args, keywords=node.keywords
            )
        if isinstance(func, ast.Name) and func.id in _DROPPED_CALLS and node.args:
            yield node.args[0]
        if isinstance(func, ast.Attribute) and func.attr in _DROPPED_METHODS:
            yield func.value
    elif isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Slice):
        yield node.value
    elif isinstance(node, ast.Dict):
        for i in range(len(node.keys)):
            yield ast.Dict(keys=node.keys[:i] + node.keys[i + 1 :], values=node.values[:i] + node.values[i + 1 :])
    elif isinstance(node, ast.For) and isinstance(node.iter, ast.Tuple) and len(node.iter.elts) > 1:
        for i in range(len(node.iter.elts)):
            loop = copy.copy(node)
            loop.iter = ast.Tuple(elts=node.iter.elts[:i] + node.iter.elts[i + 1 :], ctx=ast.Load())
            yield loop


def _is_docstring(node: ast.AST, parent: ast.AST | None) -> bool:
    return (
        isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
        and isinstance(parent, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Module))
        and parent.body[0] is node
    )


def _candidates(node: ast.AST, strings: bool, parent: ast.AST | None = None) -> Iterator[ast.AST]:
    """The nodes of ``node``'s subtree that may be mutated, in a fixed order.

    Error messages (``raise`` arguments, f-strings), annotations and docstrings are left alone:
    they change no answer.
    """
    if _is_docstring(node, parent) or isinstance(node, (ast.JoinedStr, ast.arg)):
        return
    if isinstance(node, ast.Raise):
        yield node  # deleting a raise is a mutant; its message is not
        return
    yield node
    for name, value in ast.iter_fields(node):
        if name in ("annotation", "returns", "decorator_list", "type_comment"):
            continue
        for child in value if isinstance(value, list) else [value]:
            if isinstance(child, ast.AST):
                yield from _candidates(child, strings, node)


def _targets(tree: ast.Module, names: tuple[str, ...] | None) -> Iterator[tuple[str, ast.AST]]:
    """(qualified name, node) of each function, and of each module-level constant, to mutate."""

    def walk(body: list[ast.stmt], prefix: str) -> Iterator[tuple[str, ast.AST]]:
        for statement in body:
            if isinstance(statement, ast.ClassDef):
                yield from walk(statement.body, f"{prefix}{statement.name}.")
            elif isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef)):
                qualname = prefix + statement.name
                if names is None or qualname in names:
                    yield qualname, statement
            elif isinstance(statement, ast.Assign) and not prefix and names is None:
                targets = [t.id for t in statement.targets if isinstance(t, ast.Name)]
                if targets and targets[0].startswith("_") and targets[0] != "__all__":
                    yield targets[0], statement

    yield from walk(tree.body, "")


@dataclass(frozen=True)
class Mutant:
    """One mutated module: its id (``module.function: change``), the name changed, the line, the source."""

    id: str
    module: str
    owner: str
    line: int
    source: str


def _label(node: ast.AST) -> str:
    text = ast.unparse(node) if not isinstance(node, ast.stmt) else ast.unparse(node).splitlines()[0]
    return text if len(text) <= 70 else text[:67] + "..."


def _describe(original: ast.AST, mutated: ast.AST) -> str:
    if isinstance(mutated, ast.Pass):
        return f"delete `{_label(original)}`"
    if isinstance(original, (ast.If, ast.While)):
        assert isinstance(mutated, (ast.If, ast.While))
        return f"`{_label(original.test)}` -> `{_label(mutated.test)}`"
    if isinstance(original, ast.For):
        assert isinstance(mutated, ast.For)
        return f"`for ... in {_label(original.iter)}` -> `in {_label(mutated.iter)}`"
    return f"`{_label(original)}` -> `{_label(mutated)}`"


def mutants(module: str) -> list[Mutant]:
    """Every mutant of ``module`` (a name of :data:`SCOPE`), each as the whole mutated source."""
    text = (PACKAGE / f"{module}.py").read_text(encoding="utf-8")
    names = SCOPE[module].names
    strings = module == "text"  # elsewhere strings are messages and cache keys
    found: list[Mutant] = []
    plan: list[tuple[int, int]] = []  # (candidate index, variant index)
    tree = ast.parse(text)
    everything = [node for _, target in _targets(tree, names) for node in _candidates(target, strings)]
    owners = [name for name, target in _targets(tree, names) for _ in _candidates(target, strings)]
    for index, node in enumerate(everything):
        plan += [(index, variant) for variant, _ in enumerate(_mutations(node, strings))]
    seen: dict[str, int] = {}
    for index, variant in plan:
        tree = ast.parse(text)  # a fresh tree for each mutant: the walk order is the same
        nodes = [node for _, target in _targets(tree, names) for node in _candidates(target, strings)]
        original = nodes[index]
        mutated = list(_mutations(original, strings))[variant]
        _replace(tree, original, mutated)
        base = f"{module}.{owners[index]}: {_describe(original, mutated)}"
        seen[base] = seen.get(base, 0) + 1
        ident = base if seen[base] == 1 else f"{base} ({seen[base]})"
        found.append(
            Mutant(
                ident,
                module,
                owners[index],
                getattr(original, "lineno", 0),
                ast.unparse(ast.fix_missing_locations(tree)),
            )
        )
    return found


def _replace(tree: ast.AST, old: ast.AST, new: ast.AST) -> None:
    for parent in ast.walk(tree):
        for name, value in ast.iter_fields(parent):
            if value is old:
                setattr(parent, name, new)
                return
            if isinstance(value, list) and any(item is old for item in value):
                value[[id(item) for item in value].index(id(old))] = new
                return
    raise AssertionError("mutated node not found")


# -- running --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Recorded:
    """One test of the clean run: its node id, the functions it ran (``module:first line``), its time."""

    test: str
    ran: frozenset[str]
    seconds: float


def _pytest(copy_root: Path, files: list[str], env: dict[str, str], timeout: float | None) -> int | None:
    """Run pytest on ``files`` with the package of ``copy_root``: its exit status, ``None`` on timeout."""
    env = dict(os.environ, **env, PYTHONDONTWRITEBYTECODE="1", POLITIQUE_VILLE_HYPOTHESIS_PROFILE="mutation")
    env["PYTHONPATH"] = os.pathsep.join([str(copy_root), str(ROOT / "scripts")])
    env["MUTATION_PACKAGE"] = str(copy_root / "politique_ville")
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "mutation_plugin"]
    command += ["-o", "addopts=", "--import-mode=importlib", *files]
    try:
        done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return None
    return done.returncode


def _record(copy_root: Path, files: list[str], workdir: Path) -> list[Recorded]:
    """Run every test file once, unmutated, recording which functions each test runs."""
    out = workdir / "recorded.json"
    status = _pytest(copy_root, files, {"MUTATION_RECORD": str(out)}, timeout=None)
    if status != 0:
        raise SystemExit(f"the tests fail without any mutant (pytest status {status}): fix them first")
    rows = json.loads(out.read_text(encoding="utf-8"))
    return [Recorded(r["test"], frozenset(r["ran"]), r["seconds"]) for r in rows]


def _owner_keys(module: str) -> dict[str, set[str]]:
    """``module:first line`` of each mutated name (a module constant: of every function of the module)."""
    tree = ast.parse((PACKAGE / f"{module}.py").read_text(encoding="utf-8"))
    functions = {
        node.name: min([node.lineno, *(d.lineno for d in node.decorator_list)])
        for node in ast.walk(tree)
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
    }
    keys: dict[str, set[str]] = {}
    for name, node in _targets(tree, SCOPE[module].names):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            keys[name] = {f"{module}:{min([node.lineno, *(d.lineno for d in node.decorator_list)])}"}
        else:
            keys[name] = {f"{module}:{line}" for line in functions.values()}
    return keys


def _verdict(mutant: Mutant, tests: list[Recorded], copy_root: Path, timeout: float | None) -> str:
    """``"killed"`` or ``"survived"``: ``tests`` run on ``mutant`` written into ``copy_root``."""
    if not tests:
        return "survived"  # no test runs the function
    path = copy_root / "politique_ville" / f"{mutant.module}.py"
    original = path.read_text(encoding="utf-8")
    path.write_text(mutant.source, encoding="utf-8")
    selected = copy_root.parent / "selected.txt"
    # The quickest tests first: a mutant is most often killed by a quick exact test.
    selected.write_text("\n".join(r.test for r in sorted(tests, key=lambda r: r.seconds)), encoding="utf-8")
    try:
        # One file at a time, the fast exact ones first: most mutants are killed by the
        # first, and the other files need not even be collected.
        for file in dict.fromkeys(r.test.split("::")[0] for r in tests):
            spent = sum(r.seconds for r in tests if r.test.startswith(f"{file}::"))
            status = _pytest(copy_root, ["-x", file], {"MUTATION_SELECT": str(selected)}, timeout or 10 + 3 * spent)
            # Any failure counts: 1 is a failing test, 2 to 4 a mutant that breaks the import
            # or the collection, which a test run notices too; None a timeout.
            if status != 0:
                return "killed"
        return "survived"
    finally:
        path.write_text(original, encoding="utf-8")


def run(
    modules: list[str], only: str | None, timeout: float | None, fail_under: float, jobs: int, record: Path | None
) -> int:
    """Run the mutants of ``modules`` on ``jobs`` copies of the package; print the score and the survivors.

    With ``record``, each verdict is also appended to that file as soon as it is known, one JSON
    object a line (``id``, ``module``, ``line``, ``verdict``, ``equivalent``).
    """
    started = time.monotonic()
    workdir = Path(tempfile.mkdtemp(prefix="politique-ville-mutants-"))
    copies = [workdir / str(n) / "src" for n in range(jobs)]
    for copy_root in copies:
        shutil.copytree(PACKAGE, copy_root / "politique_ville", ignore=shutil.ignore_patterns("__pycache__"))
    free: queue.Queue[Path] = queue.Queue()
    for copy_root in copies:
        free.put(copy_root)
    files = list(dict.fromkeys(t for m in modules for t in SCOPE[m].tests if (ROOT / t).exists()))
    results: dict[str, str] = {}
    lines: dict[str, int] = {}
    try:
        recorded = _record(copies[0], files, workdir)
        print(f"clean run of {len(recorded)} tests in {time.monotonic() - started:.0f} s (traced)", flush=True)
        for module in modules:
            target, keys = SCOPE[module], _owner_keys(module)
            chosen = [m for m in mutants(module) if only is None or only in m.id]
            print(f"{module}: {len(chosen)} mutants", flush=True)

            def one(mutant: Mutant, target: Target = target, keys: dict[str, set[str]] = keys) -> str:
                tests = [r for r in recorded if r.ran & keys[mutant.owner] and r.test.split("::")[0] in target.tests]
                tests.sort(key=lambda r: target.tests.index(r.test.split("::")[0]))  # stable: keeps run order
                copy_root = free.get()
                try:
                    return _verdict(mutant, tests, copy_root, timeout)
                finally:
                    free.put(copy_root)

            with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
                for number, (mutant, verdict) in enumerate(zip(chosen, pool.map(one, chosen), strict=True), 1):
                    results[mutant.id], lines[mutant.id] = verdict, mutant.line
                    if record is not None:
                        row = {"id": mutant.id, "module": module, "line": mutant.line, "verdict": verdict}
                        with record.open("a", encoding="utf-8") as out:
                            out.write(json.dumps({**row, "equivalent": mutant.id in EQUIVALENT}) + "\n")
                    if verdict == "survived" and mutant.id not in EQUIVALENT:
                        print(f"  [{number}/{len(chosen)}] survived: {mutant.id}", flush=True)
                    elif number % 25 == 0:
                        print(f"  [{number}/{len(chosen)}]", flush=True)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return _report(results, lines, time.monotonic() - started, fail_under)


def _report(results: dict[str, str], lines: dict[str, int], seconds: float, fail_under: float) -> int:
    equivalent = [m for m in results if m in EQUIVALENT]
    scored = [m for m in results if m not in EQUIVALENT]
    killed = [m for m in scored if results[m] != "survived"]
    survivors = [m for m in scored if results[m] == "survived"]
    print()
    print(f"{len(results)} mutants, {len(equivalent)} judged equivalent, in {seconds / 60:.1f} min")
    if scored:
        score = 100 * len(killed) / len(scored)
        print(f"score: {len(killed)}/{len(scored)} killed = {score:.1f} % of non-equivalent mutants")
    else:
        score = 100.0
    if survivors:
        print("\nsurviving mutants (module.function: change; line in the source):")
        for mutant in survivors:
            print(f"  {mutant}  (line {lines[mutant]})")
    stale = [m for m in equivalent if results[m] != "survived"]
    if stale:
        print("\nlisted as equivalent but killed (remove them from EQUIVALENT):")
        for mutant in stale:
            print(f"  {mutant}")
    return 0 if score >= fail_under and not stale else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--module", action="append", choices=sorted(SCOPE), help="mutate only this module (repeatable)")
    parser.add_argument("--only", help="run only the mutants whose id contains this text")
    parser.add_argument(
        "--timeout", type=float, help="seconds a test file may take on a mutant (default: 10 + 3 × its clean run)"
    )
    parser.add_argument("--fail-under", type=float, default=90.0, help="lowest acceptable score, in %% (default 90)")
    parser.add_argument("--jobs", type=int, default=1, help="mutants run at once (default 1)")
    parser.add_argument("--record", type=Path, metavar="FILE", help="append each verdict to FILE (JSON lines)")
    parser.add_argument("--list", action="store_true", help="list the mutants and exit")
    parser.add_argument("--show", metavar="ID", help="print one mutant as a diff and exit")
    args = parser.parse_args(argv)
    modules: list[str] = args.module or list(SCOPE)
    if args.list or args.show:
        return _list(modules, args.show)
    return run(modules, args.only, args.timeout, args.fail_under, max(1, args.jobs), args.record)


def _list(modules: list[str], show: str | None) -> int:
    for module in modules:
        for mutant in mutants(module):
            if show is None:
                mark = "  (equivalent)" if mutant.id in EQUIVALENT else ""
                print(f"{mutant.id}{mark}")
            elif mutant.id == show:
                clean = ast.unparse(ast.parse((PACKAGE / f"{module}.py").read_text(encoding="utf-8")))
                diff = difflib.unified_diff(
                    clean.splitlines(), mutant.source.splitlines(), module, f"{module} (mutant)", lineterm=""
                )
                print("\n".join(diff))
                return 0
    return 0 if show is None else _unknown(show)


def _unknown(ident: str) -> int:
    print(f"no mutant {ident!r}; see --list", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
