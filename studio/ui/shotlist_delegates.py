"""Editors of the shot list's cells: vocabulary combo boxes and a duration spin box."""

from __future__ import annotations

from enum import Enum
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from studio.models.ops import MAX_DS
from studio.models.vocab import label
from studio.ui.views.common import ui_lang

Index = QModelIndex | QPersistentModelIndex


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
