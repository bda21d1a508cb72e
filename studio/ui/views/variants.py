"""VariantsView: beats × alternatives with variants as columns; create and compare variants."""

from __future__ import annotations

import logging
from enum import Enum

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from studio.models import rules, timeline
from studio.models.changes import Op
from studio.models.entities import Beat, Change, Shot, Variant
from studio.models.enums import TestVariable, VariantStatus
from studio.models.errors import ModelError
from studio.models.fields import day_text
from studio.models.frame_format import FrameFormat, format_label
from studio.models.vocab import label
from studio.ui.document_controller import DocumentController
from studio.ui.error_messages import describe
from studio.ui.views.view_common import (
    WARNING_COLOR,
    Refresher,
    beat_color,
    beat_title,
    seconds,
    tinted,
    ui_lang,
    wheel_scrolls_page,
)
from studio.wording import say

log = logging.getLogger(__name__)

#: Property rows shown under the beats, in order.
PROPERTY_ROWS = ("name", "variable", "status", "frame_format", "hypothesis", "post_date", "length")


def alt_caption(beat: Beat, alt_id: str) -> str:
    """'B · Price stimulus' for an alternative of a beat; one without shots says so."""
    alt = beat.alternative(alt_id)
    if alt is None:
        return "?"
    caption = f"{alt.label} · {alt.note}" if alt.note else alt.label
    if not alt.shots:
        caption += QCoreApplication.translate("VariantsView", " (no shots)")
    return caption


def beat_chip(beat: Beat, size: int = 10) -> QIcon:
    """A small square in the beat's colour: readable on any palette, unlike coloured text."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(beat_color(beat))
    p.drawRoundedRect(0, 0, size, size, 2, 2)
    p.end()
    return QIcon(pixmap)


def fill_enum_combo(combo: QComboBox, members: type[Enum], current: Enum) -> None:
    """Fill a combo with an enum's labels in the interface language."""
    lang = ui_lang()
    for member in members:
        combo.addItem(label(member, lang), member.value)
    combo.setCurrentIndex(max(0, combo.findData(current.value)))


#: The least width of a variant's column in the matrix (past it the matrix scrolls sideways).
MATRIX_COLUMN_MIN = 130


class VariantsView(QWidget):
    """The variant matrix (which alternative each variant plays per beat), a new-variant form and a comparison."""

    def __init__(self, doc: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self._editors: dict[tuple[str, str], QLineEdit] = {}
        #: The matrix's cell widgets, kept so a choice or a property updates in place without a rebuild.
        self._choice_combos: dict[tuple[str, str], QComboBox] = {}
        self._property_combos: dict[tuple[str, str], QComboBox] = {}
        self._length_items: dict[str, QTableWidgetItem] = {}

        self.matrix = QTableWidget(self)
        self.matrix.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.matrix.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectColumns)
        # Variants share the width (a laptop shows four); past the least width a column needs, it scrolls.
        self.matrix.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.matrix.horizontalHeader().setMinimumSectionSize(MATRIX_COLUMN_MIN)
        self.matrix.setHorizontalScrollMode(QTableWidget.ScrollMode.ScrollPerPixel)
        self.matrix.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.matrix.horizontalHeader().sectionDoubleClicked.connect(self._make_current)
        self.matrix.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.remove_button = QPushButton(self.tr("Remove variant"), self)
        self.remove_button.setToolTip(self.tr("Remove the selected variant (the base variant always stays)"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.current_button = QPushButton(self.tr("Show in timeline and preview"), self)
        self.current_button.clicked.connect(lambda: self._make_current(self.matrix.currentColumn()))
        matrix_box = QWidget(self)
        mlay = QVBoxLayout(matrix_box)
        mlay.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Which alternative each variant plays, beat by beat"), matrix_box)
        bold = QFont(title.font())
        bold.setBold(True)
        title.setFont(bold)
        mlay.addWidget(title)
        mlay.addWidget(self.matrix, 1)
        # Why an edit in the matrix was refused (a taken name ...), where the user is looking.
        self.matrix_message = QLabel(matrix_box)
        self.matrix_message.setWordWrap(True)
        self.matrix_message.setStyleSheet(f"color: {WARNING_COLOR};")
        self.matrix_message.hide()
        mlay.addWidget(self.matrix_message)
        buttons = QHBoxLayout()
        buttons.addWidget(self.current_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        mlay.addLayout(buttons)

        self.tabs = QTabWidget(self)
        form_scroll = QScrollArea(self)  # the form scrolls rather than push the matrix off a short screen
        form_scroll.setWidgetResizable(True)
        form_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        form_scroll.setWidget(self._build_form())
        self.tabs.addTab(form_scroll, self.tr("New variant"))
        self.tabs.addTab(self._build_compare(), self.tr("Compare two variants"))

        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(matrix_box)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        self._matrix_box = matrix_box
        self._user_split = False
        splitter.splitterMoved.connect(lambda *_: setattr(self, "_user_split", True))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)

        self.refresher = Refresher(doc, self.refresh, accept=self._needs_rebuild, parent=self, on_change=self._on_change,
                                   widget=self)  # fmt: skip
        # A shot's own fields change only the lengths and the comparison's voice-overs, never the matrix's cells.
        self.shot_refresher = Refresher(doc, self._refresh_shots, accept=self._shot_fields, parent=self,
                                        widget=self, reset=False, current=False)  # fmt: skip
        self.refresh()

    # --- building --------------------------------------------------------------

    def _build_form(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.new_name = QLineEdit(page)
        self.new_name.setPlaceholderText(self.tr("e.g. Price hook"))
        self.new_variable = QComboBox(page)
        fill_enum_combo(self.new_variable, TestVariable, TestVariable.HOOK)
        self.new_status = QComboBox(page)
        fill_enum_combo(self.new_status, VariantStatus, VariantStatus.DRAFT)
        self.new_hypothesis = QLineEdit(page)
        self.new_hypothesis.setPlaceholderText(self.tr("What should this variant do better, and why?"))
        form.addRow(self.tr("Name"), self.new_name)
        form.addRow(say("label.variable"), self.new_variable)
        form.addRow(say("label.hypothesis"), self.new_hypothesis)
        form.addRow(say("label.status"), self.new_status)
        wheel_scrolls_page(self.new_variable, self.new_status)
        self.choice_box = QWidget(page)
        self.choice_form = QFormLayout(self.choice_box)
        self.choice_form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Alternatives"), self.choice_box)
        self.new_combos: dict[str, QComboBox] = {}
        self.create_button = QPushButton(self.tr("Create variant"), page)
        self.create_button.clicked.connect(self.create_variant)
        self.form_message = QLabel(page)
        row = QHBoxLayout()
        row.addWidget(self.create_button)
        row.addWidget(self.form_message, 1)
        form.addRow(row)
        return page

    def _build_compare(self) -> QWidget:
        page = QWidget(self)
        lay = QVBoxLayout(page)
        pick = QHBoxLayout()
        self.compare_a = QComboBox(page)
        self.compare_b = QComboBox(page)
        pick.addWidget(self.compare_a, 1)
        pick.addWidget(QLabel(self.tr("against"), page))
        pick.addWidget(self.compare_b, 1)
        lay.addLayout(pick)
        self.compare_summary = QLabel(page)
        self.compare_summary.setWordWrap(True)
        lay.addWidget(self.compare_summary)
        self.compare = QTableWidget(page)
        self.compare.setColumnCount(2)
        self.compare.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.compare.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # Compact: one line a beat (what the alternative says is elided; whole as a tooltip).
        self.compare.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.compare.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.compare.setWordWrap(False)
        self.compare.setTextElideMode(Qt.TextElideMode.ElideRight)
        lay.addWidget(self.compare, 1)
        self.compare_a.currentIndexChanged.connect(self.refresh_compare)
        self.compare_b.currentIndexChanged.connect(self.refresh_compare)
        return page

    # --- refresh -----------------------------------------------------------------

    #: Variant fields the matrix updates in place (a rebuild makes a widget per cell: slow with many variants).
    IN_PLACE = ("name", "hypothesis", "choices", "variable", "status", "frame_format", "post_date")

    def _needs_rebuild(self, change: object) -> bool:
        if not isinstance(change, Change) or change.op is not Op.SET:
            return True
        if change.field == "frame" or isinstance(change.target, Shot):
            # A shot's fields: see _shot_fields. At 5,000 shots rebuilding the matrix (a widget per cell) for
            # a typed voice-over blocked the window 70-90 ms of the GUI thread's CPU when the tab came back.
            return False
        return not (isinstance(change.target, Variant) and change.field in self.IN_PLACE)

    @staticmethod
    def _shot_fields(change: Change) -> bool:
        return change.op is Op.SET and isinstance(change.target, Shot) and change.field != "frame"

    def _refresh_shots(self) -> None:
        """After shots' fields changed: the variants' lengths and the comparison, in the cells there are."""
        self._show_lengths()
        self.refresh_compare()

    def _show_lengths(self) -> None:
        script = self.doc.script
        variants = {v.id: v for v in script.variants}
        for variant_id, item in self._length_items.items():
            variant = variants.get(variant_id)
            if variant is not None:
                item.setText(self.tr("%1 s").replace("%1", seconds(timeline.total_ds(script, variant))))

    def _on_change(self, change: Change) -> None:
        if (
            change.op is not Op.SET
            or not isinstance(change.target, Variant)
            or change.field not in self.IN_PLACE
        ):
            return
        variant = change.target
        if change.field in ("name", "hypothesis", "post_date"):
            editor = self._editors.get((variant.id, change.field))
            value = getattr(variant, change.field)
            if editor is not None and editor.text() != value:
                editor.setText(value)
            col = self._column_of(variant)
            if col >= 0 and change.field == "name":
                header = self.matrix.horizontalHeaderItem(col)
                if header is not None:
                    header.setText(self._header(variant))
            self._refresh_compare_names()
        elif change.field == "choices":
            self._update_choices()
            self.refresh_compare()
        else:
            combo = self._property_combos.get((variant.id, change.field))
            value = getattr(variant, change.field)
            value = "" if value is None else value  # a variant in the project's format
            index = combo.findData(value.value if isinstance(value, Enum) else value) if combo else -1
            if combo is not None and index >= 0 and combo.currentIndex() != index:
                combo.blockSignals(True)
                combo.setCurrentIndex(index)
                combo.blockSignals(False)

    def _update_choices(self) -> None:
        """Show every variant's current choices and lengths in the existing cells."""
        script = self.doc.script
        variants = {v.id: v for v in script.variants}
        beats = {b.id: b for b in script.beats}
        base = script.base_variant
        for (variant_id, beat_id), combo in self._choice_combos.items():
            variant, beat = variants.get(variant_id), beats.get(beat_id)
            if variant is None or beat is None:
                continue
            chosen = timeline.chosen_alternative(variant, beat)
            index = beat.alternatives.index(chosen)
            if combo.currentIndex() != index:
                combo.blockSignals(True)
                combo.setCurrentIndex(index)
                combo.blockSignals(False)
            self._mark_difference(
                combo, variant is not base and chosen is not timeline.chosen_alternative(base, beat)
            )
        self._show_lengths()

    def _mark_difference(self, combo: QComboBox, differs: bool) -> None:
        """Bold the cells where a variant plays something other than the base."""
        font = QFont(combo.font())
        if font.bold() != differs:
            font.setBold(differs)
            combo.setFont(font)
        combo.setToolTip(self.tr("Differs from the base variant") if differs else "")

    def refresh(self) -> None:
        """Rebuild the matrix, the form's alternative pickers and the comparison."""
        script = self.doc.script
        beats = [b for b in script.beats if b.alternatives]
        variants = script.variants
        self._editors.clear()
        self._choice_combos.clear()
        self._property_combos.clear()
        self._length_items.clear()
        keep_col = self.matrix.currentColumn()
        self.matrix.clear()
        self.matrix.setRowCount(len(beats) + len(PROPERTY_ROWS))
        self.matrix.setColumnCount(len(variants))
        for col, variant in enumerate(variants):
            item = QTableWidgetItem(self._header(variant))
            item.setToolTip(variant.hypothesis)
            if variant is self.doc.variant:
                font = item.font()
                font.setUnderline(True)
                item.setFont(font)
            self.matrix.setHorizontalHeaderItem(col, item)
        base = script.base_variant
        for row, beat in enumerate(beats):
            head = QTableWidgetItem(beat_title(beat))
            head.setIcon(beat_chip(beat))
            self.matrix.setVerticalHeaderItem(row, head)
            for col, variant in enumerate(variants):
                self.matrix.setCellWidget(row, col, self._choice_combo(variant, beat, base))
        names = {
            "name": self.tr("Name"),
            "variable": say("label.variable"),
            "status": say("label.status"),
            "frame_format": say("label.frame_format"),
            "hypothesis": say("label.hypothesis"),
            "post_date": self.tr("Post date"),
            "length": say("label.length"),
        }
        for i, key in enumerate(PROPERTY_ROWS):
            row = len(beats) + i
            self.matrix.setVerticalHeaderItem(row, QTableWidgetItem(names[key]))
            for col, variant in enumerate(variants):
                self._property_cell(row, col, key, variant)
        if 0 <= keep_col < len(variants):
            self.matrix.selectColumn(keep_col)
        self._refresh_form(beats)
        self._refresh_compare_names()
        self.refresh_compare()
        self.fit_matrix()

    def fit_matrix(self) -> None:
        """Give the matrix the height of all its rows (the form below scrolls), until the user moves the split."""
        if self._user_split or not self.isVisible():
            return
        m = self.matrix
        rows = sum(m.rowHeight(r) for r in range(m.rowCount()))
        scroll = m.horizontalScrollBar().sizeHint().height() if m.horizontalScrollBar().isVisible() else 0
        table = m.horizontalHeader().height() + rows + 2 * m.frameWidth() + scroll
        box = self._matrix_box.sizeHint().height() - m.sizeHint().height() + table
        total = sum(self.splitter.sizes())
        least_form = self.tabs.tabBar().sizeHint().height() + 6 * self.fontMetrics().height()
        top = min(box, max(total - least_form, total // 2))
        self.splitter.setSizes([top, total - top])

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self.fit_matrix)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_matrix()

    def _header(self, variant: Variant) -> str:
        return ("★ " if variant.is_base else "") + (variant.name or self.tr("(unnamed)"))

    def _column_of(self, variant: Variant) -> int:
        try:
            return self.doc.script.variants.index(variant)
        except ValueError:
            return -1

    def _choice_combo(self, variant: Variant, beat: Beat, base: Variant) -> QComboBox:
        combo = QComboBox(self.matrix)
        for alt in beat.alternatives:
            combo.addItem(alt_caption(beat, alt.id), alt.id)
        chosen = timeline.chosen_alternative(variant, beat)
        combo.setCurrentIndex(beat.alternatives.index(chosen))
        self._mark_difference(
            combo, variant is not base and chosen is not timeline.chosen_alternative(base, beat)
        )
        self._choice_combos[(variant.id, beat.id)] = combo
        combo.setEnabled(len(beat.alternatives) > 1)
        combo.currentIndexChanged.connect(
            lambda _i, c=combo, v=variant, b=beat: self.set_choice(v, b, c.currentData())
        )
        return combo

    def _property_cell(self, row: int, col: int, key: str, variant: Variant) -> None:
        if key in ("name", "hypothesis"):
            edit = QLineEdit(getattr(variant, key), self.matrix)
            edit.setFrame(False)
            edit.setCursorPosition(0)
            edit.setToolTip(getattr(variant, key))  # a hypothesis is longer than its cell
            edit.textChanged.connect(edit.setToolTip)
            edit.textEdited.connect(lambda text, v=variant, k=key: self.set_property(v, k, text, merge=True))
            edit.editingFinished.connect(lambda v=variant, k=key: self._finish_editing(v, k))
            self._editors[(variant.id, key)] = edit
            self.matrix.setCellWidget(row, col, edit)
        elif key in ("variable", "status"):
            combo = QComboBox(self.matrix)
            fill_enum_combo(
                combo, TestVariable if key == "variable" else VariantStatus, getattr(variant, key)
            )
            combo.currentIndexChanged.connect(
                lambda _i, c=combo, v=variant, k=key: self.set_property(v, k, c.currentData())
            )
            self._property_combos[(variant.id, key)] = combo
            self.matrix.setCellWidget(row, col, combo)
        elif key == "frame_format":
            self.matrix.setCellWidget(row, col, self._format_combo(variant))
        elif key == "post_date":
            self.matrix.setCellWidget(row, col, self._post_date_edit(variant))
        else:
            item = QTableWidgetItem(
                self.tr("%1 s").replace("%1", seconds(timeline.total_ds(self.doc.script, variant)))
            )
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self._length_items[variant.id] = item
            self.matrix.setItem(row, col, item)

    def _post_date_edit(self, variant: Variant) -> QLineEdit:
        """The variant's post day, typed; set when typing ends (a half-typed day is not refused)."""
        edit = QLineEdit(variant.post_date, self.matrix)
        edit.setFrame(False)
        edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        edit.setToolTip(self.tr("The day this variant is to be posted (on the workspace calendar)"))
        edit.editingFinished.connect(lambda v=variant, e=edit: self.set_post_date(v, e.text()))
        self._editors[(variant.id, "post_date")] = edit
        return edit

    def set_post_date(self, variant: Variant, text: str) -> bool:
        """Give a variant its post day (one undo step); a text that is no day is refused and changes nothing."""
        day = day_text(text)
        editor = self._editors.get((variant.id, "post_date"))
        if day is None:
            self.matrix_message.setText(
                self.tr("“%1” is not a day: write it as 2026-12-20 (or 2026/12/20, 2026年12月20日); nothing was changed")
                .replace("%1", text.strip())
            )  # fmt: skip
            self.matrix_message.show()
            if editor is not None:
                editor.setText(variant.post_date)
            return False
        self.set_property(variant, "post_date", day)
        if editor is not None and editor.text() != day:
            editor.setText(day)
        return True

    def _format_combo(self, variant: Variant) -> QComboBox:
        """The variant's own frame format, or the project's (a landscape variant tests the frame itself)."""
        combo = QComboBox(self.matrix)
        lang = ui_lang()
        project_format = format_label(self.doc.project.frame_format, lang)
        combo.addItem(self.tr("Same as project (%1)").replace("%1", project_format), "")
        for fmt in FrameFormat:
            combo.addItem(format_label(fmt, lang), fmt.value)
        combo.setCurrentIndex(
            max(0, combo.findData(variant.frame_format.value if variant.frame_format else ""))
        )
        combo.setToolTip(self.tr("The frame this variant is made in; every export of it follows"))
        combo.currentIndexChanged.connect(
            lambda _i, c=combo, v=variant: self.set_property(v, "frame_format", c.currentData() or None)
        )
        self._property_combos[(variant.id, "frame_format")] = combo
        return combo

    def _refresh_form(self, beats: list[Beat]) -> None:
        while self.choice_form.rowCount():
            self.choice_form.removeRow(0)
        self.new_combos = {}
        for beat in beats:
            combo = QComboBox(self.choice_box)
            for alt in beat.alternatives:
                combo.addItem(alt_caption(beat, alt.id), alt.id)
            combo.setEnabled(len(beat.alternatives) > 1)
            wheel_scrolls_page(combo)
            self.new_combos[beat.id] = combo
            self.choice_form.addRow(beat_title(beat), combo)

    def _refresh_compare_names(self) -> None:
        variants = self.doc.script.variants
        for combo, fallback in ((self.compare_a, 0), (self.compare_b, 1)):
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for v in variants:
                combo.addItem(self._header(v), v.id)
            idx = combo.findData(keep)
            combo.setCurrentIndex(idx if idx >= 0 else min(fallback, len(variants) - 1))
            combo.blockSignals(False)

    def refresh_compare(self) -> None:
        """Show two variants side by side, the beats where they differ highlighted."""
        script = self.doc.script
        a, b = (
            script.variant(self.compare_a.currentData() or ""),
            script.variant(self.compare_b.currentData() or ""),
        )
        self.compare.clearContents()
        if a is None or b is None:
            self.compare.setRowCount(0)
            self.compare_summary.setText("")
            return
        beats = [beat for beat in script.beats if beat.alternatives]
        differing = timeline.differing_beats(script, a, b)
        self.compare.setRowCount(len(beats))
        self.compare.setHorizontalHeaderLabels([self._header(a), self._header(b)])
        warn = tinted(self.compare, QColor(WARNING_COLOR), 0.25)
        for row, beat in enumerate(beats):
            self.compare.setVerticalHeaderItem(row, QTableWidgetItem(beat_title(beat)))
            for col, variant in enumerate((a, b)):
                alt = timeline.chosen_alternative(variant, beat)
                lines = [alt_caption(beat, alt.id), " / ".join(s.voiceover for s in alt.shots if s.voiceover)]
                item = QTableWidgetItem(" — ".join(line for line in lines if line))
                item.setToolTip("\n".join(line for line in lines if line))
                if beat in differing:
                    item.setBackground(warn)
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.compare.setItem(row, col, item)
        if a is b:
            text = self.tr("Pick two different variants to compare.")
        elif not differing:
            text = self.tr("These variants play the same alternatives in every beat.")
        else:
            names = ", ".join(beat_title(beat) for beat in differing)
            text = self.tr("%n beat(s) differ: %1", "", len(differing)).replace("%1", names)
            if len(differing) > 1:
                text += " " + self.tr("An A/B test should change one thing at a time.")
        self.compare_summary.setText(text)

    # --- editing -----------------------------------------------------------------

    def set_choice(self, variant: Variant, beat: Beat, alt_id: str | None) -> None:
        """Make a variant play another alternative of a beat (one undo step)."""
        if timeline.chosen_alternative(variant, beat).id == alt_id:
            return
        name = variant.name or self.tr("(unnamed)")
        self.doc.set_choice(variant, beat, alt_id,
                            self.tr("Choose %1 for %2").replace("%1", beat_title(beat)).replace("%2", name))  # fmt: skip

    def set_property(self, variant: Variant, key: str, value: object, merge: bool = False) -> None:
        """Change a variant's name, variable, status or hypothesis."""
        if getattr(variant, key) == value or (
            isinstance(getattr(variant, key), Enum) and getattr(variant, key).value == value
        ):
            return
        editor = self._editors.get((variant.id, key))
        try:
            self.doc.set_field(variant, key, value, self.tr("Edit variant"), merge=merge)
        except ModelError as exc:
            # Refused by the model before anything changed: say why beside the matrix and mark the cell;
            # the text stays while the user types on (the next keystroke may make the name free again).
            self.matrix_message.setText(describe(exc))
            self.matrix_message.show()
            if editor is not None:
                editor.setStyleSheet(f"background: {WARNING_COLOR};")
                editor.setToolTip(self.matrix_message.text())
            return
        self._clear_refusal(editor)

    def _clear_refusal(self, editor: QLineEdit | None) -> None:
        self.matrix_message.hide()
        self.matrix_message.clear()
        if editor is not None:
            editor.setStyleSheet("")

    def _finish_editing(self, variant: Variant, key: str) -> None:
        """Typing ended: a refused text goes back to what the variant holds; the reason stays shown."""
        self.doc.end_typing()
        editor = self._editors.get((variant.id, key))
        if editor is not None and editor.text() != getattr(variant, key):
            editor.setText(getattr(variant, key))
            editor.setStyleSheet("")

    def create_variant(self) -> Variant | None:
        """Create a variant from the form: its name, variable, hypothesis, status and alternatives."""
        name = self.new_name.text().strip()
        script = self.doc.script
        if not name:
            self.form_message.setText(self.tr("Give the variant a name."))
            return None
        try:
            rules.check_variant_name(script, name)
        except ModelError as exc:
            self.form_message.setText(describe(exc))
            return None
        choices = {}
        for beat in script.beats:
            combo = self.new_combos.get(beat.id)
            if combo is not None and combo.currentIndex() > 0:
                choices[beat.id] = combo.currentData()
        variant = Variant(
            name=name,
            choices=choices,
            variable=TestVariable(self.new_variable.currentData()),
            hypothesis=self.new_hypothesis.text().strip(),
            status=VariantStatus(self.new_status.currentData()),
        )
        self.doc.create_variant(script, variant, self.tr("Create variant %1").replace("%1", name))
        self.form_message.setText(self.tr("Created “%1”.").replace("%1", name))
        self.new_name.clear()
        self.new_hypothesis.clear()
        return variant

    def selected_variant(self) -> Variant | None:
        """The variant whose column is selected."""
        col = self.matrix.currentColumn()
        variants = self.doc.script.variants
        return variants[col] if 0 <= col < len(variants) else None

    def remove_selected(self) -> None:
        """Remove the selected variant (never the base)."""
        variant = self.selected_variant()
        if variant is None or variant.is_base:
            return
        if self.doc.variant is variant:
            self.doc.set_current(variant=self.doc.script.base_variant)
        self.doc.delete_variant(variant, self.tr("Remove variant %1").replace("%1", variant.name))

    def _make_current(self, col: int) -> None:
        variants = self.doc.script.variants
        if 0 <= col < len(variants):
            self.doc.set_current(variant=variants[col])
