"""The shot list's cells: vocabulary combo boxes, a duration spin box, text with the guide's marks."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QPersistentModelIndex, QPointF, Qt
from PySide6.QtGui import QHelpEvent, QPainter, QPalette, QTextLayout
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDoubleSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from studio.models.ops import MAX_DS
from studio.models.vocab import label
from studio.ui.views.marked_text import draw_line, position_at
from studio.ui.views.shotlist_model import ShotRole
from studio.ui.views.text_marks import Mark, describe
from studio.ui.views.view_common import ui_lang

Index = QModelIndex | QPersistentModelIndex
#: The marks standing on a shot field's text: (shot id, field, text, position or None) -> marks.
CellMarks = Callable[[str, str, str, "int | None"], list[Mark]]


class EnumDelegate(QStyledItemDelegate):
    """A combo box of a vocabulary's members with their zh/en names (optionally a blank)."""

    def __init__(self, kind: type[Enum], allow_none: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.allow_none = allow_none

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        lang = ui_lang()
        if self.allow_none:
            combo.addItem("—", "")
        for member in self.kind:
            combo.addItem(label(member, lang), member.value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        value = index.data(Qt.ItemDataRole.EditRole) or ""
        editor.setCurrentIndex(max(0, editor.findData(value)))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class DurationDelegate(QStyledItemDelegate):
    """A spin box in seconds with one decimal (the model keeps tenths of a second)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        spin = QDoubleSpinBox(parent)
        spin.setDecimals(1)
        spin.setSingleStep(0.5)
        spin.setRange(0.1, MAX_DS / 10)
        spin.setSuffix(" s")
        return spin

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QDoubleSpinBox)
        value: Any = index.data(Qt.ItemDataRole.EditRole)
        editor.setValue(float(value or 0.1))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QDoubleSpinBox)
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


class MarkedTextDelegate(QStyledItemDelegate):
    """A text cell drawn with the guide's flagged words underlined, as the Write view's fields show them
    (wavy red for errors, orange for warnings); the pointer resting on the cell shows the findings and fixes."""

    def __init__(self, field: str, marks_of: CellMarks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.marks_of = marks_of
        #: (row, column) -> the cell's text as last painted and where, for the word under the pointer.
        self._drawn: dict[tuple[int, int], tuple[QTextLayout, QPointF]] = {}

    def marks(self, index: Index, position: int | None = None) -> list[Mark]:
        """The marks standing on the cell's text (at ``position`` when given)."""
        shot = index.data(ShotRole)
        text = getattr(shot, self.field, None) if shot is not None else None
        if not isinstance(text, str) or not text:
            return []
        return self.marks_of(shot.id, self.field, text, position)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        marks = self.marks(index)
        key = (index.row(), index.column())
        if not marks:
            self._drawn.pop(key, None)
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = getattr(index.data(ShotRole), self.field)
        opt.text = ""  # the cell's background, selection and focus as usual; its text drawn below
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget).adjusted(
            3, 0, -3, 0
        )
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(
            opt.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        )
        self._drawn[key] = draw_line(painter, rect, text, marks)
        painter.restore()

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem,
                  index: Index) -> bool:  # fmt: skip
        marks = self.marks(index) if event.type() == QEvent.Type.ToolTip and index.isValid() else []
        if not marks:
            return super().helpEvent(event, view, option, index)
        drawn = self._drawn.get((index.row(), index.column()))
        at = position_at(*drawn, event.pos()) if drawn is not None else None
        under = [m for m in marks if at is not None and m[0] <= at < m[1]]
        # The word under the pointer: its findings; elsewhere in the cell: the text, then every finding in it.
        text = (
            describe(under)
            if under
            else f"{index.data(Qt.ItemDataRole.ToolTipRole) or ''}\n\n{describe(marks)}"
        )
        QToolTip.showText(event.globalPos(), text.strip(), view)
        return True
