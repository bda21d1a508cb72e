"""The animatic's sound: voice-over (one file, or a clip per shot) over a music bed at a chosen level.

Every source is decoded with PyAV (WAV, MP3, M4A/AAC, whatever FFmpeg reads), resampled to
48 kHz stereo and mixed into one buffer as long as the video; a per-shot clip starts at its
shot and is cut at the shot's end so it never runs into the next one; the music loops to
fill the cut, fades out over its last second and sits at ``music_db`` under the voice. A clip
cut at its shot's end is reported to the caller (animatic_notes.py), never cut silently.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)

SAMPLE_RATE = 48_000
CHANNELS = 2
#: Audio files are refused above this many seconds of sound (a stray hour-long file).
MAX_SOURCE_SECONDS = 30 * 60
AUDIO_SUFFIXES = (".wav", ".mp3", ".m4a", ".aac", ".flac", ".ogg", ".opus")


class AudioSourceError(Exception):
    """An attached audio file could not be read as sound; carries the path and why."""

    def __init__(self, path: str | Path, detail: str) -> None:
        self.path = str(path)
        self.detail = detail
        super().__init__(f"{self.path}: {detail}")


@dataclass
class Soundtrack:
    """What to play under the pictures."""

    #: One voice-over for the whole cut, from its start.
    voiceover: Path | None = None
    #: Voice-over clips by shot code (or shot id), each played from its shot's start.
    clips: dict[str, Path] = field(default_factory=dict)
    music: Path | None = None
    #: Music level in dB (0 = as recorded; -18 sits under a voice).
    music_db: float = -18.0

    @property
    def empty(self) -> bool:
        """True when nothing is attached."""
        return self.voiceover is None and not self.clips and self.music is None


def clips_in_folder(folder: Path, codes: list[str]) -> dict[str, Path]:
    """Per-shot voice-over clips named after their shot code (H-A-01.wav, H-A-01.mp3 …)."""
    found: dict[str, Path] = {}
    by_stem = {p.stem.casefold(): p for p in sorted(folder.iterdir()) if p.suffix.lower() in AUDIO_SUFFIXES}
    for code in codes:
        path = by_stem.get(code.casefold())
        if path is not None:
            found[code] = path
    return found


def decode(path: Path) -> np.ndarray:
    """A file's sound as float32 samples, shape (CHANNELS, n), at SAMPLE_RATE."""
    import av

    chunks: list[np.ndarray] = []
    total = 0
    try:
        with av.open(str(path)) as container:
            if not container.streams.audio:
                raise AudioSourceError(path, "no sound in this file")
            stream = container.streams.audio[0]
            resampler = av.AudioResampler(format="fltp", layout="stereo", rate=SAMPLE_RATE)
            for frame in container.decode(stream):
                for out in resampler.resample(frame):
                    data = out.to_ndarray()
                    chunks.append(data)
                    total += data.shape[1]
                    if total > MAX_SOURCE_SECONDS * SAMPLE_RATE:
                        raise AudioSourceError(path, f"longer than {MAX_SOURCE_SECONDS // 60} minutes")
            for out in resampler.resample(None):
                chunks.append(out.to_ndarray())
    except AudioSourceError:
        raise
    except (av.error.FFmpegError, OSError, ValueError) as exc:
        raise AudioSourceError(path, str(exc) or type(exc).__name__) from None
    if not chunks:
        raise AudioSourceError(path, "no sound in this file")
    return np.concatenate(chunks, axis=1).astype(np.float32, copy=False)


def _add(mix: np.ndarray, sound: np.ndarray, start: int, limit: int, gain: float = 1.0) -> None:
    """Add ``sound`` into ``mix`` from sample ``start``, cut at sample ``limit``."""
    end = min(limit, mix.shape[1], start + sound.shape[1])
    if end > start:
        mix[:, start:end] += sound[:, : end - start] * gain


def mix(track: Soundtrack, total_samples: int, shots: list[tuple[str, str, int, int]],
        too_long: Callable[[str, float, float], None] | None = None) -> np.ndarray:  # fmt: skip
    """The mixed sound: ``shots`` are (code, id, start sample, end sample) in playing order.

    ``too_long(code, clip seconds, shot seconds)`` hears of each per-shot clip cut at its shot's end.
    """
    out = np.zeros((CHANNELS, total_samples), dtype=np.float32)
    if track.music is not None:
        music = decode(track.music)
        gain = 10 ** (track.music_db / 20)
        for start in range(0, total_samples, max(1, music.shape[1])):
            _add(out, music, start, total_samples, gain)
        fade = min(total_samples, SAMPLE_RATE)
        if fade:
            out[:, total_samples - fade :] *= np.linspace(1.0, 0.0, fade, dtype=np.float32)
    if track.voiceover is not None:
        _add(out, decode(track.voiceover), 0, total_samples)
    for code, shot_id, start, end in shots:
        path = track.clips.get(code) or track.clips.get(shot_id)
        if path is not None:
            clip = decode(path)
            # A clip that only overruns by its codec's padding (a few ms) is not worth a word.
            if too_long is not None and clip.shape[1] - (end - start) > SAMPLE_RATE // 20:
                too_long(code, clip.shape[1] / SAMPLE_RATE, (end - start) / SAMPLE_RATE)
            _add(out, clip, start, end)
    peak = float(np.max(np.abs(out))) if out.size else 0.0
    if peak > 1.0:  # a loud voice over a loud bed: scale down rather than clip
        out /= peak
    return out


def sample_at(seconds: float) -> int:
    """The sample index at a time in seconds."""
    return math.floor(seconds * SAMPLE_RATE + 0.5)
