"""A multi-line text field for forms: grows with its text (1 to 4 lines), then scrolls."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QSize, Qt, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QShowEvent,
    QTextLayout,
)
from PySide6.QtWidgets import QPlainTextEdit, QSizePolicy, QStyle, QStyleOptionFrame, QToolTip, QWidget

from studio.ui.views.marked_text import MarksOf, draw_wrapped, position_at
from studio.ui.views.text_marks import Mark, describe

#: Lines a field shows before it scrolls.
MAX_LINES = 4

#: Space between a field's frame and its text (QPlainTextEdit's document margin, set below).
_PAD = 2

#: How previews wrap: at word boundaries, and inside a run of Chinese characters (no spaces).
_WRAP = Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextWrapAnywhere

_NEWLINE_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def line_height(fm: QFontMetrics) -> int:
    """A text line's height in a field: the font's spacing plus room for taller fallback glyphs."""
    return fm.lineSpacing() + 3


if TYPE_CHECKING:
    _Widget = QWidget
else:
    _Widget = object  # a mixin: the Qt class it is put before is the widget


class ReportsFocus(_Widget):
    """A field that says when it gets and loses the keyboard; put it before the field's Qt class."""

    #: The field got the keyboard.
    focusEntered = Signal()
    #: The field lost the keyboard (ends a typing run).
    focusLeft = Signal()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.focusEntered.emit()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focusLeft.emit()


class GrowingTextEdit(ReportsFocus, QPlainTextEdit):
    """Plain text that wraps and grows to show every line (up to :data:`MAX_LINES`).

    Behaves like a form field: Enter and Tab move to the next field, Shift+Enter breaks the
    line. Undo and redo belong to the application's undo stack: the editor keeps no history of
    its own and reports the undo keys (:attr:`undoRequested`) instead.

    Focus and keys are handled by overriding the virtual handlers, not ``event()`` or an event
    filter, so the many ordinary events a field receives never cross into Python.
    """

    #: The text after every change, as a string (QPlainTextEdit's own signal carries none).
    textEdited = Signal(str)
    #: Ctrl+Z / Ctrl+Shift+Z pressed in the field: the owner undoes or redoes on its stack.
    undoRequested = Signal()
    redoRequested = Signal()

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().setDocumentMargin(_PAD)
        self._width = -1
        if text:
            self.setPlainText(text)
        self.textChanged.connect(self._changed)
        self._fit()

    # --- QLineEdit-like API the views use -------------------------------------------

    def text(self) -> str:
        """The whole text; line breaks as '\\n'."""
        return self.toPlainText()

    def setText(self, text: str) -> None:
        """Replace the text (one change signal)."""
        self.setPlainText(text)

    def insert(self, text: str) -> None:
        """Type ``text`` at the cursor, replacing any selection."""
        self.insertPlainText(text)

    def setCursorPosition(self, position: int) -> None:
        """Put the cursor at a character position and scroll it into view."""
        cursor = self.textCursor()
        cursor.setPosition(max(0, min(position, len(self.toPlainText()))))
        self.setTextCursor(cursor)

    def cursorPosition(self) -> int:
        """The cursor's character position."""
        return self.textCursor().position()

    def line_count(self) -> int:
        """Lines the text takes at the current width (wrapped lines count)."""
        return len(self._line_heights())

    # --- sizing -----------------------------------------------------------------------

    def _line_heights(self) -> list[float]:
        """The height of each visual line, as laid out at the current width."""
        if not self.isVisible():
            # Not laid out at its real width yet: count paragraphs; showing it resizes and refits.
            return [line_height(self.fontMetrics())] * self.document().blockCount()
        heights: list[float] = []
        least = line_height(self.fontMetrics())  # keeps one line of Chinese as tall as an empty line
        block = self.document().firstBlock()
        while block.isValid():
            # Lays the block out if needed; Chinese from a fallback font can make lines taller.
            height = self.blockBoundingRect(block).height()
            count = max(1, block.layout().lineCount())
            heights.extend([max(height / count, least)] * count)
            block = block.next()
        return heights or [line_height(self.fontMetrics())]

    def _height_for(self, content: float) -> int:
        margins = self.contentsMargins()
        pad = 2 * self.document().documentMargin()
        return math.ceil(content + pad) + margins.top() + margins.bottom()

    def _fit(self) -> None:
        heights = self._line_heights()
        height = self._height_for(sum(heights[:MAX_LINES]))
        if height != self.maximumHeight():
            self.setFixedHeight(height)

    def _changed(self) -> None:
        self._fit()
        self.textEdited.emit(self.toPlainText())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.maximumHeight())

    def minimumSizeHint(self) -> QSize:
        return QSize(60, self._height_for(line_height(self.fontMetrics())))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != self._width:
            # A new width wraps the text anew: lay it out, then fit the height to it.
            self._width = event.size().width()
            self._fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()  # the first resize arrives before the field is visible: count wrapped lines now

    # --- keys ---------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # The editor claims the undo keys before the Edit menu sees them; it keeps no history of
        # its own, so hand them to the application's stack.
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undoRequested.emit()
            event.accept()
            return
        if event.matches(QKeySequence.StandardKey.Redo):
            self.redoRequested.emit()
            event.accept()
            return
        if event.key() in _NEWLINE_KEYS:
            mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if mods == Qt.KeyboardModifier.ShiftModifier:
                if not self.isReadOnly():
                    self.textCursor().insertText("\n")
                    self.ensureCursorVisible()
                event.accept()
                return
            if mods == Qt.KeyboardModifier.NoModifier:
                self.focusNextChild()
                event.accept()
                return
        super().keyPressEvent(event)


class TextPreview(QWidget):
    """A cheap stand-in for a :class:`GrowingTextEdit` until the writer first enters the field.

    A form of many shots would otherwise build two text editors per shot (each a document, a
    viewport and two scroll bars) before the first paint. The preview paints the text in a
    field's frame, wraps it at the same width to the same height, takes Tab and clicks, and
    asks its owner (``activate``) for the real editor, which takes its place.
    """

    def __init__(self, text: str, placeholder: str, activate: Callable[[QPoint | None], None],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._text = text
        self._placeholder = placeholder
        self._activate = activate
        self._lines = 0
        self._margin = self.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, self) + _PAD
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        #: The guide's marks on the text (see text_marks.mark_preview), underlined as the editor will.
        self.marks_of: MarksOf | None = None
        #: The marked text as last painted, and where: for the tooltip of the word under the pointer.
        self._drawn: tuple[QTextLayout, QPointF] | None = None
        #: Shows a mark's finding on hover; installed only while the text has marks (see _watch_tips).
        self._tips: _MarkTips | None = None
        # Until the layout gives it a width, count paragraphs; the first resize wraps properly.
        self._set_lines(text.count("\n") + 1)

    def text(self) -> str:
        """What the preview shows: the text, else the placeholder."""
        return self._text or self._placeholder

    def set_value(self, text: str) -> None:
        """Show the field's text (or its placeholder, greyed, when empty)."""
        if text != self._text:
            self._text = text
            self._fit()
            self.update()

    def _fit(self) -> None:
        lines = 1
        if self._text:
            fm = self.fontMetrics()
            width = max(20, self.width() - 2 * self._margin)
            box = fm.boundingRect(0, 0, width, 100000, int(_WRAP), self._text)
            lines = round(box.height() / fm.lineSpacing())
        self._set_lines(lines)

    def _set_lines(self, lines: int) -> None:
        lines = max(1, min(MAX_LINES, lines))
        if lines != self._lines:
            self._lines = lines
            self.setFixedHeight(lines * line_height(self.fontMetrics()) + 2 * self._margin)

    def resizeEvent(self, event: QResizeEvent) -> None:
        if event.size().width() != event.oldSize().width():
            self._fit()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        option = QStyleOptionFrame()
        option.initFrom(self)
        option.lineWidth = self._margin - _PAD
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelLineEdit, option, p, self)
        role = QPalette.ColorRole.Text if self._text else QPalette.ColorRole.PlaceholderText
        p.setPen(self.palette().color(role))
        m = self._margin
        inner = self.rect().adjusted(m, m, -m, -m)
        p.setClipRect(inner)
        marks = self.marks_of(self._text, None) if self._text and self.marks_of is not None else []
        self._watch_tips(bool(marks))
        if marks:
            self._drawn = (draw_wrapped(p, inner, self._text, marks), QPointF(inner.topLeft()))
            return
        self._drawn = None
        p.drawText(inner, int(_WRAP | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), self.text())

    def marks_at(self, pos: QPoint) -> list[Mark]:
        """The guide's marks on the word under ``pos`` (as last painted)."""
        if self._drawn is None or self.marks_of is None:
            return []
        at = position_at(*self._drawn, pos)
        return self.marks_of(self._text, at) if at is not None else []

    def _watch_tips(self, on: bool) -> None:
        """Show the finding under the pointer while the text has marks (see :class:`_MarkTips`)."""
        if on == (self._tips is not None):
            return
        if on:
            self._tips = _MarkTips(self)
            self.installEventFilter(self._tips)
        elif self._tips is not None:
            self.removeEventFilter(self._tips)
            self._tips.deleteLater()
            self._tips = None

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() != Qt.FocusReason.MouseFocusReason:  # a click: mousePressEvent follows
            self._activate(None)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._activate(event.position().toPoint())
        event.accept()


class _MarkTips(QObject):
    """The tooltip of a preview's marked word: the finding and its fix, as the editor shows them.

    An event filter put on a preview only while its text has marks: overriding the preview's
    ``event()`` brought every event of every preview into Python (a dozen per row each scroll step,
    each one waiting for the interpreter while a worker thread held it)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            preview = self.parent()
            if isinstance(preview, TextPreview):
                marks = preview.marks_at(event.pos())
                if marks:
                    QToolTip.showText(event.globalPos(), describe(marks), preview)
                    return True
        return False
