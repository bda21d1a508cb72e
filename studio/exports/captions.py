"""Caption cues as platforms and editors expect them: a cue per sentence or clause, two short lines at most.

A line holds about 16 Chinese or 42 Latin characters (linebreak.caption_width) and a cue two
lines, broken by the one line breaker. A shot's text becomes pages (sentences; a sentence too
long for one cue goes by clauses, a clause too long by pairs of lines) timed in proportion to
their length within the shot, each at least :data:`MIN_CUE_S` when the shot allows (short
neighbours are merged first when they still fit a cue). The SRT files and the MP4's burned-in
captions use the same pages, so what the editor imports is what the animatic showed.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from studio.exports.linebreak import CAPTION_LINE, URL, break_lines, caption_width
from studio.models.rates import FrameRate
from studio.models.text import clean_text

MAX_LINES = 2
#: The shortest time a cue stays up: about what the eye needs to find and read a short line.
MIN_CUE_S = 1.0

_SENTENCE_END = re.compile(
    r"(?<=[。！？!?；;])(?![。！？!?；;”’」』）)])|(?<=……)(?![。！？!?”’」』）)])|(?<=[.])(?=\s)"
)
_CLAUSE_END = re.compile(r"(?<=[，、,：:])(?![”’」』）)])|(?<=——)")
_CLAUSE_OR_SENTENCE = re.compile(r"[，、,：:。！？!?；;](?![”’」』）)，。！？])\s*")


@dataclass(frozen=True)
class Page:
    """One cue's lines and where it runs inside its shot, in frames from the shot's start."""

    start: int
    end: int
    lines: tuple[str, ...]


def _lines(text: str) -> list[str]:
    """Caption lines of ``text``; two lines break at a clause's end when both halves then fit a line."""
    lines = [line for line in break_lines(text.strip(), caption_width, CAPTION_LINE) if line.strip()]
    if len(lines) != MAX_LINES:
        return lines
    text = _unbreak(lines)
    best: list[str] | None = None
    for m in _outside_urls(text, _CLAUSE_OR_SENTENCE):
        head, tail = text[: m.end()].strip(), text[m.end() :].strip()
        if not head or not tail or len(_lines_plain(head)) > 1 or len(_lines_plain(tail)) > 1:
            continue
        if best is None or abs(caption_width(head) - caption_width(tail)) < abs(
            caption_width(best[0]) - caption_width(best[1])
        ):
            best = [head, tail]
    return best or lines


def _lines_plain(text: str) -> list[str]:
    return break_lines(text, caption_width, CAPTION_LINE)


def _unbreak(lines: list[str]) -> str:
    """Lines back into one text (a space only between Latin words)."""
    text = ""
    for line in lines:
        text = _join(text, line) if text else line
    return text


def _fits(text: str) -> bool:
    return len(_lines(text)) <= MAX_LINES


def _outside_urls(text: str, pattern: re.Pattern[str]) -> list[re.Match[str]]:
    """The matches of a sentence or clause end that are not inside a web address ("https:", "?from=")."""
    urls = [m.span() for m in URL.finditer(text)]
    return [m for m in pattern.finditer(text) if not any(a < m.end() < b for a, b in urls)]


def _pieces(text: str, pattern: re.Pattern[str]) -> list[str]:
    """``text`` cut at the ends ``pattern`` finds (zero-width), never inside a web address."""
    cuts = [m.end() for m in _outside_urls(text, pattern)]
    parts = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
    return [p.strip() for p in parts if p.strip()]


def _join(a: str, b: str) -> str:
    """Two pieces of one text side by side: a space between Latin words, none between Chinese."""
    return f"{a} {b}" if a[-1:].isascii() and b[:1].isascii() else a + b


def pages_of(text: str) -> list[list[str]]:
    """The text as cue pages of at most two lines: a page per sentence, or per clause when a sentence is long."""
    pages: list[list[str]] = []
    for para in clean_text(text).replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        for sentence in _pieces(para, _SENTENCE_END):
            if _fits(sentence):
                pages.append(_lines(sentence))
                continue
            current = ""
            for clause in _pieces(sentence, _CLAUSE_END):
                joined = _join(current, clause) if current else clause
                if _fits(joined):
                    current = joined
                    continue
                if current:
                    pages.append(_lines(current))
                lines = _lines(clause)
                while len(lines) > MAX_LINES:  # one clause longer than a cue: page it two lines at a time
                    pages.append(lines[:MAX_LINES])
                    lines = lines[MAX_LINES:]
                current = _unbreak(lines)
            if current:
                pages.append(_lines(current))
    return [p for p in pages if p]


def _merge_short(pages: list[list[str]], frames: int, min_frames: int) -> list[list[str]]:
    """Merge neighbouring pages (the shortest pair first) while the shot is too short for each to be read."""
    pages = [list(p) for p in pages]
    while len(pages) > 1 and frames < len(pages) * min_frames:
        best = None
        for i in range(len(pages) - 1):
            joined = _join(_unbreak(pages[i]), _unbreak(pages[i + 1]))
            if _fits(joined) and (best is None or caption_width(joined) < best[1]):
                best = (i, caption_width(joined), _lines(joined))
        if best is None:
            break
        i, _w, lines = best
        pages[i : i + 2] = [lines]
    return pages


def _durations(weights: list[float], frames: int, min_frames: int) -> list[int]:
    """Whole frames for each page in proportion to its weight, none below ``min_frames`` when they all fit."""
    n = len(weights)
    floor = min_frames if frames >= n * min_frames else frames // n
    share = [0.0] * n
    fixed: set[int] = set()
    while True:
        free = [i for i in range(n) if i not in fixed]
        room = frames - floor * len(fixed)
        total = sum(weights[i] for i in free) or 1.0
        low = [i for i in free if room * weights[i] / total < floor]
        if not low:
            for i in free:
                share[i] = room * weights[i] / total
            for i in fixed:
                share[i] = float(floor)
            break
        fixed.update(low)
    whole = [max(floor, math.floor(s)) for s in share]
    spare = frames - sum(whole)
    for i in sorted(range(n), key=lambda k: share[k] - math.floor(share[k]), reverse=True)[: max(0, spare)]:
        whole[i] += 1
    return whole


def shot_pages(text: str, frames: int, fps: FrameRate | int) -> list[Page]:
    """The shot's text as timed pages filling its ``frames`` (nothing when it says nothing or has no frames)."""
    if frames <= 0:
        return []
    pages = pages_of(text)
    if not pages:
        return []
    min_frames = math.ceil(MIN_CUE_S * FrameRate.of(fps).value)
    pages = _merge_short(pages, frames, min_frames)
    if len(pages) > frames:  # not even a frame each: show it all at once rather than drop words
        pages = [[line for page in pages for line in page]]
    out: list[Page] = []
    at = 0
    for page, length in zip(pages, _durations([max(1.0, caption_width("".join(p))) for p in pages], frames,
                                              min_frames), strict=True):  # fmt: skip
        out.append(Page(at, at + length, tuple(page)))
        at += length
    return out
