"""What an edit did, as typed events for whoever keeps or shows the document (the store, the guide, the views)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Op(Enum):
    """The kind of a change; listeners match on these, never on words."""

    #: ``target`` was added to ``parent``.
    INSERT = "insert"
    #: ``target`` was taken out of ``parent`` (its container before the edit).
    REMOVE = "remove"
    #: ``target`` moved, within or into ``parent``.
    MOVE = "move"
    #: ``target``'s attribute ``field`` took a new value.
    SET = "set"
    #: The whole content was replaced (a restored version); ``target`` is the project.
    RESET = "reset"
    #: A variant's ad results were set or cleared; ``target`` is the project, ``variant_id`` the variant.
    RESULTS = "results"


@dataclass(frozen=True)
class Change:
    """One change to the document: its kind, the entity it touched and where (see :class:`Op`)."""

    op: Op
    target: object
    parent: object | None = None
    field: str | None = None
    #: For :attr:`Op.RESULTS`: the variant whose results changed.
    variant_id: str | None = None

    def is_set(self, kind: type, *fields: str) -> bool:
        """True for a SET on an entity of ``kind`` (on one of ``fields`` when any are given)."""
        return self.op is Op.SET and isinstance(self.target, kind) and (not fields or self.field in fields)
