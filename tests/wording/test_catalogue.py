"""The wording catalogue holds each sentence once, in both languages, with the same fields in both.

A sentence is doubled when two keys hold the same English or the same Chinese text, or when the
window's .ts files translate the same English text (widget text stays in the .ts; everything else is
looked up in the catalogue by key).
"""

from __future__ import annotations

import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

import pytest

import studio
from studio import wording

TS = Path(studio.__file__).parents[1] / "resources" / "i18n" / "studio_zh_CN.ts"

#: One Chinese word for two different English words (a capitalised header and a noun inside a
#: sentence, or two senses): not one sentence written twice, so both keys stay.
HOMONYMS: set[frozenset[str]] = {
    frozenset(pair)
    for pair in [
        ("kind.object", "what.entity"),  # an object / item
        ("kind.number", "teardown.device.number"),  # a number / number
        ("info.variant", "what.variant"),  # Variant / variant
        ("info.snapshots", "what.snapshot"),  # Snapshots / snapshot
        ("info.scripts", "what.script"),  # Script / script
        ("talents.h.name", "what.talent"),  # Name / creator
        ("res.drop_none", "teardown.none"),  # nothing / none
        ("rc.cost", "talents.h.fee"),  # Cost / Fee
        ("talents.f.notes", "talents.h.notes"),  # notes / Notes
        ("talents.f.final_due", "talents.h.final_due"),  # final cut due / Final due
        ("talents.f.post_due", "talents.h.post_due"),  # posting date / Posting date
    ]
}

#: Sentences still both in the catalogue and in the .ts: the window shows them with self.tr().
KNOWN_IN_TS: set[str] = set(
    [
        "(no variant)",
        "Brand",
        "Commission",
        "Cost",
        "Currency",
        "Deal",
        "Deliverables",
        "Draft due",
        "Draft in",
        "Exclusivity (days)",
        "Fee",
        "Final due",
        "Frame format",
        "GMV",
        "Guaranteed plays",
        "Handle",
        "Language",
        "Link",
        "Name",
        "Notes",
        "Orders",
        "Paid-ad use",
        "Platform",
        "Plays",
        "Posting date",
        "Product",
        "Rights until",
        "Rights: platforms",
        "Snapshots",
        "Status",
        "The brief has everything this template needs.",
        "Tier",
        "Title",
        "Variant",
        "conflict",
        "left out",
        "no creator yet",
        "not set",
        "nothing",
        "number",
        "price",
        "question",
        "same name",
        "vivid description",
        "{n} s",
    ]
)


def fields(text: str) -> set[str]:
    """The names of a text's ``str.format`` fields."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def incomplete(words: dict[str, tuple[str, str]]) -> list[str]:
    """Keys missing a language or whose two languages have different fields."""
    found = []
    for key, entry in words.items():
        if len(entry) != len(wording.LANGUAGES) or not all(isinstance(t, str) and t.strip() for t in entry):
            found.append(f"{key}: a language is missing")
            continue
        zh, en = entry
        if fields(zh) != fields(en):
            found.append(f"{key}: fields {sorted(fields(zh))} in Chinese, {sorted(fields(en))} in English")
    return found


def doubled(words: dict[str, tuple[str, str]], homonyms: set[frozenset[str]]) -> list[str]:
    """Texts that two keys both hold (a sentence defined twice), except declared homonyms."""
    found = []
    for index, language in enumerate(wording.LANGUAGES):
        keys_of: dict[str, list[str]] = defaultdict(list)
        for key, entry in words.items():
            keys_of[entry[index]].append(key)
        for text, keys in keys_of.items():
            if len(keys) > 1 and frozenset(keys) not in homonyms:
                found.append(f"{language} {text!r}: {', '.join(sorted(keys))}")
    return found


def ts_sources() -> set[str]:
    """The English source of every message in the window's translations."""
    return {m.findtext("source") or "" for m in ET.parse(TS).getroot().iter("message")}


def test_the_checks_catch_what_they_are_for() -> None:
    bad = {
        "a": ("文件 {path}", "file {path}"),
        "b": ("文件 {path}", "the file {path}"),
        "c": ("没有 {name}", "no {path}"),
        "d": ("", "empty"),
    }
    assert doubled(bad, set()) == ["zh '文件 {path}': a, b"]
    assert doubled(bad, {frozenset({"a", "b"})}) == []
    assert incomplete(bad) == [
        "c: fields ['name'] in Chinese, ['path'] in English",
        "d: a language is missing",
    ]


def test_every_key_has_both_languages_and_the_same_fields_in_both() -> None:
    assert incomplete(wording.entries()) == []


def test_no_sentence_is_defined_under_two_keys() -> None:
    assert doubled(wording.entries(), HOMONYMS) == []
    for pair in HOMONYMS:
        assert len({wording.entries()[k][1] for k in pair}) > 1, (
            f"{sorted(pair)} are one sentence: alias them"
        )


def test_aliases_lead_to_a_sentence() -> None:
    words = wording.entries()
    assert [old for old, key in wording.aliases().items() if key not in words or old in words] == []


def test_no_sentence_is_both_in_the_catalogue_and_in_the_window_translations() -> None:
    sources = ts_sources()
    both = {en for _zh, en in wording.entries().values() if en in sources}
    assert both - KNOWN_IN_TS == set(), "look these up in studio.wording instead of self.tr()"
    assert KNOWN_IN_TS - both == set(), "no longer doubled: drop them from KNOWN_IN_TS"


def test_a_key_defined_in_two_parts_is_refused() -> None:
    wording._add("one", {"test.twice": ("一", "one")}, {})
    try:
        with pytest.raises(ValueError, match="defined twice"):
            wording._add("again", {"test.twice": ("再", "again")}, {})
        with pytest.raises(ValueError, match="defined twice"):
            wording._add("again", {}, {"test.twice": "test.other"})
    finally:
        del wording.entries()["test.twice"]


def test_sentences_follow_the_language_and_fill_their_fields() -> None:
    wording._add("test", {"test.sample": ("{n} 个镜头", "{n} shots")}, {"test.old": "test.sample"})
    try:
        assert wording.say_in("zh", "test.sample", n=3) == "3 个镜头"
        assert wording.say_in("en", "test.old", n=3) == "3 shots"
        with wording.language_scope():
            wording.set_language("zh")
            assert wording.say("test.sample", n=2) == "2 个镜头"
        assert wording.say_in("en", "no.such.key") == "no.such.key"
    finally:
        del wording.entries()["test.sample"], wording.aliases()["test.old"]


def test_the_catalogue_needs_no_qt() -> None:
    code = "import sys, studio.wording as w; w.entries(); print('PySide6' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
