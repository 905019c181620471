"""The checks of this repository as nox sessions; ``nox -l`` lists them, ``nox`` runs them all.

``nox -s tests-3.12`` runs the test suite on one Python, ``nox -s lint types docs`` the rest.
Each session installs what it needs from this checkout in its own environment under ``.nox/``;
``bash .ci/run`` runs them all, as continuous integration does.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import nox

PYTHONS = ["3.10", "3.11", "3.12", "3.13"]
"""The Python versions the package supports, and the test suite runs on."""

nox.needs_version = ">=2025.10.14"
nox.options.sessions = ["tests", "lint", "types", "docs"]
nox.options.download_python = "never"  # the interpreters of this machine, or the session is skipped


def find_python(version: str) -> str | None:
    """A working interpreter of that Python version, found as ``.ci/run`` finds one.

    pyenv's installed versions first, then the system's, then any ``pythonX.Y`` on ``PATH``. Each
    candidate is run, since pyenv puts a shim on ``PATH`` for every installed version, and the shim
    of a version that is not active fails.
    """
    root = os.environ.get("PYENV_ROOT") or str(Path.home() / ".pyenv")
    candidates = [*sorted(glob.glob(f"{root}/versions/{version}.*/bin/python")), f"/usr/bin/python{version}"]
    candidates.append(shutil.which(f"python{version}") or "")
    check = f"import sys; assert sys.version.startswith('{version}.')"
    for candidate in filter(None, candidates):
        try:
            found = subprocess.run([candidate, "-c", check], capture_output=True, check=False).returncode == 0
        except OSError:
            continue
        if found:
            return candidate
    return None


def put_on_path(versions: list[str]) -> None:
    """Put the directory of each interpreter found ahead on ``PATH``, where nox looks for them.

    nox finds ``pythonX.Y`` on ``PATH``, where a failing pyenv shim may come first.
    """
    for version in versions:
        if (python := find_python(version)) is not None:
            os.environ["PATH"] = os.pathsep.join([str(Path(python).parent), os.environ.get("PATH", "")])


put_on_path(PYTHONS)


@nox.session(python=PYTHONS)
def tests(session: nox.Session) -> None:
    """The test suite, by the README's command, from an editable install."""
    session.install("-e", ".[test]")
    session.run("python", "-m", "pytest", "-q", "-p", "no:cacheprovider", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """Ruff's lint rules and formatting (the settings are in pyproject.toml)."""
    session.install("ruff")  # what the lint extra asks for; the checks need nothing else
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session
def types(session: nox.Session) -> None:
    """mypy on the sources and tests, then the type completeness of the API as users install it."""
    session.install("-e", ".[test,lint]")
    session.run("mypy")
    # A regular install in place of the editable one, and pyright run from outside the checkout,
    # so that it sees the package as installed from the wheel rather than the sources in src/.
    session.install("--no-deps", "--force-reinstall", ".")
    with tempfile.TemporaryDirectory() as elsewhere, session.chdir(elsewhere):
        session.run("pyright", "--verifytypes", "politique_ville", "--ignoreexternal")


@nox.session
def docs(session: nox.Session) -> None:
    """The documentation, warnings as errors."""
    session.install("-e", ".[docs]")
    session.run("sphinx-build", "-q", "-W", "--keep-going", "-b", "html", "docs", "docs/_build/html")


@nox.session
def mutation(session: nox.Session) -> None:
    """Mutation testing of the query core: prints the score and the surviving mutants (tens of
    minutes; run outside continuous integration)."""
    session.install("-e", ".[test]")
    session.run("python", "scripts/mutate.py", *session.posargs)
