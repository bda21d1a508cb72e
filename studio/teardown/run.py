"""The teardown from a video file to its result: scan, shots, words, sound, structure, with step progress."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from studio.teardown import burned_words, structure
from studio.teardown import shots as shot_finder
from studio.teardown import sound as sound_finder
from studio.teardown.model import ShotCut, Teardown
from studio.teardown.scan import AUDIO_RATE, Sample, scan

log = logging.getLogger(__name__)

#: Steps in order, with their share of the whole run (for one progress bar).
STEPS = (("decode", 0.55), ("words", 0.38), ("sound", 0.04), ("structure", 0.03))

#: progress(step, fraction of that step done); may raise to cancel.
StepProgress = Callable[[str, float], None]


@dataclass
class Result:
    """The teardown and the sampled frames its key frames come from."""

    teardown: Teardown
    samples: list[Sample] = field(default_factory=list)


def overall(step: str, fraction: float) -> float:
    """The whole run's fraction done when ``step`` is ``fraction`` done."""
    done = 0.0
    for name, share in STEPS:
        if name == step:
            return done + share * max(0.0, min(1.0, fraction))
        done += share
    return done


def teardown(
    path: str | Path,
    progress: StepProgress | None = None,
    read_words: bool = True,
    product_words: tuple[str, ...] = (),
) -> Result:
    """Tear down the video at ``path``. Raises TeardownError on a file that cannot be read."""
    path = Path(path)
    report: StepProgress = progress or (lambda step, fraction: None)
    report("decode", 0.0)
    detectors: shot_finder.CutDetectors | None = None

    def sink(n: int, bgr: np.ndarray) -> None:
        assert detectors is not None
        detectors(n, bgr)

    # The detectors need the frame rate: probe it, then scan once.
    detectors = shot_finder.CutDetectors(_probe_fps(path))
    found = scan(path, sink, lambda f: report("decode", f))
    detectors.finish()
    marks = shot_finder.boundaries(detectors, found.thumbs, found.hists, found.fps)
    td = Teardown(
        source=str(path),
        width=found.width,
        height=found.height,
        fps=round(found.fps, 4),
        duration=round(found.duration, 4),
        frame_count=found.frame_count,
        rotation=found.rotation,
    )
    times = list(found.times)
    starts = [0] + [m.frame for m in marks]
    kinds = ["start"] + [m.kind for m in marks]
    for i, (first, kind) in enumerate(zip(starts, kinds, strict=True)):
        last = starts[i + 1] if i + 1 < len(starts) else found.frame_count
        start = times[first] - times[0]
        end = (times[last] - times[0]) if last < len(times) else found.duration
        td.shots.append(ShotCut(i, first, last, round(start, 4), round(end, 4), kind))
    _key_frames(td.shots, found.samples)
    report("decode", 1.0)
    if read_words and found.samples:
        try:
            reader = burned_words.ocr_reader()
            burned_words.read_words(td.shots, found.samples, reader, lambda f: report("words", f))
        except ImportError as exc:  # pragma: no cover - the OCR engine is a dependency
            log.warning("OCR unavailable: %s", exc)
            td.notes.append("no_ocr")
        except Exception as exc:
            from studio.media.ocr import OcrUnavailableError

            if not isinstance(exc, OcrUnavailableError):
                raise
            td.notes.append("no_ocr")
    report("words", 1.0)
    td.sound = sound_finder.analyse(found.audio, AUDIO_RATE)
    if not td.sound.has_audio:
        td.notes.append("no_audio")
    report("sound", 1.0)
    td.language = "en" if _mostly_latin(td) else "zh"
    structure.guess(td.shots)
    td.profile = structure.profile(td, product_words, tolerance=max(2.0 / td.fps, 0.1))
    report("structure", 1.0)
    keep = {s.key_frame for s in td.shots}
    return Result(td, [s for s in found.samples if s.frame in keep])


def _probe_fps(path: Path) -> float:
    import av

    try:
        with av.open(str(path), "r", timeout=30) as c:
            if c.streams.video:
                rate = c.streams.video[0].average_rate or c.streams.video[0].guessed_rate
                if rate:
                    return float(rate)
    except (av.FFmpegError, OSError, ValueError):
        pass  # scan() words the failure
    return 25.0


def _key_frames(shots: list[ShotCut], samples: list[Sample]) -> None:
    """Each shot's key frame: the sample nearest its middle, inside it when one is."""
    for shot in shots:
        middle = (shot.start + shot.end) / 2
        inside = [s for s in samples if shot.start_frame <= s.frame < shot.end_frame]
        pool = inside or samples
        if pool:
            shot.key_frame = min(pool, key=lambda s: abs(s.time - middle)).frame
        else:
            shot.key_frame = shot.start_frame


def _mostly_latin(td: Teardown) -> bool:
    text = "".join(s.voiceover + s.onscreen for s in td.shots)
    if not text:
        return False
    cjk = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    return cjk < len(text) * 0.1
