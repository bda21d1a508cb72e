"""The wording catalogue holds each sentence once, in both languages, with the same fields in both.

A sentence is doubled when two keys hold the same English or the same Chinese text, or when the
window's .ts files translate the same English text (widget text stays in the .ts; everything else is
looked up in the catalogue by key).
"""

from __future__ import annotations

import json
import pkgutil
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

#: Chinese texts this short (and without fields) are words, not sentences: one Chinese word may stand
#: for two English ones (a column's "Status", a sentence's "status"; "Creator" and "creator"), as one
#: English word (no space) may for two Chinese ones ("Client": 客户, and 客户确认 on a sign-off box).
WORD_LENGTH = 4

#: Longer Chinese texts that stand for two English wordings on purpose, with why.
ZH_SHARED = {
    "千次播放成本": "the cost sheet's header 'Cost per 1,000 plays'; the CLI's 'per 1,000 plays' after its cost",
    "3秒播放率": "the metric's name '3-second view rate', its narrow column title '3 s views', the workspace "
    "report's '3 s view rate'",
}

#: Longer English texts that stand for two Chinese wordings on purpose, with why.
EN_SHARED = {
    "GMV per 1,000 plays": "the CLI's creator line says 千次播放成交额; the charts and the matrix add the "
    "abbreviation readers of the platform's dashboards know: 千次播放成交额 GPM",
    "Post by": "发布 heads the CLI's narrow projects list; 发布期限 labels the Brief tab and the creator brief",
}


#: English words the window's .ts also holds, translated differently there: one English word, two
#: Chinese ones, so not one sentence written twice. Each says where the other translation is used.
TS_HOMONYMS = {
    "Name": "名称 for a snapshot, a variant or a persona; 达人 heads the creators' column",
    "Approval": "审批 for a review round; 确认 on a document's sign-off block",
    "Shot": "镜头 in the palette, review and search; 镜号 heads a document's number column",
    "Pending": "待审 for a review; 待出结果 for a creator without results",
    "Frame": "画面 heads the shot list's column; 分镜图 a document's",
    "Results": "投放数据 names the tab; 投放结果 the workbook's sheet",
    "Storyboard": "故事板 names the tab; 分镜脚本 the exported document",
    "Must say": "必说话术 in the Brief tab; 必须说 in the creator brief",
    "Never say": "禁说词 in the Brief tab; 绝对不能说 in the creator brief",
    "Creators": "达人数 counts a variant's creators in Results; 达人 names the tab and the sheet",
    "On-screen text": "字幕/花字 heads the shot list's column; 字幕 the import mapping's and documents'",
    "Shots removed": "删除的镜头 in the snapshots' comparison; 删除镜头 in the review's",
    "Hook": "钩子 in the structure guide, the library and search; 开头钩子 names the beat kind",
    "Approved": "通过 for a review; 已通过 for a shot's status",
    "Retired": "已停用 for a library entry; 已下线 for a variant",
    "Post by": "发布日期 in the Workspace list; 发布期限 in the Brief tab and the creator brief",
    "Videos": "视频 names the teardown's file filter; 视频数 heads the workspace report's count column",
    "Who": "是谁 for a persona, 提出人 for a review comment; 人员 heads the workspace calendar's column",
}


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


def is_word(language: str, text: str) -> bool:
    """A single word (not a sentence), which may stand for two words of the other language."""
    if "{" in text:
        return False
    return len(text) <= WORD_LENGTH if language == "zh" else " " not in text.strip()


def doubled(words: dict[str, tuple[str, str]]) -> list[str]:
    """Texts that two keys both hold (a sentence defined twice); a short Chinese word may repeat."""
    found = []
    for index, language in enumerate(wording.LANGUAGES):
        keys_of: dict[str, list[str]] = defaultdict(list)
        for key, entry in words.items():
            keys_of[entry[index]].append(key)
        for text, keys in keys_of.items():
            if len(keys) < 2 or is_word(language, text):
                continue
            found.append(f"{language} {text!r}: {', '.join(sorted(keys))}")
    return found


def ts_messages() -> set[tuple[str, str]]:
    """(English source, Chinese translation) of every message in the window's translations."""
    root = ET.parse(TS).getroot()
    return {(m.findtext("source") or "", m.findtext("translation") or "") for m in root.iter("message")}


def test_the_checks_catch_what_they_are_for() -> None:
    bad = {
        "a": ("文件 {path}", "file {path}"),
        "b": ("文件 {path}", "the file {path}"),
        "c": ("没有 {name}", "no {path}"),
        "d": ("", "empty"),
        "e": ("状态", "Status"),
        "f": ("状态", "status"),
        "g": ("文件已损坏", "the file is damaged"),
        "h": ("文件已损坏", "the file is broken"),
        "i": ("损坏", "the file is broken"),
        "j": ("客户", "Client"),
        "k": ("客户确认", "Client"),
    }
    assert doubled(bad) == [
        "zh '文件 {path}': a, b",
        "zh '文件已损坏': g, h",
        "en 'the file is broken': h, i",
    ]
    assert incomplete(bad) == [
        "c: fields ['name'] in Chinese, ['path'] in English",
        "d: a language is missing",
    ]


def test_every_key_has_both_languages_and_the_same_fields_in_both() -> None:
    assert incomplete(wording.entries()) == []


def test_no_sentence_is_defined_under_two_keys() -> None:
    found = doubled(wording.entries())
    shared = [f"zh {text!r}" for text in ZH_SHARED] + [f"en {text!r}" for text in EN_SHARED]
    assert [d for d in found if not any(d.startswith(text) for text in shared)] == []
    assert len(found) == len(shared), "a shared text is no longer shared: drop it from ZH_SHARED / EN_SHARED"


def test_aliases_lead_to_a_sentence() -> None:
    words = wording.entries()
    assert [old for old, key in wording.aliases().items() if key not in words or old in words] == []


def test_no_sentence_is_both_in_the_catalogue_and_in_the_window_translations() -> None:
    messages = ts_messages()
    sources = {en for en, _zh in messages}
    catalogue = wording.entries().values()
    assert {en for zh, en in catalogue if (en, zh) in messages} == set(), "look these up in studio.wording"
    both = {en for _zh, en in catalogue if en in sources}
    assert both - TS_HOMONYMS.keys() == set(), "look these up in studio.wording instead of self.tr()"
    assert TS_HOMONYMS.keys() - both == set(), "no longer in both: drop them from TS_HOMONYMS"


def test_a_key_defined_in_two_parts_is_refused() -> None:
    wording._add("one", {"test.twice": ("一", "one")}, {})
    try:
        with pytest.raises(ValueError, match="defined twice"):
            wording._add("again", {"test.twice": ("再", "again")}, {})
        with pytest.raises(ValueError, match="defined twice"):
            wording._add("again", {}, {"test.twice": "test.other"})
    finally:
        del wording.entries()["test.twice"]


def test_the_parts_files_are_read_and_a_key_in_two_of_them_refused(tmp_path, monkeypatch) -> None:
    """The loader itself, on part files of its own: words become (Chinese, English) tuples, aliases
    follow, and a key one part already holds stops the load."""
    (tmp_path / "one.json").write_text(
        '{"about": "t", "words": {"test.a": ["一", "one"]}, "aliases": {"test.old": "test.a"}}',
        encoding="utf-8",
    )
    (tmp_path / "two.json").write_text('{"about": "t", "words": {"test.b": ["二", "two"]}}', encoding="utf-8")
    (tmp_path / "again.json").write_text(
        '{"about": "t", "words": {"test.a": ["再", "again"]}}', encoding="utf-8"
    )
    for name, fresh in (
        ("FOLDER", tmp_path),
        ("_LOADED", []),
        ("_WORDS", {}),
        ("_ALIASES", {}),
        ("_READ", {}),
    ):
        monkeypatch.setattr(wording, name, fresh)
    monkeypatch.setattr(wording, "PARTS", ("one", "two"))
    assert wording.entries() == {"test.a": ("一", "one"), "test.b": ("二", "two")}
    assert wording.say_in("en", "test.old") == "one"
    for name, fresh in (("_LOADED", []), ("_WORDS", {}), ("_ALIASES", {}), ("_READ", {})):
        monkeypatch.setattr(wording, name, fresh)
    monkeypatch.setattr(wording, "PARTS", ("one", "two", "again"))
    with pytest.raises(ValueError, match=r"'test\.a' is defined twice \(again in again\)"):
        wording.entries()


def _pairs_once(pairs: list[tuple[str, object]]) -> dict[str, object]:
    """A JSON object's members, refusing a name given twice (json.loads keeps the last one silently)."""
    names = [name for name, _ in pairs]
    twice = sorted({name for name in names if names.count(name) > 1})
    if twice:
        raise ValueError(f"given twice: {', '.join(twice)}")
    return dict(pairs)


def test_each_part_file_holds_each_key_once_and_only_known_members() -> None:
    with pytest.raises(ValueError, match="given twice: k"):
        json.loads('{"words": {"k": ["一", "one"], "k": ["二", "two"]}}', object_pairs_hook=_pairs_once)
    for part in wording.PARTS:
        path = wording.FOLDER / f"{part}.json"
        data = json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=_pairs_once)
        assert set(data) <= {"about", "notes", "words", "aliases"} and {"about", "words"} <= set(data), part
        assert isinstance(data["about"], str) and data["about"].strip(), part
        assert data.get("notes", {}).keys() <= data["words"].keys(), f"{part}: a note on no key"
        assert all(isinstance(v, str) for v in data.get("aliases", {}).values()), part
        # one entry a line, so that a translator's diff is one line an entry
        lines = path.read_text(encoding="utf-8").splitlines()
        assert sum(
            1 for line in lines if line.strip().startswith('"') and line.rstrip().endswith(("],", "]"))
        ) == len(data["words"]), f"{part}: one entry a line"


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


def test_a_key_the_window_needs_at_start_is_read_from_its_parts_alone() -> None:
    # Every key of an early prefix lives in the parts that prefix names (else the first paint loads it all)...
    for prefix, parts in wording.EARLY_PARTS.items():
        for part in wording.PARTS:
            strays = [key for key in wording._read(part)[0] if key.partition(".")[0] == prefix]
            assert part in parts or not strays, (part, strays)
    # ...and reading one in a fresh process reads only those parts, with the same words as the whole catalogue.
    code = (
        "import sys, studio.wording as w; early = w.pair('label.creators'); read = sorted(w._READ);"
        "modules = sorted(m for m in sys.modules if m.startswith('studio.wording.'));"
        "w._LOADED or print(read, modules); print(early == w.pair('label.creators') == w.entries()['label.creators'])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded, same = out.stdout.split("\n")[:2]
    assert loaded == "['labels'] []" and same == "True"


def test_every_part_is_listed_once_and_the_package_holds_no_entries() -> None:
    files = {path.stem for path in wording.FOLDER.glob("*.json")}
    assert len(set(wording.PARTS)) == len(wording.PARTS)
    assert set(wording.PARTS) == files, "list the part in studio.wording.PARTS"
    assert {p for early in wording.EARLY_PARTS.values() for p in early} <= files
    # the entries are data: no module of the package carries a catalogue of its own any more
    modules = {info.name for info in pkgutil.iter_modules(wording.__path__)}
    assert modules == {"describe"}, "entries go in resources/wording/<part>.json"
