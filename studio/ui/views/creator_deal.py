"""The Creators tab's deal panel: the current creator's tier, deal, fee and commission, dates, rights.

Each field is read when it is left (Enter, Tab or a click elsewhere) by the same parser the CLI
and the roster import use; a good value is one undo step on the project's list, a refused one
stays in its field, marked, with the reason below, and nothing changes. The panel also shows what
the creator cost and returned so far (studio.results.creators_cost).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from studio.models.brief import Creator
from studio.models.creator_list import CreatorValueError, from_texts, replaced
from studio.models.deals import DATE_FIELDS, exclusive_until, project_currency
from studio.models.money import format_amount, format_rate, symbol
from studio.results.creators_cost import creator_figures
from studio.results.format import format_money, format_ratio
from studio.ui.views.creator_deal_words import deal_labels, deal_titles, tier_labels
from studio.ui.views.creator_list_model import CreatorListModel

#: The fields typed as text, in the form's order (tier, deal and paid-ad use are chosen).
TEXT_FIELDS = ("fee", "commission", "guaranteed_plays", "deliverables", "draft_due", "draft_in", "final_due",
               "post_due", "rights_platforms", "rights_until", "exclusive_days")  # fmt: skip
#: How a refused field is marked.
REFUSED_STYLE = "QLineEdit { border: 2px solid #c0392b; }"


class DealPanel(QWidget):
    """The current creator's deal as a form; ``refused`` carries why a value was not taken."""

    refused = Signal(object)

    def __init__(self, model: CreatorListModel, parent: QWidget | None = None) -> None:
        """``model``: the Creators table's CreatorListModel (its ``push`` makes one undo step)."""
        super().__init__(parent)
        self.setObjectName("creatorsDeal")
        self.model = model
        self.row = -1
        titles = deal_titles()
        self.heading = QLabel(self)
        self.heading.setObjectName("dealHeading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.tier = QComboBox(self)
        self.deal = QComboBox(self)
        for box in (self.tier, self.deal):  # narrow beside the table; the list opens as wide as its words
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(6)
        self.tier.addItem("–", "")
        for key, label in tier_labels().items():
            self.tier.addItem(label, key)
        self.deal.addItem("–", "")
        for key, label in deal_labels().items():
            self.deal.addItem(label, key)
        # Chosen with the mouse or the arrow keys (which change the choice without opening the list);
        # a change made by show_row is no edit.
        self._loading = False
        self.tier.currentIndexChanged.connect(lambda _i: self._chosen("tier", self.tier))
        self.deal.currentIndexChanged.connect(lambda _i: self._chosen("deal", self.deal))
        self.edits: dict[str, QLineEdit] = {}
        for name in TEXT_FIELDS:
            edit = QLineEdit(self)
            edit.setObjectName(f"deal_{name}")
            edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("2026-12-20") + 12)
            edit.editingFinished.connect(self._finisher(name))
            edit.textEdited.connect(self._unmarker(edit))
            self.edits[name] = edit
        for name in DATE_FIELDS:
            self.edits[name].setPlaceholderText("2026-12-20")
        self.edits["commission"].setPlaceholderText("10%")
        self.edits["rights_platforms"].setPlaceholderText(self.tr("Douyin, Xiaohongshu · all"))
        self.edits["exclusive_days"].setPlaceholderText(self.tr("30 days"))
        self.edits["deliverables"].setPlaceholderText(self.tr("1 video of 60 s + 3 pictures"))
        self.paid_ads = QCheckBox(self.tr("Paid ads allowed"), self)
        self.paid_ads.clicked.connect(lambda on: self.commit("paid_ads", "yes" if on else "no"))
        self.exclusive_end = QLabel(self)
        self.exclusive_end.setWordWrap(True)
        self.exclusive_end.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.cost = QLabel(self)
        self.cost.setObjectName("dealCost")
        self.cost.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("dealMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c0392b;")
        self.message.hide()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(titles["tier"], self.tier)
        form.addRow(titles["deal"], self.deal)
        self.fee_label = QLabel(titles["fee"], self)
        form.addRow(self.fee_label, self.edits["fee"])
        # the form's own short labels where a title runs long (the unit is in the field's placeholder)
        titles = {**titles, "exclusive_days": self.tr("Exclusivity")}
        for name in TEXT_FIELDS[1:]:
            form.addRow(titles[name], self.edits[name])
            if name == "rights_platforms":
                form.addRow("", self.paid_ads)
        form.addRow("", self.exclusive_end)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.cost)  # what they cost and returned first, where it is seen without scrolling
        layout.addWidget(self.message)
        layout.addLayout(form)
        layout.addStretch(1)
        self.show_row(-1)

    # --- reading -----------------------------------------------------------------------------------

    @property
    def currency(self) -> str:
        """The project's currency code."""
        return project_currency(self.model.doc.project)

    def creator(self) -> Creator | None:
        """The creator shown, if any."""
        creators = self.model.creators
        return creators[self.row] if 0 <= self.row < len(creators) else None

    def show_row(self, row: int) -> None:
        """Show the creator at ``row`` (-1: none); a refusal still on screen is dropped."""
        self._loading = True
        try:
            self._show_row(row)
        finally:
            self._loading = False

    def _show_row(self, row: int) -> None:
        self.row = row
        t = self.creator()
        readonly = bool(self.model.doc.readonly)
        for widget in (self.tier, self.deal, self.paid_ads, *self.edits.values()):
            widget.setEnabled(t is not None and not readonly)
        self.tell(None)
        self.fee_label.setText(self.tr("Fee ({sign})").format(sign=symbol(self.currency).strip()))
        if t is None:
            self.heading.setText(self.tr("Deal: choose a creator"))
            for edit in self.edits.values():
                edit.clear()
            self.cost.clear()
            self.exclusive_end.clear()
            return
        self.heading.setText(self.tr("Deal with {name}").format(name=t.name))
        self.tier.setCurrentIndex(max(0, self.tier.findData(t.tier)))
        self.deal.setCurrentIndex(max(0, self.deal.findData(t.deal)))
        self.paid_ads.setChecked(t.paid_ads)
        for name, edit in self.edits.items():
            edit.setText(self.shown(t, name))  # (not modified: leaving it unchanged is no edit)
            edit.setStyleSheet("")
        end = exclusive_until(t)
        self.exclusive_end.setText(self.tr("Exclusive until {date}").format(date=end) if end else "")
        self.cost.setText(self.cost_text(t))

    def shown(self, t: Creator, name: str) -> str:
        """A field's value as typed back (5,000.00 · 10% · 抖音、小红书)."""
        value = getattr(t, name)
        if name == "fee":
            return format_amount(value, self.currency, sign=False) if value else ""
        if name == "commission":
            return format_rate(value) if value else ""
        if name == "rights_platforms":
            platforms = self.model.platforms
            return QCoreApplication.translate("Creators", ", ").join(platforms.get(p, p) for p in value)
        if name in ("guaranteed_plays", "exclusive_days"):
            return f"{value:,}" if value else ""
        return str(value)

    def cost_text(self, t: Creator) -> str:
        """What the creator cost and returned so far, or why that cannot be said yet."""
        money = self.currency
        f = creator_figures(t, money)
        if f is None:
            return self.tr("Enter a fee or a commission to see what this creator costs and returns.")
        sign = symbol(money)
        parts = [self.tr("Cost {cost}").format(cost=format_amount(f.cost, money))]
        if f.cpm.value is not None:
            parts.append(self.tr("{cpm} per 1,000 plays").format(cpm=format_money(f.cpm.value, sign)))
        if f.per_order.value is not None:
            parts.append(self.tr("{cpo} per order").format(cpo=format_money(f.per_order.value, sign)))
        if f.roi.value is not None:
            parts.append(self.tr("ROI {roi}").format(roi=format_ratio(f.roi.value)))
        return " · ".join(parts)

    # --- editing -----------------------------------------------------------------------------------

    def _chosen(self, name: str, box: QComboBox) -> None:
        if not self._loading and self.isVisible():  # (a list emptied as the window closes is no choice)
            self.commit(name, str(box.currentData()))

    def _finisher(self, name: str) -> Callable[[], None]:
        def finished() -> None:
            edit = self.edits[name]
            # Only what was typed: focus leaving a field untouched (or the window closing) is no edit.
            if edit.isModified() and self.isVisible():
                self.commit(name, edit.text())

        return finished

    @staticmethod
    def _unmarker(edit: QLineEdit) -> Callable[[str], None]:
        return lambda _text: edit.setStyleSheet("")

    def commit(self, name: str, text: str) -> bool:
        """Take the value typed for ``name``: one undo step when it changes; refused with a reason, kept
        in its field, when it does not fit (nothing changes)."""
        t = self.creator()
        if t is None or self.model.doc.readonly:
            return False
        try:
            new = from_texts({name: text}, base=t, currency=self.currency)
        except CreatorValueError as exc:
            edit = self.edits.get(name)
            if edit is not None:
                edit.setStyleSheet(REFUSED_STYLE)
            self.tell(exc)
            return False
        edit = self.edits.get(name)
        if edit is not None:
            edit.setModified(False)
        if new == t:  # typed back as it was: nothing to change, and no longer refused
            if edit is not None:
                edit.setStyleSheet("")
            self.tell(None)
            return False
        creators = replaced(self.model.creators, self.row, new)
        title = self.tr("Change {field} of {name}").format(field=deal_titles()[name], name=t.name)
        return bool(self.model.set_creators(creators, title))

    def tell(self, what: CreatorValueError | None) -> None:
        """Show why a value was refused (None hides the line)."""
        if what is None:
            self.message.hide()
            return
        from studio.ui.views.creator_list_words import describe_value

        self.message.setText(describe_value(what))
        self.message.show()
        self.refused.emit(what)
