"""A variant's storyboard as one long picture for WeChat and Feishu groups (Pillow).

1080 px wide: a title band, then the frames three to a row in reading order, each with a
beat strip above and its code, duration and voice-over below. A board that would grow
taller than MAX_HEIGHT is split at row boundaries into name_1.png, name_2.png ...
"""

from __future__ import annotations

import functools
import io
import logging
from datetime import date as Date
from pathlib import Path
from typing import BinaryIO

from PIL import Image, ImageDraw, ImageFont

from studio.exports.common import (
    FrameSource,
    Media,
    Progress,
    all_or_none,
    atomic_write,
    check_folder,
    heading,
    plain_text,
    platform_name,
    progress_steps,
    seconds_text,
    variant_targets,
    word,
)
from studio.exports.linebreak import break_lines
from studio.media.images import font
from studio.models.entities import Project, Script, Variant
from studio.models.frame_format import format_preset
from studio.models.palette import BEAT_COLOURS, rgb
from studio.models.timeline import TimedShot, cut, total_ds
from studio.models.vocab import beat_label

log = logging.getLogger(__name__)

WIDTH = 1080
MARGIN = 36
GUTTER = 24
COLUMNS = 3
MAX_HEIGHT = 6000
STRIP = 38
VO_LINES = 3
_BG = (246, 247, 249)
_INK = (33, 37, 41)
_MUTED = (108, 117, 125)
_BAND = (44, 62, 80)
Font = ImageFont.FreeTypeFont | ImageFont.ImageFont


def _wrap(draw: ImageDraw.ImageDraw, text: str, face: Font, width: int, max_lines: int) -> list[str]:
    """Break text (Chinese or English) into lines that fit ``width`` by our rules; ellipsis when cut short."""
    known: dict[str, float] = {}  # the breaker measures each kept line twice

    def length(line: str) -> float:
        if line not in known:
            known[line] = draw.textlength(line, font=face)
        return known[line]

    lines = break_lines(text, length, width)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1]
        while last and draw.textlength(last + "…", font=face) > width:
            last = last[:-1]
        lines[-1] = last + "…"
    return [x for x in lines if x] or [""]


class _Board:
    """Draws tiles and bands for one variant."""

    def __init__(self, project: Project, variant: Variant, lang: str, frames: FrameSource) -> None:
        plat = format_preset(project, variant)
        self.lang = lang
        self.frames = frames
        self.tile_w = (WIDTH - 2 * MARGIN - (COLUMNS - 1) * GUTTER) // COLUMNS
        self.frame_h = round(self.tile_w * plat.aspect_h / plat.aspect_w)
        self.title_f, self.sub_f = font(46), font(26)
        self.code_f, self.text_f, self.small_f = font(26), font(23), font(20)
        self.line_h = 31
        self.tile_h = STRIP + self.frame_h + 14 + 34 + VO_LINES * self.line_h + 10

    def frame(self, t: TimedShot) -> Image.Image:
        image = self.frames.get(t.shot, "print")
        box = Image.new("RGB", (self.tile_w, self.frame_h), (30, 30, 30))
        try:
            with Image.open(io.BytesIO(image.data)) as src:
                src.draft("RGB", (self.tile_w, self.frame_h))
                pic = src.convert("RGB")
            pic.thumbnail((self.tile_w, self.frame_h), Image.Resampling.LANCZOS)
            box.paste(pic, ((self.tile_w - pic.width) // 2, (self.frame_h - pic.height) // 2))
        except (OSError, ValueError):
            log.warning("frame of %s could not be drawn", t.shot.code)
        return box

    def tile(self, canvas: Image.Image, draw: ImageDraw.ImageDraw, t: TimedShot, x: int, y: int) -> None:
        colours = BEAT_COLOURS[t.beat.kind]
        draw.rounded_rectangle([x, y, x + self.tile_w - 1, y + self.tile_h - 1], radius=10, fill=(255, 255, 255),
                               outline=(222, 226, 230))  # fmt: skip
        draw.rectangle([x, y, x + self.tile_w - 1, y + STRIP - 1], fill=rgb(colours.strong))
        name = plain_text(beat_label(t.beat.kind, t.beat.name, self.lang))
        draw.text((x + 12, y + STRIP // 2), _wrap(draw, name, self.small_f, self.tile_w - 24, 1)[0],
                  font=self.small_f, fill=(255, 255, 255), anchor="lm")  # fmt: skip
        canvas.paste(self.frame(t), (x, y + STRIP))
        ty = y + STRIP + self.frame_h + 14
        pad = 12
        draw.text((x + pad, ty), plain_text(t.shot.code), font=self.code_f, fill=_INK)
        duration = seconds_text(t.shot.duration_ds, self.lang)
        draw.text(
            (x + self.tile_w - pad, ty), duration, font=self.code_f, fill=rgb(colours.strong), anchor="ra"
        )
        vo = plain_text(t.shot.voiceover) or "—"
        for i, line in enumerate(_wrap(draw, vo, self.text_f, self.tile_w - 2 * pad, VO_LINES)):
            draw.text((x + pad, ty + 38 + i * self.line_h), line, font=self.text_f,
                      fill=_MUTED if vo == "—" else _INK)  # fmt: skip


def _band(draw: ImageDraw.ImageDraw, board: _Board, title: str, lines: list[str], part: str) -> int:
    height = 64 + 58 + 36 * len(lines) + 18
    draw.rectangle([0, 0, WIDTH, height], fill=_BAND)
    draw.text((MARGIN, 40), _wrap(draw, title, board.title_f, WIDTH - 2 * MARGIN - 120, 1)[0],
              font=board.title_f, fill=(255, 255, 255))  # fmt: skip
    if part:
        draw.text((WIDTH - MARGIN, 48), part, font=board.sub_f, fill=(200, 210, 220), anchor="ra")
    for i, line in enumerate(lines):
        draw.text((MARGIN, 110 + i * 36), line, font=board.sub_f, fill=(214, 222, 230))
    return height


def render_board(project: Project, script: Script, variant: Variant, media: Media | None, lang: str,
                 date: str | None = None, progress: Progress | None = None) -> list[Image.Image]:  # fmt: skip
    """The board as one or more pictures (parts), top to bottom."""
    plat = format_preset(project, variant)
    board = _Board(project, variant, lang, FrameSource(media, lang, (plat.aspect_w, plat.aspect_h)))
    timed = cut(script, variant)
    rows = [timed[i : i + COLUMNS] for i in range(0, len(timed), COLUMNS)] or [[]]
    title = plain_text(project.title or script.title)
    info = [
        plain_text(
            heading(
                word("storyboard", lang),
                variant.name,
                seconds_text(total_ds(script, variant), lang),
                f"{word('shots', lang)} {len(timed)}",
            )
        ),
        plain_text(
            heading(platform_name(project.platform, lang), project.product, date or Date.today().isoformat())
        ),
    ]
    row_h = board.tile_h + GUTTER
    first_band = 64 + 58 + 36 * len(info) + 18
    later_band = 64 + 58 + 18
    per_first = max(1, (MAX_HEIGHT - first_band - MARGIN) // row_h)
    per_later = max(1, (MAX_HEIGHT - later_band - MARGIN) // row_h)
    parts: list[list[list[TimedShot]]] = [rows[:per_first]]
    rest = rows[per_first:]
    while rest:
        parts.append(rest[:per_later])
        rest = rest[per_later:]
    pictures: list[Image.Image] = []
    with progress_steps(progress, len(timed)) as step:
        for n, part_rows in enumerate(parts):
            lines = info if n == 0 else []
            band = first_band if n == 0 else later_band
            height = band + MARGIN + len(part_rows) * row_h + MARGIN // 2
            canvas = Image.new("RGB", (WIDTH, height), _BG)
            draw = ImageDraw.Draw(canvas)
            label = f"{n + 1}/{len(parts)}" if len(parts) > 1 else ""
            _band(draw, board, title if n == 0 else heading(title, plain_text(variant.name)), lines, label)
            y = band + MARGIN
            for row in part_rows:
                for i, t in enumerate(row):
                    board.tile(canvas, draw, t, MARGIN + i * (board.tile_w + GUTTER), y)
                    step()
                y += row_h
            pictures.append(canvas)
    return pictures


def part_paths(path: Path, count: int) -> list[Path]:
    """The file names of a board in ``count`` parts: name.png, or name_1.png, name_2.png ..."""
    if count == 1:
        return [path]
    return [path.with_name(f"{path.stem}_{i}{path.suffix}") for i in range(1, count + 1)]


def export_image(
    project: Project,
    script: Script,
    variants: list[Variant],
    media: Media | None,
    path: str | Path,
    lang: str | None = None,
    progress: Progress | None = None,
    *,
    date: str | None = None,
    paper: str = "a4",
) -> list[Path]:
    """Write each variant's board as PNG or JPEG (by suffix); returns every file written.

    With several variants the variant's name is added to the file name (board_基础版.png).
    ``paper`` is accepted for a uniform writer signature; a chat picture has no paper.
    """
    del paper
    if not variants:
        raise ValueError("no variant to export")
    path = Path(path)
    check_folder(path)
    lang = lang or project.language
    fmt = "JPEG" if path.suffix.lower() in (".jpg", ".jpeg") else "PNG"
    written: list[Path] = []
    targets = variant_targets(path, variants)
    with all_or_none(written):  # a board is whole or absent, never half its parts
        for variant, target in zip(variants, targets, strict=True):
            pictures = render_board(project, script, variant, media, lang, date, progress)
            for picture, name in zip(pictures, part_paths(target, len(pictures)), strict=True):
                written.append(atomic_write(name, functools.partial(_save, picture, fmt=fmt)))
    return written


def _save(picture: Image.Image, fh: BinaryIO, fmt: str) -> None:
    if fmt == "JPEG":
        picture.save(fh, "JPEG", quality=90, optimize=True, subsampling=0)
    else:
        picture.save(fh, "PNG", optimize=False, compress_level=6)
