"""SubRip captions for a variant's cut: the voice-over and the on-screen text as two separate files.

Each shot's text is paged by studio/exports/captions.py (a cue per sentence or clause, two lines
of about 16 Chinese or 42 Latin characters) and timed in proportion within the shot. Cue times
sit on frame boundaries of the pack's frame rate so captions change exactly at the cuts of the
timelines written beside them, and never cross a cut.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from studio.exports.captions import shot_pages
from studio.exports.common import Media, Progress, atomic_path, default_fps, progress_steps, variant_targets
from studio.models.entities import Project, Script, Variant
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


#: Which text a caption file carries: what is said, or what is written on screen.
Track = Literal["voiceover", "onscreen"]


def _text(text: str) -> str:
    """A field's text for captions: control characters gone, blank lines dropped."""
    return "\n".join(line.strip() for line in clean_text(text).splitlines() if line.strip())


def cues(script: Script, variant: Variant, fps: FrameRate | int, track: Track = "voiceover") -> list[Cue]:
    """The variant's captions of one track: each shot's text paged into cues within the shot."""
    out: list[Cue] = []
    for timed in cut(script, variant):
        start, end = frame_at(timed.start_ds, fps), frame_at(timed.end_ds, fps)
        text = _text(timed.shot.voiceover if track == "voiceover" else timed.shot.onscreen_text)
        for page in shot_pages(text, end - start, fps):
            out.append(Cue(len(out) + 1, _ms(start + page.start, fps), _ms(start + page.end, fps),
                           "\n".join(page.lines)))  # fmt: skip
    return out


def timestamp(ms: int) -> str:
    """Milliseconds as an SRT time, HH:MM:SS,mmm."""
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d},{millis:03d}"


def srt_text(script: Script, variant: Variant, fps: FrameRate | int, track: Track = "voiceover") -> str:
    """The whole SRT file of one track as text (UTF-8 without BOM when written; CRLF-free)."""
    blocks = [
        f"{c.index}\n{timestamp(c.start_ms)} --> {timestamp(c.end_ms)}\n{c.text}\n"
        for c in cues(script, variant, fps, track)
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


def onscreen_path(path: Path) -> Path:
    """Where the on-screen text goes beside a voice-over SRT: captions.srt -> captions_onscreen.srt."""
    return path.with_name(f"{path.stem}_onscreen{path.suffix}")


def export_srt(
    project: Project,
    script: Script,
    variants: list[Variant],
    media: Media | None,
    path: str | Path,
    lang: str | None = None,
    progress: Progress | None = None,
    *,
    fps: FrameRate | int | str | None = None,
) -> list[Path]:
    """Each variant's voice-over captions at ``path`` and its on-screen text beside it (<name>_onscreen.srt)."""
    del media, lang
    if not variants:
        raise ValueError("no variant to export")
    path = Path(path)
    rate = FrameRate.of(fps) if fps is not None else default_fps(project)
    targets = variant_targets(path, variants)
    written: list[Path] = []
    with progress_steps(progress, len(variants)) as step:
        for variant, target in zip(variants, targets, strict=True):
            tracks: tuple[tuple[Track, Path], ...] = (
                ("voiceover", target),
                ("onscreen", onscreen_path(target)),
            )
            for track, file in tracks:
                with atomic_path(file) as tmp:
                    tmp.write_text(srt_text(script, variant, rate, track), "utf-8")
                written.append(file)
            step()
    return written
