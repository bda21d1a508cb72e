"""A stall watchdog: every time the GUI thread's event loop is blocked longer than a threshold, with its stack.

A heartbeat timer in the GUI thread notes when the event loop last ran; a watcher thread looks every
10 ms and, once the heartbeat is older than the threshold, samples the GUI thread's Python stack
(through faulthandler) so the block can be traced to what caused it. When the loop runs again the
heartbeat measures how long it was away and records a :class:`Stall`.

Used by the tests (tests/ui/stalls.py) and by the app when ``STUDIO_WATCH_STALLS`` is set
(see :func:`install_from_environment`).
"""

from __future__ import annotations

import faulthandler
import logging
import os
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from PySide6.QtCore import QObject, Qt, QTimer

log = logging.getLogger(__name__)

#: Blocks longer than this are recorded (the issue's "over 50 ms").
THRESHOLD_MS = 50.0
#: The heartbeat's period: a block is measured to within this.
BEAT_MS = 10
#: The environment variable that turns the watchdog on in the app: 1 logs to stderr, a path appends there.
ENV = "STUDIO_WATCH_STALLS"
#: Stack samples kept per stall (the first when it passes the threshold, then one every 100 ms).
MAX_SAMPLES = 5


@dataclass(frozen=True)
class Stall:
    """One block of the event loop: when it began (seconds after the watch started), its length, its stacks."""

    at_s: float
    ms: float
    #: The GUI thread's own CPU time in the block: what a busy machine's other processes cannot inflate.
    cpu_ms: float = 0.0
    stacks: tuple[str, ...] = field(default=())

    def describe(self) -> str:
        """The block in a few lines: its length and where the GUI thread was (innermost call last)."""
        where = self.stacks[0] if self.stacks else "  (no Python frame sampled: the loop was inside Qt)\n"
        return (
            f"event loop blocked {self.ms:.0f} ms ({self.cpu_ms:.0f} ms CPU) at {self.at_s:.2f} s:\n{where}"
        )


class StallWatch(QObject):
    """Records every event-loop block over ``threshold_ms`` while started; create it in the GUI thread."""

    def __init__(
        self,
        threshold_ms: float = THRESHOLD_MS,
        on_stall: Callable[[Stall], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.threshold_ms = threshold_ms
        self.stalls: list[Stall] = []
        self._on_stall = on_stall
        self._gui = threading.get_ident()
        self._lock = threading.Lock()
        self._beat = 0.0
        self._cpu = 0.0
        self._start = 0.0
        self._samples: list[str] = []
        self._sampled_beat = -1.0
        self._stop = threading.Event()
        self._dump: IO[bytes] | None = None  # the watcher's scratch file for faulthandler's dumps
        self._thread: threading.Thread | None = None
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(BEAT_MS)
        self._timer.timeout.connect(self._heartbeat)

    def start(self) -> None:
        """Begin watching (from the GUI thread)."""
        self._start = self._beat = time.perf_counter()
        self._cpu = time.thread_time()
        self._stop.clear()
        self._timer.start()
        self._thread = threading.Thread(target=self._watch, name="studio-stallwatch", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop watching; a block still under way is not recorded."""
        self._timer.stop()
        self._stop.set()
        if self._thread is not None:
            self._thread.join(5)
            self._thread = None
        if self._dump is not None:
            self._dump.close()
            self._dump = None

    @property
    def started(self) -> float:
        """When the watch started (``time.perf_counter()``): a stall's ``at_s`` counts from here."""
        return self._start

    def over(self, ms: float) -> list[Stall]:
        """The recorded blocks longer than ``ms``, longest first."""
        return sorted((s for s in self.stalls if s.ms > ms), key=lambda s: -s.ms)

    def longest(self) -> Stall | None:
        """The longest recorded block, or None."""
        return max(self.stalls, key=lambda s: s.ms, default=None)

    def _heartbeat(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        gap_ms = (now - self._beat) * 1000
        cpu_ms, self._cpu = (cpu - self._cpu) * 1000, cpu
        with self._lock:
            last = self._beat
            self._beat = now
            samples = tuple(self._samples) if self._sampled_beat == last else ()
            self._samples = []
        # The timer itself is due every BEAT_MS: only the time beyond that was a block.
        blocked = gap_ms - BEAT_MS
        if blocked > self.threshold_ms:
            stall = Stall(round(last - self._start, 3), blocked, cpu_ms, samples)
            self.stalls.append(stall)
            if self._on_stall is not None:
                self._on_stall(stall)

    def _watch(self) -> None:
        next_sample = 0.0
        while not self._stop.wait(0.01):
            with self._lock:
                beat = self._beat
            now = time.perf_counter()
            if (now - beat) * 1000 <= self.threshold_ms:
                continue
            if self._sampled_beat != beat:
                next_sample = now
            if now < next_sample:
                continue
            stack = self._gui_stack()
            with self._lock:
                if self._beat != beat:
                    continue  # the loop came back meanwhile
                if self._sampled_beat != beat:
                    self._samples, self._sampled_beat = [], beat
                if len(self._samples) < MAX_SAMPLES:
                    self._samples.append(stack)
            next_sample = now + 0.1

    def _gui_stack(self) -> str:
        """The GUI thread's Python stack as faulthandler prints it, innermost call last.

        Not sys._current_frames(): making frame objects for another thread's running frames crashed
        the interpreter now and then (Python 3.11, a segfault in the GUI thread a second later).
        faulthandler reads the frames as they are, the way it does from a signal handler.
        """
        out = self._dump
        if out is None:
            out = self._dump = tempfile.TemporaryFile()  # noqa: SIM115 - reused for every sample, closed by stop()
        out.seek(0)
        out.truncate()
        faulthandler.dump_traceback(out, all_threads=True)
        out.flush()
        out.seek(0)
        text = out.read().decode("utf-8", "replace")
        head = f"0x{self._gui:016x}"
        for block in text.split("\n\n"):
            lines = block.strip().splitlines()
            if lines and head in lines[0]:
                return "".join(line + "\n" for line in reversed(lines[1:]))
        return ""


def install_from_environment(parent: QObject) -> StallWatch | None:
    """Start a watch when ``STUDIO_WATCH_STALLS`` is set: ``1`` logs each block to stderr, a path appends it there."""
    value = os.environ.get(ENV, "").strip()
    if not value or value == "0":
        return None
    target = None if value in ("1", "-", "stderr") else Path(value)

    def report(stall: Stall) -> None:
        text = stall.describe()
        if target is None:
            sys.stderr.write(text)
            sys.stderr.flush()
            return
        try:
            with target.open("a", encoding="utf-8") as out:
                out.write(text)
        except OSError:
            log.warning("cannot write the stall log %s", target, exc_info=True)

    watch = StallWatch(THRESHOLD_MS, report, parent)
    watch.start()
    return watch
