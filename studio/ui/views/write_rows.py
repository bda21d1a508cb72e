"""A Write view card's shot rows: one row per shot, built only when it scrolls into view.

A 1,000-shot script would otherwise make thousands of widgets before the first paint. A card's
shots are cut into chunks of :data:`CHUNK` rows; a chunk not yet on screen is an empty block of
the rows' estimated height, and becomes real rows when the view scrolls near it (or when code
asks for one of its rows by id, e.g. to focus it).
"""

from __future__ import annotations

import logging
import time
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Mapping
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from studio.models.entities import Shot
from studio.ui.views.text_marks import mark_findings, mark_preview
from studio.ui.views.textfield import GrowingTextEdit, ReportsFocus, TextPreview
from studio.ui.views.view_common import WARNING_COLOR, seconds
from studio.wording import say

if TYPE_CHECKING:
    from studio.ui.views.write_cards import BeatCard

log = logging.getLogger(__name__)

#: Shot fields edited in place on a card, in order.
TEXT_FIELDS = ("voiceover", "onscreen_text")

#: Rows built together when a part of a card scrolls into view.
CHUNK = 2

#: A row's height before any row was measured (two one-line fields); replaced by the first measured row.
ROW_ESTIMATE = 54


class DurationBox(ReportsFocus, QDoubleSpinBox):
    """A shot's length in seconds; reports focus like the text fields do."""


def set_style(widget: QWidget, sheet: str) -> None:
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

    def __init__(self, card: BeatCard, shot: Shot, parent: QWidget | None = None) -> None:
        super().__init__(parent or card)
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
            "voiceover": say("label.voiceover"),
            "onscreen_text": self.tr("Captions (on-screen text)"),
        }
        self.readonly = False
        self._short = False
        #: The fields' editors, made when first used (see :class:`LazyEditors`).
        self.editors = LazyEditors(self)
        self._editors: dict[str, GrowingTextEdit] = {}
        self.previews: dict[str, TextPreview] = {}
        self.tags: dict[str, QLabel] = {}
        for name in TEXT_FIELDS:
            self.previews[name] = TextPreview(
                getattr(shot, name),
                self.placeholders[name],
                partial(self._activate, name),
                self,
            )
            self.previews[name].setToolTip(self.placeholders[name])
            mark_preview(self.previews[name], view.doc, shot.id, name)  # underlined before an editor opens
        self.remove = QToolButton(self)
        self.remove.setText("✕")
        self.remove.setAutoRaise(True)
        self.remove.setToolTip(self.tr("Remove shot %1").replace("%1", shot.code))
        self.remove.clicked.connect(self._remove)
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
            (("voiceover", self.tr("VO")), ("onscreen_text", say("label.caption")))
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

    def _remove(self) -> None:
        self.card.view.remove_shot(self.shot)

    def focus_chain(self) -> list[QWidget]:
        """The row's fields in Tab order."""
        fields = [self._editors.get(n) or self.previews[n] for n in TEXT_FIELDS]
        return [self.duration, *fields, self.remove]

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab runs through the row's fields, then into the next row (built on the way), whatever order
        # the rows were built in: Qt's own chain follows creation order, and rows are made as they scroll in.
        chain = self.focus_chain()
        here = next_index = -1
        focused = QApplication.focusWidget()
        for i, widget in enumerate(chain):
            if widget is focused or (focused is not None and widget.isAncestorOf(focused)):
                here = i
        if here < 0:
            return super().focusNextPrevChild(next)
        next_index = here + (1 if next else -1)
        reason = Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason
        if 0 <= next_index < len(chain):
            chain[next_index].setFocus(reason)
            return True
        other = self.card.rows.neighbour(self, next)
        if other is not None:
            self.card.view.reveal(other)
            other.focus_chain()[0 if next else -1].setFocus(reason)
            return True
        target = self.card.add_shot_button if next else self.card.note
        target.setFocus(reason)
        return True

    def apply_state(self) -> None:
        """Take the card's read-only state and the document's selection (for a row built late)."""
        if self.card.readonly:
            self.remove.setEnabled(False)
            self.duration.setReadOnly(True)
            self.readonly = True
            for edit in self._editors.values():
                edit.setReadOnly(True)
        self.set_selected(self.shot.id in self.card.view.doc.selection)

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
        edit.undoRequested.connect(view.doc.undo)
        edit.redoRequested.connect(view.doc.redo)
        mark_findings(edit, view.doc, self.shot.id, name)  # the guide's flagged words, underlined in place
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
        self._mark_short(short)
        self.duration.setToolTip(
            self.tr("The voice-over needs about %1 s to say; the shot lasts %2 s")
            .replace("%1", seconds(need or 0))
            .replace("%2", seconds(self.shot.duration_ds))
            if short
            else self.tr("Duration of the shot")
        )

    @property
    def too_short(self) -> bool:
        """True while the duration is marked: the voice-over needs longer than the shot lasts."""
        return self._short

    def _mark_short(self, short: bool) -> None:
        # Palette and font, not a style sheet: a style sheet per row makes every row slower to build and paint.
        if short == self._short:
            return
        self._short = short
        font = QFont(self.duration.font())
        font.setBold(short)
        self.duration.setFont(font)
        if short:
            pal = QPalette(self.duration.palette())
            pal.setColor(QPalette.ColorRole.Text, QColor(WARNING_COLOR))
            self.duration.setPalette(pal)
        else:
            self.duration.setPalette(QPalette())  # back to the inherited colours

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


class RowChunk(QWidget):
    """Up to :data:`CHUNK` consecutive shots of a card, made as real rows (a chunk exists once built)."""

    def __init__(self, card: BeatCard, shots: list[Shot]) -> None:
        super().__init__(card)
        self.card = card
        self.shots = shots
        self.rows: list[ShotRow] = []
        self.built = False
        # Hidden while far off screen (LazyRows.park), it keeps its place in the card's column.
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)

    def build(self) -> list[ShotRow]:
        """Make the chunk's rows (once); returns them."""
        if self.built:
            return self.rows
        self.built = True
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        for shot in self.shots:
            row = ShotRow(self.card, shot, self)
            self.rows.append(row)
            box.addWidget(row)
            row.show()  # now: a layout shows a new child of a shown widget only in a later event
        return self.rows


class RowGap(QWidget):
    """An empty block holding the place of a run of unbuilt chunks ``first``..``last - 1``, at their
    estimated height: one widget for the run, not one per chunk (at 5,000 shots a widget per chunk
    was thousands of widgets for every show and resize of the tab to lay out)."""

    def __init__(self, rows: LazyRows, first: int, last: int) -> None:
        super().__init__(rows.card)
        self.rows = rows
        self.first = first
        self.last = last
        self.estimate()

    def shots(self) -> int:
        """How many shots the gap stands for."""
        return self.rows.shots_before(self.last) - self.rows.shots_before(self.first)

    def estimate(self) -> None:
        """Take the height of its shots' rows at the card's row estimate (two pixels between rows)."""
        n = self.shots()
        self.setFixedHeight(max(n * self.rows.row_height + 2 * (n - 1), 0))

    def sizeHint(self) -> QSize:
        """Its fixed height, for the estimate made before a layout pass."""
        return QSize(0, self.minimumHeight())


class LazyRows(Mapping[str, ShotRow]):
    """A card's rows by shot id, for every shot it shows; looking one up builds its chunk.

    The card's shot box holds, in order, built chunks and gaps (each gap a run of unbuilt chunks);
    building a chunk inside a gap splits the gap around it."""

    def __init__(self, card: BeatCard, shots: list[Shot], estimate: int, box: QVBoxLayout) -> None:
        self.card = card
        self.box = box
        self.row_height = estimate
        self.order = [s.id for s in shots]
        self._shots = shots
        self.count = (len(shots) + CHUNK - 1) // CHUNK
        self.chunks: dict[int, RowChunk] = {}  # the built chunks by index
        self.gaps: list[RowGap] = [RowGap(self, 0, self.count)] if shots else []
        for gap in self.gaps:
            box.addWidget(gap)
        self._chunk_of = {s.id: n // CHUNK for n, s in enumerate(shots)}
        self._built: dict[str, ShotRow] = {}
        #: Built chunks hidden while far off screen, by index in order (see :meth:`park`).
        self.parked: list[int] = []
        #: Built chunks not parked: the only ones :meth:`park` looks at, so parking costs what is shown.
        self.live: set[int] = set()

    def shots_before(self, index: int) -> int:
        """How many shots come before chunk ``index``."""
        return min(index * CHUNK, len(self._shots))

    def __getitem__(self, shot_id: str) -> ShotRow:
        row = self._built.get(shot_id)
        if row is None:
            self.build_chunk(self._chunk_of[shot_id])  # KeyError for a shot the card does not show
            row = self._built[shot_id]
        elif self.parked:
            self._unpark_chunk(self._chunk_of[shot_id])  # asked for: about to be focused or revealed
        return row

    def __iter__(self) -> Iterator[str]:
        return iter(self.order)

    def __len__(self) -> int:
        return len(self.order)

    def __contains__(self, shot_id: object) -> bool:
        return shot_id in self._chunk_of

    def built(self) -> dict[str, ShotRow]:
        """The rows made so far, by shot id (nothing is built by asking)."""
        return self._built

    def blocks(self) -> list[QWidget]:
        """The card's chunks and gaps in their order on the card."""
        items = [self.box.itemAt(i) for i in range(self.box.count())]
        return [w for it in items if it is not None and isinstance(w := it.widget(), (RowChunk, RowGap))]

    def estimate(self, row_height: int) -> None:
        """Take a measured row height for the shots not built yet."""
        self.row_height = row_height
        for gap in self.gaps:
            gap.estimate()

    def build_chunk(self, index: int) -> list[ShotRow]:
        """Build one chunk's rows in its place, splitting the gap that held it."""
        chunk = self.chunks.get(index)
        if chunk is not None:
            return chunk.rows
        gap = next(g for g in self.gaps if g.first <= index < g.last)
        at = self.box.indexOf(gap)
        chunk = RowChunk(self.card, self._shots[index * CHUNK : (index + 1) * CHUNK])
        self.chunks[index] = chunk
        if gap.first < index:  # the gap keeps the run above; a new gap takes the run below
            if index + 1 < gap.last:
                below = RowGap(self, index + 1, gap.last)
                self.gaps.append(below)
                self.box.insertWidget(at + 1, below)
                if self.card.isVisible():
                    below.show()
            gap.last = index
            gap.estimate()
            self.box.insertWidget(at + 1, chunk)
        elif index + 1 < gap.last:  # the chunk was the gap's first: the gap moves down past it
            gap.first = index + 1
            gap.estimate()
            self.box.insertWidget(at, chunk)
        else:  # the gap was this chunk alone
            self.gaps.remove(gap)
            self.box.insertWidget(at, chunk)
            self.box.removeWidget(gap)
            gap.hide()
            gap.deleteLater()
        rows = chunk.build()
        self.live.add(index)
        if self.card.isVisible():
            chunk.show()
        for row in rows:
            self._built[row.shot.id] = row
            row.apply_state()
        return rows

    def park(self, top: int, bottom: int, keep: QWidget | None = None) -> int:
        """Hide the built chunks outside card rows ``top``..``bottom`` (card coordinates), except ``keep``;
        how many are parked now.

        The view parks the chunks far from the screen as it scrolls, so only a few screens of rows are ever
        shown: hiding or showing the tab, or the window, then sends its events to those rows alone. At 5,000
        shots scrolled through, hiding the tab with every row shown took 110-135 ms of the GUI thread's CPU,
        and showing it again 130-185 ms. Hiding a chunk while the card is hidden costs nothing."""
        parked = []
        for index in self.live:
            chunk = self.chunks[index]
            if chunk is keep:
                continue
            g = chunk.geometry()
            if g.bottom() < top or g.top() > bottom:
                parked.append(index)
        for index in parked:
            self.live.discard(index)
            self.chunks[index].setVisible(False)
        if parked:
            self.parked = sorted(self.parked + parked)
        return len(self.parked)

    def unpark(self, top: int, bottom: int) -> int:
        """Show the parked chunks overlapping card rows ``top``..``bottom``; how many."""
        if not self.parked:
            return 0
        chunks = self.chunks
        lo = bisect_left(self.parked, top, key=lambda i: chunks[i].geometry().bottom())
        hi = bisect_right(self.parked, bottom, key=lambda i: chunks[i].geometry().top())
        shown = self.parked[lo:hi]
        del self.parked[lo:hi]
        for index in shown:
            self.live.add(index)
            chunks[index].setVisible(True)
        return len(shown)

    def repaint_previews(self) -> None:
        """Repaint the shown rows' previews (the guide's marks changed); parked rows paint as they show."""
        for index in self.live:
            for row in self.chunks[index].rows:
                for preview in row.previews.values():
                    preview.update()

    def _unpark_chunk(self, index: int) -> None:
        at = bisect_left(self.parked, index)
        if at < len(self.parked) and self.parked[at] == index:
            del self.parked[at]
            self.live.add(index)
            self.chunks[index].setVisible(True)

    def neighbour(self, row: ShotRow, forward: bool) -> ShotRow | None:
        """The row after (or before) ``row`` on the card, built if it was not; None at the card's end."""
        at = self.order.index(row.shot.id) + (1 if forward else -1)
        return self[self.order[at]] if 0 <= at < len(self.order) else None

    def chunks_between(self, spans: list[tuple[RowGap, int]], top: int, bottom: int) -> list[int]:
        """The unbuilt chunks overlapping ``top``..``bottom``, given each gap's top on the card."""
        pitch = self.row_height + 2
        out = []
        for gap, y in spans:
            if y > bottom or y + gap.minimumHeight() < top:
                continue
            for index in range(gap.first, gap.last):
                start = y + (self.shots_before(index) - self.shots_before(gap.first)) * pitch
                end = y + (self.shots_before(index + 1) - self.shots_before(gap.first)) * pitch - 3
                if end >= top and start <= bottom:
                    out.append(index)
        return out

    def build_between(self, top: int, bottom: int, deadline: float | None = None) -> tuple[int, bool]:
        """Build the chunks that overlap card rows ``top``..``bottom`` (card coordinates), stopping at
        ``deadline`` (a ``time.perf_counter()`` value); returns how many were built and whether all were."""
        made = 0
        # the gaps' places as laid out now (building moves them only at the next layout pass)
        for index in self.chunks_between([(g, g.geometry().top()) for g in self.gaps], top, bottom):
            if made and deadline is not None and time.perf_counter() > deadline:
                return made, False  # at least one chunk per call, so a tight deadline still progresses
            self.build_chunk(index)
            made += 1
        return made, True
