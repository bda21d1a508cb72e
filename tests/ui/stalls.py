"""Test helper: watch the event loop for blocks (over 50 ms) while a scenario runs, and say where they were."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from studio.ui.stallwatch import THRESHOLD_MS, Stall, StallWatch


@contextmanager
def watch_stalls(threshold_ms: float = THRESHOLD_MS) -> Iterator[StallWatch]:
    """Record every event-loop block over ``threshold_ms`` inside the ``with`` block (create in the GUI thread)."""
    watch = StallWatch(threshold_ms)
    watch.start()
    try:
        yield watch
    finally:
        watch.stop()


def report(stalls: list[Stall], limit: int = 5) -> str:
    """The longest ``limit`` blocks with their stacks, for an assertion message or a log."""
    ordered = sorted(stalls, key=lambda s: -s.ms)[:limit]
    return "\n".join(s.describe() for s in ordered) or "no block"
