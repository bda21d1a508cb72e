"""Painting text with the guide's marks where no editor is open: a Write preview, a shot-list cell.

An editor underlines its findings with a syntax highlighter; a preview or a cell only paints its text.
These helpers lay the text out with QTextLayout, draw a wavy underline in the editors' colours (red for
errors, orange for warnings) under each flagged span, and find the character under the pointer for the tooltip.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen, QTextLayout, QTextOption

from studio.ui.views.text_marks import COLOURS, Mark

#: The marks standing on a text (at a position when given): see FindingMarks.at.
MarksOf = Callable[[str, "int | None"], list[Mark]]

_LINE_BREAK = "\u2028"  # QTextLayout breaks lines at U+2028, not at "\n" (both one character: indices hold)


#: The wave under a flagged word: its period and height in pixels, and its pen's width (the style's own
#: spell-check wave, antialiased at 1 px, read as a faint pink dotted line on a table cell).
WAVE_PERIOD = 4.0
WAVE_HEIGHT = 2.0
WAVE_PEN = 1.3


def _x(found: object) -> float:
    """The x of QTextLine.cursorToX, which PySide6 returns with the cursor position it may move."""
    return float(found[0] if isinstance(found, tuple) else found)  # type: ignore[arg-type]


def spans(layout: QTextLayout, origin: QPointF, start: int, end: int) -> list[tuple[float, float, float]]:
    """Where the characters ``start``..``end`` lie: (left x, right x, underline y) per line they cross."""
    found = []
    for n in range(layout.lineCount()):
        line = layout.lineAt(n)
        first, last = line.textStart(), line.textStart() + line.textLength()
        a, b = max(start, first), min(end, last)
        if a >= b:
            continue
        left, right = _x(line.cursorToX(a)), _x(line.cursorToX(b))
        y = origin.y() + line.y() + line.ascent() + max(1.5, line.descent() / 2)
        found.append((origin.x() + min(left, right), origin.x() + max(left, right), y))
    return found


def draw_waves(painter: QPainter, layout: QTextLayout, origin: QPointF, marks: list[Mark]) -> None:
    """A wavy line under each mark's characters, in its severity's colour (red errors, orange warnings)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    length = len(layout.text())
    for start, end, _word, finding in marks:
        colour = COLOURS.get(finding.severity.value)
        if colour is None or start >= length:
            continue
        painter.setPen(QPen(QColor(colour), WAVE_PEN))
        for left, right, y in spans(layout, origin, start, min(end, length)):
            path = QPainterPath(QPointF(left, y))
            x, up = left, True
            while x < right:
                x = min(right, x + WAVE_PERIOD / 2)
                path.lineTo(x, y - WAVE_HEIGHT if up else y)
                up = not up
            painter.drawPath(path)
    painter.restore()


def lay_out(text: str, font: QFont, width: int, wrap: bool) -> QTextLayout:
    """``text`` laid out ``width`` pixels wide (one line when not ``wrap``), lines one line spacing
    apart, as QPainter.drawText sets them."""
    layout = QTextLayout(text.replace("\n", _LINE_BREAK), font)
    option = QTextOption()
    option.setWrapMode(
        QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere if wrap else QTextOption.WrapMode.NoWrap
    )
    layout.setTextOption(option)
    step = QFontMetrics(font).lineSpacing()
    layout.beginLayout()
    n = 0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, n * step))
        n += 1
    layout.endLayout()
    return layout


def draw_wrapped(painter: QPainter, rect: QRect, text: str, marks: list[Mark]) -> QTextLayout:
    """Draw ``text`` wrapped in ``rect`` from its top left, marks underlined; the layout drawn."""
    layout = lay_out(text, painter.font(), rect.width(), wrap=True)
    painter.save()
    painter.setClipRect(rect)
    layout.draw(painter, QPointF(rect.topLeft()))
    draw_waves(painter, layout, QPointF(rect.topLeft()), marks)
    painter.restore()
    return layout


def draw_line(painter: QPainter, rect: QRect, text: str, marks: list[Mark]) -> tuple[QTextLayout, QPointF]:
    """Draw ``text`` on one line in ``rect``, centred vertically and cut with "…" where it is too long
    (as the table cuts its cells), marks underlined up to the cut; the layout and where it was drawn."""
    metrics = QFontMetrics(painter.font())
    flat = text.replace("\n", " ")
    shown = metrics.elidedText(flat, Qt.TextElideMode.ElideRight, rect.width())
    # The cut text starts as the text does, so a mark's indices still hold up to the "…".
    kept = len(shown) - 1 if shown != flat and shown.endswith("…") else len(shown)
    layout = lay_out(shown, painter.font(), rect.width(), wrap=False)
    origin = QPointF(rect.left(), rect.top() + (rect.height() - metrics.height()) / 2)
    painter.save()
    painter.setClipRect(rect)
    layout.draw(painter, origin)
    draw_waves(painter, layout, origin, [(s, min(e, kept), w, f) for s, e, w, f in marks if s < kept])
    painter.restore()
    return layout, origin


def position_at(layout: QTextLayout, origin: QPointF, point: QPoint) -> int | None:
    """The text position under ``point`` (in the painter's coordinates), or None off the text."""
    x, y = point.x() - origin.x(), point.y() - origin.y()
    for n in range(layout.lineCount()):
        line = layout.lineAt(n)
        if line.y() <= y < line.y() + line.height() and 0 <= x <= line.naturalTextWidth():
            return int(line.xToCursor(x, line.CursorPosition.CursorOnCharacter))
    return None
