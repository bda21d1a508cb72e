"""SubRip captions for a variant's cut: voice-over and on-screen text, one cue per shot.

Cue times sit on frame boundaries of the pack's frame rate so captions change exactly at
the cuts of the timelines written beside them.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from studio.models.entities import Script, Variant
from studio.models.rates import FrameRate
from studio.models.text import clean_text
from studio.models.timeline import cut

log = logging.getLogger(__name__)


def frame_at(ds: int, fps: FrameRate | int) -> int:
    """The frame a time in tenths of a second falls on (halves round up), exact at NTSC rates too."""
    return FrameRate.of(fps).frame_at(ds)


@dataclass(frozen=True)
class Cue:
    """One caption: 1-based index, start and end in milliseconds, text lines."""

    index: int
    start_ms: int
    end_ms: int
    text: str


def _ms(frame: int, fps: FrameRate | int) -> int:
    return FrameRate.of(fps).ms_at(frame)


def _lines(*texts: str) -> str:
    """Join texts as caption lines; a blank line would end the cue early, so drop them."""
    lines: list[str] = []
    for text in texts:
        for line in clean_text(text).replace("\r\n", "\n").replace("\r", "\n").split("\n"):
            line = line.strip()
            if line and line not in lines:
                lines.append(line)
    return "\n".join(lines)


def cues(script: Script, variant: Variant, fps: FrameRate | int) -> list[Cue]:
    """The variant's captions: each shot's voice-over, then its on-screen text when different."""
    out: list[Cue] = []
    for timed in cut(script, variant):
        start, end = frame_at(timed.start_ds, fps), frame_at(timed.end_ds, fps)
        if end <= start:
            continue
        text = _lines(timed.shot.voiceover, timed.shot.onscreen_text)
        if not text:
            continue
        out.append(Cue(len(out) + 1, _ms(start, fps), _ms(end, fps), text))
    return out


def timestamp(ms: int) -> str:
    """Milliseconds as an SRT time, HH:MM:SS,mmm."""
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d},{millis:03d}"


def srt_text(script: Script, variant: Variant, fps: FrameRate | int) -> str:
    """The whole SRT file as text (UTF-8 without BOM when written; CRLF-free)."""
    blocks = [
        f"{c.index}\n{timestamp(c.start_ms)} --> {timestamp(c.end_ms)}\n{c.text}\n"
        for c in cues(script, variant, fps)
    ]
    return "\n".join(blocks)


_TIME = re.compile(r"(\d{2,}):(\d{2}):(\d{2}),(\d{3})")


def parse_srt(text: str) -> list[Cue]:
    """Read SRT text back into cues (used by tests and by anyone checking a pack)."""
    found: list[Cue] = []
    for block in re.split(r"\n\s*\n", text.strip().replace("\r\n", "\n")):
        lines = block.split("\n")
        if len(lines) < 2:
            raise ValueError(f"incomplete cue: {block!r}")
        index = int(lines[0].strip())
        start_s, arrow, end_s = lines[1].partition(" --> ")
        if not arrow:
            raise ValueError(f"bad timing line: {lines[1]!r}")
        times = []
        for stamp in (start_s.strip(), end_s.strip()):
            m = _TIME.fullmatch(stamp)
            if m is None:
                raise ValueError(f"bad timestamp: {stamp!r}")
            h, mi, s, ms = (int(g) for g in m.groups())
            times.append(((h * 60 + mi) * 60 + s) * 1000 + ms)
        found.append(Cue(index, times[0], times[1], "\n".join(lines[2:])))
    return found
