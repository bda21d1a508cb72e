"""Reading the words burned into a video: captions (voice-over) apart from on-screen selling text.

A few sampled frames of each shot are read with OCR. A line counts when it stays in place across
the shot's samples (text on a moving background moves, so it is dropped) or, in the caption band,
when it is read clearly once (captions change faster than shots). Lines repeated from the shot
before (a caption running over a cut) are kept once.
"""

from __future__ import annotations

import difflib
import logging
from collections.abc import Callable, Sequence

from studio.teardown.model import ShotCut, TextLine
from studio.teardown.scan import Sample

log = logging.getLogger(__name__)

#: Top of the caption band, as a share of the picture's height (captions sit in the lower third).
CAPTION_TOP = 0.62
#: A caption read once is kept from this confidence on; other text needs two sightings.
CLEAR_SCORE = 0.8
#: Two readings are the same line when their texts are this alike ...
SAME_TEXT = 0.85
#: ... and their centres this close (shares of width and height).
SAME_PLACE = 0.04
#: Samples read per second of shot, and at most per shot; of those, this many whole frames (the rest
#: read the caption band only, a third of the picture, which is where text changes within a shot).
READS_PER_SECOND = 0.8
MAX_READS = 4
WHOLE_READS = 2
#: Shots shorter than this get one whole-frame reading (measured: OCR is three quarters of a teardown's CPU).
ONE_WHOLE_BELOW = 2.5

Box = tuple[float, float, float, float]
#: reader(sample, band_only) -> [(text, box as shares, score)]
Reader = Callable[[Sample, bool], list[tuple[str, Box, float]]]


def ocr_reader() -> Reader:
    """Read one sample (or its caption band only) with studio.media.ocr; boxes as shares of the picture."""
    from studio.media.ocr import read_text

    def read(
        sample: Sample, band_only: bool = False
    ) -> list[tuple[str, tuple[float, float, float, float], float]]:
        image = sample.image()
        w, h = image.size
        top = int(h * CAPTION_TOP * 0.95) if band_only else 0
        if top:
            image = image.crop((0, top, w, h))
        return [
            (b.text, (b.left / w, (b.top + top) / h, b.right / w, (b.bottom + top) / h), b.score)
            for b in read_text(image)
        ]

    return read


def pick(samples: Sequence[Sample], start: float, end: float) -> list[Sample]:
    """The samples to read for a shot: spread over it, away from its edges (transitions blur them)."""
    inside = [s for s in samples if start <= s.time < end]
    if not inside:
        return []
    margin = min(0.25, (end - start) / 4)
    core = [s for s in inside if start + margin <= s.time < end - margin] or inside
    want = max(1, min(MAX_READS, round((end - start) * READS_PER_SECOND)))
    if len(core) <= want:
        return core
    step = len(core) / want
    return [core[int(step * (i + 0.5))] for i in range(want)]


def _same(a: TextLine, text: str, box: tuple[float, float, float, float]) -> bool:
    ax, ay = (a.box[0] + a.box[2]) / 2, (a.box[1] + a.box[3]) / 2
    bx, by = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    if abs(ay - by) > SAME_PLACE or abs(ax - bx) > max(SAME_PLACE, (a.box[2] - a.box[0]) / 2):
        return False
    return a.text == text or difflib.SequenceMatcher(None, a.text, text).ratio() >= SAME_TEXT


def shot_lines(
    reads: list[tuple[float, list[tuple[str, Box, float]]]], whole: int | None = None
) -> list[TextLine]:
    """Group one shot's readings (time, boxes) into lines, keeping those that stay put or read clearly.

    ``whole`` is how many of the readings saw the whole frame (the others saw the caption band)."""
    whole = len(reads) if whole is None else whole
    lines: list[TextLine] = []
    for t, boxes in reads:
        for text, box, score in boxes:
            text = " ".join(text.split())
            if len(text) < 2:
                continue  # a lone glyph is a shape the reader took for a letter, not a caption or a badge
            match = next((ln for ln in lines if _same(ln, text, box)), None)
            if match is None:
                centre = (box[1] + box[3]) / 2
                role = "caption" if centre >= CAPTION_TOP else "onscreen"
                lines.append(TextLine(text, box, t, t, 1, score, role))
                continue
            match.seen += 1
            match.last = t
            if score > match.score:  # keep the clearest reading of the line
                match.text, match.score, match.box = text, score, box
    several = whole > 1
    kept = []
    for line in lines:
        if line.seen >= 2 or not several or (line.role == "caption" and line.score >= CLEAR_SCORE):
            kept.append(line)
    kept.sort(key=lambda ln: (ln.first, ln.box[1]))
    return kept


def _spread(count: int, want: int) -> list[int]:
    """``want`` indexes spread evenly over ``count`` items."""
    if count <= want:
        return list(range(count))
    return [int(count * (i + 0.5) / want) for i in range(want)]


def _join(parts: list[str]) -> str:
    out = ""
    for part in parts:
        if out and (part[:1].isascii() and out[-1:].isascii()):
            out += " "
        out += part
    return out


def assign(shots: list[ShotCut], per_shot: list[list[TextLine]]) -> None:
    """Give each shot its voice-over (captions) and on-screen text, dropping lines carried over a cut."""
    previous: list[TextLine] = []
    for shot, lines in zip(shots, per_shot, strict=True):
        fresh = [ln for ln in lines if not any(_same(p, ln.text, ln.box) for p in previous)]
        shot.lines = lines
        shot.voiceover = _join([ln.text for ln in fresh if ln.role == "caption"])
        shot.onscreen = " / ".join(dict.fromkeys(ln.text for ln in lines if ln.role == "onscreen"))
        previous = lines


def read_words(
    shots: list[ShotCut],
    samples: Sequence[Sample],
    reader: Reader,
    progress: Callable[[float], None] | None = None,
) -> None:
    """OCR each shot's picked samples and fill its words."""
    plans = [pick(samples, s.start, s.end) for s in shots]
    total = sum(len(p) for p in plans) or 1
    done = 0
    per_shot: list[list[TextLine]] = []
    for shot, plan in zip(shots, plans, strict=True):
        reads = []
        whole = 1 if shot.duration < ONE_WHOLE_BELOW else WHOLE_READS
        full = set(_spread(len(plan), whole))
        for i, sample in enumerate(plan):
            reads.append((sample.time, reader(sample, i not in full)))
            done += 1
            if progress is not None:
                progress(done / total)
        per_shot.append(shot_lines(reads, len(full)))
    assign(shots, per_shot)
