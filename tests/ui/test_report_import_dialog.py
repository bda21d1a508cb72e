"""The report import dialog: conflicts resolved by a choice in one undo step, and 100,000 rows without a widget each."""

from __future__ import annotations

import csv
import gc
import time
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

#: A 巨量引擎 report: impressions, clicks, conversions and cost, but no plays.
OCEAN = '计划名称,展现数据-展示数,展现数据-点击数,转化数据-转化数,展现数据-总花费\n1130_焕亮精华_基础版,"10,000",300,12,650.00\n'
EARLIER = dict(impressions=50000, plays=41300, views_3s=20000, completions=5000, clicks=900, conversions=40,
               spend=700.0, gmv=3000.0)  # fmt: skip


@pytest.fixture
def doc(sample_file, qtbot):
    """The Chinese sample with only 基础版 holding results (EARLIER)."""
    from studio.models import ops
    from studio.models.entities import VariantResult
    from studio.ui.document_controller import DocumentController

    with sample_file.batch():
        for variant_id in list(sample_file.project.results):
            ops.set_result(sample_file.project, None, variant_id)
        base = sample_file.project.scripts[0].variant("基础版")
        ops.set_result(sample_file.project, VariantResult(base.id, **EARLIER), base.id)
    controller = DocumentController(sample_file)
    yield controller
    controller.project.listeners.remove(controller._on_change)


def _open(doc, qtbot, path: Path):
    from studio.ui.dialogs.report_import_dialog import ReportImportDialog

    dialog = ReportImportDialog(doc, str(path))
    qtbot.addWidget(dialog)
    dialog.resize(1366, 700)
    dialog.show()
    return dialog


def _ok(dialog):
    from PySide6.QtWidgets import QDialogButtonBox

    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def _stored(path: Path, name: str):
    from studio.store.document import ProjectFile

    with ProjectFile.open(path, readonly=True) as pf:
        return pf.project.results[pf.project.scripts[0].variant(name).id]


@pytest.mark.parametrize("way", ["agree", "replace"])
def test_a_conflict_is_shown_and_a_choice_imports_it_in_one_undo_step(
    doc, qtbot, tmp_path: Path, way
) -> None:
    from PySide6.QtCore import QPoint, Qt

    report = tmp_path / "巨量引擎.csv"
    report.write_text(OCEAN, "utf-8-sig")
    dialog = _open(doc, qtbot, report)
    qtbot.waitUntil(lambda: not dialog.is_busy())
    assert dialog.conflict_box.isVisible() and not _ok(dialog).isEnabled()
    assert "Choose below" in dialog.message.text() and "41,300" in dialog.message.text()
    replace, agree = dialog.choice_radios["replace"], dialog.choice_radios["agree"]
    # Each way out lists, by name and value, what it would drop.
    assert (
        "Plays 41,300" in replace.text() and "Completions 5,000" in replace.text() and "GMV" in replace.text()
    )
    assert "Plays 41,300" in agree.text() and "Completions" not in agree.text()
    radio = dialog.choice_radios[way]
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(6, radio.height() // 2))
    qtbot.waitUntil(lambda: _ok(dialog).isEnabled())
    assert "Earlier values dropped:" in dialog.message.text()
    steps = doc.undo_stack.count()
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert doc.undo_stack.count() == steps + 1
    after = _stored(doc.pf.path, "基础版")
    expected = {"agree": (10000, 0, 0, 5000, 300, 3000.0), "replace": (10000, 0, 0, 0, 300, 0.0)}[way]
    assert (
        after.impressions,
        after.plays,
        after.views_3s,
        after.completions,
        after.clicks,
        after.gmv,
    ) == expected
    doc.undo_stack.undo()
    back = _stored(doc.pf.path, "基础版")
    assert (back.impressions, back.plays, back.completions, back.gmv) == (50000, 41300, 5000, 3000.0)


def _big_report(path: Path, rows: int) -> Path:
    """A TikTok Ads Manager export (its real headers) with ``rows`` ad rows over two variants."""
    with path.open("w", newline="", encoding="utf-8-sig") as fh:
        out = csv.writer(fh)
        out.writerow(
            ["Ad name", "Cost", "Impressions", "Clicks (all)", "Clicks (destination)", "Conversions"]
        )
        for i in range(rows):
            out.writerow(["基础版" if i % 2 else "价格钩子", "1.50", str(1000 + i % 7), "40", "30", "2"])
    return path


def test_a_100000_row_report_is_read_in_the_background_and_shown_without_a_widget_per_row(
    doc, qtbot, tmp_path: Path
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QComboBox

    from studio.imports.report_import import FIELDS

    path = _big_report(tmp_path / "tiktok.csv", 100_000)
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(10)
    dialog = _open(doc, qtbot, path)
    # The constructor only starts the work: the window keeps running while it reads.
    assert dialog.is_busy() and dialog.model.rowCount() == 0 and not _ok(dialog).isEnabled()
    seen: set[str] = set()
    dialog.status.setObjectName("status")
    qtbot.waitUntil(lambda: (seen.add(dialog.status.text()), not dialog.is_busy())[1], timeout=120_000)
    assert any("rows" in text for text in seen)  # the progress line moved while reading
    assert dialog.model.rowCount() == 100_000  # the header row does not count against the limit
    assert _ok(dialog).isEnabled() and "too large" not in dialog.message.text()
    # No widget per row: the mapping's combo boxes are the only ones.
    assert len(dialog.findChildren(QComboBox)) == len(FIELDS)
    # A mapping change re-checks in the background and re-maps the rows in place.
    resets: list[int] = []
    dialog.model.modelReset.connect(lambda: resets.append(1))
    dialog.combos["conversions"].setCurrentIndex(0)
    assert dialog.is_busy()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=120_000)
    assert not resets and dialog.model.rowCount() == 100_000
    base = doc.script.variant("基础版").id
    assert dialog.results[base].clicks == 30 * 50_000 and dialog.results[base].conversions == 40
    timer.stop()
    print(f"longest event-loop gap while reading and re-checking 100,000 rows: {max(gaps) * 1000:.0f} ms")


def test_a_pick_made_in_the_table_is_shown_and_re_checked(doc, qtbot, tmp_path: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QComboBox

    report = tmp_path / "r.csv"
    report.write_text("素材名称,展示数,点击数\n神秘版,10,3\n", "utf-8")
    dialog = _open(doc, qtbot, report)
    qtbot.waitUntil(lambda: not dialog.is_busy())
    assert not _ok(dialog).isEnabled()
    index = dialog.model.index(0, 2)
    dialog.rows.setCurrentIndex(index)
    dialog.rows.edit(index)
    combo = dialog.rows.indexWidget(index) or dialog.rows.findChild(QComboBox, "")
    editors = [c for c in dialog.rows.viewport().findChildren(QComboBox)]
    assert len(editors) == 1  # one picker, made only while the cell is edited
    combo = editors[0]
    combo.setCurrentIndex(combo.findData(doc.script.variant("价格钩子").id))
    combo.activated.emit(combo.currentIndex())
    assert dialog.model.index(0, 2).data() == "价格钩子"
    qtbot.waitUntil(lambda: _ok(dialog).isEnabled())
    assert dialog.results[doc.script.variant("价格钩子").id].clicks == 3
    qtbot.keyClick(dialog.rows, Qt.Key.Key_Escape)


def test_cancel_while_reading_stops_and_stores_nothing(doc, qtbot, tmp_path: Path) -> None:
    from studio.ui.dialogs import report_rows

    path = _big_report(tmp_path / "tiktok.csv", 60_000)
    dialog = _open(doc, qtbot, path)
    job = dialog.job
    assert job is not None
    steps = doc.undo_stack.count()
    dialog.reject()
    assert job.cancelled and not dialog.is_busy()
    qtbot.waitUntil(lambda: job not in report_rows._RUNNING, timeout=60_000)
    assert doc.undo_stack.count() == steps and dialog.model.rowCount() == 0
    assert (
        gc.get_freeze_count() == 0
    )  # the cancelled job's rows are garbage: nothing kept out of the collector


def test_the_conflict_reads_in_chinese(doc, qtbot, qapp, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtCore import Qt

    from studio.ui.app import Translators

    monkeypatch.setenv("STUDIO_LANG", "en")  # restored after the test (install() writes it)
    report = tmp_path / "巨量引擎.csv"
    report.write_text(OCEAN, "utf-8-sig")
    translators = Translators(qapp)
    try:
        translators.install("zh")
        dialog = _open(doc, qtbot, report)
        qtbot.waitUntil(lambda: not dialog.is_busy())
        assert "请在下方选择" in dialog.message.text() and "41,300" in dialog.message.text()
        assert dialog.conflict_box.title() == "报表与它没有的旧数值冲突"
        assert dialog.choice_radios["replace"].text().startswith("用报表替换该版本的结果；舍弃")
        assert "41,300" in dialog.choice_radios["agree"].text()
        assert dialog.model.headerData(1, Qt.Orientation.Horizontal) == "广告名"
    finally:
        translators.install("en")
        for translator in translators._installed:
            qapp.removeTranslator(translator)
        translators.setParent(None)


def test_retention_dialog_can_keep_an_earlier_curves_later_seconds(
    sample_file, qtbot, tmp_path: Path
) -> None:
    from PySide6.QtCore import QPoint, Qt

    from studio.ui.dialogs.retention_import_dialog import RetentionImportDialog
    from studio.ui.document_controller import DocumentController

    doc = DocumentController(sample_file)
    price = doc.script.variant("价格钩子")
    old = list(doc.project.results[price.id].retention)
    rows = "视频名称,时间（秒）,观众留存率\n" + "".join(
        f"1130_价格钩子,{s},{100 - 3 * s}%\n" for s in range(16)
    )
    path = tmp_path / "留存.csv"
    path.write_text(rows, "utf-8")
    dialog = RetentionImportDialog(doc, str(path))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=60_000)  # read in the background
    assert "replaces its earlier curve (25 s" in dialog.message.text() and dialog.keep_tail.isVisible()
    qtbot.mouseClick(
        dialog.keep_tail, Qt.MouseButton.LeftButton, pos=QPoint(6, dialog.keep_tail.height() // 2)
    )
    assert "seconds 16-25 are kept" in dialog.message.text()
    steps = doc.undo_stack.count()
    dialog.accept()
    assert doc.undo_stack.count() == steps + 1
    assert doc.project.results[price.id].retention[16:] == old[16:]
    doc.undo_stack.undo()
    assert doc.project.results[price.id].retention == old
    doc.project.listeners.remove(doc._on_change)
