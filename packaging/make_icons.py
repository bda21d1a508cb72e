"""Render the app icon (packaging/studio.svg) to the PNG, ICO and ICNS files a bundle needs.

Usage: python packaging/make_icons.py OUT_FOLDER   (writes studio.png, studio-256.png, studio.ico, studio.icns)
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SVG = Path(__file__).resolve().parent / "studio.svg"
SIZES = (16, 32, 48, 64, 128, 256, 512)


def render(size: int) -> Image.Image:
    """The icon at ``size`` pixels square, as a Pillow image with alpha."""
    renderer = QSvgRenderer(str(SVG))
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    from io import BytesIO

    return Image.open(BytesIO(bytes(data.data()))).convert("RGBA")


def main(out: Path) -> None:
    """Write every icon file into ``out``."""
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    out.mkdir(parents=True, exist_ok=True)
    images = {size: render(size) for size in SIZES}
    images[512].save(out / "studio.png")
    images[256].save(out / "studio-256.png")
    images[256].save(out / "studio.ico", sizes=[(s, s) for s in SIZES if s <= 256])
    images[512].save(out / "studio.icns")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
