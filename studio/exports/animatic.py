"""An animatic of a variant: its frames timed shot by shot as an MP4 (H.264 + AAC), or a GIF/WebP for chats.

Written with PyAV (FFmpeg's libraries, installed from the package index). Each shot is
one picture (animatic_frames.py) held for the shot's frames at the platform's size and
rate; cuts land on the same frames as the pack's timelines (halves round up), so the MP4
lasts exactly the variant's length to the frame. A still held on screen costs x264 almost
nothing, so a 25 s variant encodes in a few seconds. Captions change cue by cue within a shot,
as in the pack's SRT files (captions.py), never cut short. Sound comes from attached files
(animatic_audio.py); with none there is still a silent audio track, since players and editors
expect one. What differs from the cut (a clip too long or missing, a picture smaller than the
video, no sound) is reported as AnimaticNotes. The file is written beside the target and
renamed into place.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from fractions import Fraction
from pathlib import Path

import numpy as np

from studio.exports.animatic_audio import CHANNELS, SAMPLE_RATE, Soundtrack, mix, sample_at
from studio.exports.animatic_frames import Painter
from studio.exports.animatic_notes import AnimaticNote
from studio.exports.captions import shot_pages
from studio.exports.common import (
    ExportError,
    Media,
    Progress,
    all_or_none,
    atomic_path,
    default_fps,
    progress_steps,
    variant_targets,
)
from studio.models.entities import Project, Script, Variant
from studio.models.frame_format import video_size
from studio.models.rates import FrameRate
from studio.models.timeline import TimedShot, cut, total_ds

log = logging.getLogger(__name__)

#: x264 settings: 'superfast' encodes a 1080x1920 animatic in about a fifth of its running time on two cores
#: (half the time of 'veryfast' for files a third larger; 'ultrafast' is no faster and four times larger);
#: 'stillimage' tunes for held pictures; a keyframe every two seconds lets players seek.
X264 = {"preset": "superfast", "tune": "stillimage", "crf": "23"}
AUDIO_BITRATE = 160_000
#: Chat clips: one picture per shot at this width, each shown for the shot's duration.
CHAT_WIDTH = 360
#: GIF frame delays are in hundredths of a second and many players treat < 2 as 10.
MIN_GIF_MS = 20


#: Longest cut an animatic is made of: a script's stored durations beyond this are a mistake (or a
#: crafted file: 9e18 seconds encoded for ever) and are refused before anything is written.
MAX_ANIMATIC_S = 3600


class AnimaticTooLongError(ExportError):
    """A variant's cut runs longer than :data:`MAX_ANIMATIC_S`; nothing was written."""

    reason = "too long for an animatic"

    def __init__(self, path: str | Path, variant: str, seconds: float) -> None:
        super().__init__(path, f"{variant}: {seconds:.0f} s")
        self.variant, self.seconds = variant, seconds


def check_length(script: Script, variants: list[Variant], path: str | Path) -> None:
    """Refuse, before any encoding, a variant whose cut runs over :data:`MAX_ANIMATIC_S`."""
    for variant in variants:
        try:
            seconds = float(total_ds(script, variant)) / 10
        except (OverflowError, TypeError, ValueError):
            seconds = float("inf")
        if not seconds <= MAX_ANIMATIC_S:  # NaN too
            raise AnimaticTooLongError(path, variant.name, seconds)


def timed_pictures(script: Script, variant: Variant, rate: FrameRate) -> list[tuple[TimedShot, int, bool]]:
    """(shot, frames, first of its beat) for each shot of the cut that lasts at least a frame."""
    out: list[tuple[TimedShot, int, bool]] = []
    seen: set[str] = set()
    for timed in cut(script, variant):
        frames = rate.frame_at(timed.end_ds) - rate.frame_at(timed.start_ds)
        if frames <= 0:
            continue
        out.append((timed, frames, timed.beat.id not in seen))
        seen.add(timed.beat.id)
    return out


def _spans(
    timed: TimedShot, frames: int, rate: FrameRate
) -> list[tuple[int, tuple[str, ...] | None, tuple[str, ...] | None]]:
    """(frames, voice-over lines, on-screen lines) for each stretch of the shot over which the cues hold."""
    from studio.exports.common import plain_text

    vo_text = plain_text(timed.shot.voiceover).strip()
    screen_text = plain_text(timed.shot.onscreen_text).strip()
    vo = shot_pages(vo_text, frames, rate)
    # The same words as title and voice-over would show twice: the title then says nothing more.
    screen = [] if screen_text == vo_text else shot_pages(screen_text, frames, rate)
    cuts = sorted({0, frames, *(p.start for p in vo + screen)})
    out: list[tuple[int, tuple[str, ...] | None, tuple[str, ...] | None]] = []
    for start, end in itertools.pairwise(cuts):
        line_vo = next((p.lines for p in vo if p.start <= start < p.end), ())
        line_screen = next((p.lines for p in screen if p.start <= start < p.end), ())
        out.append((end - start, line_vo, line_screen))
    return out


def _encode_audio(container: object, stream: object, sound: object) -> None:
    import av

    frame_size = stream.codec_context.frame_size or 1024  # type: ignore[attr-defined]
    total = sound.shape[1]  # type: ignore[attr-defined]
    for start in range(0, total, frame_size):
        chunk = sound[:, start : start + frame_size]  # type: ignore[index]
        frame = av.AudioFrame.from_ndarray(chunk.copy(order="C"), format="fltp", layout="stereo")
        frame.sample_rate = SAMPLE_RATE
        frame.pts = start
        for packet in stream.encode(frame):  # type: ignore[attr-defined]
            container.mux(packet)  # type: ignore[attr-defined]
    for packet in stream.encode(None):  # type: ignore[attr-defined]
        container.mux(packet)  # type: ignore[attr-defined]


def write_mp4(project: Project, script: Script, variant: Variant, media: Media | None, path: Path, lang: str,
              rate: FrameRate, soundtrack: Soundtrack | None, beat_titles: bool,
              step: Callable[[int], None], notes: list[AnimaticNote] | None = None) -> Path:  # fmt: skip
    """Encode one variant's animatic to ``path`` (atomically); what differs from the cut goes to ``notes``."""
    import av

    check_length(script, [variant], path)
    size = video_size(project, variant)  # the variant's format: 1080x1920, 1920x1080, 1080x1080 …
    shots = timed_pictures(script, variant, rate)
    painter = Painter(project, media, lang, size, beat_titles, variant)
    total_frames = sum(frames for _t, frames, _f in shots)
    found: list[AnimaticNote] = []
    total_samples = sample_at(float(rate.seconds(total_frames)))
    if soundtrack is not None and not soundtrack.empty:
        spans, at = [], 0
        for timed, frames, _first in shots:
            start, end = sample_at(float(rate.seconds(at))), sample_at(float(rate.seconds(at + frames)))
            spans.append((timed.shot.code, timed.shot.id, start, end))
            at += frames
            if soundtrack.clips and not (
                soundtrack.clips.get(timed.shot.code) or soundtrack.clips.get(timed.shot.id)
            ):
                found.append(AnimaticNote("clip_missing", variant.name, timed.shot.code))

        def too_long(code: str, clip_s: float, shot_s: float) -> None:
            found.append(AnimaticNote("clip_long", variant.name, code, clip=clip_s, shot_s=shot_s))

        sound = mix(soundtrack, total_samples, spans, too_long)
    else:
        found.append(AnimaticNote("silent", variant.name))
        sound = np.zeros((CHANNELS, total_samples), dtype=np.float32)
    with atomic_path(path) as tmp, av.open(str(tmp), "w", format="mp4", options={"movflags": "+faststart"}) as container:  # fmt: skip
        video = container.add_stream("libx264", rate=Fraction(rate.num, rate.den))
        video.width, video.height = size
        video.pix_fmt = "yuv420p"
        video.options = {**X264, "g": str(2 * rate.timebase)}
        video.codec_context.time_base = Fraction(rate.den, rate.num)
        audio = container.add_stream("aac", rate=SAMPLE_RATE, layout="stereo")
        audio.bit_rate = AUDIO_BITRATE
        pts = 0
        for timed, frames, first in shots:
            for length, vo, screen in _spans(timed, frames, rate):
                picture = painter.picture(timed, first, vo, screen)
                # PyAV's stub declares from_image(img) without types
                image: av.VideoFrame = av.VideoFrame.from_image(picture)  # type: ignore[no-untyped-call]
                frame = image.reformat(format="yuv420p")
                for _ in range(length):
                    frame.pts = pts
                    frame.time_base = video.codec_context.time_base
                    pts += 1
                    for packet in video.encode(frame):
                        container.mux(packet)
            step(frames)
        for packet in video.encode(None):
            container.mux(packet)
        _encode_audio(container, audio, sound)
    reported: set[str] = set()
    for timed, _frames, _first in shots:
        digest = timed.shot.frame
        if digest and digest in painter.small and timed.shot.id not in reported:
            reported.add(timed.shot.id)
            width, height = painter.small[digest]
            found.append(AnimaticNote("small_picture", variant.name, timed.shot.code, width=width, height=height,
                                      out_w=size[0], out_h=size[1]))  # fmt: skip
    for note in found:
        log.info("animatic: %s", note.text("en"))
    if notes is not None:
        notes.extend(found)
    return path


def export_animatic(
    project: Project,
    script: Script,
    variants: list[Variant],
    media: Media | None,
    path: str | Path,
    lang: str | None = None,
    progress: Progress | None = None,
    *,
    paper: str = "a4",
    fps: FrameRate | int | str | None = None,
    soundtrack: Soundtrack | None = None,
    beat_titles: bool = True,
    notes: list[AnimaticNote] | None = None,
) -> list[Path]:
    """Write each variant's animatic MP4; several variants get their name added (board_基础版.mp4).

    ``paper`` is accepted for the writers' common signature; a video has no paper. What each
    animatic shows differently from the cut is appended to ``notes`` (shot by shot).
    """
    del paper
    if not variants:
        raise ValueError("no variant to export")
    path = Path(path)
    rate = FrameRate.of(fps) if fps is not None else default_fps(project)
    lang = lang or project.language
    targets = variant_targets(path, variants)
    check_length(script, variants, path)
    totals = [sum(f for _t, f, _x in timed_pictures(script, v, rate)) for v in variants]
    written: list[Path] = []
    with progress_steps(progress, sum(totals)) as step:

        def advance(frames: int) -> None:
            for _ in range(frames):
                step()

        with all_or_none(written):  # several variants are all written or none
            for variant, target in zip(variants, targets, strict=True):
                written.append(write_mp4(project, script, variant, media, target, lang, rate, soundtrack,
                                         beat_titles, advance, notes))  # fmt: skip
    return written


def export_chat_clip(
    project: Project,
    script: Script,
    variants: list[Variant],
    media: Media | None,
    path: str | Path,
    lang: str | None = None,
    progress: Progress | None = None,
    *,
    paper: str = "a4",
    beat_titles: bool = True,
) -> list[Path]:
    """A small looping GIF or WebP (by suffix) per variant: one picture per shot, shown for its duration."""
    from PIL import Image

    del paper
    if not variants:
        raise ValueError("no variant to export")
    path = Path(path)
    lang = lang or project.language
    width = CHAT_WIDTH

    fmt = "WEBP" if path.suffix.lower() == ".webp" else "GIF"
    written: list[Path] = []
    targets = variant_targets(path, variants)
    check_length(script, variants, path)
    rate = FrameRate(100)  # centiseconds: GIF's own clock
    total = sum(len(cut(script, v)) for v in variants)
    with progress_steps(progress, total) as step:
        for variant, target in zip(variants, targets, strict=True):
            size = video_size(project, variant)
            small = (width, round(width * size[1] / size[0]))
            painter = Painter(project, media, lang, size, beat_titles, variant)
            pictures: list[Image.Image] = []
            durations: list[int] = []
            for timed, frames, first in timed_pictures(script, variant, rate):
                picture = painter.picture(timed, first).resize(small, Image.Resampling.LANCZOS)
                pictures.append(picture.quantize(colors=255) if fmt == "GIF" else picture)
                durations.append(max(MIN_GIF_MS, frames * 10))
                step()
            if not pictures:
                raise ValueError("the variant has no shot to show")
            with atomic_path(target) as tmp:
                extra = {"optimize": False} if fmt == "GIF" else {"quality": 70, "method": 4}
                pictures[0].save(tmp, fmt, save_all=True, append_images=pictures[1:], duration=durations,
                                 loop=0, **extra)  # fmt: skip
            written.append(target)
    return written
