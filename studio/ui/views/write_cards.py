"""The pieces of the Write view: a beat card with its gauge, alternative tabs and shot rows."""

from __future__ import annotations

import logging
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
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

from studio.models.entities import Alternative, Beat
from studio.models.enums import BeatKind
from studio.ui.views.view_common import WARNING_COLOR, beat_color, beat_title, seconds, track_color
from studio.ui.views.write_rows import ROW_ESTIMATE, TEXT_FIELDS, LazyRows, ShotRow, set_style

if TYPE_CHECKING:
    from studio.ui.views.write import WriteView

log = logging.getLogger(__name__)

__all__ = ["TEXT_FIELDS", "BeatCard", "Chip", "Gauge", "ShotRow"]


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


class BeatCard(QFrame):
    """A beat: its name, prompt, time gauge, alternative tabs and the shown alternative's shots."""

    altShown = Signal(str)

    def __init__(self, view: WriteView, beat: Beat, alt: Alternative) -> None:
        super().__init__(view.container)
        self._syncing = False
        self.view = view
        self.beat = beat
        self.alt = alt
        self.readonly = False
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
        self.beat_button = QToolButton(self)
        self.beat_button.setText("⋯")
        self.beat_button.setAutoRaise(True)
        self.beat_button.setToolTip(self.tr("Move or remove this beat"))
        self.beat_button.clicked.connect(lambda: view.show_beat_menu(self))
        head.addWidget(self.beat_button)

        self.prompt = QLabel(self)
        self.prompt.setWordWrap(True)
        self.prompt.setTextFormat(Qt.TextFormat.RichText)
        self.prompt.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        italic = QFont(self.prompt.font())
        italic.setItalic(True)
        self.prompt.setFont(italic)
        self.prompt.setVisible(bool(beat.prompt))
        self.prompt.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.prompt.linkActivated.connect(self._open_brief)
        self.update_prompt()

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
        #: The shown alternative's rows by shot id, built as they scroll into view.
        self.rows = LazyRows(self, alt.shots, view.row_estimate or ROW_ESTIMATE, self.shots_box)
        if not alt.shots:
            empty = QLabel(self.tr("No shots yet: add one, or paste a voice-over script."), self)
            empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            self.shots_box.addWidget(empty)
        self.update_gauge()

    def update_prompt(self) -> None:
        """Show the beat's prompt filled from the brief: its values in bold, placeholders where it is empty."""
        from studio.guide.brief.brieffill import (
            SLOT_FIELDS,
            missing_slots,
            placeholder,
            prompt_pieces,
            slot_values,
        )

        project = self.view.doc.project
        values = slot_values(project)
        parts = []
        for piece in prompt_pieces(self.beat.prompt, values, project.language):
            if piece.filled:
                parts.append(f"<b>{escape(piece.text)}</b>")
            elif piece.slot in SLOT_FIELDS:  # a placeholder is a link to where the brief takes it
                parts.append(f'<a href="brief:{SLOT_FIELDS[piece.slot]}">{escape(piece.text)}</a>')
            else:
                parts.append(escape(piece.text))
        self.prompt.setText("".join(parts))
        missing = missing_slots(self.beat.prompt, values)
        names = ("、" if project.language == "zh" else ", ").join(
            placeholder(k, project.language) for k in missing
        )
        self.prompt.setToolTip(
            self.tr("Not in the brief yet: %1. Click it to fill it in on the Brief tab.").replace("%1", names)
            if missing
            else self.tr("Filled from the brief (in bold)")
        )

    def _open_brief(self, link: str) -> None:
        """A placeholder was clicked: show its field on the Brief tab."""
        from studio.ui.views.view_common import request_brief

        request_brief(self.view.doc, link.removeprefix("brief:"))

    def prompt_text(self) -> str:
        """The prompt as the writer reads it (without the bold)."""
        from studio.guide.brief.brieffill import beat_prompt

        return beat_prompt(self.view.doc.project, self.beat.prompt)

    def set_readonly(self) -> None:
        """Show the card without letting it edit (the file is open read-only)."""
        for button in (
            self.beat_button,
            self.add_alt_button,
            self.add_shot_button,
            self.remove_alt_button,
            self.library_button,
        ):
            if button is not None:
                button.setEnabled(False)
        self.note.setReadOnly(True)
        self.readonly = True
        for row in self.rows.built().values():
            row.apply_state()

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
        set_style(self.gauge_label, f"color: {WARNING_COLOR}; font-weight: bold;" if over else "")
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
