"""The 120-shot, 4-variant union shoot list prints in sensible bands: at 9 pt or more, the variant marks
narrow with their names turned up, and never a band of marks alone (their last band once printed only
the shot code and four marks on 61 of its pages)."""

from __future__ import annotations

import re
import shutil
import subprocess
import uuid
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from studio.exports.common import word
from studio.exports.xlsx_export import export_xlsx
from studio.exports.xlsx_print import MIN_SCALE, _bands, column_px
from tests.exports.messy_projects import many_variants

SOFFICE = shutil.which("soffice")
A4_PX = (297 / 25.4 - 0.8) * 96


def _book(tmp_path: Path, lang: str, camera: bool = False) -> tuple[Path, object]:
    project = many_variants(lang)
    script = project.scripts[0]
    if camera:  # the camera's four columns too: the widest shoot list a script can have
        for n, (_beat, _alt, shot) in enumerate(script.iter_shots()):
            shot.setup, shot.lens = f"S{n % 7 + 1}", "35mm"
    path = export_xlsx(project, script, None, None, tmp_path / f"book_{lang}.xlsx", lang)
    return path, load_workbook(path)[word("shoot_list", lang)]


def _marks(ws, variants: list[str]) -> list[int]:
    return [c for c in range(1, ws.max_column + 1) if ws.cell(1, c).value in variants]


@pytest.mark.parametrize(("lang", "camera"), [("en", False), ("zh", False), ("en", True)])
def test_every_band_carries_the_code_and_more_than_marks(tmp_path: Path, lang: str, camera: bool) -> None:
    _path, ws = _book(tmp_path, lang, camera)
    variants = [v.name for v in many_variants(lang).scripts[0].variants]
    marks = _marks(ws, variants)
    assert len(marks) == 4 and marks == list(range(marks[0], ws.max_column + 1))
    setup = ws.page_setup
    assert not ws.sheet_properties.pageSetUpPr.fitToPage and setup.scale >= MIN_SCALE
    assert 10 * setup.scale / 100 >= 9  # body text is 10 pt
    assert ws.print_title_rows == "$1:$1" and ws.print_title_cols == "$A:$C" and not ws.print_area
    code = ws.cell(1, 3).value
    assert code == word("code", lang)  # the repeated columns carry the shot code
    ends = [int(b.id) for b in ws.col_breaks.brk] + [ws.max_column]
    starts = [4] + [e + 1 for e in ends[:-1]]
    kept = sum(column_px(ws, c) for c in range(1, 4))
    for start, end in zip(starts, ends, strict=True):
        band = range(start, end + 1)
        assert kept + sum(column_px(ws, c) for c in band) <= A4_PX * 100 / setup.scale, (start, end)
        assert any(c not in marks for c in band), (start, end)  # never the marks alone
    if not camera:
        assert len(ends) == 2  # the 22 columns in two bands
    for c in marks:  # narrow, the variant's name turned up and kept whole for the import
        header = ws.cell(1, c)
        assert ws.column_dimensions[get_column_letter(c)].width <= 5.5
        assert header.alignment.textRotation == 90 and header.value in variants
    assert ws.row_dimensions[1].height >= 60


def test_bands_take_the_last_column_over_with_the_marks() -> None:
    widths = [50.0] * 3 + [100.0] * 6 + [40.0] * 4  # repeated, content, marks
    plain = _bands(widths, 3, 150 + 600)
    assert plain == [9, 13]  # the marks would print alone
    glued = _bands(widths, 3, 150 + 600, glue=10)
    assert glued == [8, 13]  # the last content column goes over with them
    assert _bands(widths, 3, 150 + 100 + 40, glue=10)[-2:] == [10, 13]  # marks wider than a band still split


@pytest.mark.slow
@pytest.mark.libreoffice
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice not installed")
def test_libreoffice_prints_no_page_of_marks_alone(tmp_path: Path) -> None:
    path, ws = _book(tmp_path, "en")
    variants = [v.name for v in many_variants("en").scripts[0].variants]
    profile = Path("/tmp") / f"lo_{uuid.uuid4().hex}"
    try:
        subprocess.run([SOFFICE, "--headless", f"-env:UserInstallation=file://{profile}", "--convert-to", "pdf",
                        "--outdir", str(tmp_path), str(path)], capture_output=True, timeout=300, check=True)  # fmt: skip
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    pdf = pdfium.PdfDocument(str(path.with_suffix(".pdf")))
    texts = [re.sub(r"\s+", " ", pdf[i].get_textpage().get_text_range()) for i in range(len(pdf))]
    shoot = [t for t in texts if word("shoot_list", "en") in t[:120]]
    content = [
        ws.cell(1, c).value for c in range(4, ws.max_column + 1) if ws.cell(1, c).value not in variants
    ]
    assert shoot and all(any(h in t for h in content) for t in shoot)  # no page of codes and marks alone
    rows = [t for t in shoot if "Frame" in t]  # the first band: a page per group of rows
    # Two bands, every group of rows on two pages side by side (the approval block under the first
    # band may take a page of its own at the end).
    assert len(shoot) in (2 * len(rows), 2 * len(rows) - 1), (len(shoot), len(rows))
    turned = [re.sub(r"\s", "", v) for v in variants]  # turned-up names read back with odd spaces
    assert all(all(v in re.sub(r"\s", "", t) for v in turned) for t in shoot[1::2])  # marks on the second
