"""Platform review pre-check (审核预检) of one text: dodged banned words and diversion off the platform.

A dodge is a listed ad-law term that only the canonical reading of the text holds (蕞低价, 全网zui低价,
最*低): it is found by scanning the readings of :mod:`studio.guide.text.canonical` with the project's
compiled lists and is underlined on the characters as written. Diversion (引流) is a WeChat ID or its
disguises, a phone number, a QR code, another shop's name, "私信领": each platform has its own list
and its own exceptions (WeChat Channels may point to 企业微信). Both give findings with fixes.
"""

from __future__ import annotations

import importlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from studio.guide.findings import Finding, Fix, Location, Severity
from studio.guide.messages import fix_label
from studio.guide.text import segment
from studio.guide.text.bilingual import Bilingual, worded
from studio.guide.text.canonical import MAX_CHARS, Reading, readings
from studio.guide.text.lexicon import REMOVE, REPLACE, Hit, Lexicon, first_longest
from studio.models.platforms import DEFAULT_PLATFORM, PRESETS
from studio.models.text import has_cjk
from studio.paths import RESOURCES

_FULL_WIDTH = re.compile("[\uff01-\uff5e]")
#: What each kind of diversion does, as its finding says it.
WHAT: dict[str, Bilingual] = {
    kind: worded(f"diversion.{kind}")
    for kind in (
        "wechat",
        "wecom",
        "wechat_media",
        "qq",
        "phone",
        "qr",
        "group",
        "dm",
        "contact",
        "elsewhere",
        "offsite",
    )
}


@dataclass(frozen=True)
class PreHit:
    """A pre-check hit in the text as written, at [start, end)."""

    start: int
    end: int
    #: The characters as written.
    term: str
    #: 'dodge' or 'divert'.
    kind: str
    severity: str
    #: The text to put in place of the hit; '' deletes it; None when only a rewrite will do.
    replacement: str | None
    #: A dodge: the listed term it stands for; a diversion: its group id.
    word: str
    #: A dodge: the ad-law category of the term it stands for.
    category: str = ""


@lru_cache(maxsize=1)
def platform_data() -> dict[str, Any]:
    """The platform lists (resources/wordlists/precheck_platforms.json), read once."""
    data: dict[str, Any] = json.loads(
        (RESOURCES / "wordlists" / "precheck_platforms.json").read_text("utf-8")
    )
    return data


def platform_id(platform: str) -> str:
    """A known platform id (the default for an unknown one)."""
    return platform if platform in PRESETS else DEFAULT_PLATFORM


def platform_name(platform: str) -> Bilingual:
    """The platform's name in both languages."""
    zh, en = platform_data()["names"][platform_id(platform)]
    return Bilingual(zh, en)


def cta(platform: str, zh: bool) -> str:
    """The platform's own way to buy, which a diversion's fix points to instead."""
    pair = platform_data()["cta"][platform_id(platform)]
    return str(pair[0] if zh else pair[1])


@dataclass(frozen=True)
class _Diversion:
    regex: re.Pattern[str] | None
    #: Named group -> (group id, severity, fix kind).
    groups: dict[str, tuple[str, str, str]]
    #: One character a match can start with; None when that cannot be told (every place is tried).
    starts: re.Pattern[str] | None = None

    def finditer(self, source: str) -> Iterator[re.Match[str]]:
        """``regex.finditer(source)``, trying only the places a match can start at."""
        assert self.regex is not None
        if self.starts is None:
            yield from self.regex.finditer(source)
            return
        match = self.regex.match
        pos = 0
        for start in self.starts.finditer(source):
            at = start.start()
            if at < pos:
                continue
            m = match(source, at)
            if m is not None:
                yield m
                pos = m.end()


#: Largest character range a pattern may start with and still be listed character by character.
_RANGE_MAX = 512


def _first_chars(pattern: str) -> str | None:
    """Every character a match of ``pattern`` can start with, or None when that cannot be told
    (a class, any character, a match that may be empty, or Python's parser not as expected)."""
    try:
        parser = importlib.import_module("re._parser")
        constants = importlib.import_module("re._constants")
        parsed = parser.parse(pattern)
    except (ImportError, re.error):
        return None
    chars: set[str] = set()

    def first(items: Any) -> bool | None:
        """Adds the first characters of a sequence; True when it may match empty, None when unknown."""
        for op, av in items:
            if op is constants.LITERAL:
                chars.add(chr(av))
                return False
            if op is constants.IN:
                for kind, value in av:
                    if kind is constants.LITERAL:
                        chars.add(chr(value))
                    elif kind is constants.RANGE and value[1] - value[0] <= _RANGE_MAX:
                        chars.update(map(chr, range(value[0], value[1] + 1)))
                    else:
                        return None
                return False
            if op is constants.SUBPATTERN:
                if av[1] or av[2]:  # flags changed inside
                    return None
                empty = first(av[3])
            elif op is constants.BRANCH:
                got = [first(branch) for branch in av[1]]
                if None in got:
                    return None
                empty = any(got)
            elif op in (constants.MAX_REPEAT, constants.MIN_REPEAT):
                empty = first(av[2])
                if empty is None:
                    return None
                empty = empty or av[0] == 0
            elif op in (constants.ASSERT, constants.ASSERT_NOT, constants.AT):
                continue  # zero-width: the match starts at the next item
            else:
                return None
            if empty is None or not empty:
                return empty
        return True

    if first(parsed.data) is not False or parsed.state.flags & re.IGNORECASE:
        return None
    return "".join(sorted(chars))


@lru_cache(maxsize=8)
def _diversion(platform: str) -> _Diversion:
    """One pattern holding every diversion the platform rejects, each kind in its own named group."""
    parts: list[str] = []
    groups: dict[str, tuple[str, str, str]] = {}
    for spec in platform_data()["groups"]:
        on = spec["on"]
        if isinstance(on, dict):
            names = on.get(platform)
            body = f"{spec.get('before', '')}(?:{names}){spec.get('after', '')}" if names else ""
        else:
            body = "|".join(f"(?:{p})" for p in spec["patterns"]) if platform in on else ""
        if body:
            name = f"g{len(groups)}"
            groups[name] = (spec["id"], spec["severity"], spec["fix"])
            parts.append(f"(?P<{name}>{body})")
    if not parts:
        return _Diversion(None, groups)
    pattern = "|".join(parts)
    first = _first_chars(pattern)
    starts = None if first is None else re.compile(f"[{''.join(map(re.escape, first))}]")
    return _Diversion(re.compile(pattern), groups, starts)


@lru_cache(maxsize=1)
def _safe_words() -> dict[str, str]:
    """Safe words for disguised terms the ad-law lists leave to a rewrite."""
    data = json.loads((RESOURCES / "wordlists" / "precheck_dodges.json").read_text("utf-8"))
    return {k.lower(): str(v) for k, v in data.get("suggest", {}).items()}


@lru_cache(maxsize=16)
def _loosened(words: Lexicon) -> Lexicon:
    """The project's lists matched inside words too, built once per compiled list."""
    return words.loosened()


def _lower(text: str) -> str:
    low = text.lower()
    return low if len(low) == len(text) else text


def scan(text: str, platform: str, words: Lexicon, literal: list[Hit] | None = None) -> list[PreHit]:
    """Every dodge and diversion in ``text`` for ``platform``, left to right, without overlaps.

    ``literal``: the ad-law hits the text already has as written (a dodge is only what they miss);
    found here when not given. Results are kept per text: a keystroke in one field of a shot
    re-checks the shot, and its other fields' words have not changed.
    """
    if not text:
        return []
    spans = None if literal is None else tuple((h.start, h.end) for h in literal)
    # Word edges change once the segmenter's dictionary is in: results from before are not kept.
    return list(_scan(text[:MAX_CHARS], platform_id(platform), words, spans, segment.loaded()))


def scan_written(
    text: str, platform: str, words: Lexicon, spans: tuple[tuple[int, int], ...], loaded: bool
) -> tuple[PreHit, ...]:
    """:func:`scan` for a whole pass over a script: ``platform`` already a known id (:func:`platform_id`),
    ``spans`` the text's ad-law hits as written, ``loaded`` :func:`segment.loaded` at the pass's start."""
    return _scan(text if len(text) <= MAX_CHARS else text[:MAX_CHARS], platform, words, spans, loaded)


#: Results kept per text: room for every text field of a 5,000-shot script (most are a few dozen characters).
@lru_cache(maxsize=65536)
def _scan(
    text: str, platform: str, words: Lexicon, spans: tuple[tuple[int, int], ...] | None, _loaded: bool
) -> tuple[PreHit, ...]:
    zh = has_cjk(text)
    # Dodges are read in Chinese text and in full-width letters (ｎｏ．１); English is left as written.
    read = readings(text) if zh or _FULL_WIDTH.search(text) else []
    found: list[PreHit] = []
    div = _diversion(platform)
    if div.regex is not None:
        found += _diverted(text, None, div, platform, zh)
        for r in read:
            found += _diverted(text, r, div, platform, zh)
    if read:
        loose = _loosened(words)
        if spans is None:
            spans = tuple((h.start, h.end) for h in words.scan(text))
        for r in read:
            found += _dodges(text, r, loose, spans)
    if not found:
        return ()
    return tuple(first_longest(found, lambda h: h.kind))


def _diverted(text: str, reading: Reading | None, div: _Diversion, platform: str, zh: bool) -> list[PreHit]:
    assert div.regex is not None
    source = _lower(text) if reading is None else reading.text
    out: list[PreHit] = []
    for m in div.finditer(source):
        if m.end() <= m.start() or m.lastgroup is None:
            continue
        group, severity, fix = div.groups[m.lastgroup]
        start, end = m.span() if reading is None else reading.span(*m.span())
        replacement = cta(platform, zh) if fix == "cta" else ""
        out.append(PreHit(start, end, text[start:end], "divert", severity, replacement, group))
    return out


def _dodges(
    text: str, reading: Reading, words: Lexicon, literal: tuple[tuple[int, int], ...]
) -> list[PreHit]:
    out: list[PreHit] = []
    for hit in words.scan(reading.text):
        start, end = reading.span(hit.start, hit.end)
        written = text[start:end]
        if written.lower() == hit.text.lower():
            continue  # as written: the ad-law check reports it
        if (start, end) in literal:
            continue
        kind = hit.fix_kind
        new: str | None = None if kind not in (REPLACE, REMOVE) else hit.replacement()
        if new is None and hit.whole_words:
            safe = _safe_words().get(hit.text.lower())
            new = None if safe is None else "" if safe == "-" else safe
        out.append(PreHit(start, end, written, "dodge", hit.severity, new, hit.text, hit.rule.category))
    return out


def findings(
    hits: list[PreHit],
    text: str,
    shot_id: str,
    field: str,
    place: Severity,
    location: tuple[str, str, str, str],
    platform: str,
) -> list[Finding]:
    """The findings for a field's pre-check hits: as severe as the hit, capped by the field."""
    out: list[Finding] = []
    for hit in hits:
        severity = max(Severity(hit.severity), place, key=lambda s: s.rank)
        if hit.replacement is None:
            fix = Fix(fix_label("reword", term=hit.term))
        elif hit.replacement:
            value = text[: hit.start] + hit.replacement + text[hit.end :]
            fix = Fix(fix_label("replace", suggest=hit.replacement), shot_id, field, value)
        else:
            value = text[: hit.start] + text[hit.end :]
            fix = Fix(fix_label("remove", term=hit.term), shot_id, field, value)
        where = Location(
            location[0], None, location[1], location[2], location[3], field, (hit.start, hit.end)
        )
        if hit.kind == "dodge":
            args: dict[str, Any] = {"term": hit.term, "word": hit.word, "suggest": hit.replacement or ""}
            out.append(Finding("precheck.dodge", severity, where, args, fix))
        else:
            args = {
                "term": hit.term,
                "what": WHAT[hit.word],
                "kind": hit.word,
                "platform": platform_name(platform),
            }
            out.append(Finding("precheck.divert", severity, where, args, fix))
    return out
