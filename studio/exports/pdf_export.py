"""A print-ready PDF: each variant's storyboard, then the shoot list, A4 or Letter landscape.

Why fpdf2: it is pure Python (no Cairo/Pango like WeasyPrint, no LibreOffice at run time),
it embeds and subsets TrueType and TrueType-collection fonts, so Chinese prints with the
system's CJK font (wqy-microhei, Noto CJK, PingFang, YaHei; see
studio.media.fonts.cjk_font_path) as real glyphs, and its table API repeats the header
row on every page and keeps pictures inside cells. ReportLab would need its CID fonts,
which show boxes unless the reader has the Adobe Asian font packs.
"""

from __future__ import annotations

import contextlib
import dataclasses
import io
import logging
import unicodedata
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import TextMode
from fpdf.fonts import FontFace
from fpdf.line_break import Fragment
from fpdf.table import RowLayoutInfo, Table

from studio.exports.board import board_widths, cover_items, grid_of, storyboard_head
from studio.exports.common import (
    APPROVAL_BOXES,
    PAPERS,
    FrameSource,
    Media,
    Progress,
    atomic_write,
    check_folder,
    heading,
    join_names,
    plain_text,
    progress_steps,
    seconds_text,
    shot_extras,
    title_line,
    word,
)
from studio.exports.pdf_fonts import add_font
from studio.exports.pdf_grid import grid_board
from studio.exports.pdf_lines import BreakingPdf
from studio.exports.results_creators_pdf import add_creators_page
from studio.exports.results_creators_sheet import has_creator_results
from studio.exports.results_pdf import add_results_page, has_results
from studio.exports.retention_pdf import add_retention_page, has_curves
from studio.media.fonts import cjk_font_path
from studio.models.entities import Project, Script, Variant
from studio.models.enums import ShotStatus
from studio.models.frame_format import format_preset
from studio.models.palette import BEAT_COLOURS, rgb
from studio.models.timeline import TimedShot, UnionShot, beat_spans, cut, format_timecode, union
from studio.models.vocab import beat_label, label

log = logging.getLogger(__name__)

#: Storyboard columns: fixed widths in mm, then the texts' shares of what the frame column leaves.
BOARD_FIXED: dict[str, float] = {"code": 16, "time": 18, "size_move": 18}
BOARD_SHARES: dict[str, float] = {
    "visual": 58,
    "voiceover": 52,
    "onscreen_text": 36,
    "sound": 26,
    "notes": 30,
}
#: Frames fill their column's width; the column is sized so a frame is at most this wide and tall, in mm:
#: a 9:16 frame prints about 37 mm tall, large enough to read on paper.
FRAME_MAX_MM = (45.0, 38.0)
CELL_PADDING_MM = 1.2
#: Padding of the frame's cell, in mm: (top and bottom, sides); the frame never touches the border.
FRAME_PADDING_MM = (2.0, 2.0)
#: A table cell holds at most this many lines; longer text is cut there and printed in full under the table
#: (a row taller than the page would stop the PDF).
MAX_CELL_LINES = 28
#: Width of a half-width character at 8 pt, in mm (a Chinese character takes two).
HALF_WIDTH_MM = 1.45
#: Stroke width of the synthetic bold, as a fraction of the font size (CJK fonts ship one weight).
FAKE_BOLD = 0.035
#: Shoot list columns and their relative widths, scaled to the page width.
SHOOT: tuple[tuple[str, float], ...] = (
    ("done", 11),
    ("seq", 8),
    ("code", 17),
    ("frame", 12),
    ("location", 20),
    ("talent", 15),
    ("size_move_angle", 20),
    ("duration", 15),
    ("visual", 42),
    ("voiceover", 36),
    ("props", 20),
    ("variant", 26),
)
#: The camera's facts, as the Excel shoot list carries them, after the talent: only when the script has any.
SHOOT_CAMERA: tuple[tuple[str, float], ...] = (
    ("setup", 12),
    ("setting", 13),
    ("time_of_day", 11),
    ("lens", 13),
)
#: Fonts for the characters the CJK font has no glyph for.
FALLBACK_FONTS = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
    "/Library/Fonts/Arial Unicode.ttf",
    "C:/Windows/Fonts/arial.ttf",
)
#: The box to tick on set, drawn large enough to tick with a pen.
_TICK = FontFace(size_pt=13, color=(90, 90, 90))
_HEAD = FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=(64, 64, 64))


def column_widths(width: float, aspect_w: int, aspect_h: int) -> dict[str, float]:
    """Each storyboard column's width in mm for a table ``width`` mm wide."""
    max_w, max_h = FRAME_MAX_MM
    frame = min(max_w, max_h * max(aspect_w, 1) / max(aspect_h, 1)) + 2 * FRAME_PADDING_MM[1]
    return board_widths(width, frame, BOARD_FIXED, BOARD_SHARES)


class _BoldFragment(Fragment):
    """Text drawn filled and outlined in its own colour: bold for a font that has one weight."""

    def render_pdf_text(self, *args: object, **kwargs: object) -> str:
        """The fragment's text operators, preceded by a stroke colour equal to the text colour."""
        text = super().render_pdf_text(*args, **kwargs)  # type: ignore[arg-type]
        colour = self.text_color
        if not text or colour is None:
            return text
        return f"{colour.serialize().upper()} {text}"


class _KeepTable(Table):
    """A table whose marked rows (the beat bands) move to the next page with the row after them."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.keep_with_next: set[int] = set()

    def mark_keep_with_next(self) -> None:
        """Keep the row just added together with the next one."""
        self.keep_with_next.add(len(self.rows) - 1)

    def _compute_rows_info(self) -> Iterator[RowLayoutInfo]:
        """fpdf2's row layout, with each kept row as tall as itself and the next for page breaking."""
        infos = list(super()._compute_rows_info())
        for i in sorted(self.keep_with_next):
            if i + 1 < len(infos):
                joined = infos[i].pagebreak_height + infos[i + 1].pagebreak_height
                infos[i] = dataclasses.replace(infos[i], pagebreak_height=joined)
        return iter(infos)


@contextlib.contextmanager
def keep_table(pdf: FPDF, **kwargs: object) -> Iterator[_KeepTable]:
    """Like FPDF.table(), with rows that can be kept with the next one."""
    table = _KeepTable(pdf, **kwargs)
    yield table
    table.render()


class _Pdf(BreakingPdf):
    """FPDF with a running header and 'page x of y' footer."""

    def __init__(self, paper: str, lang: str) -> None:
        super().__init__(orientation="L", unit="mm", format="A4" if paper == "a4" else "Letter")
        self.lang = lang
        self.running_head = ""
        self.family = "Helvetica"
        self.unicode = False
        self.fake_bold = False
        self.long_texts: list[tuple[str, str]] = []
        path = cjk_font_path()
        if path is not None:
            try:
                add_font(self, "cjk", "", str(path))
                add_font(self, "cjk", "B", str(path))  # the CJK fonts ship one weight
                self.family, self.unicode = "cjk", True
                self.fake_bold = True
            except Exception:  # a font fpdf2 cannot parse: fall back to the core font
                log.warning("cannot use font %s in the PDF", path, exc_info=True)
        if self.unicode:
            self._add_fallback()
        self.set_margins(10, 14, 10)
        self.set_auto_page_break(True, margin=13)

    def _add_fallback(self) -> None:
        """A second font for what the CJK font lacks (Hebrew, Arabic, Greek, symbols)."""
        for candidate in FALLBACK_FONTS:
            if not Path(candidate).is_file():
                continue
            try:
                add_font(self, "fallback", "", candidate)
                add_font(self, "fallback", "B", candidate)
                self.set_fallback_fonts(["fallback"], exact_match=False)
            except Exception:
                log.warning("cannot use fallback font %s in the PDF", candidate, exc_info=True)
                continue
            return

    def _preload_font_styles(self, *args: object, **kwargs: object) -> Sequence[Fragment]:
        """Fragments as FPDF makes them, bold ones switched to fill-and-stroke when faking bold."""
        fragments = super()._preload_font_styles(*args, **kwargs)  # type: ignore[arg-type]
        if not self.fake_bold:
            return fragments
        return tuple(_embolden(f) for f in fragments)

    def txt(self, value: object) -> str:
        """Text the current font can draw."""
        text = plain_text(value)
        if not self.unicode:
            text = text.encode("latin-1", "replace").decode("latin-1")
        return text

    def fit(self, value: object, width_mm: float, label: str) -> str:
        """Drawable text that fits MAX_CELL_LINES lines of a cell ``width_mm`` wide; the rest is noted."""
        text = self.txt(value)
        per_line = max(4, int((width_mm - 2 * CELL_PADDING_MM) / HALF_WIDTH_MM))
        budget, used = per_line * MAX_CELL_LINES, 0
        for i, ch in enumerate(text):
            if ch == "\n":
                used += per_line - used % per_line
            else:
                used += 2 if unicodedata.east_asian_width(ch) in "WF" else 1
            if used > budget:
                self.long_texts.append((self.txt(label), text))
                return f"{text[: max(0, i - 6)]}… [{len(self.long_texts)}]"
        return text

    def flush_long_texts(self) -> None:
        """Print in full the texts that were cut to fit their cells, numbered as their marks."""
        if not self.long_texts:
            return
        self.ln(2)
        for n, (label_text, text) in enumerate(self.long_texts, start=1):
            self.set_font(self.family, "B", 8)
            self.multi_cell(0, 4, f"[{n}] {label_text}", new_x="LMARGIN", new_y="NEXT", align="L")
            self.set_font(self.family, "", 8)
            self.multi_cell(0, 3.9, text, new_x="LMARGIN", new_y="NEXT", align="L")
            self.ln(1)
        self.long_texts.clear()

    def header(self) -> None:
        self.set_font(self.family, size=8)
        self.set_text_color(110, 110, 110)
        self.set_xy(self.l_margin, 6)
        self.cell(0, 5, self.txt(self.running_head))
        self.set_text_color(34, 34, 34)
        self.set_xy(self.l_margin, 14)

    def footer(self) -> None:
        self.set_y(-10)
        self.set_font(self.family, size=8)
        self.set_text_color(110, 110, 110)
        text = word("page", self.lang, page=self.page_no(), pages="{nb}")
        self.cell(0, 5, self.txt(text), align="C")
        self.set_text_color(34, 34, 34)


def _embolden(fragment: Fragment) -> Fragment:
    if type(fragment) is not Fragment or "B" not in fragment.font_style:
        return fragment
    state = fragment.graphics_state.copy()
    state.text_mode = TextMode.FILL_STROKE
    # FPDF writes this value straight into the content stream, where the unit is the point.
    state.line_width = round(state.font_size_pt * FAKE_BOLD, 2)
    fragment.graphics_state = state
    fragment.__class__ = _BoldFragment
    return fragment


def export_pdf(
    project: Project,
    script: Script,
    variants: list[Variant],
    media: Media | None,
    path: str | Path,
    lang: str | None = None,
    progress: Progress | None = None,
    *,
    paper: str = "a4",
    snapshot: str | None = None,
    date: str | None = None,
    layout: str = "table",
    shots: Collection[str] | None = None,
    storyboard: bool = True,
    include_results: bool = False,
) -> Path:
    """Write storyboards for ``variants`` and the shoot list of their shots to one PDF.

    ``layout`` is 'table' (a row per shot) or a grid of large panels, '3x2' or '2x3' (see board.LAYOUTS);
    the shoot list is always a table. ``shots`` keeps the shoot list to those shot ids (a filtered shot
    list prints what it shows); ``storyboard=False`` leaves the storyboards out (the crew's shoot list).
    The results, retention and creators pages (spend, GMV, plays, orders) are the operator's: printed
    only with ``include_results``, never on a client's storyboard or a crew's shoot list.
    """
    if not variants:
        raise ValueError("no variant to export")
    grid = grid_of(layout)
    if paper not in PAPERS:
        raise ValueError(f"paper must be one of {PAPERS}")
    check_folder(path)
    lang = lang or project.language
    pdf = _Pdf(paper, lang)
    width = pdf.w - pdf.l_margin - pdf.r_margin
    source = FrameSource(media, lang)
    cuts = [cut(script, v) for v in variants]
    used = [u for u in union(script) if any(v in u.variants for v in variants)]
    if shots is not None:
        used = [u for u in used if u.shot.id in shots]
    if not storyboard:
        cuts = []
    with progress_steps(progress, sum(len(c) for c in cuts) + len(used) + 1) as step:
        for variant, timed in zip(variants if storyboard else [], cuts, strict=True):
            # each variant's pages follow its own frame format (a landscape variant is an A/B test)
            plat = format_preset(project, variant)
            frames = source.shaped((plat.aspect_w, plat.aspect_h))
            pdf.running_head = storyboard_head(project, variant, lang)
            pdf.add_page(orientation="L" if grid is None or grid.landscape else "P")
            _title(pdf, project.title or script.title, f"{word('storyboard', lang)} · {variant.name}")
            _cover(pdf, cover_items(project, script, variant, lang, snapshot, date), pdf.epw)
            if grid is None:
                widths = column_widths(width, plat.aspect_w, plat.aspect_h)
                _board(pdf, script, variant, timed, frames, lang, widths, step)
            else:
                grid_board(pdf, timed, frames, lang, step, grid, (plat.aspect_w, plat.aspect_h))
            approval_block(pdf, lang)
        pdf.running_head = heading(project.title, word("shoot_list", lang), title_line(project, lang))
        pdf.add_page(orientation="L")
        _title(pdf, project.title or script.title, word("shoot_list", lang))
        # shots are shared by the variants: the shoot list shows them in the project's format
        plat = format_preset(project)
        _shoot(pdf, used, variants, source.shaped((plat.aspect_w, plat.aspect_h)), lang, width, step)
        approval_block(pdf, lang)
        if include_results and has_results(project, script):
            pdf.running_head = heading(project.title, word("results.title", lang))
            add_results_page(pdf, project, script, lang, width)
        if include_results and has_curves(project, script):
            pdf.running_head = heading(project.title, word("results.title", lang))
            add_retention_page(pdf, project, script, lang, width)
        if include_results and has_creator_results(project):
            pdf.running_head = heading(project.title, word("cr.title", lang))
            add_creators_page(pdf, project, script, lang, width)
        data = bytes(pdf.output())
        written = atomic_write(path, lambda fh: fh.write(data))
        step()
    return written


def approval_block(pdf: _Pdf, lang: str) -> None:
    """Client, date and signature boxes the receiver fills in by hand, kept whole on one page."""
    height = 20.0
    if pdf.will_page_break(height + 6):
        pdf.add_page(orientation=pdf.cur_orientation.value)
    pdf.ln(4)
    pdf.set_font(pdf.family, "B", 9)
    pdf.cell(0, 5, pdf.txt(word("approve.title", lang)), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(pdf.family, "", 8)
    top = pdf.get_y()
    x = pdf.l_margin
    for key, share in APPROVAL_BOXES:
        w = pdf.epw * share
        pdf.set_draw_color(170, 170, 170)
        pdf.rect(x, top, w - 2, height - 6)
        pdf.set_xy(x + 1.5, top + 1)
        pdf.set_text_color(110, 110, 110)
        pdf.cell(w - 5, 4, pdf.txt(word(key, lang)))
        x += w
    pdf.set_text_color(34, 34, 34)
    pdf.set_xy(pdf.l_margin, top + height - 4)


def _title(pdf: _Pdf, title: str, subtitle: str) -> None:
    pdf.set_font(pdf.family, "B", 16)
    pdf.cell(0, 8, pdf.txt(title), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(pdf.family, "", 11)
    pdf.set_text_color(90, 90, 90)
    pdf.cell(0, 7, pdf.txt(subtitle), new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(34, 34, 34)
    pdf.ln(1)


def _cover(pdf: _Pdf, items: list[tuple[str, str]], width: float) -> None:
    pdf.set_font(pdf.family, "", 8.5)
    key_w = 24
    value_w = width / 2 - key_w
    key_style = FontFace(emphasis="BOLD", fill_color=(242, 242, 242), color=(85, 85, 85))
    with pdf.table(col_widths=(key_w, value_w, key_w, value_w), width=width, first_row_as_headings=False,
                   line_height=4.6, borders_layout="HORIZONTAL_LINES", padding=(0.8, 1.5), text_align="LEFT") as table:  # fmt: skip
        for i in range(0, len(items), 2):
            row = table.row()
            for caption, value in items[i : i + 2]:
                row.cell(pdf.fit(caption, key_w, caption), style=key_style)
                row.cell(pdf.fit(value, value_w, caption))
            if len(items[i : i + 2]) == 1:
                row.cell("", colspan=2)
    pdf.flush_long_texts()
    pdf.ln(3)


def _board(pdf: _Pdf, script: Script, variant: Variant, timed: list[TimedShot], frames: FrameSource, lang: str,
           widths: dict[str, float], step: Callable[[], None]) -> None:  # fmt: skip
    pdf.set_font(pdf.family, "", 8)
    with keep_table(pdf, col_widths=tuple(widths.values()), width=min(sum(widths.values()), pdf.epw), headings_style=_HEAD,
                   repeat_headings=1, line_height=3.9, text_align="LEFT", v_align="TOP",
                   padding=CELL_PADDING_MM) as table:  # fmt: skip
        head = table.row()
        for key in widths:
            head.cell(pdf.txt(word(key, lang)))
        for span in beat_spans(script, variant):
            colours = BEAT_COLOURS[span.beat.kind]
            band = table.row()
            text = (
                f"{beat_label(span.beat.kind, span.beat.name, lang)}   "
                f"{format_timecode(span.start_ds)}–{format_timecode(span.end_ds)}   "
                f"{seconds_text(span.duration_ds, lang)}"
            )
            if len(span.beat.alternatives) > 1:
                text += f"   {word('alt', lang)} {span.alt.label}"
            band.cell(pdf.fit(text, sum(widths.values()), word("beat", lang)), colspan=len(widths),
                      style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=rgb(colours.strong)))  # fmt: skip
            table.mark_keep_with_next()
            pale = FontFace(emphasis="BOLD", fill_color=rgb(colours.pale))
            for t in (x for x in timed if x.beat is span.beat):
                shot = t.shot
                row = table.row()
                code = pdf.txt(shot.code)[:40]
                row.cell(pdf.fit(shot.code, widths["code"], word("code", lang)), style=pale)
                image = frames.get(shot, "thumb")
                vertical, side = FRAME_PADDING_MM
                row.cell(
                    img=io.BytesIO(image.data), img_fill_width=True, padding=(vertical, side, vertical, side)
                )
                row.cell(pdf.txt(f"{format_timecode(t.start_ds)}\n–{format_timecode(t.end_ds)}\n"
                                 f"{seconds_text(shot.duration_ds, lang)}"))  # fmt: skip
                row.cell(
                    pdf.txt(
                        "\n".join(
                            x for x in (label(shot.shot_size, lang), label(shot.camera_move, lang)) if x
                        )
                    )
                )
                for key in ("visual", "voiceover", "onscreen_text", "sound"):
                    row.cell(pdf.fit(getattr(shot, key), widths[key], f"{code} · {word(key, lang)}"))
                extra = shot_extras(shot, lang)
                notes = "\n".join(x for x in (shot.notes, *extra) if x)
                row.cell(pdf.fit(notes, widths["notes"], f"{code} · {word('notes', lang)}"))
                step()
    pdf.flush_long_texts()


def shoot_columns(used: list[UnionShot]) -> list[tuple[str, float]]:
    """The shoot list's columns for these shots: the camera's facts join when any shot has one."""
    columns = list(SHOOT)
    if any(getattr(u.shot, k) for u in used for k, _w in SHOOT_CAMERA):
        at = [k for k, _ in columns].index("talent") + 1
        columns[at:at] = SHOOT_CAMERA
    return columns


#: Shoot list columns that give up width so that no header word or short fact is cut in the middle.
_FLEXIBLE = ("visual", "voiceover", "props", "variant")
#: Shoot list columns of short facts, each value word kept whole; and the widest such a column grows, in mm.
_SHORT = ("seq", "setup", "setting", "time_of_day", "lens", "size_move_angle", "duration")
_SHORT_MAX_MM = 26.0


def _is_cjk(text: str) -> bool:
    return any(unicodedata.east_asian_width(ch) in "WF" for ch in text)


def _cjk_parts(text: str) -> list[str]:
    """A Chinese header's parts between spaced slashes, each with its slash: "景别/", "运镜/", "角度"
    ("内/外景" is one word)."""
    parts = [p.strip() for p in text.split(" / ")]
    return [p + "/" for p in parts[:-1]] + parts[-1:]


def _header(pdf: _Pdf, text: str, width_mm: float) -> str:
    """A column header; a Chinese one too wide for its column breaks at its slashes, never inside a word."""
    text = pdf.txt(text)
    pdf.set_font(pdf.family, "B", 8)
    fits = pdf.get_string_width(text) <= width_mm - 2 * CELL_PADDING_MM - 0.8
    pdf.set_font(pdf.family, "", 8)
    return text if fits or not _is_cjk(text) or " / " not in text else "\n".join(_cjk_parts(text))


def _shoot_widths(pdf: _Pdf, columns: list[tuple[str, float]], used: list[UnionShot], lang: str,
                  width: float) -> dict[str, float]:  # fmt: skip
    """Column widths in mm: the shares scaled to ``width``, each column at least as wide as its longest
    header word and, for the short facts, value word ("Don/e", "Interi/or" on paper before); the
    text columns give up what that takes."""
    pad = 2 * CELL_PADDING_MM + 0.8

    def widest(texts: Iterable[str]) -> float:
        # Chinese breaks between any two characters ("角/度"): each part between slashes measured whole.
        words = (_cjk_parts(text) if _is_cjk(text) else text.split() for text in (pdf.txt(t) for t in texts))
        return max((pdf.get_string_width(w) for group in words for w in group), default=0.0)

    pdf.set_font(pdf.family, "B", 8)
    need = {key: min(_SHORT_MAX_MM, widest([word(key, lang)]) + pad) for key, _ in columns}
    pdf.set_font(pdf.family, "", 8)
    values = {
        "seq": [str(len(used))],
        "setup": [u.shot.setup for u in used],
        "setting": [label(u.shot.setting, lang) for u in used],
        "time_of_day": [label(u.shot.time_of_day, lang) for u in used],
        "lens": [u.shot.lens for u in used],
        "size_move_angle": [
            label(getattr(u.shot, k), lang) for u in used for k in ("shot_size", "camera_move", "angle")
        ],
        "duration": [seconds_text(u.shot.duration_ds, lang) for u in used],
    }
    for key in _SHORT:
        if key in need:
            need[key] = max(need[key], min(_SHORT_MAX_MM, widest(values[key]) + pad))
    scale = width / sum(w for _, w in columns)
    mm = {key: w * scale for key, w in columns}
    deficit = sum(max(0.0, need[k] - mm[k]) for k in mm if k not in _FLEXIBLE)
    spare = sum(mm[k] for k in _FLEXIBLE if k in mm)
    for key in mm:
        if key in _FLEXIBLE:
            mm[key] -= deficit * mm[key] / spare
        else:
            mm[key] = max(mm[key], need[key])
    return mm


def _shoot(pdf: _Pdf, used: list[UnionShot], variants: list[Variant], frames: FrameSource, lang: str, width: float,
           step: Callable[[], None]) -> None:  # fmt: skip
    pdf.set_font(pdf.family, "", 8)
    order = {id(u.shot): i + 1 for i, u in enumerate(used)}
    # The Excel shoot list's order: by location, then set-up (one camera position at a time), then talent.
    used = sorted(used, key=lambda u: (u.shot.location.casefold() or "\uffff", u.shot.setup.casefold() or "\uffff",
                                       u.shot.talent.casefold() or "\uffff", order[id(u.shot)]))  # fmt: skip
    columns = shoot_columns(used)
    mm = _shoot_widths(pdf, columns, used, lang, width)
    pdf.set_font(pdf.family, "", 8)
    with pdf.table(col_widths=tuple(mm.values()), width=width, headings_style=_HEAD, repeat_headings=1,
                   line_height=3.9, v_align="TOP", padding=CELL_PADDING_MM, text_align="LEFT") as table:  # fmt: skip
        head = table.row()
        for key, _ in columns:
            head.cell(_header(pdf, word(key, lang), mm[key]))
        for u in used:
            shot = u.shot
            row = table.row()
            done = shot.status in (ShotStatus.SHOT, ShotStatus.APPROVED)
            code = pdf.txt(shot.code)[:40]
            camera = "\n".join(x for x in (label(shot.shot_size, lang), label(shot.camera_move, lang),
                                           label(shot.angle, lang)) if x)  # fmt: skip
            texts = {
                "location": shot.location,
                "talent": shot.talent,
                "setup": shot.setup,
                "setting": label(shot.setting, lang),
                "time_of_day": label(shot.time_of_day, lang),
                "lens": shot.lens,
                "size_move_angle": camera,
                "visual": shot.visual,
                "voiceover": shot.voiceover,
                "props": shot.props,
                "variant": join_names([v.name for v in variants if v in u.variants], lang),
            }
            for key, _ in columns:
                if key == "done":
                    row.cell(pdf.txt("✔" if done else "□"), align="C", style=_TICK)
                elif key == "seq":
                    row.cell(str(order[id(shot)]), align="C")
                elif key == "code":
                    row.cell(
                        pdf.fit(shot.code, mm["code"], word("code", lang)),
                        style=FontFace(emphasis="BOLD", fill_color=rgb(BEAT_COLOURS[u.beat.kind].pale)),
                    )
                elif key == "frame":
                    row.cell(img=io.BytesIO(frames.get(shot, "thumb").data), img_fill_width=True)
                elif key == "duration":
                    row.cell(pdf.txt(seconds_text(shot.duration_ds, lang)), align="C")
                else:
                    row.cell(pdf.fit(texts[key], mm[key], f"{code} · {word(key, lang)}"))
            step()
    pdf.flush_long_texts()
