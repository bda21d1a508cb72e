"""Waiting on conditions, never on the clock: what Qt has queued has run, or a timer of ours has fired."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer


def settle(qtbot: Any, rounds: int = 3) -> None:
    """Process events until everything queued before now has run, ``rounds`` times over.

    A zero timer fires only after the events posted before it; waiting for it (then again, for what
    those events queued in turn: a refresh posts its layout requests) lets the views finish without
    guessing how long that takes on a loaded machine.
    """
    for _ in range(rounds):
        _queued_before_now_has_run(qtbot)


def _queued_before_now_has_run(qtbot: Any) -> None:
    done: list[bool] = []
    QTimer.singleShot(0, lambda: done.append(True))
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)


def after_timer(qtbot: Any, interval_ms: int) -> None:
    """Wait until a timer of ``interval_ms`` started now has fired (so one started earlier has too)."""
    fired: list[bool] = []
    QTimer.singleShot(interval_ms, lambda: fired.append(True))
    qtbot.waitUntil(lambda: bool(fired), timeout=interval_ms + 10_000)
    settle(qtbot, 1)
