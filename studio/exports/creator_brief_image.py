"""The creator brief as one long picture, 1080 pixels wide, to read on a phone or send in a chat."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw

from studio.exports.common import Media, plain_text
from studio.exports.creator_brief_page import Page, frame_png, script_sections
from studio.exports.linebreak import break_lines
from studio.media.images import font

WIDTH = 1080
MARGIN = 60
_SIZES = {"title": 52, "head": 40, "text": 34}
_COLOURS = {"title": (20, 20, 20), "head": (190, 40, 60), "text": (40, 40, 40)}
THUMB = 240


def _wrap(
    draw: ImageDraw.ImageDraw, text: str, size: int, known: dict[tuple[int, str], float] | None = None
) -> list[str]:
    """The text cut into lines that fit the width, by the one line breaker's rules.

    ``known`` keeps the lengths measured so far (by size and string): the breaker measures each kept
    line twice, and every creator's page repeats the script, so most lengths are asked for again
    (1,145 different strings in 10,076 questions for the Chinese sample's brief)."""
    face = font(size)
    known = {} if known is None else known

    def length(line: str) -> float:
        key = (size, line)
        if key not in known:
            known[key] = draw.textlength(line, font=face)
        return known[key]

    return break_lines(plain_text(text), length, WIDTH - 2 * MARGIN)


def _blocks(chosen: list[Page], media: Media | None) -> list[tuple[str, str | Image.Image]]:
    blocks: list[tuple[str, str | Image.Image]] = []
    for page in chosen:
        blocks.append(("title", page.title))
        if page.creator:
            blocks.append(("text", page.creator))
        link = [(page.link_title, [page.link_line])] if page.link_title else []
        for heading, lines in [*page.sections, *link]:
            if lines:
                blocks.append(("head", heading))
                blocks += [("text", "• " + line) for line in lines]
        if page.shots:
            blocks.append(("head", page.shots_title))
        for shot, caption in page.shots:
            picture = frame_png(shot, media, page.lang, page.aspect)
            if picture is not None:
                image = Image.open(io.BytesIO(picture)).convert("RGB")
                image.thumbnail((THUMB, THUMB * 2))
                blocks.append(("picture", image))
            blocks.append(("text", caption))
        for heading, lines in script_sections(page):
            blocks.append(("head", heading))
            blocks += [("text", "• " + line) for line in lines]
    return blocks


def png_bytes(chosen: list[Page], media: Media | None) -> bytes:
    """The pages one under another as a PNG."""
    probe = ImageDraw.Draw(Image.new("RGB", (1, 1)))
    laid: list[tuple[str, list[str] | Image.Image]] = []
    known: dict[tuple[int, str], float] = {}
    height = MARGIN
    for style, item in _blocks(chosen, media):
        if isinstance(item, Image.Image):
            laid.append((style, item))
            height += item.height + 16
            continue
        lines = _wrap(probe, item, _SIZES[style], known)
        laid.append((style, lines))
        height += len(lines) * int(_SIZES[style] * 1.5) + (20 if style != "text" else 6)
    canvas = Image.new("RGB", (WIDTH, height + MARGIN), (255, 255, 255))
    draw = ImageDraw.Draw(canvas)
    y = MARGIN
    for style, block in laid:
        if isinstance(block, Image.Image):
            canvas.paste(block, (MARGIN, y))
            y += block.height + 16
            continue
        y += 20 if style != "text" else 6
        face = font(_SIZES[style])
        for line in block:
            draw.text((MARGIN, y), line, font=face, fill=_COLOURS[style])
            y += int(_SIZES[style] * 1.5)
    out = io.BytesIO()
    canvas.save(out, "PNG", optimize=False)
    return out.getvalue()
