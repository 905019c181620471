"""A chart of the centres through time: the data's centres per year beside the sources' counts.

>>> import politique_ville as pv
>>> from politique_ville.chart import centres_chart, centres_per_year
>>> [(row.year, row.covering, row.unconfirmed) for row in centres_per_year(pv.load(), 1992, 1994)]
[(1992, 0, 0), (1993, 2, 0), (1994, 2, 0)]
>>> centres_chart(dataset=pv.load()).startswith("<?xml")
True

How to read it: each year has a bar, the number of centres that the data has covering a
territory at some time in that year, attested or inferred (solid), with those whose last
dated statement is older than the freshness horizon stacked on top (hatched, unconfirmed). Each
count a source gives is a diamond with its number, placed at its date and drawn across the span
its precision allows: a count known to the year spans the whole year, one known to the day is a
point. A hollow diamond is a count that only its source's date places (the source's date or, for
an undated source, the earliest date of its estimate). Every bar and diamond is labelled with its
number, so the chart reads without colour; the document's ``<title>`` and ``<desc>`` state it
all as text, and each mark carries an ``aria-label``. The same data always gives the same bytes.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from typing import NamedTuple

from .dataset import Dataset
from .dates import PartialDate
from .files import write_atomically
from .freshness import CountCheck, covering_at
from .vocabulary import Certainty, DatedBy

__all__ = ["YearCount", "centres_chart", "centres_per_year", "write_centres_chart"]

TITLE = "Centres de ressources politique de la ville par année : données et décomptes des sources"
"""The chart's title."""

BAR, COUNT, INK, GRID = "#0072B2", "#D55E00", "#222222", "#DDDDDD"  # Okabe and Ito's blue and vermilion
WIDTH, HEIGHT = 900, 500
_HALO = {"fill": COUNT, "stroke": "#FFFFFF", "stroke-width": "3", "paint-order": "stroke"}  # legible over a bar
LEFT, RIGHT, TOP, BOTTOM = 56, 16, 64, 96  # margins around the plot


class YearCount(NamedTuple):
    """The centres the data has covering a territory in a year: attested or inferred, and unconfirmed."""

    year: int
    covering: int
    unconfirmed: int


def centres_per_year(dataset: Dataset, since: int | None = None, until: int | None = None) -> tuple[YearCount, ...]:
    """One row per year, from ``since`` (default: the first year any coverage starts) to
    ``until`` (default: the year of :attr:`Dataset.today`)."""
    starts = [c.period.start.year for centre in dataset.centres() for c in centre.coverage if c.period.start]
    first = since if since is not None else min(starts, default=dataset.today.year)
    last = until if until is not None else dataset.today.year
    rows = []
    for year in range(first, last + 1):
        graded = covering_at(dataset, PartialDate(year=year))
        unconfirmed = sum(1 for g in graded.values() if g is Certainty.UNCONFIRMED)
        rows.append(YearCount(year=year, covering=len(graded) - unconfirmed, unconfirmed=unconfirmed))
    return tuple(rows)


def centres_chart(since: int | None = None, until: int | None = None, *, dataset: Dataset) -> str:
    """The chart as an SVG document (text)."""
    years = centres_per_year(dataset, since, until)
    first, last = years[0].year, years[-1].year
    counts = [c for c in dataset.counts() if first <= c.as_of.year <= last]
    top = max([y.covering + y.unconfirmed for y in years] + [c.stated for c in counts] + [1])
    top = (top + 4) // 5 * 5
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    step = plot_w / len(years)

    def x_of(day: float) -> float:  # ``day``: a fractional year
        return LEFT + (day - first) * step

    def y_of(value: float) -> float:
        return TOP + plot_h - value / top * plot_h

    svg = ET.Element(
        "svg",
        {
            "xmlns": "http://www.w3.org/2000/svg",
            "viewBox": f"0 0 {WIDTH} {HEIGHT}",
            "width": str(WIDTH),
            "height": str(HEIGHT),
            "role": "img",
            "aria-labelledby": "chart-title chart-desc",
            "font-family": "sans-serif",
        },
    )
    ET.SubElement(svg, "title", {"id": "chart-title"}).text = f"{TITLE}, {first}–{last}"
    ET.SubElement(svg, "desc", {"id": "chart-desc"}).text = _description(years, counts)
    defs = ET.SubElement(svg, "defs")
    pattern = ET.SubElement(
        defs, "pattern", {"id": "unconfirmed", "width": "6", "height": "6", "patternUnits": "userSpaceOnUse"}
    )
    ET.SubElement(pattern, "rect", {"width": "6", "height": "6", "fill": "#FFFFFF"})
    ET.SubElement(pattern, "path", {"d": "M0,6 L6,0", "stroke": BAR, "stroke-width": "1.5"})
    ET.SubElement(svg, "rect", {"width": str(WIDTH), "height": str(HEIGHT), "fill": "#FFFFFF"})
    heading = ET.SubElement(svg, "text", {"x": str(LEFT), "y": "24", "font-size": "15", "fill": INK})
    heading.text = TITLE

    grid = ET.SubElement(svg, "g", {"aria-hidden": "true", "font-size": "11", "fill": INK})
    for value in range(0, top + 1, 5):
        level = f"{y_of(value):.1f}"
        ET.SubElement(
            grid, "line", {"x1": str(LEFT), "x2": str(WIDTH - RIGHT), "y1": level, "y2": level, "stroke": GRID}
        )
        ET.SubElement(grid, "text", {"x": str(LEFT - 6), "y": level, "text-anchor": "end", "dy": "4"}).text = str(value)
    for row in years:
        if row.year % 5 == 0 or row.year == first or (row.year == last and last % 5 > 1):
            tick = ET.SubElement(
                grid,
                "text",
                {"x": f"{x_of(row.year + 0.5):.1f}", "y": str(HEIGHT - BOTTOM + 16), "text-anchor": "middle"},
            )
            tick.text = str(row.year)

    bars = ET.SubElement(svg, "g", {"id": "bars"})
    for row in years:
        x, w = x_of(row.year) + step * 0.15, step * 0.7
        label = f"{row.year} : {row.covering} centres dans les données"
        if row.unconfirmed:
            label += f", et {row.unconfirmed} non confirmés"
        bar = ET.SubElement(bars, "g", {"class": "year", "data-year": str(row.year), "aria-label": label})
        ET.SubElement(bar, "title").text = label
        solid, hatched = y_of(row.covering), y_of(row.covering + row.unconfirmed)
        ET.SubElement(bar, "rect", _box(x, solid, w, y_of(0) - solid, BAR, {"class": "covering"}))
        if row.unconfirmed:
            ET.SubElement(
                bar,
                "rect",
                _box(x, hatched, w, solid - hatched, "url(#unconfirmed)", {"class": "unconfirmed", "stroke": BAR}),
            )
        if row.covering + row.unconfirmed:
            number = ET.SubElement(
                bar,
                "text",
                {
                    "x": f"{x + w / 2:.1f}",
                    "y": f"{hatched - 3:.1f}",
                    "text-anchor": "middle",
                    "font-size": "10",
                    "fill": INK,
                },
            )
            number.text = str(row.covering + row.unconfirmed)

    marks = ET.SubElement(svg, "g", {"id": "counts"})
    for count in counts:
        start, end = _fraction(count.as_of, earliest=True), _fraction(count.as_of, earliest=False)
        middle, y = (start + end) / 2, y_of(count.stated)
        label = f"{count.as_of} : {count.stated} centres selon {'; '.join(count.sources)}"
        if count.dated_by is not DatedBy.EVENT:
            label += f" ({count.dated_by.label})"
        mark = ET.SubElement(marks, "g", {"class": "count", "data-date": str(count.as_of), "aria-label": label})
        ET.SubElement(mark, "title").text = label
        ET.SubElement(
            mark,
            "line",
            {
                "x1": f"{x_of(start):.1f}",
                "x2": f"{x_of(end):.1f}",
                "y1": f"{y:.1f}",
                "y2": f"{y:.1f}",
                "stroke": COUNT,
                "stroke-width": "2",
            },
        )
        cx = x_of(middle)
        hollow = count.dated_by is not DatedBy.EVENT
        ET.SubElement(
            mark,
            "path",
            {
                "d": f"M{cx:.1f},{y - 6:.1f} L{cx + 6:.1f},{y:.1f} L{cx:.1f},{y + 6:.1f} L{cx - 6:.1f},{y:.1f} Z",
                "fill": "#FFFFFF" if hollow else COUNT,
                "stroke": COUNT,
                "stroke-width": "2",
            },
        )
        ET.SubElement(
            mark, "text", {"x": f"{cx + 8:.1f}", "y": f"{y - 6:.1f}", "font-size": "11", "font-weight": "bold", **_HALO}
        ).text = str(count.stated)

    legend = ET.SubElement(svg, "g", {"id": "legend", "font-size": "12", "fill": INK})
    base = HEIGHT - BOTTOM + 40
    entries = [
        (_box(LEFT, base - 10, 14, 12, BAR, {}), "centres couvrant un territoire (attesté ou déduit)"),
        (_box(LEFT + 330, base - 10, 14, 12, "url(#unconfirmed)", {"stroke": BAR}), "non confirmés"),
    ]
    for box, text in entries:
        ET.SubElement(legend, "rect", box)
        ET.SubElement(legend, "text", {"x": f"{float(box['x']) + 20:.1f}", "y": str(base)}).text = text
    row2 = base + 22
    for i, (fill, text) in enumerate(
        (
            (COUNT, "décompte à la date que donne la source"),
            ("#FFFFFF", "décompte placé à la date (ou l'estimation) de sa source"),
        )
    ):
        cx = LEFT + 7 + i * 330
        ET.SubElement(
            legend,
            "path",
            {
                "d": f"M{cx},{row2 - 11} L{cx + 6},{row2 - 5} L{cx},{row2 + 1} L{cx - 6},{row2 - 5} Z",
                "fill": fill,
                "stroke": COUNT,
                "stroke-width": "2",
            },
        )
        ET.SubElement(legend, "text", {"x": str(cx + 13), "y": str(row2)}).text = text
    version = f"données {dataset.version}" if dataset.version else "données"
    ET.SubElement(
        legend, "text", {"x": str(WIDTH - RIGHT), "y": str(row2), "text-anchor": "end", "font-size": "10"}
    ).text = version
    ET.indent(svg)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(svg, encoding="unicode") + "\n"


def write_centres_chart(
    path: str | os.PathLike[str], since: int | None = None, until: int | None = None, *, dataset: Dataset
) -> None:
    """Write :func:`centres_chart` to ``path`` (UTF-8), atomically."""
    write_atomically(path, centres_chart(since, until, dataset=dataset))


def _box(x: float, y: float, w: float, h: float, fill: str, extra: dict[str, str]) -> dict[str, str]:
    return {"x": f"{x:.1f}", "y": f"{y:.1f}", "width": f"{w:.1f}", "height": f"{max(h, 0):.1f}", "fill": fill, **extra}


def _fraction(when: PartialDate, *, earliest: bool) -> float:
    """A partial date's first (or last) day as a fractional year: its span, never one day for a year."""
    day = when.earliest() if earliest else when.latest()
    start = day.replace(month=1, day=1)
    length = (start.replace(year=start.year + 1) - start).days
    return day.year + ((day - start).days + (0 if earliest else 1)) / length


def _description(years: tuple[YearCount, ...], counts: list[CountCheck]) -> str:
    data = "; ".join(
        f"{y.year} : {y.covering}" + (f" (+{y.unconfirmed} non confirmés)" if y.unconfirmed else "") for y in years
    )
    stated = "; ".join(
        f"{c.as_of} : {c.stated}" + ("" if c.dated_by is DatedBy.EVENT else f" ({c.dated_by.label})") for c in counts
    )
    return (
        "Nombre de centres que les données montrent couvrant un territoire chaque année (attesté ou déduit) : "
        f"{data}. Décomptes donnés par les sources, à leur date : {stated}."
    )
