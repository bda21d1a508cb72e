"""No bilingual sentence pairs inline in code: what Studio says lives in the wording catalogue.

An AST scan of studio/ (outside studio/wording) for the three shapes a zh/en pair took before it moved
to resources/wording/<part>.json:

- ``"中文" if lang == "zh" else "English"`` (a conditional choosing between two texts);
- ``("中文", "English")`` (a two-item tuple of a Chinese and an English text, in either order);
- ``{"zh": …, "en": …}`` (a dict keyed by both languages whose values hold literal text);
- ``Bilingual("中文", "English")`` (a call given a Chinese text, then an English one: the guide's
  short texts are ``worded(key)`` now).

Words Studio *recognises* in users' files (header synonyms, cue words, platform names in both scripts)
are data, not wording: the few tables of them are allowed by name below, each with why. Punctuation
that joins a list ("、" / ", ") is no pair of words and is not counted.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import NamedTuple

import studio

STUDIO = Path(studio.__file__).parent

_CJK = re.compile(r"[\u3400-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]{2,}")
#: A conditional's English side may be a unit of one letter ("秒" / "s").
_LETTER = re.compile(r"[A-Za-z]")
#: Language codes are keys and arguments, not text.
_CODES = frozenset({"zh", "en"})

_DEVICES = (
    "cue words recognised in a call to action (券/coupon, 关注/follow ...): the report pools lines by them; "
    "the devices' names are team.value.* in the catalogue"
)
_HEADERS = "column headers recognised in users' sheets, in both scripts"
_SHEET_WORDS = "words recognised for a shot size, camera move or angle in users' sheets, besides the vocabularies' own names"
_FILES = "the compiled translation file of each interface language: file names, not words"
_REPORTS = (
    "column headers recognised in each ad platform's report, in the scripts the platforms write them; "
    "the platforms' names are profile.* in the catalogue"
)

#: (file under studio/, the table or function holding the pairs) -> why they are not wording.
ALLOWED: dict[tuple[str, str], str] = {
    ("workspace/devices.py", "CTA_CUES"): _DEVICES,
    ("imports/xlsx_vocab.py", "HEADER_SYNONYMS"): _HEADERS,
    ("imports/xlsx_vocab.py", "_EXTRA_WORDS"): _SHEET_WORDS,
    ("imports/report_profiles.py", "PROFILES"): _REPORTS,
    ("models/crop.py", "parse_crop"): "the words a crop may be typed with on the command line (box / 裁切)",
    ("ui/app.py", "QM_FILES"): _FILES,
}


class Pair(NamedTuple):
    """One inline pair: where it is, its shape and the table or function holding it."""

    path: str
    line: int
    shape: str
    holder: str


def _text(node: ast.AST) -> str | None:
    """A string literal's text (an f-string's literal parts), else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(
            v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
        )
    return None


def _literals(node: ast.AST) -> list[str]:
    """The texts a value holds (a nested dict's values, not its keys)."""
    text = _text(node)
    if text is not None:
        return [text]
    children = node.values if isinstance(node, ast.Dict) else list(ast.iter_child_nodes(node))
    return [t for child in children for t in _literals(child)]


def _is_words(text: str) -> bool:
    """Text a reader reads: Chinese characters, or two Latin letters in a row (not a language code)."""
    return bool(_CJK.search(text)) or (text not in _CODES and bool(_LATIN.search(text)))


def _shape(node: ast.AST) -> str | None:
    if isinstance(node, ast.IfExp):
        a, b = _text(node.body), _text(node.orelse)
        if a is not None and b is not None and {bool(_CJK.search(a)), bool(_CJK.search(b))} == {True, False}:
            latin = b if _CJK.search(a) else a
            if _LETTER.search(latin):
                return "conditional"
    elif isinstance(node, ast.Tuple) and len(node.elts) == 2:
        a, b = _text(node.elts[0]), _text(node.elts[1])
        languages = {bool(_CJK.search(a)), bool(_CJK.search(b))} if a and b else set()
        if languages == {True, False} and _LATIN.search(b if _CJK.search(a or "") else a or ""):
            return "tuple"
    elif isinstance(node, ast.Call) and len(node.args) >= 2:
        a, b = _text(node.args[0]), _text(node.args[1])
        if a and b and _CJK.search(a) and not _CJK.search(b) and _is_words(b):
            return "call"
    elif isinstance(node, ast.Dict):
        keys = {k.value for k in node.keys if isinstance(k, ast.Constant)}
        if keys >= _CODES:
            values = [
                v
                for k, v in zip(node.keys, node.values, strict=True)
                if isinstance(k, ast.Constant) and k.value in _CODES
            ]
            if any(_is_words(t) for v in values for t in _literals(v)):
                return "dict"
    return None


def _holder(stack: list[ast.AST]) -> str:
    """The innermost function or class around a node, else the module-level name it is assigned to."""
    for node in reversed(stack):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            return node.name
    for node in stack:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            return node.targets[0].id
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            return node.target.id
    return "<module>"


def scan(source: str, path: str = "<text>") -> list[Pair]:
    """Every inline zh/en pair in ``source``."""
    found: list[Pair] = []

    def visit(node: ast.AST, stack: list[ast.AST]) -> None:
        shape = _shape(node)
        if shape is not None:
            found.append(Pair(path, getattr(node, "lineno", 0), shape, _holder(stack)))
        for child in ast.iter_child_nodes(node):
            visit(child, [*stack, node])

    visit(ast.parse(source), [])
    return found


def studio_pairs() -> list[Pair]:
    """Every inline pair in studio/, the wording package aside."""
    found: list[Pair] = []
    for path in sorted(STUDIO.rglob("*.py")):
        rel = path.relative_to(STUDIO).as_posix()
        if rel.startswith("wording/"):
            continue
        source = path.read_text(encoding="utf-8")
        # every shape needs Chinese text or a "zh" key: the other files need no parse
        if _CJK.search(source) or '"zh"' in source or "'zh'" in source:
            found += scan(source, rel)
    return found


def test_the_scanner_finds_each_shape_and_passes_what_is_not_a_pair() -> None:
    source = """
def greet(lang):
    return "你好" if lang == "zh" else "Hello"

def farewell(lang, name):
    return f"Goodbye {name}" if lang == "en" else f"再见 {name}"

UNIT = {"s": ("seconds", "秒")}

def unit(lang):
    return "秒" if lang == "zh" else "s"

LABELS = {"draft": ("草稿", "Draft")}

class Words:
    HEAD = {"zh": ("标题", "产品"), "en": ("Title", "Product")}

WAYS = {"caption": Bilingual("字幕", "caption")}

def fine(lang, items):
    sep = "、" if lang == "zh" else ", "
    out = {"zh": describe(items, "zh"), "en": describe(items, "en")}
    codes = ("zh", "en")
    marks = {"zh": "「{}」", "en": "[{}]"}
    joins = {"zh": {"and": "，"}, "en": {"and": ", "}}
    language = add_item("简体中文", "zh")
    return sep, out, codes, marks, joins, language, ("镜头", "镜号"), ("Shot", "Code")
"""
    found = scan(source)
    assert [(p.line, p.shape, p.holder) for p in found] == [
        (3, "conditional", "greet"),
        (6, "conditional", "farewell"),
        (8, "tuple", "UNIT"),
        (11, "conditional", "unit"),
        (13, "tuple", "LABELS"),
        (16, "dict", "Words"),
        (18, "call", "WAYS"),
    ]


def test_no_zh_en_pair_is_written_inline_in_studio() -> None:
    found = studio_pairs()
    disallowed = [p for p in found if (p.path, p.holder) not in ALLOWED]
    assert disallowed == [], "put these in resources/wording/<part>.json and look them up with studio.wording"
    # an allowance that no longer holds a pair goes
    used = {(p.path, p.holder) for p in found}
    assert set(ALLOWED) - used == set(), "drop these from ALLOWED"
