"""The compliance lists a project checks against: the built-in ad-law lists, its product
category's rules, the user's own banned words, minus the user's allowed words.

Lists are read from resources/wordlists/ once; a compiled :class:`Lexicon` is cached per
(category, user lists), so every shot of a project shares one.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from functools import cache, lru_cache
from typing import Any

from studio.guide.text.lexicon import Lexicon, Rule
from studio.models.enums import ProductCategory
from studio.paths import RESOURCES

WORDLIST_DIR = RESOURCES / "wordlists"
#: Product categories a project can declare; each may add rules of its own.
PRODUCT_CATEGORIES = tuple(c.value for c in ProductCategory)
#: Rule categories, in the order reports list them.
RULE_CATEGORIES = ("absolute", "authority", "guarantee", "medical", "superstition", "urgency", "custom")
SEVERITIES = ("error", "warning")


class WordListError(ValueError):
    """A word list file is malformed (names the file and the problem)."""

    def __init__(self, name: str, problem: str) -> None:
        super().__init__(f"{name}: {problem}")
        self.name = name
        self.problem = problem


def _read(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((WORDLIST_DIR / name).read_text("utf-8"))
    return data


def _group_rules(
    name: str, groups: list[dict[str, Any]], language: str, whole: frozenset[str], source: str
) -> list[Rule]:
    rules: list[Rule] = []
    for group in groups:
        category, severity = group["category"], group["severity"]
        if category not in RULE_CATEGORIES or severity not in SEVERITIES:
            raise WordListError(name, f"unknown category or severity {category}/{severity}")
        for term, suggest in group["terms"].items():
            lang = "en" if language == "en" or (term.isascii() and term[:1].isalpha()) else language
            rules.append(Rule(term, category, severity, suggest, lang, term in whole, source))
    return rules


@lru_cache(maxsize=1)
def builtin_rules() -> tuple[tuple[Rule, ...], tuple[tuple[Rule, str, tuple[str, ...]], ...]]:
    """The general lists: literal rules and (rule, regex, literals it needs) pattern rules."""
    rules: list[Rule] = []
    patterns: list[tuple[Rule, str, tuple[str, ...]]] = []
    for name in ("adlaw_zh.json", "adlaw_en.json"):
        data = _read(name)
        lang = data["language"]
        rules += _group_rules(name, data["groups"], lang, frozenset(data.get("whole", ())), "adlaw")
        for item in data.get("patterns", ()):
            rule = Rule(
                item["term"], item["category"], item["severity"], item.get("suggest", ""), lang, False
            )
            needs = tuple(n.lower() for n in item.get("needs", ())) or (item["term"][:1].lower(),)
            patterns.append((rule, item["pattern"], needs))
    seen: dict[tuple[str, str], Rule] = {}
    for rule in rules:
        key = (rule.term.lower(), rule.language)
        if key in seen:
            raise WordListError("adlaw", f"{rule.term!r} is listed twice")
        seen[key] = rule
    return tuple(rules), tuple(patterns)


@cache
def product_rules(category: str) -> tuple[Rule, ...]:
    """The rules a product category adds (none for 'general' or an unknown category)."""
    spec = _read("adlaw_products.json")["categories"].get(category)
    if not spec:
        return ()
    return tuple(_group_rules("adlaw_products.json", spec["groups"], "zh", frozenset(), category))


@cache
def product_reason(category: str) -> tuple[str, str]:
    """Why a category's own rules exist, (Chinese, English)."""
    spec = _read("adlaw_products.json")["categories"].get(category) or {}
    zh, en = spec.get("reason", ("", ""))
    return zh, en


def user_rule(term: str, suggest: str = "") -> Rule:
    """A rule from the user's own list: an error in the 'custom' category."""
    lang = "en" if term.isascii() and term[:1].isalpha() else "zh"
    return Rule(term, "custom", "error", suggest, lang, False, "user")


@lru_cache(maxsize=16)
def _lexicon(category: str, banned: tuple[tuple[str, str], ...], allowed: tuple[str, ...]) -> Lexicon:
    rules, patterns = builtin_rules()
    merged: dict[tuple[str, str], Rule] = {(r.term.lower(), r.language): r for r in rules}
    # A product category's rule outranks the general one for the same word, the user's outranks both.
    for rule in (*product_rules(category), *(user_rule(t, s) for t, s in banned)):
        merged[(rule.term.lower(), rule.language)] = rule
    return Lexicon(list(merged.values()), patterns, allowed)


def lexicon(
    category: str = "general", banned: Mapping[str, str] | None = None, allowed: Iterable[str] = ()
) -> Lexicon:
    """The compiled lists for a product category plus a user's banned and allowed words."""
    ban = tuple(sorted((t.strip(), s.strip()) for t, s in (banned or {}).items() if t.strip()))
    allow = tuple(sorted({a.strip() for a in allowed if a.strip()}))
    return _lexicon(category if category in PRODUCT_CATEGORIES else "general", ban, allow)
