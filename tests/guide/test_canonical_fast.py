"""The pre-check's fast paths give exactly what the plain ways gave, on random texts (issue 23: a first
check in a new process spent most of its time in the pre-check).

- canonical readings: the reference below is canonical.readings as it was before its fast first
  reading, kept plain so that any difference shows;
- diversion: the platform's pattern tried only where a match can start finds what finditer finds.
"""

from __future__ import annotations

import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from studio.guide.text import canonical
from studio.guide.text.canonical import _INVISIBLE, _LATIN_RUN, _NOISE, Reading, _fold, _syllables, _tables
from studio.guide.text.lexicon import is_cjk

_Entry = tuple[tuple[str, ...], int, int]


def _word_char(ch: str) -> bool:
    return ch.isalnum() or is_cjk(ch)


def _base(text: str) -> list[_Entry]:
    tables = _tables()
    entries: list[_Entry] = []
    n = len(text)
    for i, ch in enumerate(text):
        if ch in _INVISIBLE:
            continue
        if ch in _NOISE and ch != "\n":
            prev = entries[-1][0][0][-1:] if entries else ""
            j = i + 1
            while j < n and (text[j] in _NOISE or text[j] in _INVISIBLE):
                j += 1
            if prev and j < n and _word_char(prev) and _word_char(_fold(text[j])[:1] or " "):
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
    owner: list[int] = []
    parts: list[str] = []
    for k, (options, _, _) in enumerate(entries):
        parts.append(options[0])
        owner += [k] * len(options[0])
    return "".join(parts), owner


def _words(entries: list[_Entry]) -> list[_Entry]:
    tables = _tables()
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


def _pinyin(entries: list[_Entry]) -> list[_Entry]:
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
        parts = _syllables(m.group(), _tables())
        if parts is None:
            continue
        out += entries[done:a]
        lo, hi = entries[a][1], entries[b][2]
        out += [(options, lo, hi) for options in parts]
        done = b + 1
    return out + entries[done:]


def reference(text: str) -> list[Reading]:
    """canonical.readings before the fast path."""
    text = text[: canonical.MAX_CHARS]
    if not text or not canonical.may_differ(text):
        return []
    entries = _pinyin(_words(_base(text)))
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


def _alphabet() -> list[str]:
    """Characters from every class the readings treat apart, and words and syllables they look for."""
    tables = _tables()
    chars = [
        *"最低价第一口播画面产品熬夜党皮肤暗沉怎么办好看用",
        *sorted(tables.direct)[:40],
        *sorted(tables.ambiguous),
        *sorted(_NOISE),
        *sorted(_INVISIBLE),
        *"abcxyzABCXYZ0123456789",
        *"，：！？。、《》“”（）…①②ＮＯ１２⽆㎏éÉǹ\n",
    ]
    return [*chars, *tables.words, *tables.pinyin, "zui", "dyi", "第1", "唯1", "独一无2"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_alphabet()), max_size=30).map("".join))
def test_readings_match_the_reference_on_random_texts(text: str) -> None:
    assert canonical.readings(text) == reference(text)


def test_readings_match_the_reference_on_the_big_project_and_known_dodges() -> None:
    from benchmarks.make_big_project import build
    from studio.guide.rules.shotrules import TEXT_FIELDS

    project, _ = build(120, 0)
    texts = {getattr(shot, name) for _, _, shot in project.scripts[0].iter_shots() for name in TEXT_FIELDS}
    texts |= {
        "蕞低价",
        "全网zui低价",
        "最*低",
        "第①",
        "ｎｏ．１",
        "加 v x",
        "嘴低价",
        "dyi名",
        "第 1 句",
        "画面 2：光",
    }
    fast = [t for t in texts if canonical.readings(t) == reference(t)]
    assert sorted(fast) == sorted(texts)
    # The fast path is taken on most of them (the general one would give the same: this says it is used).
    tables = _tables()
    assert sum(canonical._first(t, tables) is not None for t in texts) > len(texts) // 2


def test_every_character_the_fast_path_reads_as_written_folds_to_itself() -> None:
    tables = _tables()
    marked = {*tables.direct, *tables.ambiguous, *_NOISE, *_INVISIBLE}
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        if 0xD800 <= code <= 0xDFFF or tables.special.match(ch):
            continue
        assert ch not in marked and _fold.__wrapped__(ch) == ch, hex(code)


def _diversion_alphabet() -> list[str]:
    """Pieces of what the platforms' diversion patterns look for, and what sits around them."""
    words = "微信 v信 威信 加 我 的 企业 企微 vx wx qq 扣扣 q群 私信 领 私我 dd我 淘宝 去 快手 菜 扫码 二维码 进群"
    return [*words.split(), *"13845670-: ：号群主页简介在上小aqrtz\n，。", "qr code", "dm me", "link in bio"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_diversion_alphabet()), max_size=25).map("".join))
def test_diversion_tried_where_a_match_can_start_finds_what_every_place_finds(text: str) -> None:
    from studio.guide.rules import precheck
    from studio.models.platforms import PRESETS

    for platform in PRESETS:
        div = precheck._diversion(platform)
        if div.regex is None:
            continue
        every = [(m.span(), m.lastgroup) for m in div.regex.finditer(text)]
        assert [(m.span(), m.lastgroup) for m in div.finditer(text)] == every, platform


def test_first_characters_are_not_guessed_when_they_cannot_be_told() -> None:
    from studio.guide.rules.precheck import _first_chars

    assert _first_chars("(?:加|\\+)?(?<!企)微信") == "+加微"
    assert _first_chars("a?b*") is None  # may match empty
    assert _first_chars("\\w+") is None
    assert _first_chars("[^x]y") is None
    assert _first_chars("(?i)ab") is None
    assert _first_chars("(?:x|)(?=y)z") == "xz"
