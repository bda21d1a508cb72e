"""Shot list edits made of undo commands: move, duplicate, delete, move to a beat, copy and paste."""

from __future__ import annotations

import dataclasses
import json
import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from studio.models.entities import Alternative, Beat, Shot, new_id
from studio.models.serial import shot_from_dict, shot_to_dict
from studio.models.timeline import chosen_alternative
from studio.ui.commands import InsertShotCommand, MoveShotCommand, RemoveShotCommand
from studio.ui.document import DocumentController

if TYPE_CHECKING:
    from studio.ui.views.shotlist_model import ShotTableModel

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

#: Clipboard format of copied shots (JSON list of shot dicts).
MIME_CLIPBOARD = "application/x-studio-shots+json"


def _where(doc: DocumentController, shot: Shot) -> tuple[Alternative, int]:
    _, _, alt, index = doc.project.locate_shot(shot.id)
    return alt, index


def _move_before(doc: DocumentController, shot: Shot, anchor: Shot) -> None:
    alt, own = _where(doc, shot)
    anchor_alt, target = _where(doc, anchor)
    if alt is anchor_alt and own < target:
        target -= 1  # the shot's own removal shifts the anchor up by one
    doc.push(MoveShotCommand(doc.project, shot, anchor_alt, target, translate("ShotListOps", "Move shot")))


def _move_to_end(doc: DocumentController, shot: Shot, alt: Alternative) -> None:
    own_alt, _ = _where(doc, shot)
    end = len(alt.shots) - (1 if own_alt is alt else 0)
    doc.push(MoveShotCommand(doc.project, shot, alt, end, translate("ShotListOps", "Move shot")))


def move_shots_to_row(
    doc: DocumentController, model: ShotTableModel, shots: Sequence[Shot], row: int
) -> None:
    """Drop shots before the shot shown at ``row`` (or after the last row), as one undo step."""
    moving = {s.id for s in shots}
    anchor = next((r.shot for r in model.rows[row:] if r.shot.id not in moving), None)
    rest = [r for r in model.rows if r.shot.id not in moving]
    if not shots or not rest:
        return
    with doc.macro(translate("ShotListOps", "Move shots")):
        for shot in shots:
            if anchor is not None:
                _move_before(doc, shot, anchor)
            else:
                _move_to_end(doc, shot, rest[-1].alt)


def move_up(doc: DocumentController, model: ShotTableModel, shots: Sequence[Shot]) -> bool:
    """Move shots one row up (into the previous beat at a boundary); False when at the top."""
    rows = sorted(r for r in (model.row_for(s.id) for s in shots) if r is not None)
    if not rows or rows[0] == 0:
        return False
    with doc.macro(translate("ShotListOps", "Move shots up")):
        for r in rows:
            current = model.rows[r]
            above = model.rows[r - 1]
            if above.alt is current.alt:
                _move_before(doc, current.shot, above.shot)
            else:
                _move_to_end(doc, current.shot, above.alt)
    return True


def move_down(doc: DocumentController, model: ShotTableModel, shots: Sequence[Shot]) -> bool:
    """Move shots one row down (into the next beat at a boundary); False when at the bottom."""
    rows = sorted((r for r in (model.row_for(s.id) for s in shots) if r is not None), reverse=True)
    if not rows or rows[0] >= len(model.rows) - 1:
        return False
    with doc.macro(translate("ShotListOps", "Move shots down")):
        for r in rows:
            current = model.rows[r]
            below = model.rows[r + 1]
            if below.alt is current.alt:
                _, index = _where(doc, below.shot)
                doc.push(
                    MoveShotCommand(
                        doc.project, current.shot, below.alt, index, translate("ShotListOps", "Move shot")
                    )
                )
            else:
                doc.push(
                    MoveShotCommand(
                        doc.project, current.shot, below.alt, 0, translate("ShotListOps", "Move shot")
                    )
                )
    return True


def copy_of(shot: Shot) -> Shot:
    """A new shot like ``shot`` with a fresh id and no code (insert gives it the next one)."""
    return dataclasses.replace(shot, id=new_id(), code="", tags=list(shot.tags))


def duplicate(doc: DocumentController, shots: Sequence[Shot]) -> list[Shot]:
    """Put a copy of each shot right after it; returns the copies."""
    copies: list[Shot] = []
    with doc.macro(translate("ShotListOps", "Duplicate shots")):
        for shot in shots:
            alt, index = _where(doc, shot)
            new = copy_of(shot)
            doc.push(
                InsertShotCommand(
                    doc.project, alt, index + 1, new, translate("ShotListOps", "Duplicate shot")
                )
            )
            copies.append(new)
    return copies


def delete(doc: DocumentController, shots: Sequence[Shot]) -> None:
    """Remove shots as one undo step."""
    with doc.macro(translate("ShotListOps", "Delete shots")):
        for shot in shots:
            doc.push(RemoveShotCommand(doc.project, shot, translate("ShotListOps", "Delete shot")))


def move_to_beat(doc: DocumentController, shots: Sequence[Shot], beat: Beat) -> None:
    """Move shots to the end of the alternative the current variant plays for ``beat``."""
    alt = chosen_alternative(doc.variant, beat)
    with doc.macro(translate("ShotListOps", "Move shots to another beat")):
        for shot in shots:
            _move_to_end(doc, shot, alt)


def to_clipboard_text(shots: Sequence[Shot]) -> str:
    """Shots as JSON for the clipboard."""
    return json.dumps([shot_to_dict(s) for s in shots], ensure_ascii=False)


def to_plain_text(shots: Sequence[Shot]) -> str:
    """Shots as tab-separated lines (for pasting into a spreadsheet)."""
    fields = ("code", "visual", "voiceover", "onscreen_text", "location", "talent")
    lines = []
    for s in shots:
        cells = [s.code, f"{s.duration_ds / 10:.1f}", *(getattr(s, f) for f in fields[1:])]
        lines.append("\t".join(c.replace("\t", " ").replace("\n", " ") for c in cells))
    return "\n".join(lines)


def from_clipboard_text(text: str) -> list[Shot]:
    """Shots read back from clipboard JSON (fresh ids and codes); empty when it is not ours."""
    try:
        data: Any = json.loads(text)
        shots = [shot_from_dict(item) for item in data] if isinstance(data, list) else []
    except ValueError:
        return []
    return [copy_of(s) for s in shots]


def paste(doc: DocumentController, shots: Sequence[Shot], after: Shot | None) -> None:
    """Insert shots after ``after`` (or at the end of the current cut's last beat)."""
    if not shots:
        return
    if after is not None:
        alt, index = _where(doc, after)
        index += 1
    else:
        beat = doc.script.beats[-1]
        alt = chosen_alternative(doc.variant, beat)
        index = len(alt.shots)
    frames = doc.project.frames
    with doc.macro(translate("ShotListOps", "Paste shots")):
        for i, shot in enumerate(shots):
            if shot.frame and shot.frame not in frames:
                shot.frame = None  # a frame from another project: its picture is not in this file
            doc.push(
                InsertShotCommand(doc.project, alt, index + i, shot, translate("ShotListOps", "Paste shot"))
            )
