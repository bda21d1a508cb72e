"""Project settings in the window: product, brand, platform preset, category and frame format, in New Project and
in File > Project Settings (one undo step). The rules are the model's (studio.models.project_settings)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from studio.models.creator_platforms import platform_label
from studio.models.frame_format import FrameFormat, format_label, safe_area
from studio.models.money import CURRENCIES
from studio.models.platforms import PRESETS
from studio.models.project_settings import sponsored
from studio.results.format import currency
from studio.ui.dialogs.buttons import ok_cancel
from studio.ui.views.view_common import ui_lang
from studio.wording import say

if TYPE_CHECKING:
    from studio.models.entities import Project
    from studio.ui.document_controller import DocumentController


class ProjectFields(QObject):
    """The product, brand, platform and category fields both dialogs show, with the platform's note."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.product_edit = QLineEdit(parent)
        self.product_edit.setPlaceholderText(self.tr("What the video sells, e.g. 焕亮精华 serum"))
        self.brand_edit = QLineEdit(parent)
        self.platform_box = QComboBox(parent)
        lang = ui_lang()
        for pid in PRESETS:
            self.platform_box.addItem(platform_label(pid, lang), pid)
        self.platform_note = QLabel(parent)
        self.platform_note.setWordWrap(True)
        self.platform_box.currentIndexChanged.connect(self._on_platform)
        self.category_box = QComboBox(parent)
        for value, name in (
            ("general", say("vocab.product_category.general")),
            ("cosmetics", say("vocab.product_category.cosmetics")),
            ("food", say("vocab.product_category.food")),
            ("health_food", say("vocab.product_category.health_food")),
            ("apparel", say("vocab.product_category.apparel")),
            ("electronics", say("vocab.product_category.electronics")),
        ):
            self.category_box.addItem(name, value)
        self.category_box.setToolTip(
            self.tr(
                "Cosmetics, food, health food, apparel and electronics add compliance rules of their own."
            )
        )
        self.format_box = QComboBox(parent)
        for fmt in FrameFormat:
            self.format_box.addItem(format_label(fmt, lang), fmt.value)
        self.format_box.setToolTip(
            self.tr("The videos' frame: every export follows it; a variant may have its own. Changing it keeps "
                    "each picture with its crop.")
        )  # fmt: skip
        self.format_box.currentIndexChanged.connect(self._on_platform)
        #: The currency of the creators' fees and results ("": the platform's).
        self.currency_box = QComboBox(parent)
        self.currency_box.addItem(self.tr("Follow the platform"), "")
        for code, (sign, _digits) in CURRENCIES.items():
            self.currency_box.addItem(f"{code} {sign}", code)
        self.currency_box.setToolTip(self.tr("The currency of creators' fees, commissions and results"))
        self.sponsored_box = QCheckBox(
            self.tr("Paid promotion (the videos carry the platform's ad label)"), parent
        )
        self.sponsored_box.setToolTip(
            self.tr("When on, the guide asks for the platform's ad label (广告, #ad) in every variant")
        )
        self._on_platform()

    def add_rows(self, form: QFormLayout) -> None:
        """Put the fields into a form, in the order the command line lists them."""
        form.addRow(say("label.product"), self.product_edit)
        form.addRow(say("label.brand"), self.brand_edit)
        form.addRow(say("label.platform"), self.platform_box)
        form.addRow(say("label.frame_format"), self.format_box)
        form.addRow("", self.platform_note)
        form.addRow(say("label.category"), self.category_box)
        form.addRow(say("label.currency"), self.currency_box)
        form.addRow("", self.sponsored_box)

    def _on_platform(self, _index: int = 0) -> None:
        pid = str(self.platform_box.currentData())
        p = PRESETS[pid]
        fmt = FrameFormat(str(self.format_box.currentData() or FrameFormat.VERTICAL.value))
        c = safe_area(pid, fmt)
        w, h = fmt.size()
        self.platform_note.setText(
            self.tr("Safe areas, currency and frame rate follow the platform: {money} · {fps} fps · {low}–{high} s")
            .format(money=currency(pid), fps=p.usual_fps, low=round(p.min_seconds), high=round(p.max_seconds))
            + "\n"
            + self.tr("{w}×{h}; the platform covers {top}% at the top, {bottom}% at the foot, {right}% at the right")
            .format(w=w, h=h, top=round(c.top * 100), bottom=round(c.bottom * 100), right=round(c.right * 100))
        )  # fmt: skip

    def set_platform(self, pid: str) -> None:
        """Show a preset as chosen."""
        self.platform_box.setCurrentIndex(max(0, self.platform_box.findData(pid)))

    def show_project(self, project: Project) -> None:
        """Fill the fields from a project."""
        self.product_edit.setText(project.product)
        self.brand_edit.setText(project.brand)
        self.set_platform(project.platform)
        self.category_box.setCurrentIndex(max(0, self.category_box.findData(project.category.value)))
        self.format_box.setCurrentIndex(max(0, self.format_box.findData(project.frame_format.value)))
        self.currency_box.setCurrentIndex(max(0, self.currency_box.findData(project.currency)))
        self.sponsored_box.setChecked(sponsored(project))

    def values(self) -> dict[str, Any]:
        """What the fields hold, by the model's field names."""
        return {
            "product": self.product_edit.text(),
            "brand": self.brand_edit.text(),
            "platform": str(self.platform_box.currentData()),
            "category": str(self.category_box.currentData()),
            "frame_format": str(self.format_box.currentData()),
            "currency": str(self.currency_box.currentData() or ""),
            "sponsored": self.sponsored_box.isChecked(),
        }


class ProjectSettingsDialog(QDialog):
    """Change the open project's title, product, brand, platform and category as one undo step."""

    def __init__(self, doc: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.setWindowTitle(self.tr("Project Settings"))
        self.title_edit = QLineEdit(doc.project.title, self)
        self.fields = ProjectFields(self)
        self.fields.show_project(doc.project)
        buttons = ok_cancel(self)
        form = QFormLayout(self)
        form.addRow(say("label.title"), self.title_edit)
        self.fields.add_rows(form)
        form.addRow(buttons)
        self.resize(520, self.sizeHint().height())

    def values(self) -> dict[str, Any]:
        """Every setting the dialog shows, by field name."""
        return {"title": self.title_edit.text(), **self.fields.values()}

    def accept(self) -> None:
        """Make the changes as one undo step; a refused value keeps the dialog open and says why."""
        from studio.models.errors import ModelError
        from studio.models.project_settings import settings_changes, settings_edits

        project = self.doc.project
        try:
            changes = settings_changes(project, self.values())
        except ModelError as exc:
            QMessageBox.warning(
                self, self.windowTitle(), self.tr("This value cannot be used: {detail}").format(detail=exc)
            )
            return
        if changes:
            edits = [(project, name, value) for name, value in settings_edits(project, changes)]
            self.doc.set_fields(edits, self.tr("Project Settings"))
        super().accept()
