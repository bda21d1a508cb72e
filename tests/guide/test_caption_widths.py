"""Caption width at the edges of the limits: a caption short enough for any script is never measured."""

from __future__ import annotations

import pytest

from studio.guide.checker import check_project
from studio.models import ops
from studio.models.enums import BeatKind
from tests.guide.helpers import clean_project, shots


def _too_wide(caption: str, **settings: int) -> bool:
    p = clean_project()
    p.settings.update(settings)
    shot = shots(p, BeatKind.SOLUTION)[0]
    ops.set_field(p, shot, "onscreen_text", caption)
    return any(f.rule == "caption.too_wide" and f.location.shot_id == shot.id for f in check_project(p))


@pytest.mark.parametrize(
    ("caption", "settings", "wide"),
    [
        ("一" * 14, {}, False),  # 14 cells, the Chinese limit
        ("一" * 15, {}, True),
        ("a" * 32, {}, False),  # 32 characters, the English limit
        ("a" * 33, {}, True),
        ("一" * 13 + "ab", {}, False),  # Chinese text: Latin letters are half a cell
        ("一" * 13 + "abc", {}, True),
        ("一" * 12 + "\n" + "二" * 15, {}, True),  # the second line is the wide one
        ("ab", {"caption_chars_en": 3}, False),  # 2 characters under a 3-character limit
        ("abcd", {"caption_chars_en": 3}, True),
        ("一二", {"caption_chars_zh": 1}, True),
        ("a", {"caption_chars_zh": 1, "caption_chars_en": 1}, False),
        ("ab", {"caption_chars_zh": 1, "caption_chars_en": 1}, True),
    ],
)
def test_caption_width_edges(caption, settings, wide):
    assert _too_wide(caption, **settings) is wide
