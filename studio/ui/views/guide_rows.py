"""How the guide panel draws a finding: in two lines, what it says and its fix.

A script-wide finding (a pain point of the brief no shot answers) quotes the shot it suggests, and wrapped
to a laptop's panel it took four or five lines. Drawn compact, its message takes one line and its fix the
next, each cut with "…" where the panel is too narrow; the whole text is the row's tooltip, and the
finding in full stays under the list for the current row.

Every row drawn compact has the same height, so the list can size them all from one (uniform item
sizes): a resize of the panel then lays out the rows on screen, not every one of thousands of findings.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QHelpEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
)

#: The most lines a compact row takes.
COMPACT_LINES = 2
#: Rows' cut lines kept for repaints (a few screens of rows, at a few widths).
_KEPT_CUTS = 2_000

Index = QModelIndex | QPersistentModelIndex


def compact_lines(text: str, metrics: QFontMetrics, width: int) -> list[str]:
    """A row's text in at most two lines of ``width`` pixels: the message on the first, the fix
    (its "→ " line) on the second, each cut with "…" only when it does not fit."""
    message, _, fix = text.partition("\n")
    if not fix:
        # No fix: the message may wrap onto the second line, and is cut at the end of it.
        first = _fitting(message, metrics, width)
        rest = message[len(first) :].lstrip()
        lines = [first, metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)] if rest else [first]
        return lines[:COMPACT_LINES]
    elide = Qt.TextElideMode.ElideRight
    return [
        metrics.elidedText(message, elide, width),
        metrics.elidedText(fix.replace("\n", " "), elide, width),
    ]


def _fitting(text: str, metrics: QFontMetrics, width: int) -> str:
    """The longest start of ``text`` that fits ``width``, broken after a space when there is one."""
    if metrics.horizontalAdvance(text) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits, by bisection
        mid = (low + high + 1) // 2
        if metrics.horizontalAdvance(text[:mid]) <= width:
            low = mid
        else:
            high = mid - 1
    space = text.rfind(" ", 0, low + 1)
    return text[: space + 1] if space > low // 2 else text[:low]


class CompactFindings(QStyledItemDelegate):
    """Draws the rows ``compact(finding)`` selects in two lines; the others as the list wraps them."""

    def __init__(self, view: QAbstractItemView, role: int, compact: Any) -> None:
        super().__init__(view)
        self.view, self.role, self.compact = view, role, compact
        #: (text, text width, font) -> the lines drawn (see _lines).
        self._cut: dict[tuple[str, int, str], list[str]] = {}

    def is_compact(self, index: Index) -> bool:
        """True when the row at ``index`` is drawn in two lines."""
        finding = index.data(self.role)
        return finding is not None and bool(self.compact(finding))

    def _text_rect(self, option: QStyleOptionViewItem, index: Index) -> QRect:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        return style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)

    def lines(self, option: QStyleOptionViewItem, index: Index) -> list[str]:
        """The lines a compact row draws."""
        return self._lines(str(index.data(Qt.ItemDataRole.DisplayRole) or ""), option.font,
                           self._text_rect(option, index).width())  # fmt: skip

    def _lines(self, text: str, font: QFont, text_width: int) -> list[str]:
        """:func:`compact_lines` for a text rectangle's width, kept: a repaint draws the same rows again."""
        key = (text, text_width, font.key())
        lines = self._cut.get(key)
        if lines is None:
            if len(self._cut) >= _KEPT_CUTS:
                self._cut.clear()
            lines = self._cut[key] = compact_lines(text, QFontMetrics(font), max(40, text_width - 4))
        return lines

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        if not self.is_compact(index):
            return super().sizeHint(option, index)
        # The same for every compact row, whatever its text: room for two lines and the icon.
        metrics = QFontMetrics(option.font)
        icon = self.view.iconSize().height() if self.view.iconSize().isValid() else 0
        return QSize(1, max(COMPACT_LINES * metrics.lineSpacing() + 6, icon + 4))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        if not self.is_compact(index):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        lines = self._lines(opt.text, opt.font, text_rect.width())
        opt.text = ""  # background, selection, focus and icon as usual; the text drawn here
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = text_rect.adjusted(2, 2, -2, 0)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Normal
            if opt.state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(group, role))
        step = QFontMetrics(opt.font).lineSpacing()
        for n, line in enumerate(lines):
            painter.drawText(
                QRect(rect.left(), rect.top() + n * step, rect.width(), step),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                line,
            )
        painter.restore()

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem,
                  index: Index) -> bool:  # fmt: skip
        """A compact row's tooltip is its whole text: the message and the fix in full."""
        if event.type() == QEvent.Type.ToolTip and index.isValid() and self.is_compact(index):
            QToolTip.showText(event.globalPos(), str(index.data(Qt.ItemDataRole.DisplayRole) or ""), view)
            return True
        return super().helpEvent(event, view, option, index)


def install(view: QAbstractItemView, role: int, compact: Any) -> CompactFindings:
    """Draw ``view``'s rows whose finding ``compact`` selects in two lines (all of one height)."""
    delegate = CompactFindings(view, role, compact)
    view.setItemDelegate(delegate)
    return delegate
