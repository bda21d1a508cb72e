"""The pictures of an animatic: each shot's frame in the variant's format and its crop, captions burned in the safe area.

The voice-over is the subtitle at the foot of the safe area (white with a dark outline, as
platforms show captions), one cue at a time as in captions.srt; the on-screen text is the big
caption near the top, paged the same way; an optional beat title marks the first shot of each beat. Text uses
the CJK font (studio/media/fonts.py) so Chinese draws on every system that has one.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PIL import Image, ImageDraw

from studio.exports.common import Media, frame_picture, plain_text
from studio.exports.linebreak import break_lines
from studio.models.caption_place import caption_place
from studio.models.crop import Crop, CropMode, placement
from studio.models.entities import Project, Variant
from studio.models.frame_format import format_preset
from studio.models.palette import BEAT_COLOURS, BEAT_HUES, rgb
from studio.models.timeline import TimedShot
from studio.models.vocab import beat_label

if TYPE_CHECKING:
    from PIL import ImageFont

log = logging.getLogger(__name__)

_BG = (18, 18, 20)
_WHITE = (255, 255, 255)
_YELLOW = (255, 214, 10)
#: On-screen text is a title: a chat clip (one picture a shot) shows at most this many of its lines.
TEXT_LINES = 4
#: The smallest a cue's letters get so its lines fit the frame as the SRT has them (of the full size).
CUE_SHRINK = 0.7


def wrap(draw: ImageDraw.ImageDraw, text: str, face: ImageFont.FreeTypeFont | ImageFont.ImageFont,
         width: int) -> list[str]:  # fmt: skip
    """Lines of ``text`` no wider than ``width`` pixels, by the one line breaker's rules; nothing is cut."""
    return [
        line for line in break_lines(text, lambda s: draw.textlength(s, font=face), width) if line.strip()
    ]


@dataclass(frozen=True)
class SafeArea:
    """The part of the frame the platform's buttons and captions leave free, in pixels."""

    left: int
    top: int
    right: int
    bottom: int

    @property
    def width(self) -> int:
        """Width in pixels."""
        return self.right - self.left


class Painter:
    """Draws each shot's animatic picture at ``size``."""

    def __init__(self, project: Project, media: Media | None, lang: str, size: tuple[int, int],
                 beat_titles: bool = True, variant: Variant | None = None) -> None:  # fmt: skip
        from studio.media.images import font

        self.media = media
        self.lang = lang
        self.size = size
        self.beat_titles = beat_titles
        plat = format_preset(project, variant)  # the variant's format: its safe area and caption lines
        width, height = size
        # The same placement as the window's Preview (models/caption_place).
        self.place = caption_place(plat.covered, width, height)
        self.safe = SafeArea(*self.place.safe)
        #: The on-screen text's box of the last picture (left, top, right, bottom; None: no such text).
        self.text_box: tuple[int, int, int, int] | None = None
        chars = plat.caption_chars_zh if lang == "zh" else plat.caption_chars_en
        # A caption line holds the platform's usual count of characters (Latin letters are half as wide).
        per_char = self.safe.width / chars * (1 if lang == "zh" else 2)
        # The voice-over caption holds a cue's line: about 16 Chinese or 42 Latin characters (captions.py).
        self.pad = max(8, self.place.pad)
        # Letters are sized by the safe area's width, and no bigger than a tall frame's (a landscape frame
        # shows a longer line, not bigger letters).
        short = min(width, height)
        vo_size = min((self.safe.width - 2 * self.pad) / (17 if lang == "zh" else 24), short / 20)
        self.vo_font = font(max(14, round(vo_size)))
        per_char = min(per_char, short / 12.4)
        self.text_font = font(max(16, round(per_char * 1.15)))
        self.title_font = font(max(12, round(per_char * 0.6)))
        self.stroke = max(2, round(per_char / 18))
        self._frames: dict[tuple[str, Crop], Image.Image | None] = {}
        self._cue_fonts: dict[int, ImageFont.FreeTypeFont | ImageFont.ImageFont] = {}
        #: Pictures smaller than the video (so enlarged), by frame digest: their own size.
        self.small: dict[str, tuple[int, int]] = {}

    def _frame(self, digest: str | None, crop: Crop) -> Image.Image | None:
        if not digest or self.media is None:
            return None
        if (digest, crop) not in self._frames:
            from studio.media.images import decode_rgb

            picture = None
            try:
                data = self.media(digest, "original")
                if data is not None:
                    # A crop shows part of the picture: decoded larger so that part keeps its own detail.
                    edge = max(self.size)
                    if crop.mode is CropMode.FILL:
                        edge *= 2
                    elif crop.box is not None:
                        edge = round(edge / max(0.25, min(crop.box[2], crop.box[3])))
                    decoded = decode_rgb(data, digest[:12], edge)
                    place = placement(decoded.size, self.size, crop)
                    if place.scale > 1.0001:  # the part shown is enlarged: reported with its own size
                        left, top, right, bottom = place.source
                        self.small[digest] = (round(right - left), round(bottom - top))
                    # the shot's crop: fit (bars), fill or its box, in this variant's format
                    picture = frame_picture(decoded, self.size, crop, _BG)
            except Exception:  # hostile image bytes reach Pillow's parsers, which raise almost anything
                log.warning("frame %s is unreadable; drawing a placeholder", digest[:12], exc_info=True)
                picture = None
            self._frames = {(digest, crop): picture}  # keep one: consecutive shots often share a frame
        return self._frames[digest, crop]

    def _background(self, timed: TimedShot) -> Image.Image:
        picture = self._frame(timed.shot.frame, timed.shot.crop)
        if picture is not None:
            return picture.copy()
        from studio.media.images import placeholder

        label = plain_text(beat_label(timed.beat.kind, timed.beat.name, self.lang))
        return placeholder(
            *self.size, plain_text(timed.shot.code) or "—", (label,), None, BEAT_HUES[timed.beat.kind]
        )

    def picture(self, timed: TimedShot, first_of_beat: bool, vo: tuple[str, ...] | None = None,
                text: tuple[str, ...] | None = None) -> Image.Image:  # fmt: skip
        """The shot's picture with its captions and (on a beat's first shot) its beat title.

        ``vo`` and ``text`` are the lines of the cue on screen (captions.py pages); None shows the
        whole field (a chat clip has one picture a shot).
        """
        image = self._background(timed)
        draw = ImageDraw.Draw(image, "RGBA")
        self.text_box = None
        safe, pad = self.safe, self.pad
        vo_text = "\n".join(vo) if vo is not None else plain_text(timed.shot.voiceover).strip()
        screen = "\n".join(text) if text is not None else plain_text(timed.shot.onscreen_text).strip()
        if vo_text:
            face = self.vo_font if vo is None else self._cue_font(draw, vo)
            lines = wrap(draw, vo_text, face, safe.width - 2 * pad)
            line_h = round(_size(face) * 1.3)
            y = safe.bottom - pad - line_h * len(lines)
            for i, line in enumerate(lines):
                draw.text(((safe.left + safe.right) // 2, y + i * line_h), line, font=face, fill=_WHITE,
                          anchor="ma", stroke_width=self.stroke, stroke_fill=(0, 0, 0))  # fmt: skip
        if screen and (screen != vo_text or text is not None):
            lines = wrap(draw, screen, self.text_font, safe.width - 4 * pad)
            if text is None:
                lines = lines[:TEXT_LINES]
            line_h = round(_size(self.text_font) * 1.25)
            top = self.place.text_top
            box = [safe.left + pad, top - pad, safe.right - pad, top + line_h * len(lines) + pad // 2]
            self.text_box = (box[0], box[1], box[2], box[3])
            draw.rounded_rectangle(box, radius=pad, fill=(0, 0, 0, 150))
            for i, line in enumerate(lines):
                draw.text(((safe.left + safe.right) // 2, top + i * line_h), line, font=self.text_font,
                          fill=_YELLOW, anchor="ma")  # fmt: skip
        if self.beat_titles and first_of_beat:
            title = plain_text(f"{beat_label(timed.beat.kind, timed.beat.name, self.lang)} {timed.alt.label}")
            width = round(draw.textlength(title, font=self.title_font)) + 2 * pad
            height = round(_size(self.title_font) * 1.6)
            x, y = safe.left + pad, safe.top + pad
            draw.rounded_rectangle([x, y, x + width, y + height], radius=height // 2,
                                   fill=(*rgb(BEAT_COLOURS[timed.beat.kind].strong), 230))  # fmt: skip
            draw.text((x + pad, y + height // 2), title, font=self.title_font, fill=_WHITE, anchor="lm")
        return image

    def _cue_font(
        self, draw: ImageDraw.ImageDraw, lines: tuple[str, ...]
    ) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
        """The voice-over font, smaller for a cue whose lines would not fit the safe area at full size.

        A cue's lines are the SRT's (about 16 Chinese or 42 Latin characters, captions.py); the letters
        are sized for the animatic's language, so an English line in a Chinese animatic is wider than
        the frame. Rather than a third line, such a cue is drawn smaller, down to CUE_SHRINK of the size
        (narrower still, it wraps: nothing is cut)."""
        room = self.safe.width - 2 * self.pad
        widest = max((draw.textlength(line, font=self.vo_font) for line in lines), default=0.0)
        if widest <= room:
            return self.vo_font
        size = max(round(_size(self.vo_font) * CUE_SHRINK), int(_size(self.vo_font) * room / widest))
        if size not in self._cue_fonts:
            from studio.media.images import font

            self._cue_fonts[size] = font(size)
        return self._cue_fonts[size]


def _size(face: ImageFont.FreeTypeFont | ImageFont.ImageFont) -> int:
    return int(getattr(face, "size", 16))
