"""Project Settings in the window: product, brand, platform and category set by keyboard and mouse,
made as one undo step, saved to the file; New Project sets them too, with every preset reachable."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

from studio.models.platforms import PRESETS
from tests.ui.conftest import reopen


def _drive(dialog, qtbot, product: str, platform_steps: int) -> None:
    """Type into the dialog as a user would, then press its OK button with the mouse."""
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.fields.product_edit.selectAll()
    qtbot.keyClicks(dialog.fields.product_edit, product)
    dialog.fields.brand_edit.selectAll()
    qtbot.keyClicks(dialog.fields.brand_edit, "Lumi")
    dialog.fields.platform_box.setFocus()
    for _ in range(platform_steps):
        qtbot.keyClick(dialog.fields.platform_box, Qt.Key.Key_Down)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_settings_dialog_is_one_undo_step_and_reaches_the_file(window, doc, qtbot, monkeypatch):
    from studio.ui.dialogs.project_settings import ProjectSettingsDialog

    qtbot.waitExposed(window)
    before = (doc.project.product, doc.project.brand, doc.project.platform)
    assert doc.project.platform == "tiktok"
    seen: list[ProjectSettingsDialog] = []

    def exec_(dialog: ProjectSettingsDialog) -> int:
        seen.append(dialog)
        _drive(dialog, qtbot, "Glow serum", platform_steps=1)  # tiktok -> reels, the next preset
        return int(dialog.result())

    monkeypatch.setattr(ProjectSettingsDialog, "exec", exec_)
    window.activateWindow()
    qtbot.keyClick(
        window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    )
    assert seen, "Ctrl+Alt+, opens Project Settings"
    assert (doc.project.product, doc.project.brand, doc.project.platform) == ("Glow serum", "Lumi", "reels")
    saved = reopen(doc.pf.path)
    assert (saved.product, saved.brand, saved.platform) == ("Glow serum", "Lumi", "reels")
    doc.undo()  # one step takes back all three
    assert (doc.project.product, doc.project.brand, doc.project.platform) == before


def test_the_brief_tab_opens_project_settings(window, doc, qtbot, monkeypatch):
    from studio.ui.dialogs.project_settings import ProjectSettingsDialog

    view = window.show_tab("brief")
    opened: list[ProjectSettingsDialog] = []
    monkeypatch.setattr(ProjectSettingsDialog, "exec", lambda d: opened.append(d) or 0)
    view.product_change.linkActivated.emit("settings")
    assert opened and opened[0].fields.platform_box.currentData() == doc.project.platform


def test_new_project_reaches_every_preset_and_keeps_product_and_brand(tmp_path, qtbot):
    from studio.ui.dialogs.new_project import NewProjectDialog

    dialog = NewProjectDialog(str(tmp_path))
    qtbot.addWidget(dialog)
    box = dialog.fields.platform_box
    assert [box.itemData(i) for i in range(box.count())] == list(PRESETS)
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("en"))
    assert box.currentData() == "tiktok"  # follows the language until chosen
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("zh"))
    assert box.currentData() == "douyin"
    box.setCurrentIndex(box.findData("wechat_channels"))
    box.activated.emit(box.currentIndex())  # the user's pick
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("en"))
    assert box.currentData() == "wechat_channels"  # a chosen platform stays
    assert "25 fps" in dialog.fields.platform_note.text()
    dialog.title_edit.setText("Glow serum launch")
    dialog.fields.brand_edit.setText("Lumi")
    dialog.path_edit.setText(str(tmp_path / "glow"))
    pf = dialog.create_project()
    pf.close()
    project = reopen(tmp_path / "glow.studio")
    assert (project.platform, project.brand) == ("wechat_channels", "Lumi")
    assert project.product == "Glow serum launch"  # no product typed: the title names it


def test_settings_names_are_in_chinese(zh_window, qtbot):
    from studio.ui.dialogs.project_settings import ProjectSettingsDialog

    dialog = ProjectSettingsDialog(zh_window.doc, zh_window)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "项目设置"
    box = dialog.fields.platform_box
    assert [box.itemText(i) for i in range(box.count())][:3] == ["抖音", "快手", "视频号"]
    assert "帧率" in dialog.fields.platform_note.text()


def test_paid_promotion_is_ticked_in_project_settings_as_one_undo_step(window, doc, qtbot, monkeypatch):
    from studio.models.project_settings import sponsored
    from studio.ui.dialogs.project_settings import ProjectSettingsDialog

    qtbot.waitExposed(window)
    assert not sponsored(doc.project)

    def exec_(dialog: ProjectSettingsDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        box = dialog.fields.sponsored_box
        qtbot.keyClick(box, Qt.Key.Key_Space) if box.hasFocus() else qtbot.mouseClick(
            box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2)
        )
        assert box.isChecked()
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        return int(dialog.result())

    monkeypatch.setattr(ProjectSettingsDialog, "exec", exec_)
    window.activateWindow()
    qtbot.keyClick(
        window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    )
    assert sponsored(doc.project)
    assert reopen(doc.pf.path).settings["sponsored"] is True
    doc.undo()
    assert not sponsored(doc.project)
