"""One beat palette: the colour a beat has on screen is the band it gets on paper, for every kind."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from openpyxl import load_workbook
from PIL import Image

from studio.exports.docx_export import export_docx
from studio.exports.image_export import export_image
from studio.exports.xlsx_export import export_xlsx
from studio.models.entities import Alternative, Beat, Project, Script, Shot, Variant
from studio.models.enums import BeatKind
from studio.ui.views.view_common import beat_color, text_on


def _one_beat_each() -> tuple[Project, Script]:
    project = Project(title="调色", language="zh")
    script = Script(title="脚本", variants=[Variant(name="基础版", is_base=True)])
    for i, kind in enumerate(BeatKind):
        shot = Shot(code=f"S-{i}", duration_ds=20, visual=f"画面{i}", voiceover=f"口播{i}")
        script.beats.append(Beat(kind=kind, name=kind.value, alternatives=[Alternative(shots=[shot])]))
    project.scripts.append(script)
    return project, script


def _screen(kind: BeatKind) -> str:
    return beat_color(Beat(kind=kind)).name().upper().lstrip("#")


def test_word_bands_are_the_screen_colours(tmp_path: Path) -> None:
    project, script = _one_beat_each()
    path = export_docx(project, script, script.variants, None, tmp_path / "b.docx")
    fills = [
        shd.get(qn("w:fill")).upper()
        for table in docx.Document(str(path)).tables  # the storyboard's, wherever the approval block sits
        for row in table.rows
        if len(row.cells) and row.cells[0]._tc is row.cells[-1]._tc  # a band spans the whole row
        for shd in row.cells[0]._tc.iter(qn("w:shd"))
    ]
    assert fills == [_screen(kind) for kind in BeatKind]


def test_pain_is_not_grey_anywhere() -> None:
    pain, custom = _screen(BeatKind.PAIN), _screen(BeatKind.CUSTOM)
    r, g, b = (int(pain[i : i + 2], 16) for i in (0, 2, 4))
    assert b > g + 60 and r > g + 40, pain  # purple, as the timeline marker has always been
    assert len({_screen(kind) for kind in BeatKind}) == len(BeatKind) and pain != custom


def test_the_picture_strip_and_the_workbook_tint_follow_the_palette(tmp_path: Path) -> None:
    project, script = _one_beat_each()
    [png] = export_image(project, script, script.variants, None, tmp_path / "b.png")
    with Image.open(png) as im:
        found = im.convert("RGB").getcolors(maxcolors=1 << 24) or []
    colours = {f"{r:02X}{g:02X}{b:02X}" for _, (r, g, b) in found}
    assert {_screen(kind) for kind in BeatKind} <= colours
    book = load_workbook(export_xlsx(project, script, script.variants, None, tmp_path / "b.xlsx"))
    tints = {
        c.fill.fgColor.rgb[-6:] for row in book.worksheets[0].iter_rows() for c in row if c.fill.fill_type
    }
    assert len(tints & _pales()) == len(BeatKind)


def _pales() -> set[str]:
    from studio.models.palette import BEAT_COLOURS

    return {c.pale for c in BEAT_COLOURS.values()}


@pytest.mark.parametrize("kind", list(BeatKind))
def test_white_band_text_reads_on_every_beat(kind: BeatKind) -> None:
    assert text_on(beat_color(Beat(kind=kind))).name() in ("#ffffff", "#000000")
    r, g, b = (int(_screen(kind)[i : i + 2], 16) / 255 for i in (0, 2, 4))

    def lin(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    luminance = 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
    assert 1.05 / (luminance + 0.05) >= 2.8  # bold band text on paper stays legible
