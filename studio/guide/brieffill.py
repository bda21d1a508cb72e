"""Library lines and prompts filled from the project's brief: "{人群}还在为{痛点}发愁？" -> "熬夜党还在为暗沉发愁？"."""

from __future__ import annotations

import dataclasses
import re

from studio.guide.libraries import Entry, entries
from studio.models.brief import Brief
from studio.models.entities import Project

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
}  # fmt: skip


def _first(values: list[str]) -> str:
    return next((v.strip() for v in values if v.strip()), "")


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


def fill_loosely(text: str, values: dict[str, str]) -> str:
    """The line with the slots the brief fills filled, the others left as written (for prompts)."""
    return SLOT.sub(lambda m: values.get(SLOTS.get(m.group(1), ""), "") or m.group(0), text)


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
