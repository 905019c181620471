"""CITATION.cff says what the package says: its version, its release date, its licences, its data."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import politique_ville

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
FIELD = re.compile(r"(?P<indent> *)(?P<item>- )?(?P<key>[a-z-]+):(?: (?P<value>.*))?")


def scalar(text: str | None) -> str:
    """A YAML scalar as written in CITATION.cff: plain, or double-quoted (JSON's escapes)."""
    text = (text or "").strip()
    return str(json.loads(text)) if text.startswith('"') else text


def citation() -> tuple[dict[str, str], list[dict[str, str]]]:
    """The top-level fields of CITATION.cff with a value on their line, and those of each reference.

    A line parser for the layout of this file, so that the tests need no YAML library: a key at
    the start of a line opens a section; in ``references``, ``- key:`` opens a reference and the
    keys indented under it are its fields (nested lists, such as authors, are left out).
    """
    top: dict[str, str] = {}
    references: list[dict[str, str]] = []
    section = ""
    for line in (ROOT / "CITATION.cff").read_text(encoding="utf-8").splitlines():
        field = FIELD.fullmatch(line)
        if field is None:
            continue
        indent, key, value = len(field["indent"]), field["key"], scalar(field["value"])
        if indent == 0:
            section = key
            if value:
                top[key] = value
        elif section == "references" and indent == 2 and field["item"]:
            references.append({key: value})
        elif section == "references" and indent == 4 and not field["item"]:
            references[-1][key] = value
    return top, references


def project() -> dict[str, object]:
    table: dict[str, object] = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return table


def test_the_citation_has_the_fields_the_format_requires() -> None:
    top, _ = citation()
    assert top["cff-version"] == "1.2.0"
    assert {"message", "title"} <= top.keys()
    assert "authors:" in (ROOT / "CITATION.cff").read_text(encoding="utf-8").splitlines()


def test_the_citation_gives_the_version_of_the_package() -> None:
    top, _ = citation()
    assert top["version"] == politique_ville.__version__


def test_the_citation_is_released_on_the_changelog_date_of_that_version() -> None:
    top, _ = citation()
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    heading = re.search(rf"^## \[{re.escape(top['version'])}\] - (\S+)$", changelog, re.MULTILINE)
    assert heading is not None, f"no changelog entry for {top['version']}"
    assert top["date-released"] == heading[1]


def test_the_citation_licences_joined_by_and_are_the_package_licence_expression() -> None:
    # CFF takes SPDX identifiers, not expressions, and reads several of them in one list as OR:
    # the code's licence is the citation's, and each bundled work's is that of its reference.
    top, references = citation()
    licences = [top["license"], *(reference["license"] for reference in references)]
    assert " AND ".join(licences) == project()["license"]


def test_the_cited_data_is_the_bundled_data() -> None:
    _, references = citation()
    (data,) = [reference for reference in references if reference["type"] == "data"]
    package = json.loads((ROOT / "src" / "politique_ville" / "data" / "datapackage.json").read_text(encoding="utf-8"))
    assert (data["title"], data["version"]) == (package["title"], politique_ville.DATA_VERSION)
    assert data["license"] == package["licenses"][0]["name"]
