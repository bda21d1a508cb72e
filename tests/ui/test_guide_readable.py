"""At a laptop's width the guide reads: a finding (its message and its fix) in at most 3 lines, the
summary beside the scope box on one line, and the navigator gives up width it does not use."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QFontMetrics, QHelpEvent
from PySide6.QtWidgets import QApplication, QListWidget, QStyleOptionViewItem, QToolTip

from studio.models import ops
from studio.models.enums import BeatKind
from studio.ui.views.guide_rows import CompactFindings

SIZES = [(1366, 768), (1536, 864)]

#: Lines a writer gets wrong, per language: an over-long voice-over (its fix lengthens the shot) and
#: absolute claims (each its own finding). Hook lines are left alone: their fix quotes the line it moves.
BAD = {
    "en": ["Tested on dry skin for four weeks, this serum with niacinamide and hyaluronic acid evened tone",
           "The best serum, number one and guaranteed to work"],
    "zh": ["这瓶精华含有百分之五的烟酰胺，搭配透明质酸和神经酰胺，早晚各用一次，坚持四周肤色明显提亮",
           "全网第一，百分之百有效，最好的精华"],
}  # fmt: skip


def wrapped_lines(view: QListWidget, row: int) -> int:
    """How many lines the list draws a row's text in: the larger of its drawn height in lines and its
    text wrapped to the room beside the icon (a Chinese line, in its fallback font, is a little taller);
    for a row drawn compact, the lines its delegate draws."""
    item = view.item(row)
    rect = view.visualItemRect(item)
    metrics = QFontMetrics(view.font())
    drawn = round((rect.height() - 2) / metrics.lineSpacing())  # the item's 1 px margins
    delegate = view.itemDelegate()
    index = view.indexFromItem(item)
    if isinstance(delegate, CompactFindings) and delegate.is_compact(index):
        option = QStyleOptionViewItem()
        option.initFrom(view)
        option.rect = rect
        return max(drawn, len(delegate.lines(option, index)))
    room = rect.width() - view.iconSize().width() - 12  # the icon, its gap, the margins
    wrapped = 0
    for part in item.text().split("\n"):
        box = metrics.boundingRect(QRect(0, 0, room, 100000), Qt.TextFlag.TextWordWrap, part)
        wrapped += max(1, round(box.height() / metrics.lineSpacing()))
    return max(drawn, wrapped)


@pytest.fixture(params=["en", "zh"])
def lang(request, qapp):
    """The interface language (Chinese through the installed translators)."""
    from studio.ui.app import Translators

    translators = Translators(qapp)
    translators.install(request.param)
    yield request.param
    translators.install("en")


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_a_finding_reads_in_three_lines_at_a_laptops_width(doc, settings, qtbot, lang, size):
    from studio.ui.mainwindow import MainWindow

    shots = [s for b in doc.script.beats if b.kind is not BeatKind.HOOK for s in b.alternatives[0].shots]
    for i, shot in enumerate(shots[:4]):
        ops.set_field(doc.project, shot, "voiceover", BAD[lang][i % 2])
    win = MainWindow(None, None, settings)  # fresh settings: the docks take their default widths
    win.replacing = True
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    qtbot.waitExposed(win)
    win.attach(doc)
    guide = win.guide
    qtbot.waitUntil(lambda: win.docks_ready and guide.checked and not guide.quiet, timeout=10000)
    qtbot.waitUntil(lambda: guide.list.isVisible() and guide.list.count() >= 6, timeout=5000)
    QApplication.processEvents()
    # The size asked for (a window as large as a 125 % laptop's screen keeps inside it: a few pixels less).
    assert size[0] - 8 <= win.width() <= size[0] and size[1] - 8 <= win.height() <= size[1]
    # The guide is wider than the navigator, whose tree holds short names and lengths.
    assert win.guide_dock.width() > win.nav_dock.width() + 100
    assert win.centralWidget().width() >= 780  # the views keep their room (see test_laptop_screen)
    counts = [wrapped_lines(guide.list, row) for row in range(guide.list.count())]
    on_shots = [n for n, f in zip(counts, guide.findings, strict=True) if f.location.shot_id is not None]
    assert len(on_shots) >= 6
    # A finding on a shot (the claim, the over-long line) in 3 lines: what it says, then its fix.
    texts = [guide.list.item(r).text() for r in range(len(counts))]
    assert max(on_shots) <= 3, list(zip(counts, texts, strict=True))
    # A script-wide one quotes a shot it suggests (the brief's pain point): drawn in two lines, its
    # message and its fix, the whole text in its tooltip.
    wide = [r for r, f in enumerate(guide.findings) if f.location.shot_id is None and f.fix is not None]
    assert wide and max(counts[r] for r in wide) <= 2, [(counts[r], texts[r]) for r in wide]
    delegate = guide.list.itemDelegate()
    assert isinstance(delegate, CompactFindings)
    for r in wide:
        item = guide.list.item(r)
        option = QStyleOptionViewItem()
        option.initFrom(guide.list)
        option.rect = guide.list.visualItemRect(item)
        drawn = delegate.lines(option, guide.list.indexFromItem(item))
        fix = guide.findings[r].fix.text(lang)
        assert drawn[1].startswith("→ " + fix[:6]), drawn  # the fix is on the row, not lost
        rect = guide.list.visualItemRect(item)
        guide.list.scrollToItem(item)
        rect = guide.list.visualItemRect(item)
        QApplication.sendEvent(
            guide.list.viewport(),
            QHelpEvent(QEvent.Type.ToolTip, rect.center(), guide.list.viewport().mapToGlobal(rect.center())),
        )
        assert QToolTip.text() == item.text() and fix in QToolTip.text()
        QToolTip.hideText()
    assert max(counts) <= 3, counts
    # Its header (the counts and the scope box) on one line.
    metrics = QFontMetrics(guide.summary.font())
    assert metrics.horizontalAdvance(guide.summary.text()) <= guide.summary.width()
    assert guide.summary.height() < 2 * metrics.lineSpacing()
    assert abs(guide.summary.geometry().center().y() - guide.scope.geometry().center().y()) <= 4
