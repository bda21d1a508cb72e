"""The 分镜头脚本 workbook (openpyxl): a storyboard sheet per variant, the shoot list, the variant matrix.

Frames use the store's thumbnail rendition (360 px long edge): about 250 dpi at the
printed cell size, and small enough that a 200-shot workbook with several variants stays
a few megabytes. Every duration and total is a number, every text cell stays text.
"""

from __future__ import annotations

import io
import logging
import math
import unicodedata
from copy import copy
from pathlib import Path

from openpyxl import Workbook
from openpyxl.drawing.image import Image as XLImage
from openpyxl.drawing.spreadsheet_drawing import AnchorMarker, OneCellAnchor
from openpyxl.drawing.xdr import XDRPositiveSize2D
from openpyxl.styles import PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.utils.units import pixels_to_EMU
from openpyxl.worksheet.worksheet import Worksheet

from studio.exports.common import (
    BEAT_COLOURS,
    FrameSource,
    Media,
    Progress,
    atomic_write,
    check_folder,
    progress_steps,
    safe_text,
    word,
)
from studio.exports.results_sheet import add_results_sheet
from studio.exports.xlsx_common import (
    CENTRE,
    CENTRE_TOP,
    HEAD_FILL,
    STUDIO_KEYWORD,
    fonts,
    list_validation,
    print_setup,
    put,
    sheet_title,
)
from studio.models.entities import Project, Script, Variant
from studio.models.enums import CameraMove, ShotSize, ShotStatus
from studio.models.platforms import preset
from studio.models.timeline import chosen_alternative, cut, total_ds, union
from studio.models.vocab import beat_label, label

log = logging.getLogger(__name__)

#: Storyboard sheet columns: (key, width in characters).
BOARD_COLUMNS: tuple[tuple[str, float], ...] = (
    ("code", 9),
    ("beat", 9),
    ("frame", 13),
    ("in", 6.5),
    ("out", 6.5),
    ("duration", 7),
    ("shot_size", 8),
    ("camera_move", 8),
    ("visual", 28),
    ("voiceover", 26),
    ("onscreen_text", 16),
    ("sound", 12),
    ("notes", 16),
)
#: Shoot list columns printed for the crew, in order: they fill a landscape page at about 95 %.
SHOOT_PRINTED: tuple[tuple[str, float], ...] = (
    ("done", 5),
    ("seq", 4.5),
    ("code", 9),
    ("frame", 8),
    ("location", 12),
    ("talent", 9),
    ("shot_size", 8),
    ("camera_move", 8),
    ("duration", 6.5),
    ("visual", 28),
    ("voiceover", 22),
    ("props", 12),
    ("notes", 14),
)
#: Shoot list columns kept on screen (for filtering and the import) but outside the print area;
#: the per-variant marks follow them.
SHOOT_SCREEN: tuple[tuple[str, float], ...] = (
    ("beat", 10),
    ("alt", 6),
    ("angle", 9),
    ("onscreen_text", 18),
    ("sound", 12),
)
#: Frame height in pixels inside a storyboard row; the row is a little taller.
THUMB_HEIGHT_PX = 120
ROW_HEIGHT_PT = 98
#: The shoot list's smaller thumbnails.
SHOOT_THUMB_PX = 64
SHOOT_ROW_PT = 52
#: Excel's tallest row.
MAX_ROW_PT = 409
#: An empty box to tick with a pen, and the ticked box for shots already in the can.
OPEN_MARK = "☐"
DONE_MARK = "☑"
_SCREEN_FILL = PatternFill("solid", fgColor="8C8C8C")


def _text_width(text: str) -> int:
    """Columns a line of text takes: East Asian wide characters count twice."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def row_height(values: dict[str, object], widths: dict[str, float], floor_pt: float) -> float:
    """A row tall enough for its wrapped text (LibreOffice does not grow rows by itself)."""
    lines = 1
    for key, value in values.items():
        if not isinstance(value, str) or not value or key not in widths:
            continue
        per_line = max(1.0, widths[key] - 1)
        count = sum(max(1, math.ceil(_text_width(part) / per_line)) for part in value.split("\n"))
        lines = max(lines, count)
    return min(MAX_ROW_PT, max(floor_pt, lines * 13.5 + 6))


def export_xlsx(
    project: Project,
    script: Script,
    variants: list[Variant] | None,
    media: Media | None,
    path: str | Path,
    lang: str | None = None,
    progress: Progress | None = None,
    *,
    paper: str = "a4",
) -> Path:
    """Write the workbook for ``variants`` (all of the script's when None); returns the path."""
    check_folder(path)
    lang = lang or project.language
    variants = list(variants or script.variants)
    if not variants:
        raise ValueError("no variant to export")
    wb = Workbook()
    wb.properties.creator = "Studio"
    wb.properties.title = safe_text(project.title)[:255]
    wb.properties.keywords = STUDIO_KEYWORD
    wb.properties.language = "zh-CN" if lang == "zh" else "en-US"
    taken: set[str] = set()
    plat = preset(project.platform)
    frames = FrameSource(media, lang, (plat.aspect_w, plat.aspect_h))
    cuts = [cut(script, v) for v in variants]
    shots = [u for u in union(script) if any(v in u.variants for v in variants)]
    with progress_steps(progress, sum(len(c) for c in cuts) + len(shots) + 1) as step:
        first = True
        for variant, timed in zip(variants, cuts, strict=True):
            ws = wb.active if first else wb.create_sheet()
            first = False
            ws.title = sheet_title(variant.name, taken)
            _board_sheet(ws, project, variant, timed, frames, lang, paper, step)
        ws = wb.create_sheet(sheet_title(word("shoot_list", lang), taken))
        _shoot_sheet(ws, project, script, variants, frames, lang, paper, step)
        ws = wb.create_sheet(sheet_title(word("variants", lang), taken))
        _matrix_sheet(ws, project, script, variants, lang, paper)
        if any(v.id in project.results for v in script.variants):
            add_results_sheet(wb, project, script, lang)
        written = atomic_write(path, wb.save)
        step()
    return written


def _header(ws: Worksheet, columns: list[tuple[str, float]], lang: str, head_font: object) -> None:
    for col, (key, width) in enumerate(columns, start=1):
        title = key if key.startswith("@") else word(key, lang)
        put(ws, 1, col, title.lstrip("@"), head_font, CENTRE)
        ws.cell(row=1, column=col).fill = HEAD_FILL
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.row_dimensions[1].height = 22
    ws.freeze_panes = "B2"


def _enum_checks(ws: Worksheet, columns: list[tuple[str, float]], last_row: int, lang: str) -> None:
    keys = [k for k, _ in columns]
    for key, members in (("shot_size", list(ShotSize)), ("camera_move", list(CameraMove))):
        if key in keys:
            letter = get_column_letter(keys.index(key) + 1)
            title = word(key, lang)
            message = f"请从列表中选择{title}" if lang == "zh" else f"Choose a {title.lower()} from the list"
            list_validation(
                ws,
                [label(m, lang) for m in members],
                f"{letter}2:{letter}{max(last_row, 2) + 200}",
                title,
                message,
            )


def _board_sheet(ws: Worksheet, project: Project, variant: Variant, timed: list, frames: FrameSource,
                 lang: str, paper: str, step: object) -> None:  # fmt: skip
    body, bold, head = fonts(lang)
    columns = list(BOARD_COLUMNS)
    _header(ws, columns, lang, head)
    frame_col = [k for k, _ in columns].index("frame") + 1
    fills = {kind: PatternFill("solid", fgColor=c.pale) for kind, c in BEAT_COLOURS.items()}
    col_px = round(dict(columns)["frame"] * 7 + 5)
    row = 1
    for t in timed:
        row += 1
        shot = t.shot
        pale = fills[t.beat.kind]
        values: dict[str, object] = {
            "code": shot.code,
            "beat": beat_label(t.beat.kind, t.beat.name, lang),
            "frame": None,
            "in": t.start_ds / 10,
            "out": t.end_ds / 10,
            "duration": shot.duration_ds / 10,
            "shot_size": label(shot.shot_size, lang),
            "camera_move": label(shot.camera_move, lang),
            "visual": shot.visual,
            "voiceover": shot.voiceover,
            "onscreen_text": shot.onscreen_text,
            "sound": shot.sound,
            "notes": shot.notes,
        }
        for col, (key, _) in enumerate(columns, start=1):
            value = values[key]
            if key in ("in", "out", "duration"):
                put(ws, row, col, value, bold if key == "duration" else body, CENTRE_TOP, number_format="0.0")
            elif key in ("code", "beat"):
                put(ws, row, col, value, bold if key == "code" else body, CENTRE_TOP, fill=pale)
            else:
                put(ws, row, col, value, body)
        height = row_height(values, dict(columns), ROW_HEIGHT_PT)
        ws.row_dimensions[row].height = height
        _place_image(ws, frames.get(shot, "thumb"), row, frame_col, col_px, THUMB_HEIGHT_PX, height)
        step()  # type: ignore[operator]
    last = row
    total_row = last + 1
    put(ws, total_row, 1, word("total_row", lang), bold, CENTRE)
    keys = [k for k, _ in columns]
    cell = put(
        ws, total_row, keys.index("duration") + 1, sum(t.shot.duration_ds for t in timed) / 10, bold, CENTRE
    )
    cell.number_format = "0.0"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{max(last, 2)}"
    _enum_checks(ws, columns, last, lang)
    print_setup(ws, paper, 1, f"{project.title} — {variant.name} · {word('storyboard', lang)}", len(columns))


class _Picture(XLImage):
    """A picture whose bytes and size are already known: openpyxl would open it with Pillow twice."""

    def __init__(self, data: bytes, fmt: str, width: int, height: int) -> None:
        self.ref = io.BytesIO(data)
        self._bytes = data
        self.format = fmt
        self.width, self.height = width, height

    def _data(self) -> bytes:
        return self._bytes


def _place_image(ws: Worksheet, image: object, row: int, col: int, col_px: int, box_px: int,
                 row_pt: float) -> None:  # fmt: skip
    """Anchor a picture in a cell, at most ``box_px`` tall, centred in the column and the row."""
    width, height = image.width, image.height  # type: ignore[attr-defined]
    scale = box_px / max(height, 1)
    w_px, h_px = max(1, round(width * scale)), box_px
    if w_px > col_px - 6:
        w_px = col_px - 6
        h_px = max(1, round(height * w_px / max(width, 1)))
    pic = _Picture(image.data, image.format, w_px, h_px)  # type: ignore[attr-defined]
    row_px = round(row_pt * 96 / 72)
    # Centred in a row about its own height; near the top of a row grown for long text.
    top = (row_px - h_px) // 2 if row_px - h_px < 40 else 6
    marker = AnchorMarker(
        col=col - 1,
        colOff=pixels_to_EMU(max(0, (col_px - w_px) // 2)),
        row=row - 1,
        rowOff=pixels_to_EMU(max(0, top)),
    )
    pic.anchor = OneCellAnchor(_from=marker, ext=XDRPositiveSize2D(pixels_to_EMU(w_px), pixels_to_EMU(h_px)))
    ws.add_image(pic)


def _shoot_sheet(ws: Worksheet, project: Project, script: Script, variants: list[Variant],
                 frames: FrameSource, lang: str, paper: str, step: object) -> None:  # fmt: skip
    """The union of every variant's shots, ordered for shooting: by location, then talent.

    The crew's columns come first and make the print area, with a thumbnail and a box to
    tick; the beat, alternative, angle, texts for the edit and the variant marks follow on
    screen only (the import reads them back).
    """
    body, bold, head = fonts(lang)
    tick_font = copy(body)
    tick_font.size = 14
    names = [v.name for v in variants]
    columns = [
        *SHOOT_PRINTED,
        *SHOOT_SCREEN,
        *((f"@{n}", max(6.0, min(14.0, _text_width(n) + 2))) for n in names),
    ]
    printed = len(SHOOT_PRINTED)
    _header(ws, columns, lang, head)
    for col in range(printed + 1, len(columns) + 1):
        ws.cell(row=1, column=col).fill = _SCREEN_FILL
    ws.freeze_panes = "D2"
    widths = dict(columns)
    keys = [k for k, _ in columns]
    frame_col = keys.index("frame") + 1
    col_px = round(widths["frame"] * 7 + 5)
    shots = [u for u in union(script) if any(v in u.variants for v in variants)]
    fills = {kind: PatternFill("solid", fgColor=c.pale) for kind, c in BEAT_COLOURS.items()}
    order = {id(u.shot): i + 1 for i, u in enumerate(shots)}
    shots.sort(key=lambda u: (u.shot.location.casefold() or "\uffff", u.shot.talent.casefold() or "\uffff",
                              order[id(u.shot)]))  # fmt: skip
    row = 1
    for u in shots:
        row += 1
        shot = u.shot
        done = shot.status in (ShotStatus.SHOT, ShotStatus.APPROVED)
        values: dict[str, object] = {
            "done": DONE_MARK if done else OPEN_MARK,
            "seq": order[id(shot)],
            "code": shot.code,
            "frame": None,
            "beat": beat_label(u.beat.kind, u.beat.name, lang),
            "alt": u.alt.label,
            "location": shot.location,
            "talent": shot.talent,
            "shot_size": label(shot.shot_size, lang),
            "camera_move": label(shot.camera_move, lang),
            "angle": label(shot.angle, lang),
            "duration": shot.duration_ds / 10,
            "visual": shot.visual,
            "voiceover": shot.voiceover,
            "onscreen_text": shot.onscreen_text,
            "sound": shot.sound,
            "props": shot.props,
            "notes": shot.notes,
        }
        for variant, name in zip(variants, names, strict=True):
            values[f"@{name}"] = "●" if variant in u.variants else ""
        pale = fills[u.beat.kind]
        for col, key in enumerate(keys, start=1):
            value = values[key]
            if key == "duration":
                put(ws, row, col, value, bold, CENTRE_TOP, number_format="0.0")
            elif key == "done":
                put(ws, row, col, value, tick_font, CENTRE_TOP)
            elif key in ("seq", "code", "alt") or key.startswith("@"):
                fill = pale if key == "code" else None
                put(ws, row, col, value, bold if key == "code" else body, CENTRE_TOP, fill=fill)
            else:
                put(ws, row, col, value, body)
        printed_values = {k: values[k] for k, _ in SHOOT_PRINTED}
        height = row_height(printed_values, widths, SHOOT_ROW_PT)
        ws.row_dimensions[row].height = height
        _place_image(ws, frames.get(shot, "thumb"), row, frame_col, col_px, SHOOT_THUMB_PX, height)
        step()  # type: ignore[operator]
    last = row
    cell = put(
        ws, last + 1, keys.index("duration") + 1, sum(u.shot.duration_ds for u in shots) / 10, bold, CENTRE
    )
    cell.number_format = "0.0"
    put(ws, last + 1, keys.index("code") + 1, word("total_row", lang), bold, CENTRE)
    ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{max(last, 2)}"
    _enum_checks(ws, columns, last, lang)
    done_letter = get_column_letter(keys.index("done") + 1)
    list_validation(ws, [OPEN_MARK, DONE_MARK], f"{done_letter}2:{done_letter}{last + 200}", word("done", lang),
                    f"只能填 {DONE_MARK} 或 {OPEN_MARK}" if lang == "zh" else f"Use {DONE_MARK} or {OPEN_MARK}")  # fmt: skip
    print_setup(ws, paper, 1, f"{project.title} · {word('shoot_list', lang)}", printed)
    ws.print_area = f"A1:{get_column_letter(printed)}{last + 1}"


def _matrix_sheet(ws: Worksheet, project: Project, script: Script, variants: list[Variant],
                  lang: str, paper: str) -> None:  # fmt: skip
    """Beats down, variants across: which alternative each variant plays, and its length."""
    body, bold, head = fonts(lang)
    columns = [("beat", 16), *((f"@{v.name}", 18) for v in variants)]
    _header(ws, columns, lang, head)
    base = script.base_variant
    highlight = PatternFill("solid", fgColor="FFF2CC")
    row = 1
    put(ws, row + 1, 1, word("variable", lang), bold)
    put(ws, row + 2, 1, word("hypothesis", lang), bold)
    for col, variant in enumerate(variants, start=2):
        put(ws, row + 1, col, label(variant.variable, lang), body)
        put(ws, row + 2, col, variant.hypothesis, body)
    # LibreOffice does not grow rows for wrapped text on its own: give the hypotheses room.
    longest = max((len(v.hypothesis) for v in variants), default=0)
    ws.row_dimensions[row + 2].height = min(120, 15 * (1 + longest // 14))
    row += 2
    for beat in script.beats:
        if not beat.alternatives:
            continue
        row += 1
        cell = put(ws, row, 1, beat_label(beat.kind, beat.name, lang), bold)
        cell.fill = PatternFill("solid", fgColor=BEAT_COLOURS[beat.kind].pale)
        for col, variant in enumerate(variants, start=2):
            alt = chosen_alternative(variant, beat)
            seconds = alt.duration_ds / 10
            text = f"{word('alt', lang)} {alt.label} · {seconds:.1f}"
            cell = put(ws, row, col, text, body, CENTRE_TOP)
            if alt is not chosen_alternative(base, beat):
                cell.fill = highlight
    row += 1
    put(ws, row, 1, word("total", lang) + (" (秒)" if lang == "zh" else " (s)"), bold)
    for col, variant in enumerate(variants, start=2):
        put(ws, row, col, total_ds(script, variant) / 10, bold, CENTRE).number_format = "0.0"
    ws.freeze_panes = "B2"
    print_setup(ws, paper, 1, f"{project.title} · {word('variants', lang)}", len(columns))
