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

from studio.models.deals import DEALS, TIERS, Day, Rate
from studio.models.fields import Amount, Count, Flag, OneOf, Tags, declare, text
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
    #: Stable id: selling points name the persona they are for by it, so renaming a persona keeps the
    #: links (files before version 10 had none; given by :func:`link_brief`).
    id: str = text()


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
    #: The id of the persona this point is for, picked from the brief's personas; a name typed in a
    #: JSON file is matched once (see :func:`link_brief`), a name that matched none is kept as it was.
    for_persona: str = text()


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
    #: When creators must post (the creator brief's deadline).
    post_by: str = text()
    #: Stable ids of the pains, one per pain in the same order: selling points link to a pain by it,
    #: so rewording a pain keeps its links (kept in step by :func:`link_brief`).
    pain_ids: list[str] = declare(Tags(), factory=list)
    #: How and by when a creator hands in the draft (the creator brief's hand-in line).
    hand_in: str = text()
    #: The product page's address, printed as a QR code on the creator brief.
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

    def persona_for(self, point: SellingPoint) -> str:
        """The name of the persona a selling point is for; a link that names no persona comes back as it is."""
        for persona in self.personas:
            if persona.id and point.for_persona == persona.id:
                return persona.name
        return point.for_persona

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
    pain is kept (it is listed by :func:`unlinked_answers`). Personas get ids the same way (see
    :func:`_persona_ids`) and a selling point's "for persona" is matched to one by name likewise.
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
    personas = _persona_ids(old.personas, new.personas)
    people = [(p.id, p.name) for p in personas]
    persona_ids = {pid for pid, _ in people}
    persons_gone = {p.id for p in old.personas if p.id} - persona_ids
    points = []
    for sp in new.selling_points:
        answers = sp.answers
        if answers and answers not in ids:
            answers = _match(answers, pairs) or ("" if answers in gone else answers)
        for_persona = sp.for_persona
        if for_persona and for_persona not in persona_ids:
            for_persona = _match(for_persona, people) or ("" if for_persona in persons_gone else for_persona)
        if (answers, for_persona) != (sp.answers, sp.for_persona):
            sp = dataclasses.replace(sp, answers=answers, for_persona=for_persona)
        points.append(sp)
    return dataclasses.replace(new, pain_ids=ids, personas=personas, selling_points=points)


def _match(name: str, pairs: list[tuple[str, str]]) -> str | None:
    """The id of the pair whose text is ``name``: the exact text first, then folded (see :func:`_same`)."""
    found = next((pid for pid, text in pairs if name.strip() == text.strip()), None)
    return found or next((pid for pid, text in pairs if _same(name, text)), None)


def _persona_ids(old: list[Persona], new: list[Persona]) -> list[Persona]:
    """``new`` with every persona holding a unique id: its own, else that of the persona of the same
    name in ``old``, else that of the persona renamed in place, else a new one (a form that shows
    no ids hands personas back without them)."""
    taken: set[str] = set()
    out: list[Persona] = []
    names = {p.name for p in new}
    for i, persona in enumerate(new):
        pid = persona.id if persona.id and persona.id not in taken else ""
        if not pid:
            pid = next((p.id for p in old if p.id and p.id not in taken and p.name == persona.name), "")
        if not pid and i < len(old):
            was = old[i]
            if was.id and was.id not in taken and was.name not in names and _reworded(was.name, persona.name):
                pid = was.id
        pid = pid or uuid.uuid4().hex[:12]
        taken.add(pid)
        out.append(persona if pid == persona.id else dataclasses.replace(persona, id=pid))
    return out


def unlinked_personas(brief: Brief) -> list[str]:
    """Selling points' "for persona" links that name no persona of the brief (text kept from a file)."""
    ids = {p.id for p in brief.personas if p.id}
    return [sp.for_persona for sp in brief.selling_points if sp.for_persona and sp.for_persona not in ids]


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

    clean: Brief = fix(brief)
    return clean


#: What a creator's collaboration has reached.
CREATOR_STATUSES = ("invited", "briefed", "filming", "posted", "paid")


@dataclass(eq=True)
class Creator:
    """A creator (达人) who makes a video from the brief, and what it brought."""

    name: str = text()
    platform: str = text()
    handle: str = text()
    #: The variant they were given: its id, so a rename keeps the link (files before version 7 held its name).
    variant: str = text()
    status: str = declare(OneOf(*CREATOR_STATUSES), "invited")
    #: Link to the posted video.
    link: str = text()
    plays: int = declare(Count(), 0)
    conversions: int = declare(Count(), 0)
    gmv: float = declare(Amount(), 0.0)
    notes: str = text()
    # The deal (studio.models.deals; version 11 on): money in the project currency's minor units
    # (分, cents), the commission in basis points (10 % is 1000), dates as ISO text ("" for none).
    #: 头部 … 素人: one of deals.TIERS, or "".
    tier: str = declare(OneOf("", *TIERS), "")
    #: 一口价, CPS or 保底+佣金: one of deals.DEALS, or "".
    deal: str = declare(OneOf("", *DEALS), "")
    #: The fee (一口价, 坑位费 or the guarantee's payment), in minor units.
    fee: int = declare(Count(), 0)
    #: The commission on the creator's sales value (GMV), in basis points.
    commission: int = declare(Rate(), 0)
    #: Plays the creator guarantees (保底播放), for a guaranteed deal.
    guaranteed_plays: int = declare(Count(), 0)
    #: What they deliver ("1 条 60 秒视频 + 3 张图").
    deliverables: str = text()
    #: When the draft is due, and when it came in ("" while it has not).
    draft_due: str = declare(Day(), "")
    draft_in: str = declare(Day(), "")
    #: When the final cut is due, and the posting date.
    final_due: str = declare(Day(), "")
    post_due: str = declare(Day(), "")
    #: Platforms the brand may use the video on (授权平台), as creator platform ids.
    rights_platforms: list[str] = declare(Tags(), factory=list)
    #: Whether the brand may run the video as a paid ad (投流授权).
    paid_ads: bool = declare(Flag(), False)
    #: The last day of the usage rights (授权到期).
    rights_until: str = declare(Day(), "")
    #: Days after posting during which the creator works for no competitor (独家期).
    exclusive_days: int = declare(Count(), 0)
