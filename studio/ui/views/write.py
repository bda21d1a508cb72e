"""WriteView: the script as beat cards in order, written in place."""

from __future__ import annotations

import logging
import math
import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QHideEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from studio.models import ops, timeline
from studio.models.changes import Op
from studio.models.entities import Alternative, Beat, Change, Script, Shot
from studio.models.enums import BeatKind
from studio.models.errors import NotFoundError
from studio.ui.document_controller import DocumentController
from studio.ui.refresher import Refresher, nothing_later
from studio.ui.views.text_marks import finding_marks
from studio.ui.views.view_common import beat_title, focus_hub, seconds
from studio.ui.views.write_cards import TEXT_FIELDS, BeatCard, ShotRow
from studio.ui.views.write_edits import WriteEdits
from studio.ui.views.write_library import WriteLibrary
from studio.ui.views.write_rows import RowChunk, RowGap

log = logging.getLogger(__name__)

#: Seconds a scroll step may spend building rows ahead of the screen (the rest wait for an idle turn).
PREFETCH_S = 0.004

#: Milliseconds after a scroll step before rows ahead of the screen are built, a slice at a time: long
#: enough for the step's own paint to go first, short enough that the gap before the next step of a steady
#: wheel (17 ms at 60 a second) builds the rows it will bring on screen. Waiting for a pause in the
#: scrolling (40 ms) left every row to the step that showed it.
PAUSE_MS = 6


def _lay_out(widget: QWidget) -> None:
    """Lay out a widget's children now, so their geometry is current."""
    layout = widget.layout()
    if layout is not None:
        layout.activate()


class WriteView(WriteEdits, WriteLibrary):
    """Beat cards (hook, pain, solution, proof, CTA) with prompts, time gauges and editable shots."""

    def __init__(self, doc: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.cards: list[BeatCard] = []
        #: beat id -> id of the alternative its card shows.
        self.shown: dict[str, str] = {}
        self._script: Script | None = None
        self._last_shot: dict[str, str] = {}
        #: Measured height of a shot row (None until the first row is laid out); unbuilt rows use it.
        self.row_estimate: int | None = None

        self.summary = QLabel(self)
        self.paste_button = QPushButton(self.tr("Paste voice-over script…"), self)
        self.paste_button.setToolTip(
            self.tr("Paste a whole voice-over, preview how it splits into shots, then apply it")
        )
        self.paste_button.clicked.connect(self.open_paste_dialog)
        self.paste_button.setEnabled(not doc.readonly)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.paste_button)

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.container = QWidget(self.scroll_area)
        self.cards_box = QVBoxLayout(self.container)
        self.cards_box.setContentsMargins(4, 4, 4, 4)
        self.cards_box.setSpacing(10)
        self.cards_box.addStretch(1)
        self.scroll_area.setWidget(self.container)
        self.scroll_area.verticalScrollBar().valueChanged.connect(self._fill_visible)
        self.scroll_area.verticalScrollBar().rangeChanged.connect(self._fill_visible)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.scroll_area, 1)

        self._prefetch = QTimer(self)
        self._prefetch.setSingleShot(True)
        self._prefetch.setInterval(PAUSE_MS)
        self._prefetch.timeout.connect(self._build_ahead)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.rebuild)
        # Changes are patched in at once (the row being typed in) and rebuilds put off by its own timer; a
        # restored document or another script rebuilds at once: nothing is left for the refresher to put off.
        self.refresher = Refresher(
            doc, self._on_current, None, nothing_later, self, on_change=self._on_change
        )
        doc.selectionChanged.connect(self._follow_selection)
        focus_hub(doc).fieldRequested.connect(self.focus_field)
        finding_marks(doc).changed.connect(self._repaint_marks)
        self._on_current()

    # --- building ------------------------------------------------------------------

    def _on_current(self) -> None:
        """Script or variant changed: each card shows what the current variant plays."""
        self.shown = {b.id: timeline.chosen_alternative(self.doc.variant, b).id
                      for b in self.doc.script.beats if b.alternatives}  # fmt: skip
        self.rebuild()

    def rebuild(self) -> None:
        """Recreate the cards from the model, keeping the scroll position."""
        self._timer.stop()
        bar = self.scroll_area.verticalScrollBar()
        keep = bar.value()
        for card in self.cards:
            self.cards_box.removeWidget(card)
            card.hide()
            card.deleteLater()
        self.cards = []
        for beat in self.doc.script.beats:
            if not beat.alternatives:
                continue
            alt = beat.alternative(self.shown.get(beat.id, "")) or timeline.chosen_alternative(
                self.doc.variant, beat
            )
            self.shown[beat.id] = alt.id
            card = self._make_card(beat, alt)
            self.cards_box.insertWidget(self.cards_box.count() - 1, card)
            self.cards.append(card)
        self._follow_selection(self.doc.selection, scroll=False)
        self._update_summary()
        self._fill_visible()
        QTimer.singleShot(0, lambda: bar.setValue(keep))

    def _make_card(self, beat: Beat, alt: Alternative) -> BeatCard:
        card = BeatCard(self, beat, alt)
        card.altShown.connect(lambda alt_id, b=beat: self.show_alternative(b, alt_id))
        if self.doc.readonly:
            card.set_readonly()
        return card

    def _swap_card(self, beat: Beat) -> None:
        """Rebuild one card for the alternative now shown: only that alternative's rows are made."""
        old = self.card_for(beat)
        alt = beat.alternative(self.shown.get(beat.id, ""))
        if old is None or alt is None or self._timer.isActive():
            self.rebuild()
            return
        card = self._make_card(beat, alt)
        index = self.cards.index(old)
        self.cards[index] = card
        self.cards_box.replaceWidget(old, card)
        old.hide()
        old.deleteLater()
        self._follow_selection(self.doc.selection, scroll=False)
        self._fill_visible()

    def _repaint_marks(self) -> None:
        for card in self.cards:
            card.rows.repaint_previews()

    def _update_summary(self) -> None:
        total = timeline.total_ds(self.doc.script, self.doc.variant)
        name = self.doc.variant.name or self.tr("(unnamed)")
        self.summary.setText(
            self.tr("Variant “%1”: %2 s in all").replace("%1", name).replace("%2", seconds(total))
        )

    def schedule_rebuild(self) -> None:
        """Rebuild soon (after the current burst of changes)."""
        self._timer.start()

    def _fill_visible(self, *_: object) -> None:
        """Build the rows on screen now, and those within a screen of it a few at a time when idle."""
        if not self.cards:
            return
        top = self.scroll_area.verticalScrollBar().value()
        # Before the first show the viewport has no real height yet: fill a tall screen's worth.
        seen = self.scroll_area.viewport().height()
        height = max(seen, 900)
        if not self.container.isVisible():
            # The screen only: the rows around it follow in slices once it is shown (_build_ahead).
            self._fill_estimated(top, top + height)
            return
        for _attempt in range(4):  # built rows differ from the estimate: lay out again and look again
            made, _all = self._build_between(top, top + seen)
            if not made:
                break
        self._unpark(top - height, top + 2 * height)
        # Rows well off screen are hidden as the view scrolls on (shown again as they come near): only a few
        # screens of rows are ever shown, so hiding or showing the tab stays as cheap at 5,000 shots as at 50.
        self._park_outside(top - 2 * height, top + 3 * height)
        # The rows a wheel turn or two away are built once scrolling pauses, a few at a time.
        self._prefetch.start()

    def _build_ahead(self) -> None:
        top = self.scroll_area.verticalScrollBar().value()
        height = max(self.scroll_area.viewport().height(), 600)
        _made, done = self._build_between(
            top - height // 2, top + 2 * height, time.perf_counter() + PREFETCH_S
        )
        if not done:
            self._prefetch.start()

    def _build_between(self, low: int, high: int, deadline: float | None = None) -> tuple[int, bool]:
        """Build the rows between two heights of the cards' column; how many, and whether all were."""
        _lay_out(self.container)
        made = 0
        for card in self.cards:
            g = card.geometry()
            if g.bottom() >= low and g.top() <= high:
                _lay_out(card)
                n, done = card.rows.build_between(low - g.top(), high - g.top(), deadline)
                made += n
                if not done:
                    return made, False
        if made:
            self._measure_row()
        return made, True

    def _fill_estimated(self, low: int, high: int) -> None:
        """Before the view is laid out: place cards and chunks by their size hints."""
        y = self.cards_box.contentsMargins().top()
        for card in self.cards:
            blocks = card.rows.blocks()
            height = card.sizeHint().height()
            if y > high:
                break
            if y + height >= low:
                inner = y + height - sum(b.sizeHint().height() + 2 for b in blocks) - 40  # the foot
                spans = []
                for block in blocks:
                    if isinstance(block, RowGap):
                        spans.append((block, inner))
                    inner += block.sizeHint().height() + 2
                for index in card.rows.chunks_between(spans, low, high):
                    card.rows.build_chunk(index)
            y += height + self.cards_box.spacing()
        self._measure_row()

    def _unpark(self, low: int, high: int) -> None:
        """Show the rows parked while the view was away that are now between two heights of the column."""
        for card in self.cards:
            if card.rows.parked:
                g = card.geometry()
                if g.bottom() >= low and g.top() <= high:
                    card.rows.unpark(low - g.top(), high - g.top())

    def _park(self) -> None:
        """Once the view is away, hide the built rows far from the screen, so coming back shows only the
        rows near it (scrolling shows the others as they come near)."""
        if self.isVisible() or not self.cards:
            return
        top = self.scroll_area.verticalScrollBar().value()
        height = max(self.scroll_area.viewport().height(), 900)
        self._park_outside(top - height, top + 2 * height)

    def _park_outside(self, low: int, high: int) -> None:
        """Hide the built rows outside two heights of the cards' column (never the focused one's)."""
        focus = QApplication.focusWidget()
        while focus is not None and not isinstance(focus, RowChunk):
            focus = focus.parentWidget()
        _lay_out(self.container)
        for card in self.cards:
            if card.rows.live:
                _lay_out(card)  # rows built since the last layout pass have no place yet
                g = card.geometry()
                card.rows.park(low - g.top(), high - g.top(), focus)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        QTimer.singleShot(0, self, self._park)  # after the hide: hiding a hidden widget's child is free

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._fill_visible)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.isVisible():
            QTimer.singleShot(0, self._fill_visible)

    def _measure_row(self) -> None:
        if self.row_estimate is not None:
            return
        for card in self.cards:
            for row in card.rows.built().values():
                self.row_estimate = row.sizeHint().height()
                for other in self.cards:
                    other.rows.estimate(self.row_estimate)
                return

    def reveal(self, widget: QWidget) -> None:
        """Scroll a widget of a card into view; rows built on the way can move it, so settle first."""
        for _ in range(3):
            _lay_out(self.container)
            bar = self.scroll_area.verticalScrollBar()
            before = bar.value()
            self.scroll_area.ensureWidgetVisible(widget, 20, 40)
            if bar.value() == before:
                break

    def card_for(self, beat: Beat) -> BeatCard | None:
        """The card of a beat."""
        return next((c for c in self.cards if c.beat is beat), None)

    def row_for(self, shot_id: str) -> ShotRow | None:
        """The row of a shot, when its alternative is shown (built, and laid out, if it was not)."""
        for card in self.cards:
            if shot_id in card.rows:
                built = shot_id in card.rows.built()
                row = card.rows[shot_id]
                if not built:
                    _lay_out(self.container)
                    _lay_out(card)
                return row
        return None

    def _on_change(self, change: Change) -> None:
        t = change.target
        if change.op is Op.SET and isinstance(t, Shot):
            card = next((c for c in self.cards if t.id in c.rows), None)
            if card is not None:
                row = card.rows.built().get(t.id)
                if row is not None:
                    row.sync()
                if change.field == "duration_ds":
                    card.update_gauge()
                    self._update_summary()
            return
        if change.op is Op.SET and isinstance(t, Alternative) and change.field == "note":
            for card in self.cards:
                if card.alt is t:
                    card.sync_alt()
            return
        if change.op is Op.SET and t is self.doc.project and change.field in ("brief", "product"):
            for card in self.cards:  # the prompts are filled from the brief
                card.update_prompt()
            return
        if change.op in (Op.SET, Op.RESULTS) and not isinstance(t, (Beat, Alternative)):
            self._update_summary()
            return
        self.schedule_rebuild()

    # --- alternatives --------------------------------------------------------------

    def show_alternative(self, beat: Beat, alt_id: str) -> None:
        """Switch a card to another alternative (tab A/B/C)."""
        if self.shown.get(beat.id) == alt_id:
            return
        self.shown[beat.id] = alt_id
        # Later, not inside the tab bar's own signal: the old card (and its tab bar) goes away.
        QTimer.singleShot(0, self, lambda: self._swap_card(beat))

    def add_alternative(self, beat: Beat) -> Alternative:
        """Add an alternative with one empty shot to a beat (one undo step) and show it."""
        alt = ops.new_alternative(beat)
        text = self.tr("Add alternative %1 to %2").replace("%1", alt.label).replace("%2", beat_title(beat))
        self.doc.add_alternative(beat, alt, [Shot()], text)
        self.shown[beat.id] = alt.id
        self.rebuild()
        return alt

    def remove_alternative(self, alt: Alternative) -> None:
        """Remove an alternative (never a beat's last)."""
        beat = next((b for b in self.doc.script.beats if alt in b.alternatives), None)
        if beat is None or len(beat.alternatives) <= 1:
            return
        self.shown.pop(beat.id, None)
        self.doc.remove_alternative(alt, self.tr("Remove alternative %1").replace("%1", alt.label))

    def set_alt_note(self, alt: Alternative, text: str) -> None:
        """Describe what an alternative tries (typing merges into one step)."""
        self.doc.set_field(alt, "note", text, self.tr("Edit note"), merge=True)

    # --- shots ---------------------------------------------------------------------

    def add_shot(self, alt: Alternative) -> Shot:
        """Add an empty two-second shot at the end of an alternative."""
        shot = Shot()
        self.doc.add_shot(alt, shot, self.tr("Add shot"))
        return shot

    def remove_shot(self, shot: Shot) -> None:
        """Remove a shot (undo puts it back)."""
        self.doc.delete_shots([shot], self.tr("Remove shot %1").replace("%1", shot.code))

    def set_text(self, shot: Shot, name: str, text: str) -> None:
        """Edit a shot's voice-over or captions; consecutive typing is one undo step."""
        if getattr(shot, name) == text:
            return
        what = {"voiceover": self.tr("Edit voice-over"), "onscreen_text": self.tr("Edit captions")}.get(
            name, name
        )
        self.doc.set_field(shot, name, text, what, merge=True)

    def set_duration(self, shot: Shot, ds: int) -> None:
        """Change a shot's duration."""
        if ds == shot.duration_ds or ds < 1:
            return
        self.doc.set_field(shot, "duration_ds", ds, self.tr("Change duration"), merge=True)

    # --- selection and focus --------------------------------------------------------

    def focused_shot(self, shot: Shot) -> None:
        """A shot's editor got the keyboard: select the shot everywhere."""
        for card in self.cards:
            if shot.id in card.rows:
                self._last_shot[card.beat.id] = shot.id
        if self.doc.selection != [shot.id]:
            self.doc.select([shot.id])

    def _follow_selection(self, ids: list[str], scroll: bool = True) -> None:
        wanted = set(ids)
        first: ShotRow | None = None
        for card in self.cards:
            for shot_id, row in card.rows.built().items():
                row.set_selected(shot_id in wanted)
        if scroll:
            first = next((r for r in (self.row_for(i) for i in ids) if r is not None), None)
        if first is None and ids and scroll:
            # The shot lives in an alternative the card does not show: switch to it.
            try:
                _, beat, alt, _ = self.doc.project.locate_shot(ids[0])
            except NotFoundError:
                return
            if beat in self.doc.script.beats and self.shown.get(beat.id) != alt.id:
                self.shown[beat.id] = alt.id
                self.rebuild()
                return
        if first is not None and scroll:
            self.reveal(first)

    def focus_field(self, shot_id: str, field: str) -> None:
        """Bring a shot's field into view and put the cursor in it (voice-over when unsure)."""
        self._timer.stop()
        row = self.row_for(shot_id)
        if row is None:
            self._follow_selection([shot_id])
            row = self.row_for(shot_id)
        if row is None:
            return
        editor = row.editors.get(field if field in TEXT_FIELDS else "voiceover")
        target = row.duration if field == "duration_ds" else editor
        if target is not None:
            self.reveal(target)
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def speaking_need_ds(self, text: str) -> int | None:
        """Tenths of a second needed to say ``text`` at the project's pace with a breath (None: no guide)."""
        if not text.strip():
            return 0
        from studio.guide.rules.thresholds import resolve
        from studio.guide.text.textscan import speech_seconds

        th = resolve(self.doc.project, self.doc.script, words=False)  # the pace only
        speak = speech_seconds(text, th.zh_cps, th.en_wps)[0] + th.breath_margin_s
        return math.ceil(speak * 10 - 1e-9)

    # --- pasting a whole script ---------------------------------------------------------

    def open_paste_dialog(self) -> None:
        """Paste a whole voice-over, preview its split into shots and apply it."""
        from studio.ui.views.paste_script import PasteScriptDialog

        dialog = PasteScriptDialog(self.doc, self)
        dialog.open()

    def apply_split(self, pairs: list[tuple[BeatKind, Shot]], replace: bool = False) -> list[Shot]:
        """Insert shots into the beats' shown alternatives (creating missing beats) as one undo step.

        With ``replace``, the shots already in an alternative that receives new ones are removed first.
        """
        if not pairs:
            return []
        text = self.tr("Paste voice-over script (%n shot(s))", "", len(pairs))
        self.doc.insert_split(pairs, self.shown, replace, text)
        self.rebuild()
        return [shot for _, shot in pairs]
