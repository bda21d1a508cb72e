"""Translations: complete in both languages, placeholders kept, .qm compiled from the current .ts."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
TS = {"zh": I18N / "studio_zh_CN.ts", "en": I18N / "studio_en.ts"}
PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}|%n|%\d")


def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message.findtext("source") or "", message))
    return found


def forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return []
    if message.get("numerus") == "yes":
        return [f.text or "" for f in translation.iter("numerusform")]
    return [translation.text or ""]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_message_is_translated(lang):
    found = messages(TS[lang])
    assert len(found) > 100
    for context, source, message in found:
        translation = message.find("translation")
        assert translation is not None, (context, source)
        assert translation.get("type") != "unfinished", (context, source)
        texts = forms(message)
        assert texts and all(t.strip() for t in texts), (context, source)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_placeholders_survive_translation(lang):
    for context, source, message in messages(TS[lang]):
        wanted = sorted(PLACEHOLDER.findall(source))
        for text in forms(message):
            assert sorted(PLACEHOLDER.findall(text)) == wanted or "%n" in source, (context, source, text)


def test_chinese_is_chinese():
    cjk = re.compile(r"[\u4e00-\u9fff]")
    translated = [forms(m)[0] for _, s, m in messages(TS["zh"]) if re.search(r"[A-Za-z]{4,}", s)]
    assert sum(bool(cjk.search(t)) for t in translated) / len(translated) > 0.9


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_qm_holds_what_the_ts_says(lang):
    translator = QTranslator()
    assert translator.load(str(TS[lang].with_suffix(".qm")))
    checked = 0
    for context, source, message in messages(TS[lang]):
        if message.get("numerus") == "yes":
            continue
        assert translator.translate(context, source) == forms(message)[0], (context, source)
        checked += 1
    assert checked > 100


def test_ts_files_hold_every_message_in_the_code(tmp_path):
    """Run lupdate afresh: the committed .ts must already list every tr() text of studio/ui."""
    tool = shutil.which("pyside6-lupdate")
    if tool is None:
        pytest.skip("pyside6-lupdate not installed")
    files = [str(p) for p in sorted((ROOT / "studio" / "ui").rglob("*.py"))]
    fresh = tmp_path / "fresh.ts"
    subprocess.run([tool, "-no-obsolete", "-locations", "none", *files, "-ts", str(fresh)], check=True,
                   capture_output=True, timeout=120)  # fmt: skip
    in_code = {(c, s) for c, s, _ in messages(fresh)}
    for lang in ("zh", "en"):
        committed = {(c, s) for c, s, _ in messages(TS[lang])}
        missing = in_code - committed
        assert not missing, f"run scripts/update_translations.py: {sorted(missing)[:5]}"
