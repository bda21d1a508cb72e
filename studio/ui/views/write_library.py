"""The Write view's hook and CTA libraries: offer proven lines, put one into a shot or a new alternative."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from studio.models import ops
from studio.models.entities import Alternative, Beat, Shot
from studio.models.enums import BeatKind
from studio.ui.views.view_common import beat_title, ui_lang
from studio.wording import say

if TYPE_CHECKING:
    from studio.ui.document_controller import DocumentController
    from studio.ui.views.write_cards import BeatCard

log = logging.getLogger(__name__)


class WriteLibrary(QWidget):
    """Library lines for the Write view (a base class of :class:`studio.ui.views.write.WriteView`)."""

    doc: DocumentController
    shown: dict[str, str]
    _last_shot: dict[str, str]

    # The view's own methods, used here.
    rebuild: Callable[[], None]
    speaking_need_ds: Callable[[str], int | None]

    def library_entries(self, beat: Beat) -> list[tuple[str, list[tuple[str, str]]]]:
        """Library lines for a hook or CTA beat, grouped by device: [(device name, [(id, text)])]."""
        from studio.guide.brief import libraries
        from studio.guide.brief.brieffill import library_lines

        kind = "hook" if beat.kind is BeatKind.HOOK else "cta"
        names = libraries.devices(kind)
        groups: dict[str, list[tuple[str, str]]] = {}
        # slot lines come filled from the brief ("{人群}还在为{痛点}发愁？" -> "熬夜党还在为暗沉发愁？")
        for entry in library_lines(kind, self.doc.project):
            device = entry.devices[0] if entry.devices else ""
            groups.setdefault(device, []).append((entry.id, entry.text))
        ui = ui_lang()
        shipped = [
            (names[d].text(ui) if d in names else (d or say("label.other")), lines)
            for d, lines in groups.items()
        ]
        return self._learned_group(kind, ui) + self._team_group(kind, ui) + shipped

    def _team_group(self, kind: str, ui: str) -> list[tuple[str, list[tuple[str, str]]]]:
        """The team library's lines for the beat (every project's winners, signature shots), best evidence first."""
        from studio.ui.team_library import shared
        from studio.workspace.library import describe, ranked

        entries = shared().entries()
        if not entries:
            return []
        offered = [e for e in ranked(entries, kind) if e.kind in ("win_line", "signature_shot")]
        # A project's own lines are already in the group above.
        offered = [e for e in offered if e.project_id != self.doc.project.id]
        if not offered:
            return []
        tips = getattr(self, "_learned_tips", {})
        tips.update({f"team:{e.entry_id}": describe(e, ui) for e in offered})
        self._learned_tips = tips
        title = self.tr("Team library (best evidence first)")
        return [(title, [(f"team:{e.entry_id}", e.text) for e in offered])]

    def _learned_group(self, kind: str, ui: str) -> list[tuple[str, list[tuple[str, str]]]]:
        """The team's own lines measured in this project's results, best evidence first (their numbers as tips)."""
        from studio.results.learned import describe, learned_lines

        lines = learned_lines(self.doc.project, kind)
        self._learned_tips = {f"results:{i}": describe(line, ui) for i, line in enumerate(lines)}
        if not lines:
            return []
        title = self.tr("From results (best evidence first)")
        return [(title, [(f"results:{i}", line.text) for i, line in enumerate(lines)])]

    def show_library(self, card: BeatCard) -> None:
        """Offer the library's lines for the card's beat in a menu."""
        menu = self.library_menu(card)
        menu.exec(
            card.library_button.mapToGlobal(card.library_button.rect().bottomLeft())
            if card.library_button
            else self.cursor().pos()
        )

    def library_menu(self, card: BeatCard) -> QMenu:
        """The menu of library lines: put one into the focused shot, or make it a new alternative."""
        menu = QMenu(self)
        groups = self.library_entries(card.beat)
        if not groups:
            empty = menu.addAction(self.tr("No library lines in this language"))
            empty.setEnabled(False)
            return menu
        target = self._library_target(card)
        replace = menu.addMenu(
            self.tr("Replace the voice-over of %1").replace("%1", target.code)
            if target is not None
            else self.tr("Use as the first shot")
        )
        replace.setToolTip(self.tr("The line becomes the voice-over of the shot you last worked on"))
        label = ops.new_alternative(card.beat).label
        fresh = menu.addMenu(self.tr("Insert as new alternative %1").replace("%1", label))
        fresh.setToolTip(
            self.tr("Keep the current lines and try this one as alternative %1 in an A/B test").replace(
                "%1", label
            )
        )
        for sub, use in ((replace, self.insert_line), (fresh, self.insert_line_as_alternative)):
            sub.setToolTipsVisible(True)
            for device, lines in groups:
                group = sub.addMenu(device)
                for entry_id, text in lines:
                    action = QAction(text, group)
                    action.setToolTip(getattr(self, "_learned_tips", {}).get(entry_id, ""))
                    action.triggered.connect(lambda _c=False, t=text, c=card, f=use: f(c, t))
                    group.addAction(action)
        menu.setToolTipsVisible(True)
        return menu

    def _library_target(self, card: BeatCard) -> Shot | None:
        """The shot a library line replaces: the one last focused on the card, else the first."""
        alt = card.alt
        shot_id = self._last_shot.get(card.beat.id)
        return next((s for s in alt.shots if s.id == shot_id), alt.shots[0] if alt.shots else None)

    def insert_line(self, card: BeatCard, text: str) -> Shot:
        """Use a library line as the voice-over of the card's focused (else first) shot, as one undo step."""
        shot = self._library_target(card)
        label = self.tr("Insert library line")
        if shot is None:
            shot = Shot(voiceover=text, duration_ds=self._speaking_ds(text))
            self.doc.add_shot(card.alt, shot, label, index=0)
        else:
            self.doc.set_field(shot, "voiceover", text, label)
        return shot

    def insert_line_as_alternative(self, card: BeatCard, text: str) -> Alternative:
        """Add a library line as a new alternative (B, C …) with one shot saying it, as one undo step."""
        beat = card.beat
        alt = ops.new_alternative(beat)
        shot = Shot(voiceover=text, duration_ds=self._speaking_ds(text))
        label = self.tr("Add alternative %1 to %2").replace("%1", alt.label).replace("%2", beat_title(beat))
        self.doc.add_alternative(beat, alt, [shot], label)
        self.shown[beat.id] = alt.id
        self.rebuild()
        return alt

    def _speaking_ds(self, text: str) -> int:
        """A shot length that lets the line be spoken at the project's pace (two seconds at least)."""
        default = Shot().duration_ds
        need = self.speaking_need_ds(text)
        return default if need is None else min(ops.MAX_DS, max(default, need))
