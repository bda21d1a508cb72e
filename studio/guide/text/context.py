"""Harmless uses of listed terms: ordinals, material percentages, quoted titles, negations.

The data lives in resources/wordlists/adlaw_context.json; each kind of exception is one
small function so a test can name the case it covers.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any

from studio.paths import RESOURCES

#: Joins several fields for one scan; no context reaches across it (cleaned text never holds it).
SEP = "\x00"
#: How far around a percentage a material or composition word may sit (characters).
COMPOSITION_REACH = 8
_PERCENT_TERMS = ("100%", "百分百", "百分之百")
#: Terms that share another term's exceptions (第1 is read like 第一).
_ALIASES = {"第1": "第一", "NO.1": "第一"}


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((RESOURCES / "wordlists" / "adlaw_context.json").read_text("utf-8"))
    data["_negations"] = tuple(sorted(data["negations"], key=len, reverse=True))
    data["_negatable"] = frozenset(data["negatable"])
    data["_materials"] = tuple(sorted(data["materials"], key=len, reverse=True))
    data["_composition"] = tuple(data["composition"])
    softer = data["softer"]
    data["_soft_after"] = {t: re.compile(p) for t, p in softer["after"].items()}
    data["_soft_before"] = {t: re.compile(p) for t, p in softer["before"].items()}
    return data


def excused(text: str, start: int, end: int, term: str, category: str) -> bool:
    """True when the hit text[start:end] of ``term`` is a known harmless use."""
    data = _data()
    term = _ALIASES.get(term, term)
    return (
        followed_by(text, end, data["after"].get(term, ()))
        or preceded_by(text, start, data["before"].get(term, ()))
        or in_title(text, start, end)
        or (category in data["_negatable"] and negated(text, start))
        or (term in _PERCENT_TERMS and states_composition(text, start, end))
    )


def softened(text: str, start: int, end: int, term: str) -> bool:
    """True when context turns a clear breach into a judgement call (最大的亮点, 到极致)."""
    data = _data()
    after = data["_soft_after"].get(term)
    if after is not None and after.match(text, end, min(len(text), end + 10)):
        return True
    before = data["_soft_before"].get(term)
    return before is not None and before.search(text[max(0, start - 4) : start]) is not None


def followed_by(text: str, end: int, words: Any) -> bool:
    """True when the text right after ``end`` starts with one of ``words``."""
    rest = text[end : end + 8]
    return any(rest.startswith(w) for w in words)


def preceded_by(text: str, start: int, words: Any) -> bool:
    """True when the text right before ``start`` ends with one of ``words``."""
    head = text[max(0, start - 8) : start]
    return any(head.endswith(w) for w in words)


def in_title(text: str, start: int, end: int) -> bool:
    """True when the hit lies inside a quoted title such as 《最好的我们》."""
    data = _data()
    lo = text.rfind(SEP, 0, start) + 1
    hi = text.find(SEP, end)
    hi = len(text) if hi < 0 else hi
    for opener, closer in zip(data["title_openers"], data["title_closers"], strict=True):
        left = text.rfind(opener, lo, start)
        if left < 0 or text.rfind(closer, left, start) >= 0:
            continue
        if text.find(closer, end, hi) >= 0:
            return True
    return False


def negated(text: str, start: int) -> bool:
    """True when a negation (不是, 并非, 没有 ...) stands right before the hit."""
    head = text[max(0, start - 4) : start]
    return any(head.endswith(w) for w in _data()["_negations"])


def states_composition(text: str, start: int, end: int) -> bool:
    """True when a percentage sits next to a material or composition word (100%棉, 含棉量100%)."""
    data = _data()
    after = text[end : end + COMPOSITION_REACH].split(SEP, 1)[0].lower()
    if any(w in after[:3] for w in ("有效", "安全", "满意", "好评", "正品")):
        return False
    before = text[max(0, start - COMPOSITION_REACH) : start].rsplit(SEP, 1)[-1].lower()
    return any(m in after for m in data["_materials"]) or any(
        w in before for w in data["_materials"] + data["_composition"]
    )


def inside_any(text: str, start: int, end: int, phrases: tuple[str, ...]) -> bool:
    """True when text[start:end] lies inside an occurrence of one of ``phrases`` (an allow-list)."""
    low = text.lower()
    for phrase in phrases:
        p = phrase.lower()
        i = low.find(p, max(0, end - len(p)))
        while 0 <= i <= start:
            if i + len(p) >= end:
                return True
            i = low.find(p, i + 1)
    return False
