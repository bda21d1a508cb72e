"""Frames in a workbook: anchored to move, size and hide with their cell, each distinct picture stored once.

openpyxl writes one xl/media file per picture it places, so a frame shown by 100 shots and on
every variant's sheet was stored hundreds of times (16 MB for 1,000 shots with 100 frames).
Here every placement of the same bytes points at one media part: the pictures name their part
after their content, and the writer skips a part it has already written.
"""

from __future__ import annotations

import datetime
import hashlib
import io
from typing import BinaryIO
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl import Workbook
from openpyxl.drawing.image import Image as XLImage
from openpyxl.drawing.spreadsheet_drawing import AnchorMarker, TwoCellAnchor
from openpyxl.utils.units import pixels_to_EMU
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter

from studio.exports.common import FrameImage
from studio.exports.xlsx_common import neutralise


class MediaNames:
    """One part name per distinct picture content, shared by every placement of that content."""

    def __init__(self) -> None:
        self._names: dict[bytes, str] = {}
        self._by_object: dict[int, tuple[bytes, str]] = {}

    def name(self, data: bytes, fmt: str) -> str:
        """The part name ('/xl/media/frame3.jpeg') of these bytes."""
        # FrameSource hands out the same bytes object for a repeated frame: skip hashing it again.
        known = self._by_object.get(id(data))
        if known is not None and known[0] is data:
            return known[1]
        digest = hashlib.sha1(data, usedforsecurity=False).digest()
        name = self._names.get(digest)
        if name is None:
            ext = "png" if fmt == "png" else "jpeg"
            name = f"/xl/media/frame{len(self._names) + 1}.{ext}"
            self._names[digest] = name
        self._by_object[id(data)] = (data, name)
        return name


class _Picture(XLImage):  # type: ignore[misc]  # openpyxl ships no type information
    """A picture whose bytes, size and part name are already known (openpyxl would open it twice)."""

    def __init__(self, data: bytes, fmt: str, width: int, height: int, part: str) -> None:
        self.ref = io.BytesIO(data)
        self._bytes = data
        self.format = fmt
        self.width, self.height = width, height
        self._part = part

    @property
    def path(self) -> str:
        """The shared media part this picture's drawing relationship points at."""
        return self._part

    def _data(self) -> bytes:
        return self._bytes


class _OnceWriter(ExcelWriter):  # type: ignore[misc]  # openpyxl ships no type information
    """openpyxl's writer, writing each shared media part once."""

    def _write_images(self) -> None:
        written: set[str] = set()
        for img in self._images:
            name = img.path[1:]
            if name not in written:
                written.add(name)
                self._archive.writestr(name, img._data())


def save_workbook(wb: Workbook, fh: BinaryIO) -> None:
    """Write ``wb`` to an open binary file as openpyxl's save does, with each picture stored once."""
    neutralise(wb)
    archive = ZipFile(fh, "w", ZIP_DEFLATED, allowZip64=True)
    wb.properties.modified = datetime.datetime.now(tz=datetime.UTC).replace(tzinfo=None)
    _OnceWriter(wb, archive).save()


def place_image(ws: Worksheet, image: FrameImage, names: MediaNames, row: int, col: int, col_px: int,
                box_px: int, row_pt: float) -> None:  # fmt: skip
    """Put a frame in a cell, at most ``box_px`` tall, centred in the column and the row.

    Anchored from and to points inside its own cell ('move and size with cells'), so
    Excel and LibreOffice hide the picture with its row when a filter hides the row,
    and move it when rows are sorted or inserted above.
    """
    row_px = round(row_pt * 96 / 72)
    max_w, max_h = max(1, col_px - 6), max(1, min(box_px, row_px - 4))
    scale = min(max_w / max(image.width, 1), max_h / max(image.height, 1))
    w_px, h_px = max(1, round(image.width * scale)), max(1, round(image.height * scale))
    # Centred in a row about its own height; near the top of a row grown for long text.
    top = max(0, (row_px - h_px) // 2 if row_px - h_px < 40 else 6)
    left = max(0, (col_px - w_px) // 2)
    start = AnchorMarker(col=col - 1, colOff=pixels_to_EMU(left), row=row - 1, rowOff=pixels_to_EMU(top))
    end = AnchorMarker(
        col=col - 1, colOff=pixels_to_EMU(left + w_px), row=row - 1, rowOff=pixels_to_EMU(top + h_px)
    )
    pic = _Picture(image.data, image.format, w_px, h_px, names.name(image.data, image.format))
    pic.anchor = TwoCellAnchor(editAs="twoCell", _from=start, to=end)
    ws.add_image(pic)
