"""Who says so, and when: sources and sourced claims."""

from __future__ import annotations

from typing import Generic, TypeVar

from .dates import DateEstimate, PartialDate, Period
from .record import Record, record
from .vocabulary import SourceKind

__all__ = ["Claim", "Note", "Source"]

T = TypeVar("T")


@record
class Source(Record):
    """A document that states facts: a seed document, a web page or a reference dataset.

    ``date`` is set only when the document is dated; an undated one may carry an
    ``estimated`` date range with what the estimate rests on, never a made-up date.
    """

    id: str
    kind: SourceKind
    title: str
    publisher: str | None = None
    date: PartialDate | None = None
    estimated: DateEstimate | None = None
    url: str | None = None
    accessed: PartialDate | None = None
    licence: str | None = None
    note: str | None = None

    @property
    def when(self) -> Period | None:
        """The span in which the document was written: its date, or its estimate's bounds."""
        if self.date is not None:
            return Period(start=self.date, end=self.date)
        if self.estimated is not None and (self.estimated.not_before or self.estimated.not_after):
            return Period(start=self.estimated.not_before, end=self.estimated.not_after)
        return None


@record
class Claim(Record, Generic[T]):
    """One statement of a value, with the sources that make it.

    ``period`` is when the value holds (where a source says), ``as_of`` the date at which a
    source observed it, ``stated_as`` the source's own wording where it differs from ``value``.
    ``note`` is the editors' remark on the claim, never the source's. ``deprecated`` is set,
    with the reason, when other sources show the claim to be wrong (a misprinted address, say):
    the claim is kept, as Wikidata keeps a deprecated statement, and never preferred.
    ``facts`` names the research facts (``r0104``...) the claim was encoded from, if any.
    """

    value: T
    period: Period | None = None
    as_of: PartialDate | None = None
    stated_as: str | None = None
    note: str | None = None
    deprecated: str | None = None
    sources: tuple[str, ...]
    facts: tuple[str, ...] = ()


@record
class Note(Record):
    """A remark of the data's editors: context, a caveat, what the sources leave open.

    A note is the editors' own words, never a claim of a source: ``refers_to`` names the
    sources it discusses, not its authors.
    """

    text: str
    refers_to: tuple[str, ...] = ()
    facts: tuple[str, ...] = ()
