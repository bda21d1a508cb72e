"""Text measures for the guide: speech time, caption width, and word-list matches with spans.

Chinese is counted in characters, English in words; a text containing any CJK
character is treated as Chinese (Latin words and digits in it are counted at
their spoken length). Cue word lists live in resources/wordlists/; the compliance
lists are compiled by :mod:`studio.guide.rules.compliance`.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from studio.guide.text.context import SEP
from studio.guide.text.lexicon import trie_pattern
from studio.models.text import CJK_IDEOGRAPH
from studio.paths import RESOURCES

WORDLIST_DIR = RESOURCES / "wordlists"

_LATIN_WORD = re.compile(r"[A-Za-z]+(?:['’\-][A-Za-z]+)*")
#: Runs of ideographs and digits, counted by their lengths: one match per run, not per character.
_SPOKEN_CHARS = re.compile(f"(?:{CJK_IDEOGRAPH.pattern}|[0-9\uff10-\uff19])+")
_NUMBER = re.compile(r"[0-9]+(?:[.,][0-9]+)*")
_EN_SYMBOL = re.compile("[$€£%&+]")
#: Spoken length of one Latin word inside Chinese voice-over, in characters.
LATIN_WORD_CHARS = 1.5
#: Spoken length of a percent sign in Chinese (百分之).
PERCENT_CHARS = 3


@lru_cache(maxsize=65536)
def speech_units(text: str) -> tuple[float, str]:
    """(amount, unit) to read the text aloud: ('zh', characters) or ('en', words)."""
    if not text:
        return 0.0, "en"
    # Ideographs and digits are each one spoken character: both counted in one pass. No
    # ideograph is a digit (str.isdigit), so the text is Chinese unless every one is a digit.
    # ASCII text holds no ideograph: it is English whatever its digits.
    spoken = "" if text.isascii() else "".join(_SPOKEN_CHARS.findall(text))
    if spoken and not spoken.isdigit():
        chars: float = len(spoken)
        if "%" in text or "％" in text:
            chars += PERCENT_CHARS * (text.count("%") + text.count("％"))
        chars += LATIN_WORD_CHARS * len(_LATIN_WORD.findall(text))
        return float(chars), "zh"
    words = len(_LATIN_WORD.findall(text))
    for number in _NUMBER.findall(text):
        # "3,000" is said as two words, "2.5" as three ("two point five").
        words += number.count(",") + 2 * number.count(".") + 1
    words += len(_EN_SYMBOL.findall(text))
    return float(words), "en"


def speech_seconds(text: str, zh_cps: float, en_wps: float) -> tuple[float, float, str]:
    """(seconds, amount, unit) needed to say ``text`` at the given speech rates."""
    amount, unit = speech_units(text)
    if amount == 0:
        return 0.0, 0.0, unit
    rate = zh_cps if unit == "zh" else en_wps
    return amount / rate, amount, unit


@lru_cache(maxsize=8192)
def char_width(ch: str) -> float:
    """Width of a character in caption cells: wide (CJK, emoji) 1, narrow 0.5, marks 0."""
    if unicodedata.combining(ch) or ch in "\u200d\ufe0f\ufe0e":
        return 0.0
    return 1.0 if unicodedata.east_asian_width(ch) in ("W", "F") else 0.5


def caption_width(line: str, wide: bool) -> float:
    """Width of one caption line: in Chinese cells when ``wide``, else in characters."""
    cells = sum(map(char_width, line))
    return cells if wide else cells * 2


_BREAK_AFTER = set("，。！？；：、,.!?;: ）)」』】")


def wrap_caption(text: str, limit: float, wide: bool) -> list[str]:
    """Greedy wrap into lines no wider than ``limit``, breaking after punctuation or spaces when possible."""
    lines: list[str] = []
    for raw in text.split("\n"):
        rest = raw
        while caption_width(rest, wide) > limit:
            cut, width, best = 0, 0.0, 0
            for i, ch in enumerate(rest):
                width += char_width(ch) * (1 if wide else 2)
                if width > limit:
                    break
                cut = i + 1
                if ch in _BREAK_AFTER:
                    best = i + 1
            split = best if best * 5 >= cut * 2 else cut
            split = max(split, 1)
            lines.append(rest[:split].rstrip())
            rest = rest[split:].lstrip()
        lines.append(rest)
    return lines


# --- word lists --------------------------------------------------------------


def _read(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((WORDLIST_DIR / name).read_text("utf-8"))
    return data


class _Cues:
    """Cue words found fast: Chinese words and symbols anywhere, English words whole, plus regexes.

    Each group is one trie-shaped pattern, so a search costs one pass over the text.
    """

    def __init__(self, zh: Iterable[str], en: Iterable[str], patterns: Iterable[str] = ()) -> None:
        en = list(en)
        anywhere = [*zh, *(w for w in en if not w[:1].isalnum())]
        words = [w.lower() for w in en if w[:1].isalnum()]
        self._anywhere = re.compile(trie_pattern(anywhere)) if anywhere else None
        self._words = re.compile(trie_pattern(words)) if words else None
        patterns = list(patterns)
        self._patterns = re.compile("|".join(patterns)) if patterns else None
        # Either group matching anywhere: one search answers "is there a cue?" for both.
        either = [r.pattern for r in (self._anywhere, self._patterns) if r is not None]
        self._either = re.compile("|".join(f"(?:{p})" for p in either)) if either else None

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Every cue in ``text`` as (start, end), by position."""
        found: list[tuple[int, int]] = []
        for regex in (self._anywhere, self._patterns):
            if regex is not None:
                found += [m.span() for m in regex.finditer(text)]
        if self._words is not None:
            low = text.lower()
            if len(low) == len(text):
                found += [m.span() for m in self._words.finditer(low) if _whole(low, *m.span())]
        found.sort()
        return found

    def found(self, text: str, low: str | None) -> bool:
        """Whether ``text`` holds any cue (``low``: its lower case, None when that changes its length)."""
        if self._either is not None and self._either.search(text) is not None:
            return True
        if self._words is not None and low is not None:
            for m in self._words.finditer(low):
                if _whole(low, *m.span()):
                    return True
        return False

    def first(self, text: str) -> tuple[int, int] | None:
        """The earliest cue's span, or None (one search per group, no list of every cue)."""
        best: tuple[int, int] | None = None
        for regex in (self._anywhere, self._patterns):
            m = regex.search(text) if regex is not None else None
            if m is not None and (best is None or m.span() < best):
                best = m.span()
        if self._words is not None:
            low = text.lower()
            if len(low) == len(text):
                for m in self._words.finditer(low, 0, best[0] + 1 if best else len(low)):
                    if _whole(low, *m.span()):
                        return min(best, m.span()) if best else m.span()
        return best


def _whole(text: str, start: int, end: int) -> bool:
    """True when text[start:end] is not part of a longer Latin word or number."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not (before.isascii() and before.isalnum()) and not (after.isascii() and after.isalnum())


@lru_cache(maxsize=1)
def _directive_cues() -> _Cues:
    data = _read("directives.json")
    return _Cues(data["zh"], data["en"])


def directive_span(text: str) -> tuple[int, int] | None:
    """Span of the first call-to-action word (点击, 下单, tap, buy ...) or None."""
    return _directive_cues().first(text) if text else None


@lru_cache(maxsize=65536)
def has_directive(text: str) -> bool:
    """True when the text tells the viewer to act."""
    return bool(text) and _directive_cues().found(text, _lower(text))


def _lower(text: str) -> str | None:
    """Lower case for whole-word cues, or None when lowering changes the text's length."""
    low = text.lower()
    return low if len(low) == len(text) else None


@lru_cache(maxsize=1)
def _device_cues() -> dict[str, _Cues]:
    data = _read("hook_devices.json")
    return {
        name: _Cues(spec.get("zh", ()), spec.get("en", ()), spec.get("patterns", ()))
        for name, spec in data.items()
        if isinstance(spec, dict)
    }


@lru_cache(maxsize=65536)
def hook_devices(*texts: str) -> frozenset[str]:
    """The hook devices the texts carry between them: question, number, conflict, price.

    The texts are searched as one, joined by a separator no cue can match or cross, unless
    one of them holds that separator or changes length when lowered (then one by one).
    """
    parts = [t for t in texts if t]
    if not parts:
        return frozenset()
    text = SEP.join(parts)
    low = _lower(text)
    if len(parts) > 1 and (low is None or text.count(SEP) != len(parts) - 1):
        return frozenset().union(*(hook_devices(t) for t in parts))
    return frozenset(name for name, cues in _device_cues().items() if cues.found(text, low))


@lru_cache(maxsize=1)
def _beat_cues() -> dict[str, _Cues]:
    data = _read("beat_cues.json")
    return {
        name: _Cues(spec.get("zh", ()), spec.get("en", ()))
        for name, spec in data.items()
        if isinstance(spec, dict)
    }


def beat_cues(text: str) -> dict[str, int]:
    """How many cue words of each beat kind (pain, solution, proof) a text contains."""
    return {name: len(cues.spans(text)) for name, cues in _beat_cues().items()}
