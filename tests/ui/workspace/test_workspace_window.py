"""The Workspace window driven by keys and mouse at 1366x768: projects, search, calendar, report, library."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractItemView

from studio.workspace.facts import Hit
from tests.workspace.make_projects import make_folder


@pytest.fixture(scope="module")
def _template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("ws_ui") / "team"
    make_folder(folder, count=6)
    return folder


@pytest.fixture
def team(_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = Path(shutil.copytree(_template, tmp_path / "team"))
    monkeypatch.setenv("STUDIO_WORKSPACE_URL", f"sqlite:///{tmp_path / 'ws.sqlite3'}")
    return folder


@pytest.fixture
def opened(team: Path, qtbot):
    from studio.ui.workspace.window import WorkspaceWindow

    calls: list[tuple[str, Hit | None]] = []
    win = WorkspaceWindow(lambda path, hit: calls.append((path, hit)))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    with qtbot.waitSignal(win.loaded, timeout=60_000):
        win.refresh(add_folder=str(team))
    return win, calls


def test_projects_are_listed_filtered_and_opened_with_enter(opened, qtbot) -> None:
    win, calls = opened
    page = win.projects
    assert page.proxy.rowCount() == 8
    assert "damaged.studio" in page.problems.text() and "newer.studio" in page.problems.text()
    page.filter.setFocus()
    page.filter.insert("防晒")
    assert page.proxy.rowCount() == 2
    rect = page.table.visualRect(page.proxy.index(0, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert calls and calls[-1][1] is None and Path(calls[-1][0]).name.startswith("gen_")
    page.filter.clear()
    tiktok = page.platform.findData("tiktok")
    page.platform.setCurrentIndex(tiktok)
    shown = {page.proxy.index(r, 2).data() for r in range(page.proxy.rowCount())}
    assert shown == {"tiktok"}
    page.table.sortByColumn(7, Qt.SortOrder.DescendingOrder)
    plays = [page.proxy.index(r, 7).data(Qt.ItemDataRole.UserRole + 2) for r in range(page.proxy.rowCount())]
    assert plays == sorted(plays, reverse=True)


def test_search_with_keys_opens_the_line_in_its_project(opened, qtbot) -> None:
    win, calls = opened
    qtbot.keyClick(win, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert win.tabs.currentWidget() is win.search
    win.search.query.insert("领券")
    with qtbot.waitSignal(win.searched, timeout=30_000):
        qtbot.keyClick(win.search.query, Qt.Key.Key_Return)
    assert win.search.hits.topLevelItemCount() > 0
    qtbot.keyClick(win.search.hits, Qt.Key.Key_Return)
    path, hit = calls[-1]
    assert hit is not None and "领券" in hit.doc.text and hit.doc.shot_id and Path(path).exists()


def test_calendar_marks_overdue_days_and_lists_the_day(opened, qtbot) -> None:
    win, _calls = opened
    win.tabs.setCurrentWidget(win.calendar)
    month = win.calendar.month
    month.setSelectedDate(QDate(2026, 11, 1))
    texts = [win.calendar.day_items.item(i).text() for i in range(win.calendar.day_items.count())]
    assert any("防晒霜 第0条" in t for t in texts)
    overdue = month.dateTextFormat(QDate(2026, 11, 1))
    assert overdue.fontWeight() == 700
    late = [e for e in win.calendar.entries if e.overdue]
    assert late and all(e.item.day < QDate.currentDate().toString("yyyy-MM-dd") for e in late)
    red = month.dateTextFormat(QDate.fromString(late[0].item.day, "yyyy-MM-dd")).foreground().color().name()
    assert red.lower() == "#c0392b"
    grid = month.findChild(QAbstractItemView)
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_PageDown)  # the next month, by key
    assert month.monthShown() == 12


def test_report_and_library_and_retiring(opened, qtbot) -> None:
    win, _calls = opened
    assert "Hook device" in win.report.text.toPlainText()
    lib = win.library.entries
    assert lib.topLevelItemCount() > 0
    first = lib.topLevelItem(0)
    text = first.text(0)
    lib.setCurrentItem(first)
    with qtbot.waitSignal(win.loaded, timeout=30_000):
        qtbot.mouseClick(win.library.retire, Qt.MouseButton.LeftButton)
    retired = [
        lib.topLevelItem(i) for i in range(lib.topLevelItemCount()) if lib.topLevelItem(i).text(0) == text
    ]
    assert retired and retired[-1].text(1).startswith("Retired")


def test_the_window_speaks_chinese(team: Path, qtbot, qapp, monkeypatch: pytest.MonkeyPatch) -> None:
    from studio.ui.app import Translators
    from studio.ui.workspace.window import WorkspaceWindow

    monkeypatch.setenv("STUDIO_LANG", "en")  # restored after the test, whatever install() set
    translators = Translators(qapp)
    translators.install("zh")  # sets STUDIO_LANG to zh as well
    try:
        win = WorkspaceWindow(None)
        qtbot.addWidget(win)
        win.resize(1366, 768)
        win.show()
        with qtbot.waitSignal(win.loaded, timeout=60_000):
            win.refresh(add_folder=str(team))
        assert [win.tabs.tabText(i) for i in range(win.tabs.count())] == [
            "项目(&P)",
            "搜索(&S)",
            "日历(&C)",
            "报告(&R)",
            "素材库(&L)",
        ]
        assert "个项目" in win.where.text()
        assert "投放中" in {
            win.projects.proxy.index(r, 3).data() for r in range(win.projects.proxy.rowCount())
        }
        assert "文件已损坏" in win.projects.problems.text()
        assert "钩子手法" in win.report.text.toPlainText()
        win.calendar.month.setSelectedDate(QDate(2026, 11, 11))
        texts = [win.calendar.day_items.item(i).text() for i in range(win.calendar.day_items.count())]
        assert "大促节点 · 双11 高潮" in texts
    finally:
        translators.install("en")


def test_report_saved_as_pdf_and_workbook_from_the_buttons(
    opened, qtbot, tmp_path: Path, monkeypatch
) -> None:
    import openpyxl
    import pypdfium2 as pdfium
    from PySide6.QtWidgets import QFileDialog

    win, _calls = opened
    win.tabs.setCurrentWidget(win.report)
    for button, name in ((win.report.pdf, "report.pdf"), (win.report.xlsx, "report.xlsx")):
        target = tmp_path / name
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, t=target, **_k: (str(t), ""))
        with qtbot.waitSignal(win.saved, timeout=30_000) as blocker:
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert blocker.args == [str(target)]
    text = pdfium.PdfDocument(str(tmp_path / "report.pdf"))[0].get_textpage().get_text_range()
    assert "Hook device" in text
    rows = list(openpyxl.load_workbook(tmp_path / "report.xlsx").active.iter_rows(values_only=True))
    assert any(r[0] == "Hook device" and isinstance(r[6], int) for r in rows)


def test_a_signature_shot_is_kept_from_the_library_page(opened, qtbot, monkeypatch) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from studio.ui.workspace.entry_dialog import LibraryEntryDialog

    win, _calls = opened
    win.tabs.setCurrentWidget(win.library)
    typed: list[LibraryEntryDialog] = []

    def fill(dialog: LibraryEntryDialog) -> int:
        typed.append(dialog)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled()  # nothing typed yet
        dialog.text.insert("晨露 logo 落在水滴上，2 秒")
        dialog.evidence.insert("客户要求每条都用")
        assert ok.isEnabled()
        return LibraryEntryDialog.DialogCode.Accepted

    monkeypatch.setattr(LibraryEntryDialog, "exec", fill)
    with qtbot.waitSignal(win.loaded, timeout=30_000):
        qtbot.mouseClick(win.library.add, Qt.MouseButton.LeftButton)
    assert typed and typed[0].kind.currentData() == "signature_shot"
    lib = win.library.entries
    texts = [lib.topLevelItem(i).text(0) for i in range(lib.topLevelItemCount())]
    assert "晨露 logo 落在水滴上，2 秒" in texts
    row = lib.topLevelItem(texts.index("晨露 logo 落在水滴上，2 秒"))
    assert "客户要求每条都用" in row.text(1) and "Signature shot" in row.text(1)


def test_team_phases_added_in_the_window_show_on_the_calendar(opened, qtbot, tmp_path: Path) -> None:
    win, _calls = opened
    win.tabs.setCurrentWidget(win.calendar)
    qtbot.mouseClick(win.calendar.phases_button, Qt.MouseButton.LeftButton)
    dialog = win.phases_dialog
    qtbot.waitExposed(dialog)
    assert dialog.path == tmp_path / "phases.json"  # beside the workspace's database
    dialog.name.setFocus()
    dialog.name.insert("品牌日")
    dialog.start.setDate(QDate(2026, 11, 5))
    dialog.end.setDate(QDate(2026, 11, 7))
    with qtbot.waitSignal(win.loaded, timeout=60_000):
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert "品牌日" in dialog.listing.item(0).text()
    win.calendar.month.setSelectedDate(QDate(2026, 11, 6))
    texts = [win.calendar.day_items.item(i).text() for i in range(win.calendar.day_items.count())]
    assert any("品牌日" in t for t in texts)
    # refused: the same name again, and a phase that ends before it starts; the file is left as it was
    before = dialog.path.read_bytes()
    dialog.name.insert("品牌日")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert "already there" in dialog.message.text()
    dialog.name.clear()
    dialog.name.insert("反了")
    dialog.end.setDate(QDate(2026, 11, 1))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert "ends before it starts" in dialog.message.text() and dialog.path.read_bytes() == before
    dialog.listing.setCurrentRow(0)
    with qtbot.waitSignal(win.loaded, timeout=60_000):
        qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert not any("品牌日" in e.item.title for e in win.calendar.entries)
    dialog.close()


def test_a_phase_added_while_the_workspace_is_being_read_still_reaches_the_calendar(opened, qtbot) -> None:
    win, _calls = opened
    win.tabs.setCurrentWidget(win.calendar)
    qtbot.mouseClick(win.calendar.phases_button, Qt.MouseButton.LeftButton)
    dialog = win.phases_dialog
    win.refresh()  # a read under way
    assert win.job is not None
    dialog.name.insert("直播周")
    dialog.start.setDate(QDate(2026, 12, 1))
    dialog.end.setDate(QDate(2026, 12, 7))
    assert dialog.add()
    qtbot.waitUntil(
        lambda: win.job is None and any(e.item.title == "直播周" for e in win.calendar.entries),
        timeout=60_000,
    )
    dialog.close()


def test_a_variant_post_date_shows_in_the_month_view_marked_overdue(opened, team: Path, qtbot) -> None:
    from studio.models import ops
    from studio.models.enums import VariantStatus
    from studio.store.document import ProjectFile

    win, _calls = opened
    day = QDate.currentDate().addDays(-20)  # passed: overdue whatever day the test runs
    path = team / "generated" / "gen_001.studio"
    with ProjectFile.open(path) as pf:
        variant = pf.project.scripts[0].variants[1]
        ops.set_field(pf.project, variant, "status", VariantStatus.DRAFT)  # not posted yet
        ops.set_field(pf.project, variant, "post_date", day.toString("yyyy/M/d"))
    with qtbot.waitSignal(win.loaded, timeout=60_000):
        win.refresh()
    win.tabs.setCurrentWidget(win.calendar)
    win.calendar.month.setSelectedDate(day)
    texts = [win.calendar.day_items.item(i).text() for i in range(win.calendar.day_items.count())]
    assert any("Variant post" in t and variant.name in t and t.startswith("Overdue") for t in texts), texts
    fmt = win.calendar.month.dateTextFormat(day)
    assert fmt.fontWeight() == 700 and fmt.foreground().color().name().lower() == "#c0392b"
