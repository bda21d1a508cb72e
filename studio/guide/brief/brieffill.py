"""Library lines and prompts filled from the project's brief: "{人群}还在为{痛点}发愁？" -> "熬夜党还在为暗沉发愁？".

A library line needs every slot filled (else it is left out); a prompt is always shown, with the
slots the brief leaves empty as placeholders the writer recognises: 「人群」, [persona].
"""

from __future__ import annotations

import dataclasses
import re
from typing import NamedTuple

from studio.guide.brief.libraries import Entry, entries
from studio.models.brief import Brief
from studio.models.entities import Project
from studio.wording import say_in

#: A slot in a line: {人群}, {pain} ...
SLOT = re.compile(r"\{([^{}]+)\}")

#: Slot names in both languages -> what of the brief they take.
SLOTS = {
    "人群": "persona", "persona": "persona",
    "痛点": "pain", "pain": "pain",
    "痒点": "itch", "itch": "itch",
    "爽点": "pleasure", "pleasure": "pleasure",
    "卖点": "point", "point": "point",
    "证据": "evidence", "evidence": "evidence",
    "价格": "price", "price": "price",
    "优惠": "coupon", "coupon": "coupon",
    "截止": "deadline", "deadline": "deadline",
    "库存": "stock", "stock": "stock",
    "产品": "product", "product": "product",
    "场景": "scene", "scene": "scene",
    # every item of a list, for prompts: "全部痛点" -> "暗沉、卡粉"
    "全部痛点": "pains", "pains": "pains",
    "全部痒点": "itches", "itches": "itches",
    "全部卖点": "points", "points": "points",
    "全部场景": "scenes", "scenes": "scenes",
    # the first evidence that can be shown side by side
    "对比证据": "compared", "compared": "compared",
}  # fmt: skip

#: Words in a selling point's evidence that say it can be shown side by side (before/after).
COMPARED = re.compile(
    r"对比|前后|使用前|使用后|之前|之后|天后|对照|before|after|\bvs\b|versus|compared|→", re.IGNORECASE
)

#: The slots a placeholder can name when the brief leaves them empty: slot.<name> in the catalogue.
SLOT_LABELS = frozenset({"persona", "pain", "itch", "pleasure", "point", "evidence", "price", "coupon", "deadline",
                         "stock", "product", "scene", "pains", "itches", "points", "scenes", "compared"})  # fmt: skip

#: The brief field where the writer fills each slot in ("offer.price" ...); the product is the project's own.
SLOT_FIELDS = {
    "persona": "personas", "pain": "pains", "pains": "pains", "itch": "itches", "itches": "itches",
    "pleasure": "pleasures", "point": "selling_points", "points": "selling_points",
    "evidence": "selling_points", "compared": "selling_points", "scene": "scenes", "scenes": "scenes",
    "price": "offer.price", "coupon": "offer.coupon", "deadline": "offer.deadline", "stock": "offer.stock",
}  # fmt: skip


def _first(values: list[str]) -> str:
    return next((v.strip() for v in values if v.strip()), "")


#: Most items a list slot names ({痛点们} of a brief with dozens of pains made a prompt a page long).
LIST_SLOT_ITEMS = 4


def _all(values: list[str], lang: str) -> str:
    items = [v.strip() for v in values if v.strip()]
    joined = ("、" if lang == "zh" else ", ").join(items[:LIST_SLOT_ITEMS])
    return say_in(lang, "slot.more", items=joined) if len(items) > LIST_SLOT_ITEMS else joined


def slot_values(
    project: Project, brief: Brief | None = None, persona: int = 0, pain: int = 0
) -> dict[str, str]:
    """What each slot reads from the brief ('' when the brief leaves it empty).

    ``persona`` and ``pain`` pick which persona and pain point fill the line (for alternatives).
    """
    b = brief if brief is not None else project.brief
    names = [p.name.strip() for p in b.personas if p.name.strip()]
    pains = [p.strip() for p in b.pains if p.strip()]
    key = b.key_point()
    lang = project.language
    return {
        "persona": names[persona % len(names)] if names else "",
        "pain": pains[pain % len(pains)] if pains else "",
        "itch": _first(b.itches),
        "pleasure": _first(b.pleasures),
        "point": key.point.strip() if key else "",
        "evidence": key.evidence.strip() if key else "",
        "price": b.offer.price.strip(),
        "coupon": b.offer.coupon.strip(),
        "deadline": b.offer.deadline.strip(),
        "stock": b.offer.stock.strip(),
        "product": project.product.strip(),
        "scene": _first(b.scenes),
        "pains": _all(b.pains, lang),
        "itches": _all(b.itches, lang),
        "points": _all([sp.point for sp in b.ranked_points()], lang),
        "scenes": _all(b.scenes, lang),
        "compared": next(
            (sp.evidence.strip() for sp in b.ranked_points() if COMPARED.search(sp.evidence)), ""
        ),
    }


def slots_in(text: str) -> list[str]:
    """The slot names a line uses, in order."""
    return SLOT.findall(text)


def fill(text: str, values: dict[str, str]) -> str | None:
    """The line with every slot filled; None when a slot is unknown or the brief leaves it empty."""
    missing = False

    def one(match: re.Match[str]) -> str:
        nonlocal missing
        value = values.get(SLOTS.get(match.group(1), ""), "")
        missing = missing or not value
        return value

    filled = SLOT.sub(one, text)
    return None if missing else filled


class Piece(NamedTuple):
    """A run of a filled prompt: the template's own words, a value from the brief, or a placeholder."""

    text: str
    #: The slot's key ("persona", "price" ...) or "" for the template's own words.
    slot: str = ""
    filled: bool = False


def placeholder(slot: str, lang: str) -> str:
    """What stands for a slot the brief leaves empty: 「人群」 in Chinese, [persona] in English."""
    return say_in(
        lang, "slot.placeholder", label=say_in(lang, f"slot.{slot}") if slot in SLOT_LABELS else slot
    )


def prompt_pieces(text: str, values: dict[str, str], lang: str) -> list[Piece]:
    """A prompt cut into its own words, the brief's values and placeholders for what the brief lacks."""
    pieces: list[Piece] = []
    at = 0
    for match in SLOT.finditer(text):
        if match.start() > at:
            pieces.append(Piece(text[at : match.start()]))
        name = match.group(1)
        key = SLOTS.get(name, "")
        value = values.get(key, "") if key else ""
        if value:
            pieces.append(Piece(value, key, True))
        else:  # an unknown slot is named as written, never shown with its braces
            pieces.append(Piece(placeholder(key or name.strip(), lang), key or name, False))
        at = match.end()
    if at < len(text):
        pieces.append(Piece(text[at:]))
    return pieces


def fill_prompt(text: str, values: dict[str, str], lang: str) -> str:
    """A prompt with the brief's values in its slots and placeholders where the brief is empty."""
    return "".join(p.text for p in prompt_pieces(text, values, lang))


def beat_prompt(project: Project, text: str, values: dict[str, str] | None = None) -> str:
    """A beat's prompt as the writer reads it, filled from the project's brief in its language."""
    return fill_prompt(text, slot_values(project) if values is None else values, project.language)


def missing_slots(text: str, values: dict[str, str]) -> list[str]:
    """The slot keys of a prompt that the brief leaves empty, in order, once each."""
    keys = [SLOTS.get(name, name) for name in SLOT.findall(text)]
    return list(dict.fromkeys(k for k in keys if not values.get(k, "")))


def library_lines(kind: str, project: Project, device: str | None = None) -> list[Entry]:
    """A library's lines in the project's language: slot lines filled from the brief, lines it cannot fill left out."""
    values = slot_values(project)
    found = []
    for entry in entries(kind, lang=project.language, device=device):
        if not slots_in(entry.text):
            found.append(entry)
            continue
        text = fill(entry.text, values)
        if text is not None:
            found.append(dataclasses.replace(entry, text=text))
    return found
