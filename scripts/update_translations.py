"""Refresh the UI translations: pyside6-lupdate over every .py in studio/ui, then pyside6-lrelease.

Usage: python scripts/update_translations.py [--apply zh.json] [--check]

- English (studio_en.ts) translates every message to its source text.
- Chinese (studio_zh_CN.ts) keeps its translations in the .ts file; new messages are listed.
  ``--apply FILE`` merges a JSON object {"Context": {"source": "翻译"}} (or {"source": "翻译"}
  for every context) into the Chinese file first.
- ``--check`` exits 1 when any message is still unfinished.
"""

from __future__ import annotations

import argparse
import json
import logging
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
TS_FILES = {"zh": I18N / "studio_zh_CN.ts", "en": I18N / "studio_en.ts"}
LANGUAGE_CODES = {"zh": "zh_CN", "en": "en"}

log = logging.getLogger("update_translations")


def sources() -> list[Path]:
    """Every Python file of the UI, including the views."""
    return sorted(p for p in (ROOT / "studio" / "ui").rglob("*.py") if "__pycache__" not in p.parts)


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6-Essentials")
    return found


def lupdate() -> None:
    """Extract messages into both .ts files (dropping vanished ones)."""
    I18N.mkdir(parents=True, exist_ok=True)
    files = [str(p.relative_to(ROOT)) for p in sources()]
    for lang, ts in TS_FILES.items():
        cmd = [_tool("pyside6-lupdate"), "-no-obsolete", "-locations", "relative", "-target-language",
               LANGUAGE_CODES[lang], *files, "-ts", str(ts.relative_to(ROOT))]  # fmt: skip
        subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True)


def _messages(tree: ET.ElementTree) -> list[tuple[str, ET.Element]]:
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        found.extend((name, message) for message in context.iter("message"))
    return found


def _finish(message: ET.Element, text: str, forms: int = 1) -> None:
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        # Plural messages carry one <numerusform> per plural form of the target language.
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        for _ in range(forms):
            ET.SubElement(translation, "numerusform").text = text
    else:
        translation.text = text


def _write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", "utf-8")


def fill_english() -> None:
    """English is the source language: every message translates to itself."""
    tree = ET.parse(TS_FILES["en"])
    for _context, message in _messages(tree):
        _finish(message, message.findtext("source") or "", forms=2)
    _write(tree, TS_FILES["en"])


def apply_chinese(table: dict[str, object]) -> int:
    """Merge translations into the Chinese file; returns how many were set."""
    tree = ET.parse(TS_FILES["zh"])
    count = 0
    for context, message in _messages(tree):
        source = message.findtext("source") or ""
        scoped = table.get(context)
        text = scoped.get(source) if isinstance(scoped, dict) else None
        if text is None and isinstance(table.get(source), str):
            text = str(table[source])
        if text:
            _finish(message, str(text))
            count += 1
    _write(tree, TS_FILES["zh"])
    return count


def unfinished(lang: str) -> list[tuple[str, str]]:
    """(context, source) of every message without a finished translation."""
    tree = ET.parse(TS_FILES[lang])
    missing = []
    for context, message in _messages(tree):
        translation = message.find("translation")
        text = "".join(translation.itertext()) if translation is not None else ""
        if translation is None or translation.get("type") == "unfinished" or not text.strip():
            missing.append((context, message.findtext("source") or ""))
    return missing


def lrelease() -> None:
    """Compile both .ts files to .qm."""
    for ts in TS_FILES.values():
        qm = ts.with_suffix(".qm")
        subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], cwd=ROOT, check=True,
                       capture_output=True)  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    """Run the whole refresh."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--apply", type=Path, help="JSON of Chinese translations to merge")
    parser.add_argument("--check", action="store_true", help="fail when a message is unfinished")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    lupdate()
    fill_english()
    # Always rewrite the Chinese file too (an empty table changes nothing), so both files keep one layout
    # and a refresh without --apply does not re-indent every line.
    table = json.loads(args.apply.read_text("utf-8")) if args.apply else {}
    applied = apply_chinese(table)
    if args.apply:
        log.info("applied %d Chinese translations", applied)
    lrelease()
    missing = unfinished("zh") + unfinished("en")
    for context, source in missing:
        log.info("unfinished: [%s] %s", context, source)
    log.info("%d unfinished message(s)", len(missing))
    return 1 if missing and args.check else 0


if __name__ == "__main__":
    sys.exit(main())
