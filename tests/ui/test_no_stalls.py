"""A scripted session on a generated 5,000-shot project under the stall watchdog (slow).

Open the project as the app does, scroll every view, type a voice-over holding the first ad-law
word (the segmenter still loading), apply a guide fix, switch every tab. Every event-loop block
over 50 ms is recorded with its stack and printed with the step it fell in (run with -s to read them).
No block may take more than 100 ms of the GUI thread's CPU time on an idle machine (LIMIT_REFS reference
jobs timed in the same run: a loaded machine inflates both, and the block's wall time is the load's).
Garbage collections count with the block they fall in (their share is printed beside it): a full one
costs 40-90 ms of the GUI thread here, so the views' own blocks must leave room for one. The guide
panel's slots are also timed one by one (without the collections in them). Opening is judged like the rest.
"""

from __future__ import annotations

import gc
import os
import re
import shutil
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication

from studio.guide.text import segment
from studio.ui.stallwatch import BEAT_MS, Stall, StallWatch
from studio.ui.views.guide_panel import FindingRole
from tests.ui.stalls import watch_stalls

pytestmark = pytest.mark.slow

SHOTS = 5000
#: The first ad-law word typed into the project: a claim inside a sentence (its edges need the segmenter).
TYPED = "熬夜党看过来，这瓶就是全网最低价"
#: The guide panel's slots the event loop calls (an edit's re-check, the first check's result, the
#: segmenter's arrival, a fix): each is timed as one block of the GUI thread.
GUIDE_SLOTS = ("run", "_recheck", "_first_run", "_first_done", "_on_segmenter_loaded", "apply_current_fix")
#: The limit, 100 ms on an idle 2-core laptop, in units of a reference job timed in the same run (the
#: job takes ~25 ms of CPU there): a shared or virtual machine inflates even CPU time (cache contention,
#: stolen cycles), and the reference grows with it.
LIMIT_REFS = 4.0


def _reference_ms() -> float:
    """The GUI thread's CPU ms for a fixed pure-Python job (sorting and indexing 200,000 floats), median of 5."""
    import random

    rng = random.Random(1)
    data = [rng.random() for _ in range(200_000)]
    times = []
    for _ in range(5):
        start = time.thread_time()
        sorted(data)
        {x: i for i, x in enumerate(data[:50_000])}
        times.append((time.thread_time() - start) * 1000)
    return sorted(times)[2]


@pytest.fixture(scope="module")
def big_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """make_big_project's script at 5,000 shots (20 frames: the guide and the views never decode the rest),
    a module's own copy (its scenario's edits stay in it) of one file built once per session."""
    from benchmarks.make_big_project import build
    from studio.store.document import write_new_file

    master = tmp_path_factory.getbasetemp() / "big5000-master.studio"
    if not master.exists():  # the scenarios share it: each build took 15-40 s
        part = master.with_name("big5000-master.part.studio")
        project, blobs = build(SHOTS, 20)
        write_new_file(part, project, blobs)
        os.replace(part, master)
    path = tmp_path_factory.mktemp("big") / "big5000.studio"
    shutil.copyfile(master, path)
    return path


def _pump() -> None:
    QApplication.processEvents()


def _scroll_all(page) -> int:  # type: ignore[no-untyped-def]
    """Scroll every visible scroll area of a page from top to bottom in about 100 steps; how many there were."""
    areas = [
        a for a in page.findChildren(QAbstractScrollArea) if a.isVisible() and a.verticalScrollBar().maximum()
    ]
    for area in areas:
        bar = area.verticalScrollBar()
        step = max(bar.singleStep() * 3, bar.maximum() // 100)
        while bar.value() < bar.maximum():
            bar.setValue(bar.value() + step)
            _pump()
            area.viewport().repaint()
    return len(areas)


class _Collections:
    """The GUI thread's garbage-collection pauses: where one falls is chance, so slots are timed without them."""

    def __init__(self) -> None:
        self.cpu_ms = 0.0  # the GUI thread's CPU in collections so far
        self.pauses: list[tuple[int, float]] = []  # (generation, CPU ms) of each collection over 10 ms
        self.spans: list[tuple[float, float]] = []  # (perf_counter at its start, CPU ms) of every collection
        self._start = 0.0
        self._wall = 0.0

    def __call__(self, phase: str, info: dict) -> None:
        if threading.current_thread() is not threading.main_thread():
            return
        if phase == "start":
            self._start, self._wall = time.thread_time(), time.perf_counter()
            return
        took = (time.thread_time() - self._start) * 1000
        self.cpu_ms += took
        self.spans.append((self._wall, took))
        if took > 10:
            self.pauses.append((info["generation"], took))

    def within(self, start: float, end: float) -> float:
        """The GUI thread's CPU ms in collections that began between ``start`` and ``end`` (perf_counter)."""
        return sum(ms for at, ms in self.spans if start <= at <= end)


class _Steps:
    """The scenario's steps in order, each with when it began (perf_counter), to say in which a block fell."""

    def __init__(self) -> None:
        self.marks: list[tuple[str, float]] = []

    def __call__(self, name: str) -> None:
        self.marks.append((name, time.perf_counter()))

    def at(self, when: float) -> str:
        """The step under way at ``when`` (perf_counter)."""
        name = "start"
        for step, began in self.marks:
            if began <= when:
                name = step
        return name


def _where(stall: Stall, frames: int = 4) -> str:
    """The innermost project frames of a block's first and last stack sample, on one line."""
    out = []
    for sample in dict.fromkeys(stall.stacks[:1] + stall.stacks[-1:]):
        lines = [ln.strip() for ln in sample.splitlines() if "/studio/" in ln or "/tests/" in ln]
        short = [re.sub(r'File ".*?/((?:studio|tests)/[^"]+)", line (\d+) in (\S+)', r"\1:\2 \3", ln)
                 for ln in lines[-frames:]]  # fmt: skip
        out.append(" > ".join(short) or "(inside Qt)")
    return " || ".join(out) or "(no sample)"


def _blocks(watch: StallWatch, steps: _Steps, collections: _Collections) -> list[tuple[str, Stall, float]]:
    """Every recorded block as (step, block, the GUI thread's CPU ms in collections within it), in order."""
    out = []
    for stall in watch.stalls:
        began = watch.started + stall.at_s  # the loop's last turn before the block
        ended = began + (stall.ms + BEAT_MS) / 1000
        gc_ms = collections.within(began, ended)
        first, last = steps.at(began), steps.at(ended)  # a step begins inside the block that runs it
        out.append((first if first == last else f"{first}..{last}", stall, gc_ms))
    return out


def _time_guide_slots(
    monkeypatch: pytest.MonkeyPatch, collections: _Collections
) -> list[tuple[str, float, float]]:
    """Record (slot, wall ms, GUI-thread CPU ms less garbage collection) for each outermost guide panel slot."""
    from studio.ui.views.guide_panel import GuidePanel

    calls: list[tuple[str, float, float]] = []
    depth = [0]
    for name in GUIDE_SLOTS:
        real = getattr(GuidePanel, name)

        def timed(self, *args, _real=real, _name=name):  # type: ignore[no-untyped-def]
            depth[0] += 1
            wall, cpu, collected = time.perf_counter(), time.thread_time(), collections.cpu_ms
            try:
                return _real(self, *args)
            finally:
                depth[0] -= 1
                if depth[0] == 0:
                    own = (time.thread_time() - cpu) * 1000 - (collections.cpu_ms - collected)
                    calls.append((_name, (time.perf_counter() - wall) * 1000, own))

        monkeypatch.setattr(GuidePanel, name, timed)
    return calls


def test_a_session_on_5000_shots_never_blocks(qtbot, settings, big_project, monkeypatch):
    from studio.ui.studioapp import StudioApp

    # The segmenter as at a fresh start, so the typed claim meets it still loading (or just loaded).
    monkeypatch.setattr(segment, "_tokenizer", None)
    monkeypatch.setattr(segment, "_loader", None)
    segment.word_starts.cache_clear()
    collections = _Collections()
    gc.callbacks.append(collections)
    guide_calls = _time_guide_slots(monkeypatch, collections)
    reference = [_reference_ms()]
    steps = _Steps()
    studio = StudioApp(QApplication.instance(), settings)
    with watch_stalls() as watch:
        steps("open")
        window = studio.open_progressively(big_project)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        qtbot.waitUntil(
            lambda: window.is_usable and window.docks_ready and window.guide.checked, timeout=120_000
        )
        panel = window.guide
        qtbot.waitUntil(lambda: panel.list.count() > 0, timeout=60_000)
        scrolled = 0
        for key in list(window.pages):
            steps(f"show {key}")
            window.show_tab(key)
            qtbot.waitUntil(lambda key=key: window.current_key() == key and window.pages[key].isVisible())
            _pump()
            steps(f"scroll {key}")
            scrolled += _scroll_all(window.pages[key])
        assert scrolled >= 3  # the Write tab, the shot list and the storyboard at least

        steps("type")
        write = window.show_tab("write")
        shot = write.cards[len(write.cards) // 2].alt.shots[0]
        write.focus_field(shot.id, "voiceover")
        qtbot.waitUntil(lambda: write.row_for(shot.id) is not None)
        editor = write.row_for(shot.id).editors["voiceover"]
        editor.setFocus()
        for ch in TYPED:
            editor.insertPlainText(ch)
            _pump()

        def claim() -> list:
            return [
                f for f in panel.findings if f.location.shot_id == shot.id and f.rule.startswith("adlaw.")
            ]

        qtbot.waitUntil(lambda: bool(claim()), timeout=60_000)
        assert segment.loaded_by == "studio-segmenter"

        steps("fix")
        row = next(i for i in range(panel.list.count())
                   if (f := panel.list.item(i).data(FindingRole)).fix is not None and f.fix.applicable)  # fmt: skip
        fixed = panel._key(panel.list.item(row).data(FindingRole))
        panel.list.setCurrentRow(row)
        _pump()
        qtbot.mouseClick(panel.fix_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: all(panel._key(f) != fixed for f in panel.findings))
        for key in list(window.pages):
            steps(f"switch {key}")
            window.show_tab(key)
            qtbot.waitUntil(lambda key=key: window.pages[key].isVisible())
            _pump()
        steps("end")
        _pump()
    gc.callbacks.remove(collections)
    reference.append(_reference_ms())
    window.close()
    if studio.doc is not None:
        studio.doc.close()
    unit = max(reference)
    limit = LIMIT_REFS * unit
    blocks = _blocks(watch, steps, collections)
    longest = watch.longest()
    print(f"\n{len(watch.stalls)} blocks over 50 ms; longest {longest.ms if longest else 0:.0f} ms wall")
    print(
        f"reference job: {', '.join(f'{r:.0f}' for r in reference)} ms CPU; limit {limit:.0f} ms of GUI CPU"
    )
    print("every block (step, wall ms, GUI CPU ms, of it in garbage collection, where):")
    for step, stall, gc_ms in blocks:
        print(f"  {step:<18} {stall.ms:5.0f} {stall.cpu_ms:5.0f} gc {gc_ms:3.0f}  {_where(stall)}")
    worst: dict[str, tuple[float, float]] = {}
    for step, stall, _gc in blocks:
        wall, cpu = worst.get(step, (0.0, 0.0))
        worst[step] = (max(wall, stall.ms), max(cpu, stall.cpu_ms))
    print(
        "worst block per step (wall ms, GUI CPU ms):",
        {k: (round(w), round(c)) for k, (w, c) in worst.items()},
    )
    print(
        "guide panel's slots in order (name, wall ms, CPU ms):",
        [(n, round(w), round(c)) for n, w, c in guide_calls],
    )
    print("garbage collections in the GUI thread over 10 ms (generation, CPU ms):",
          [(g, round(ms)) for g, ms in collections.pauses])  # fmt: skip
    slowest = sorted(guide_calls, key=lambda c: -c[2])[:5]
    print(
        "guide panel's slowest slots (name, wall ms, CPU ms):",
        [(n, round(w), round(c)) for n, w, c in slowest],
    )
    assert len(guide_calls) >= 3  # the first check, the typing's re-check, the fix
    assert all(cpu <= limit for _, _, cpu in guide_calls), slowest
    # Every block of the window, collections in it counted: its GUI thread's CPU (its wall time on a loaded
    # machine is the load's) within the limit.
    over = [(step, s) for step, s, _gc in blocks if s.cpu_ms > limit]
    assert not over, f"blocks over {limit:.0f} ms of GUI CPU:\n" + "\n".join(
        f"{step}: {s.describe()}" for step, s in over
    )
