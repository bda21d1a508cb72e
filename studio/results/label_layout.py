"""Label placement for charts drawn by any renderer: boxes that never overlap.

Pure geometry in the renderer's units (pixels for the window, points for a PDF): a column of
labels that each want to sit beside a value (the share at 3 s of six curves that nearly agree)
is spread apart as little as possible, and a legend flows into rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Box:
    """A label's rectangle: left, top, width, height."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        """The right edge."""
        return self.x + self.w

    @property
    def bottom(self) -> float:
        """The bottom edge."""
        return self.y + self.h

    def intersects(self, other: Box) -> bool:
        """Whether two boxes share any area (touching edges do not count)."""
        return (
            self.x < other.right and other.x < self.right and self.y < other.bottom and other.y < self.bottom
        )


def spread(wants: Sequence[float], height: float, lo: float, hi: float, gap: float = 1.0) -> list[float]:
    """Tops for labels of one height that want to be centred at ``wants``, kept in order, apart and
    inside ``lo``..``hi`` when they fit there (otherwise they run on below ``hi`` rather than overlap).

    Returned in the order of ``wants``.
    """
    if not wants:
        return []
    step = height + gap
    order = sorted(range(len(wants)), key=lambda i: wants[i])
    tops = [wants[i] - height / 2 for i in order]
    # push down from the top, then back up from the bottom, then down again if that crossed the top:
    # each label moves as little as its neighbours allow
    tops[0] = max(tops[0], lo)
    for k in range(1, len(tops)):
        tops[k] = max(tops[k], tops[k - 1] + step)
    tops[-1] = min(tops[-1], hi - height)
    for k in range(len(tops) - 2, -1, -1):
        tops[k] = min(tops[k], tops[k + 1] - step)
    tops[0] = max(tops[0], lo)
    for k in range(1, len(tops)):
        tops[k] = max(tops[k], tops[k - 1] + step)
    out = [0.0] * len(wants)
    for k, i in enumerate(order):
        out[i] = tops[k]
    return out


def flow(
    widths: Sequence[float], height: float, left: float, right: float, top: float, gap: float
) -> list[Box]:
    """Legend entries of the given widths laid left to right, wrapping to a new row at ``right``."""
    boxes: list[Box] = []
    x, y = left, top
    for w in widths:
        if x > left and x + w > right:
            x, y = left, y + height + 2
        boxes.append(Box(x, y, w, height))
        x += w + gap
    return boxes


def overlapping(boxes: list[Box]) -> list[tuple[int, int]]:
    """Pairs of boxes (by index) that overlap: empty for a clean layout."""
    return [
        (i, j) for i in range(len(boxes)) for j in range(i + 1, len(boxes)) if boxes[i].intersects(boxes[j])
    ]
