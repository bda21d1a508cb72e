"""The creative brief: who the product is for, what hurts them, what to say and never say.

Product, category and platform live on the project itself; the brief holds the rest. It is
one persisted field of the project (:class:`~studio.models.records.Record`), so an edit is
one ``set_field`` of a whole new brief and undo puts the old one back.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from studio.models.fields import Amount, Count, OneOf, Tags, declare, text
from studio.models.records import Record, Records
from studio.models.text import one_line


@dataclass(eq=True)
class Persona:
    """One audience the video speaks to (人群)."""

    name: str = text()
    who: str = text()
    #: Where they watch: the platform, the time, the feed.
    watches: str = text()
    #: What they say, in their own words.
    says: str = text()


@dataclass(eq=True)
class SellingPoint:
    """A selling point with the proof that backs it; priority 1 is the key selling point."""

    point: str = text()
    evidence: str = text()
    priority: int = declare(Count(), 1)
    #: The pain point this one answers (FABE: the benefit for that pain).
    answers: str = text()


@dataclass(eq=True)
class Offer:
    """What the viewer gets for acting now."""

    price: str = text()
    coupon: str = text()
    deadline: str = text()
    stock: str = text()

    def is_empty(self) -> bool:
        """Whether nothing of the offer is filled in."""
        return not (self.price or self.coupon or self.deadline or self.stock)


@dataclass(eq=True)
class Brief:
    """Everything the writer is told before the script (see the module docstring)."""

    personas: list[Persona] = declare(Records(Persona), factory=list)
    #: 痛点: what hurts.
    pains: list[str] = declare(Tags(), factory=list)
    #: 痒点: what they wish for.
    itches: list[str] = declare(Tags(), factory=list)
    #: 爽点: the instant reward.
    pleasures: list[str] = declare(Tags(), factory=list)
    selling_points: list[SellingPoint] = declare(Records(SellingPoint), factory=list)
    scenes: list[str] = declare(Tags(), factory=list)
    offer: Offer = declare(Record(Offer), factory=Offer)
    must_say: list[str] = declare(Tags(), factory=list)
    banned: list[str] = declare(Tags(), factory=list)
    #: Target length of the video in whole seconds; 0 when not set.
    target_s: int = declare(Count(), 0)
    hashtags: list[str] = declare(Tags(), factory=list)
    #: When creators must post (the talent brief's deadline).
    post_by: str = text()

    def ranked_points(self) -> list[SellingPoint]:
        """Selling points with text, key selling point first (by priority, then as written)."""
        filled = [p for p in self.selling_points if p.point.strip()]
        return sorted(filled, key=lambda p: p.priority or 99)

    def key_point(self) -> SellingPoint | None:
        """The key selling point, if any."""
        ranked = self.ranked_points()
        return ranked[0] if ranked else None

    def is_empty(self) -> bool:
        """Whether nothing is filled in."""
        return self == Brief()


def cleaned(brief: Brief) -> Brief:
    """The brief with every text one clean line (a brief goes onto creators' pages, captions and the
    guide's words: a bell or a right-to-left override typed or pasted into it has no business there)."""

    def fix(value: Any) -> Any:
        if isinstance(value, str):
            return one_line(value)
        if isinstance(value, list):
            items = [fix(v) for v in value]
            return [v for v in items if v] if all(isinstance(v, str) for v in items) else items
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            return dataclasses.replace(
                value, **{f.name: fix(getattr(value, f.name)) for f in dataclasses.fields(value)}
            )
        return value

    return fix(brief)  # type: ignore[no-any-return]


#: What a creator's collaboration has reached.
TALENT_STATUSES = ("invited", "briefed", "filming", "posted", "paid")


@dataclass(eq=True)
class Talent:
    """A creator (达人) who makes a video from the brief, and what it brought."""

    name: str = text()
    platform: str = text()
    handle: str = text()
    #: The variant they were given: its id, so a rename keeps the link (files before version 7 held its name).
    variant: str = text()
    status: str = declare(OneOf(*TALENT_STATUSES), "invited")
    #: Link to the posted video.
    link: str = text()
    plays: int = declare(Count(), 0)
    conversions: int = declare(Count(), 0)
    gmv: float = declare(Amount(), 0.0)
    notes: str = text()
