"""The Results view's Creators tab at 1366×768 in both languages: table, chart, stars only on evidence."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.ui.waits import settle

pytest.importorskip("PySide6")


def _winner_pixels(widget) -> int:
    from PySide6.QtGui import QColor

    from studio.ui.views.results_chart import WINNER_COLOR

    image = widget.grab().toImage()
    want = QColor(WINNER_COLOR)
    found = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            if abs(c.red() - want.red()) + abs(c.green() - want.green()) + abs(c.blue() - want.blue()) < 40:
                found += 1
    return found


def _creators(window, qtbot):
    window.resize(1366, 768)
    view = window.show_tab("results")
    view.tabs.setCurrentWidget(view.creators)
    panel = view.creators
    qtbot.waitUntil(lambda: panel.table.isVisible() and panel.table.viewport().width() > 0)
    settle(qtbot)
    return panel


def _fits(table) -> None:
    """Every column and row of the table is inside its viewport: nothing to scroll to."""
    width, height = table.viewport().width(), table.viewport().height()
    for column in range(table.columnCount()):
        right = table.columnViewportPosition(column) + table.columnWidth(column)
        assert table.columnViewportPosition(column) >= 0 and right <= width, (column, right, width)
    last = table.rowCount() - 1
    assert table.rowViewportPosition(last) + table.rowHeight(last) <= height


def _column(table, title: str) -> int:
    return next(c for c in range(table.columnCount()) if table.horizontalHeaderItem(c).text() == title)


def _texts(table, column: int) -> list[str]:
    return [table.item(r, column).text() for r in range(table.rowCount())]


def test_creators_of_the_sample_at_a_laptop_size(window, qtbot) -> None:
    panel = _creators(window, qtbot)
    table = panel.table
    assert table.rowCount() == 6
    _fits(table)
    assert _texts(table, 0) == ["Jess", "Marco", "Priya", "Tom", "Lena", "Sam"]  # the list's own order
    cvr = _column(table, "Conv./play")
    assert (
        table.item(2, cvr).text() == "0.84%"
        and "95 % interval: 0.77% – 0.92%" in table.item(2, cvr).toolTip()
    )
    assert table.item(2, _column(table, "GMV")).text() == "$9,120.00"  # the TikTok sample bills in dollars
    assert table.item(2, _column(table, "Plays")).text() == "57,000"
    assert (
        table.item(1, cvr).text() == "no results yet"
        and table.item(1, _column(table, "Status")).text() == "Briefed"
    )
    # No creator is ahead on the evidence: nothing starred, nothing green.
    assert not any(t.startswith("★") for c in range(table.columnCount()) for t in _texts(table, c))
    chart = panel.chart
    assert [p.title for p in chart.panels] == [
        "Conversions per play by creator",
        "GMV per 1,000 plays by creator",
    ]
    assert [b.name for b in chart.panels[0].bars] == [
        "Jess",
        "Priya",
        "Tom",
        "Lena",
        "Sam",
    ]  # pending not drawn
    assert chart.isVisible() and chart.visibleRegion().boundingRect().height() >= chart.panel_height()
    assert _winner_pixels(chart) == 0
    words = panel.words.text()
    assert (
        "no creator is clearly ahead yet" in words
        and "Pending (no results yet, not compared): Marco" in words
    )
    # The chart takes only the height it needs, so every verdict reads without scrolling.
    assert panel.words.height() <= panel.words.parentWidget().height()
    assert panel.words.visibleRegion().boundingRect().height() == panel.words.height()


def test_sorting_keeps_pending_creators_last(window, qtbot) -> None:
    from PySide6.QtCore import Qt

    table = _creators(window, qtbot).table
    cvr = _column(table, "Conv./play")
    table.sortItems(cvr, Qt.SortOrder.DescendingOrder)
    assert _texts(table, 0) == ["Priya", "Lena", "Jess", "Sam", "Tom", "Marco"]
    table.sortItems(cvr, Qt.SortOrder.AscendingOrder)
    assert _texts(table, 0) == ["Tom", "Sam", "Jess", "Lena", "Priya", "Marco"]
    table.sortItems(
        _column(table, "Plays"), Qt.SortOrder.DescendingOrder
    )  # numbers, not text: 57,000 > 8,000
    assert _texts(table, 0)[:2] == ["Priya", "Jess"]


def test_variants_across_creators_star_the_price_hook(window, qtbot) -> None:
    panel = _creators(window, qtbot)
    panel.by_variant.setChecked(True)
    settle(qtbot)
    table = panel.table
    assert _texts(table, 0) == ["Base", "Price hook", "Word-of-mouth proof", "Testimonial close"]
    _fits(table)
    cvr = _column(table, "Conv./play")
    star = table.item(1, cvr)
    assert star.text() == "★ 0.83%" and star.font().bold() and "Ahead of every other one" in star.toolTip()
    assert table.item(1, _column(table, "Creators")).text() == "2 (+1 pending)"
    assert table.item(2, cvr).text() == "no creator yet"
    assert not table.item(0, cvr).text().startswith("★")
    assert [b.is_winner for b in panel.chart.panels[0].bars] == [False, True, False]
    assert _winner_pixels(panel.chart) > 20
    assert panel.words.text().startswith(
        "Conversions per play, variants across creators: “Price hook” converts best"
    )


def test_a_creator_ahead_on_the_evidence_is_starred_and_undo_takes_it_back(window, qtbot) -> None:
    import dataclasses

    from studio.ui.commands import SetFieldCommand

    panel = _creators(window, qtbot)
    doc = window.doc
    creators = [dataclasses.replace(t) for t in doc.project.creators]
    creators[4] = dataclasses.replace(creators[4], plays=30000, conversions=600, gmv=11400.0)  # Lena: 2 %
    doc.push(SetFieldCommand(doc.project, doc.project, "creators", creators))
    settle(qtbot)
    table = panel.table
    cvr = _column(table, "Conv./play")
    assert table.item(4, cvr).text() == "★ 2.00%" and table.item(4, cvr).font().bold()
    assert [b.is_winner for b in panel.chart.panels[0].bars] == [False, False, False, True, False]
    assert "“Lena” converts best with 2.00%" in panel.words.text()
    assert _winner_pixels(panel.chart) > 20
    doc.undo_stack.undo()
    settle(qtbot)
    assert table.item(4, cvr).text() == "0.82%" and _winner_pixels(panel.chart) == 0


def test_edits_elsewhere_are_compared_when_the_tab_is_next_shown(window, qtbot) -> None:
    import dataclasses

    from studio.ui.commands import SetFieldCommand

    panel = _creators(window, qtbot)
    view = window.show_tab("results")
    view.tabs.setCurrentIndex(0)  # the rates: the creators' tab is hidden
    settle(qtbot)
    doc = window.doc
    before = panel.analysis
    creators = [dataclasses.replace(t) for t in doc.project.creators]
    creators[1] = dataclasses.replace(creators[1], status="posted", plays=20000, conversions=90, gmv=1700.0)
    doc.push(SetFieldCommand(doc.project, doc.project, "creators", creators))
    doc.push(SetFieldCommand(doc.project, doc.script.variants[0], "hypothesis", "typed elsewhere"))
    assert panel.analysis is before  # nothing worked out for a hidden tab
    view.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.analysis is not before)
    assert panel.table.item(1, _column(panel.table, "Plays")).text() == "20,000"
    assert "Pending" not in panel.words.text()
    shown = panel.analysis
    doc.push(SetFieldCommand(doc.project, doc.script.variants[0], "hypothesis", "typed again"))
    assert panel.analysis is shown  # an edit that leaves the creators alone changes nothing here


def test_no_creators_says_where_to_add_them(window, qtbot) -> None:
    from studio.ui.commands import SetFieldCommand

    panel = _creators(window, qtbot)
    doc = window.doc
    doc.push(SetFieldCommand(doc.project, doc.project, "creators", []))
    settle(qtbot)
    assert panel.hint.isVisible() and "Creators tab" in panel.hint.text()
    assert not panel.splitter.isVisible() and not panel.by_variant.isEnabled()
    # The bar and the hint stay at the top, one under the other (they were spread down the page).
    bar_bottom = panel.by_creator.geometry().bottom()
    assert panel.by_creator.y() < 40 and 0 <= panel.hint.y() - bar_bottom < 30
    creators = window.show_tab("creators")
    assert "No creators yet" in creators.summary.text() and "import a list" in creators.summary.text()


@pytest.fixture
def zh_sample_window(sample_path, settings, qtbot, qapp) -> Iterator:
    """The Chinese sample in a Chinese window."""
    from studio.store.document import ProjectFile
    from studio.ui.app import Translators
    from studio.ui.document_controller import DocumentController
    from studio.ui.mainwindow import MainWindow

    translators = Translators(qapp)
    translators.install("zh")
    doc = DocumentController(ProjectFile.open(sample_path))
    win = MainWindow(doc, None, settings)
    win.replacing = True
    qtbot.addWidget(win)
    win.show()
    yield win
    translators.install("en")
    doc.close()


def test_chinese_creators_at_a_laptop_size(zh_sample_window, qtbot) -> None:
    view = zh_sample_window.show_tab("results")
    assert view.tabs.tabText(1) == "达人对比"
    panel = _creators(zh_sample_window, qtbot)
    table = panel.table
    _fits(table)
    heads = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert heads == ["达人", "版本", "状态", "播放", "转化", "播放转化率", "成交金额", "GPM", "成交占比"]
    assert _texts(table, 0)[:3] == ["小鹿", "阿May", "橙子"]
    assert table.item(2, 6).text() == "¥51,480.00" and table.item(1, 5).text() == "尚无数据"
    assert (
        table.item(1, 2).text() == "已发简报"
        and panel.counts.text() == "共 6 位达人，5 位有数据，1 位待出结果"
    )
    assert panel.chart.panels[0].title == "播放转化率 · 按达人"
    assert (
        "还看不出哪位达人更好" in panel.words.text()
        and "待出结果（尚无数据，不参与比较）：阿May" in panel.words.text()
    )
    panel.by_variant.setChecked(True)
    settle(qtbot)
    _fits(table)
    assert table.item(1, 4).text() == "★ 0.84%" and table.item(1, 1).text() == "2（另有 1 位待出结果）"
    assert panel.words.text().startswith("各版本（合并达人）播放转化率：「价格钩子」最好")


def test_a_variant_renamed_in_the_matrix_keeps_its_creators(window, qtbot) -> None:
    """Creators hold their variant's id: after a rename typed in the matrix, "creators compared" lists them
    under the new name and no group is left under the old one; the Creators tab shows the new name too."""
    from PySide6.QtCore import Qt

    doc = window.doc
    hook = doc.script.variants[1]
    assert hook.name == "Price hook"
    window.resize(1366, 768)
    variants = window.show_tab("variants")
    rows = len([b for b in doc.script.beats if b.alternatives])
    edit = variants.matrix.cellWidget(rows, 1)
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    edit.selectAll()
    qtbot.keyClicks(edit, "Low price")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert hook.name == "Low price"
    panel = _creators(window, qtbot)
    panel.by_variant.setChecked(True)
    qtbot.waitUntil(lambda: _texts(panel.table, 0)[:2] == ["Base", "Low price"])
    assert "Price hook" not in _texts(panel.table, 0)
    assert panel.table.item(1, _column(panel.table, "Creators")).text() == "2 (+1 pending)"
    assert "“Low price” converts best" in panel.words.text()
    creators = window.show_tab("creators")
    table = creators.table
    model = table.model()
    column = next(
        c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == "Variant"
    )
    shown = {model.index(r, column).data() for r in range(model.rowCount())}
    assert "Low price" in shown and "Price hook" not in shown
