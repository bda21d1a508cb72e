"""Coming back to the Write tab of the 5,000-shot project, every row built, never blocks the window (slow).

Scrolling the tab through builds every row of the shown alternatives (2,500 rows, 5,000 text previews).
Showing the tab again used to send show events to every one of them: 220-245 ms of the GUI thread's CPU per
revisit on a loaded machine, and hiding it hide events: 80-135 ms. The rows far from the screen are now hidden
as the view scrolls on (and while the tab is away) and shown as they scroll near, so leaving and coming back
touch a few screens of rows. Each block the watchdog records is held to the GUI thread's CPU, in units of a reference
job timed in the same run (test_no_stalls.LIMIT_REFS): its wall time on a loaded machine is the load's.
"""

from __future__ import annotations

import time

import pytest
from PySide6.QtWidgets import QApplication

from tests.ui.stalls import report, watch_stalls
from tests.ui.test_no_stalls import LIMIT_REFS, SHOTS, _reference_ms, big_project  # noqa: F401

pytestmark = pytest.mark.slow


def _visible_rows(write) -> int:  # type: ignore[no-untyped-def]
    return sum(1 for card in write.cards for row in card.rows.built().values() if row.isVisible())


def test_revisiting_the_write_tab_with_every_row_built_never_blocks(qtbot, settings, big_project):  # noqa: F811
    from studio.ui.studioapp import StudioApp

    studio = StudioApp(QApplication.instance(), settings)
    window = studio.open_progressively(big_project)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.is_usable and window.docks_ready and window.guide.checked, timeout=120_000)
    window.show_tab("brief")  # its first opening is not what is measured
    qtbot.waitUntil(lambda: window.pages["brief"].isVisible())
    write = window.show_tab("write")
    qtbot.waitUntil(lambda: write.isVisible())
    QApplication.processEvents()
    bar = write.scroll_area.verticalScrollBar()
    most = 0
    while bar.value() < bar.maximum():  # a page at a time, so every row comes on screen
        bar.setValue(bar.value() + bar.pageStep())
        QApplication.processEvents()
        most = max(most, _visible_rows(write))
    qtbot.waitUntil(lambda: not write._prefetch.isActive(), timeout=60_000)
    shown = sum(len(card.rows) for card in write.cards)  # the shown alternatives' shots
    assert shown >= SHOTS // 3
    assert sum(len(card.rows.built()) for card in write.cards) == shown  # scrolled through: every row built
    # Rows far off screen were put away as the view scrolled on: never more than a few screens are shown.
    assert 0 < most < 200
    bar.setValue(bar.maximum() // 2)  # from the middle, rows lie far off on both sides
    QApplication.processEvents()
    assert 0 < _visible_rows(write) < 200

    reference = _reference_ms()
    cpu_ms = []
    hide_ms = []
    with watch_stalls() as watch:
        for _ in range(3):
            start = time.thread_time()
            window.show_tab("brief")
            qtbot.waitUntil(lambda: not write.isVisible())
            for _ in range(3):
                QApplication.processEvents()  # the far rows are put away once the tab is
            hide_ms.append((time.thread_time() - start) * 1000)
            start = time.thread_time()
            window.show_tab("write")
            QApplication.processEvents()
            cpu_ms.append((time.thread_time() - start) * 1000)
            assert write.isVisible()
    stalls = list(watch.stalls)
    print(
        f"leave GUI CPU ms {[round(c) for c in hide_ms]}, revisit {[round(c) for c in cpu_ms]}, "
        f"reference {reference:.1f} ms"
    )
    print(report(stalls))

    # Only the rows near the screen were shown; none were lost or rebuilt.
    assert 0 < _visible_rows(write) < 200
    assert sum(len(card.rows.built()) for card in write.cards) == shown
    assert bar.value() > 0
    assert max(cpu_ms + hide_ms) < LIMIT_REFS * reference, (
        f"leaving took {hide_ms}, revisits {cpu_ms} ms of CPU (reference {reference:.1f} ms)"
    )
    # The watchdog's blocks, each in the GUI thread's CPU (their wall time here is the machine's load).
    limit = LIMIT_REFS * reference
    over = [s for s in stalls if s.cpu_ms > limit]
    assert not over, f"blocks over {limit:.0f} ms of CPU ({LIMIT_REFS} x reference):\n{report(over)}"

    # Scrolling back to the top shows the rows parked there, and a far row asked for by id is shown.
    bar.setValue(0)
    QApplication.processEvents()
    first_card = write.cards[0]
    first = first_card.rows[first_card.rows.order[0]]
    assert first.isVisible()
    last_card = write.cards[-1]
    last = last_card.rows[last_card.rows.order[-1]]
    assert last.isVisible()
