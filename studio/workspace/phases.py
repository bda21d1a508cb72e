"""A team's own campaign phases (a brand day, a live-stream week), kept in a small JSON file beside the workspace.

The file, ``phases.json`` beside the embedded database (in the settings folder for a server URL), reads
``{"phases": [{"name": "品牌日", "start": "2026-09-09", "end": "2026-09-12"}]}``; people may edit it by hand.
It is written whole or not at all, and a damaged file is never overwritten (it is reported instead).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from studio.models.fields import day_text
from studio.workspace.location import resolve_url, settings_folder, sqlite_path

FILE_NAME = "phases.json"
#: A phase longer than this is a typing slip (a wrong year), not a campaign.
MAX_DAYS = 366
#: Hand-edited files beyond this are not read (bounded memory).
MAX_BYTES = 1_000_000


class PhaseError(ValueError):
    """A phase or the phases file that cannot be used: ``code`` and facts for the CLI/window to word."""

    def __init__(self, code: str, **facts: object) -> None:
        super().__init__(code)
        self.code, self.facts = code, facts


@dataclass(frozen=True)
class Phase:
    """One campaign phase: a name and its first and last day (ISO, inclusive)."""

    name: str
    start: str
    end: str


def phases_path(url: str | None = None) -> Path:
    """The phases file for the workspace at ``url`` (resolved as the CLI resolves it)."""
    db = sqlite_path(resolve_url(url))
    return (db.parent if db is not None else settings_folder()) / FILE_NAME


def make_phase(name: str, start: str, end: str) -> Phase:
    """A checked phase from what was typed; PhaseError names what is wrong."""
    name = " ".join(name.split())
    if not name:
        raise PhaseError("empty_name")
    first, last = day_text(start), day_text(end)
    for text, day in ((start, first), (end, last)):
        if not day:
            raise PhaseError("bad_day", text=text)
    assert first and last
    span = (date.fromisoformat(last) - date.fromisoformat(first)).days
    if span < 0:
        raise PhaseError("end_before_start", start=first, end=last)
    if span >= MAX_DAYS:
        raise PhaseError("too_long", start=first, end=last, days=span + 1)
    return Phase(name, first, last)


def load_phases(path: Path) -> list[Phase]:
    """The phases in the file, by start day ([] when there is no file); PhaseError("bad_file") if damaged."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise PhaseError("bad_file", path=str(path))
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PhaseError("bad_file", path=str(path)) from exc
    rows = data.get("phases") if isinstance(data, dict) else None
    if not isinstance(rows, list):
        raise PhaseError("bad_file", path=str(path))
    out = []
    for row in rows:
        try:
            out.append(make_phase(str(row["name"]), str(row["start"]), str(row["end"])))
        except (KeyError, TypeError, PhaseError) as exc:
            raise PhaseError("bad_file", path=str(path)) from exc
    return sorted(out, key=lambda p: (p.start, p.name))


def save_phases(path: Path, phases: list[Phase]) -> None:
    """Write the file whole or not at all (temp file in the same folder, fsync, replace)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    rows = [
        {"name": p.name, "start": p.start, "end": p.end}
        for p in sorted(phases, key=lambda p: (p.start, p.name))
    ]
    text = json.dumps({"phases": rows}, ensure_ascii=False, indent=1) + "\n"
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def add_phase(path: Path, phase: Phase) -> list[Phase]:
    """Add a phase (a name already there is refused: remove it first); the phases now kept."""
    phases = load_phases(path)
    if any(p.name.casefold() == phase.name.casefold() for p in phases):
        raise PhaseError("exists", name=phase.name)
    phases.append(phase)
    save_phases(path, phases)
    return load_phases(path)


def remove_phase(path: Path, name: str) -> Phase:
    """Remove the phase of that name (case-insensitive); the one removed, or PhaseError("unknown")."""
    phases = load_phases(path)
    key = " ".join(name.split()).casefold()
    gone = next((p for p in phases if p.name.casefold() == key), None)
    if gone is None:
        raise PhaseError("unknown", name=name, known=", ".join(p.name for p in phases))
    save_phases(path, [p for p in phases if p is not gone])
    return gone


def overlapping(phases: list[Phase], start: date, end: date) -> list[Phase]:
    """The phases that share a day with ``start``..``end``."""
    return [p for p in phases if p.end >= start.isoformat() and p.start <= end.isoformat()]
