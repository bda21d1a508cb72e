"""Compliance word lists compiled into one pattern, matched on words and read in context.

Every literal term (Chinese, and English with its inflections) goes into a single regular
expression built as a trie, so a clean text costs one search. A candidate is kept only when
it sits on word boundaries (Chinese through :mod:`studio.guide.text.segment`, English by letters)
and no harmless context explains it (:mod:`studio.guide.text.context`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from itertools import accumulate
from typing import Protocol, TypeVar

from studio.guide.text import context, segment
from studio.guide.text.context import SEP

#: How a rule's fix works: swap in ``suggest``, delete the term, or ask for a rewrite.
REPLACE, REMOVE, REWORD = "replace", "remove", "reword"
#: A hit made of whole words, or one that ends inside a word (治愈 in 治愈率).
FULL, PARTIAL = "full", "partial"


@dataclass(frozen=True)
class Rule:
    """One listed wording: what it is, how bad, and what to do about it."""

    term: str
    category: str
    severity: str
    suggest: str = ""
    language: str = "zh"
    #: Only a complete word counts (最 but not 最后).
    whole: bool = False
    #: Where the rule comes from: 'adlaw', a product category, or 'user'.
    source: str = "adlaw"

    @property
    def fix_kind(self) -> str:
        """REPLACE when a safe word exists, REMOVE when the term can go, else REWORD."""
        if self.suggest == "-":
            return REMOVE
        return REPLACE if self.suggest else REWORD


class _Spanned(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


Spanned = TypeVar("Spanned", bound=_Spanned)


def first_longest(found: list[Spanned], tie: Callable[[Spanned], str] = lambda _hit: "") -> list[Spanned]:
    """The hits that overlap none kept before, left to right, the longest where several start at one place
    (then ``tie`` decides); sorts ``found`` in place."""
    found.sort(key=lambda h: (h.start, h.start - h.end, tie(h)))
    kept: list[Spanned] = []
    edge = 0
    for hit in found:
        if hit.start >= edge:
            kept.append(hit)
            edge = hit.end
    return kept


@dataclass(frozen=True)
class Hit:
    """A rule found in a text at [start, end)."""

    start: int
    end: int
    text: str
    rule: Rule
    #: The English inflection the text carries ('s', 'ed', 'ing'), so the suggestion can match it.
    inflection: str = ""
    #: False when the hit ends inside a word: a swap or a cut there would break that word.
    whole_words: bool = True
    #: True when context makes the breach a judgement call (最大的亮点): a warning, not an error.
    softened: bool = False

    @property
    def severity(self) -> str:
        """The rule's severity, 'warning' when context softens it."""
        return "warning" if self.softened else self.rule.severity

    @property
    def fix_kind(self) -> str:
        """The rule's fix kind, or REWORD when the hit ends inside a word."""
        return self.rule.fix_kind if self.whole_words else REWORD

    def replacement(self) -> str:
        """The word to put in place of the hit ('' to delete it)."""
        s = "" if self.fix_kind in (REMOVE, REWORD) else self.rule.suggest
        if s and self.inflection:
            head, _, last = s.rpartition(" ")
            s = (f"{head} " if head else "") + inflect(last, self.inflection)
        if s and self.rule.language == "en" and self.text[:1].isupper():
            return s[:1].upper() + s[1:]
        return s


def is_cjk(ch: str) -> bool:
    """True for a CJK ideograph."""
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff"


def _ascii_word_char(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


#: The characters :func:`_ascii_word_char` is true for, to test without a call.
_ASCII_WORD = frozenset(ch for ch in map(chr, range(128)) if _ascii_word_char(ch))


def inflect(word: str, kind: str) -> str:
    """``word`` with an English inflection: '' (as is), 's', 'ed' or 'ing'."""
    if not kind or not word.isalpha():
        return word
    if kind == "s":
        if word.endswith("y") and word[-2:-1] not in "aeiou":
            return word[:-1] + "ies"
        return word + ("es" if word.endswith(("s", "x", "ch", "sh")) else "s")
    if word.endswith("y") and word[-2:-1] not in "aeiou" and kind == "ed":
        return word[:-1] + "ied"
    return (word[:-1] if word.endswith("e") else word) + kind


def english_forms(term: str) -> dict[str, str]:
    """A term and its inflections (cure: cures, cured, curing) -> the inflection's kind.

    Multi-word terms inflect their last word; short words and non-words stay as written.
    """
    head, _, last = term.rpartition(" ")
    prefix = f"{head} " if head else ""
    forms = {term: ""}
    if last.isalpha() and len(last) > 2:
        for kind in ("s", "ed", "ing"):
            forms.setdefault(prefix + inflect(last, kind), kind)
    return forms


#: A letter trie: each letter to the rest; the key "" marks a word's end.
Trie = dict[str, "Trie"]


def trie_pattern(words: Iterable[str]) -> str:
    """A regular expression matching any of ``words``, longest first, factored as a trie."""
    root: Trie = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: Trie) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return body + "?" if len(branches) == 1 and len(body) == 1 else "(?:" + body + ")?"
        return body

    return build(root)


def _prefiltered(keys: Iterable[str]) -> str:
    """A pattern whose match starts where one of ``keys`` starts (it matches that first character only).

    It begins with the set of the terms' first characters, so the regex engine skips every
    other character in its own loop without entering the pattern; where one does start a
    term, a look-ahead on the first two characters (two character-class tests), then the
    trie, decide. ``(?<=(?=...).)`` looks at the trie from the matched character's own place.
    """
    keys = list(keys)
    singles = {k for k in keys if len(k) == 1}
    firsts = {k[0] for k in keys if len(k) > 1}
    seconds = {k[1] for k in keys if len(k) > 1}

    def chars(cs: set[str]) -> str:
        return "[" + "".join(re.escape(c) for c in sorted(cs)) + "]"

    gates = ([chars(singles)] if singles else []) + ([chars(firsts) + chars(seconds)] if firsts else [])
    ahead = "(?=" + "|".join(gates) + ")(?:" + trie_pattern(keys) + ")"
    return chars(singles | firsts) + "(?<=(?=" + ahead + ")(?s:.))"


class Lexicon:
    """A set of rules compiled for fast matching; immutable once built."""

    def __init__(
        self,
        rules: Sequence[Rule],
        patterns: Sequence[tuple[Rule, str, tuple[str, ...]]] = (),
        allowed: Iterable[str] = (),
    ) -> None:
        self.rules = tuple(rules)
        self._literal: dict[str, tuple[Rule, str]] = {}
        for rule in rules:
            forms = english_forms(rule.term.lower()) if rule.language == "en" else {rule.term.lower(): ""}
            for key, kind in forms.items():
                # A listed word wins over another word's inflection (guarantees vs guarantee+s).
                if key not in self._literal or (not kind and self._literal[key][1]):
                    self._literal[key] = (rule, kind)
        self._lengths: dict[str, tuple[int, ...]] = {}
        for key in self._literal:
            self._lengths.setdefault(key[0], ())
            self._lengths[key[0]] = tuple(sorted({*self._lengths[key[0]], len(key)}, reverse=True))
        self._finder = re.compile(_prefiltered(self._literal)) if self._literal else None
        # A pattern rule runs only on text holding one of its literals (most text holds none).
        self._patterns = [(rule, re.compile(p), needs) for rule, p, needs in patterns]
        #: Every literal some pattern rule needs, each looked for once per scan.
        self._needs = tuple(dict.fromkeys(n for _, _, needs in patterns for n in needs))
        # One search finds the needed literals (longest first, not overlapping); a literal it
        # could have stepped over, inside or across one it found, is then looked for alone.
        ordered = sorted(filter(None, self._needs), key=len, reverse=True)
        self._needs_any = re.compile("|".join(map(re.escape, ordered))) if ordered else None
        self._hiders = {
            n: frozenset(f for f in self._needs if f != n and _overlaps(f, n)) for n in self._needs
        }
        self.allowed = tuple(sorted({a.strip() for a in allowed if a.strip()}, key=len, reverse=True))
        self._pattern_specs = tuple((rule, p, needs) for rule, p, needs in patterns)
        segment.use_words(k for k in self._literal if k and is_cjk(k[0]))

    def loosened(self) -> Lexicon:
        """The same lists with every term matched inside longer words too (第一 in 第一名).

        For disguised terms: a writer who spells 第一 as 第① means the claim whatever word follows.
        """
        rules = [replace(r, whole=False) if r.whole else r for r in self.rules]
        return Lexicon(rules, self._pattern_specs, self.allowed)

    def scan(self, text: str) -> list[Hit]:
        """Every hit in ``text``, left to right, without overlaps (the longest wins)."""
        if not text:
            return []
        low = text.lower()
        if len(low) != len(text):  # a rare letter whose lower case is longer: match as written
            low = text
        return self._scan(text, low)

    def _scan(self, text: str, low: str) -> list[Hit]:
        found = self._literal_hits(text, low)
        present = self.needed(low) if self._patterns else set()
        for rule, regex, needs in self._patterns:
            if present.isdisjoint(needs):
                continue
            for m in regex.finditer(low):
                start, end = m.span()
                verdict = self._judge(text, start, end, rule) if end > start else None
                if verdict is not None:
                    found.append(Hit(start, end, text[start:end], rule, "", verdict is FULL))
        if not found:
            return []
        kept = first_longest(found)
        if self.allowed:
            kept = [h for h in kept if not context.inside_any(text, h.start, h.end, self.allowed)]
        return [
            replace(h, softened=True) if context.softened(text, h.start, h.end, h.rule.term) else h
            for h in kept
        ]

    def needed(self, low: str) -> set[str]:
        """The literals pattern rules need that ``low`` holds (``{n for n in needs if n in low}``)."""
        found = set(self._needs_any.findall(low)) if self._needs_any is not None else set()
        if "" in self._hiders:
            found.add("")  # every text holds the empty string
        for need in self._needs:
            if need not in found and not self._hiders[need].isdisjoint(found) and need in low:
                found.add(need)
        return found

    def scan_many(self, texts: Sequence[str]) -> list[list[Hit]]:
        """:meth:`scan` for several texts at once (one search over them all): hits per text."""
        out: list[list[Hit]] = [[] for _ in texts]
        for i, hits in self.scan_each(texts).items():
            out[i] = hits
        return out

    def scan_each(self, texts: Sequence[str]) -> dict[int, list[Hit]]:
        """:meth:`scan` for several texts in one search: the hits of each text that has any, by index."""
        if not texts:
            return {}
        joined = SEP.join(texts)
        low = joined.lower()
        if joined.count(SEP) != len(texts) - 1 or len(low) != len(joined):
            # A text holds the separator, or lowers to another length (İ): such texts are scanned
            # alone, so that one of them changes nothing for the others.
            odd = {i for i, t in enumerate(texts) if SEP in t or len(t.lower()) != len(t)}
            each = self.scan_each([t if i not in odd else "" for i, t in enumerate(texts)])
            each.update((i, hits) for i in sorted(odd) if (hits := self.scan(texts[i])))
            return dict(sorted(each.items()))
        found: dict[int, list[Hit]] = {}
        hits = self._scan(joined, low) if joined else []
        if not hits:
            return found
        offsets = list(accumulate((len(t) + 1 for t in texts[:-1]), initial=0))
        for hit in hits:
            i = bisect_right(offsets, hit.start) - 1
            found.setdefault(i, []).append(
                replace(hit, start=hit.start - offsets[i], end=hit.end - offsets[i])
            )
        return found

    def _literal_hits(self, text: str, low: str) -> list[Hit]:
        found: list[Hit] = []
        if self._finder is None:
            return found
        search = self._finder.search
        pos = 0
        while True:
            m = search(low, pos)
            if m is None:
                return found
            start = m.start()
            room = len(low) - start
            partial: Hit | None = None
            hit: Hit | None = None
            # Longest term first; one that ends mid-word (最好 in 最好看) yields to a shorter term
            # that ends on a word edge (最) unless that one is milder (国家 in 国家免检产品); kept
            # mid-word, it gets advice only.
            for length in self._lengths.get(low[start], ()):
                entry = self._literal.get(low[start : start + length]) if length <= room else None
                if entry is None:
                    continue
                verdict = self._judge(text, start, start + length, entry[0])
                if verdict is FULL:
                    hit = Hit(start, start + length, text[start : start + length], entry[0], entry[1])
                    break
                if verdict is PARTIAL and partial is None:
                    partial = Hit(
                        start, start + length, text[start : start + length], entry[0], entry[1], False
                    )
            if partial is not None and (hit is None or _rank(partial.rule) < _rank(hit.rule)):
                hit = partial
            if hit is not None:
                found.append(hit)
            pos = hit.end if hit is not None else start + 1

    def _judge(self, text: str, start: int, end: int, rule: Rule) -> str | None:
        """FULL when the hit is whole words, PARTIAL when it ends inside one, None when it is no hit."""
        # Latin letters and digits join into words: 'cure' is not in 'secure', 第1 is not in 第12.
        if start > 0 and text[start] in _ASCII_WORD and text[start - 1] in _ASCII_WORD:
            return None
        if end < len(text) and text[end - 1] in _ASCII_WORD and text[end] in _ASCII_WORD:
            return None
        starts_word, ends_word = word_edges(text, start, end)
        if not starts_word or (rule.whole and not ends_word):
            return None
        if context.excused(text, start, end, rule.term, rule.category):
            return None
        return FULL if ends_word else PARTIAL


def _overlaps(found: str, other: str) -> bool:
    """Whether an occurrence of ``found`` can cover the start of one of ``other`` (so a search
    for either that reports ``found`` may step over ``other``)."""
    return any(found[d : d + len(other)] == other[: len(found) - d] for d in range(len(found)))


def _rank(rule: Rule) -> int:
    return 0 if rule.severity == "error" else 1


#: How far either side of a hit its Chinese run is segmented.
_EDGE_WINDOW = 48


def word_edges(text: str, start: int, end: int) -> tuple[bool, bool]:
    """(starts a word, ends a word) for text[start:end], segmenting only when Chinese runs on."""
    left = start > 0 and is_cjk(text[start - 1]) and is_cjk(text[start])
    right = end < len(text) and is_cjk(text[end]) and is_cjk(text[end - 1])
    if not left and not right:
        return True, True
    # The run is read up to _EDGE_WINDOW characters either side: words that far away do not move
    # this hit's edges, and a run of thousands of characters would cost each of its hits that much.
    lo = start
    floor = max(0, start - _EDGE_WINDOW)
    while lo > floor and is_cjk(text[lo - 1]):
        lo -= 1
    hi = end
    ceiling = min(len(text), end + _EDGE_WINDOW)
    while hi < ceiling and is_cjk(text[hi]):
        hi += 1
    starts = segment.starts_now(text[lo:hi])
    if starts is None:  # the dictionary is still loading: only edges that need none count, for now
        return not left, not right
    return (not left or start - lo in starts), (not right or end - lo in starts)
