"""Invisible anchors tying a sent file to its project, round and shots.

The Word storyboard gets bookmarks (kept by Word, WPS and LibreOffice, invisible in the text):
one on the document naming the project and round, and one around each shot cell naming the
shot's id and the field, so a renumbered or re-sorted table still matches. The workbook keeps
the same tokens in a hidden column and a hidden sheet.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable

from studio.models.entities import Project

#: Field codes inside bookmark names (names are short and plain ASCII in every word processor).
FIELD_CODES = {
    "visual": "vi",
    "voiceover": "vo",
    "onscreen_text": "os",
    "sound": "so",
    "notes": "no",
    "frame": "fr",
    "code": "cd",
    "time": "tm",
    "size_move": "sm",
}
CODE_FIELDS = {v: k for k, v in FIELD_CODES.items()}
_MARK = re.compile(r"^StudioReview_([0-9a-f]{12})_(\d{1,4})$")
_CELL = re.compile(r"^S_([A-Za-z0-9]{1,24})_([a-z]{2})(?:_\d+)?$")
_SAFE_ID = re.compile(r"^[A-Za-z0-9]{1,24}$")


def project_token(project: Project) -> str:
    """A short, stable token naming the project (its id's hash: the id itself may be any text)."""
    return hashlib.sha1(project.id.encode("utf-8")).hexdigest()[:12]


def shot_token(shot_id: str) -> str:
    """The shot's id as it goes into an anchor (hashed when it is not plain letters and digits)."""
    if _SAFE_ID.match(shot_id):
        return shot_id
    return "h" + hashlib.sha1(shot_id.encode("utf-8")).hexdigest()[:16]


def document_mark(project: Project, round_number: int) -> str:
    """The anchor that names the project and round a file was sent for."""
    return f"StudioReview_{project_token(project)}_{round_number}"


def read_mark(name: str) -> tuple[str, int] | None:
    """(project token, round) from a document anchor, or None for any other name."""
    m = _MARK.match(name)
    return (m.group(1), int(m.group(2))) if m else None


def cell_mark(shot_id: str, field: str, copy: int = 0) -> str:
    """The anchor around one shot field's cell (``copy`` tells repeats apart: names are unique)."""
    base = f"S_{shot_token(shot_id)}_{FIELD_CODES[field]}"
    return f"{base}_{copy}" if copy else base


def read_cell_mark(name: str) -> tuple[str, str] | None:
    """(shot token, field) from a cell anchor, or None."""
    m = _CELL.match(name)
    if not m or m.group(2) not in CODE_FIELDS:
        return None
    return m.group(1), CODE_FIELDS[m.group(2)]


def shots_by_token(project: Project, extra: Iterable[Project] = ()) -> dict[str, str]:
    """Shot token -> shot id over the project (and older versions of it, for shots since removed)."""
    out: dict[str, str] = {}
    for p in (*extra, project):
        for script in p.scripts:
            for _, _, shot in script.iter_shots():
                out[shot_token(shot.id)] = shot.id
    return out
