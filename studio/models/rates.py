"""Frame rates as exact fractions: whole rates (25, 30) and the NTSC family (23.976, 29.97, 59.94)."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from fractions import Fraction

#: The NTSC rates people type, by their usual spelling; each is a whole rate times 1000/1001.
_NTSC = {"23.976": 24, "23.98": 24, "29.97": 30, "47.952": 48, "59.94": 60, "119.88": 120}
MIN_FPS = 1
MAX_FPS = 120


class FrameRateError(ValueError):
    """A frame rate that is not a number, not a rate editors use, or out of range."""

    def __init__(self, text: str) -> None:
        self.text = text
        super().__init__(f"not a frame rate: {text!r}")


@dataclass(frozen=True, order=True)
class FrameRate:
    """A frame rate ``num/den`` frames per second (den is 1 or 1001)."""

    num: int
    den: int = 1

    @property
    def fraction(self) -> Fraction:
        """The rate as an exact fraction."""
        return Fraction(self.num, self.den)

    @property
    def value(self) -> float:
        """Frames per second as a float (29.97002997...)."""
        return self.num / self.den

    @property
    def timebase(self) -> int:
        """The whole rate timecode counts in (30 for 29.97)."""
        return round(self.num / self.den)

    @property
    def ntsc(self) -> bool:
        """True for the 1000/1001 rates."""
        return self.den == 1001

    @property
    def drop_frame(self) -> bool:
        """Whether timecode at this rate is drop-frame by convention (29.97 and 59.94)."""
        return self.ntsc and self.timebase in (30, 60)

    @property
    def label(self) -> str:
        """'25', '29.97', '23.976'."""
        if self.den == 1:
            return str(self.num)
        return f"{self.value:.3f}".rstrip("0").rstrip(".")

    def frame_at(self, ds: int) -> int:
        """The frame a time in tenths of a second falls on (halves round up), exactly."""
        return (2 * ds * self.num + 10 * self.den) // (20 * self.den)

    def ms_at(self, frame: int) -> int:
        """Milliseconds at the start of ``frame`` (rounded to the nearest)."""
        return math.floor(Fraction(frame * 1000 * self.den, self.num) + Fraction(1, 2))

    def seconds(self, frames: int) -> Fraction:
        """Exact seconds of ``frames`` frames."""
        return Fraction(frames * self.den, self.num)

    def timecode_frames(self, hours: int) -> int:
        """Frames from 00:00:00:00 to ``hours``:00:00:00 in this rate's timecode (drop-frame aware)."""
        if self.drop_frame:
            # Drop-frame timecode tracks the clock: an hour of it is an hour of real frames.
            return round(hours * 3600 * self.num / self.den)
        return hours * 3600 * self.timebase

    @classmethod
    def of(cls, value: FrameRate | int | float | str) -> FrameRate:
        """A rate from a FrameRate, a number or text ('25', '29.97', '30000/1001')."""
        if isinstance(value, FrameRate):
            return value
        if isinstance(value, bool):
            raise FrameRateError(str(value))
        if isinstance(value, int):
            rate = cls(value)
        elif isinstance(value, float):
            rate = cls.parse(f"{value:.3f}".rstrip("0").rstrip("."))
        else:
            rate = cls.parse(str(value))
        return rate

    @classmethod
    def parse(cls, text: str) -> FrameRate:
        """Read a rate as users and tools write it; raise FrameRateError for anything else."""
        cleaned = text.strip().lower().removesuffix("fps").strip()
        if cleaned in _NTSC:
            rate = cls(_NTSC[cleaned] * 1000, 1001)
        elif re.fullmatch(r"\d{1,3}", cleaned):
            rate = cls(int(cleaned))
        elif re.fullmatch(r"\d{1,3}\.0+", cleaned):
            rate = cls(int(cleaned.split(".")[0]))
        elif m := re.fullmatch(r"(\d{1,6})\s*/\s*(\d{1,4})", cleaned):
            num, den = int(m.group(1)), int(m.group(2))
            if den == 1:
                rate = cls(num)
            elif den == 1001 and num % 1000 == 0:
                rate = cls(num, 1001)
            else:
                raise FrameRateError(text)
        else:
            raise FrameRateError(text)
        if not MIN_FPS <= rate.value <= MAX_FPS:
            raise FrameRateError(text)
        return rate

    def __str__(self) -> str:
        return self.label
