"""The pieces of the Write view: a beat card with its gauge, alternative tabs and shot rows."""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QFont, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTabBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from studio.models.entities import Alternative, Beat, Shot
from studio.models.enums import BeatKind
from studio.ui.views.common import WARNING_COLOR, beat_color, beat_title, seconds, track_color
from studio.ui.views.textfield import GrowingTextEdit, TextPreview

if TYPE_CHECKING:
    from studio.ui.views.write import WriteView

log = logging.getLogger(__name__)

#: Shot fields edited in place on a card, in order.
TEXT_FIELDS = ("voiceover", "onscreen_text")


class Gauge(QWidget):
    """A thin bar: how much of a beat's time budget the shown alternative uses."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.used = 0
        self.budget: int | None = None
        self.color = QColor("gray")
        self.setFixedHeight(6)
        self.setMinimumWidth(80)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    @property
    def over(self) -> bool:
        """True when the alternative runs longer than the budget."""
        return self.budget is not None and self.used > self.budget

    def set_values(self, used: int, budget: int | None, color: QColor) -> None:
        """Show ``used`` of ``budget`` tenths of a second."""
        self.used, self.budget, self.color = used, budget, color
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(track_color(self.palette()))
        p.drawRoundedRect(self.rect(), 3, 3)
        if self.budget:
            frac = min(1.0, self.used / self.budget)
            rect = self.rect()
            rect.setWidth(round(rect.width() * frac))
            p.setBrush(QColor(WARNING_COLOR) if self.over else self.color)
            p.drawRoundedRect(rect, 3, 3)


class Chip(QWidget):
    """A small rounded block of a beat's colour (painted: cheaper than a style sheet per card)."""

    def __init__(self, color: QColor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.color = color
        self.setFixedSize(QSize(8, 22))

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(self.color)
        p.drawRoundedRect(self.rect(), 3, 3)


class DurationBox(QDoubleSpinBox):
    """A shot's length in seconds; reports focus like the text fields do."""

    focusEntered = Signal()
    focusLeft = Signal()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.focusEntered.emit()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focusLeft.emit()


def _set_style(widget: QWidget, sheet: str) -> None:
    """Set a style sheet only when it changes: each call re-polishes the widget."""
    if widget.styleSheet() != sheet:
        widget.setStyleSheet(sheet)


class LazyEditors(Mapping[str, "GrowingTextEdit"]):
    """A row's text editors by field name; looking one up makes it (the row starts with previews)."""

    def __init__(self, row: ShotRow) -> None:
        self._row = row

    def __getitem__(self, name: str) -> GrowingTextEdit:
        if name not in TEXT_FIELDS:
            raise KeyError(name)
        return self._row.editor(name)

    def __iter__(self) -> Iterator[str]:
        return iter(TEXT_FIELDS)

    def __len__(self) -> int:
        return len(TEXT_FIELDS)


class ShotRow(QFrame):
    """One shot on a card: code, duration, voice-over and captions, editable in place."""

    def __init__(self, card: BeatCard, shot: Shot) -> None:
        super().__init__(card)
        self.card = card
        self.shot = shot
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._selected = False
        view = card.view
        self.code = QLabel(shot.code, self)
        bold = QFont(self.code.font())
        bold.setBold(True)
        self.code.setFont(bold)
        self.code.setMinimumWidth(64)
        self.duration = DurationBox(self)
        self.duration.setRange(0.1, 3600.0)
        self.duration.setDecimals(1)
        self.duration.setSingleStep(0.1)
        self.duration.setSuffix(self.tr(" s"))
        self.duration.setKeyboardTracking(False)
        self.duration.setValue(shot.duration_ds / 10)
        self.duration.setToolTip(self.tr("Duration of the shot"))
        self.placeholders = {
            "voiceover": self.tr("Voice-over"),
            "onscreen_text": self.tr("Captions (on-screen text)"),
        }
        self.readonly = False
        #: The fields' editors, made when first used (see :class:`LazyEditors`).
        self.editors = LazyEditors(self)
        self._editors: dict[str, GrowingTextEdit] = {}
        self.previews: dict[str, TextPreview] = {}
        self.tags: dict[str, QLabel] = {}
        for name in TEXT_FIELDS:
            self.previews[name] = TextPreview(
                getattr(shot, name),
                self.placeholders[name],
                lambda pos, n=name: self._activate(n, pos),
                self,
            )
            self.previews[name].setToolTip(self.placeholders[name])
        self.remove = QToolButton(self)
        self.remove.setText("✕")
        self.remove.setAutoRaise(True)
        self.remove.setToolTip(self.tr("Remove shot %1").replace("%1", shot.code))
        self.remove.clicked.connect(lambda: view.remove_shot(shot))
        self.duration.valueChanged.connect(self._duration_changed)
        self.duration.focusEntered.connect(self._entered)
        self.duration.focusLeft.connect(view.doc.end_typing)
        self._syncing = False

        grid = self._grid = QGridLayout(self)
        grid.setContentsMargins(4, 2, 4, 2)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.code, 0, 0)
        grid.addWidget(self.duration, 1, 0)
        for line, (name, caption) in enumerate(
            (("voiceover", self.tr("VO")), ("onscreen_text", self.tr("Caption")))
        ):
            tag = QLabel(caption, self)
            tag.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            tag.setBuddy(self.previews[name])
            self.tags[name] = tag
            grid.addWidget(tag, line, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(self.previews[name], line, 2)
        grid.addWidget(self.remove, 0, 3)
        grid.setColumnStretch(2, 1)
        grid.setAlignment(self.code, Qt.AlignmentFlag.AlignTop)
        self.update_fit()

    def editor(self, name: str) -> GrowingTextEdit:
        """The editor of a text field, made (in its preview's place) on first use."""
        edit = self._editors.get(name)
        if edit is not None:
            return edit
        view = self.card.view
        preview = self.previews.pop(name)
        edit = GrowingTextEdit(getattr(self.shot, name), self)
        edit.setPlaceholderText(self.placeholders[name])
        edit.setToolTip(self.placeholders[name])
        edit.setReadOnly(self.readonly)
        edit.textEdited.connect(lambda text, n=name: self._edited(n, text))
        edit.focusEntered.connect(self._entered)
        edit.focusLeft.connect(view.doc.end_typing)
        edit.undoRequested.connect(view.doc.undo_stack.undo)
        edit.redoRequested.connect(view.doc.undo_stack.redo)
        self._editors[name] = edit
        self._grid.replaceWidget(preview, edit)
        QWidget.setTabOrder(preview, edit)  # the editor takes the preview's place in the Tab order
        self.tags[name].setBuddy(edit)
        preview.hide()
        preview.deleteLater()
        if self.isVisible():
            edit.show()
            edit.setGeometry(preview.geometry())  # now, not at the next layout pass: clicks map onto it
        return edit

    def _activate(self, name: str, pos: QPoint | None) -> None:
        """The writer entered a preview (Tab or click): swap in the editor, cursor where clicked."""
        preview = self.previews.get(name)
        edit = self.editor(name)
        if pos is not None and preview is not None:
            cursor = edit.cursorForPosition(edit.viewport().mapFromGlobal(preview.mapToGlobal(pos)))
            edit.setTextCursor(cursor)
        edit.setFocus(Qt.FocusReason.MouseFocusReason if pos is not None else Qt.FocusReason.TabFocusReason)

    def update_fit(self) -> None:
        """Mark the duration when the voice-over needs longer to say than the shot lasts."""
        need = self.card.view.speaking_need_ds(self.shot.voiceover)
        short = need is not None and need > self.shot.duration_ds
        _set_style(self.duration, f"color: {WARNING_COLOR}; font-weight: bold;" if short else "")
        self.duration.setToolTip(
            self.tr("The voice-over needs about %1 s to say; the shot lasts %2 s")
            .replace("%1", seconds(need or 0))
            .replace("%2", seconds(self.shot.duration_ds))
            if short
            else self.tr("Duration of the shot")
        )

    def _entered(self) -> None:
        # Leaving a field ends its typing run (focusLeft -> end_typing): coming back starts a new step.
        self.card.view.focused_shot(self.shot)

    def _edited(self, name: str, text: str) -> None:
        if not self._syncing:
            self.card.view.set_text(self.shot, name, text)

    def _duration_changed(self, value: float) -> None:
        if not self._syncing:
            self.card.view.set_duration(self.shot, round(value * 10))

    def sync(self) -> None:
        """Show the shot's current values without echoing them back as edits."""
        self._syncing = True
        try:
            self.code.setText(self.shot.code)
            for name, preview in self.previews.items():
                preview.set_value(getattr(self.shot, name))
            for name, edit in self._editors.items():
                value = getattr(self.shot, name)
                if edit.text() != value:
                    keep = edit.cursorPosition()
                    edit.setText(value)
                    # Undo while typing: the cursor stays where the writer was, not at the start.
                    edit.setCursorPosition(keep if edit.hasFocus() else 0)
            if round(self.duration.value() * 10) != self.shot.duration_ds:
                self.duration.setValue(self.shot.duration_ds / 10)
        finally:
            self._syncing = False
        self.update_fit()

    def set_selected(self, on: bool) -> None:
        """Mark the row as part of the selection."""
        if on == self._selected:
            return
        self._selected = on
        pal = self.palette()
        role = QPalette.ColorRole.Highlight if on else QPalette.ColorRole.Window
        color = QColor(self.card.view.palette().color(role))
        if on:
            color.setAlpha(70)
        pal.setColor(QPalette.ColorRole.Window, color)
        self.setPalette(pal)
        self.setAutoFillBackground(on)


class BeatCard(QFrame):
    """A beat: its name, prompt, time gauge, alternative tabs and the shown alternative's shots."""

    altShown = Signal(str)

    def __init__(self, view: WriteView, beat: Beat, alt: Alternative) -> None:
        super().__init__(view.container)
        self.view = view
        self.beat = beat
        self.alt = alt
        self.rows: dict[str, ShotRow] = {}
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("beatCard")
        color = beat_color(beat)

        chip = Chip(color, self)
        self.title = QLabel(beat_title(beat), self)
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.gauge_label = QLabel(self)
        self.gauge = Gauge(self)
        self.add_alt_button = QPushButton(self.tr("+ Alternative"), self)
        self.add_alt_button.setToolTip(self.tr("Add another way to play this beat (for an A/B test)"))
        self.add_alt_button.clicked.connect(lambda: view.add_alternative(beat))
        head = QHBoxLayout()
        head.addWidget(chip)
        head.addWidget(self.title)
        head.addWidget(self.gauge_label)
        head.addWidget(self.gauge, 1)
        self.library_button: QPushButton | None = None
        if beat.kind in (BeatKind.HOOK, BeatKind.CTA):
            self.library_button = QPushButton(self.tr("Library…"), self)
            self.library_button.setToolTip(
                self.tr("Insert a proven hook line")
                if beat.kind is BeatKind.HOOK
                else self.tr("Insert a proven call to action")
            )
            self.library_button.clicked.connect(lambda: view.show_library(self))
            head.addWidget(self.library_button)
        head.addWidget(self.add_alt_button)

        self.prompt = QLabel(beat.prompt, self)
        self.prompt.setWordWrap(True)
        self.prompt.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        italic = QFont(self.prompt.font())
        italic.setItalic(True)
        self.prompt.setFont(italic)
        self.prompt.setVisible(bool(beat.prompt))

        # Tabs and "remove" only when there is a choice: most beats have one alternative.
        self.tabs: QTabBar | None = None
        if len(beat.alternatives) > 1:
            self.tabs = QTabBar(self)
            self.tabs.setDrawBase(False)
            self.tabs.setExpanding(False)
            for a in beat.alternatives:
                self.tabs.addTab(self._tab_text(a))
                self.tabs.setTabToolTip(self.tabs.count() - 1, a.note)
            self.tabs.setCurrentIndex(beat.alternatives.index(alt))
            self.tabs.currentChanged.connect(self._tab_changed)
        self.note = QLineEdit(alt.note, self)
        self.note.setPlaceholderText(self.tr("What this alternative tries (e.g. price stimulus)"))
        self.note.textChanged.connect(
            lambda text: None if self._syncing else view.set_alt_note(self.alt, text)
        )
        self.note.editingFinished.connect(view.doc.end_typing)
        tabrow = QHBoxLayout()
        if self.tabs is not None:
            tabrow.addWidget(self.tabs)
        tabrow.addWidget(self.note, 1)

        self.shots_box = QVBoxLayout()
        self.shots_box.setSpacing(2)
        self.add_shot_button = QPushButton(self.tr("+ Shot"), self)
        self.add_shot_button.setToolTip(self.tr("Add a shot at the end of this alternative"))
        self.add_shot_button.clicked.connect(lambda: view.add_shot(self.alt))
        self.remove_alt_button: QPushButton | None = None
        if self.tabs is not None:
            self.remove_alt_button = QPushButton(
                self.tr("Remove alternative %1").replace("%1", alt.label), self
            )
            self.remove_alt_button.clicked.connect(lambda: view.remove_alternative(self.alt))
        foot = QHBoxLayout()
        foot.addWidget(self.add_shot_button)
        foot.addStretch(1)
        if self.remove_alt_button is not None:
            foot.addWidget(self.remove_alt_button)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 6, 8, 6)
        lay.addLayout(head)
        lay.addWidget(self.prompt)
        lay.addLayout(tabrow)
        lay.addLayout(self.shots_box)
        lay.addLayout(foot)
        self._syncing = False
        for shot in alt.shots:
            row = ShotRow(self, shot)
            self.rows[shot.id] = row
            self.shots_box.addWidget(row)
        if not alt.shots:
            empty = QLabel(self.tr("No shots yet: add one, or paste a voice-over script."), self)
            empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            self.shots_box.addWidget(empty)
        self.update_gauge()

    def set_readonly(self) -> None:
        """Show the card without letting it edit (the file is open read-only)."""
        for button in (
            self.add_alt_button,
            self.add_shot_button,
            self.remove_alt_button,
            self.library_button,
        ):
            if button is not None:
                button.setEnabled(False)
        self.note.setReadOnly(True)
        for row in self.rows.values():
            row.remove.setEnabled(False)
            row.duration.setReadOnly(True)
            row.readonly = True
            for edit in row._editors.values():
                edit.setReadOnly(True)

    def _tab_text(self, alt: Alternative) -> str:
        return alt.label

    def _tab_changed(self, index: int) -> None:
        if 0 <= index < len(self.beat.alternatives):
            self.altShown.emit(self.beat.alternatives[index].id)

    def update_gauge(self) -> None:
        """Show the shown alternative's length against the beat's budget."""
        used = self.alt.duration_ds
        budget = self.beat.budget_ds
        name = beat_title(self.beat)
        if budget is None:
            text = self.tr("%1 s").replace("%1", seconds(used))
        else:
            text = self.tr("%1 / %2 s").replace("%1", seconds(used)).replace("%2", seconds(budget))
        self.gauge_label.setText(text)
        self.gauge.set_values(used, budget, beat_color(self.beat))
        over = budget is not None and used > budget
        _set_style(self.gauge_label, f"color: {WARNING_COLOR}; font-weight: bold;" if over else "")
        tip = self.tr("%1: %2 s used").replace("%1", name).replace("%2", seconds(used))
        if budget is not None:
            tip += self.tr(" of a %1 s budget").replace("%1", seconds(budget))
            if over:
                tip += "\n" + self.tr("Over budget by %1 s").replace("%1", seconds(used - budget))
        self.gauge_label.setToolTip(tip)
        self.gauge.setToolTip(tip)

    def gauge_text(self) -> str:
        """The gauge as one line, e.g. 'Hook 2.6 / 3.0 s'."""
        return f"{self.title.text()} {self.gauge_label.text()}"

    def sync_alt(self) -> None:
        """Refresh the alternative's note after an edit elsewhere (undo)."""
        self._syncing = True
        try:
            if self.note.text() != self.alt.note:
                self.note.setText(self.alt.note)
        finally:
            self._syncing = False
