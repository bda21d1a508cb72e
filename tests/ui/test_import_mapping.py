"""The Excel import in the window: the mapping dialog shows the first rows and each column's guess; the user changes any."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from studio.imports.xlsx_import import preview_xlsx
from studio.models.enums import CameraMove, ShotSize
from studio.ui import background_jobs
from studio.ui.dialogs.import_mapping import ImportMappingDialog
from tests.ui.conftest import reopen


@pytest.fixture
def book(tmp_path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["镜号", "镜头", "摄法", "画面内容", "对话", "Time", "Lens"])
    ws.append([1, "ELS", "推", "城市天际线", "", "30 min", "24mm"])
    ws.append([2, "MS", "固定", "她在窗边", "又是加班的一天", "15 min", "35mm"])
    ws.append([3, "CU", "摇", "黑眼圈", "", "10 min", "85mm"])
    wb.save(tmp_path / "shots.xlsx")
    return tmp_path / "shots.xlsx"


def _column(dialog: ImportMappingDialog, header: str) -> int:
    return next(i for i, g in enumerate(dialog.guesses) if g.header == header)


def test_dialog_shows_guesses_and_first_rows(qtbot, book: Path) -> None:
    dialog = ImportMappingDialog(preview_xlsx(book), book.name)
    qtbot.addWidget(dialog)
    i = _column(dialog, "镜头")
    assert dialog.combos[i].currentData() == "shot_size"
    assert "by its cells: 3 of 3 are shot sizes" in dialog.table.item(1, i).text()
    t = _column(dialog, "Time")
    assert dialog.combos[t].currentData() is None and "set-up" in dialog.table.item(1, t).text()
    assert [dialog.table.item(2, c).text() for c in range(3)] == ["1", "ELS", "推"]
    assert dialog.table.rowCount() == 2 + 3
    assert dialog.choices() == {}
    assert dialog.width() <= 1366 and dialog.height() <= 768


def test_changed_columns_are_imported_as_chosen(qtbot, book: Path, tmp_path: Path) -> None:
    from studio.imports.xlsx_import import import_xlsx

    dialog = ImportMappingDialog(preview_xlsx(book), book.name)
    qtbot.addWidget(dialog)
    lens, size = _column(dialog, "Lens"), _column(dialog, "镜头")
    dialog.combos[lens].setCurrentIndex(dialog.combos[lens].findData("props"))
    dialog.combos[size].setCurrentIndex(dialog.combos[size].findData(None))
    assert "your choice" in dialog.table.item(1, lens).text()
    assert dialog.choices() == {dialog.guesses[lens].column: "props", dialog.guesses[size].column: None}
    import_xlsx(book, tmp_path / "p.studio", None, dialog.choices())
    shot = next(s for _, _, s in reopen(tmp_path / "p.studio").scripts[0].iter_shots())
    assert shot.props == "24mm" and shot.shot_size is None and "镜头: ELS" in shot.notes


def test_import_from_the_window_goes_through_the_dialog(
    window, qtbot, book: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from studio.ui import fileactions

    target = tmp_path / "imported.studio"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(book), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    opened: list[str] = []
    monkeypatch.setattr(fileactions, "open_path", lambda _w, name: opened.append(str(name)))
    seen: list[ImportMappingDialog] = []

    def accept(self: ImportMappingDialog) -> int:
        seen.append(self)
        lens = _column(self, "Lens")
        self.combos[lens].setCurrentIndex(self.combos[lens].findData("props"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportMappingDialog, "exec", accept)
    fileactions.import_excel(
        window
    )  # read in the background, then the dialog, then written in the background
    assert background_jobs.running() and not seen
    qtbot.waitUntil(lambda: bool(opened), timeout=60_000)
    assert seen and opened == [str(target)] and "3 shots" in told[0]
    shots = [s for _, _, s in reopen(target).scripts[0].iter_shots()]
    assert [s.shot_size for s in shots] == [ShotSize.EXTREME_WIDE, ShotSize.MEDIUM, ShotSize.CLOSE_UP]
    assert [s.camera_move for s in shots] == [CameraMove.PUSH, CameraMove.STATIC, CameraMove.PAN]
    assert [s.props for s in shots] == ["24mm", "35mm", "85mm"]
    assert shots[1].voiceover == "又是加班的一天" and "Time: 30 min" in shots[0].notes


def test_cancelling_the_dialog_writes_nothing(
    window, qtbot, book: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from studio.ui import fileactions

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(book), ""))
    before = sorted(tmp_path.iterdir())
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append("save") or ("", ""))
    shown: list[bool] = []
    monkeypatch.setattr(
        ImportMappingDialog, "exec", lambda self: shown.append(True) or QDialog.DialogCode.Rejected
    )
    fileactions.import_excel(window)
    qtbot.waitUntil(lambda: not background_jobs.running(), timeout=60_000)
    assert shown and asked == [] and sorted(tmp_path.iterdir()) == before


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_hostile_workbook_is_refused_in_words(
    qtbot, qapp, doc, settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    from studio.ui import fileactions
    from studio.ui.app import Translators
    from studio.ui.mainwindow import MainWindow
    from tests.imports.hostile_books import far_cell

    translators = Translators(qapp)
    translators.install(lang)
    try:
        win = MainWindow(doc, None, settings)
        win.replacing = True
        qtbot.addWidget(win)
        bad = far_cell(tmp_path / "far.xlsx")
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
        shown: list[str] = []
        monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
        monkeypatch.setattr(
            ImportMappingDialog, "exec", lambda self: pytest.fail("no dialog for a refused file")
        )
        fileactions.import_excel(win)
        qtbot.waitUntil(lambda: bool(shown), timeout=60_000)
        assert len(shown) == 1 and "XFD1048576" in shown[0] and "10000" in shown[0]
        assert ("超出" if lang == "zh" else "beyond") in shown[0]
    finally:
        translators.install("en")


def test_dialog_speaks_chinese(qtbot, qapp, book: Path) -> None:
    from studio.ui.app import Translators

    translators = Translators(qapp)
    translators.install("zh")
    try:
        dialog = ImportMappingDialog(preview_xlsx(book), book.name)
        qtbot.addWidget(dialog)
        i = _column(dialog, "镜头")
        assert dialog.combos[i].currentText() == "景别"
        assert "按内容" in dialog.table.item(1, i).text()
        assert dialog.table.verticalHeaderItem(0).text() == "去向"
    finally:
        translators.install("en")


def test_studios_own_workbook_skips_the_dialog(
    window, qtbot, doc, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from studio.exports.xlsx_export import export_xlsx
    from studio.ui import fileactions

    book = tmp_path / "own.xlsx"
    script = doc.project.scripts[0]
    export_xlsx(doc.project, script, list(script.variants), doc.pf.frame_bytes, book, "en")
    target = tmp_path / "back.studio"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(book), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    opened: list[bool] = []
    monkeypatch.setattr(fileactions, "open_path", lambda *a: opened.append(True))
    monkeypatch.setattr(
        ImportMappingDialog, "exec", lambda self: pytest.fail("Studio's workbook needs no mapping")
    )
    fileactions.import_excel(window)
    qtbot.waitUntil(lambda: bool(opened), timeout=60_000)
    back = reopen(target).scripts[0]
    assert [v.name for v in back.variants] == [v.name for v in script.variants]
    assert sum(1 for _ in back.iter_shots()) == sum(1 for _ in script.iter_shots())
