"""The Brief tab: the creative brief the script is written from, and 'Draft from brief'."""

from __future__ import annotations

import dataclasses
from itertools import pairwise
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studio.models.brief import Brief, Offer, Persona, SellingPoint, cleaned, link_brief
from studio.models.changes import Change
from studio.models.entities import Project
from studio.ui.document_controller import DocumentController
from studio.ui.refresher import Refresher
from studio.ui.views.view_common import wheel_scrolls_page
from studio.wording import say

#: The project settings the tab shows beside the brief.
_SHOWN_SETTINGS = ("brief", "product", "brand", "category", "platform")

#: The selling points' column of the pain each answers (a list to pick from).
ANSWERS_COLUMN = 3
#: The selling points' column of the persona each is for (a list to pick from).
FOR_COLUMN = 4
#: The brief's lists of lines, edited one line per item.
LIST_FIELDS = ("pains", "itches", "pleasures", "scenes", "must_say", "banned", "hashtags")


class _Lines(QPlainTextEdit):
    """A list edited as one item per line; tells the view when focus leaves."""

    def __init__(self, view: BriefView) -> None:
        super().__init__(view)
        self.view = view
        self.setTabChangesFocus(True)
        self.setFixedHeight(58)

    def items(self) -> list[str]:
        """The non-empty lines."""
        return [line.strip() for line in self.toPlainText().splitlines() if line.strip()]

    def focusOutEvent(self, event: Any) -> None:
        super().focusOutEvent(event)
        self.view.commit()


class BriefView(QWidget):
    """Every part of the brief in one scrolling form; each finished edit is one undo step."""

    def __init__(self, doc: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self._loading = False
        inner = QWidget(self)
        form = QFormLayout(inner)
        self.lists: dict[str, _Lines] = {name: _Lines(self) for name in LIST_FIELDS}
        self.personas = self._table([self.tr("Name"), self.tr("Who"), self.tr("Where they watch"),
                                     self.tr("What they say")])  # fmt: skip
        self.points = self._table([self.tr("Selling point"), self.tr("Evidence"), self.tr("Priority"),
                                   self.tr("Answers pain"), self.tr("For persona")])  # fmt: skip
        self.offer = {name: QLineEdit(self) for name in ("price", "coupon", "deadline", "stock")}
        for edit in self.offer.values():
            edit.editingFinished.connect(self.commit)
        self.target = QSpinBox(self)
        self.target.setRange(0, 600)
        self.target.setSuffix(self.tr(" s"))
        self.target.setSpecialValueText(say("label.not_set"))
        self.target.editingFinished.connect(self.commit)
        wheel_scrolls_page(self.target)
        self.post_by = QLineEdit(self)
        self.post_by.editingFinished.connect(self.commit)
        # What the creator brief tells a creator besides the script: how to hand in, and the product page.
        self.hand_in = QLineEdit(self)
        self.hand_in.setPlaceholderText(self.tr("How and by when creators send their draft"))
        self.hand_in.editingFinished.connect(self.commit)
        self.product_link = QLineEdit(self)
        self.product_link.setPlaceholderText(self.tr("https://… (printed as a QR code on the creator brief)"))
        self.product_link.editingFinished.connect(self.commit)
        self.product = QLabel(self)
        self.product.setWordWrap(True)
        # Product, brand and platform are the project's settings: changed in Project Settings (one undo step).
        change = self.tr("Change…")
        self.product_change = QLabel(f'<a href="settings">{change}</a>', self)
        self.product_change.setToolTip(self.tr("Product, brand, platform and category: Project Settings"))
        self.product_change.linkActivated.connect(self._project_settings)
        product_row = QHBoxLayout()
        product_row.addWidget(self.product, 1)
        product_row.addWidget(self.product_change)
        form.addRow(say("label.product"), product_row)
        form.addRow(self.tr("Audience"), self.personas)
        form.addRow(self.tr("Pain points"), self.lists["pains"])
        form.addRow(self.tr("Itch points"), self.lists["itches"])
        form.addRow(self.tr("Pleasure points"), self.lists["pleasures"])
        form.addRow(self.tr("Selling points"), self.points)
        form.addRow(self.tr("Usage scenes"), self.lists["scenes"])
        offer_row = QHBoxLayout()
        for name, title in (("price", say("label.price")), ("coupon", self.tr("Coupon")),
                            ("deadline", self.tr("Deadline")), ("stock", self.tr("Stock"))):  # fmt: skip
            # A label beside each field: a placeholder alone goes once the field is filled, and
            # "¥99 两瓶 | 立减50 | 今天" no longer says which is the deadline.
            label = QLabel(title, self)
            label.setBuddy(self.offer[name])
            self.offer[name].setPlaceholderText(title)
            self.offer[name].setToolTip(title)
            offer_row.addWidget(label)
            offer_row.addWidget(self.offer[name], 1)
        form.addRow(self.tr("Offer"), offer_row)
        form.addRow(self.tr("Must say"), self.lists["must_say"])
        form.addRow(self.tr("Never say"), self.lists["banned"])
        form.addRow(self.tr("Target length"), self.target)
        form.addRow(say("label.hashtags"), self.lists["hashtags"])
        form.addRow(say("label.post_by"), self.post_by)
        form.addRow(say("label.hand_in"), self.hand_in)
        form.addRow(say("label.product_link"), self.product_link)
        draft_row = QHBoxLayout()
        self.template_box = QComboBox(self)
        wheel_scrolls_page(self.template_box)
        self.draft_button = QPushButton(self.tr("Draft from brief"), self)
        self.draft_button.setToolTip(
            self.tr("Add a complete first script for this template, written from the brief")
        )
        self.draft_button.clicked.connect(self.draft)
        draft_row.addWidget(self.template_box, 1)
        draft_row.addWidget(self.draft_button)
        form.addRow(say("label.template"), draft_row)
        # Tab goes down the form as it reads (the fields were made in another order than they are shown).
        order = [self.personas, self.lists["pains"], self.lists["itches"], self.lists["pleasures"], self.points,
                 self.lists["scenes"], *self.offer.values(), self.lists["must_say"], self.lists["banned"],
                 self.target, self.lists["hashtags"], self.post_by, self.hand_in, self.product_link, self.template_box,
                 self.draft_button]  # fmt: skip
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        self.tab_order = order
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._fill_templates()
        self.refresh()
        self.refresher = Refresher(doc, self.refresh, None, self._concerns, self, current=False)
        from studio.ui.views.brief_needs import BriefNeeds

        #: What the chosen template needs from the brief, with the missing fields marked.
        self.needs = BriefNeeds(self, form)

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers), self)
        table.setHorizontalHeaderLabels(headers)
        header = table.horizontalHeader()
        header.setStretchLastSection(True)
        for c in range(len(headers)):  # never narrower than its title ("Where they watch" was cut)
            table.setColumnWidth(c, max(header.sectionSizeHint(c), 110))
        table.verticalHeader().setVisible(False)
        table.setMinimumHeight(110)
        table.itemChanged.connect(lambda _item: self.commit())
        return table

    def _fill_templates(self) -> None:
        from studio.guide.brief.templates import templates
        from studio.ui.views.view_common import ui_lang

        lang = ui_lang()
        for tid, tpl in templates().items():
            self.template_box.addItem(tpl.title(lang), tid)
        current = self.doc.project.scripts[0].template if self.doc.project.scripts else ""
        self.template_box.setCurrentIndex(max(0, self.template_box.findData(current)))

    def _project_settings(self, _link: str) -> None:
        from studio.ui.dialogs.project_settings import ProjectSettingsDialog

        ProjectSettingsDialog(self.doc, self.window()).exec()

    def _concerns(self, change: Change) -> bool:
        """The brief and the project settings the tab shows; nothing a script's edit touches."""
        return change.target is self.doc.project and change.is_set(Project, *_SHOWN_SETTINGS)

    def refresh(self) -> None:
        """Show the document's brief."""
        from studio.exports.common import platform_name
        from studio.ui.views.view_common import ui_lang

        p = self.doc.project
        b = p.brief
        self._loading = True
        try:
            platform = platform_name(p.platform, ui_lang()) if p.platform else ""
            self.product.setText(" · ".join(x for x in (p.product, p.brand, platform) if x))
            for name, edit in self.lists.items():
                if edit.items() != getattr(b, name):
                    edit.setPlainText("\n".join(getattr(b, name)))
            self._set_rows(self.personas, [[x.name, x.who, x.watches, x.says] for x in b.personas])
            for row, persona in enumerate(b.personas):  # the row keeps its persona's id through a rename
                item = self.personas.item(row, 0)
                if item is not None:
                    item.setData(Qt.ItemDataRole.UserRole, persona.id)
            self._set_rows(
                self.points, [[x.point, x.evidence, str(x.priority), "", ""] for x in b.selling_points]
            )
            self._pain_pickers(b)
            self._persona_pickers(b)
            for name, line in self.offer.items():
                line.setText(getattr(b.offer, name))
            self.target.setValue(b.target_s)
            self.post_by.setText(b.post_by)
            self.hand_in.setText(b.hand_in)
            self.product_link.setText(b.product_link)
            self.draft_button.setEnabled(not b.is_empty())
            self.draft_button.setToolTip(
                self.empty_brief_text() if b.is_empty()
                else self.tr("Add a complete first script for this template, written from the brief")
            )  # fmt: skip
        finally:
            self._loading = False

    def _pain_pickers(self, brief: Brief) -> None:
        """The "answers pain" cells are lists of the brief's pains: a link is picked (by id), never retyped."""
        for row in range(self.points.rowCount()):
            current = brief.selling_points[row].answers if row < len(brief.selling_points) else ""
            combo = QComboBox(self.points)
            combo.addItem(self.tr("(none)"), "")
            for pid, pain in brief.pain_links():
                combo.addItem(pain, pid)
            if current and combo.findData(current) < 0:
                # a link kept from an older file that matched no pain: shown, so it can be picked anew
                combo.addItem(
                    self.tr("“%1” (not one of the pains: pick one)").replace("%1", current), current
                )
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.setToolTip(
                self.tr("The pain point this selling point answers, picked from the pains above")
            )
            combo.currentIndexChanged.connect(lambda _i: self.commit())
            self.points.setCellWidget(row, ANSWERS_COLUMN, combo)

    def _persona_pickers(self, brief: Brief) -> None:
        """The "for persona" cells are lists of the brief's personas: picked by id, never retyped."""
        for row in range(self.points.rowCount()):
            current = brief.selling_points[row].for_persona if row < len(brief.selling_points) else ""
            combo = QComboBox(self.points)
            combo.addItem(self.tr("(any persona)"), "")
            for persona in brief.personas:
                combo.addItem(persona.name, persona.id)
            if current and combo.findData(current) < 0:
                # a name kept from a file that matched no persona: shown, so it can be picked anew
                combo.addItem(
                    self.tr("“%1” (not one of the personas: pick one)").replace("%1", current), current
                )
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.setToolTip(self.tr("The persona this selling point is for, picked from the audience above"))
            combo.currentIndexChanged.connect(lambda _i: self.commit())
            self.points.setCellWidget(row, FOR_COLUMN, combo)

    def persona_picker(self, row: int) -> QComboBox:
        """The list the "for persona" link of selling point ``row`` is picked from."""
        combo = self.points.cellWidget(row, FOR_COLUMN)
        assert isinstance(combo, QComboBox)
        return combo

    def pain_picker(self, row: int) -> QComboBox:
        """The list the "answers pain" link of selling point ``row`` is picked from."""
        combo = self.points.cellWidget(row, ANSWERS_COLUMN)
        assert isinstance(combo, QComboBox)
        return combo

    @staticmethod
    def _set_rows(table: QTableWidget, rows: list[list[str]]) -> None:
        table.blockSignals(True)
        table.setRowCount(len(rows) + 1)  # a last empty row to add to
        for r in range(len(rows) + 1):
            for c in range(table.columnCount()):
                item = QTableWidgetItem(rows[r][c] if r < len(rows) else "")
                item.setToolTip(item.text())  # a narrow column cuts the text: the whole of it on hover
                table.setItem(r, c, item)
        table.blockSignals(False)

    @staticmethod
    def _rows(table: QTableWidget) -> list[list[str]]:
        rows = []
        for r in range(table.rowCount()):
            cells = [
                (item.text().strip() if (item := table.item(r, c)) else "")
                for c in range(table.columnCount())
            ]
            if any(cells):
                rows.append(cells)
        return rows

    def edited(self) -> Brief:
        """The brief as the form shows it, every text one clean line, pains and links kept by id."""
        shown = cleaned(self._as_shown())
        if shown.pains != self.doc.project.brief.pains:
            shown = dataclasses.replace(shown, pain_ids=[])  # reworded pains keep their ids by text and place
        return link_brief(self.doc.project.brief, shown)

    def _point_rows(self) -> list[list[str]]:
        rows = []
        for r in range(self.points.rowCount()):
            cells = [(item.text().strip() if (item := self.points.item(r, c)) else "") for c in range(3)]
            combo = self.points.cellWidget(r, ANSWERS_COLUMN)
            answers = str(combo.currentData() or "") if isinstance(combo, QComboBox) else ""
            persona = self.points.cellWidget(r, FOR_COLUMN)
            for_persona = str(persona.currentData() or "") if isinstance(persona, QComboBox) else ""
            if any(cells):
                rows.append([*cells, answers, for_persona])
        return rows

    def _persona_rows(self) -> list[Persona]:
        """The personas as the table shows them, each row with the id of the persona it showed."""
        personas = []
        for r in range(self.personas.rowCount()):
            items = [self.personas.item(r, c) for c in range(self.personas.columnCount())]
            cells = [item.text().strip() if item else "" for item in items]
            if any(cells):
                pid = items[0].data(Qt.ItemDataRole.UserRole) if items[0] is not None else None
                name, who, watches, says = cells
                personas.append(Persona(name, who, watches, says, str(pid or "")))
        return personas

    def _as_shown(self) -> Brief:
        points: list[SellingPoint] = []
        for point, evidence, priority, answers, for_persona in self._point_rows():
            rank = int(priority) if priority.isdigit() else len(points) + 1
            points.append(SellingPoint(point, evidence, rank, answers, for_persona))
        return dataclasses.replace(
            self.doc.project.brief,
            **{name: edit.items() for name, edit in self.lists.items()},
            personas=self._persona_rows(),
            selling_points=points,
            offer=Offer(**{name: edit.text().strip() for name, edit in self.offer.items()}),
            target_s=self.target.value(),
            post_by=self.post_by.text().strip(),
            hand_in=self.hand_in.text().strip(),
            product_link=self.product_link.text().strip(),
        )

    def commit(self) -> None:
        """Make what the form shows the document's brief: one undo step, nothing when unchanged."""
        if self._loading:
            return
        new = self.edited()
        if new != self.doc.project.brief:
            self.doc.set_field(self.doc.project, "brief", new, self.tr("Edit brief"))

    def empty_brief_text(self) -> str:
        """Why there is no draft from an empty brief."""
        return self.tr("The brief is empty: fill it in first, then draft from it.")

    def draft(self) -> None:
        """Write the draft for the chosen template into the current script when it is empty, else add it
        beside it under a name no other script has; one undo step; then open it in Write."""
        from studio.guide.brief.draftplace import place_draft

        self.commit()
        p = self.doc.project
        window = self.window()
        if p.brief.is_empty():  # a draft from nothing is the template's example, another product's words
            if hasattr(window, "show_message"):
                window.show_message(self.empty_brief_text())
            return
        place = place_draft(p, self.doc.script, self.template_box.currentData() or "")
        script = place.script
        if place.replaces is not None:
            done = self.doc.replace_script(place.replaces, script, self.tr("Draft from brief"))
            told = self.tr("Wrote the draft into the empty script “%1”; Undo takes it back.")
        else:
            done = self.doc.add_script(script, self.tr("Draft from brief"), place.index)
            told = self.tr("Added the draft “%1” as a new script; Undo takes it back.")
        if not done:
            return
        # The draft is a new script beside the others: show it, or the click seems to do nothing.
        self.doc.set_current(script=script)
        if hasattr(window, "show_tab"):
            window.show_tab("write")
        if hasattr(window, "show_message"):
            window.show_message(told.replace("%1", script.title))
