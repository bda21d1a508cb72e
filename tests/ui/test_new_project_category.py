"""The new-project dialog sets the product category, whose compliance rules the guide then applies."""

from __future__ import annotations

from studio.guide.checker import check_project
from studio.models import ops
from studio.models.enums import BeatKind, ProductCategory
from tests.ui.conftest import reopen


def test_category_chosen_in_the_dialog_is_saved_and_checked(tmp_path, qtbot):
    from studio.ui.dialogs.new_project import NewProjectDialog

    dialog = NewProjectDialog(str(tmp_path))
    qtbot.addWidget(dialog)
    assert dialog.category_box.currentData() == "general"
    assert [dialog.category_box.itemData(i) for i in range(dialog.category_box.count())] == [
        c.value for c in ProductCategory
    ]
    dialog.category_box.setCurrentIndex(dialog.category_box.findData("cosmetics"))
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("zh"))
    dialog.path_edit.setText(str(tmp_path / "serum"))
    pf = dialog.create_project()
    pf.close()
    project = reopen(tmp_path / "serum.studio")
    assert project.category is ProductCategory.COSMETICS
    shot = next(b for b in project.scripts[0].beats if b.kind is BeatKind.SOLUTION).alternatives[0].shots[0]
    ops.set_field(project, shot, "voiceover", "美白淡斑精华")
    assert {f.args["term"] for f in check_project(project) if f.rule == "adlaw.medical"} == {"美白", "淡斑"}


def test_category_names_are_in_chinese_with_a_chinese_interface(zh_window, qtbot):
    from studio.ui.dialogs.new_project import NewProjectDialog

    dialog = NewProjectDialog(".", zh_window)
    qtbot.addWidget(dialog)
    names = [dialog.category_box.itemText(i) for i in range(dialog.category_box.count())]
    assert names == ["通用", "化妆品", "普通食品", "保健食品", "服装", "电子产品"]
