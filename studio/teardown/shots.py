"""Finding shot boundaries: hard cuts and fades with PySceneDetect, dissolves by a linear-blend test.

Measured on our test videos, ContentDetector missed one hard cut in 17 between two shots of like
brightness and hue (F1 0.9697): a one-frame jump of the colour histogram adds it.

PySceneDetect's ContentDetector finds hard cuts to the frame and its ThresholdDetector finds fades
through black; measured on our test videos, neither its content nor its adaptive detector sees a
0.5 s dissolve (each frame differs from the last by a twelfth of the change). A dissolve is a
linear blend: a frame ``k`` before and ``k`` after differ a lot, while the frame between is close to
their average and no single step is large. That test runs on the 16-pixel-wide thumbnails the scan
keeps, after the pass.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

#: Shortest shot, seconds: quicker flashes are merged into a neighbour (fast 0.4 s cuts survive).
MIN_SHOT_SECONDS = 0.3
#: PySceneDetect's content threshold (its default, 27, on 0..255 HSV differences).
CONTENT_THRESHOLD = 27.0
#: Mean brightness under which a frame counts as black for fades.
FADE_THRESHOLD = 12
#: A one-frame change of colours (L1 between 64-bin histograms, 0..2) that makes a hard cut by itself.
COLOUR_JUMP = 0.8
#: ... with the picture's thumbnail changing by at least this (mean absolute, 0..255) in that frame.
PICTURE_JUMP = 8.0
#: A dissolve's ends must differ by at least this (mean absolute, 0..255) ...
DISSOLVE_MIN_CHANGE = 18.0
#: ... their colours too (L1 between 64-bin histograms, 0..2; motion inside a shot stays near 0) ...
DISSOLVE_MIN_COLOURS = 0.4
#: ... their pictures unlike (correlation of the thumbnails below this) ...
SAME_PICTURE = 0.9
#: ... and the middle frame sit this close (as a share of that change) to the ends' average.
DISSOLVE_LINEARITY = 0.3


@dataclass(frozen=True)
class Boundary:
    """Where a new shot starts (frame index) and how (cut, fade or dissolve)."""

    frame: int
    kind: str


class CutDetectors:
    """PySceneDetect's content and threshold detectors fed frame by frame during the scan."""

    def __init__(self, fps: float) -> None:
        from scenedetect.detectors import ContentDetector, ThresholdDetector

        self.min_frames = max(2, round(MIN_SHOT_SECONDS * fps))
        self.content = ContentDetector(threshold=CONTENT_THRESHOLD, min_scene_len=self.min_frames)
        self.fades = ThresholdDetector(threshold=FADE_THRESHOLD, min_scene_len=self.min_frames, fade_bias=0.0)
        self.hard: list[int] = []
        self.faded: list[int] = []
        self.last = 0

    def __call__(self, n: int, bgr: np.ndarray) -> None:
        """See one frame (BGR, small)."""
        self.hard += self.content.process_frame(n, bgr)
        self.faded += self.fades.process_frame(n, bgr)
        self.last = n

    def finish(self) -> None:
        """Flush what the detectors hold back."""
        self.hard += self.content.post_process(self.last)
        self.faded += self.fades.post_process(self.last)


def dissolves(thumbs: np.ndarray, hists: np.ndarray, fps: float, exclude: list[int]) -> list[int]:
    """Frames in the middle of gradual transitions (dissolves, slow fades) not near an ``exclude`` cut."""
    n = len(thumbs)
    k = max(2, round(0.4 * fps))
    if n < 2 * k + 1:
        return []
    f = thumbs.reshape(n, -1).astype(np.float32)
    a, b, mid = f[: n - 2 * k], f[2 * k :], f[k : n - k]
    change = np.abs(b - a).mean(axis=1)
    off = np.abs(mid - (a + b) / 2).mean(axis=1)
    colours = np.abs(hists[2 * k :] - hists[: n - 2 * k]).sum(axis=1)
    steps = np.abs(np.diff(f, axis=0)).mean(axis=1)
    # The biggest single step inside each window: a hard cut there is no dissolve.
    biggest = np.lib.stride_tricks.sliding_window_view(steps, 2 * k)[: n - 2 * k].max(axis=1)
    # A blend from or to a plain black or white picture is a fade, the threshold detector's business.
    lum_a, lum_b = a.mean(axis=1), b.mean(axis=1)
    plain = (np.minimum(lum_a, lum_b) < 2 * FADE_THRESHOLD) | (
        np.maximum(lum_a, lum_b) > 255 - 2 * FADE_THRESHOLD
    )
    # The same picture at two brightnesses (a fade through a colour, a light turned up) is no new shot.
    ca, cb = a - lum_a[:, None], b - lum_b[:, None]
    denominator = np.sqrt((ca * ca).sum(axis=1) * (cb * cb).sum(axis=1)) + 1e-6
    same_picture = (ca * cb).sum(axis=1) / denominator > SAME_PICTURE
    ok = (
        ~plain
        & ~same_picture
        & (colours >= DISSOLVE_MIN_COLOURS)
        & (change >= DISSOLVE_MIN_CHANGE)
        & (off <= DISSOLVE_LINEARITY * change)
        & (biggest < 0.5 * change)
    )
    near = np.asarray(sorted(exclude), dtype=np.int64)
    found: list[int] = []
    i = 0
    while i < len(ok):
        if not ok[i]:
            i += 1
            continue
        j = i
        while j + 1 < len(ok) and ok[j + 1]:
            j += 1
        # The window test holds while both ends lie outside the blend: the blend's middle is the run's.
        centre = (i + j) // 2 + k
        if not (near.size and np.min(np.abs(near - centre)) <= 2 * k):
            found.append(centre)
        i = j + 1
    return found


def colour_jumps(hists: np.ndarray, thumbs: np.ndarray) -> list[int]:
    """Frames whose colours jump at once from the frame before (a hard cut ContentDetector's HSV means miss
    between shots of like brightness and hue), while the steps either side stay small. The picture must
    jump too: in a fade every pixel crosses a histogram bin in the same frame, but only by a little."""
    if len(hists) < 3:
        return []

    def around(steps: np.ndarray) -> np.ndarray:
        before = np.concatenate([[0.0], steps[:-1]])
        after = np.concatenate([steps[1:], [0.0]])
        larger: np.ndarray = np.maximum(before, after)
        return larger

    steps = np.abs(np.diff(hists, axis=0)).sum(axis=1)
    f = thumbs.reshape(len(thumbs), -1).astype(np.float32)
    moves = np.abs(np.diff(f, axis=0)).mean(axis=1)
    jumps = (
        (steps >= COLOUR_JUMP)
        & (steps >= 4 * around(steps))
        & (moves >= PICTURE_JUMP)
        & (moves >= 4 * around(moves))
    )
    return [int(i) + 1 for i in np.flatnonzero(jumps)]


def boundaries(detectors: CutDetectors, thumbs: np.ndarray, hists: np.ndarray, fps: float) -> list[Boundary]:
    """Every shot start after the first, merged: a fade beats the hard cut its black frames trigger
    nearby, and both beat a dissolve."""
    faded = sorted(set(detectors.faded))
    hard = sorted(set(detectors.hard))
    hard += [j for j in colour_jumps(hists, thumbs) if not any(abs(j - h) <= 1 for h in hard)]
    hard = [h for h in sorted(hard) if not any(abs(f - h) <= detectors.min_frames for f in faded)]
    gradual = dissolves(thumbs, hists, fps, hard + faded)
    marks = [Boundary(f, "cut") for f in hard] + [Boundary(f, "fade") for f in faded]
    marks += [Boundary(f, "dissolve") for f in gradual]
    marks.sort(key=lambda m: m.frame)
    kept: list[Boundary] = []
    rank = {"fade": 0, "cut": 1, "dissolve": 2}
    for mark in marks:
        if mark.frame <= 0 or mark.frame >= len(thumbs):
            continue
        if kept and mark.frame - kept[-1].frame < detectors.min_frames:
            if rank[mark.kind] < rank[kept[-1].kind]:
                kept[-1] = mark
            continue
        kept.append(mark)
    if kept and len(thumbs) - kept[-1].frame < detectors.min_frames:
        kept.pop()  # a flash at the very end is part of the last shot
    return kept
