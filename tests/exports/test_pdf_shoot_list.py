"""The PDF shoot list carries the camera's facts the Excel shoot list carries: size, move, angle, set-up, int./ext., day/night, lens."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
from openpyxl import load_workbook

from studio.exports.common import word
from studio.exports.pdf_export import export_pdf
from studio.exports.xlsx_export import export_xlsx
from studio.models.enums import Angle, Setting, TimeOfDay
from studio.models.timeline import union
from studio.models.vocab import label
from studio.samples import sample_project


def _shoot_text(path: Path, lang: str) -> str:
    pdf = pdfium.PdfDocument(path)
    pages = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    first = next(i for i, t in enumerate(pages) if word("shoot_list", lang) in t and word("done", lang) in t)
    return "\n".join(pages[first:])


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_pdf_shoot_list_has_the_workbooks_camera_columns(tmp_path: Path, lang: str) -> None:
    project, _ = sample_project(lang, frame_edge=60)
    script = project.scripts[0]
    shots = [s for _, _, s in script.iter_shots()]
    for n, shot in enumerate(shots):
        shot.setup = f"S{n % 3 + 1}"
        shot.lens = f"{24 + 11 * (n % 4)}mm"
        shot.setting = (Setting.INTERIOR, Setting.EXTERIOR)[n % 2]
        shot.time_of_day = (TimeOfDay.DAY, TimeOfDay.NIGHT)[n % 2]
        shot.angle = (Angle.LOW, Angle.HIGH, None)[n % 3]
    text = _shoot_text(export_pdf(project, script, script.variants, None, tmp_path / "s.pdf", lang), lang)
    wb = load_workbook(export_xlsx(project, script, None, None, tmp_path / "s.xlsx", lang))
    sheet = wb[next(n for n in wb.sheetnames if n.startswith(word("shoot_list", lang)))]
    heads = {c.value for c in sheet[1]}
    spaced = " ".join(text.split())
    for key in ("setup", "setting", "time_of_day", "lens"):
        assert word(key, lang) in heads and word(key, lang) in spaced, key  # a column in both
    for key in ("shot_size", "camera_move", "angle"):
        assert word(key, lang) in heads, key  # the workbook's three columns are one in the PDF
    assert "".join(word("size_move_angle", lang).split()) in "".join(text.split())
    lines = text.splitlines()
    for key in ("done", "frame", "setup", "setting", "time_of_day", "lens", "duration", "size_move_angle"):
        for part in word(key, lang).replace("/", " ").split():
            assert any(part in line for line in lines), (key, part)  # no header word cut in two ("Don/e")
    for u in union(script):
        s = u.shot
        for value in (s.setup, s.lens, label(s.setting, lang), label(s.time_of_day, lang), label(s.angle, lang),
                      label(s.shot_size, lang)):  # fmt: skip
            assert "".join(value.split()) in "".join(text.split()), (s.code, value)
    # One set-up at a time, as on the workbook: the codes follow location, then set-up.
    codes = [u.shot.code for u in union(script)]
    pdf_order = sorted(codes, key=lambda c: spaced.index(c, spaced.index(word("done", lang))))
    xlsx_order = [r[2].value for r in sheet.iter_rows(min_row=2) if r[2].value in codes]
    assert pdf_order == xlsx_order


def test_without_camera_facts_the_pdf_leaves_their_columns_out(tmp_path: Path) -> None:
    project, _ = sample_project("en", frame_edge=60)
    script = project.scripts[0]
    for _, _, shot in script.iter_shots():
        shot.setup = shot.lens = ""
        shot.setting = shot.time_of_day = None
    text = _shoot_text(export_pdf(project, script, script.variants, None, tmp_path / "s.pdf", "en"), "en")
    assert word("lens", "en") not in text and word("setup", "en") not in text
    assert word("size_move_angle", "en") in text.replace("\r\n", " ").replace("\n", " ")
