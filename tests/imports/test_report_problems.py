"""A refused report is worded once for both fronts: the CLI's line and the window's sentences share the
problem's entry, and each names its own way forward (the CLI its flags, the window what to do on screen)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import studio
from studio import wording
from studio.imports.report_import import ReportError
from studio.imports.report_problems import report_problem
from studio.results.metrics import count_label
from studio.wording.describe import way_forward_key

#: The entries that put a problem and its way forward together, not problems themselves.
_FRAMES = {"line", "line_next", "sentences"}
KINDS = sorted(
    key.split(".")[1] for key in wording.entries() if key.startswith("report.") and key.count(".") == 1
)
KINDS = [kind for kind in KINDS if kind not in _FRAMES]
#: Every field some kind fills in.
FIELDS: dict[str, object] = dict(
    row=7, column="点击", value="很多", limit=1000, small="clicks", large="impressions", small_value=11,
    large_value=10, kept="plays", variant="基础版", names="神秘版", known="基础版, 对比版", detail="bad zip",
    replace_drops="A plays 3", agree_drops="nothing", limit_rows=100000, count=1,
)  # fmt: skip
PATH = "/data/千川-报表.csv"


def _raised_kinds() -> set[str]:
    """Every kind the readers raise, read from the source."""
    found = set()
    for path in Path(studio.__file__).parent.rglob("*.py"):
        found |= set(re.findall(r'ReportError\(\s*"(\w+)"', path.read_text("utf-8")))
    return found - {"kind"}


def test_every_kind_raised_has_one_entry_that_begins_in_lower_case() -> None:
    assert _raised_kinds() <= set(KINDS), sorted(_raised_kinds() - set(KINDS))
    for kind in KINDS:
        english = wording.pair(f"report.{kind}")[1]
        assert english[:1].islower(), f"report.{kind} begins the CLI's clause after 'path: ': {english!r}"


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("kind", KINDS)
def test_both_fronts_say_the_same_problem_each_with_its_own_way_forward(kind: str, lang: str) -> None:
    exc = ReportError(kind, PATH, **FIELDS)
    named = kind in ("exceeds_kept", "exceeds_total")  # their fields name counts: shown in the user's words
    shown = {
        k: count_label(str(v), lang) if named and k in ("small", "large", "kept") else v
        for k, v in FIELDS.items()
    }
    problem = wording.say_in(lang, f"report.{kind}", **shown)
    line = report_problem(exc, "cli", lang)
    sentences = report_problem(exc, "window", lang)
    assert "{" not in line + sentences and "report." not in line + sentences
    # the CLI: one line, the path first; the window: no path (its dialog names the file), full sentences
    assert line.startswith(PATH) and "\n" not in line
    assert PATH not in sentences and sentences.endswith("." if lang == "en" else "。")
    assert problem in line and (problem[:1].upper() + problem[1:]) in sentences
    cli, window = way_forward_key(f"report.{kind}", "cli"), way_forward_key(f"report.{kind}", "window")
    if cli is None or window is None:
        assert cli is window is None, f"{kind}: a way forward on one front only"
        return
    ahead = {front: wording.say_in(lang, key, **shown) for front, key in (("cli", cli), ("window", window))}
    assert ahead["cli"] in line and ahead["window"][:1].upper() + ahead["window"][1:] in sentences
    if cli != window:  # each front's own: the CLI names its flags, the window none
        assert "--" in ahead["cli"] and "--" not in sentences


def test_the_fronts_words_follow_the_ways_forward() -> None:
    exc = ReportError("too_big", PATH, **FIELDS)
    assert report_problem(exc, "cli", "en") == (
        f"{PATH}: row 7, column 点击: '很多' is larger than any report's number (the limit is 1,000); "
        "check the column mapping with --map, or fix the cell"
    )
    assert report_problem(exc, "window", "en") == (
        "Row 7, column 点击: '很多' is larger than any report's number (the limit is 1,000). "
        "Check the column mapping, or fix the cell."
    )
    assert report_problem(ReportError("empty", PATH), "window", "zh") == "报表是空的。"
    # the result fields a conflict names are the columns' words; the CLI's choices say what each drops
    kept = ReportError("exceeds_kept", PATH, **{**FIELDS, "small": "conversions", "large": "clicks"})
    line = report_problem(kept, "cli", "en", agree_drops="基础版 Plays 41,300")
    assert "Conversions (11) above Clicks (10), because Plays keeps" in line
    assert line.endswith(
        "--keep-agreeing to keep earlier values only where they still agree (drops 基础版 Plays 41,300); --dry-run shows both"
    )
