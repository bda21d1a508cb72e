"""What the chosen template needs from the brief, on the Brief tab: a line at the top and the missing fields marked."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFormLayout, QLabel, QScrollArea, QWidget

from studio.models.brief import Brief
from studio.models.changes import Change
from studio.models.entities import Project
from studio.ui.refresher import Refresher
from studio.ui.views.view_common import ui_lang
from studio.ui.views.write_rows import set_style
from studio.wording import say

if TYPE_CHECKING:
    from studio.ui.views.brief import BriefView


def need_names(keys: list[str] | tuple[str, ...], lang: str) -> str:
    """Needs by name, joined as the language lists things."""
    from studio.guide.brief.needs import label

    return ("、" if lang == "zh" else ", ").join(label(k, lang) for k in keys)


class BriefNeeds(QObject):
    """Keeps the Brief tab's needs line and its marks on missing fields current."""

    def __init__(self, view: BriefView, form: QFormLayout) -> None:
        super().__init__(view)
        self.view = view
        self.form = form
        self.label = QLabel(view)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setObjectName("briefNeeds")
        form.insertRow(0, self.label)
        #: Row labels as first written, so a mark can be taken off again.
        self._titles: dict[QLabel, str] = {}
        self.missing: list[str] = []
        view.template_box.currentIndexChanged.connect(self.update)
        self.refresher = Refresher(view.doc, self.update, None, self._concerns, self, current=False)
        self.update()

    def _concerns(self, change: Change) -> bool:
        """Only the brief says what is missing from it."""
        return change.target is self.view.doc.project and change.is_set(Project, "brief")

    def lines(self, template_id: str, brief: Brief) -> tuple[str, str, list[str]]:
        """What the template needs, what of it the brief misses (words), and the missing needs' keys."""
        from studio.guide.brief.needs import missing, template_needs, template_title

        lang = ui_lang()
        needed = template_needs(template_id)
        if not needed:
            return "", "", []
        lacking = missing(brief, needed)
        head = self.tr("“%1” needs from the brief: %2").replace("%1", template_title(template_id, lang))
        head = head.replace("%2", need_names(needed, lang))
        if lacking:
            tail = self.tr("Still missing: %1").replace("%1", need_names(lacking, lang))
        else:
            tail = say("needs.met")
        return escape(head), escape(tail), lacking

    def template_id(self) -> str:
        """The template whose needs are shown: the one 'Draft from brief' would use."""
        return str(self.view.template_box.currentData() or "")

    def update(self) -> None:
        """Show the needs of the chosen template against the document's brief; mark what is missing."""
        from studio.guide.brief.needs import NEEDS

        head, tail, lacking = self.lines(self.template_id(), self.view.doc.project.brief)
        self.missing = lacking
        self.label.setVisible(bool(head))
        strong = "font-weight: bold;" if lacking else ""
        self.label.setText(f"{head}<br><span style='{strong}'>{tail}</span>" if head else "")
        fields = {NEEDS[k].field for k in lacking}
        for name, widget in self.widgets().items():
            self._mark(
                name,
                widget,
                name in fields or (name == "offer" and any(f.startswith("offer.") for f in fields)),
            )
        for part, edit in self.view.offer.items():
            title = {"price": say("label.price"), "coupon": self.tr("Coupon"), "deadline": self.tr("Deadline"),
                     "stock": self.tr("Stock")}[part]  # fmt: skip
            needed = f"offer.{part}" in fields
            edit.setPlaceholderText(self.tr("%1 (needed)").replace("%1", title) if needed else title)

    def widgets(self) -> dict[str, QWidget]:
        """The form's widget for each brief field a need can point at."""
        v = self.view
        return {"personas": v.personas, "pains": v.lists["pains"], "itches": v.lists["itches"],
                "pleasures": v.lists["pleasures"], "selling_points": v.points, "scenes": v.lists["scenes"],
                "offer": v.offer["price"]}  # fmt: skip

    def row_label(self, widget: QWidget) -> QLabel | None:
        """The label of the form row holding ``widget`` (directly or inside the row's layout)."""
        role = QFormLayout.ItemRole
        for row in range(self.form.rowCount()):
            field = self.form.itemAt(row, role.FieldRole)
            if field is None:
                continue
            inner = field.layout()
            if field.widget() is widget or (inner is not None and inner.indexOf(widget) >= 0):
                item = self.form.itemAt(row, role.LabelRole)
                label = item.widget() if item is not None else None
                return label if isinstance(label, QLabel) else None
        return None

    def _mark(self, name: str, widget: QWidget, on: bool) -> None:
        label = self.row_label(widget)
        if label is None:
            return
        title = self._titles.setdefault(label, label.text())
        if on:
            label.setText(f"● {title}")
            link = label.palette().color(QPalette.ColorRole.Link).name()
            set_style(label, f"color: {link}; font-weight: bold;")
            label.setToolTip(self.tr("The template needs this from the brief"))
        else:
            label.setText(title)
            set_style(label, "")
            label.setToolTip("")

    def marked(self) -> list[str]:
        """The brief fields whose rows are marked as missing (for tests and the guide's jump)."""
        return [
            name
            for name, widget in self.widgets().items()
            if (lb := self.row_label(widget)) and lb.text().startswith("●")
        ]

    def focus(self, field: str) -> None:
        """Bring a brief field into view and give it the keyboard ("offer.price", "pains" ...)."""
        name, _, part = field.partition(".")
        widget: QWidget | None = self.view.offer.get(part) if name == "offer" else self.widgets().get(name)
        if widget is None:
            return
        scroll = self.view.findChild(QScrollArea)
        if scroll is not None:
            scroll.ensureWidgetVisible(widget, 20, 40)
        widget.setFocus()
