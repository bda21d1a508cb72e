"""Saying less: shorter voice-over lines that keep the key words, and lines cut in two.

A hook has about 3 seconds. When its line needs more, stretching the shot only moves the
problem (the hook runs over); the line has to say less. :func:`say_less` drops filler words
and particles, then whole clauses that carry none of the key words (the product, the brief's
selling points and personas, numbers and prices, a question), and :func:`split_line` cuts a
line where it may be cut so the rest can be said in the next shot. Chinese and English alike;
no segmenter is needed (a hook line is short, and the window must not wait for a dictionary).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from studio.models.entities import Project
from studio.models.text import has_cjk

#: Filler words a spoken Chinese line loses first (longest first, so 家人们 goes before 人们 could).
ZH_FILLERS = (
    "我跟你们说", "我跟你说", "你知道吗", "大家好", "家人们", "姐妹们", "宝子们", "宝宝们", "朋友们",
    "兄弟们", "集美们", "注意了", "听我说", "说实话", "说真的", "讲真", "真的", "其实", "简直", "非常",
    "超级", "特别", "真心", "居然", "竟然", "一下", "然后", "所以", "而且", "就是",
)  # fmt: skip
#: Particles dropped where they end a clause (啊 in 啊！, 了 in 有救了。).
ZH_PARTICLES = "了啊呀吧呢哦嘛啦哈哇呐"
EN_FILLERS = (
    "you know", "i mean", "kind of", "sort of", "really", "very", "just", "actually", "literally",
    "basically", "honestly", "seriously", "totally", "truly", "so", "guys", "hey", "okay", "ok", "well",
    "um", "uh",
)  # fmt: skip
#: Marks that end a clause; a line may be cut after any of them.
CLAUSE_MARKS = "，。！？；：、,.!?;:…"
_ENDS = "。！？!?.…"
#: Chinese characters after which a line reads naturally cut when it has no clause mark there.
_ZH_SOFT = "了吗呢吧啊呀哦嘛啦"
#: ... and before which (pronouns, demonstratives, prepositions and linking words start a phrase).
_ZH_STARTS = "这那让你我他她它把被给对但而却更就还也都在和与是"
_NUMBER = re.compile(r"[¥$￥]?[0-9０-９]+(?:[.,][0-9]+)*\s*(?:%|％|元|块|折|万|天|秒|分钟|小时|ml|g)?")
_EN_FILLER = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in EN_FILLERS) + r")\b\s*", re.IGNORECASE)
_ZH_FILLER = re.compile("|".join(map(re.escape, ZH_FILLERS)))
_ZH_PARTICLE = re.compile(f"(?<=[\u4e00-\u9fff])[{ZH_PARTICLES}](?=[{re.escape(CLAUSE_MARKS)}]|$)")
_CLAUSE = re.compile(f"[^{re.escape(CLAUSE_MARKS)}]*[{re.escape(CLAUSE_MARKS)}]*")

#: Whether a line fits where it has to be said.
Fits = Callable[[str], bool]


def key_words(project: Project) -> tuple[str, ...]:
    """What a shortened line must keep: product, brand, the brief's points, personas, pains and offer."""
    brief = project.brief
    found = [project.product, project.brand]
    found += [p.point for p in brief.selling_points]
    found += [p.name for p in brief.personas]
    found += list(brief.pains)
    found += [brief.offer.price, brief.offer.coupon]
    words = {w.strip() for w in found if len(w.strip()) >= 2}
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


def protected(text: str, keys: tuple[str, ...]) -> list[tuple[int, int]]:
    """Spans of ``text`` a shorter line must keep: key words, numbers and prices."""
    spans = [m.span() for m in _NUMBER.finditer(text) if m.group().strip()]
    pattern = _keys_pattern(keys)
    if pattern is not None:
        spans += [m.span(1) for m in pattern.finditer(text)]
    return sorted(spans)


@lru_cache(maxsize=32)
def _keys_pattern(keys: tuple[str, ...]) -> re.Pattern[str] | None:
    """One search for every key word (case-blind, overlapping ones found by lookahead)."""
    if not keys:
        return None
    either = "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))
    return re.compile(f"(?=({either}))", re.IGNORECASE)


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps a protected span."""
    return any(s < end and start < e for s, e in spans)


def _drop(text: str, pattern: re.Pattern[str], keys: tuple[str, ...]) -> str:
    """``text`` without the pattern's matches that touch no protected span."""
    spans = protected(text, keys)
    out, at = [], 0
    for m in pattern.finditer(text):
        if m.end() > m.start() and not _inside(spans, m.start(), m.end()):
            out.append(text[at : m.start()])
            at = m.end()
    out.append(text[at:])
    return "".join(out)


def _tidy(text: str, original: str, end: bool = True) -> str:
    """Spaces and marks made neat after words were taken out (``end``: close as the original closes)."""
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\s+([,.!?;:，。！？；：、])", r"\1", text)
    text = re.sub(f"([{re.escape(CLAUSE_MARKS)}])[{re.escape(CLAUSE_MARKS)}]+", r"\1", text)
    text = text.lstrip(CLAUSE_MARKS + " ")
    stripped = text.rstrip("，、,;；：: ")
    if stripped != text or (stripped and stripped[-1] not in _ENDS):
        closing = original.rstrip()[-1:] if end and original.rstrip()[-1:] in tuple(_ENDS) else ""
        text = stripped + closing
    if text and original[:1].isupper() and text[0].islower():
        text = text[0].upper() + text[1:]
    return text


def _spoken(text: str) -> bool:
    """Whether anything is left to say."""
    return any(ch.isalnum() for ch in text)


def _clauses(text: str) -> list[str]:
    return [c for c in _CLAUSE.findall(text) if c]


def without_fillers(text: str, keys: tuple[str, ...] = ()) -> str:
    """``text`` without its filler words and clause-ending particles (key words are kept whole)."""
    zh = has_cjk(text)
    short = _drop(text, _ZH_FILLER, keys) if zh else text
    short = _drop(short, _ZH_PARTICLE if zh else _EN_FILLER, keys)
    return _tidy(short, text)


def say_less(text: str, fits: Fits, keys: tuple[str, ...] = ()) -> str | None:
    """A shorter line that ``fits`` and keeps every key word, number and question, or None.

    Fillers and clause-ending particles go first, then clauses without a key word, last first.
    """
    short = without_fillers(text, keys)
    if _spoken(short) and fits(short):
        return short if short != text.strip() else None
    clauses = _clauses(short)
    keep = [bool(protected(c, keys)) or "?" in c or "？" in c for c in clauses]
    for i in reversed(range(len(clauses))):
        if keep[i] or sum(1 for c in clauses if c) <= 1:
            continue
        clauses[i] = ""
        line = _tidy("".join(clauses), text)
        if _spoken(line) and fits(line):
            return line
    return None


def split_line(text: str, fits: Fits, keys: tuple[str, ...] = ()) -> tuple[str, str] | None:
    """(head, rest): the longest head that ``fits``, cut where the line may be cut, or None.

    A cut goes after a clause mark when one fits, else after a word (a space, or a Chinese
    character such as 的 or 了 that ends one), never inside a key word, number or Latin word.
    """
    spans = protected(text, keys)
    zh = has_cjk(text)
    marks = [i + 1 for i, ch in enumerate(text) if ch in CLAUSE_MARKS]
    if zh:
        soft = sorted(
            {i + 1 for i, ch in enumerate(text) if ch in _ZH_SOFT}
            | {i for i, ch in enumerate(text) if i and ch in _ZH_STARTS}
        )
        loose = [i for i in range(1, len(text)) if not (text[i - 1].isascii() and text[i].isascii())]
        words = _word_edges(text)
        if words:
            loose = [i for i in loose if i in words] or loose
    else:
        soft = [i for i, ch in enumerate(text) if ch == " "]
        loose = []
    for cuts in (marks, soft, loose):
        best = None
        for cut in cuts:
            if any(s < cut < e for s, e in spans):
                continue
            head, rest = _tidy(text[:cut], text, end=False), text[cut:].strip(" ")
            rest = rest.lstrip(CLAUSE_MARKS + " ")
            if _spoken(head) and _spoken(rest) and fits(head):
                best = (head, rest)
        if best is not None:
            return best
    return None


def _word_edges(text: str) -> frozenset[int]:
    """Where the words of ``text`` start, when the segmenter is already loaded (it is never loaded for this)."""
    from studio.guide.text import segment

    return segment.word_starts(text) if segment.loaded() else frozenset()


def joined(first: str, then: str) -> str:
    """Two lines said one after the other in one shot."""
    if not then.strip():
        return first
    if not first.strip():
        return then
    zh = has_cjk(first) or has_cjk(then)
    ends = first.rstrip()[-1:] in tuple(CLAUSE_MARKS)
    if zh:
        return first.rstrip() + ("" if ends else "，") + then.lstrip()
    return first.rstrip() + ("" if ends else ",") + " " + then.lstrip()
