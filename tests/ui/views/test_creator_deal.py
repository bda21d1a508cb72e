"""The Creators tab's deal panel and alerts at a laptop's 1366x768, driven by mouse and keys: a good value
is one undo step that reaches the file; a bad one is refused in its field with the reason, and nothing
changes; the results compare what each creator cost and returned."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLineEdit

from studio.ui.views.creator_list import CreatorListView


@pytest.fixture
def view(zh_doc, qtbot) -> CreatorListView:
    widget = CreatorListView(zh_doc)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _click_row(qtbot, view: CreatorListView, row: int) -> None:
    rect = view.table.visualRect(view.model.index(row, 0))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: view.deal.row == row)


def _type(qtbot, edit: QLineEdit, text: str) -> None:
    """Click into the field, select what it holds, type over it and press Enter (Chinese inserted whole)."""
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=QPoint(5, edit.height() // 2))
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:
        edit.insert(text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_the_panel_shows_the_chosen_creators_deal_and_what_they_returned(
    view: CreatorListView, qtbot
) -> None:
    assert view.deal.isVisible() and view.deal.width() > 250  # room to read it on a laptop
    _click_row(qtbot, view, 0)  # 小鹿: 3,000 fee + 10 % commission
    deal = view.deal
    assert deal.edits["fee"].text() == "3,000.00" and deal.edits["commission"].text() == "10%"
    assert deal.tier.currentData() == "mid" and deal.deal.currentData() == "guaranteed"
    assert deal.paid_ads.isChecked() and "Exclusive until" in deal.exclusive_end.text()
    assert "Cost ¥6,069.00" in deal.cost.text() and "ROI 5.06×" in deal.cost.text()
    _click_row(qtbot, view, 1)  # 阿May: no results yet, a draft late and a post due
    assert deal.heading.text() == "Deal with 阿May" and "ROI" not in deal.cost.text()


def test_typed_values_are_one_undo_step_each_and_reach_the_file(
    zh_doc, view: CreatorListView, qtbot, reopen
) -> None:
    _click_row(qtbot, view, 2)  # 橙子
    steps = zh_doc.undo_stack.count()
    _type(qtbot, view.deal.edits["fee"], "0.2万")
    _type(qtbot, view.deal.edits["commission"], "12.5%")
    _type(qtbot, view.deal.edits["post_due"], "2026年12月20日")
    qtbot.waitUntil(lambda: zh_doc.undo_stack.count() == steps + 3)
    assert view.deal.edits["fee"].text() == "2,000.00"  # shown back as money
    # the deal type chosen with the keyboard from its list (each choice one step)
    view.deal.deal.setFocus()
    qtbot.keyClick(view.deal.deal, Qt.Key.Key_Home)
    qtbot.keyClick(view.deal.deal, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: zh_doc.project.creators[2].deal == "flat")
    assert zh_doc.undo_stack.count() == steps + 5
    zh_doc.undo_stack.undo()
    assert zh_doc.project.creators[2].deal == "" and view.deal.deal.currentData() == ""
    zh_doc.undo_stack.undo()
    assert view.deal.deal.currentData() == "cps"
    box = view.deal.paid_ads
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(5, box.height() // 2))
    qtbot.waitUntil(lambda: zh_doc.project.creators[2].paid_ads)
    saved = reopen(zh_doc).creators[2]
    assert (saved.fee, saved.commission, saved.post_due, saved.deal) == (200000, 1250, "2026-12-20", "cps")
    assert saved.paid_ads


@pytest.mark.parametrize(
    ("field", "text", "words"),
    [
        ("fee", "-5000", "Fee “-5000” cannot be negative."),
        ("commission", "120%", "a commission cannot be above 100%"),
        ("draft_due", "1900-01-01", "a date must fall between 2000 and 2100"),
        ("fee", "5000 XYZ", "unknown currency; use one of CNY"),
        # the window's way forward: Project Settings, where the CLI names its command
        (
            "fee",
            "$500",
            "the project's money is in CNY, not USD. Write the amount in CNY, or change the currency in Project Settings.",
        ),
    ],
)
def test_a_bad_value_is_refused_in_its_field_and_nothing_changes(
    zh_doc, view: CreatorListView, qtbot, field: str, text: str, words: str
) -> None:
    _click_row(qtbot, view, 0)
    before, steps = list(zh_doc.project.creators), zh_doc.undo_stack.count()
    edit = view.deal.edits[field]
    _type(qtbot, edit, text)
    qtbot.waitUntil(view.deal.message.isVisible)
    assert words in view.deal.message.text() and "#c0392b" in edit.styleSheet()
    assert edit.text() == text  # kept to be fixed, not lost
    assert zh_doc.project.creators == before and zh_doc.undo_stack.count() == steps
    _type(qtbot, edit, "") if field != "fee" else _type(qtbot, edit, "3000")
    qtbot.waitUntil(lambda: not view.deal.message.isVisible())
    assert edit.styleSheet() == ""


def test_alerts_name_drafts_late_posts_due_and_rights_expiring(zh_doc, view: CreatorListView, qtbot) -> None:
    text = view.alerts.text()
    assert view.alerts.isVisible()
    assert "阿May: draft late by 2 days" in text and "阿May: post due in 3 days" in text
    assert "大白: usage rights expire in 5 days" in text and "小鹿: usage rights expire in 10 days" in text
    _click_row(qtbot, view, 1)
    _type(qtbot, view.deal.edits["draft_in"], dt.date.today().isoformat())  # the draft came in
    qtbot.waitUntil(lambda: "draft late" not in view.alerts.text())
    assert "post due in 3 days" in view.alerts.text()


def test_the_results_compare_cost_per_order_and_roi(zh_window, qtbot) -> None:
    zh_window.resize(1366, 768)
    results = zh_window.show_tab("results")
    results.tabs.setCurrentWidget(results.creators)
    panel = results.creators
    qtbot.waitUntil(lambda: panel.analysis is not None and panel.table.rowCount() > 0)
    qtbot.mouseClick(panel.money, Qt.MouseButton.LeftButton, pos=QPoint(5, panel.money.height() // 2))
    qtbot.waitUntil(lambda: panel.table.columnCount() == 10)
    table = panel.table
    heads = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert heads[-4:] == ["费用", "千次播放成本", "单均成本", "ROI"]
    rows = {table.item(r, 0).text(): r for r in range(table.rowCount())}
    roi = table.item(rows["Jess"], len(heads) - 1)
    assert roi.text() == f"{5320 / (500 + 532):.2f}×" and "95" in roi.toolTip()
    assert table.item(rows["Jess"], len(heads) - 4).text() == "$1,032.00"
    width = table.viewport().width()  # every column readable at a laptop's size
    assert all(
        table.columnViewportPosition(c) + table.columnWidth(c) <= width for c in range(table.columnCount())
    )
    assert [p.metric.key for p in panel.chart.panels] == ["roi", "cost_per_order"]
    assert [b.name for b in panel.chart.panels[0].bars] == ["Jess", "Priya", "Tom", "Lena", "Sam"]
    qtbot.mouseClick(
        panel.by_variant, Qt.MouseButton.LeftButton, pos=QPoint(5, panel.by_variant.height() // 2)
    )
    qtbot.waitUntil(lambda: panel.level == "variant")
    heads = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert heads[-1] == "ROI" and table.item(0, len(heads) - 4).text().startswith("$")
    qtbot.mouseClick(panel.money, Qt.MouseButton.LeftButton, pos=QPoint(5, panel.money.height() // 2))
    qtbot.waitUntil(
        lambda: "ROI" not in [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    )


def test_the_currency_chosen_in_project_settings_is_the_deals(window, doc, qtbot, monkeypatch) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from studio.ui.dialogs.project_settings import ProjectSettingsDialog

    window.resize(1366, 768)
    qtbot.waitExposed(window)

    def exec_(dialog: ProjectSettingsDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        box = dialog.fields.currency_box
        assert box.currentData() == ""  # the sample follows its platform (TikTok: dollars)
        box.setFocus()
        while box.currentData() != "EUR":
            qtbot.keyClick(box, Qt.Key.Key_Down)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        return int(dialog.result())

    monkeypatch.setattr(ProjectSettingsDialog, "exec", exec_)
    window.activateWindow()
    qtbot.keyClick(
        window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    )
    assert doc.project.currency == "EUR"
    view = window.show_tab("creators")
    qtbot.waitUntil(view.isVisible)
    _click_row(qtbot, view, 0)
    assert view.deal.fee_label.text() == "Fee (€)"
    _type(qtbot, view.deal.edits["fee"], "$500")
    qtbot.waitUntil(view.deal.message.isVisible)
    assert "the project's money is in EUR, not USD" in view.deal.message.text()
    _type(qtbot, view.deal.edits["fee"], "€1,250.50")
    qtbot.waitUntil(lambda: doc.project.creators[0].fee == 125050)
    assert "€" in view.summary.text()  # the GMV in the project's currency too


def test_rows_pasted_from_excel_carry_the_deal_in_the_projects_money(
    zh_doc, view: CreatorListView, reopen
) -> None:
    pasted = "达人昵称\t坑位费\t佣金比例\t发布日期\t投流授权\n小鹿\t¥1,200\t15%\t2026年12月20日\t是\n"
    assert view.paste_text(pasted)
    deer = zh_doc.project.creators[0]
    assert (deer.fee, deer.commission, deer.post_due, deer.paid_ads) == (120000, 1500, "2026-12-20", True)
    before = list(zh_doc.project.creators)
    assert not view.paste_text("达人昵称\t报价\n小鹿\t$1,200\n")  # dollars in a yuan project: refused, named
    assert (
        "the project's money is in CNY, not USD" in view.message.text() and zh_doc.project.creators == before
    )
    assert reopen(zh_doc).creators[0].fee == 120000
