"""The Write view's Edit-menu work: duplicate, move and delete the selected shots; move and remove beats."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QMenu, QWidget

from studio.models.entities import Beat, Shot
from studio.models.errors import NotFoundError
from studio.ui.views import shotlist_ops as sops
from studio.ui.views.view_common import beat_title

if TYPE_CHECKING:
    from studio.ui.document_controller import DocumentController
    from studio.ui.views.write_cards import BeatCard

log = logging.getLogger(__name__)

#: Edit items that work on the selected shots, and those that work on the current beat.
SHOT_EDITS = ("duplicate", "delete", "move_up", "move_down")
BEAT_EDITS = ("move_beat_up", "move_beat_down", "remove_beat")


class WriteEdits(QWidget):
    """Edits of the Write view (a base class of :class:`studio.ui.views.write.WriteView`)."""

    doc: DocumentController
    cards: list[BeatCard]

    # The view's own methods, used here.
    card_for: Callable[[Beat], BeatCard | None]
    reveal: Callable[[QWidget], None]

    def selected_shots(self) -> list[Shot]:
        """The selected shots, in the script's order."""
        wanted = set(self.doc.selection)
        return [s for b in self.doc.script.beats for a in b.alternatives for s in a.shots if s.id in wanted]

    def current_beat(self) -> Beat | None:
        """The beat of the first selected shot, else of the card holding the keyboard."""
        shots = self.selected_shots()
        if shots:
            try:
                return self.doc.project.locate_shot(shots[0].id)[1]
            except NotFoundError:
                return None
        focused = self.focusWidget()
        return next((c.beat for c in self.cards if focused is not None and c.isAncestorOf(focused)), None)

    def can_edit(self, name: str) -> bool:
        """Whether an Edit item can act now."""
        if self.doc.readonly:
            return False
        if name in SHOT_EDITS:
            return bool(self.selected_shots())
        beats = self.doc.script.beats
        beat = self.current_beat()
        if beat is None or beat not in beats:
            return False
        index = beats.index(beat)
        return {"move_beat_up": index > 0, "move_beat_down": index < len(beats) - 1,
                "remove_beat": len(beats) > 1}.get(name, False)  # fmt: skip

    # --- shots ---------------------------------------------------------------------------

    def duplicate(self) -> None:
        """Put a copy of each selected shot right after it and select the copies."""
        shots = self.selected_shots()
        if shots and not self.doc.readonly:
            self.doc.select(s.id for s in sops.duplicate(self.doc, shots))

    def delete(self) -> None:
        """Remove the selected shots (one undo step)."""
        shots = self.selected_shots()
        if shots and not self.doc.readonly:
            sops.delete(self.doc, shots)

    def move_up(self) -> None:
        """Move the selected shots one place up, into the previous beat at their alternative's top.

        The shot list's Alt+Up does the same (DocumentController.move_shots).
        """
        self._move_shots(-1)

    def move_down(self) -> None:
        """Move the selected shots one place down, into the next beat at their alternative's end."""
        self._move_shots(1)

    def _move_shots(self, step: int) -> None:
        shots = self.selected_shots()
        if not shots or self.doc.readonly:
            return
        text = self.tr("Move shots up") if step < 0 else self.tr("Move shots down")
        self.doc.move_shots(shots, step, text)
        self.doc.select([s.id for s in shots])

    # --- beats ---------------------------------------------------------------------------

    def move_beat_up(self) -> None:
        """Move the current beat one place earlier in the script."""
        self._move_beat(-1)

    def move_beat_down(self) -> None:
        """Move the current beat one place later in the script."""
        self._move_beat(1)

    def _move_beat(self, step: int, beat: Beat | None = None) -> None:
        beat = beat or self.current_beat()
        beats = self.doc.script.beats
        if beat is None or beat not in beats or self.doc.readonly:
            return
        target = beats.index(beat) + step
        if 0 <= target < len(beats):
            text = self.tr("Move beat %1").replace("%1", beat_title(beat))
            self.doc.move_beat(beat, target, text)

    def remove_beat(self, beat: Beat | None = None) -> None:
        """Remove the current beat with its alternatives (undo restores it and the variants' choices)."""
        beat = beat or self.current_beat()
        beats = self.doc.script.beats
        if beat is None or beat not in beats or len(beats) <= 1 or self.doc.readonly:
            return
        text = self.tr("Remove beat %1").replace("%1", beat_title(beat))
        self.doc.remove_beat(beat, text)

    def show_beat(self, beat: Beat) -> None:
        """Scroll a beat's card into view."""
        card = self.card_for(beat)
        if card is not None:
            self.reveal(card.title)
            card.title.setFocus()

    def beat_menu(self, card: BeatCard) -> QMenu:
        """The card's ⋯ menu: move the beat up or down, remove it."""
        beats = self.doc.script.beats
        index = beats.index(card.beat) if card.beat in beats else -1
        writable = not self.doc.readonly
        menu = QMenu(self)
        up = menu.addAction(self.tr("Move Beat Up"), lambda: self._move_beat(-1, card.beat))
        up.setEnabled(writable and index > 0)
        down = menu.addAction(self.tr("Move Beat Down"), lambda: self._move_beat(1, card.beat))
        down.setEnabled(writable and 0 <= index < len(beats) - 1)
        menu.addSeparator()
        remove = menu.addAction(self.tr("Remove Beat"), lambda: self.remove_beat(card.beat))
        remove.setEnabled(writable and len(beats) > 1)
        return menu

    def show_beat_menu(self, card: BeatCard) -> None:
        """Pop the card's ⋯ menu up under its button."""
        button = card.beat_button
        self.beat_menu(card).exec(button.mapToGlobal(QPoint(0, button.height())))
