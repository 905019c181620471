"""Relations between bodies: renamings, mergers, successions and hostings, as sources state them.

A relation exists only where a source states it. Where sources only suggest a link between two
bodies, an :class:`OpenQuestion` records that no source links them, and why one might think so.
"""

from __future__ import annotations

from attrs import field

from .dates import PartialDate, Period
from .errors import InvalidValueError
from .provenance import Note
from .record import Record, record
from .vocabulary import RelationKind

__all__ = ["Link", "OpenQuestion", "Relation"]


def _check_relation(instance: Relation, attribute: object, value: object) -> None:
    if instance.kind is RelationKind.RENAMED:
        if not (instance.name_before and instance.name_after):
            raise InvalidValueError(f"relation {instance.id!r}: a renaming gives the name before and after")
    elif instance.object is None and instance.object_name is None:
        raise InvalidValueError(f"relation {instance.id!r}: a {instance.kind.value} relation names the other body")


@record
class Relation(Record):
    """How ``subject`` (the id of a centre or a public body) stands to another body.

    ``kind`` says how: renamed (``name_before`` to ``name_after``), merged into, absorbed by,
    replaced by, split into, or hosted by (carried by) ``object``, the id of a body the data
    holds, or ``object_name``, the name of one it does not. ``date`` is when it took effect, or
    ``period`` when it held, as the source gives them; ``as_of`` is the date at which a source
    observed it. With none of them, only its sources' dates place it in time.
    """

    id: str
    kind: RelationKind
    subject: str
    object: str | None = None
    object_name: str | None = None
    name_before: str | None = None
    name_after: str | None = None
    date: PartialDate | None = None
    period: Period | None = None
    as_of: PartialDate | None = None
    stated_as: str | None = None
    note: str | None = None
    sources: tuple[str, ...] = field(validator=_check_relation)
    facts: tuple[str, ...] = ()


def _check_pair(instance: OpenQuestion, attribute: object, value: tuple[str, ...]) -> None:
    if len(value) != 2 or value[0] == value[1]:
        raise InvalidValueError(f"open question {instance.id!r}: between names two different bodies, not {value!r}")


@record
class OpenQuestion(Record):
    """Two bodies that sources seem to link, when no source states how: the editors' ``note``
    on what the sources it refers to say and leave open. It is never a relation."""

    id: str
    between: tuple[str, ...] = field(validator=_check_pair)
    note: Note


@record
class Link(Record):
    """What the sources say links two bodies: the relations a source states between them, and,
    when there is none, the open question the data records about them, if any."""

    between: tuple[str, ...]
    relations: tuple[Relation, ...] = ()
    open_question: OpenQuestion | None = None

    @property
    def stated(self) -> bool:
        """Whether a source states a relation between the two."""
        return bool(self.relations)
