"""The command palette (Ctrl+K): type to find an action, shot, beat, variant or creator, in Chinese or English.

Actions are matched by their shown (translated) text and by their English text, beats by their
name in both languages, shots by code, voice-over, picture and captions, variants by name,
creators by name and @handle.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from studio.models.timeline import chosen_alternative
from studio.ui.actiontext import ENGLISH, plain
from studio.ui.views.view_common import beat_title, request_focus, search_field
from studio.wording import say

if TYPE_CHECKING:
    from studio.models.entities import Variant
    from studio.ui.windowapi import WindowApi

log = logging.getLogger(__name__)

#: Most entries the list shows at once (the rest are found by typing more).
LIMIT = 60


@dataclass
class Entry:
    """One thing the palette can find and run."""

    kind: str  # "action", "beat", "shot", "variant" or "creator"
    title: str
    detail: str
    haystack: str  # lower-cased text matched against what is typed
    run: Callable[[], object]
    enabled: bool = True


def action_entries(w: WindowApi) -> list[Entry]:
    """The menu bar's actions (those that cannot act now are listed, greyed)."""
    entries = []
    for act in w.menus.all_actions():
        if not act.isVisible():
            continue
        shown = plain(act.text())  # Undo and Redo say what they would undo: found by that too
        english = str(act.property(ENGLISH) or "")
        keys = act.shortcut().toString(act.shortcut().SequenceFormat.NativeText)
        entries.append(
            Entry("action", shown, keys, f"{shown} {english}".lower(), act.trigger, act.isEnabled())
        )
    return entries


def item_entries(w: WindowApi) -> list[Entry]:
    """The current script's beats and shots (every alternative), its variants, and the project's creators."""
    doc = w.doc
    script = doc.script
    entries: list[Entry] = []
    for beat in script.beats:
        names = {beat_title(beat, "zh"), beat_title(beat, "en")}
        title = beat_title(beat)
        entries.append(Entry("beat", title, " / ".join(a.label for a in beat.alternatives),
                             " ".join(names).lower(), partial(_go_beat, w, beat)))  # fmt: skip
    for beat in script.beats:
        for alt in beat.alternatives:
            for shot in alt.shots:
                words = (shot.voiceover or shot.visual or shot.onscreen_text).replace("\n", " ")
                text = " ".join(
                    (shot.code, shot.voiceover, shot.visual, shot.onscreen_text, beat_title(beat))
                )
                entries.append(Entry("shot", f"{shot.code}  {words}", f"{beat_title(beat)} {alt.label}",
                                     text.lower(), partial(_go_shot, w, shot.id)))  # fmt: skip
    for variant in script.variants:
        entries.append(Entry("variant", variant.name, "", f"{variant.name} {variant.hypothesis} {variant.notes}".lower(),
                             partial(_go_variant, w, variant)))  # fmt: skip
    for creator in doc.project.creators:
        entries.append(Entry("creator", creator.name, creator.handle, f"{creator.name} {creator.handle}".lower(),
                             partial(_go_creator, w, creator.name)))  # fmt: skip
    return entries


def _go_beat(w: WindowApi, beat: object) -> None:
    view = w.show_tab("write")
    show = getattr(view, "show_beat", None)
    if callable(show):
        show(beat)


def _go_shot(w: WindowApi, shot_id: str) -> None:
    if w.current_key() not in ("write", "shotlist", "storyboard"):
        w.show_tab("write")
    doc = w.doc
    _, beat, alt, _ = doc.project.locate_shot(shot_id)
    if chosen_alternative(doc.variant, beat) is not alt:
        # The shot is not in the current cut: show it where every alternative can be seen.
        w.show_tab("write")
    request_focus(doc, shot_id, "voiceover")


def _go_variant(w: WindowApi, variant: Variant) -> None:
    w.doc.set_current(variant=variant)
    w.show_tab("variants")


def _go_creator(w: WindowApi, name: str) -> None:
    view = w.show_tab("creators")
    show = getattr(view, "show_creator", None)
    if callable(show):
        show(name)


def search(entries: list[Entry], query: str) -> list[Entry]:
    """Entries holding every word typed; those whose title starts with it first, actions before items."""
    words = query.lower().split()
    found = [e for e in entries if all(word in e.haystack for word in words)]
    if not words:
        return found
    first = words[0]
    order = {"action": 0, "beat": 1, "variant": 2, "creator": 3, "shot": 4}
    return sorted(found, key=lambda e: (not e.enabled, not e.title.lower().startswith(first), order[e.kind]))


class CommandPalette(QDialog):
    """A search field over a list of actions and items; Enter runs the highlighted one."""

    def __init__(self, w: WindowApi, items_only: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent or w)
        self.setObjectName("commandPalette")
        self.setWindowTitle(self.tr("Find") if items_only else self.tr("Command Palette"))
        self.entries = ([] if items_only else action_entries(w)) + item_entries(w)
        self.field = search_field(
            self.tr("Find a shot, beat, variant or creator…")
            if items_only
            else self.tr("Type an action, shot, beat, variant or creator…"),
            self,
        )
        self.list = QListWidget(self)
        self.list.setUniformItemSizes(True)
        self.count = QLabel(self)
        self.count.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.field)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.count)
        self.field.textChanged.connect(self.refresh)
        self.field.returnPressed.connect(self.run_current)
        self.list.itemActivated.connect(lambda _item: self.run_current())
        self.field.installEventFilter(self)
        window = w  # place it near the top of the window, like an editor's palette
        width = min(640, max(420, window.width() * 2 // 3))
        self.resize(width, min(440, window.height() - 80))
        self.shown: list[Entry] = []
        self.refresh("")
        self.field.setFocus()

    def kind_name(self, kind: str) -> str:
        """The translated name of an entry's kind."""
        return {"action": self.tr("Action"), "beat": say("label.beat"), "shot": self.tr("Shot"),
                "variant": say("label.variant"), "creator": say("label.creator")}[kind]  # fmt: skip

    def refresh(self, text: str) -> None:
        """List what matches ``text``."""
        found = search(self.entries, text)
        self.shown = found[:LIMIT]
        self.list.clear()
        for entry in self.shown:
            detail = f"   {entry.detail}" if entry.detail else ""
            item = QListWidgetItem(f"{self.kind_name(entry.kind)} · {entry.title}{detail}")
            item.setToolTip(
                entry.title
                if entry.enabled
                else self.tr("%1 (not possible here now)").replace("%1", entry.title)
            )
            if not entry.enabled:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
        if self.shown and self.shown[0].enabled:
            self.list.setCurrentRow(0)
        more = len(found) - len(self.shown)
        self.count.setText(
            self.tr("Nothing matches") if not found
            else self.tr("%n found", "", len(found)) + (self.tr(" (type more to see the rest)") if more else "")
        )  # fmt: skip

    def run_current(self) -> None:
        """Close and run the highlighted entry."""
        row = self.list.currentRow()
        if 0 <= row < len(self.shown) and self.shown[row].enabled:
            entry = self.shown[row]
            self.accept()
            entry.run()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Up and Down in the search field move through the list, as in every palette.
        moves = (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp)
        if (
            watched is self.field
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in moves
        ):
            self.list.keyPressEvent(event)
            return True
        return super().eventFilter(watched, event)
