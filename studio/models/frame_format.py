"""Frame formats (9:16, 16:9, 1:1, 4:5, 3:4): a project's and a variant's shape, with each platform's safe area.

A project has one format and a variant may have its own (a landscape variant is an A/B test of the
frame itself); :func:`format_preset` gives the platform preset reshaped to the format a variant
plays in, so every renderer that asks ``preset(...)`` for a frame size and a covered area asks
this instead and follows the variant's format. Formats are not a property of the pictures: each
shot keeps its own crop (:mod:`studio.models.crop`), so changing the format changes no picture.
"""

from __future__ import annotations

from dataclasses import replace
from enum import StrEnum
from typing import TYPE_CHECKING

from studio.models.errors import ModelError
from studio.models.platforms import DEFAULT_PLATFORM, PRESETS, PlatformPreset, SafeInsets, preset
from studio.wording import say_in

if TYPE_CHECKING:
    from studio.models.entities import Project, Variant


class FrameFormat(StrEnum):
    """A frame's shape, named as width:height."""

    VERTICAL = "9:16"
    LANDSCAPE = "16:9"
    SQUARE = "1:1"
    PORTRAIT = "4:5"
    THREE_FOUR = "3:4"

    @property
    def ratio(self) -> tuple[int, int]:
        """Width and height of the shape in whole units (16, 9 for 16:9)."""
        w, h = self.value.split(":")
        return int(w), int(h)

    @property
    def aspect(self) -> float:
        """Width divided by height."""
        w, h = self.ratio
        return w / h

    def size(self, short_edge: int = 1080) -> tuple[int, int]:
        """Pixel size with the shorter edge ``short_edge`` (1080x1920, 1920x1080, 1080x1080, 1080x1350, 1080x1440)."""
        w, h = self.ratio
        if w <= h:
            return short_edge, round(short_edge * h / w)
        return round(short_edge * w / h), short_edge


DEFAULT_FORMAT = FrameFormat.VERTICAL


def format_label(fmt: FrameFormat, lang: str) -> str:
    """A format's name in ``lang`` ('9:16 竖屏', '16:9 landscape'): vocab.frame_format.<ratio>."""
    return say_in(lang, f"vocab.frame_format.{fmt.value}")


class UnknownFormatError(ModelError):
    """A frame format that is not one of the five; ``choices`` are their names."""

    def __init__(self, text: str) -> None:
        super().__init__(f"no frame format {text!r}")
        self.text = text
        self.choices: tuple[str, ...] = tuple(f.value for f in FrameFormat)


#: What people type for a format besides '16:9' (matched without case or spaces).
_WORDS: dict[str, FrameFormat] = {
    "vertical": FrameFormat.VERTICAL, "竖屏": FrameFormat.VERTICAL,
    "landscape": FrameFormat.LANDSCAPE, "horizontal": FrameFormat.LANDSCAPE, "横屏": FrameFormat.LANDSCAPE,
    "square": FrameFormat.SQUARE, "方形": FrameFormat.SQUARE, "方屏": FrameFormat.SQUARE,
}  # fmt: skip


def parse_format(text: str) -> FrameFormat:
    """The format a word names: '16:9', '16x9', '16/9', '1:1', 'landscape', '竖屏' …; UnknownFormatError otherwise."""
    key = "".join(str(text).split()).casefold().replace("：", ":").replace("x", ":").replace("/", ":")
    key = key.replace("×", ":")
    for fmt in FrameFormat:
        if key == fmt.value:
            return fmt
    found = _WORDS.get(key)
    if found is None:
        raise UnknownFormatError(str(text))
    return found


# Covered edges (top, bottom, left, right) for the formats other than 9:16, whose areas stay in
# platforms.PRESETS. They follow the platforms' safe-zone guides: a feed post (1:1, 4:5, 3:4) keeps
# the caption band and the button column, narrower than on a full-screen 9:16 video; a landscape
# video played full screen keeps only the title and progress bar at the foot and the top bar.
_COVERED: dict[str, dict[FrameFormat, tuple[float, float, float, float]]] = {
    "douyin": {
        FrameFormat.LANDSCAPE: (0.06, 0.15, 0.04, 0.08),
        FrameFormat.SQUARE: (0.06, 0.18, 0.04, 0.12),
        FrameFormat.PORTRAIT: (0.07, 0.20, 0.04, 0.13),
        FrameFormat.THREE_FOUR: (0.07, 0.20, 0.04, 0.13),
    },
    "kuaishou": {
        FrameFormat.LANDSCAPE: (0.07, 0.15, 0.04, 0.08),
        FrameFormat.SQUARE: (0.07, 0.18, 0.04, 0.12),
        FrameFormat.PORTRAIT: (0.08, 0.19, 0.04, 0.13),
        FrameFormat.THREE_FOUR: (0.08, 0.19, 0.04, 0.13),
    },
    "wechat_channels": {
        FrameFormat.LANDSCAPE: (0.05, 0.14, 0.04, 0.06),
        FrameFormat.SQUARE: (0.05, 0.16, 0.04, 0.10),
        FrameFormat.PORTRAIT: (0.06, 0.18, 0.04, 0.11),
        FrameFormat.THREE_FOUR: (0.06, 0.18, 0.04, 0.11),
    },
    "tiktok": {
        FrameFormat.LANDSCAPE: (0.06, 0.16, 0.04, 0.08),
        FrameFormat.SQUARE: (0.06, 0.20, 0.04, 0.12),
        FrameFormat.PORTRAIT: (0.06, 0.22, 0.04, 0.14),
        FrameFormat.THREE_FOUR: (0.06, 0.22, 0.04, 0.14),
    },
    "reels": {
        FrameFormat.LANDSCAPE: (0.05, 0.12, 0.03, 0.06),
        FrameFormat.SQUARE: (0.05, 0.14, 0.03, 0.10),
        FrameFormat.PORTRAIT: (0.06, 0.16, 0.03, 0.10),
        FrameFormat.THREE_FOUR: (0.06, 0.17, 0.03, 0.10),
    },
    "shorts": {
        FrameFormat.LANDSCAPE: (0.06, 0.12, 0.03, 0.06),
        FrameFormat.SQUARE: (0.06, 0.15, 0.03, 0.11),
        FrameFormat.PORTRAIT: (0.07, 0.16, 0.03, 0.12),
        FrameFormat.THREE_FOUR: (0.07, 0.16, 0.03, 0.12),
    },
}
assert set(_COVERED) == set(PRESETS), "every preset has a safe area for every format"

#: Caption line lengths stop growing with a wide frame: eyes read a line at a glance.
_MOST_CHARS_ZH, _MOST_CHARS_EN = 22, 48


def safe_area(platform_id: str, fmt: FrameFormat) -> SafeInsets:
    """The edges ``platform_id``'s interface covers on a frame of ``fmt`` (the default platform's for unknown ids)."""
    plat = preset(platform_id)
    if fmt is FrameFormat.VERTICAL:
        return plat.covered
    table = _COVERED.get(plat.id, _COVERED[DEFAULT_PLATFORM])
    top, bottom, left, right = table[fmt]
    return SafeInsets(top, bottom, left, right)


def shaped(plat: PlatformPreset, fmt: FrameFormat) -> PlatformPreset:
    """The preset with ``fmt``'s shape, safe area and caption line lengths."""
    if fmt is FrameFormat.VERTICAL and (plat.aspect_w, plat.aspect_h) == fmt.ratio:
        return plat
    covered = safe_area(plat.id, fmt)
    # A caption line holds as many characters as the safe area's width allows at the same letter size
    # (letters are sized by the frame's height), up to what reads at a glance.
    base = plat.covered
    widen = (fmt.aspect * (1 - covered.left - covered.right)) / (plat.aspect * (1 - base.left - base.right))
    w, h = fmt.ratio
    return replace(
        plat,
        aspect_w=w,
        aspect_h=h,
        covered=covered,
        caption_chars_zh=max(6, min(_MOST_CHARS_ZH, round(plat.caption_chars_zh * widen))),
        caption_chars_en=max(12, min(_MOST_CHARS_EN, round(plat.caption_chars_en * widen))),
    )


def format_of(project: Project, variant: Variant | None = None) -> FrameFormat:
    """The format ``variant`` plays in: its own, or the project's when it has none (or none is given)."""
    if variant is not None and variant.frame_format is not None:
        return variant.frame_format
    return project.frame_format


def format_preset(project: Project, variant: Variant | None = None) -> PlatformPreset:
    """The project's platform preset in the format ``variant`` plays in (see :func:`format_of`)."""
    return shaped(preset(project.platform), format_of(project, variant))


def video_size(project: Project, variant: Variant | None = None, short_edge: int = 1080) -> tuple[int, int]:
    """The pixel size of ``variant``'s video (1080x1920 for 9:16, 1920x1080 for 16:9 …)."""
    return format_of(project, variant).size(short_edge)
