"""One decoding pass over a video: small frames for the cut detectors, sampled frames for OCR, the audio.

Everything later steps need is gathered while the file is decoded once, in bounded memory: a
tiny thumbnail per frame (a few kilobytes), at most :data:`MAX_SAMPLES` JPEG-compressed frames
for reading text, and the sound as mono 16-bit at 22.05 kHz.
"""

from __future__ import annotations

import io
import logging
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from studio.teardown.errors import TeardownError

log = logging.getLogger(__name__)

AUDIO_RATE = 22050
#: Longest video we tear down (a reference ad is under 3 minutes; this is generous and bounds memory).
MAX_SECONDS = 30 * 60
#: Sampled frames kept for OCR and key frames, at most.
MAX_SAMPLES = 900
#: Shortest interval between two samples, seconds.
SAMPLE_STEP = 0.2
#: Long side of the frames the cut detectors see.
DETECT_EDGE = 256
#: Short side of the frames kept for OCR (captions stay above ~20 px high at this size).
OCR_EDGE = 540
#: Thumbnail the gradual-transition detector compares (width, height before rotation is applied).
THUMB = 16

Progress = Callable[[float], None]
FrameSink = Callable[[int, np.ndarray], None]


@dataclass
class Sample:
    """A frame kept for OCR and as a shot's key frame, JPEG-compressed."""

    frame: int
    time: float
    jpeg: bytes

    def image(self) -> Image.Image:
        """The frame as an RGB picture."""
        with Image.open(io.BytesIO(self.jpeg)) as img:
            return img.convert("RGB")


@dataclass
class Scan:
    """What one pass over the file gathered."""

    width: int
    height: int
    fps: float
    duration: float
    rotation: int
    times: np.ndarray
    thumbs: np.ndarray
    #: A 64-bin colour histogram per frame (shares), which motion inside a shot barely moves.
    hists: np.ndarray
    samples: list[Sample] = field(default_factory=list)
    audio: np.ndarray | None = None

    @property
    def frame_count(self) -> int:
        """Frames decoded."""
        return len(self.times)


def _turns(rotation: int) -> int:
    """Quarter turns (numpy rot90 k) that show a frame upright, from the stream's display rotation."""
    # The display matrix gives the rotation counter-clockwise; np.rot90 with positive k turns counter-clockwise.
    return (round(rotation / 90.0)) % 4


def _fit(width: int, height: int, edge: int, short: bool) -> tuple[int, int]:
    side = min(width, height) if short else max(width, height)
    scale = min(1.0, edge / side)
    w = max(2, round(width * scale / 2) * 2)
    h = max(2, round(height * scale / 2) * 2)
    return w, h


def scan(path: Path, sink: FrameSink | None = None, progress: Progress | None = None) -> Scan:
    """Decode ``path`` once; ``sink(frame_number, bgr_small)`` sees every frame (the cut detectors).

    Raises TeardownError with a key naming what is wrong (unreadable, no_video, too_long, empty).
    """
    import av

    try:
        container = av.open(str(path), "r", timeout=30)
    except FileNotFoundError:
        raise TeardownError("missing", path=str(path)) from None
    except (av.FFmpegError, OSError, ValueError) as exc:
        raise TeardownError("unreadable", path=str(path), detail=str(exc)) from None
    with container:
        if not container.streams.video:
            raise TeardownError("no_video", path=str(path))
        vstream = container.streams.video[0]
        vstream.thread_type = "AUTO"
        astream = container.streams.audio[0] if container.streams.audio else None
        duration = _duration(container, vstream)
        if duration > MAX_SECONDS:
            raise TeardownError(
                "too_long", path=str(path), minutes=round(duration / 60), limit=MAX_SECONDS // 60
            )
        step = max(SAMPLE_STEP, duration / MAX_SAMPLES if duration else SAMPLE_STEP)
        times: list[float] = []
        thumbs: list[np.ndarray] = []
        hists: list[np.ndarray] = []
        samples: list[Sample] = []
        audio_parts: list[np.ndarray] = []
        resampler = av.AudioResampler(format="s16", layout="mono", rate=AUDIO_RATE) if astream else None
        geometry: tuple[int, int, int] | None = None
        t0: float | None = None
        next_sample = 0.0
        last_report = -1.0
        streams = [vstream] + ([astream] if astream is not None else [])
        try:
            for packet in container.demux(*streams):
                if packet.stream is astream and resampler is not None:
                    for aframe in _decode(packet):
                        for out in resampler.resample(aframe):
                            audio_parts.append(out.to_ndarray().reshape(-1).copy())
                    continue
                for frame in _decode(packet):
                    if geometry is None:
                        rotation = int(getattr(frame, "rotation", 0) or 0)
                        geometry = (frame.width, frame.height, rotation)
                    width, height, rotation = geometry
                    n = len(times)
                    t = float(frame.time) if frame.time is not None else n / float(vstream.average_rate or 25)
                    if t0 is None:
                        t0 = t  # times count from the first frame shown
                    t -= t0
                    if times and t <= times[-1]:
                        t = times[-1] + 1e-3  # damaged timestamps: keep order
                    times.append(t)
                    k = _turns(rotation)
                    dw, dh = _fit(width, height, DETECT_EDGE, short=False)
                    small = np.rot90(frame.to_ndarray(width=dw, height=dh, format="bgr24"), k)
                    thumbs.append(_thumb(small))
                    hists.append(_hist(small))
                    if sink is not None:
                        sink(n, np.ascontiguousarray(small))
                    if t >= next_sample:
                        ow, oh = _fit(width, height, OCR_EDGE, short=True)
                        rgb = np.rot90(frame.to_ndarray(width=ow, height=oh, format="rgb24"), k)
                        samples.append(Sample(n, t, _jpeg(rgb)))
                        next_sample = t + step
                    if progress is not None and t - last_report >= 0.5:
                        last_report = t
                        progress(min(1.0, t / duration) if duration else 0.0)
        except av.FFmpegError as exc:
            if not times:
                raise TeardownError("unreadable", path=str(path), detail=str(exc)) from None
            log.warning("%s: decoding stopped early at %.2f s: %s", path, times[-1], exc)
        if not times or geometry is None:
            raise TeardownError("empty", path=str(path))
        width, height, rotation = geometry
        if _turns(rotation) % 2:
            width, height = height, width
        span = times[-1] - times[0]
        fps = (len(times) - 1) / span if span > 0 else float(vstream.average_rate or 25)
        end = max(duration, times[-1] + 1.0 / fps)
        audio = np.concatenate(audio_parts) if audio_parts else None
        return Scan(
            width,
            height,
            fps,
            end,
            rotation,
            np.asarray(times),
            np.stack(thumbs),
            np.stack(hists),
            samples,
            audio,
        )


def _decode(packet: Any) -> list[Any]:
    import av

    try:
        return list(packet.decode())
    except (av.InvalidDataError, av.error.UndefinedError) as exc:  # a damaged packet: skip it, keep going
        log.debug("skipping a damaged packet: %s", exc)
        return []


def _duration(container: object, stream: object) -> float:
    d = getattr(stream, "duration", None)
    tb = getattr(stream, "time_base", None)
    if d and tb:
        return float(d * tb)
    cd = getattr(container, "duration", None)
    return float(cd) / 1_000_000 if cd else 0.0


def _thumb(bgr: np.ndarray) -> np.ndarray:
    """A 16-wide thumbnail (by block means) for comparing frames far apart."""
    h, w = bgr.shape[:2]
    th = max(1, round(THUMB * h / w))
    ys = (np.arange(th + 1) * h) // th
    xs = (np.arange(THUMB + 1) * w) // THUMB
    rows = np.add.reduceat(bgr.astype(np.uint32), ys[:-1], axis=0) / np.diff(ys)[:, None, None]
    cells = np.add.reduceat(rows, xs[:-1], axis=1) / np.diff(xs)[None, :, None]
    thumb: np.ndarray = cells.astype(np.uint8)
    return thumb


def _hist(bgr: np.ndarray) -> np.ndarray:
    """Colour histogram: 4 levels a channel, 64 bins, as shares of the picture."""
    q = (bgr[::2, ::2] >> 6).astype(np.int32)
    codes = (q[..., 0] << 4) | (q[..., 1] << 2) | q[..., 2]
    counts = np.bincount(codes.reshape(-1), minlength=64).astype(np.float32)
    return counts / max(1.0, float(counts.sum()))


def _jpeg(rgb: np.ndarray) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(np.ascontiguousarray(rgb)).save(buf, "JPEG", quality=92)
    return buf.getvalue()


def seconds_label(seconds: float) -> str:
    """m:ss.s for messages."""
    m = int(seconds // 60)
    return f"{m}:{seconds - 60 * m:04.1f}" if math.isfinite(seconds) else "?"
