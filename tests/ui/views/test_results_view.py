"""The Results view: typed counts go through the undo stack and reach the file; reports import."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

pytest.importorskip("PySide6")


@pytest.fixture
def doc(sample_file, qtbot):
    """The Chinese sample without its shipped results, so each test types or imports its own."""
    from studio.models import ops
    from studio.ui.document_controller import DocumentController

    with sample_file.batch():
        for variant_id in list(sample_file.project.results):
            ops.set_result(sample_file.project, None, variant_id)
    controller = DocumentController(sample_file)
    yield controller
    controller.project.listeners.remove(controller._on_change)


def _stored_clicks(path: Path, variant_id: str) -> int | None:
    from studio.store.document import ProjectFile

    with ProjectFile.open(path, readonly=True) as pf:
        result = pf.project.results.get(variant_id)
        return None if result is None else result.clicks


def test_typing_a_count_pushes_an_undoable_edit(doc, qtbot) -> None:
    from studio.ui.views.results import FIRST_INPUT, INPUTS, ResultsView

    view = ResultsView(doc)
    qtbot.addWidget(view)
    base = doc.script.variants[0]
    view.table.item(0, FIRST_INPUT + INPUTS.index("impressions")).setText("1000")
    view.table.item(0, FIRST_INPUT + INPUTS.index("clicks")).setText("25")
    assert doc.project.results[base.id].clicks == 25
    assert _stored_clicks(doc.pf.path, base.id) == 25
    assert "2.50%" in view.table.item(0, 2).text()  # the CTR column, third of the rates
    doc.undo_stack.undo()
    assert doc.project.results[base.id].clicks == 0
    view.table.item(0, FIRST_INPUT + INPUTS.index("clicks")).setText("many")
    assert view.status.text()
    assert doc.project.results[base.id].clicks == 0


def test_winner_sentence_is_shown(doc, qtbot) -> None:
    from studio.models.entities import VariantResult
    from studio.ui.views.results import FIRST_INPUT, INPUTS, ResultsView

    view = ResultsView(doc)
    qtbot.addWidget(view)
    view.show()  # a hidden view waits until it is shown
    base, price = doc.script.variants[:2]
    doc.set_results({base.id: VariantResult(base.id, 20000, 15000, 9000, 3000, 300, 30, 600)}, "set results")
    doc.set_results(
        {price.id: VariantResult(price.id, 20000, 15000, 9500, 3600, 420, 45, 600)}, "set results"
    )
    qtbot.waitUntil(lambda: price.name in view.summary.text())
    ctr = view.table.item(1, 2)
    assert ctr.text().endswith("*") and ctr.text().startswith("★") and ctr.font().bold()
    assert "95 % interval" in ctr.toolTip() and "Winner" in ctr.toolTip()
    assert view.table.item(0, FIRST_INPUT).text() == "20,000"  # thousands separators
    assert view.table.item(0, FIRST_INPUT + INPUTS.index("spend")).text() == "¥600.00"


def test_report_import_dialog_maps_and_stores(doc, qtbot, tmp_path: Path) -> None:
    from studio.ui.dialogs.report_import_dialog import ReportImportDialog

    report = tmp_path / "r.csv"
    report.write_text("素材名称,展示数,点击数,转化数\n基础版,1000,30,3\n", "utf-8")
    dialog = ReportImportDialog(doc, str(report))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.is_busy())
    assert dialog.combos["clicks"].currentText() == "点击数"
    dialog.combos["variant"].setCurrentIndex(0)  # unmapped: nothing can be stored
    qtbot.waitUntil(lambda: not dialog.is_busy())
    assert not dialog.results and "name" in dialog.message.text()
    dialog.combos["variant"].setCurrentIndex(1)
    qtbot.waitUntil(lambda: not dialog.is_busy())
    dialog.accept()
    base = doc.script.variants[0]
    assert _stored_clicks(doc.pf.path, base.id) == 30
    doc.undo_stack.undo()
    assert base.id not in doc.project.results


def test_bad_report_disables_ok(doc, qtbot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from studio.ui.dialogs.report_import_dialog import ReportImportDialog

    report = tmp_path / "r.csv"
    report.write_text("素材名称,展示数,点击数\n神秘版,10,3\n", "utf-8")
    dialog = ReportImportDialog(doc, str(report))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.is_busy())
    assert dialog.model.index(0, 1).data() == "神秘版"
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    # Choosing a variant for the unmatched row makes the import possible.
    dialog.model.setData(dialog.model.index(0, 2), doc.script.variants[1].id)
    qtbot.waitUntil(lambda: dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled())
    assert dialog.results[doc.script.variants[1].id].clicks == 3
    dialog.reject()  # closed, as the user leaves it: the rows it read are given back to the collector


def test_pack_dialog_writes_a_pack(doc, qtbot, tmp_path: Path) -> None:
    from studio.ui.dialogs.pack_dialog import PackDialog
    from tests.ui.background import run_to_end

    dialog = PackDialog(doc)
    qtbot.addWidget(dialog)
    assert dialog.fps_box.currentText() == "25"
    dialog.fps_box.setCurrentText("29.97")
    dialog.folder_edit.setText(str(tmp_path / "new"))
    dialog.variant_box.setCurrentIndex(2)
    run_to_end(dialog, qtbot)  # the pack goes on in the background once OK closed the dialog
    assert [r.folder.name for r in dialog.written] == ["焕亮精华 25 秒带货_价格钩子"]
    import json

    manifest = json.loads((dialog.written[0].folder / "manifest.json").read_text("utf-8"))
    assert manifest["frame_rate"] == 29.97 and manifest["drop_frame"] is True


def _cell(view, name: str):
    from studio.ui.views.results import FIRST_INPUT, INPUTS

    return view.table.item(0, FIRST_INPUT + INPUTS.index(name))


@pytest.mark.parametrize(
    ("typed", "field", "value", "words"),
    [
        ({}, "clicks", "-3", ("Clicks", "zero or more")),
        ({}, "spend", "-1", ("Spend", "zero or more")),
        ({}, "plays", "1.5", ("Plays", "whole number")),
    ],
)
def test_values_that_are_no_count_are_refused_and_change_nothing(
    doc, qtbot, typed, field, value, words
) -> None:
    from studio.ui.views.results import ResultsView

    view = ResultsView(doc)
    qtbot.addWidget(view)
    view.show()  # a hidden view refreshes only once shown
    base = doc.script.variants[0]
    for name, text in typed.items():
        _cell(view, name).setText(text)
    assert view.status.text() == ""
    steps = doc.undo_stack.count()
    before = doc.project.results.get(base.id)
    before_counts = None if before is None else dataclasses.astuple(before)
    on_disk = _stored_clicks(doc.pf.path, base.id)
    _cell(view, field).setText(value)
    message = view.status.text()
    assert all(w in message for w in words), message
    assert doc.undo_stack.count() == steps
    after = doc.project.results.get(base.id)
    assert (None if after is None else dataclasses.astuple(after)) == before_counts
    assert _stored_clicks(doc.pf.path, base.id) == on_disk
    assert _cell(view, field).text() == (
        "" if before is None else view._input_text(field, getattr(before, field))
    )


@pytest.mark.parametrize(
    ("typed", "field", "value", "words"),
    [
        ({"impressions": "100"}, "clicks", "101", ("Clicks (101)", "Impressions (100)")),
        ({"impressions": "100", "clicks": "10"}, "conversions", "11", ("Conversions (11)", "Clicks (10)")),
        ({"plays": "500"}, "completions", "501", ("Completions (501)", "Plays (500)")),
        ({"impressions": "100", "clicks": "10"}, "impressions", "9", ("Clicks (10)", "Impressions (9)")),
        ({"impressions": "10000"}, "plays", "41300", ("Plays (41,300)", "Impressions (10,000)")),
    ],
)
def test_contradicting_counts_are_kept_marked_and_hold_the_verdict(
    doc, qtbot, typed, field, value, words
) -> None:
    """As in a spreadsheet, the typed value stays (the other count may be typed next); the cell says why it
    cannot be, and the variant's verdict waits until the counts agree."""
    from studio.ui.views.results import ResultsView

    view = ResultsView(doc)
    qtbot.addWidget(view)
    view.show()  # a hidden view refreshes only once shown
    base = doc.script.variants[0]
    for name, text in typed.items():
        _cell(view, name).setText(text)
    assert view.status.text() == ""
    _cell(view, field).setText(value)
    assert getattr(doc.project.results[base.id], field) == int(value)
    message = view.status.text()
    assert all(w in message for w in words) and "waits" in message, message
    marked = [c for c in (field, *typed) if _cell(view, c).toolTip()]
    assert marked and all(w in _cell(view, marked[0]).toolTip() for w in words)
    assert base.id in view.waiting and base.name in view.summary.text()
    doc.undo()  # the value goes, and with it the mark
    qtbot.waitUntil(lambda: base.id not in view.waiting)
    assert not _cell(view, field).toolTip()


def test_counts_may_be_typed_in_any_order(doc, qtbot) -> None:
    from studio.ui.views.results import ResultsView

    view = ResultsView(doc)
    qtbot.addWidget(view)
    base = doc.script.variants[0]
    _cell(view, "clicks").setText("25")  # no impressions yet: nothing to compare with
    _cell(view, "impressions").setText("1,000")
    assert view.status.text() == ""
    assert (doc.project.results[base.id].impressions, doc.project.results[base.id].clicks) == (1000, 25)
    assert _stored_clicks(doc.pf.path, base.id) == 25


def test_results_follow_the_apps_language_not_the_systems(doc, qtbot, qapp, monkeypatch) -> None:
    from PySide6.QtCore import QLocale

    from studio.ui.app import Translators
    from studio.ui.views.results import ResultsView

    monkeypatch.setenv("STUDIO_LANG", "en")  # restored after the test (install() writes it)
    saved_locale = QLocale()
    translators = Translators(qapp)
    try:
        translators.install("zh")  # what Preferences > Chinese does
        # The locale says English (as an English system would): the app's choice must still win.
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        view = ResultsView(doc)
        qtbot.addWidget(view)
        from studio.ui.views.results import FIRST_INPUT

        headers = [view.table.horizontalHeaderItem(c).text() for c in range(FIRST_INPUT, FIRST_INPUT + 3)]
        assert headers == ["展示", "播放", "3秒播放"]
        assert view.table.horizontalHeaderItem(0).text() == "3秒播放率"
        view.table.item(0, FIRST_INPUT).setText("10")
        view.table.item(0, FIRST_INPUT + 4).setText("11")
        assert "点击" in view.status.text() and "展示" in view.status.text()
        translators.install("en")
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        view.refresh()
        assert view.table.horizontalHeaderItem(FIRST_INPUT).text() == "Impressions"
    finally:
        translators.install("en")
        for translator in translators._installed:
            qapp.removeTranslator(translator)
        translators.setParent(None)
        QLocale.setDefault(saved_locale)


def test_import_keeps_earlier_counts_and_one_undo_takes_it_back(doc, qtbot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from studio.models.entities import VariantResult
    from studio.ui.dialogs.report_import_dialog import ReportImportDialog

    base, price = doc.script.variants[:2]
    earlier = VariantResult(base.id, 20000, 15000, 9000, 3000, 300, 30, 600.0)
    doc.set_results({base.id: earlier}, "set results")
    spend_only = tmp_path / "spend.csv"
    spend_only.write_text("素材名称,消耗(元)\n基础版,999\n", "utf-8")
    dialog = ReportImportDialog(doc, str(spend_only))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.is_busy())
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert "never replaced by nothing" in dialog.message.text()
    report = tmp_path / "r.csv"
    report.write_text(
        "计划名称,展现数据-展示数,展现数据-总花费\n基础版,21000,650\n1130_价格钩子_v2,19000,640\n", "utf-8"
    )
    dialog = ReportImportDialog(doc, str(report))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.is_busy())
    assert "20,000 → 21,000" in dialog.message.text()
    steps = doc.undo_stack.count()
    dialog.accept()
    assert doc.undo_stack.count() == steps + 1
    kept = doc.project.results[base.id]
    assert (kept.impressions, kept.clicks, kept.conversions, kept.spend) == (21000, 300, 30, 650.0)
    assert doc.project.results[price.id].impressions == 19000
    doc.undo_stack.undo()
    assert doc.project.results[base.id].impressions == 20000 and price.id not in doc.project.results
