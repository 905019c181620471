"""The time-travel map: one self-contained HTML page moving through the coverage's dates.

Expectations come from the query API (``covering``, ``changes``) and the SVG maps, not from a
list of centres, so the tests hold while the bundled data grows. The browser tests run the
page's own script in headless Chromium and read what it left in the page.
"""

from __future__ import annotations

import datetime
import html
import json
import re
import subprocess
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

import politique_ville as pv
from politique_ville.cli import main
from politique_ville.dates import PartialDate
from politique_ville.maps import centre_colours, centre_numbers, coverage_map, title_date
from politique_ville.timemap import coverage_page, coverage_steps, write_coverage_page
from tests.browser import HEADLESS, chromium
from tests.test_maps import ALL_CODES, _overlap
from tests.test_outputs import renamed

NS = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def page() -> str:
    return coverage_page(dataset=pv.load())


# -- the steps ----------------------------------------------------------------------------------


def test_the_steps_are_every_start_and_the_first_date_after_every_end() -> None:
    ds = pv.load()
    wanted: set[PartialDate] = set()
    for centre in ds.centres():
        for coverage in centre.coverage:
            start, end = coverage.period.start, coverage.period.end
            if start is not None:
                wanted.add(start)
            if end is None:
                continue
            if end.day is not None and end.month is not None:
                day = datetime.date(end.year, end.month, end.day) + datetime.timedelta(days=1)
                wanted.add(PartialDate(year=day.year, month=day.month, day=day.day))
            elif end.month is not None:
                wanted.add(PartialDate(year=end.year + (end.month == 12), month=end.month % 12 + 1))
            else:
                wanted.add(PartialDate(year=end.year + 1))
    steps = coverage_steps(ds)
    assert list(steps) == sorted(wanted, key=PartialDate.order)
    assert str(steps[0]) == "1993"
    # A coverage ending on 31 December 2015 is gone on the next day, which is a step; the end is not.
    assert PartialDate(year=2016, month=1, day=1) in steps
    assert PartialDate(year=2015, month=12, day=31) not in steps


# -- the file -----------------------------------------------------------------------------------


class _References(HTMLParser):
    """Every reference an element makes (``src``, ``href``, ``data``, ``srcset``): the links
    (``<a href>``) apart, and the scripts' attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.loaded: list[tuple[str, str]] = []
        self.links: list[str] = []
        self.scripts: list[dict[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "script":
            self.scripts.append(found)
        for name in ("src", "href", "xlink:href", "data", "srcset"):
            value = found.get(name)
            if value is None:
                continue
            if tag == "a" and name == "href":
                self.links.append(value)
            else:
                self.loaded.append((tag, value))


def _nothing_from_elsewhere(text: str) -> list[tuple[str, str]]:
    """The references to anything outside the document (a parse of the HTML, and of its CSS)."""
    parser = _References()
    parser.feed(text)
    outside = [(tag, value) for tag, value in parser.loaded if not value.startswith("#")]
    outside += [("css", url) for url in re.findall(r"url\(\s*['\"]?([^'\")]*)", text) if not url.startswith("#")]
    outside += [("css", rule) for rule in re.findall(r"@import|@font-face", text)]
    return outside


def test_one_self_contained_file_under_a_megabyte(page: str) -> None:
    assert page.startswith('<!DOCTYPE html>\n<html lang="fr">')
    assert len(page.encode("utf-8")) < 1_000_000
    assert _nothing_from_elsewhere(page) == []
    parser = _References()
    parser.feed(page)
    assert [s.get("src") for s in parser.scripts] == [None, None]
    assert all(link.startswith(("https://", "http://")) for link in parser.links)
    # The steps' maps, kept as data, load nothing either.
    data = _data(page)
    assert _nothing_from_elsewhere("\n".join(data["lines"])) == []


def _data(page: str) -> dict[str, Any]:
    found = re.search(r'<script type="application/json" id="pv-data">(.*?)</script>', page, re.S)
    assert found
    data: dict[str, Any] = json.loads(found.group(1))
    return data


def test_the_same_data_give_the_same_bytes(tmp_path: Path, page: str) -> None:
    assert coverage_page(dataset=pv.load()) == page
    assert pv.coverage_page() == page
    write_coverage_page(tmp_path / "a.html", dataset=pv.load())
    assert main(["map", "--format", "html", "--output", str(tmp_path / "b.html")]) == 0
    assert main(["map", "--output", str(tmp_path / "c.html")]) == 0
    pv.write_coverage_page(tmp_path / "d.html")
    for name in "abcd":
        assert (tmp_path / f"{name}.html").read_bytes() == page.encode("utf-8")


def test_the_steps_in_the_page(page: str) -> None:
    ds = pv.load()
    steps = _data(page)["steps"]
    dated = coverage_steps(ds)
    assert [s["key"] for s in steps] == [*(str(d) for d in dated), ""]
    assert steps[0]["label"] == "en 1993"
    assert steps[-1]["label"] == "au dernier état connu"
    assert [s["label"] for s in steps if s["key"] == "2017-01-01"] == ["au 1er janvier 2017"]


def test_without_javascript_the_latest_map_and_its_text(page: str) -> None:
    latest = coverage_map(dataset=pv.load())
    body = page.split('<div id="pv-map" class="pv-map">\n', 1)[1].split("\n</div>", 1)[0]
    assert body == latest.split("\n", 1)[1].rstrip("\n")
    desc = ET.fromstring(latest).find(f"{NS}desc")
    assert desc is not None and desc.text
    items = re.search(r'<div id="pv-text" aria-live="polite"><ul>(.*?)</ul></div>', page, re.S)
    assert items
    wanted = [html.escape(line.removeprefix("- ")) for line in desc.text.split("\n")]
    assert re.findall(r"<li>(.*?)</li>", items.group(1)) == wanted
    assert '<div id="pv-controls" class="pv-controls" hidden>' in page


def test_names_cannot_break_out_of_the_page() -> None:
    name = "</script><script>alert(1)</script> & <b>\ud800"
    page = coverage_page(dataset=renamed(name))
    page.encode("utf-8")  # a lone surrogate would raise
    assert page.count("</script>") == 2, "only the page's own two scripts end"
    assert "<b>" not in page
    assert html.escape("</script><script>alert(1)</script> & <b>?") in page
    assert _nothing_from_elsewhere(page) == []


def test_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str) -> None:
    assert main(["map", "--format", "html", "--output", "-"]) == 0
    assert capsys.readouterr().out == page
    assert main(["map", "--format", "html", "--on", "2012", "--output", str(tmp_path / "x.html")]) == 1
    error = capsys.readouterr().err
    assert error.endswith("error: --format html moves through every date: it takes neither --on nor --since\n")
    assert main(["map", "--format", "svg", "--output", str(tmp_path / "x.png")]) == 1
    assert "PATH ends in .png but --format is svg" in capsys.readouterr().err
    assert not list(tmp_path.iterdir())
    assert main(["map", "--format", "svg", "--output", str(tmp_path / "x.html")]) == 0
    assert (tmp_path / "x.html").read_text(encoding="utf-8") == coverage_map(dataset=pv.load())


# -- in a real browser --------------------------------------------------------------------------

_PROBE = """
<script>
(function () {
  const box = (e) => { const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; };
  const found = {};
  const read = () => ({
    hash: location.hash,
    date: document.getElementById("pv-date").textContent,
    slider: document.getElementById("pv-step").value,
    valuetext: document.getElementById("pv-step").getAttribute("aria-valuetext"),
    controls: !document.getElementById("pv-controls").hidden,
    fills: Object.fromEntries([...document.querySelectorAll("#departments .department, #overseas .department")]
      .map((e) => [e.dataset.department, [e.getAttribute("fill"), e.dataset.centres || "", e.tabIndex]])),
    legend: [...document.querySelectorAll("#legend .legend-centre")].map((e) => e.dataset.centre),
    changes: [...document.querySelectorAll("#pv-changes li[data-entity]")].map((e) =>
      [e.dataset.entity, e.dataset.aspect, e.dataset.gained, e.dataset.lost, e.firstChild.textContent]),
    text: [...document.querySelectorAll("#pv-text li")].map((e) => e.textContent),
    shapes: [...document.querySelectorAll("path.department")].filter((e) => !e.getAttribute("d")).length,
  });
  found.opened = read();
  found.layout = {
    width: window.innerWidth, scroll: document.documentElement.scrollWidth,
    legend: box(document.getElementById("legend")),
    // The map's parts: the departments, the overseas boxes, and the enlargement's frame (its
    // content is clipped to it, which bounding boxes ignore).
    map: ["#departments", "#overseas", "#zoom > rect"].map((part) => box(document.querySelector(part))),
    side: box(document.querySelector(".pv-side")), frame: box(document.getElementById("pv-map")),
  };
  const somme = document.getElementById("dep-80");
  somme.focus();
  found.detail = {
    heading: [...document.querySelectorAll("#pv-detail h3")].map((e) => e.textContent),
    centres: [...document.querySelectorAll("#pv-detail strong")].map((e) => e.textContent),
    text: [...document.querySelectorAll("#pv-detail p")].map((e) => e.textContent),
    links: [...document.querySelectorAll("#pv-detail a")].map((e) => e.getAttribute("href")),
    sources: [...document.querySelectorAll("#pv-detail .pv-sources li")].length,
  };
  somme.dispatchEvent(new KeyboardEvent("keydown", {key: "ArrowLeft", bubbles: true}));
  found.left = read();
  found.left.focused = document.activeElement.id;
  found.left.detail = [...document.querySelectorAll("#pv-detail h2")].map((e) => e.textContent);
  const slider = document.getElementById("pv-step");
  slider.value = "0";
  slider.dispatchEvent(new Event("input", {bubbles: true}));
  found.first = read();
  document.getElementById("pv-play").click();
  found.playing = document.getElementById("pv-play").getAttribute("aria-pressed");
  document.getElementById("pv-play").click();
  found.paused = document.getElementById("pv-play").getAttribute("aria-pressed");
  const out = document.createElement("pre");
  out.id = "probed";
  out.textContent = JSON.stringify(found);
  document.body.appendChild(out);
  if (window.parent !== window) window.parent.postMessage(out.textContent, "*");
})();
</script>
"""


_FRAME = """<!DOCTYPE html><html><body style="margin:0">
<iframe src="{uri}" width="{width}" height="2400" style="border:0;display:block"></iframe>
<script>
window.addEventListener("message", (event) => {{
  const out = document.createElement("pre");
  out.id = "probed";
  out.textContent = event.data;
  document.body.appendChild(out);
}});
</script></body></html>"""
"""A page showing the probed page in a frame ``width`` px wide, and what its probe reports."""


@pytest.fixture(scope="module")
def browser() -> str:
    return chromium()


@pytest.fixture(scope="module")
def probed(page: str, browser: str, tmp_path_factory: pytest.TempPathFactory) -> Any:
    """What the page shows, opened at each fragment (at 1280 px), then after a key, the slider
    and the play button; and its layout at 400 and 1280 px, with a screenshot of each."""
    folder = tmp_path_factory.mktemp("timemap")
    target = folder / "network.html"
    target.write_text(page.replace("</body>", _PROBE + "</body>"), encoding="utf-8")

    def run(fragment: str, width: int) -> Any:
        command = [
            browser,
            *HEADLESS,
            "--hide-scrollbars",
            "--virtual-time-budget=10000",
            f"--user-data-dir={folder / f'profile-{fragment}-{width}'}",
            f"--window-size={max(width, 500)},2400",
        ]
        uri = target.as_uri() + (f"#{fragment}" if fragment else "")
        if width < 500:  # headless Chromium's window is at least 500 px wide: a frame is not
            frame = folder / f"frame-{width}.html"
            frame.write_text(_FRAME.format(width=width, uri=uri), encoding="utf-8")
            uri = frame.as_uri()
        done = subprocess.run([*command, "--dump-dom", uri], capture_output=True, text=True, timeout=180)
        found = re.search(r'<pre id="probed">(.*?)</pre>', done.stdout, re.S)
        assert found, f"the page's script did not run (exit {done.returncode}): {done.stderr[-2000:]}"
        if not fragment:  # a screenshot at each width, to look at
            png = folder / f"network-{width}.png"
            subprocess.run([*command, f"--screenshot={png}", uri], capture_output=True, timeout=180, check=False)
            assert png.exists()
        return json.loads(html.unescape(found.group(1)))

    cases = [("2012", 1280), ("2018", 1280), ("2017-01-01", 1280), ("2012-06-01", 1280), ("", 1280), ("", 400)]
    return {case: run(*case) for case in cases}


def _centres_at(on: str | None) -> dict[str, str]:
    ds = pv.load()
    return {code: " ".join(m.centre.id for m in ds.covering(code, on=on)) for code in ALL_CODES}


@pytest.mark.parametrize("fragment", ["2012", "2018", "2017-01-01", ""])
def test_each_department_is_coloured_by_its_centre_at_the_fragment_s_date(probed: Any, fragment: str) -> None:
    shown = probed[(fragment, 1280)]["opened"]
    on = fragment or None
    colours = centre_colours(pv.load())
    centres = _centres_at(on)
    assert sorted(shown["fills"]) == sorted(ALL_CODES)
    for code, (fill, ids, tab) in shown["fills"].items():
        assert ids == centres[code]
        assert fill == (colours[ids.split()[0]] if ids else "#DDDDDD")
        assert tab == 0, "every department is reached with Tab"
    assert shown["shapes"] == 0, "every outline is put back"
    assert shown["controls"] is True
    assert shown["hash"] == (f"#{fragment}" if fragment else "")


def test_the_somme_has_one_colour_in_2012_and_another_in_2018(probed: Any) -> None:
    colours = centre_colours(pv.load())
    ds = pv.load()
    before = probed[("2012", 1280)]["opened"]["fills"]["80"][0]
    after = probed[("2018", 1280)]["opened"]["fills"]["80"][0]
    assert before == colours[ds.covering("80", on=2012)[0].centre.id]
    assert after == colours[ds.covering("80", on=2018)[0].centre.id]
    assert before != after


@pytest.mark.parametrize("fragment", ["2012", "2018", "2017-01-01", ""])
def test_the_legend_lists_exactly_the_centres_shown(probed: Any, fragment: str) -> None:
    shown = probed[(fragment, 1280)]["opened"]
    on_map = {i for _, ids, _ in shown["fills"].values() for i in ids.split()}
    assert shown["legend"] == [c.id for c in pv.load().centres() if c.id in on_map]


def test_the_date_in_words_and_a_date_between_steps(probed: Any) -> None:
    assert probed[("2017-01-01", 1280)]["opened"]["date"] == "au 1er janvier 2017"
    assert probed[("2012", 1280)]["opened"]["date"] == "en 2012"
    assert probed[("", 1280)]["opened"]["date"] == "au dernier état connu"
    # 1 June 2012 opens at the step in force then: the last one starting by that date.
    steps = [str(s) for s in coverage_steps(pv.load())]
    between = probed[("2012-06-01", 1280)]["opened"]
    assert between["date"] == "au 31 mai 2012"
    assert between["slider"] == str(steps.index("2012-05-31"))
    assert between["valuetext"] == "au 31 mai 2012"


def test_the_change_list_at_2017_names_the_perimeter_changes(probed: Any) -> None:
    ds = pv.load()
    steps = coverage_steps(ds)
    at = steps.index(PartialDate(year=2017, month=1, day=1))
    changes = ds.changes(steps[at - 1], "2017-01-01")
    shown = probed[("2017-01-01", 1280)]["opened"]["changes"]
    assert [item[:4] for item in shown] == [[c.entity, c.aspect, " ".join(c.gained), " ".join(c.lost)] for c in changes]
    perimeter = [c for c in changes if c.aspect == "departments"]
    assert perimeter, "the 2017 reform moved departments between centres"
    for item, change in zip(shown, changes, strict=True):
        assert item[4].startswith(f"{ds.centre(change.entity).name} : ") if change.entity != "network" else True
        for department in (*change.gained, *change.lost):
            place = ds.territory(department)
            assert f"{place.name} ({place.code})" in item[4]


def test_the_text_equivalent_follows_the_date(probed: Any) -> None:
    for fragment in ("2012", "2018", ""):
        svg = coverage_map(fragment or None, dataset=pv.load())
        desc = ET.fromstring(svg).find(f"{NS}desc")
        assert desc is not None and desc.text
        wanted = [line.removeprefix("- ") for line in desc.text.split("\n")]
        assert probed[(fragment, 1280)]["opened"]["text"] == wanted


def test_a_department_focused_shows_its_centres_certainty_and_sources(probed: Any) -> None:
    ds = pv.load()
    numbers = centre_numbers(ds)
    detail = probed[("2012", 1280)]["detail"]
    matches = ds.covering("80", on=2012)
    assert detail["heading"] == ["Somme (80)"]
    assert detail["centres"] == [f"n° {numbers[m.centre.id]} · {ds.name_on(m.centre, 2012).value}" for m in matches]
    wanted_urls = [u for m in matches for s in m.coverage.sources if (u := ds.source(s).url)]
    assert detail["links"] == wanted_urls
    assert detail["sources"] == sum(len(m.coverage.sources) for m in matches)
    assert any("dernière attestation" in text for text in detail["text"])


def test_keys_slider_and_play_move_the_date_and_the_fragment_follows(probed: Any) -> None:
    steps = [str(s) for s in coverage_steps(pv.load())]
    seen = probed[("2018", 1280)]
    before = steps[steps.index("2018") - 1]
    assert seen["left"]["hash"] == f"#{before}"
    # The key pressed on the Somme moved the date; the Somme keeps the focus and shows its card then.
    assert seen["left"]["focused"] == "dep-80"
    assert seen["left"]["detail"] == [f"Département {title_date(PartialDate.parse(before))}"]
    assert seen["first"]["hash"] == "#1993"
    assert seen["first"]["date"] == "en 1993"
    assert seen["first"]["slider"] == "0"
    assert (seen["playing"], seen["paused"]) == ("true", "false")
    assert probed[("", 1280)]["left"]["hash"] == f"#{steps[-1]}"


@pytest.mark.parametrize("width", [400, 1280])
def test_the_legend_does_not_overlap_the_map_at_phone_and_desktop_widths(probed: Any, width: int) -> None:
    layout = probed[("", width)]["layout"]
    assert layout["width"] == width
    assert layout["scroll"] <= width, "nothing runs off the screen sideways"
    for part in layout["map"]:
        assert not _overlap(layout["legend"], part)
    assert not _overlap(layout["side"], layout["frame"])
    assert layout["legend"][2] <= width + 0.5
    if width == 1280:
        assert layout["side"][0] >= layout["frame"][2], "the side panel stands beside the map"
    else:
        assert layout["side"][1] >= layout["frame"][3], "the side panel comes under the map"
