"""The MP4's burned-in voice-over shows each cue with the lines the SRT has: an English cue in a
Chinese animatic (the messy import mixes both) once wrapped to three lines because its letters were
sized for 17 Chinese characters a line."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PIL import Image, ImageChops

from studio.exports.animatic import timed_pictures
from studio.exports.animatic_frames import Painter
from studio.exports.captions import pages_of
from studio.models.rates import FrameRate
from tests.exports.messy_projects import _LINES, many_variants


def _ink_rows(image: Image.Image, bare: Image.Image, top: int) -> list[int]:
    """The rows below ``top`` where the caption left ink."""
    diff = ImageChops.difference(image, bare).convert("L").point(lambda v: 255 if v > 40 else 0)
    width, height = diff.size
    rows = diff.crop((0, top, width, height))
    return [y + top for y in range(rows.height) if rows.crop((0, y, width, y + 1)).getbbox()]


def _lines_of(rows: list[int], size: int, line_h: int) -> int:
    """Text lines in the inked rows: the first line is a glyph tall, each next one a line height more."""
    return round((rows[-1] - rows[0] + 1 - size) / line_h) + 1


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("size", [(1080, 1920), (1920, 1080)])
def test_every_cue_is_drawn_with_its_own_lines(lang: str, size: tuple[int, int]) -> None:
    project = many_variants(lang)
    script = project.scripts[0]
    timed = timed_pictures(script, script.variants[0], FrameRate(25))[0][0]
    timed = replace(timed, shot=replace(timed.shot, voiceover="", onscreen_text=""))
    painter = Painter(project, None, lang, size, beat_titles=False)
    bare = painter.picture(timed, first_of_beat=False)
    line_h = round(painter.vo_font.size * 1.3)
    cues = [page for text in _LINES for page in pages_of(text)]
    assert any(len(c) == 2 and c[0].isascii() and len(c[0]) > 36 for c in cues)  # a long English line
    for cue in cues:
        drawn = painter.picture(timed, first_of_beat=False, vo=tuple(cue))
        rows = _ink_rows(drawn, bare, painter.safe.bottom - 4 * line_h)
        assert rows, cue
        lines = _lines_of(rows, painter.vo_font.size, line_h)
        assert lines == len(cue), (cue, lines)
        box = ImageChops.difference(drawn, bare).getbbox()
        assert box is not None and painter.safe.left <= box[0] and box[2] <= painter.safe.right, (cue, box)
