"""An imported script's title rows (客户, 导演, 拍摄日期) print on every page of its storyboards and shoot lists,
with each table's header row repeated: read back from the PDF's pages, Word's headers and tblHeader rows,
the workbook's page headers and print titles, and the workbook printed by LibreOffice."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import uuid
from pathlib import Path

import docx
import openpyxl
import pypdfium2 as pdfium
import pytest
from docx.oxml.ns import qn

from studio.exports.common import labelled, word
from studio.exports.docx_export import export_docx
from studio.exports.pdf_export import export_pdf
from studio.exports.xlsx_export import export_xlsx
from studio.imports.xlsx_import import read_xlsx
from studio.models.entities import Project

SOFFICE = shutil.which("soffice")


def _imported(tmp_path: Path, shots: int = 40) -> Project:
    """A crew's workbook with title rows above a table long enough to need several pages."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["焕亮精华 分镜脚本"])
    ws.append(["客户：晨露", None, "导演", "王五"])
    ws.append(["拍摄日期", dt.datetime(2026, 12, 10)])
    ws.append([])
    ws.append(["镜号", "景别", "画面内容", "台词", "时长"])
    for n in range(1, shots + 1):
        ws.append(
            [str(n), "特写", f"第 {n} 个镜头：精华滴在手背，慢慢推开", "熬夜党必备，看这质地" * 3, "3s"]
        )
    wb.save(tmp_path / "crew.xlsx")
    project, _, _ = read_xlsx(tmp_path / "crew.xlsx", "zh")
    return project


def _marks(lang: str) -> list[str]:
    return [labelled("client", "晨露", lang), labelled("director", "王五", lang),
            labelled("shoot_date", "2026-12-10", lang)]  # fmt: skip


def _pages(path: Path) -> list[str]:
    pdf = pdfium.PdfDocument(path)
    return [" ".join(pdf[i].get_textpage().get_text_range().split()) for i in range(len(pdf))]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_pdf_prints_the_title_rows_and_the_table_header_on_every_page(tmp_path: Path, lang: str) -> None:
    project = _imported(tmp_path)
    script = project.scripts[0]
    pages = _pages(export_pdf(project, script, script.variants, None, tmp_path / "s.pdf", lang))
    assert len(pages) >= 4
    for n, text in enumerate(pages, start=1):
        assert all(" ".join(m.split()) in text for m in _marks(lang)), (n, text[:200])
    shoot = [t for t in pages if word("shoot_list", lang) in t.split(" · ")[0] + t[:200]]
    board = [t for t in pages if word("storyboard", lang) in t[:200]]
    assert len(shoot) >= 2 and len(board) >= 2
    # Each page of a table starts with its header row: the columns' names, before any shot.
    for text in shoot:
        assert word("done", lang) in text and word("location", lang) in text, text[:300]
    for text in board:
        assert word("visual", lang) in text and word("voiceover", lang) in text, text[:300]
    # The storyboard's cover names the client, director and shoot date too.
    assert all(word(k, lang) in pages[0] for k in ("client", "director", "shoot_date"))


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_word_repeats_the_title_rows_in_its_header_and_the_table_header_row(
    tmp_path: Path, lang: str
) -> None:
    project = _imported(tmp_path)
    script = project.scripts[0]
    document = docx.Document(
        str(export_docx(project, script, script.variants, None, tmp_path / "s.docx", lang))
    )
    for section in document.sections:
        header = " ".join(p.text for p in section.header.paragraphs)
        assert all(m in header for m in _marks(lang)), header
    cover = document.tables[0]
    cells = [c.text for row in cover.rows for c in row.cells]
    assert "晨露" in cells and "王五" in cells and word("client", lang) in cells
    board = next(t for t in document.tables if len(t.rows) > 10)
    first = board.rows[0]._tr.trPr
    assert first is not None and first.find(qn("w:tblHeader")) is not None  # repeated on every page
    assert word("visual", lang) in [c.text for c in board.rows[0].cells]
    assert all(r._tr.trPr is None or r._tr.trPr.find(qn("w:tblHeader")) is None for r in board.rows[1:])


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_workbook_sheets_carry_the_title_rows_in_their_page_header_and_repeat_row_one(tmp_path: Path,
                                                                                      lang: str) -> None:  # fmt: skip
    project = _imported(tmp_path)
    script = project.scripts[0]
    wb = openpyxl.load_workbook(export_xlsx(project, script, None, None, tmp_path / "s.xlsx", lang))
    for ws in wb.worksheets:
        assert ws.print_title_rows in ("1:1", "$1:$1"), ws.title
        assert ws.cell(1, 1).value and ws.cell(1, 1).font.b, ws.title  # row 1 is the table's header
        head = ws.oddHeader.center.text or ""
        assert all(m in head for m in _marks(lang)), (ws.title, head)


@pytest.mark.slow
@pytest.mark.skipif(
    SOFFICE is None or shutil.which("pdftotext") is None, reason="LibreOffice or poppler missing"
)
def test_workbook_printed_by_libreoffice_shows_title_rows_and_header_on_every_page(tmp_path: Path) -> None:
    project = _imported(tmp_path, shots=60)
    script = project.scripts[0]
    source = export_xlsx(project, script, None, None, tmp_path / "s.xlsx", "zh")
    profile = Path("/tmp") / f"lo_{uuid.uuid4().hex}"
    try:
        subprocess.run([SOFFICE, "--headless", f"-env:UserInstallation=file://{profile}", "--convert-to", "pdf",
                        "--outdir", str(tmp_path / "out"), str(source)], capture_output=True, timeout=300,
                       check=True)  # fmt: skip
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    pages = _pages(tmp_path / "out" / "s.pdf")
    assert len(pages) >= 3
    for n, text in enumerate(pages, start=1):
        assert all(" ".join(m.split()) in text for m in _marks("zh")), (n, text[:200])
        # Row 1 repeated: the shots' header on every page (the variants matrix is headed by its beats).
        head = "beat" if word("variants", "zh") in text[:60] else "code"
        assert word(head, "zh") in text, (n, text[:200])
