"""A creator's notes edited on several lines: a plain-text editor over the cell that grows with the text.

Enter starts a new line (notes are lists: 已寄样 / 等回稿 / 改第二版); Ctrl+Enter, Tab or a click
elsewhere keeps the text, Escape drops it. The finished edit is one undo step, like any cell's.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget

#: Lines the editor shows at least, and at most before it scrolls.
MIN_LINES, MAX_LINES = 4, 12
#: Narrowest editor, in characters of the font (a narrowed notes column is too tight to write in).
MIN_CHARS = 28


class NotesEditor(QPlainTextEdit):
    """The notes editor: line breaks kept; ``finished`` on Ctrl+Enter (the delegate then closes it)."""

    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("creatorsNotesEditor")
        self.setTabChangesFocus(True)  # Tab moves on (and so keeps the text), as in the other cells
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setPlaceholderText(self.tr("Notes: Enter for a new line, Ctrl+Enter to finish"))
        self.setToolTip(self.tr("Enter: new line · Ctrl+Enter: done · Esc: cancel"))
        self.textChanged.connect(self.fit)
        #: The cell the editor opens over (set by the delegate).
        self.cell = QRect()

    def set_text(self, text: str) -> None:
        """Show ``text`` with the cursor at its end (typing into the cell adds to the notes)."""
        self.setPlainText(text)
        self.moveCursor(QTextCursor.MoveOperation.End)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.finished.emit()
            return
        super().keyPressEvent(event)

    def place(self, cell: QRect) -> None:
        """Open over ``cell``, wide enough to write in and tall enough for the text, inside the table."""
        self.cell = QRect(cell)
        self.fit()

    def fit(self) -> None:
        """Grow (or shrink) to the text's lines, between MIN_LINES and MAX_LINES, kept inside the view."""
        if self.cell.isNull():
            return
        line = self.fontMetrics().lineSpacing()
        lines = max(MIN_LINES, min(MAX_LINES, self._wrapped_lines()))
        frame = 2 * self.frameWidth() + int(2 * self.document().documentMargin())
        width = max(self.cell.width(), MIN_CHARS * self.fontMetrics().averageCharWidth() + frame)
        rect = QRect(self.cell.left(), self.cell.top(), width, lines * line + frame)
        parent = self.parentWidget()
        area = parent.rect() if parent is not None else rect
        if rect.right() > area.right():
            rect.moveRight(max(area.left() + rect.width() - 1, area.right()))
            rect.moveLeft(max(area.left(), rect.left()))
        if rect.bottom() > area.bottom():  # near the table's foot: open upwards
            rect.moveBottom(area.bottom())
            rect.moveTop(max(area.top(), rect.top()))
        self.setGeometry(rect)

    def _wrapped_lines(self) -> int:
        """The text's lines as shown (a long line wraps onto several)."""
        count, block = 0, self.document().begin()
        while block.isValid():
            count += max(1, block.layout().lineCount())
            block = block.next()
        return max(1, count)
