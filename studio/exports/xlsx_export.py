"""The 分镜头脚本 workbook (openpyxl): a storyboard sheet per variant, the shoot list, the variant matrix.

Frames use the store's thumbnail rendition (360 px long edge): about 250 dpi at the
printed cell size, and small enough that a 200-shot workbook with several variants stays
a few megabytes. Every duration and total is a number, every text cell stays text.
"""

from __future__ import annotations

import itertools
import logging
import math
import unicodedata
from collections.abc import Callable, Sequence
from copy import copy
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from studio.exports.board import storyboard_head
from studio.exports.common import (
    FrameImage,
    FrameSource,
    Media,
    Progress,
    atomic_write,
    check_folder,
    heading,
    progress_steps,
    safe_text,
    title_line,
    word,
)
from studio.exports.results_creators_sheet import add_creators_sheet, has_creator_results
from studio.exports.results_sheet import add_results_sheet
from studio.exports.retention_sheet import add_retention_sheet
from studio.exports.xlsx_common import (
    CENTRE,
    CENTRE_TOP,
    HEAD_FILL,
    STUDIO_KEYWORD,
    WRAP_TOP,
    fonts,
    list_validation,
    print_setup,
    put,
    sheet_title,
)
from studio.exports.xlsx_pictures import MediaNames, place_image, save_workbook
from studio.exports.xlsx_print import approval_rows, first_band_end, print_in_bands, report_print_setup
from studio.models.entities import Project, Script, Variant
from studio.models.enums import CameraMove, ShotSize, ShotStatus
from studio.models.frame_format import format_preset
from studio.models.palette import BEAT_COLOURS
from studio.models.timeline import TimedShot, chosen_alternative, cut, total_ds, union
from studio.models.vocab import beat_label, label
from studio.wording import say_in

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
#: The shoot list's camera columns (set-up, interior/exterior, time of day, lens), after the alternative.
CAMERA_COLUMNS: tuple[tuple[str, float], ...] = (
    ("setup", 6),
    ("setting", 6),
    ("time_of_day", 5),
    ("lens", 8),
)
#: Shoot list columns, all printed (fitted to the page width); a mark column per variant follows.
SHOOT_COLUMNS: tuple[tuple[str, float], ...] = (
    ("done", 5),
    ("seq", 4.5),
    ("code", 8),
    ("frame", 8),
    ("beat", 8),
    ("alt", 5),
    ("location", 10),
    ("talent", 8),
    ("shot_size", 7),
    ("camera_move", 7),
    ("angle", 8.5),
    ("duration", 6.5),
    ("visual", 22),
    ("voiceover", 20),
    ("onscreen_text", 14),
    ("sound", 10),
    ("props", 10),
    ("notes", 12),
)
#: A variant mark column's width (a "●" under the variant's name, turned up), and the points a
#: character of that name takes along the turned header (10 pt bold; a Chinese one counts two).
MARK_WIDTH = 5.0
MARK_CHAR_PT = 6.5
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
    include_results: bool = False,
) -> Path:
    """Write the workbook for ``variants`` (all of the script's when None); returns the path.

    The results, retention and creators sheets (spend, GMV, plays, orders) are the operator's:
    written only with ``include_results``, so the crew's shot list and a pack's never carry them.
    """
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
    source = FrameSource(media, lang)
    names = MediaNames()
    cuts = [cut(script, v) for v in variants]
    shots = [u for u in union(script) if any(v in u.variants for v in variants)]
    with progress_steps(progress, sum(len(c) for c in cuts) + len(shots) + 1) as step:
        first = True
        for variant, timed in zip(variants, cuts, strict=True):
            ws = wb.active if first else wb.create_sheet()
            first = False
            ws.title = sheet_title(variant.name, taken)
            plat = format_preset(project, variant)  # each variant's sheet in its own frame format
            _board_sheet(ws, project, variant, timed, source.shaped((plat.aspect_w, plat.aspect_h)), names, lang, paper,
                         step)  # fmt: skip
        ws = wb.create_sheet(sheet_title(word("shoot_list", lang), taken))
        plat = format_preset(project)  # shots are shared by the variants: the project's format
        _shoot_sheet(ws, project, script, variants, source.shaped((plat.aspect_w, plat.aspect_h)), names, lang, paper,
                     step)  # fmt: skip
        ws = wb.create_sheet(sheet_title(word("variants", lang), taken))
        _matrix_sheet(ws, project, script, variants, lang, paper)
        reports = []
        if include_results and any(v.id in project.results for v in script.variants):
            reports.append(add_results_sheet(wb, project, script, lang))
        if include_results:
            reports.append(add_retention_sheet(wb, project, script, lang, taken))
        if include_results and has_creator_results(project):
            reports.append(add_creators_sheet(wb, project, script, lang))
        for report in reports:
            if report is not None:
                report_print_setup(report, paper, heading(project.title, report.title))
        written = atomic_write(path, lambda fh: save_workbook(wb, fh))
        step()
    return written


#: Bold header text is wider than the body font the column width is counted in; plus the cell's padding.
HEAD_SCALE, HEAD_PAD = 1.15, 1.5


def _tokens(title: str) -> list[str]:
    """The pieces a header may break between: words, and each Chinese character on its own."""
    out: list[str] = []
    for word_ in title.split():
        piece = ""
        for ch in word_:
            if unicodedata.east_asian_width(ch) in "WF":
                out += [piece, ch] if piece else [ch]
                piece = ""
            else:
                piece += ch
        if piece:
            out.append(piece)
    return out


def header_lines(title: str, width: float) -> int:
    """Lines a header takes in a column ``width`` wide, breaking only between tokens."""
    room = (width - HEAD_PAD) / HEAD_SCALE
    lines, used = 1, 0.0
    for token in _tokens(title):
        size = _text_width(token)
        gap = 1 if used and token.isascii() else 0
        if used and used + gap + size > room:
            lines, used = lines + 1, size
        else:
            used += gap + size
    return lines


def header_width(title: str, width: float) -> float:
    """At least ``width``, and wide enough that the header keeps its words whole in two lines at most."""
    longest = max((_text_width(t) for t in _tokens(title)), default=1)
    width = max(width, longest * HEAD_SCALE + HEAD_PAD)
    while header_lines(title, width) > 2:
        width += 0.5
    return round(width, 1)


def frame_width(aspect: tuple[int, int]) -> float:
    """The board's frame column for a frame format: 13 characters for 9:16, wider as the frame widens (24 for 16:9)."""
    shape = aspect[0] / max(1, aspect[1])
    return round(13 + 11 * min(1.0, max(0.0, (shape - 9 / 16) / (16 / 9 - 9 / 16))), 1)


def _header(
    ws: Worksheet, columns: Sequence[tuple[str, float]], lang: str, head_font: object
) -> dict[str, float]:
    """Write the header row; returns each column's width, grown so no header breaks inside a word."""
    widths: dict[str, float] = {}
    lines = 1
    for col, (key, width) in enumerate(columns, start=1):
        title = (key if key.startswith("@") else word(key, lang)).lstrip("@")
        put(ws, 1, col, title, head_font, CENTRE)
        ws.cell(row=1, column=col).fill = HEAD_FILL
        widths[key] = header_width(safe_text(title), width)
        lines = max(lines, header_lines(safe_text(title), widths[key]))
        ws.column_dimensions[get_column_letter(col)].width = widths[key]
    ws.row_dimensions[1].height = 10 + 13 * lines
    ws.freeze_panes = "B2"
    return widths


def _turn_up_marks(ws: Worksheet, keys: list[str], widths: dict[str, float]) -> None:
    """The variant mark columns narrow, each variant's name turned up to read bottom to top.

    A mark column as wide as its variant's name ("Word-of-mouth proof") took a print band of its
    own. Turned up, a name wraps at its spaces into two lines at most; the header row grows to hold
    the longer line (the name itself is kept whole: the import reads it back)."""
    marks = [(col, key) for col, key in enumerate(keys, start=1) if key.startswith("@")]
    tallest = 0.0
    for col, key in marks:
        cell = ws.cell(row=1, column=col)
        cell.alignment = Alignment(horizontal="center", vertical="bottom", text_rotation=90, wrap_text=True)
        widths[key] = MARK_WIDTH
        ws.column_dimensions[get_column_letter(col)].width = MARK_WIDTH
        tallest = max(tallest, _turned_length(key[1:]))
    if marks:
        ws.row_dimensions[1].height = max(ws.row_dimensions[1].height or 0, tallest)


def _turned_length(name: str) -> float:
    """Points a turned-up header takes: its longer line once the name is cut in two where it may
    break (between words, or between Chinese characters) most evenly."""
    tokens = _tokens(safe_text(name)) or [name]

    def length(part: list[str]) -> int:
        return sum(_text_width(t) for t in part) + sum(
            1 for a, b in itertools.pairwise(part) if a.isascii() and b.isascii()
        )

    longest = min(max(length(tokens[:i]), length(tokens[i:])) for i in range(1, len(tokens) + 1))
    return longest * MARK_CHAR_PT + 14


def _enum_checks(ws: Worksheet, columns: list[tuple[str, float]], last_row: int, lang: str) -> None:
    keys = [k for k, _ in columns]
    for key, members in (("shot_size", list(ShotSize)), ("camera_move", list(CameraMove))):
        if key in keys:
            letter = get_column_letter(keys.index(key) + 1)
            title = word(key, lang)
            # Chinese has no case: lowering the title only changes the English sentence
            message = say_in(lang, "export.choose_from_list", title=title.lower())
            list_validation(
                ws,
                [label(m, lang) for m in members],
                f"{letter}2:{letter}{max(last_row, 2) + 200}",
                title,
                message,
            )


@dataclass(frozen=True)
class _Look:
    """How a column's cells look in a shot's row; ``pale``: filled with the pale colour of the shot's beat."""

    font: Font
    align: Alignment = WRAP_TOP
    number_format: str | None = None
    pale: bool = False


def _shot_row(ws: Worksheet, row: int, looks: dict[str, _Look], values: dict[str, object], pale: PatternFill,
              widths: dict[str, float], floor_pt: float, frame: FrameImage, names: MediaNames, box_px: int) -> None:  # fmt: skip
    """A shot's row: each value in its column (``looks`` in column order), the row as tall as its text
    needs and the frame's thumbnail in the frame column."""
    for col, (key, look) in enumerate(looks.items(), start=1):
        fill = pale if look.pale else None
        put(ws, row, col, values[key], look.font, look.align, fill=fill, number_format=look.number_format)
    height = row_height(values, widths, floor_pt)
    ws.row_dimensions[row].height = height
    col_px = round(widths["frame"] * 7 + 5)
    place_image(ws, frame, names, row, list(looks).index("frame") + 1, col_px, box_px, height)


def _board_sheet(ws: Worksheet, project: Project, variant: Variant, timed: list[TimedShot], frames: FrameSource,
                 names: MediaNames, lang: str, paper: str, step: Callable[[], None]) -> None:  # fmt: skip
    body, bold, head = fonts(lang)
    columns = [(k, frame_width(frames.aspect) if k == "frame" else w) for k, w in BOARD_COLUMNS]
    widths = _header(ws, columns, lang, head)
    fills = {kind: PatternFill("solid", fgColor=c.pale) for kind, c in BEAT_COLOURS.items()}
    timing = _Look(body, CENTRE_TOP, number_format="0.0")
    special = {"in": timing, "out": timing, "duration": _Look(bold, CENTRE_TOP, number_format="0.0"),
               "code": _Look(bold, CENTRE_TOP, pale=True), "beat": _Look(body, CENTRE_TOP, pale=True)}  # fmt: skip
    looks = {k: special.get(k, _Look(body)) for k, _ in columns}
    row = 1
    for t in timed:
        row += 1
        shot = t.shot
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
        _shot_row(ws, row, looks, values, fills[t.beat.kind], widths, ROW_HEIGHT_PT, frames.get(shot, "thumb"),
                  names, THUMB_HEIGHT_PX)  # fmt: skip
        step()
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
    approval_rows(ws, total_row + 2, len(columns), lang)
    print_setup(ws, paper, 1, storyboard_head(project, variant, lang), len(columns))


def _shoot_sheet(ws: Worksheet, project: Project, script: Script, variants: list[Variant],
                 frames: FrameSource, media: MediaNames, lang: str, paper: str, step: Callable[[], None]) -> None:  # fmt: skip
    """The union of every variant's shots, ordered for shooting: by location, then talent.

    Every column prints, fitted to the page width: the crew's box to tick, a thumbnail, where
    and with whom, the texts, and a mark under each variant that uses the shot (the import
    reads them back).
    """
    body, bold, head = fonts(lang)
    tick_font = copy(body)
    tick_font.size = 14
    names = [v.name for v in variants]
    shots = [u for u in union(script) if any(v in u.variants for v in variants)]
    base = list(SHOOT_COLUMNS)
    # The camera's facts, as a call sheet groups set-ups, only when the script has any: most leave them empty.
    if any(getattr(u.shot, k) for u in shots for k, _w in CAMERA_COLUMNS):
        at = [k for k, _ in base].index("alt") + 1
        base[at:at] = CAMERA_COLUMNS
    columns = [*base, *((f"@{n}", MARK_WIDTH) for n in names)]
    widths = _header(ws, columns, lang, head)
    ws.freeze_panes = "D2"
    keys = [k for k, _ in columns]
    _turn_up_marks(ws, keys, widths)
    fills = {kind: PatternFill("solid", fgColor=c.pale) for kind, c in BEAT_COLOURS.items()}
    centred, plain = _Look(body, CENTRE_TOP), _Look(body)
    special = {"duration": _Look(bold, CENTRE_TOP, number_format="0.0"), "done": _Look(tick_font, CENTRE_TOP),
               "code": _Look(bold, CENTRE_TOP, pale=True), "seq": centred, "alt": centred}  # fmt: skip
    looks = {k: special.get(k, centred if k.startswith("@") else plain) for k in keys}
    order = {id(u.shot): i + 1 for i, u in enumerate(shots)}
    shots.sort(key=lambda u: (u.shot.location.casefold() or "\uffff", u.shot.setup.casefold() or "\uffff",
                              u.shot.talent.casefold() or "\uffff", order[id(u.shot)]))  # fmt: skip
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
            "setup": shot.setup,
            "setting": label(shot.setting, lang),
            "time_of_day": label(shot.time_of_day, lang),
            "lens": shot.lens,
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
        _shot_row(ws, row, looks, values, fills[u.beat.kind], widths, SHOOT_ROW_PT, frames.get(shot, "thumb"),
                  media, SHOOT_THUMB_PX)  # fmt: skip
        step()
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
                    say_in(lang, "export.use_marks", done=DONE_MARK, open=OPEN_MARK))  # fmt: skip
    print_setup(
        ws,
        paper,
        1,
        heading(project.title, word("shoot_list", lang), title_line(project, lang)),
        len(columns),
    )
    # 22 columns fitted to one page width printed at about 7 pt: bands at 9 pt or more instead, the
    # marks never a band of their own.
    print_in_bands(ws, paper, len(columns), keys.index("code") + 1, glue=len(base) + 1 if names else None)
    # Under the first band, the pages a client signs, as on the Word and PDF shoot lists.
    approval_rows(ws, last + 3, first_band_end(ws, len(columns)), lang)


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
    put(ws, row, 1, word("total", lang) + say_in(lang, "export.in_seconds"), bold)
    for col, variant in enumerate(variants, start=2):
        put(ws, row, col, total_ds(script, variant) / 10, bold, CENTRE).number_format = "0.0"
    ws.freeze_panes = "B2"
    print_setup(
        ws, paper, 1, heading(project.title, word("variants", lang), title_line(project, lang)), len(columns)
    )
