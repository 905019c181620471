"""Sphinx configuration of the politique-ville documentation.

Build with ``sphinx-build -W --keep-going -b html docs docs/_build/html``. The coverage maps of
the tutorial and the history's time-travel page are drawn from the bundled data when the build
starts, into ``docs/_generated/``.
"""

from __future__ import annotations

import datetime
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "_ext"))

import politique_ville  # noqa: E402

# -- project -------------------------------------------------------------------------------------

project = "politique-ville"
author = "politique-ville maintainers"
copyright = f"{datetime.date.today().year}, {author}"
release = politique_ville.__version__
version = ".".join(release.split(".")[:2])

# -- general -------------------------------------------------------------------------------------

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.viewcode",
    "pvdocs",
]
source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build", "_generated", "Thumbs.db", ".DS_Store", "conftest.py"]
language = "en"

myst_enable_extensions = ["colon_fence", "deflist", "fieldlist"]
myst_heading_anchors = 3

# -- autodoc -------------------------------------------------------------------------------------

autodoc_typehints = "signature"
autodoc_member_order = "bysource"
autodoc_type_aliases = {"DateLike": "politique_ville.DateLike"}
autodoc_preserve_defaults = True
add_module_names = False
python_use_unqualified_type_names = True
python_display_short_literal_types = True
maximum_signature_line_length = 110

# -- HTML ----------------------------------------------------------------------------------------

html_theme = "furo"
html_title = f"politique-ville {release}"
html_static_path = ["_static"]
html_css_files = ["politique-ville.css"]
html_theme_options = {"navigation_with_keys": True}
html_last_updated_fmt = None

# -- the coverage maps ---------------------------------------------------------------------------

GENERATED = HERE / "_generated"

COVERAGE_MAPS = {
    "coverage-2004.svg": 2004,
    "coverage-2012.svg": 2012,
    "coverage-latest.svg": None,  # the latest known state
}
"""The maps the tutorial shows: file name -> date (``None`` for the latest known state)."""


PAGES = GENERATED / "pages"
"""The generated pages copied as they are beside the HTML pages: the history's time-travel map."""
PAGES.mkdir(parents=True, exist_ok=True)
html_extra_path = [str(PAGES)]


def draw_coverage_maps(app: object) -> None:
    """Draw the tutorial's coverage maps and the history's time-travel page from the bundled
    data (``builder-inited``)."""
    from politique_ville import write_coverage_map, write_coverage_page

    GENERATED.mkdir(exist_ok=True)
    for name, on in COVERAGE_MAPS.items():
        write_coverage_map(GENERATED / name, on=on)
    write_coverage_page(PAGES / "network.html")


def setup(app: object) -> None:
    app.connect("builder-inited", draw_coverage_maps)  # type: ignore[attr-defined]
