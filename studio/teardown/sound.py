"""The sound track: where someone speaks, where only music plays, the music's tempo and beats (numpy only).

Speech is told from music by its syllables: the energy of the voice band (300-3400 Hz) rises and
falls four or five times a second and drops between syllables, while a music bed keeps that band
filled. The tempo comes from the autocorrelation of a spectral-flux onset curve, then refined by
fitting a comb of evenly spaced beats to the whole curve (a 0.5 % step over the track is what
reaches the 2 % target a single autocorrelation lag cannot).
"""

from __future__ import annotations

import numpy as np

from studio.teardown.model import Sound

HOP = 256
N_FFT = 1024
#: Tempo range searched, beats per minute.
MIN_BPM, MAX_BPM = 60.0, 190.0
#: Windows for the speech measure, seconds.
SPEECH_WINDOW = 1.0
#: Share of a window's voice-band frames below half its mean energy, from which it counts as speech.
SPEECH_DIPS = 0.3
#: Below this RMS (16-bit full scale = 1) a window is silence.
SILENCE = 0.005


def _frames(audio: np.ndarray, size: int, hop: int) -> np.ndarray:
    if len(audio) < size:
        audio = np.pad(audio, (0, size - len(audio)))
    count = 1 + (len(audio) - size) // hop
    return np.lib.stride_tricks.sliding_window_view(audio, size)[::hop][:count]


def _spectrogram(audio: np.ndarray, rate: int) -> tuple[np.ndarray, np.ndarray]:
    """Magnitudes (frames x bins), computed in blocks to keep memory bounded, and the bin frequencies."""
    window = np.hanning(N_FFT).astype(np.float32)
    frames = _frames(audio, N_FFT, HOP)
    out = np.empty((len(frames), N_FFT // 2 + 1), dtype=np.float32)
    for i in range(0, len(frames), 4096):
        block = frames[i : i + 4096] * window
        out[i : i + 4096] = np.abs(np.fft.rfft(block, axis=1))
    return out, np.fft.rfftfreq(N_FFT, 1.0 / rate)


def onset_curve(spec: np.ndarray) -> np.ndarray:
    """Spectral flux on log magnitudes, mean removed locally."""
    logs = np.log1p(100.0 * spec)
    flux = np.maximum(0.0, np.diff(logs, axis=0)).sum(axis=1)
    flux = np.concatenate([[0.0], flux])
    k = 16
    local = np.convolve(flux, np.ones(2 * k + 1) / (2 * k + 1), mode="same")
    onsets: np.ndarray = np.maximum(0.0, flux - local)
    return onsets


def tempo_and_beats(onsets: np.ndarray, frame_rate: float) -> tuple[float | None, list[float]]:
    """Tempo (BPM) and beat times (seconds) of a steady beat, or (None, []) when there is none."""
    n = len(onsets)
    if n < frame_rate * 4 or onsets.std() == 0:
        return None, []
    x = onsets - onsets.mean()
    spectrum = np.fft.rfft(x, 2 * n)
    ac = np.fft.irfft(spectrum * np.conj(spectrum))[:n]
    ac /= ac[0] if ac[0] else 1.0
    lo, hi = int(frame_rate * 60 / MAX_BPM), int(frame_rate * 60 / MIN_BPM) + 1
    if hi >= n:
        return None, []
    lags = np.arange(lo, hi)
    bpm_of = 60.0 * frame_rate / lags
    # A mild preference for 80-160 BPM keeps half and double tempos from winning on ties.
    weight = np.exp(-0.5 * (np.log2(bpm_of / 115.0) / 0.9) ** 2)
    score = ac[lo:hi] * weight
    best = int(lags[int(np.argmax(score))])
    if ac[best] < 0.1:
        return None, []
    # Refine the period and phase with a comb over the whole curve.
    grid = np.arange(n, dtype=np.float64)
    best_fit = (-1.0, float(best), 0.0)
    for period in np.linspace(best * 0.97, best * 1.03, 121):
        count = int((n - 1) / period)
        if count < 4:
            continue
        for phase in np.linspace(0, period, int(period) + 1, endpoint=False):
            pos = phase + period * np.arange(count)
            pos = pos[pos < n - 1]
            val = float(np.interp(pos, grid, onsets).mean())
            if val > best_fit[0]:
                best_fit = (val, float(period), float(phase))
    _, period, phase = best_fit
    beats = []
    pos = phase
    half = max(1, int(period * 0.1))
    while pos < n:
        i = round(pos)
        a, b = max(0, i - half), min(n, i + half + 1)
        peak = a + int(np.argmax(onsets[a:b])) if b > a else i
        # A flux frame peaks once its window reaches the onset: the onset sits about 3/4 into it.
        beats.append(peak / frame_rate + 0.75 * N_FFT / (HOP * frame_rate))
        pos += period
    return 60.0 * frame_rate / period, beats


def _spans(flags: np.ndarray, step: float, value: bool) -> list[tuple[float, float]]:
    spans = []
    start = None
    for i, flag in enumerate([*list(flags), not value]):
        if flag == value and start is None:
            start = i
        elif flag != value and start is not None:
            spans.append((round(start * step, 3), round(i * step, 3)))
            start = None
    return spans


def speech_windows(spec: np.ndarray, freqs: np.ndarray, frame_rate: float) -> tuple[np.ndarray, np.ndarray]:
    """Per window: whether it sounds (not silence) and whether the voice band dips like syllables."""
    band = (freqs >= 300) & (freqs <= 3400)
    energy = (spec[:, band] ** 2).sum(axis=1)
    per = max(1, round(SPEECH_WINDOW * frame_rate))
    count = len(energy) // per
    if count == 0:
        return np.zeros(0, bool), np.zeros(0, bool)
    e = energy[: count * per].reshape(count, per)
    rms = np.sqrt((spec[: count * per] ** 2).sum(axis=1).reshape(count, per).mean(axis=1)) / (N_FFT / 2)
    sounding = rms > SILENCE
    mean = e.mean(axis=1, keepdims=True)
    dips = (e < 0.5 * mean).mean(axis=1)
    speaking = sounding & (dips >= SPEECH_DIPS)
    # One odd window between two of the other kind follows its neighbours.
    if count >= 3:
        smooth = speaking.copy()
        smooth[1:-1] = np.where(speaking[:-2] == speaking[2:], speaking[:-2], speaking[1:-1])
        speaking = smooth & sounding
    return sounding, speaking


def analyse(audio: np.ndarray | None, rate: int) -> Sound:
    """Speech, music-only regions, tempo and beats of a mono 16-bit (or float) track."""
    if audio is None or len(audio) < rate:
        return Sound(has_audio=audio is not None and len(audio) > 0)
    x = audio.astype(np.float32)
    if audio.dtype == np.int16:
        x /= 32768.0
    spec, freqs = _spectrogram(x, rate)
    frame_rate = rate / HOP
    sounding, speaking = speech_windows(spec, freqs, frame_rate)
    step = max(1, round(SPEECH_WINDOW * frame_rate)) / frame_rate
    tempo, beats = tempo_and_beats(onset_curve(spec), frame_rate)
    music = sounding & ~speaking
    return Sound(
        has_audio=True,
        speech=_spans(speaking, step, True),
        music_only=_spans(music, step, True),
        tempo=round(tempo, 2) if tempo else None,
        beats=[round(b, 3) for b in beats],
    )


def on_beat(times: list[float], beats: list[float], tolerance: float) -> list[bool]:
    """Whether each time lies within ``tolerance`` seconds of a beat."""
    if not beats:
        return [False] * len(times)
    grid = np.asarray(beats)
    out = []
    for t in times:
        i = int(np.searchsorted(grid, t))
        near = min(abs(grid[j] - t) for j in (i - 1, i) if 0 <= j < len(grid))
        out.append(bool(near <= tolerance))
    return out
