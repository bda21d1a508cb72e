"""The Results view on a 1366×768 laptop screen: rates readable without scrolling, the chart drawn."""

from __future__ import annotations

import pytest

from tests.ui.waits import settle

pytest.importorskip("PySide6")


def _colour_pixels(widget, colour: str, tolerance: int = 40) -> int:
    from PySide6.QtGui import QColor

    image = widget.grab().toImage()
    want = QColor(colour)
    found = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            if (
                abs(c.red() - want.red()) + abs(c.green() - want.green()) + abs(c.blue() - want.blue())
                < tolerance
            ):
                found += 1
    return found


@pytest.fixture
def laptop(window, qtbot):
    """The main window at 1366×768 on the English sample, showing Results."""
    window.resize(1366, 768)
    view = window.show_tab("results")
    qtbot.waitUntil(lambda: view.isVisible() and view.table.viewport().width() > 0)
    settle(qtbot)
    return view


def test_rates_fit_without_horizontal_scrolling(laptop) -> None:
    from studio.results.metrics import METRICS

    table = laptop.table
    assert table.rowCount() == 4
    width = table.viewport().width()
    for column in range(len(METRICS)):
        right = table.columnViewportPosition(column) + table.columnWidth(column)
        assert table.columnViewportPosition(column) >= 0 and right <= width, (column, right, width)
    assert table.horizontalScrollBar().value() == 0
    last_row = table.rowViewportPosition(3) + table.rowHeight(3)
    assert last_row <= table.viewport().height()
    # Numbers read as numbers: separators and the currency of the project's platform.
    impressions = table.item(0, len(METRICS)).text()
    assert impressions == "48,200"


def test_winner_is_marked_and_the_chart_is_drawn(laptop) -> None:
    from studio.ui.views.results_chart import WINNER_COLOR

    table = laptop.table
    # The price hook wins the 3-second view rate in the sample (74 % against 62 %).
    cell = table.item(1, 0)
    assert cell.text().startswith("★") and cell.font().bold()
    chart = laptop.chart
    assert chart.isVisible() and chart.height() >= chart.panel_height()
    titles = [p.title for p in chart.panels]
    assert titles[:3] == ["3-second view rate", "Completion rate", "CTR"] and "ROAS" in titles
    three_s = chart.panels[0]
    assert [b.is_winner for b in three_s.bars] == [False, True, False, False]
    assert three_s.bars[0].is_control and three_s.reference == pytest.approx(25600 / 41300)
    assert _colour_pixels(chart, WINNER_COLOR) > 20


def test_retention_curves_render_from_an_imported_file(laptop, qtbot, tmp_path) -> None:
    import csv

    from studio.ui.dialogs.retention_import_dialog import RetentionImportDialog
    from studio.ui.views.retention_chart import CURVE_COLORS

    doc = laptop.doc
    rows = [["Video name", "Second", "Audience retention"]]
    rows += [["1130_serum_Price hook_v2", s, f"{100 - 3 * s}%"] for s in range(0, 26)]
    rows += [["1130_serum_mystery", s, f"{100 - 4 * s}%"] for s in range(0, 26)]
    path = tmp_path / "retention.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    dialog = RetentionImportDialog(doc, str(path))
    qtbot.addWidget(dialog)
    assert dialog.is_busy() and "Reading the curves" in dialog.message.text()  # read in the background
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=60_000)
    assert dialog.curves.item(0, 0).text() == "1130_serum_mystery"  # unmatched first
    assert "match no variant" in dialog.message.text()
    # The sample's earlier curve is listed before the import drops it.
    assert "Price hook replaces its earlier curve (25 s: 100% at 0 s" in dialog.message.text()
    combo = dialog.curves.cellWidget(0, 2)
    combo.setCurrentIndex(combo.count() - 1)  # leave it out
    steps = doc.undo_stack.count()
    dialog.accept()
    assert doc.undo_stack.count() == steps + 1
    price = doc.script.variants[1]
    assert doc.project.results[price.id].retention[3] == 0.91
    laptop.tabs.setCurrentWidget(laptop.leave)
    settle(qtbot)
    chart = laptop.retention
    assert chart.isVisible() and chart.height() > 250 and chart.width() > 600
    names = [r.variant.name for r in chart.reads]
    assert names == [v.name for v in doc.script.variants]
    assert "Price hook" in laptop.retention_words.text() and "at 3 s" in laptop.retention_words.text()
    image = chart.grab().toImage()
    from PySide6.QtGui import QColor

    want = QColor(CURVE_COLORS[1])
    hits = sum(
        1
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
        if abs(image.pixelColor(x, y).red() - want.red())
        + abs(image.pixelColor(x, y).green() - want.green())
        + abs(image.pixelColor(x, y).blue() - want.blue())
        < 40
    )
    assert hits > 30  # the price hook's curve is drawn
    doc.undo_stack.undo()
    assert doc.project.results[price.id].retention[3] == pytest.approx(0.741)


def test_a_retention_file_without_times_is_refused_in_words(laptop, qtbot, tmp_path) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from studio.ui.dialogs.retention_import_dialog import RetentionImportDialog

    path = tmp_path / "bad.csv"
    path.write_text("Video name,Audience retention\nBase,50%\n", "utf-8")
    dialog = RetentionImportDialog(laptop.doc, str(path))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=60_000)
    assert "no time column" in dialog.message.text()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.reject()  # closed, as the user leaves it: what it read is given back to the collector


def test_chart_renders_from_an_imported_tiktok_report(laptop, qtbot, tmp_path) -> None:
    import csv

    from studio.models import ops
    from studio.ui.dialogs.report_import_dialog import ReportImportDialog
    from studio.ui.views.results_chart import WINNER_COLOR

    doc = laptop.doc
    with doc.pf.batch():
        for variant_id in list(doc.project.results):
            ops.set_result(doc.project, None, variant_id)
    qtbot.waitUntil(lambda: not laptop.chart.panels)  # the shown tab refreshes once the burst is over
    head = ["Ad name", "Cost", "Impressions", "Clicks (all)", "Clicks (destination)", "Video views",
            "Video views at 100%", "Conversions", "Total purchase value"]  # fmt: skip
    rows = [head, ["1130_serum_Base", "1,200.00", "50000", "1850", "1000", "41000", "5200", "60", "8,000.00"],
            ["1130_serum_Price hook_v2", "1,210.00", "50000", "1900", "1400", "41500", "5300", "85", "11,000.00"]]  # fmt: skip
    path = tmp_path / "tiktok.csv"
    with path.open("w", newline="", encoding="utf-8-sig") as fh:
        csv.writer(fh).writerows(rows)
    dialog = ReportImportDialog(doc, str(path))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.is_busy())
    assert "Clicks (destination)" in dialog.message.text()
    dialog.accept()
    qtbot.waitUntil(lambda: any(p.metric.key == "ctr" for p in laptop.chart.panels))
    ctr = next(p for p in laptop.chart.panels if p.metric.key == "ctr")
    assert [b.is_winner for b in ctr.bars][:2] == [False, True]
    assert laptop.table.item(1, 2).text().startswith("★ 2.80%")
    assert _colour_pixels(laptop.chart, WINNER_COLOR) > 20
