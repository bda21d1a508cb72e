"""The creators table's Qt adapter: the project's creators as rows, each finished edit one undo step."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication, QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from studio.models.brief import CREATOR_STATUSES, Creator
from studio.models.creator_list import (
    CREATOR_FIELDS,
    NUMBER_FIELDS,
    CreatorValueError,
    parse_value,
    replaced,
    variant_choices,
)
from studio.models.creator_platforms import CREATOR_PLATFORMS, platform_label
from studio.models.rules import variant_label
from studio.results.format import format_money
from studio.ui.document_controller import DocumentController
from studio.ui.refresher import Refresher, nothing_later
from studio.wording import say

Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate
#: Columns shown as choices from a list.
CHOICE_FIELDS = ("platform", "variant", "status")


def status_labels() -> dict[str, str]:
    """The creators' statuses in the interface's language."""
    from studio.models.brief import CREATOR_STATUSES

    return {s: say(f"vocab.creator_status.{s}") for s in CREATOR_STATUSES}


def platform_labels() -> dict[str, str]:
    """The creators' platforms by id (the video presets, then 小红书, B站 …), named in the interface's language."""
    from studio.ui.views.view_common import ui_lang

    lang = ui_lang()
    return {pid: platform_label(pid, lang) for pid in CREATOR_PLATFORMS}


def column_titles() -> list[str]:
    """The table's headers in the interface's language."""
    return [say(f"creators.h.{name}") for name in CREATOR_FIELDS]


def _number(value: float) -> str:
    return f"{value:,.2f}".rstrip("0").rstrip(".") if isinstance(value, float) else f"{value:,}"


class CreatorListModel(QAbstractTableModel):
    """Rows are the project's creators, columns their fields; ``refused`` carries why an edit was not taken."""

    refused = Signal(object)
    #: The project's list changed (an edit, an undo, a reset).
    listChanged = Signal()

    def __init__(self, doc: DocumentController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.titles = column_titles()
        self.statuses = status_labels()
        self.platforms = platform_labels()
        self._rows = len(self.creators)
        # Patched at once (a cell's undo must show before the next key): the refresher only filters and hands on.
        self.refresher = Refresher(doc, self._reload, parent=self, on_change=self._on_change,
                                   accept=nothing_later, current=False)  # fmt: skip

    @property
    def creators(self) -> list[Creator]:
        """The project's creators."""
        return self.doc.project.creators

    def _on_change(self, change: Any) -> None:
        if getattr(change, "target", None) is self.doc.project and getattr(change, "field", None) in (
            "creators",
            "platform",  # the GMV's currency follows the project's platform …
            "currency",  # … unless the project names its own
        ):
            self._reload()

    def _reload(self) -> None:
        # The same number of rows (a cell edited, its undo): the cells change, the cursor stays put.
        if len(self.creators) == self._rows:
            if self._rows:
                self.dataChanged.emit(self.index(0, 0), self.index(self._rows - 1, len(CREATOR_FIELDS) - 1))
            self.listChanged.emit()
            return
        self.beginResetModel()
        self._rows = len(self.creators)
        self.endResetModel()
        self.listChanged.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.creators)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(CREATOR_FIELDS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.titles[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    @property
    def symbol(self) -> str:
        """The currency sign of the project (its own, else its platform's: ¥ on Douyin, $ on TikTok)."""
        from studio.models.deals import project_currency
        from studio.models.money import symbol

        return symbol(project_currency(self.doc.project))

    def field(self, index: Index) -> str:
        """The creator field of a column."""
        return CREATOR_FIELDS[index.column()]

    def shown(self, creator: Creator, name: str) -> str:
        """What a cell shows."""
        value = getattr(creator, name)
        if name in ("status", "platform"):
            labels = self.statuses if name == "status" else self.platforms
            label: str = labels.get(value, value)
            return label
        if name == "variant":  # creators hold the variant's id; people read its name
            return variant_label(self.doc.project, value)
        if name == "gmv":  # money as the Results view shows it: in the currency of the project's platform
            return format_money(value, self.symbol)
        if name in NUMBER_FIELDS:
            return _number(value)
        return str(value).replace("\n", " ⏎ ") if name == "notes" else str(value)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.creators):
            return None
        creator, name = self.creators[index.row()], self.field(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.shown(creator, name)
        if role == Qt.ItemDataRole.EditRole:
            value = getattr(creator, name)
            return _number(value).replace(",", "") if name in NUMBER_FIELDS else value
        if role == Qt.ItemDataRole.TextAlignmentRole and name in NUMBER_FIELDS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if name == "link" and creator.link:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QApplication.palette().color(QPalette.ColorRole.Link)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setUnderline(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole:
                return translate("Creators", "{link}\nCtrl+click to open").format(link=creator.link)
        if role == Qt.ItemDataRole.ToolTipRole and name == "notes" and creator.notes:
            return creator.notes
        if role == Qt.ItemDataRole.ToolTipRole and name in ("name", "handle", "variant"):
            return self.shown(creator, name) or None  # the whole text of a narrowed column
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid() or self.doc.readonly:
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        name, row = self.field(index), index.row()
        text = "" if value is None else str(value)
        try:
            new = parse_value(name, text, variant_choices(self.doc.project))
            old = self.creators[row]
            if getattr(old, name) == new:
                return False
            from dataclasses import replace

            edited = replaced(self.creators, row, replace(old, **{name: new}))
        except CreatorValueError as exc:
            self.refused.emit(exc)
            return False
        return self.set_creators(edited, translate("Creators", "Edit creator"))

    def set_creators(self, creators: list[Creator], text: str) -> bool:
        """Make ``creators`` the project's creators in one undo step."""
        return self.doc.set_field(self.doc.project, "creators", creators, text)


class ChoiceDelegate(QStyledItemDelegate):
    """A drop-down for the platform, variant and status columns (the project's own choices), and a
    several-line editor for the notes."""

    def __init__(self, model: CreatorListModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = model

    def choices(self, name: str) -> list[tuple[str, str]]:
        """(label, value) pairs for a column."""
        if name == "platform":
            return [(translate("Creators", "(project's platform)"), "")] + [
                (label, pid) for pid, label in self.model.platforms.items()
            ]
        if name == "status":
            return [(self.model.statuses[s], s) for s in CREATOR_STATUSES]
        variants = variant_choices(self.model.doc.project)
        return [(translate("Creators", "(base variant)"), "")] + [(n, vid) for vid, n in variants.items()]

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        name = self.model.field(index)
        if name == "notes":
            from studio.ui.views.creator_notes import NotesEditor

            notes = NotesEditor(parent)
            notes.finished.connect(lambda: self._finish(notes))
            return notes
        if name not in CHOICE_FIELDS:
            return super().createEditor(parent, option, index)
        box = QComboBox(parent)
        for label, value in self.choices(name):
            box.addItem(label, value)
        return box

    def _finish(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        place = getattr(editor, "place", None)
        if callable(place):  # the notes editor grows over the rows below
            place(option.rect)
            return
        super().updateEditorGeometry(editor, option, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        set_text = getattr(editor, "set_text", None)
        if callable(set_text):
            set_text(str(index.data(Qt.ItemDataRole.EditRole) or ""))
            return
        if isinstance(editor, QComboBox):
            at = editor.findData(index.data(Qt.ItemDataRole.EditRole))
            editor.setCurrentIndex(max(0, at))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if hasattr(editor, "toPlainText"):
            model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)  # line breaks kept
            return
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)
