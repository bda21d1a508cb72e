"""Text brought to the canonical form reviewers read, with a map back to the characters as written.

Writers dodge banned words: look-alike characters (蕞 for 最), traditional characters, full-width
letters, circled digits (第①), symbols or spaces inside a word (最*低), pinyin and initials (zui,
dyi). :func:`readings` returns the text as reviewers read it, in a few readings (a character that
is an ordinary word elsewhere, such as 弟, is read as 第 only in a later reading), each with the span
in the original text of every canonical character, so a finding underlines what the writer typed.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from studio.guide.text.lexicon import is_cjk, trie_pattern
from studio.paths import RESOURCES

#: Longest text read (characters); a longer one is read up to here (bounded time on bad input).
MAX_CHARS = 20_000
#: Separators a writer puts inside a word to hide it; dropped between two word characters.
# Sentence punctuation, quotes and brackets are not among them: joining across them would make words
# the writer never wrote (总之，最近 is not 之最), and a title in 《》 is a name.
_NOISE = frozenset(" \t\u3000*·•・._~～|/\\-—–^`=#❗❕✨🔥👉👈💥⭐🌟")
#: Characters no reader sees (zero-width, variation selectors, the keycap mark): always dropped.
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\ufe0e\ufe0f\u20e3\u00ad")
_LATIN_RUN = re.compile("[a-z0-9]+")
#: Digits read as the numeral they stand for when they touch Chinese (唯1, 独一无2).
_DIGIT_WORDS = {"1": "一", "2": "二"}


@dataclass(frozen=True)
class _Tables:
    direct: dict[str, str]
    ambiguous: dict[str, tuple[str, ...]]
    words: dict[str, str]
    words_re: re.Pattern[str] | None
    pinyin: dict[str, tuple[str, ...]]
    longest_syllable: int
    #: Every character whose presence means the text may read differently (a quick test).
    suspect: re.Pattern[str]
    #: Every character that may not stand for itself in the first reading (the rest are read as written).
    special: re.Pattern[str]


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    data: dict[str, Any] = json.loads((RESOURCES / "wordlists" / "precheck_dodges.json").read_text("utf-8"))
    trad = data["traditional"]
    direct = {trad[i]: trad[i + 1] for i in range(0, len(trad) - 1, 2) if trad[i] != trad[i + 1]}
    ambiguous: dict[str, tuple[str, ...]] = {}
    for src, dst in data["lookalike"].items():
        # A character that is an ordinary word somewhere stays itself in the first reading.
        if src in data["always"]:
            direct[src] = dst
        else:
            ambiguous[src] = (src, dst)
    pinyin: dict[str, tuple[str, ...]] = {}
    for syllable, chars in data["pinyin"].items():
        pinyin[_plain(syllable)] = tuple(chars) if isinstance(chars, list) else (chars,)
    words = {k.lower(): v for k, v in data["words"].items()}
    firsts = {w[0] for w in words}
    marks = "".join(re.escape(c) for c in sorted({*direct, *ambiguous, *_NOISE, *_INVISIBLE, *firsts}))
    # Digits alone change nothing but a lone 1 or 2 (唯1, 独一无2): prices and dates are not suspect.
    suspect = re.compile(f"[A-Za-z{marks}]|(?<![0-9.])[12](?![0-9.])")
    return _Tables(
        direct,
        ambiguous,
        words,
        re.compile(trie_pattern(words)) if words else None,
        pinyin,
        max(map(len, pinyin)),
        suspect,
        _special({*direct, *ambiguous, *_NOISE, *_INVISIBLE}),
    )


#: Ideographs that fold to themselves (no compatibility form, no case): read as written unless listed.
_IDEOGRAPHS = (("\u3400", "\u4dbf"), ("\u4e00", "\u9fff"))
#: Common punctuation in Chinese copy that folds to itself.
_PLAIN_PUNCTUATION = "。、《》「」『』【】“”‘’〈〉〔〕"


def _special(marked: set[str]) -> re.Pattern[str]:
    """A pattern for one character that may not be read as written: anything but a plain ideograph,
    lower-case ASCII or common punctuation that folds to itself and is not ``marked``."""
    plain = [c for c in (*map(chr, range(128)), *_PLAIN_PUNCTUATION) if c not in marked and _fold(c) == c]
    ranges = []
    for lo, hi in _IDEOGRAPHS:
        start = ord(lo)
        for mark in sorted(ord(c) for c in marked if lo <= c <= hi):
            if mark > start:
                ranges.append(f"{chr(start)}-{chr(mark - 1)}")
            start = mark + 1
        if start <= ord(hi):
            ranges.append(f"{chr(start)}-{hi}")
    return re.compile(f"[^{''.join(re.escape(c) for c in plain)}{''.join(ranges)}]")


def _plain(text: str) -> str:
    """Latin letters without their accents (jí -> ji)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@lru_cache(maxsize=4096)
def _fold(ch: str) -> str:
    """One character in its plain form: compatibility forms folded (Ｎ, ①, ⽆), lower case, no accents."""
    out = unicodedata.normalize("NFKC", ch).lower()
    if not out.isascii() and all(ord(c) < 0x250 for c in out):
        out = _plain(out)
    return out


@dataclass(frozen=True)
class Reading:
    """One canonical reading of a text: its characters and where each came from."""

    text: str
    #: Per canonical character, its [start, end) in the original text.
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of canonical characters [start, end)."""
        return self.starts[start], self.ends[end - 1]


# An entry of the stream: (readings, start, end); readings[0] is the first reading.
_Entry = tuple[tuple[str, ...], int, int]


def may_differ(text: str) -> bool:
    """Whether the text may read differently from how it is written (most plain Chinese does not)."""
    return _tables().suspect.search(text) is not None or not unicodedata.is_normalized("NFKC", text)


def readings(text: str) -> list[Reading]:
    """The canonical readings of ``text`` (the first is the most literal); empty when it reads as written."""
    text = text[:MAX_CHARS]
    if not text or not may_differ(text):
        return []
    tables = _tables()
    first = _first(text, tables)
    if first is not None:
        return first
    entries = _words(_base(text, tables), tables)
    entries = _pinyin(entries, tables)
    count = max((len(r) for r, _, _ in entries), default=1)
    out: list[Reading] = []
    for k in range(count):
        chars: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        for options, start, end in entries:
            s = options[min(k, len(options) - 1)]
            chars.append(s)
            starts += [start] * len(s)
            ends += [end] * len(s)
        canon = "".join(chars)
        if canon != text and all(canon != r.text for r in out):
            out.append(Reading(canon, tuple(starts), tuple(ends)))
    return out


def _first(text: str, tables: _Tables) -> list[Reading] | None:
    """The readings of ``text`` when it has only one (no look-alike read two ways, no dodged word, no
    pinyin): :func:`_base`'s first reading built a run of plain characters at a time; None otherwise."""
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    last = ""  # the first reading of the last character kept
    n = len(text)
    done = 0
    for m in tables.special.finditer(text):
        i = m.start()
        if i > done:
            parts.append(text[done:i])
            starts += range(done, i)
            ends += range(done + 1, i + 1)
            last = text[i - 1]
        done = i + 1
        ch = text[i]
        if ch in _INVISIBLE:
            continue
        if ch in _NOISE and _joins(text, i, last[-1:]):
            continue
        if ch in tables.ambiguous:
            return None
        if ch in tables.direct:
            last = tables.direct[ch]
        else:
            folded = _fold(ch)
            last = tables.direct.get(folded, folded)
        parts.append(last)
        starts += [i] * len(last)
        ends += [i + 1] * len(last)
    if done < n:
        parts.append(text[done:])
        starts += range(done, n)
        ends += range(done + 1, n + 1)
    flat = "".join(parts)
    if tables.words_re is not None and tables.words_re.search(flat):
        return None
    for m in _LATIN_RUN.finditer(flat):
        start, end = m.span()
        touches = (start > 0 and is_cjk(flat[start - 1])) or (end < len(flat) and is_cjk(flat[end]))
        if touches and _syllables(m.group(), tables) is not None:
            return None
    return [] if flat == text else [Reading(flat, tuple(starts), tuple(ends))]


def _word_char(ch: str) -> bool:
    return ch.isalnum() or is_cjk(ch)


def _joins(text: str, i: int, prev: str) -> bool:
    """True when the separator at ``text[i]`` (and any run of separators after it) stands between two word
    characters, ``prev`` the one read before it (最*低, 最 低): it joins them and is dropped."""
    n = len(text)
    j = i + 1
    while j < n and (text[j] in _NOISE or text[j] in _INVISIBLE):
        j += 1
    return bool(prev) and j < n and _word_char(prev) and _word_char(_fold(text[j])[:1] or " ")


def _base(text: str, tables: _Tables) -> list[_Entry]:
    """Characters folded, traditional ones simplified, invisible ones and separators inside words dropped."""
    entries: list[_Entry] = []
    for i, ch in enumerate(text):
        if ch in _INVISIBLE:
            continue
        if ch in _NOISE and ch != "\n" and _joins(text, i, entries[-1][0][0][-1:] if entries else ""):
            continue
        if ch in tables.direct:
            entries.append(((tables.direct[ch],), i, i + 1))
        elif ch in tables.ambiguous:
            entries.append((tables.ambiguous[ch], i, i + 1))
        else:
            folded = _fold(ch)
            entries.append(((tables.direct.get(folded, folded),), i, i + 1))
    return entries


def _joined(entries: list[_Entry]) -> tuple[str, list[int]]:
    """The first reading as one string, and for each of its characters the index of its entry."""
    owner: list[int] = []
    parts: list[str] = []
    for k, (options, _, _) in enumerate(entries):
        parts.append(options[0])
        owner += [k] * len(options[0])
    return "".join(parts), owner


def _words(entries: list[_Entry], tables: _Tables) -> list[_Entry]:
    """Whole dodged spellings (嘴低, 极至) replaced by the word they stand for."""
    if tables.words_re is None:
        return entries
    flat, owner = _joined(entries)
    out: list[_Entry] = []
    done = 0
    for m in tables.words_re.finditer(flat):
        a, b = owner[m.start()], owner[m.end() - 1]
        if a < done:
            continue
        out += entries[done:a]
        out.append(((tables.words[m.group()],), entries[a][1], entries[b][2]))
        done = b + 1
    return out + entries[done:]


def _pinyin(entries: list[_Entry], tables: _Tables) -> list[_Entry]:
    """Runs of Latin letters against Chinese read as the characters their syllables spell (zui低 -> 最低)."""
    flat, owner = _joined(entries)
    out: list[_Entry] = []
    done = 0
    for m in _LATIN_RUN.finditer(flat):
        start, end = m.span()
        before = flat[start - 1] if start else ""
        after = flat[end] if end < len(flat) else ""
        if not (is_cjk(before[:1] or " ") or is_cjk(after[:1] or " ")):
            continue
        a, b = owner[start], owner[end - 1]
        if a < done:
            continue
        parts = _syllables(m.group(), tables)
        if parts is None:
            continue
        out += entries[done:a]
        lo, hi = entries[a][1], entries[b][2]
        out += [(options, lo, hi) for options in parts]
        done = b + 1
    return out + entries[done:]


def _syllables(run: str, tables: _Tables) -> list[tuple[str, ...]] | None:
    """The readings of each syllable of ``run``, or None when it does not split wholly into known ones."""
    if run.isdigit():
        # Only a lone digit: 第12 is not 第一二.
        return [(_DIGIT_WORDS[run], run)] if run in _DIGIT_WORDS else None
    n = len(run)
    best: list[list[tuple[str, ...]] | None] = [None] * (n + 1)
    best[0] = []
    for i in range(n):
        got = best[i]
        if got is None:
            continue
        for j in range(min(n, i + tables.longest_syllable), i, -1):
            options = tables.pinyin.get(run[i:j])
            if options is not None and best[j] is None:
                best[j] = [*got, options]
    return best[n]
