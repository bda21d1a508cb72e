"""Platform presets: frame shape, typical length and the screen area the app's UI covers."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SafeInsets:
    """Fractions of the frame covered by the platform's UI on each edge."""

    top: float
    bottom: float
    left: float
    right: float


@dataclass(frozen=True)
class PlatformPreset:
    """What a target platform expects of a video."""

    id: str
    aspect_w: int
    aspect_h: int
    min_seconds: float
    max_seconds: float
    covered: SafeInsets
    #: Caption characters that fit one line inside the safe area at the usual size.
    caption_chars_zh: int
    caption_chars_en: int
    #: The frame rate videos for this platform are usually made at.
    usual_fps: int = 30

    @property
    def aspect(self) -> float:
        """Width divided by height."""
        return self.aspect_w / self.aspect_h

    def frame_size(self, long_edge: int = 1920) -> tuple[int, int]:
        """Pixel size of a frame whose longer edge is ``long_edge``."""
        if self.aspect_h >= self.aspect_w:
            return round(long_edge * self.aspect), long_edge
        return long_edge, round(long_edge / self.aspect)


# Usual rates: Chinese platforms are fed 25 fps (PAL-region production and the editors' default
# sequence presets); TikTok, Reels and Shorts footage is shot on phones at 30 fps.
# Covered areas follow the platforms' published safe-zone guides for 9:16 ads:
# bottom bands hold captions, buttons and the product card; the right edge holds
# the like/comment/share column.
PRESETS: dict[str, PlatformPreset] = {
    p.id: p
    for p in (
        PlatformPreset("douyin", 9, 16, 15, 60, SafeInsets(0.08, 0.22, 0.03, 0.14), 14, 32, 25),
        PlatformPreset("kuaishou", 9, 16, 15, 60, SafeInsets(0.09, 0.21, 0.03, 0.14), 14, 32, 25),
        PlatformPreset("wechat_channels", 9, 16, 15, 60, SafeInsets(0.07, 0.20, 0.03, 0.12), 15, 34, 25),
        PlatformPreset("tiktok", 9, 16, 9, 60, SafeInsets(0.07, 0.24, 0.03, 0.15), 14, 32),
        PlatformPreset("reels", 9, 16, 15, 90, SafeInsets(0.07, 0.20, 0.03, 0.12), 15, 34),
        PlatformPreset("shorts", 9, 16, 15, 60, SafeInsets(0.08, 0.18, 0.03, 0.13), 15, 34),
    )
}

DEFAULT_PLATFORM = "douyin"


def preset(platform_id: str) -> PlatformPreset:
    """Look up a preset, falling back to the default for unknown ids."""
    return PRESETS.get(platform_id, PRESETS[DEFAULT_PLATFORM])
