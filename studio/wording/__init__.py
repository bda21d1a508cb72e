"""Everything Studio says below the window, in Simplified Chinese and English: one keyed catalogue.

The CLI, the exports, the guide, the results and the typed errors all put their sentences here; the
window looks the same sentences up by key, so a sentence is written once. Qt's .ts files keep only
widget text (labels, menus, buttons).

The entries are data, not code: they live in resources/wording/<part>.json (one part per subject, listed
in :data:`PARTS`), shipped as the package's data like the translations. Each part is a JSON object:

- ``"about"``: what the part holds and who reads it;
- ``"words"``: key -> ``["Chinese", "English"]``, one entry a line, always in that order, with
  ``str.format`` fields that are the same in both languages;
- ``"aliases"`` (optional): an old key -> the key that holds its sentence, so that a sentence two
  commands share is still defined in one place;
- ``"notes"`` (optional): a key -> a note for translators on it and the entries after it.

A key defined in two parts is refused when the catalogue loads; tests/wording holds the rest of the
rules (no key twice in a part, no sentence under two keys, no sentence both here and in the .ts, both
languages present, the same fields in both).
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from studio.paths import RESOURCES

#: Where the parts live: resources/wording/<part>.json, in a checkout, a wheel and a bundle alike.
FOLDER: Path = RESOURCES / "wording"

#: The catalogue's languages, in the order every entry gives them.
LANGUAGES = ("zh", "en")

_LANG: list[str] = []
_WORDS: dict[str, tuple[str, str]] = {}
_ALIASES: dict[str, str] = {}
_LOADED: list[bool] = []


def language() -> str:
    """'zh' or 'en': the last :func:`set_language`, else STUDIO_LANG, else the system locale."""
    if _LANG:
        return _LANG[-1]
    for var in ("STUDIO_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    import locale  # only when the environment says nothing: the window's first paint does without it

    loc = (locale.getlocale()[0] or "").lower()
    return "zh" if loc.startswith("zh") else "en"


def set_language(lang: str) -> None:
    """Force the language of :func:`say` ('zh' or 'en'); anything else is ignored."""
    if lang in LANGUAGES:
        _LANG.append(lang)


@contextlib.contextmanager
def language_scope() -> Iterator[None]:
    """Undo every :func:`set_language` made inside the block (one CLI run in a test process)."""
    depth = len(_LANG)
    try:
        yield
    finally:
        del _LANG[depth:]


def entries() -> dict[str, tuple[str, str]]:
    """The whole catalogue, key -> (Chinese, English) (aliases left out)."""
    _load()
    return _WORDS


def aliases() -> dict[str, str]:
    """Old key -> the key that holds its sentence."""
    _load()
    return _ALIASES


def has(key: str) -> bool:
    """Whether ``key`` names a sentence."""
    _load()
    return key in _WORDS or key in _ALIASES


#: The catalogue's parts, one per subject: resources/wording/<part>.json (tests/wording checks that every
#: file there is listed, and a part listed but missing fails loudly rather than leaving keys unsaid).
PARTS = (
    "cli_brief",
    "cli_brief_needs",
    "cli_check",
    "cli_common",
    "cli_creator_deals",
    "cli_creators",
    "cli_draft",
    "cli_export",
    "cli_import",
    "cli_pack",
    "cli_parsing",
    "cli_project",
    "cli_results",
    "cli_results_creators",
    "cli_results_preview",
    "cli_retention",
    "cli_review",
    "cli_settings",
    "cli_teardown",
    "cli_variants",
    "cli_words",
    "cli_workspace",
    "cli_workspace_library",
    "cli_workspace_phases",
    "cli_workspace_server",
    "creator_sentences",
    "creators_matrix",
    "error_sentences",
    "exports_creator_brief",
    "exports_files",
    "exports_pages",
    "exports_words",
    "guide_fields",
    "guide_fixes",
    "guide_rules",
    "guide_words",
    "imports_words",
    "labels",
    "models_vocab",
    "models_words",
    "report_mapping",
    "results_cost",
    "results_words",
    "review_words",
    "team_words",
    "teardown_words",
    "workspace_words",
)

#: The parts that hold every key of a prefix the window needs before its first paint (the tabs' titles):
#: such a key reads just these parts, so starting the window does not load the whole catalogue.
#: tests/wording holds the list true.
EARLY_PARTS: dict[str, tuple[str, ...]] = {"label": ("labels", "models_vocab"), "vocab": ("models_vocab",)}
_EARLY: dict[str, tuple[str, str]] = {}


def pair(key: str) -> tuple[str, str]:
    """(Chinese, English) for ``key``; the key itself in both when it names nothing."""
    if not _LOADED and key.partition(".")[0] in EARLY_PARTS:
        return _early(key)
    _load()
    return _WORDS.get(_ALIASES.get(key, key), (key, key))


def _early(key: str) -> tuple[str, str]:
    """``key`` read from its prefix's parts alone (before anything has needed the whole catalogue)."""
    if key not in _EARLY:
        for part in EARLY_PARTS[key.partition(".")[0]]:
            words = _read(part)[0]
            if key in words:
                _EARLY[key] = words[key]
                break
        else:
            _load()
            return _WORDS.get(_ALIASES.get(key, key), (key, key))
    return _EARLY[key]


def say(key: str, /, **fields: object) -> str:
    """The sentence for ``key`` in the current language with its fields filled in."""
    return say_in(language(), key, **fields)


def say_in(lang: str, key: str, /, **fields: object) -> str:
    """The sentence for ``key`` in ``lang`` ('zh' or 'en'), for output whose language is chosen apart."""
    zh, en = pair(key)
    text = zh if lang == "zh" else en
    try:
        return text.format(**fields)
    except (KeyError, IndexError, ValueError, AttributeError):
        return text


def _add(part: str, words: dict[str, tuple[str, str]], aliases: dict[str, str]) -> None:
    for key in words.keys() | aliases.keys():
        if key in _WORDS or key in _ALIASES:
            raise ValueError(f"wording key {key!r} is defined twice (again in {part})")
    _WORDS.update(words)
    _ALIASES.update(aliases)


def _load() -> None:
    """Read every part once (on first use: the window's start-up does not pay for it)."""
    if _LOADED:
        return
    _LOADED.append(True)
    for part in PARTS:
        words, aliases = _read(part)
        _add(part, words, aliases)
    _READ.clear()


#: Parts read before the whole catalogue was (the early ones): part -> (words, aliases).
_READ: dict[str, tuple[dict[str, tuple[str, str]], dict[str, str]]] = {}


def _read(part: str) -> tuple[dict[str, tuple[str, str]], dict[str, str]]:
    """One part's words (key -> (Chinese, English)) and aliases, read from its file once."""
    if part not in _READ:
        data: dict[str, Any] = json.loads((FOLDER / f"{part}.json").read_bytes())
        words = {key: tuple(entry) for key, entry in data["words"].items()}
        _READ[part] = (words, data.get("aliases", {}))
    return _READ[part]
