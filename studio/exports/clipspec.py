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


def start_frames(rate: FrameRate) -> int:
    """Frames before the first one: 01:00:00:00 in the rate's timecode (drop-frame aware)."""
    return rate.timecode_frames(START_HOURS)


def start_timecode(rate: FrameRate) -> str:
    """The record timecode of the first frame: 01:00:00:00, or 01:00:00;00 in drop-frame."""
    return f"{START_HOURS:02d}:00:00{';' if rate.drop_frame else ':'}00"
