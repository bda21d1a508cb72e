"""Text measures for the guide: speech time, caption width, and word-list matches with spans.

Chinese is counted in characters, English in words; a text containing any CJK
character is treated as Chinese (Latin words and digits in it are counted at
their spoken length). Cue word lists live in resources/wordlists/; the compliance
lists are compiled by :mod:`studio.guide.compliance`.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from studio.models.text import CJK_IDEOGRAPH, has_cjk
from studio.paths import RESOURCES

WORDLIST_DIR = RESOURCES / "wordlists"

_LATIN_WORD = re.compile(r"[A-Za-z]+(?:['’\-][A-Za-z]+)*")
_DIGIT = re.compile("[0-9\uff10-\uff19]")
_NUMBER = re.compile(r"[0-9]+(?:[.,][0-9]+)*")
_EN_SYMBOL = re.compile("[$€£%&+]")
#: Spoken length of one Latin word inside Chinese voice-over, in characters.
LATIN_WORD_CHARS = 1.5
#: Spoken length of a percent sign in Chinese (百分之).
PERCENT_CHARS = 3


def speech_units(text: str) -> tuple[float, str]:
    """(amount, unit) to read the text aloud: ('zh', characters) or ('en', words)."""
    if not text:
        return 0.0, "en"
    if has_cjk(text):
        chars = len(CJK_IDEOGRAPH.findall(text))
        chars += len(_DIGIT.findall(text))
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


def char_width(ch: str) -> float:
    """Width of a character in caption cells: wide (CJK, emoji) 1, narrow 0.5, marks 0."""
    if unicodedata.combining(ch) or ch in "\u200d\ufe0f\ufe0e":
        return 0.0
    return 1.0 if unicodedata.east_asian_width(ch) in ("W", "F") else 0.5


def caption_width(line: str, wide: bool) -> float:
    """Width of one caption line: in Chinese cells when ``wide``, else in characters."""
    cells = sum(char_width(ch) for ch in line)
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
    return json.loads((WORDLIST_DIR / name).read_text("utf-8"))


def _word(term: str) -> str:
    """English term as a whole-word, case-insensitive pattern."""
    body = re.escape(term).replace(r"\ ", r"\s+")
    return rf"(?i:(?<![A-Za-z0-9]){body}(?![A-Za-z0-9]))"


def _cue_regex(zh: Iterable[str], en: Iterable[str], patterns: Iterable[str] = ()) -> re.Pattern[str] | None:
    parts = [re.escape(w) for w in sorted(zh, key=len, reverse=True)]
    for w in sorted(en, key=len, reverse=True):
        parts.append(_word(w) if w[:1].isalnum() else re.escape(w))
    parts.extend(patterns)
    return re.compile("|".join(parts)) if parts else None


@lru_cache(maxsize=1)
def _directive_regex() -> re.Pattern[str] | None:
    data = _read("directives.json")
    return _cue_regex(data["zh"], data["en"])


def directive_span(text: str) -> tuple[int, int] | None:
    """Span of the first call-to-action word (点击, 下单, tap, buy ...) or None."""
    regex = _directive_regex()
    if not text or regex is None:
        return None
    m = regex.search(text)
    return (m.start(), m.end()) if m else None


def has_directive(text: str) -> bool:
    """True when the text tells the viewer to act."""
    return directive_span(text) is not None


@lru_cache(maxsize=1)
def _device_regexes() -> dict[str, re.Pattern[str]]:
    data = _read("hook_devices.json")
    found: dict[str, re.Pattern[str]] = {}
    for name, spec in data.items():
        if not isinstance(spec, dict):
            continue
        regex = _cue_regex(spec.get("zh", ()), spec.get("en", ()), spec.get("patterns", ()))
        if regex is not None:
            found[name] = regex
    return found


def hook_devices(text: str) -> frozenset[str]:
    """The hook devices a text carries: question, number, conflict, price."""
    if not text:
        return frozenset()
    return frozenset(name for name, regex in _device_regexes().items() if regex.search(text))


@lru_cache(maxsize=1)
def _beat_cue_regexes() -> dict[str, re.Pattern[str]]:
    data = _read("beat_cues.json")
    found: dict[str, re.Pattern[str]] = {}
    for name, spec in data.items():
        if isinstance(spec, dict):
            regex = _cue_regex(spec.get("zh", ()), spec.get("en", ()))
            if regex is not None:
                found[name] = regex
    return found


def beat_cues(text: str) -> dict[str, int]:
    """How many cue words of each beat kind (pain, solution, proof) a text contains."""
    return {name: len(regex.findall(text)) for name, regex in _beat_cue_regexes().items()}
