"""A shot as the timelines place it, and where the record timecode starts: shared by every timeline writer."""

from __future__ import annotations

from dataclasses import dataclass, field

from studio.models.enums import BeatKind
from studio.models.rates import FrameRate

#: Record timecode of the first frame, in hours (01:00:00:00, the broadcast convention).
START_HOURS = 1


@dataclass(frozen=True)
class ClipSpec:
    """One shot as the timelines place it."""

    code: str
    #: Path of the still inside the pack folder, with forward slashes.
    still: str
    start_frame: int
    frames: int
    beat_kind: BeatKind
    #: Beat name shown on the marker, set only on the first clip of a beat.
    marker: str | None = None
    metadata: dict[str, str] = field(default_factory=dict)
    #: Length of the beat in frames, set with ``marker`` (range markers span the beat).
    beat_frames: int = 0
    #: The still's own pixel size (width, height); None when not known (then the sequence's size is assumed).
    size: tuple[int, int] | None = None
    #: How the still meets the sequence's frame: 'fit' (whole, with bars) or 'fill' (cropped), the shot's crop.
    conform: str = "fit"


def start_frames(rate: FrameRate) -> int:
    """Frames before the first one: 01:00:00:00 in the rate's timecode (drop-frame aware)."""
    return rate.timecode_frames(START_HOURS)


def start_timecode(rate: FrameRate) -> str:
    """The record timecode of the first frame: 01:00:00:00, or 01:00:00;00 in drop-frame."""
    return f"{START_HOURS:02d}:00:00{';' if rate.drop_frame else ':'}00"


def timecode_string(frames: int, rate: FrameRate) -> str:
    """The timecode of a frame count from 00:00:00:00: HH:MM:SS:FF, or HH:MM:SS;FF drop-frame at 29.97 and 59.94.

    Drop-frame skips frame numbers 0 and 1 (0-3 at 59.94) at the start of each minute except every
    tenth, so the string keeps to the clock while the count stays whole.
    """
    base = rate.timebase
    if rate.drop_frame:
        drop = base // 15  # 2 at 29.97, 4 at 59.94
        per_ten, per_minute = base * 600 - 9 * drop, base * 60 - drop
        tens, rest = divmod(frames, per_ten)
        frames += 9 * drop * tens + (drop * ((rest - drop) // per_minute) if rest > drop else 0)
    ff = frames % base
    seconds = frames // base
    sep = ";" if rate.drop_frame else ":"
    return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}{sep}{ff:02d}"
