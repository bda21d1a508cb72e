"""Shot list edits through the document's verbs: move, duplicate, delete, move to a beat, copy and paste."""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from studio.models import edits
from studio.models.entities import Beat, Shot
from studio.models.serial import shot_from_dict, shot_to_dict
from studio.models.timeline import chosen_alternative
from studio.ui.document_controller import DocumentController

if TYPE_CHECKING:
    from studio.ui.views.shotlist_model import ShotTableModel

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

#: Clipboard format of copied shots (JSON list of shot dicts).
MIME_CLIPBOARD = "application/x-studio-shots+json"


def move_shots_to_row(
    doc: DocumentController, model: ShotTableModel, shots: Sequence[Shot], row: int
) -> None:
    """Drop shots before the shot shown at ``row`` (or after the last row), as one undo step."""
    moving = {s.id for s in shots}
    anchor = next((r.shot for r in model.rows[row:] if r.shot.id not in moving), None)
    rest = [r for r in model.rows if r.shot.id not in moving]
    if not shots or not rest:
        return
    text = translate("ShotListOps", "Move shots")
    if anchor is not None:
        doc.move_shots_before(shots, anchor, text)
    else:
        doc.move_shots_to_end(shots, rest[-1].alt, text)


def move_up(doc: DocumentController, model: ShotTableModel, shots: Sequence[Shot]) -> bool:
    """Move shots one row up (see DocumentController.move_shots); False when none can move."""
    return doc.move_shots(_shown(model, shots), -1, translate("ShotListOps", "Move shots up"))


def move_down(doc: DocumentController, model: ShotTableModel, shots: Sequence[Shot]) -> bool:
    """Move shots one row down (see DocumentController.move_shots); False when none can move."""
    return doc.move_shots(_shown(model, shots), 1, translate("ShotListOps", "Move shots down"))


def _shown(model: ShotTableModel, shots: Sequence[Shot]) -> list[Shot]:
    """The shots the table shows (a selection never reaches a shot outside the cut)."""
    return [s for s in shots if model.row_for(s.id) is not None]


def duplicate(doc: DocumentController, shots: Sequence[Shot]) -> list[Shot]:
    """Put a copy of each shot right after it; returns the copies."""
    return doc.duplicate_shots(shots, translate("ShotListOps", "Duplicate shots"))


def delete(doc: DocumentController, shots: Sequence[Shot]) -> None:
    """Remove shots as one undo step."""
    doc.delete_shots(shots, translate("ShotListOps", "Delete shots"))


def move_to_beat(doc: DocumentController, shots: Sequence[Shot], beat: Beat) -> None:
    """Move shots to the end of the alternative the current variant plays for ``beat``."""
    alt = chosen_alternative(doc.variant, beat)
    doc.move_shots_to_end(shots, alt, translate("ShotListOps", "Move shots to another beat"))


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
    return [edits.copy_of(s) for s in shots]


def paste(doc: DocumentController, shots: Sequence[Shot], after: Shot | None) -> None:
    """Insert shots after ``after`` (or at the end of the current cut's last beat)."""
    if not shots:
        return
    if after is not None:
        _, _, alt, index = doc.project.locate_shot(after.id)
        index += 1
    else:
        beat = doc.script.beats[-1]
        alt = chosen_alternative(doc.variant, beat)
        index = len(alt.shots)
    doc.paste_shots(shots, alt, index, translate("ShotListOps", "Paste shots"))
