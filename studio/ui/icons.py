"""Lucide icons (resources/icons/) tinted with the palette's text colour, so they suit light and dark."""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPalette, QPixmap

from studio.paths import RESOURCES

log = logging.getLogger(__name__)

ICON_DIR = RESOURCES / "icons"
_SIZES = (16, 24, 32, 48)


def _colour() -> str:
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return "#333333"
    return app.palette().color(QPalette.ColorRole.WindowText).name()


@cache
def _icon(name: str, colour: str) -> QIcon:
    from PySide6.QtSvg import QSvgRenderer

    path = ICON_DIR / f"{name}.svg"
    try:
        svg = path.read_text("utf-8").replace("currentColor", colour)
    except OSError:
        log.warning("missing icon %s", path)
        return QIcon()
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    icon = QIcon()
    for size in _SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def icon(name: str) -> QIcon:
    """The named Lucide icon (file stem, e.g. 'undo-2') in the current text colour."""
    return _icon(name, _colour())


def clear_cache() -> None:
    """Forget rendered icons (after the palette changed between light and dark)."""
    _icon.cache_clear()
