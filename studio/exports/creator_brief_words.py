"""The creator brief's own words and each platform's ad-disclosure wording, read from the catalogue.

The words are ``cb.<key>`` and ``cb.disclosure.<platform>`` in resources/wording/exports_creator_brief.json.
"""

from __future__ import annotations

from studio.wording import has, say_in


def tb_word(key: str, lang: str, **fields: object) -> str:
    """A creator brief word in ``lang`` ('zh' or 'en')."""
    return say_in(lang, f"cb.{key}", **fields)


def disclosure(platform: str, lang: str) -> str:
    """The ad-disclosure wording for a creator posting on ``platform`` (the ad law's plain label elsewhere)."""
    key = f"cb.disclosure.{platform}"
    return say_in(lang, key if has(key) else "cb.disclosure.any")
