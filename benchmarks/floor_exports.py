"""The floor for the export benchmark: the same tables written the plainest way.

python-docx and openpyxl fill a table with the shots' texts and embed pictures that are
already at the size they are printed at (no decoding, no resizing, no styling). What
the studio's exports add on top of this is what bench_exports.py measures.
"""

from __future__ import annotations

import io
from pathlib import Path

import docx
from docx.shared import Cm
from openpyxl import Workbook
from openpyxl.drawing.image import Image as XLImage

HEADERS = ["code", "frame", "time", "size / move", "visual", "voice-over", "on-screen", "sound", "notes"]


def floor_docx(rows: list[list[str]], pictures: list[bytes], path: Path) -> None:
    """A one-table Word file: one row per shot, its picture in the second column."""
    doc = docx.Document()
    table = doc.add_table(rows=1, cols=len(HEADERS))
    for cell, text in zip(table.rows[0].cells, HEADERS, strict=True):
        cell.text = text
    for values, picture in zip(rows, pictures, strict=True):
        cells = table.add_row().cells
        for i, text in enumerate(values):
            if i != 1:
                cells[i].text = text
        cells[1].paragraphs[0].add_run().add_picture(io.BytesIO(picture), width=Cm(2.0))
    doc.save(str(path))


def floor_xlsx(
    rows: list[list[str]],
    pictures: list[bytes],
    shoot_rows: list[list[object]],
    path: Path,
    shoot_pictures: list[bytes] = (),
) -> None:
    """The same two tables as the studio's workbook: the storyboard with a picture per row
    (anchored in column B) and the shoot list, as plain cells with a thumbnail per row in D."""
    wb = Workbook()
    ws = wb.active
    ws.append(HEADERS)
    for n, (values, picture) in enumerate(zip(rows, pictures, strict=True), start=2):
        ws.append(values)
        image = XLImage(io.BytesIO(picture))
        image.width, image.height = 68, 120
        ws.add_image(image, f"B{n}")
    shoot = wb.create_sheet("shoot list")
    for values in shoot_rows:
        shoot.append(values)
    for n, picture in enumerate(shoot_pictures, start=1):
        image = XLImage(io.BytesIO(picture))
        image.width, image.height = 36, 64
        shoot.add_image(image, f"D{n}")
    wb.save(str(path))
