"""Lucide icons (resources/icons/) tinted with the palette's text colour, so they suit light and dark.

Icons are drawn lazily: ``icon()`` only wraps a name in an icon engine, and the SVG is rendered the
first time Qt asks for a size (a menu's icons when the menu opens, not at start-up). Each rendering
is cached by name, colour, mode and pixel size; the colour is read from the palette when painting, so
a palette change (light to dark) re-tints every icon without rebuilding anything.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap

from studio.paths import RESOURCES

log = logging.getLogger(__name__)

ICON_DIR = RESOURCES / "icons"
_SIZES = (16, 24, 32, 48)

#: SVG text per icon name ('' when the file is missing).
_svg: dict[str, str] = {}
#: Rendered pixmaps by (name, colour, pixel width, pixel height).
_pixmaps: dict[tuple[str, str, int, int], QPixmap] = {}


def _colour(mode: QIcon.Mode) -> str:
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return "#333333"
    group = QPalette.ColorGroup.Disabled if mode == QIcon.Mode.Disabled else QPalette.ColorGroup.Active
    return app.palette().color(group, QPalette.ColorRole.WindowText).name()


def _source(name: str) -> str:
    text = _svg.get(name)
    if text is None:
        path = ICON_DIR / f"{name}.svg"
        try:
            text = path.read_text("utf-8")
        except OSError:
            log.warning("missing icon %s", path)
            text = ""
        _svg[name] = text
    return text


def render(name: str, width: int, height: int, mode: QIcon.Mode = QIcon.Mode.Normal) -> QPixmap:
    """The icon ``name`` as a ``width`` x ``height`` pixmap in the palette's text colour (cached)."""
    colour = _colour(mode)
    key = (name, colour, width, height)
    pixmap = _pixmaps.get(key)
    if pixmap is not None:
        return pixmap
    from PySide6.QtSvg import QSvgRenderer  # only once something is actually drawn

    pixmap = QPixmap(max(width, 1), max(height, 1))
    pixmap.fill(QColor(0, 0, 0, 0))  # not Qt.GlobalColor: see mainwindow._build_docks on Qt enums
    svg = _source(name)
    if svg:
        renderer = QSvgRenderer(QByteArray(svg.replace("currentColor", colour).encode("utf-8")))
        side = min(width, height)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF((width - side) / 2, (height - side) / 2, side, side))
        painter.end()
    _pixmaps[key] = pixmap
    return pixmap


class SvgIconEngine(QIconEngine):
    """Draws one Lucide icon on demand, tinted for the mode (normal, disabled) from the palette."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name

    def clone(self) -> QIconEngine:
        return SvgIconEngine(self.name)

    def iconName(self) -> str:
        return self.name

    def isNull(self) -> bool:
        return not _source(self.name)

    def availableSizes(self, mode: QIcon.Mode = QIcon.Mode.Normal, state: QIcon.State = QIcon.State.Off) -> list[QSize]:  # fmt: skip
        return [QSize(s, s) for s in _SIZES]

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        side = min(size.width(), size.height())
        return QSize(side, side)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return QPixmap(render(self.name, size.width(), size.height(), mode))

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        pixmap = QPixmap(render(self.name, round(size.width() * scale), round(size.height() * scale), mode))
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        scale = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        pixmap = render(self.name, round(rect.width() * scale), round(rect.height() * scale), mode)
        painter.drawPixmap(rect, pixmap)


def icon(name: str) -> QIcon:
    """The named Lucide icon (file stem, e.g. 'undo-2'), drawn in the palette's text colour when shown."""
    return QIcon(SvgIconEngine(name))


def clear_cache() -> None:
    """Forget rendered icons (they are keyed by colour, so this only frees memory)."""
    _pixmaps.clear()
