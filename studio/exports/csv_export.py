"""The shot list as CSV, for other storyboard and production tools and for spreadsheets.

One row per shot of the chosen variants, in script order, with every text field, the frame's
file name and a column per variant giving the shot's place in that variant's cut. Written
as UTF-8 with a byte-order mark and CRLF line ends, which Excel (Chinese and English) opens
without garbling; text a spreadsheet would run as a formula (=, +, -, @, tab, CR first)
gets a leading apostrophe, and control characters are dropped.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from studio.exports.common import (
    Media,
    Progress,
    atomic_write,
    cell_text,
    check_folder,
    progress_steps,
    word,
)
from studio.models.entities import Project, Script, Variant
from studio.models.timeline import cut, union
from studio.models.vocab import beat_label, label

#: The columns before the per-variant ones, as keys of the exports' words (doc.<key> in studio.wording).
COLUMNS = (
    "seq",
    "code",
    "beat",
    "alt",
    "duration",
    "shot_size",
    "camera_move",
    "angle",
    "visual",
    "voiceover",
    "onscreen_text",
    "sound",
    "props",
    "location",
    "talent",
    "notes",
    "status",
    "frame",
)


def shot_rows(project: Project, script: Script, variants: list[Variant], lang: str) -> list[list[str]]:
    """The header and one row per shot used by any of ``variants``."""
    places = {v.id: {id(t.shot): i for i, t in enumerate(cut(script, v), start=1)} for v in variants}
    header = [cell_text(word(k, lang)) for k in COLUMNS] + [cell_text(v.name) for v in variants]
    rows = [header]
    used = [u for u in union(script) if any(v in u.variants for v in variants)]
    for n, u in enumerate(used, start=1):
        shot = u.shot
        frame = project.frames.get(shot.frame) if shot.frame else None
        values: dict[str, object] = {
            "seq": n,
            "code": shot.code,
            "beat": beat_label(u.beat.kind, u.beat.name, lang),
            "alt": u.alt.label,
            "duration": f"{shot.duration_ds / 10:.1f}",
            "shot_size": label(shot.shot_size, lang),
            "camera_move": label(shot.camera_move, lang),
            "angle": label(shot.angle, lang),
            "status": label(shot.status, lang),
            "frame": frame.filename if frame is not None else "",
        }
        for key in ("visual", "voiceover", "onscreen_text", "sound", "props", "location", "talent", "notes"):
            values[key] = getattr(shot, key)
        row = [cell_text(values[k]) for k in COLUMNS]
        row += [cell_text(places[v.id].get(id(shot), "")) for v in variants]
        rows.append(row)
    return rows


def export_csv(
    project: Project,
    script: Script,
    variants: list[Variant],
    media: Media | None,
    path: str | Path,
    lang: str | None = None,
    progress: Progress | None = None,
    *,
    paper: str = "a4",
) -> Path:
    """Write the shot list of ``variants`` (all of the script's when empty) as a .csv; returns the path."""
    del media, paper  # no pictures and no paper; the parameters keep the writers interchangeable
    check_folder(path)
    lang = lang or project.language
    variants = list(variants or script.variants)
    if not variants:
        raise ValueError("no variant to export")
    rows = shot_rows(project, script, variants, lang)
    out = io.StringIO(newline="")
    with progress_steps(progress, len(rows)) as step:
        writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        for row in rows:
            writer.writerow(row)
            step()
        data = ("\ufeff" + out.getvalue()).encode("utf-8")
        return atomic_write(path, lambda fh: fh.write(data))
