"""The guide's sentences in Chinese and English, one per rule id, filled in with a finding's arguments.

The sentences live in the wording catalogue: ``rule.<id>`` (resources/wording/guide_rules.json), ``fix.<kind>``
(guide_fixes.json) and ``field.<name>`` (guide_fields.json).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from studio.guide.text.bilingual import Bilingual
from studio.wording import has, pair, say_in

#: The languages a length is counted for: characters of Chinese, words of English (count_unit.<language>).
_UNITS = frozenset({"zh", "en"})


@lru_cache(maxsize=8)
def _unit(unit: str, lang: str) -> str:
    """What a length of ``unit`` text is counted in, said in ``lang`` (looked up once per pair)."""
    return say_in(lang, f"count_unit.{unit}")


@lru_cache(maxsize=4096)
def number(value: float) -> str:
    """A number as people write seconds: 3.6, 3, 0.5."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def _arg(value: Any, lang: str) -> str:
    # The common kinds first, by exact type (a panel renders a thousand messages at a time).
    kind = type(value)
    if kind is float:
        return number(value)
    if kind is str:
        return str(value)
    if isinstance(value, Bilingual):
        return value.text(lang)
    if isinstance(value, (list, tuple)):
        sep = "、" if lang == "zh" else ", "
        return sep.join(_arg(v, lang) for v in value)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        return number(value)
    return str(value)


def _fill(pair: tuple[str, str], args: dict[str, Any], lang: str) -> str:
    text = pair[0] if lang == "zh" else pair[1]
    values = {k: _arg(v, lang) for k, v in args.items()}
    if "unit" in args and args["unit"] in _UNITS:
        values["unit"] = _unit(args["unit"], lang)
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):
        return text


def render(rule: str, args: dict[str, Any], lang: str) -> str:
    """A rule's sentence in ``lang`` with ``args`` filled in."""
    key = f"rule.{rule}"
    return _fill(pair(key) if has(key) else (rule, rule), args, lang)


def fix_label(kind: str, **args: Any) -> Bilingual:
    """A fix's label in both languages (labels repeat a lot across shots: they are kept)."""
    try:
        return _cached_label(kind, tuple(sorted(args.items())))
    except TypeError:  # an argument that cannot be a key (a list)
        words = _fix_words(kind)
        return Bilingual(_fill(words, args, "zh"), _fill(words, args, "en"))


@lru_cache(maxsize=8192)
def _cached_label(kind: str, items: tuple[tuple[str, Any], ...]) -> Bilingual:
    words, args = _fix_words(kind), dict(items)
    return Bilingual(_fill(words, args, "zh"), _fill(words, args, "en"))


def _fix_words(kind: str) -> tuple[str, str]:
    """A fix's (Chinese, English) label; an unknown kind is a mistake in the rule that asks for it."""
    if not has(f"fix.{kind}"):
        raise KeyError(kind)
    return pair(f"fix.{kind}")


def field_label(name: str, lang: str) -> str:
    """A shot field's name in ``lang``."""
    zh, en = pair(f"field.{name}") if has(f"field.{name}") else (name, name)
    return zh if lang == "zh" else en
