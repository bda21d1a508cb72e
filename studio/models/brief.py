"""The creative brief: who the product is for, what hurts them, what to say and never say.

Product, category and platform live on the project itself; the brief holds the rest. It is
one persisted field of the project (:class:`~studio.models.records.Record`), so an edit is
one ``set_field`` of a whole new brief and undo puts the old one back.
"""

from __future__ import annotations

import dataclasses
import difflib
import unicodedata
import uuid
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
    #: The id of the pain point this one answers (FABE: the benefit for that pain), picked from the
    #: brief's pains; files before version 8 held the pain's text, matched once on migration, and a
    #: text that matched no pain is kept as it was (see :func:`unlinked_answers`).
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
    #: Stable ids of the pains, one per pain in the same order: selling points link to a pain by it,
    #: so rewording a pain keeps its links (kept in step by :func:`link_brief`).
    pain_ids: list[str] = declare(Tags(), factory=list)
    #: How and by when a creator hands in the draft (the talent brief's hand-in line).
    hand_in: str = text()
    #: The product page's address, printed as a QR code on the talent brief.
    product_link: str = text()

    def pain_links(self) -> list[tuple[str, str]]:
        """(id, text) of every pain, in order (ids are '' where not yet linked)."""
        ids = self.pain_ids if len(self.pain_ids) == len(self.pains) else [""] * len(self.pains)
        return list(zip(ids, self.pains, strict=True))

    def answering(self, index: int) -> list[SellingPoint]:
        """The selling points with text that answer the pain at ``index``: linked by its id (or, in a
        brief not yet linked, naming its text)."""
        pid, pain = self.pain_links()[index]
        return [
            sp for sp in self.selling_points
            if sp.point.strip() and ((pid and sp.answers == pid) or (not pid and _same(sp.answers, pain)))
        ]  # fmt: skip

    def answered_pain(self, point: SellingPoint) -> str:
        """The text of the pain a selling point answers; a link that names no pain comes back as it is."""
        for pid, pain in self.pain_links():
            if pid and point.answers == pid:
                return pain
        return point.answers

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


def _fold(value: str) -> str:
    """Text as links are matched once: width and case folded, spaces and common punctuation dropped."""
    folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", value).casefold())
    return "".join(ch for ch in folded if ch.isalnum())


def _same(a: str, b: str) -> bool:
    return bool(a.strip()) and (a.strip() == b.strip() or (bool(_fold(a)) and _fold(a) == _fold(b)))


def _reworded(was: str, now: str) -> bool:
    """Whether ``now`` reads as ``was`` reworded (one holds the other, or they share most characters)
    rather than another pain put in its place."""
    a, b = _fold(was), _fold(now)
    if not a or not b:
        return False
    return a in b or b in a or difflib.SequenceMatcher(None, a, b).ratio() >= 0.5


def link_brief(old: Brief, new: Brief) -> Brief:
    """``new`` with every pain given a stable id and selling points linked to pains by id.

    A brief whose ``pain_ids`` already match its pains keeps them. Otherwise (a front replaced the
    list of pains) a pain keeps the id it had in ``old`` when its text is unchanged, or when it was
    reworded in place (see :func:`_reworded`); a new pain gets a new id. A selling point whose link is a pain's text (a file
    from before ids) is linked to it: the exact text first, then the same text ignoring case, width,
    spaces and punctuation. A link to a pain that was removed is cleared; a text that matches no
    pain is kept (it is listed by :func:`unlinked_answers`).
    """
    ids = list(new.pain_ids)
    if len(ids) != len(new.pains) or len(set(ids)) != len(ids) or not all(ids):
        had = old.pain_links()
        by_text = {pain: pid for pid, pain in had if pid}
        ids = [by_text.get(pain, "") for pain in new.pains]
        for i in range(len(new.pains)):
            was_id, was = had[i] if i < len(had) else ("", "")
            if (
                not ids[i]
                and was_id
                and was not in new.pains
                and was_id not in ids
                and _reworded(was, new.pains[i])
            ):
                ids[i] = was_id  # the pain at this place was reworded: its links hold
            if not ids[i]:
                ids[i] = uuid.uuid4().hex[:12]
    pairs = list(zip(ids, new.pains, strict=True))
    gone = {pid for pid, _ in old.pain_links() if pid} - set(ids)
    points = []
    for sp in new.selling_points:
        answers = sp.answers
        if answers and answers not in ids:
            found = next((pid for pid, pain in pairs if answers.strip() == pain.strip()), None)
            found = found or next((pid for pid, pain in pairs if _same(answers, pain)), None)
            answers = found or ("" if answers in gone else answers)
        points.append(sp if answers == sp.answers else dataclasses.replace(sp, answers=answers))
    return dataclasses.replace(new, pain_ids=ids, selling_points=points)


def unlinked_answers(brief: Brief) -> list[str]:
    """Selling points' links that name no pain of the brief (free text kept from an older file)."""
    ids = {pid for pid, _ in brief.pain_links() if pid}
    return [sp.answers for sp in brief.selling_points if sp.answers and sp.answers not in ids]


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
