"""New project from a template: choose the structure, the language, a title and a file name."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QWidget,
)

from studio.store.document import ProjectFile
from studio.ui.dialogs.buttons import ok_cancel, path_row
from studio.ui.views.view_common import ui_lang
from studio.wording import say

log = logging.getLogger(__name__)


def file_stem(title: str) -> str:
    """A file name made from a title: characters that file systems reject are dropped."""
    cleaned = "".join("_" if ch in '<>:"/\\|?*' or ord(ch) < 32 else ch for ch in title)
    return cleaned.strip(" .")[:80]


def free_name(folder: Path, stem: str) -> Path:
    """``folder/stem.studio``, or ``stem 2.studio``, ``stem 3.studio`` ... when taken."""
    candidate = folder / f"{stem}.studio"
    n = 2
    while candidate.exists():
        candidate = folder / f"{stem} {n}.studio"
        n += 1
    return candidate


class NewProjectDialog(QDialog):
    """Pick a template (studio.guide.brief.templates) and where to write the new project."""

    def __init__(self, folder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from studio.guide.brief.templates import templates

        self.setWindowTitle(self.tr("New Project from a Template"))
        self.templates = templates()
        lang = ui_lang()
        self.template_list = QListWidget(self)
        for tpl in self.templates.values():
            item = QListWidgetItem(tpl.title(lang))
            item.setData(256, tpl.id)
            item.setToolTip(tpl.description.get(lang, ""))
            self.template_list.addItem(item)
        self.template_list.currentRowChanged.connect(self._on_template)
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.needs = QLabel(self)
        self.needs.setWordWrap(True)
        self.language_box = QComboBox(self)
        self.language_box.addItem(self.tr("Chinese"), "zh")
        self.language_box.addItem(self.tr("English"), "en")
        self.language_box.setCurrentIndex(0 if lang == "zh" else 1)
        from studio.ui.dialogs.project_settings import ProjectFields

        # Product, brand, platform and category as Project Settings shows them; the platform follows
        # the script's language (抖音 for Chinese, TikTok for English) until the user picks one.
        self.fields = ProjectFields(self)
        self.category_box = self.fields.category_box
        self._platform_follows_language = True
        self._follow_language()
        self.language_box.currentIndexChanged.connect(self._follow_language)
        self.fields.platform_box.activated.connect(self._platform_chosen)
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(self.tr("Product or campaign name"))
        self.folder = Path(folder)
        self.path_edit = QLineEdit(str(free_name(self.folder, self.tr("untitled"))), self)
        # The file is named after the title until the user names it himself.
        self._path_follows_title = True
        self.path_edit.textEdited.connect(self._on_path_edited)
        self.title_edit.textEdited.connect(self._on_title_edited)
        row = path_row(self, self.path_edit, self.tr("Browse…"), self._browse)
        self.buttons = ok_cancel(self)
        form = QFormLayout(self)
        form.addRow(say("team.dimension.template"), self.template_list)
        form.addRow("", self.description)
        form.addRow("", self.needs)
        form.addRow(self.tr("Language of the script"), self.language_box)
        form.addRow(say("label.title"), self.title_edit)
        self.fields.add_rows(form)
        form.addRow(self.tr("File"), row)
        form.addRow(self.buttons)
        if self.template_list.count():
            self.template_list.setCurrentRow(0)
            # As tall as the templates need, never squeezed by the wrapped lines below.
            rows = self.template_list.sizeHintForRow(0) * self.template_list.count()
            self.template_list.setFixedHeight(rows + 2 * self.template_list.frameWidth() + 4)
        self.resize(560, self.sizeHint().height())

    def _on_template(self, row: int) -> None:
        item = self.template_list.item(row)
        if item is not None:
            tpl = self.templates[item.data(256)]
            self.description.setText(tpl.description.get(ui_lang(), ""))
            self.needs.setText(self.needs_text(tpl.needs))

    def _follow_language(self, _index: int = 0) -> None:
        if self._platform_follows_language:
            self.fields.set_platform("douyin" if self.language_box.currentData() == "zh" else "tiktok")

    def _platform_chosen(self, _index: int) -> None:
        self._platform_follows_language = False

    def needs_text(self, needs: tuple[str, ...]) -> str:
        """What the template needs from the brief, all still to fill in (a new project's brief is empty)."""
        from studio.guide.brief.needs import label

        if not needs:
            return ""
        lang = ui_lang()
        names = ("、" if lang == "zh" else ", ").join(label(n, lang) for n in needs)
        return self.tr(
            "This template needs from the brief: %1. All still missing: fill them in on the Brief tab; "
            "until then its prompts show placeholders."
        ).replace("%1", names)

    def _on_path_edited(self, _text: str) -> None:
        self._path_follows_title = False

    def _on_title_edited(self, title: str) -> None:
        if self._path_follows_title:
            folder = self.target().parent
            self.path_edit.setText(str(free_name(folder, file_stem(title) or self.tr("untitled"))))

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("New Project"), self.path_edit.text(), self.tr("Studio projects (*.studio)")
        )
        if name:
            self.path_edit.setText(name)
            self._path_follows_title = False

    def template_id(self) -> str:
        """The chosen template's id."""
        item = self.template_list.currentItem()
        return str(item.data(256)) if item is not None else next(iter(self.templates))

    def target(self) -> Path:
        """Where to write the project (with the .studio extension)."""
        path = Path(self.path_edit.text().strip())
        return path if path.suffix == ".studio" else path.with_name(path.name + ".studio")

    def accept(self) -> None:
        """Close when the file name is usable; replacing an existing file needs a yes."""
        if not self.path_edit.text().strip() or Path(self.path_edit.text().strip()).is_dir():
            QMessageBox.information(
                self, self.windowTitle(), self.tr("Choose a file name for the new project.")
            )
            return
        target = self.target()
        if target.exists():
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                self.tr(
                    "{name} already exists. Replace it with the new project? Its contents will be lost."
                ).format(name=target.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().accept()

    def create_project(self) -> ProjectFile:
        """Write the new project and open it; raises ProjectFileError on failure."""
        from studio.guide.brief.templates import project_from_template

        project = project_from_template(
            self.template_id(), self.language_box.currentData(), self.title_edit.text()
        )
        from studio.models.project_settings import apply_settings, settings_changes

        values = self.fields.values()
        if not values["product"].strip():
            values["product"] = self.title_edit.text()  # a title like "焕亮精华" names the product
        apply_settings(project, settings_changes(project, values))
        return ProjectFile.create(self.target(), project)
