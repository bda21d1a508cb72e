"""A refused creator value is worded once for both fronts: the CLI's line and the window's sentence share
``tv.<reason>``, and where their ways forward differ each names its own (the CLI a command, the window
what to do on screen)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import studio
from studio import wording
from studio.models.creator_list import CreatorValueError
from studio.wording.describe import capital, value_refused, way_forward_key

#: Where creator values are refused: the list's fields, the deal's, and money.
SOURCES = ("models/creator_list.py", "models/deals.py", "models/money.py")
#: Every fact some reason fills in, and what a front shows for the choices.
FACTS: dict[str, object] = dict(
    limit=100, sign="=", currency="CNY", digits=2, named="USD", low=2000, high=2100
)
CHOICES = "抖音, TikTok"


def _raised() -> set[str]:
    """Every reason the models raise, read from their source (``unknown_{name}`` for each choice field)."""
    found: set[str] = set()
    for name in SOURCES:
        text = (Path(studio.__file__).parent / name).read_text("utf-8")
        found |= set(re.findall(r'Error\((?:[\w"]+, )?"(\w+)"', text))
    found |= {f"unknown_{name}" for name in ("platform", "status", "tier", "deal")}
    return found - {"unknown_field"}  # a caller naming no field: a programming error, never the user's


REASONS = sorted(_raised())


def test_every_reason_raised_has_its_entry() -> None:
    assert len(REASONS) > 20
    assert [r for r in REASONS if not wording.has(f"tv.{r}")] == []


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("reason", REASONS)
def test_both_fronts_say_the_same_reason_each_with_its_own_way_forward(reason: str, lang: str) -> None:
    exc = CreatorValueError("fee", reason, "很多", row=4, **FACTS)
    line = value_refused(exc, "cli", "Fee", lang, choices=CHOICES)
    sentence = value_refused(exc, "window", "Fee", lang, choices=CHOICES)
    clause = wording.say_in(lang, f"tv.{reason}", field="Fee", value="很多", choices=CHOICES, **FACTS)
    assert "{" not in line + sentence and "tv." not in line + sentence
    # the same clause on both fronts, after the sheet's row; the window's as a sentence
    assert line.startswith(wording.say_in(lang, "tv.row", row=4, problem=clause))
    assert sentence.startswith(capital(wording.say_in(lang, "tv.row", row=4, problem=capital(clause))))
    assert capital(clause) in sentence and sentence.endswith("." if lang == "en" else "。")
    assert "\n" not in line and not line.endswith((".", "。"))
    cli, window = way_forward_key(f"tv.{reason}", "cli"), way_forward_key(f"tv.{reason}", "window")
    assert (cli is None) == (window is None), f"{reason}: a way forward on one front only"
    if cli is not None and window is not None and cli != window:
        cli_text = wording.say_in(lang, cli, **FACTS)
        window_text = wording.say_in(lang, window, **FACTS)
        assert cli_text in line and capital(window_text) in sentence
        assert (
            "studio " in cli_text and "studio " not in sentence
        )  # the CLI names its command, the window not


def test_a_row_and_a_way_forward_read_as_each_front_writes() -> None:
    money = CreatorValueError("fee", "other_currency", "$500", row=7, currency="CNY", named="USD")
    assert value_refused(money, "cli", "Fee", "en") == (
        "row 7: Fee “$500”: the project's money is in CNY, not USD; write the amount in CNY, or change the "
        "project's currency with 'studio set FILE --currency USD'"
    )
    assert value_refused(money, "window", "Fee", "en") == (
        "Row 7: Fee “$500”: the project's money is in CNY, not USD. Write the amount in CNY, or change the "
        "currency in Project Settings."
    )
    nameless = CreatorValueError("name", "empty_name", row=301)
    assert value_refused(nameless, "window", "Name", "en") == "Row 301: A creator needs a name."
    assert value_refused(nameless, "cli", "Name", "zh") == "第 301 行：达人需要有昵称"
