"""Where captions go in a frame: the one placement the Preview and the MP4 animatic both use.

The platform's buttons, name and description cover the frame's edges (``SafeInsets``); captions sit
inside what they leave free. The on-screen text stands a little below the top of the safe area
(clear of the platform's top bar and of the hook's first glance, above the face and product in the
middle); the voice-over subtitle sits at the foot of the safe area, above the description band.
"""

from __future__ import annotations

from dataclasses import dataclass

from studio.models.platforms import SafeInsets

#: How far down the safe area the on-screen text starts (a fraction of the safe area's height).
SCREEN_TEXT_DOWN = 0.18


@dataclass(frozen=True)
class CaptionPlace:
    """The caption areas of a frame of ``width`` x ``height`` pixels."""

    #: The safe area: left, top, right, bottom in pixels.
    safe: tuple[int, int, int, int]
    #: Margin inside the safe area around a caption's box.
    pad: int
    #: Where the on-screen text's first line starts.
    text_top: int

    @property
    def text_box(self) -> tuple[int, int, int]:
        """The on-screen text's box: its left, top and right edges (its height follows its lines)."""
        left, _, right, _ = self.safe
        return left + self.pad, self.text_top - self.pad, right - self.pad

    @property
    def text_width(self) -> int:
        """The width the on-screen text wraps to inside its box."""
        left, _, right, _ = self.safe
        return right - left - 4 * self.pad

    @property
    def subtitle_bottom(self) -> int:
        """Where the voice-over subtitle's last line ends."""
        return self.safe[3] - self.pad


def caption_place(covered: SafeInsets, width: int, height: int) -> CaptionPlace:
    """The caption areas of a ``width`` x ``height`` frame whose edges the platform covers by ``covered``."""
    left, top = round(width * covered.left), round(height * covered.top)
    right, bottom = round(width * (1 - covered.right)), round(height * (1 - covered.bottom))
    pad = max(4, (right - left) // 40)
    return CaptionPlace((left, top, right, bottom), pad, top + round((bottom - top) * SCREEN_TEXT_DOWN))
