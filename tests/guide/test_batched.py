"""The guide's batched fast paths give the answers of their one-text-at-a-time definitions."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studio.guide.rules.compliance import lexicon
from studio.guide.rules.shotrules import TEXT_FIELDS, scan_shots
from studio.guide.rules.thresholds import Thresholds
from studio.guide.text import textscan
from studio.models.entities import Shot
from studio.models.text import CJK_IDEOGRAPH

# Cue words, separators, letters whose lower case is longer (İ), digits of both widths.
PIECES = [
    "？", "?", "吗", "why", "how", "不是", "别", "stop", "not", "nothing", "1", "３", "三天", "三",
    "元", "$", "free", "deal", "x", " ", "\n", "\x00", "İ", "K", "don't", "no one", "熬夜", "%", "％",
    "2.5", "3,000", "A-B", "𠀀", "豈", "最", "第一", "全网", "100%", "No.1", "根治", "best",
]  # fmt: skip
TEXT = st.lists(st.sampled_from(PIECES), max_size=8).map("".join)
PROPS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_DIGIT = re.compile("[0-9\uff10-\uff19]")


def _speech_by_definition(text: str) -> tuple[float, str]:
    """Speech units counted the plain way: every ideograph, digit, percent and Latin word."""
    ideographs = len(CJK_IDEOGRAPH.findall(text))
    if not ideographs:
        return textscan.speech_units(text) if text else (0.0, "en")
    chars = ideographs + len(_DIGIT.findall(text))
    chars += textscan.PERCENT_CHARS * (text.count("%") + text.count("％"))
    chars += textscan.LATIN_WORD_CHARS * len(textscan._LATIN_WORD.findall(text))
    return float(chars), "zh"


@PROPS
@given(TEXT)
def test_speech_counts_every_ideograph_and_digit(text: str) -> None:
    assert textscan.speech_units(text) == _speech_by_definition(text)


def test_speech_of_digits_alone_is_english() -> None:
    assert textscan.speech_units("３12") == (1.0, "en")
    assert textscan.speech_units("第３12") == (4.0, "zh")


@PROPS
@given(TEXT, TEXT)
def test_hook_devices_of_two_texts_are_those_of_each(a: str, b: str) -> None:
    assert textscan.hook_devices(a, b) == textscan.hook_devices(a) | textscan.hook_devices(b)


def test_hook_devices_do_not_join_across_texts() -> None:
    # "三" ends one text and "天" starts the next: no number device made of the two.
    assert "number" not in textscan.hook_devices("等了三", "天")
    assert "number" in textscan.hook_devices("等了三天")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(TEXT, TEXT, TEXT), min_size=1, max_size=6))
def test_scanning_many_shots_finds_each_fields_hits(texts: list[tuple[str, str, str]]) -> None:
    th = Thresholds(words=lexicon("cosmetics", {"熬夜": ""}, ()))
    shots = [Shot(voiceover=vo, onscreen_text=cap, notes=notes) for vo, cap, notes in texts]
    got = scan_shots(th, shots)
    want = [[th.words.scan(getattr(shot, name)) for name in TEXT_FIELDS] for shot in shots]
    assert [[list(hits) for hits in row] for row in got] == want


# Literals pattern rules may need: overlapping ones (根治/治愈, 100/00%), one inside another
# (独家/网独家), repeats of one letter, and the built-in lists' own.
NEEDS = ("根治", "治愈", "100", "00%", "独家", "网独家", "aa", "aaa", "no", "top", "#", "")
NEED_TEXT = st.lists(st.sampled_from([*NEEDS, "根", "治", "愈", "1", "0", "%", "a", "t", "o", "x", "独", "家"]),
                     max_size=10).map("".join)  # fmt: skip


@PROPS
@given(st.lists(st.sampled_from(NEEDS), min_size=1, max_size=6, unique=True), NEED_TEXT)
def test_needed_literals_found_in_one_search_are_those_the_text_holds(needs: list[str], text: str) -> None:
    from studio.guide.text.lexicon import Lexicon, Rule

    rule = Rule("x", "absolute", "error", "", "zh", False)
    lex = Lexicon([], [(rule, "x", tuple(needs))])
    assert lex.needed(text) == {n for n in needs if n in text}
    full = lexicon()
    assert full.needed(text) == {n for n in full._needs if n in text}
