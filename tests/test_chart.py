"""The chart of the centres per year: its numbers, its accessibility and its rendering in a browser."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import politique_ville as pv
from politique_ville.chart import BAR, COUNT, centres_per_year
from tests.browser import rgb, screenshot

NS = {"svg": "http://www.w3.org/2000/svg"}
DATA = pv.load()
DATA_STEP = (pv.chart.WIDTH - pv.chart.LEFT - pv.chart.RIGHT) / 13  # 2010 to 2022: 13 years


def chart(since: int | None = None, until: int | None = None) -> ET.Element:
    return ET.fromstring(pv.centres_chart(since, until, dataset=DATA).encode("utf-8"))


def test_one_bar_per_year_with_the_datas_numbers() -> None:
    root = chart(2010, 2022)
    bars = root.findall(".//svg:g[@class='year']", NS)
    expected = centres_per_year(DATA, 2010, 2022)
    assert [int(b.get("data-year", "")) for b in bars] == list(range(2010, 2023))
    shown = [int(b.findall("svg:text", NS)[0].text or "") for b in bars]
    assert shown == [y.covering + y.unconfirmed for y in expected]
    assert [(y.year, y.covering, y.unconfirmed) for y in expected][-3:] == [(2020, 21, 0), (2021, 15, 6), (2022, 14, 7)]
    assert bars[-1].get("aria-label") == "2022 : 14 centres dans les données, et 7 non confirmés"
    assert [len(b.findall("svg:rect[@class='unconfirmed']", NS)) for b in bars] == [0] * 11 + [1, 1]


def test_every_count_in_range_is_a_labelled_diamond_spanning_its_precision() -> None:
    root = chart(2010, 2022)
    marks = root.findall(".//svg:g[@class='count']", NS)
    expected = [c for c in pv.counts() if 2010 <= c.as_of.year <= 2022]
    assert [m.get("data-date") for m in marks] == [str(c.as_of) for c in expected]
    assert [m.findall("svg:text", NS)[0].text for m in marks] == [str(c.stated) for c in expected]
    fills = [m.findall("svg:path", NS)[0].get("fill") for m in marks]
    assert fills == ["#FFFFFF" if c.dated_by is not pv.DatedBy.EVENT else COUNT for c in expected]
    widths = {m.get("data-date"): _width(m.findall("svg:line", NS)[0]) for m in marks}
    assert widths["2018"] > widths["2017-03"] > widths["2017-03-16"]  # a year spans its whole year, a day a day
    assert (widths["2018"], widths["2017-03-16"]) == (round(DATA_STEP, 1), 0.1)
    assert marks[0].get("aria-label") == "2012-05-31 : 19 centres selon 002_b4e078211863d438"


def _width(line: ET.Element) -> float:
    return round(float(line.get("x2", "0")) - float(line.get("x1", "0")), 1)


def test_title_and_description_state_the_chart_as_text() -> None:
    root = chart()
    assert root.get("role") == "img" and root.get("aria-labelledby") == "chart-title chart-desc"
    title, desc = root.find("svg:title", NS), root.find("svg:desc", NS)
    assert title is not None and title.text == pv.chart.TITLE + ", 1993–2026"
    assert desc is not None and desc.text is not None
    for row in centres_per_year(DATA):
        assert f"{row.year} : {row.covering}" in desc.text
    for count in pv.counts():
        assert f"{count.as_of} : {count.stated}" in desc.text


def test_the_chart_is_deterministic_and_written_as_utf8(tmp_path: Path) -> None:
    path = tmp_path / "centres.svg"
    pv.write_centres_chart(path, dataset=DATA)
    assert path.read_bytes() == pv.centres_chart(dataset=DATA).encode("utf-8") == pv.centres_chart().encode("utf-8")


def test_renders_in_a_real_browser(tmp_path: Path) -> None:
    svg = tmp_path / "centres.svg"
    pv.write_centres_chart(svg, dataset=DATA)
    width, height, counts = screenshot(svg, 900, 500, tmp_path)
    assert (width, height) == (900, 500)
    assert counts.get((255, 255, 255), 0) < 0.9 * width * height, "not blank"
    assert counts.get(rgb(BAR), 0) > 0.05 * width * height, "the bars are painted"
    assert counts.get(rgb(COUNT), 0) > 200, "the sources' counts are painted"
