"""Partial dates, validity periods and estimated dates.

Sources say "1993", "novembre 2010" or "31/05/2012": a :class:`PartialDate` keeps exactly the
precision the source gives, so "1993" never pretends to be 1 January 1993.
"""

from __future__ import annotations

import datetime
import enum
import re

from attrs import field

from .errors import InvalidTypeError, InvalidValueError, _shown
from .record import Record, record

__all__ = ["DateEstimate", "PartialDate", "Period", "Precision", "as_date"]

# ASCII digits only, and nothing after the last one (not even a newline): the JSON Schema's rule.
_ISO = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?", re.ASCII)


def _days_in_month(year: int, month: int) -> int:
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


class Precision(enum.Enum):
    """How much of a :class:`PartialDate` is known."""

    YEAR = "year"
    MONTH = "month"
    DAY = "day"


def _check_parts(instance: PartialDate, attribute: object, value: int | None) -> None:
    for part in (instance.year, instance.month, instance.day):
        if part is not None and (type(part) is not int):
            raise InvalidTypeError(f"partial date parts are ints, not {type(part).__name__}")
    if instance.month is None and instance.day is not None:
        raise InvalidValueError("a partial date with a day needs a month")
    if not 1 <= instance.year <= 9999:
        raise InvalidValueError(f"year {_shown(instance.year)} is out of range 1..9999")
    if instance.month is not None and not 1 <= instance.month <= 12:
        raise InvalidValueError(f"month {_shown(instance.month)} is out of range 1..12")
    if instance.day is not None:
        assert instance.month is not None
        last = _days_in_month(instance.year, instance.month)
        if not 1 <= instance.day <= last:
            raise InvalidValueError(
                f"day {_shown(instance.day)} is out of range 1..{last} for {instance.year}-{instance.month:02d}"
            )


@record
class PartialDate(Record):
    """A date known to the year, the month or the day.

    >>> PartialDate.parse("2010-11")
    PartialDate(year=2010, month=11, day=None)
    >>> str(PartialDate(year=1993))
    '1993'
    >>> PartialDate.parse("2010-11").earliest(), PartialDate.parse("2010-11").latest()
    (datetime.date(2010, 11, 1), datetime.date(2010, 11, 30))
    """

    year: int
    month: int | None = None
    day: int | None = field(default=None, validator=_check_parts)

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Read ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""
        match = _ISO.fullmatch(text) if isinstance(text, str) else None
        if match is None:
            raise InvalidValueError(f"not a partial date (YYYY, YYYY-MM or YYYY-MM-DD): {_shown(text)}")
        year, month, day = (int(part) if part else None for part in match.groups())
        assert year is not None
        return cls(year=year, month=month, day=day)

    @classmethod
    def from_date(cls, value: datetime.date) -> PartialDate:
        """The day-precision partial date of a :class:`datetime.date`."""
        return cls(year=value.year, month=value.month, day=value.day)

    @property
    def precision(self) -> Precision:
        """Whether the year, the month or the day is known."""
        if self.day is not None:
            return Precision.DAY
        return Precision.MONTH if self.month is not None else Precision.YEAR

    def order(self) -> tuple[int, int, int]:
        """The key partial dates sort by, each at its own precision: year, month, day, an
        unknown part first. "2016" heads the events of 2016 and is never read as a day of it.

        >>> sorted(["2016-03", "2016", "2015-12-31", "2016-01-01"], key=lambda t: PartialDate.parse(t).order())
        ['2015-12-31', '2016', '2016-01-01', '2016-03']
        """
        return (self.year, self.month or 0, self.day or 0)

    def earliest(self) -> datetime.date:
        """The first day this partial date may stand for."""
        return datetime.date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> datetime.date:
        """The last day this partial date may stand for."""
        month = self.month or 12
        day = self.day or _days_in_month(self.year, month)
        return datetime.date(self.year, month, day)

    def __str__(self) -> str:
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text


def as_date(value: datetime.date | int | str | PartialDate) -> PartialDate:
    """Read a query date: a :class:`datetime.date`, an int year or an ISO partial date string."""
    if isinstance(value, PartialDate):
        return value
    if isinstance(value, datetime.datetime):
        return PartialDate.from_date(value.date())
    if isinstance(value, datetime.date):
        return PartialDate.from_date(value)
    if isinstance(value, bool):
        raise InvalidTypeError(f"a date must be a datetime.date, an int year or a string, not {value!r}")
    if isinstance(value, int):
        return PartialDate(year=value)
    if isinstance(value, str):
        return PartialDate.parse(value.strip())
    raise InvalidTypeError(f"a date must be a datetime.date, an int year or a string, not {type(value).__name__}")


def _check_order(instance: Period, attribute: object, value: PartialDate | None) -> None:
    start, end = instance.start, instance.end
    if start is not None and end is not None and end.latest() < start.earliest():
        raise InvalidValueError(f"period ends ({instance.end}) before it starts ({instance.start})")


@record
class Period(Record):
    """A validity period, both bounds inclusive; ``None`` means open (unknown or still running).

    >>> p = Period(start=PartialDate(year=2007), end=PartialDate.parse("2016-12-31"))
    >>> p.contains(PartialDate(year=2012)), p.contains(PartialDate(year=2017))
    (True, False)
    """

    start: PartialDate | None = None
    end: PartialDate | None = field(default=None, validator=_check_order)

    def contains(self, when: datetime.date | int | str | PartialDate) -> bool:
        """Whether ``when`` (taken as its whole span) overlaps this period; ``when`` takes the
        forms :func:`as_date` reads."""
        when = as_date(when)
        if self.start is not None and when.latest() < self.start.earliest():
            return False
        return not (self.end is not None and when.earliest() > self.end.latest())

    @property
    def is_open(self) -> bool:
        """Whether the period has no end: it still holds in the latest known state."""
        return self.end is None

    def __str__(self) -> str:
        return f"{self.start or '…'} – {self.end or '…'}"


def _check_estimate(instance: DateEstimate, attribute: object, value: PartialDate | None) -> None:
    if instance.not_before is not None and value is not None and value.latest() < instance.not_before.earliest():
        raise InvalidValueError(f"estimate not_after {value} precedes not_before {instance.not_before}")


@record
class DateEstimate(Record):
    """An estimate for an undated document: bounds and what they rest on.

    An estimate is never a date: it is kept apart from :attr:`Source.date`.
    """

    not_before: PartialDate | None = None
    not_after: PartialDate | None = field(default=None, validator=_check_estimate)
    basis: str

    def __str__(self) -> str:
        return f"between {self.not_before or '…'} and {self.not_after or '…'} (estimated)"
