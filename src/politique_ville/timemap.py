"""The time-travel map: the network's coverage through time, in one self-contained HTML page.

>>> import politique_ville as pv
>>> from politique_ville.timemap import coverage_page, coverage_steps
>>> page = coverage_page(dataset=pv.load())
>>> page.startswith("<!DOCTYPE html>")
True
>>> str(coverage_steps(pv.load())[0])
'1993'

The page moves through the dates at which coverage changes (:func:`coverage_steps`), each drawn
by :func:`~politique_ville.maps.coverage_map`: the same colours, numbers, hatching and legend as
the SVG maps. Beside the map it shows the department pointed at, focused or tapped (its centres,
how sure each is, the last attestation, the sources), what changed since the previous step
(:meth:`Dataset.changes <politique_ville.Dataset.changes>`), and the whole map as text, which
screen readers hear updated with the date. The URL fragment (``#2012-06-01``) opens the page at
the step in force at that date, and follows the slider.

Everything is inline (SVG, CSS, a small script; no request leaves the file), so the page works
opened from disk, mailed or embedded. Without JavaScript it is the latest known state, as a
static map with its text. The maps' base outlines are written once: each step stores only the
lines of its SVG that no earlier step has, and the script puts the outlines back. The same data
always give the same bytes.
"""

from __future__ import annotations

import datetime
import html
import json
import os
import xml.etree.ElementTree as ET
from collections.abc import Sequence

from importlib_resources import files

from .dataset import Dataset
from .dates import PartialDate
from .files import write_atomically
from .history import NETWORK, Change
from .maps import ATTRIBUTION, TITLE, centre_name, centre_numbers, coverage_map, plain_date, title_date
from .vocabulary import Certainty, TerritoryKind

__all__ = ["coverage_page", "coverage_steps", "write_coverage_page"]

_CERTAINTY = {
    Certainty.ATTESTED: "attestée à cette date",
    Certainty.INFERRED: "déduite des règles de datation",
    Certainty.UNCONFIRMED: "non confirmée",
    Certainty.UNKNOWN: "inconnue",
}
"""How sure a coverage is, as the page says it."""

_SVG_DESC = "{http://www.w3.org/2000/svg}desc"


def coverage_steps(dataset: Dataset) -> tuple[PartialDate, ...]:
    """The dates at which coverage changes, oldest first: every coverage's start, and the first
    date after its end, at the end's precision (the day after a day, the next month or year)."""
    found: set[PartialDate] = set()
    for centre in dataset.centres():
        for coverage in centre.coverage:
            if coverage.period.start is not None:
                found.add(coverage.period.start)
            if coverage.period.end is not None:
                found.add(_after(coverage.period.end))
    return tuple(sorted(found, key=PartialDate.order))


def _after(end: PartialDate) -> PartialDate:
    """The first date, at ``end``'s precision, after ``end``."""
    if end.day is not None and end.month is not None:
        day = datetime.date(end.year, end.month, end.day) + datetime.timedelta(days=1)
        return PartialDate(year=day.year, month=day.month, day=day.day)
    if end.month is not None:
        return PartialDate(year=end.year + end.month // 12, month=end.month % 12 + 1)
    return PartialDate(year=end.year + 1)


def coverage_page(*, dataset: Dataset) -> str:
    """The time-travel map of ``dataset`` as one self-contained HTML document (see the module
    documentation), opened at the latest known state."""
    steps: list[PartialDate | None] = [*coverage_steps(dataset), None]
    lines: list[str] = []
    where: dict[str, int] = {}
    details: list[str] = []
    detail_index: dict[str, int] = {}
    cited: set[str] = set()
    states = []
    latest_svg = ""
    for index, when in enumerate(steps):
        svg = coverage_map(when, dataset=dataset)
        if when is None:
            latest_svg = svg.split("\n", 1)[1].rstrip("\n")
        previous = steps[index - 1] if index else None
        cards = _details(dataset, when, cited)
        codes = {code: _runs(parts, details, detail_index) for code, parts in cards.items()}
        states.append(
            {
                "key": "" if when is None else str(when),
                "label": "au dernier état connu" if when is None else title_date(when),
                "svg": _runs(_lines(svg), lines, where),
                "changes": _changes(dataset, previous, when),
                "details": codes,
            }
        )
    sources = {i: _source(dataset, i) for i in sorted(cited)}
    data = {"lines": lines, "steps": states, "details": details, "sources": sources, "today": str(dataset.today)}
    since = "" if steps[0] is None else f"de {plain_date(steps[0])} "
    page = _PAGE.format(
        title=html.escape(f"{TITLE} — la couverture {since}au dernier état connu"),
        heading=html.escape(TITLE),
        since=html.escape(since),
        last=len(steps) - 1,
        css=_asset("timemap.css"),
        map=latest_svg,
        changes=states[-1]["changes"],
        text=_text(latest_svg),
        version=html.escape(dataset.version or "inconnue"),
        attribution=html.escape(ATTRIBUTION),
        data=json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).replace("</", "<\\/"),
        script=_asset("timemap.js"),
    )
    return page.encode("utf-8", "replace").decode("utf-8")  # a lone surrogate in the data becomes "?"


def write_coverage_page(path: str | os.PathLike[str], *, dataset: Dataset) -> None:
    """Write :func:`coverage_page` to ``path`` (UTF-8), atomically (see :mod:`.files`)."""
    write_atomically(path, coverage_page(dataset=dataset))


def _asset(name: str) -> str:
    return (files("politique_ville") / name).read_text(encoding="utf-8").strip()


def _lines(svg: str) -> list[str]:
    """A map's SVG as lines, without the XML declaration and without the departments' outlines
    (the script copies them from the page's first map)."""
    found = []
    for line in svg.split("\n")[1:]:
        if 'class="department"' in line and line.lstrip().startswith("<path "):
            start = line.index(' d="')
            line = line[:start] + line[line.index('"', start + 4) + 1 :]
        found.append(line)
    return found


def _runs(step: Sequence[str], lines: list[str], where: dict[str, int]) -> list[list[int]]:
    """``step``'s lines (or parts) as runs ``[first, count]`` of the shared ``lines``, adding
    the new ones to ``lines`` and their place to ``where``."""
    runs: list[list[int]] = []
    for line in step:
        if line not in where:
            where[line] = len(lines)
            lines.append(line)
        at = where[line]
        if runs and runs[-1][0] + runs[-1][1] == at:
            runs[-1][1] += 1
        else:
            runs.append([at, 1])
    return runs


def _text(svg: str) -> str:
    """The map's description as an HTML list: its text equivalent."""
    desc = ET.fromstring(svg.encode("utf-8")).find(_SVG_DESC)
    lines = [] if desc is None or desc.text is None else desc.text.split("\n")
    return "<ul>" + "".join(f"<li>{html.escape(line.removeprefix('- '))}</li>" for line in lines) + "</ul>"


def _source(dataset: Dataset, source_id: str) -> str:
    source = dataset.source(source_id)
    title = html.escape(source.title)
    if source.url:
        return f'<a href="{html.escape(source.url)}" rel="noopener">{title}</a>'
    return f"{title} <span class='pv-id'>({html.escape(source_id)})</span>"


def _sources(dataset: Dataset, source_ids: Sequence[str]) -> str:
    if not source_ids:
        return ""
    items = "".join(f"<li>{_source(dataset, s)}</li>" for s in source_ids)
    return f"<ul class='pv-sources'>{items}</ul>"


def _details(dataset: Dataset, when: PartialDate | None, cited: set[str]) -> dict[str, list[str]]:
    """Each department's card at ``when``: its centres, how sure each is, the last
    attestation and the sources (their ids, which the script lists from the page's sources),
    in parts: the heading, then each centre. Adds the sources cited to ``cited``."""
    numbers = centre_numbers(dataset)
    cards = {}
    for place in dataset.territories():
        if place.kind is not TerritoryKind.DEPARTMENT:
            continue
        head = f"<h3>{html.escape(place.name)} ({html.escape(place.code)})</h3>"
        matches = dataset.covering(place, on=when)
        if not matches:
            cards[place.code] = [head, "<p>Aucun centre.</p>"]
            continue
        body = []
        for match in matches:
            name = html.escape(centre_name(dataset, match.centre, when))
            certainty = _CERTAINTY[match.certainty]
            if match.rule is not None:
                certainty += f" (règle : {html.escape(match.rule.label)})"
            last = "aucune" if match.last_attested is None else html.escape(title_date(match.last_attested))
            cited.update(match.coverage.sources)
            ids = html.escape(" ".join(match.coverage.sources))
            body.append(
                f"<p><strong>n° {numbers[match.centre.id]} · {name}</strong></p>"
                f"<p>Couverture {certainty} ; dernière attestation : {last}.</p>"
                f'<ul class="pv-sources" data-sources="{ids}"></ul>'
            )
        cards[place.code] = [head, *body]
    return cards


def _changes(dataset: Dataset, before: PartialDate | None, after: PartialDate | None) -> str:
    """What changed since the previous step (``before``, none for the first), as an HTML list
    (one item per :class:`Change`)."""
    if before is None:
        return "<p>Premier état connu : le début de la couverture.</p>"
    found = dataset.changes(before, after if after is not None else dataset.today)
    if not found:
        return f"<p>Aucun changement par rapport à l’étape précédente ({html.escape(plain_date(before))}).</p>"
    items = "".join(_change(dataset, change) for change in found)
    return f"<p>Par rapport à l’étape précédente ({html.escape(plain_date(before))}) :</p><ul>{items}</ul>"


def _change(dataset: Dataset, change: Change) -> str:
    def places(ids: Sequence[str]) -> str:
        return ", ".join(f"{dataset.territory(i).name} ({dataset.territory(i).code})" for i in ids)

    who = "Animation du réseau" if change.entity == NETWORK else dataset.centre(change.entity).name
    if change.aspect == "departments":
        parts = [f"gagne {places(change.gained)}"] if change.gained else []
        parts += [f"perd {places(change.lost)}"] if change.lost else []
        what = " ; ".join(parts)
    else:
        aspect = {"name": "nom", "status": "statut", "animator": "animateur"}.get(change.aspect, change.aspect)
        what = f"{aspect} : {change.before or 'aucun'} → {change.after or 'aucun'}"
    attributes = (
        f'data-entity="{html.escape(change.entity)}" data-aspect="{html.escape(change.aspect)}" '
        f'data-gained="{" ".join(change.gained)}" data-lost="{" ".join(change.lost)}"'
    )
    return f"<li {attributes}>{html.escape(f'{who} : {what}.')}{_sources(dataset, change.sources)}</li>"


_PAGE = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
{css}
</style>
</head>
<body>
<header>
<h1>{heading}</h1>
<p id="pv-date" class="pv-date" aria-live="polite">au dernier état connu</p>
<div id="pv-controls" class="pv-controls" hidden>
<button type="button" id="pv-play" aria-pressed="false">Lecture</button>
<button type="button" id="pv-previous" aria-label="Étape précédente">◀</button>
<input type="range" id="pv-step" min="0" max="{last}" value="{last}" step="1" aria-label="Date de la carte">
<button type="button" id="pv-next" aria-label="Étape suivante">▶</button>
<p class="pv-hint">Les flèches du clavier changent la date, {since}au dernier état connu ;
Tab atteint les départements.</p>
</div>
</header>
<main class="pv-layout">
<div id="pv-map" class="pv-map">
{map}
</div>
<aside class="pv-side">
<section id="pv-detail" class="pv-detail" aria-live="polite">
<h2>Département</h2>
<p>Survolez, touchez ou atteignez un département au clavier (Tab) pour voir ses centres,
leur certitude et leurs sources.</p>
</section>
<section class="pv-changes">
<h2>Changements depuis l’étape précédente</h2>
<div id="pv-changes">{changes}</div>
</section>
<section class="pv-text">
<h2>La carte en texte</h2>
<div id="pv-text" aria-live="polite">{text}</div>
</section>
</aside>
</main>
<footer>
<p>Données : politique-ville, version {version}, Licence Ouverte 2.0. {attribution}.</p>
</footer>
<script type="application/json" id="pv-data">{data}</script>
<script>
{script}
</script>
</body>
</html>
"""
