"""Paper that prints whole: every sheet has its print set-up, the shoot list prints at 9 pt or more, no empty header parts."""

from __future__ import annotations

import shutil
import subprocess
import uuid
from itertools import pairwise
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from openpyxl import load_workbook

from studio.exports.common import heading, word
from studio.exports.pdf_export import export_pdf
from studio.exports.xlsx_export import export_xlsx
from studio.exports.xlsx_print import MIN_SCALE, column_px
from studio.samples import sample_project

SOFFICE = shutil.which("soffice")
A4_PX = (297 / 25.4 - 0.8) * 96


@pytest.mark.parametrize(("lang", "paper"), [("zh", "a4"), ("en", "letter")])
def test_every_sheet_has_its_print_setup(tmp_path: Path, lang: str, paper: str) -> None:
    project, _ = sample_project(lang, frame_edge=120)
    script = project.scripts[0]
    wb = load_workbook(export_xlsx(project, script, None, None, tmp_path / "w.xlsx", lang, paper=paper,
                                   include_results=True))  # fmt: skip
    assert (
        len(wb.worksheets) == len(script.variants) + 5
    )  # boards, shoot list, variants, results, retention, creators
    for ws in wb.worksheets:
        setup = ws.page_setup
        assert setup.orientation == "landscape" and ws.print_title_rows, ws.title
        assert int(setup.paperSize) == int(ws.PAPERSIZE_LETTER if paper == "letter" else ws.PAPERSIZE_A4), (
            ws.title
        )
        assert ws.page_margins.left == pytest.approx(0.4) and ws.oddFooter.center.text == "&P / &N", ws.title
        fitted = ws.sheet_properties.pageSetUpPr.fitToPage and setup.fitToWidth == 1
        assert fitted or (setup.scale and setup.scale >= MIN_SCALE), ws.title


def test_the_union_shoot_list_prints_at_nine_points_or_more(tmp_path: Path) -> None:
    project, _ = sample_project("zh", frame_edge=120)
    script = project.scripts[0]
    ws = load_workbook(export_xlsx(project, script, None, None, tmp_path / "w.xlsx"))[
        word("shoot_list", "zh")
    ]
    columns = ws.max_column
    assert columns >= 22  # 18 columns and a mark per variant: too wide for one legible page
    setup = ws.page_setup
    assert not ws.sheet_properties.pageSetUpPr.fitToPage and setup.scale >= MIN_SCALE
    assert 10 * setup.scale / 100 >= 9  # body text is 10 pt
    assert ws.print_title_cols == "$A:$C" and setup.pageOrder == "overThenDown"
    ends = [b.id for b in ws.col_breaks.brk] + [columns]
    starts = [4] + [e + 1 for e in ends[:-1]]
    kept = sum(column_px(ws, c) for c in range(1, 4))
    for start, end in zip(starts, ends, strict=True):  # each band, with the repeated columns, fits the page
        band = kept + sum(column_px(ws, c) for c in range(start, end + 1))
        assert band * setup.scale / 100 <= A4_PX, (start, end)


def test_headers_leave_out_empty_parts(tmp_path: Path) -> None:
    assert heading("抖音", "", " ", "2026-12-05") == "抖音 · 2026-12-05"
    assert heading(heading("", "基础版", sep=" — "), "分镜脚本") == "基础版 · 分镜脚本"
    project, _ = sample_project("zh", frame_edge=120)
    project.title, project.product = "", ""
    script = project.scripts[0]
    pdf = pdfium.PdfDocument(export_pdf(project, script, script.variants[:1], None, tmp_path / "b.pdf", "zh"))
    for i in range(len(pdf)):
        lines = pdf[i].get_textpage().get_text_range().splitlines()
        assert not any(line.strip().startswith(("·", "—")) or " ·  · " in line for line in lines), lines[:3]


@pytest.mark.libreoffice
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice not installed")
def test_the_printed_workbook_has_no_scraps(tmp_path: Path) -> None:
    project, _ = sample_project("zh", frame_edge=120)
    script = project.scripts[0]
    book = export_xlsx(project, script, None, None, tmp_path / "w.xlsx", include_results=True)
    profile = Path("/tmp") / f"lo_{uuid.uuid4().hex}"
    try:
        subprocess.run([SOFFICE, "--headless", f"-env:UserInstallation=file://{profile}", "--convert-to", "pdf",
                        "--outdir", str(tmp_path), str(book)], capture_output=True, timeout=300, check=True)  # fmt: skip
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    pdf = pdfium.PdfDocument(str(tmp_path / "w.pdf"))
    texts = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    # Four storyboards of two pages, the shoot list in two bands of three pages, variants, three reports.
    assert len(texts) <= 4 * 2 + 6 + 1 + 3, len(texts)
    for text in texts:
        body = [
            line for line in text.splitlines()[2:] if line.strip()
        ]  # below the running head and page number
        assert len(body) >= 3, text[:200]  # a table's header and rows, not a scrap of a too-wide sheet
    shoot = [t for t in texts if word("shoot_list", "zh") in t.splitlines()[0]]
    codes = {s.code for b in script.beats for a in b.alternatives for s in a.shots}
    assert len(shoot) >= 4 and all(
        any(code in t for code in codes) for t in shoot
    )  # every band repeats the codes


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_storyboard_and_shoot_list_end_with_an_approval_block(tmp_path: Path, lang: str) -> None:
    import docx

    from studio.exports.docx_export import export_docx

    project, _ = sample_project(lang, frame_edge=120)
    script = project.scripts[0]
    boxes = [word(k, lang) for k in ("approve.client", "approve.date", "approve.sign")]
    pdf = pdfium.PdfDocument(export_pdf(project, script, script.variants[:2], None, tmp_path / "b.pdf", lang))
    text = "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    assert all(text.count(box) >= 3 for box in boxes), boxes  # two storyboards and the shoot list
    last = pdf[len(pdf) - 1].get_textpage().get_text_range()
    assert boxes[2] in last and word("shoot_list", lang) in last  # the shoot list's block, on its last page
    document = docx.Document(
        str(export_docx(project, script, script.variants[:1], None, tmp_path / "b.docx", lang))
    )
    assert [c.text for c in document.tables[-1].rows[0].cells] == boxes


@pytest.mark.parametrize(("lang", "paper"), [("zh", "a4"), ("en", "letter")])
def test_workbook_storyboards_and_shoot_list_end_with_the_approval_block(tmp_path: Path, lang: str,
                                                                        paper: str) -> None:  # fmt: skip
    from studio.exports.common import APPROVAL_BOXES
    from studio.imports.xlsx_import import read_xlsx

    project, _ = sample_project(lang, frame_edge=120)
    script = project.scripts[0]
    path = export_xlsx(project, script, None, None, tmp_path / "w.xlsx", lang, paper=paper)
    wb = load_workbook(path)
    boxes = [word(k, lang) for k, _ in APPROVAL_BOXES]
    signed = [ws for ws in wb.worksheets if ws.cell(ws.max_row - 1, 1).value == word("approve.title", lang)]
    assert [ws.title for ws in signed] == [ws.title for ws in wb.worksheets[: len(script.variants) + 1]]
    for ws in signed:
        row = ws.max_row
        ranges = sorted(ws.merged_cells.ranges, key=lambda r: r.min_col)
        assert [r.min_row for r in ranges] == [row] * 3 and ranges[0].min_col == 1, ws.title
        assert [ws.cell(row, r.min_col).value for r in ranges] == boxes
        assert all(a.max_col + 1 == b.min_col for a, b in pairwise(ranges))  # side by side
        assert ws.row_dimensions[row].height >= 40  # room to sign by hand
        breaks = [b.id for b in ws.col_breaks.brk]
        assert ranges[-1].max_col == (min(breaks) if breaks else ws.max_column)  # the first band's width
        widths = [sum(column_px(ws, c) for c in range(r.min_col, r.max_col + 1)) for r in ranges]
        assert (
            widths[1] < widths[0] and widths[1] < widths[2]
        )  # the date box is the narrow one, as in Word and PDF
    shoot = wb.worksheets[len(script.variants)]
    assert shoot.col_breaks.brk  # the shoot list prints in bands: the block sits on the first
    back, _, report = read_xlsx(path)  # the boxes are not read back as shots
    assert sum(1 for _ in back.scripts[0].iter_shots()) == sum(1 for _ in script.iter_shots())
    assert all(p.row < shoot.max_row - 1 for p in report.problems)
