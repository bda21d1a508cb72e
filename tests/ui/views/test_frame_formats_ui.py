"""Frame formats in the window: Project Settings changes the format as one undo step that keeps every
crop, the Variants view gives a variant its own, and the storyboard's cards show each shot's crop."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from studio.models.crop import Crop, CropMode
from studio.models.frame_format import FrameFormat
from tests.ui.conftest import reopen
from tests.ui.views.conftest import png


def _show(qtbot, window):
    window.resize(1366, 768)
    qtbot.waitExposed(window)


def _shape(board) -> float:
    size = board.delegate.frame_size()
    return size.width() / size.height()


def test_project_format_change_is_one_undo_step_keeping_crops(window, doc, qtbot, monkeypatch):
    from studio.ui.dialogs.project_settings import ProjectSettingsDialog

    _show(qtbot, window)
    board = window.show_tab("storyboard")
    shots = [c.shot for c in board.model.cards]
    board.set_crop([shots[0]], Crop(CropMode.FILL))
    board.set_crop([shots[1]], Crop(CropMode.BOX, (0.1, 0.1, 0.5, 0.4)))
    crops = [s.crop for s in shots]
    assert abs(_shape(board) - 9 / 16) < 0.02
    steps = doc.undo_stack.count()

    def exec_(dialog: ProjectSettingsDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        box = dialog.fields.format_box
        box.setFocus()
        qtbot.keyClick(box, Qt.Key.Key_Down)  # 9:16 -> 16:9
        assert "1920×1080" in dialog.fields.platform_note.text()
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        return int(dialog.result())

    monkeypatch.setattr(ProjectSettingsDialog, "exec", exec_)
    window.activateWindow()
    qtbot.keyClick(
        window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    )
    assert doc.project.frame_format is FrameFormat.LANDSCAPE
    qtbot.waitUntil(lambda: abs(_shape(board) - 16 / 9) < 0.03, timeout=3000)
    assert [s.crop for s in shots] == crops  # every picture keeps its crop
    assert reopen(doc.pf.path).frame_format is FrameFormat.LANDSCAPE
    assert doc.undo_stack.count() == steps + 1
    doc.undo()  # one step takes the format back, and nothing else
    assert doc.project.frame_format is FrameFormat.VERTICAL and [s.crop for s in shots] == crops
    qtbot.waitUntil(lambda: abs(_shape(board) - 9 / 16) < 0.02, timeout=3000)


def test_a_variant_gets_its_own_format_in_the_variants_view(window, doc, qtbot):
    _show(qtbot, window)
    view = window.show_tab("variants")
    variant = doc.script.variants[1]
    combo = view._property_combos[(variant.id, "frame_format")]
    assert combo.currentText().startswith("Same as project")
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # same as project -> 9:16 -> 16:9
    assert variant.frame_format is FrameFormat.LANDSCAPE
    assert doc.script.variants[0].frame_format is None
    # the storyboard of that variant is landscape; the base stays vertical
    doc.set_current(variant=variant)
    board = window.show_tab("storyboard")
    qtbot.waitUntil(lambda: abs(_shape(board) - 16 / 9) < 0.03, timeout=3000)
    doc.set_current(variant=doc.script.variants[0])
    qtbot.waitUntil(lambda: abs(_shape(board) - 9 / 16) < 0.02, timeout=3000)
    doc.undo()  # each key was a step, as for the variant's other choices
    assert variant.frame_format is FrameFormat.VERTICAL
    doc.undo()
    assert variant.frame_format is None
    assert reopen(doc.pf.path).scripts[0].variants[1].frame_format is None


def test_card_crop_menu_and_badge(window, doc, qtbot, monkeypatch):
    from studio.ui.views import storyboard

    _show(qtbot, window)
    board = window.show_tab("storyboard")
    shot = board.model.cards[0].shot
    assert board.set_image(shot, png((220, 20, 20), (400, 100)), "wide.png")
    doc.select([shot.id])
    chosen: list[str] = []

    def exec_(menu, _where) -> None:
        actions = {a.text(): a for a in menu.actions()}
        chosen.extend(a.text() for a in menu.actions() if a.isCheckable() and a.isChecked())
        actions["Fill"].trigger()

    monkeypatch.setattr(storyboard, "show_menu", exec_)
    rect = board.list.visualRect(board.model.index(0))
    board.list.customContextMenuRequested.emit(rect.center())
    assert chosen == ["Fit"] and shot.crop == Crop(CropMode.FILL)
    assert board.delegate.crop_text(shot.crop) == "Fill" and board.crop.currentText() == "Fill"
    doc.undo()
    assert shot.crop == Crop()


def test_crop_dialog_by_mouse_and_keys(qtbot):
    from studio.ui.dialogs.crop import CropDialog

    pixmap = QPixmap(400, 200)
    pixmap.fill(Qt.GlobalColor.red)
    dialog = CropDialog(pixmap, (1080, 1920), Crop(), "H-A-01")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    canvas = dialog.canvas
    # fit's whole picture, as a 9:16 frame shows it: the box starts as the frame's view
    assert canvas.box[1] == 0 and canvas.box[3] == 1
    r = canvas.picture_rect()
    start = QPoint(round(r.left() + r.width() * 0.25), round(r.top() + r.height() * 0.25))
    end = QPoint(round(r.left() + r.width() * 0.75), round(r.top() + r.height() * 0.75))
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(canvas, end)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=end)
    x, y, w, h = canvas.box
    assert abs(y - 0.25) < 0.02
    assert abs(x - 0.25) < 0.02 and abs(w - 0.5) < 0.02 and abs(h - 0.5) < 0.02
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert abs(canvas.box[0] - (x + 0.01)) < 1e-6
    qtbot.keyClick(canvas, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert abs(canvas.box[3] - (h + 0.01)) < 1e-6
    assert abs(dialog.spins[0].value() - round((x + 0.01) * 100, 1)) < 0.05
    # typing a box beyond the picture keeps it inside
    dialog.spins[0].setValue(90)
    assert canvas.box[0] + canvas.box[2] <= 1.0 + 1e-9
    assert dialog.crop().mode is CropMode.BOX
    QApplication.processEvents()


def test_words_are_in_chinese(zh_window, qtbot):
    from studio.ui.dialogs.project_settings import ProjectSettingsDialog

    board = zh_window.show_tab("storyboard")
    texts = [board.crop.itemText(i) for i in range(board.crop.count())]
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in t) for t in texts), texts
    dialog = ProjectSettingsDialog(zh_window.doc, zh_window)
    qtbot.addWidget(dialog)
    box = dialog.fields.format_box
    assert box.itemText(1) == "16:9 横屏"
    view = zh_window.show_tab("variants")
    variant = zh_window.doc.script.variants[1]
    assert view._property_combos[(variant.id, "frame_format")].currentText().startswith("跟随项目")


def test_crop_box_from_the_storyboard_is_one_undo_step(window, doc, qtbot, monkeypatch):
    from studio.ui.dialogs.crop import CropDialog

    _show(qtbot, window)
    board = window.show_tab("storyboard")
    shot = next(c.shot for c in board.model.cards if c.shot.frame)
    doc.select([shot.id])
    opened: list[CropDialog] = []

    def exec_(dialog: CropDialog) -> int:
        opened.append(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        for i, value in ((2, 50), (3, 40), (0, 10), (1, 20)):  # the size first, then where it sits
            dialog.spins[i].setValue(value)
        return int(CropDialog.DialogCode.Accepted)

    monkeypatch.setattr(CropDialog, "exec", exec_)
    steps = doc.undo_stack.count()
    board.crop.setFocus()
    qtbot.keyClick(board.crop, Qt.Key.Key_End)  # "Crop box…": the keys pick it, as a user's would
    assert opened and shot.crop == Crop(CropMode.BOX, (0.1, 0.2, 0.5, 0.4))
    assert doc.undo_stack.count() == steps + 1 and board.crop.currentText() == "Crop box…"
    _s, _b, alt, i = reopen(doc.pf.path).locate_shot(shot.id)
    assert alt.shots[i].crop == shot.crop  # saved
    doc.undo()
    assert shot.crop == Crop()


def test_new_project_takes_a_format(tmp_path, qtbot):
    from studio.ui.dialogs.new_project import NewProjectDialog

    dialog = NewProjectDialog(str(tmp_path))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    box = dialog.fields.format_box
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_End)  # 3:4, as 小红书 posts
    assert box.currentText().startswith("3:4") and "1080×1440" in dialog.fields.platform_note.text()
    dialog.title_edit.setText("竖版测试")
    dialog.path_edit.setText(str(tmp_path / "xhs"))
    dialog.create_project().close()
    assert reopen(tmp_path / "xhs.studio").frame_format is FrameFormat.THREE_FOUR
