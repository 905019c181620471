"""The freshness report stated exactly: on made-up centres whose answer is known, and, on the
bundled data, equal to what the queries answer one by one."""

from __future__ import annotations

from collections.abc import Callable

import attrs

import politique_ville as pv
from politique_ville.bundle import PARTS
from politique_ville.certainty import evidence_span
from politique_ville.freshness import CentreFreshness, CountCheck, centre_freshness, count_checks
from politique_ville.national_network import CentreCount
from tests.strategies import BUNDLED, dataset_of

D = pv.PartialDate.parse
ATT, INF, UNC, UNK = (pv.Certainty.ATTESTED, pv.Certainty.INFERRED, pv.Certainty.UNCONFIRMED, pv.Certainty.UNKNOWN)
_SOURCES = tuple(
    pv.Source(id=ident, kind=pv.SourceKind.SEED, title=ident, date=None if date is None else D(date))
    for ident, date in (("s-2010", "2010"), ("s-2015", "2015-06"), ("s-2019", "2019-03-02"), ("s-none", None))
)


def _claim(value: object, *sources: str, as_of: str | None = None) -> pv.Claim[object]:
    return pv.Claim(value=value, sources=sources, as_of=None if as_of is None else D(as_of))


def _centre(ident: str, **fields: object) -> pv.Centre:
    defaults: dict[str, object] = {
        "name": f"Centre {ident}",
        "status": pv.Status.ACTIVE,
        "names": (_claim(f"Centre {ident}", "s-none"),),
        "statuses": (_claim(pv.Status.ACTIVE, "s-none"),),
        "sources": ("s-none",),
    }
    return pv.Centre(id=ident, **{**defaults, **fields})  # type: ignore[arg-type]


def _coverage(
    territory: str, start: str | None, end: str | None, *sources: str, attested: pv.Period | None = None
) -> pv.Coverage:
    period = pv.Period(start=None if start is None else D(start), end=None if end is None else D(end))
    return pv.Coverage(territory=territory, period=period, attested=attested, sources=sources)


CENTRES = (
    # Its latest statement is a coverage, attested up to 2019-03-02.
    _centre(
        "c-covers",
        coverage=(
            _coverage("dep-93", "2010", None, "s-2010", attested=pv.Period(start=D("2010"), end=D("2019-03-02"))),
        ),
        statuses=(_claim(pv.Status.ACTIVE, "s-2015"),),
    ),
    # Nothing dated: no last statement, and an unknown status.
    _centre("c-undated"),
    # Two statements end in 2015: the first listed is the one shown.
    _centre(
        "c-tie",
        names=(_claim("Centre c-tie", "s-2015"),),
        statuses=(_claim(pv.Status.ACTIVE, "s-2015"),),
        statements=(_claim("a later remark", "s-none", as_of="2015-06"),),
    ),
    # Its latest statement is a remark dated by its as_of; its closed status, of 2010, is unconfirmed.
    _centre(
        "c-closed",
        status=pv.Status.CLOSED,
        statuses=(_claim(pv.Status.CLOSED, "s-2010"),),
        statements=(_claim("closed down", "s-none", as_of="2019"),),
    ),
)


def _dataset(**parts: object) -> pv.Dataset:
    """The bundled data with ``parts`` instead, its latest known state 15 January 2020."""
    base = dataset_of(BUNDLED, sources=_SOURCES, **parts)
    return pv.Dataset({part.name: _constant(getattr(base, part.name)()) for part in PARTS}, version="2020.01.15")


def _constant(value: object) -> Callable[[], object]:
    return lambda: value


DATA = _dataset(centres=CENTRES)


def test_each_centres_row_gives_its_latest_statement_and_todays_status() -> None:
    assert centre_freshness(DATA) == (
        CentreFreshness(
            centre="c-closed",
            name="Centre c-closed",
            last_dated=D("2019"),
            last_statement="says: closed down",
            last_sources=("s-none",),
            status="closed",
            certainty=UNC,
        ),
        CentreFreshness(
            centre="c-covers",
            name="Centre c-covers",
            last_dated=D("2019-03-02"),
            last_statement="covers dep-93",
            last_sources=("s-2010",),
            status="active",
            certainty=INF,
        ),
        CentreFreshness(
            centre="c-tie",
            name="Centre c-tie",
            last_dated=D("2015-06"),
            last_statement="named: Centre c-tie",
            last_sources=("s-2015",),
            status="active",
            certainty=INF,
        ),
        CentreFreshness(
            centre="c-undated",
            name="Centre c-undated",
            last_dated=None,
            last_statement=None,
            last_sources=(),
            status=None,
            certainty=UNK,
        ),
    )


def test_each_dated_count_is_set_against_the_centres_covering_at_its_date() -> None:
    counts = (
        CentreCount(count=3, as_of=D("2019-03"), sources=("s-2019",)),
        CentreCount(count=7, sources=("s-none",)),  # undated: no row
        CentreCount(count=1, as_of=D("2012"), sources=("s-2010",)),
    )
    network = attrs.evolve(BUNDLED.network(), centre_counts=counts)  # type: ignore[misc]
    centres = (
        *CENTRES,
        _centre("c-old", coverage=(_coverage("dep-13", "2005", None, "s-2010"),)),
        _centre(
            "c-region",
            coverage=(_coverage("dep-67", "2005", "2013", "s-2010"), _coverage("dep-68", "2005", None, "s-2019")),
        ),
    )
    data = _dataset(centres=centres, network=network)
    checks = count_checks(data)
    assert checks == (
        CountCheck(
            as_of=D("2012"),
            stated=1,
            sources=("s-2010",),
            covering=("c-covers", "c-old", "c-region"),
            inferred=("c-old", "c-region"),
            unconfirmed=(),
        ),
        CountCheck(
            as_of=D("2019-03"),
            stated=3,
            sources=("s-2019",),
            covering=("c-covers", "c-region"),
            inferred=("c-region",),
            unconfirmed=("c-old",),
        ),
    )
    assert [check.difference for check in checks] == [2, -1]


def test_on_the_bundled_data_each_count_agrees_with_covering_territory_by_territory() -> None:
    rank = {ATT: 0, INF: 1, UNC: 2}
    departments = [t for t in BUNDLED.territories() if t.kind is pv.TerritoryKind.DEPARTMENT]
    dated = [(c.as_of, c.count, c.sources) for c in BUNDLED.network().centre_counts if c.as_of is not None]
    checks = count_checks(BUNDLED)
    assert [(c.as_of, c.stated, c.sources) for c in checks] == sorted(dated, key=lambda row: row[0].earliest())
    for check in checks:
        best: dict[str, pv.Certainty] = {}
        for department in departments:
            for match in BUNDLED.covering(department, on=check.as_of):
                known = best.get(match.centre.id)
                if known is None or rank[match.certainty] < rank[known]:
                    best[match.centre.id] = match.certainty
        ids = sorted(best)
        assert check.covering == tuple(i for i in ids if best[i] is not UNC)
        assert check.inferred == tuple(i for i in ids if best[i] is INF)
        assert check.unconfirmed == tuple(i for i in ids if best[i] is UNC)
        assert check.difference == len(check.covering) - check.stated


def test_on_the_bundled_data_each_row_is_the_first_of_the_latest_statements() -> None:
    rows = centre_freshness(BUNDLED)
    assert [row.centre for row in rows] == [centre.id for centre in BUNDLED.centres()]
    for centre, row in zip(BUNDLED.centres(), rows, strict=True):
        dated = []
        for label, claims in (("named", centre.names), ("status", centre.statuses), ("says", centre.statements)):
            for claim in claims:
                span = evidence_span(claim.sources, BUNDLED.source, period=claim.period, as_of=claim.as_of)
                value = claim.value.value if isinstance(claim.value, pv.Status) else claim.value
                dated.append((span, f"{label}: {value}", claim.sources))
        for coverage in centre.coverage:
            span = coverage.attested or evidence_span(coverage.sources, BUNDLED.source)
            dated.append((span, f"covers {coverage.territory}", coverage.sources))
        ends = [(span.end, said, sources) for span, said, sources in dated if span is not None and span.end is not None]
        status = BUNDLED.status_on(centre)
        expected: tuple[pv.PartialDate | None, str | None, tuple[str, ...]] = (None, None, ())
        if ends:
            latest = max(end.latest() for end, _, _ in ends)
            expected = next(row for row in ends if row[0].latest() == latest)
        assert (row.last_dated, row.last_statement, row.last_sources) == expected
        assert (row.name, row.status, row.certainty) == (
            centre.name,
            None if status.value is None else status.value.value,
            status.certainty,
        )
