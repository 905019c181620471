"""The built wheel holds every data file and works once installed in a fresh environment."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "politique_ville"

pytestmark = pytest.mark.slow


def run(*command: str | Path, cwd: Path) -> str:
    done = subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=900,
        check=False,
        env={k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"}},
    )
    assert done.returncode == 0, f"{command} failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel built from the sdist, as ``python -m build`` makes them."""
    out = tmp_path_factory.mktemp("dist")
    run(sys.executable, "-m", "build", "--outdir", out, ROOT, cwd=out)
    (built,) = out.glob("*.whl")
    return built


@pytest.fixture(scope="module")
def python(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The interpreter of a fresh virtual environment with the wheel installed."""
    venv = tmp_path_factory.mktemp("venv")
    run(sys.executable, "-m", "venv", venv, cwd=venv)
    interpreter = venv / ("Scripts" if os.name == "nt" else "bin") / "python"
    run(interpreter, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", wheel, cwd=venv)
    return interpreter


def test_the_wheel_holds_every_file_of_the_package(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        packaged = {name for name in archive.namelist() if name.startswith("politique_ville/")}
    source = {
        path.relative_to(PACKAGE.parent).as_posix()
        for path in PACKAGE.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    assert source - packaged == set()


def test_the_installed_package_answers_a_query(python: Path, tmp_path: Path) -> None:
    script = "import politique_ville as pv; print(pv.__file__); print([c.id for c in pv.by_territory('93', on=2012)])"
    where, answer = run(python, "-c", script, cwd=tmp_path).splitlines()
    assert Path(where).is_relative_to(python.parent.parent), "imported from the installed wheel"
    assert "profession-banlieue" in answer


def test_the_installed_command_line_runs(python: Path, tmp_path: Path) -> None:
    out = run(python, "-m", "politique_ville", "centres", "--territory", "93", "--on", "2012", cwd=tmp_path)
    assert "profession-banlieue" in out
    assert "Seine-Saint-Denis" in out


def test_the_wheel_carries_the_licence_texts_and_expression(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        (metadata,) = [name for name in names if name.endswith(".dist-info/METADATA")]
        headers = archive.read(metadata).decode("utf-8").split("\n\n", 1)[0].splitlines()
    shipped = sorted(name.split(".dist-info/licenses/", 1)[1] for name in names if ".dist-info/licenses/" in name)
    assert shipped == ["LICENSE", *sorted(f"LICENSES/{path.name}" for path in (ROOT / "LICENSES").iterdir())]
    assert "License-Expression: MIT AND etalab-2.0 AND CC-BY-4.0" in headers
