"""The Creators tab as a team lead uses it: edit cells, add and reorder, paste from Excel, import, brief, check.

Real widgets on the Chinese sample; every change is one undo step and is read back from the file.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QComboBox, QDialog

from studio.ui.views.creator_list import CreatorListView
from studio.ui.views.creator_list_model import CreatorListModel
from tests.imports import hostile_books
from tests.ui.background import imported

NAME, PLATFORM, HANDLE, VARIANT, STATUS, LINK, PLAYS, ORDERS, GMV, NOTES = range(10)


@pytest.fixture
def view(zh_doc, qtbot) -> CreatorListView:
    widget = CreatorListView(zh_doc)
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    return widget


def _edit(view: CreatorListView, row: int, column: int, text: str) -> bool:
    return view.model.setData(view.model.index(row, column), text, Qt.ItemDataRole.EditRole)


def test_cells_show_the_sample_with_translated_words(view: CreatorListView) -> None:
    m = view.model
    assert m.rowCount() == 6 and m.columnCount() == 10
    assert m.index(0, NAME).data() == "小鹿" and m.index(0, PLAYS).data() == "52,000"
    assert m.index(0, STATUS).data() == "Posted"  # the tests' interface is English
    assert m.index(0, PLATFORM).data() == "Douyin"
    assert m.index(0, LINK).data(Qt.ItemDataRole.FontRole).underline()
    assert "6 creators" in view.summary.text() and "198,000 plays" in view.summary.text()


def test_a_cell_edit_is_one_step_that_reaches_the_file(zh_doc, view: CreatorListView, reopen) -> None:
    steps = zh_doc.undo_stack.count()
    assert _edit(view, 1, PLAYS, "1.2万") and _edit(view, 1, GMV, "¥3,980.5")
    assert _edit(view, 1, LINK, "4.12 复制打开抖音，看看【阿May的作品】 https://v.douyin.com/iRNBho2/ 07/31")
    assert zh_doc.undo_stack.count() == steps + 3
    assert zh_doc.project.creators[1].plays == 12000 and view.model.index(1, PLAYS).data() == "12,000"
    zh_doc.undo_stack.undo()
    assert zh_doc.project.creators[1].link == ""
    zh_doc.undo_stack.redo()
    saved = reopen(zh_doc).creators[1]
    assert (saved.plays, saved.gmv, saved.link) == (12000, 3980.5, "https://v.douyin.com/iRNBho2/")


@pytest.mark.parametrize(
    ("column", "text", "words"),
    [
        (PLAYS, "-5", "Plays “-5” cannot be negative."),
        (PLAYS, "很多", "is not a number"),
        (LINK, "见主页", "is not a web link"),
        (NAME, "橙子", "already a creator called “橙子”"),
        (NAME, "", "A creator needs a name."),
        (NOTES, '=HYPERLINK("http://evil")', "run as a formula"),
        (HANDLE, "a\x00b", "control characters"),
        (VARIANT, "钩子Z", "no variant “钩子Z”; its variants: 基础版"),
    ],
)
def test_a_bad_value_is_refused_in_one_clear_line(zh_doc, view: CreatorListView, column: int, text: str,
                                                  words: str) -> None:  # fmt: skip
    before = list(zh_doc.project.creators)
    steps = zh_doc.undo_stack.count()
    assert not _edit(view, 1, column, text)
    assert view.message.isVisible() and words in view.message.text()
    assert zh_doc.project.creators == before and zh_doc.undo_stack.count() == steps
    assert _edit(view, 1, PLAYS, "100") and not view.message.isVisible()  # a good edit clears it


def test_choices_come_from_the_app_and_the_project(zh_doc, view: CreatorListView, qtbot) -> None:
    index = view.model.index(1, STATUS)
    view.table.setCurrentIndex(index)
    view.table.edit(index)
    editor = view.table.findChild(QComboBox)
    assert editor is not None
    assert [editor.itemText(i) for i in range(editor.count())] == [
        "Invited",
        "Briefed",
        "Filming",
        "Posted",
        "Paid",
    ]
    editor.setCurrentIndex(editor.findData("filming"))
    view.table.commitData(editor)
    assert zh_doc.project.creators[1].status == "filming"
    delegate = view.table.itemDelegate()
    choices = delegate.choices("variant")  # type: ignore[attr-defined]
    # shown by name, kept by id (a rename keeps the creator's variant)
    assert [label for label, _value in choices][1:] == ["基础版", "价格钩子", "口碑证明", "证言结尾"]
    assert [value for _label, value in choices] == ["", *(v.id for v in zh_doc.script.variants)]
    platforms = [value for _label, value in delegate.choices("platform")]  # type: ignore[attr-defined]
    assert platforms[:4] == ["", "douyin", "kuaishou", "wechat_channels"]


def test_add_duplicate_move_remove_each_one_step(zh_doc, view: CreatorListView, reopen) -> None:
    steps = zh_doc.undo_stack.count()
    view.table.setCurrentIndex(view.model.index(0, NAME))
    view.add()
    assert [t.name for t in zh_doc.project.creators][:2] == ["小鹿", "New creator"]
    view.add()
    assert zh_doc.project.creators[2].name == "New creator 2"
    view.table.selectRow(0)
    view.duplicate()
    copy = zh_doc.project.creators[1]
    assert (
        copy.name == "小鹿 2"
        and copy.handle == "@xiaolu_skin"
        and copy.plays == 0
        and copy.status == "invited"
    )
    view.table.selectRow(1)
    view.move_down()
    assert zh_doc.project.creators[2].name == "小鹿 2"
    view.table.selectRow(2)
    view.delete()
    assert "小鹿 2" not in [t.name for t in zh_doc.project.creators]
    assert zh_doc.undo_stack.count() == steps + 5
    zh_doc.undo_stack.undo()  # the removal
    assert zh_doc.project.creators[2].name == "小鹿 2"
    saved = reopen(zh_doc)
    assert [t.name for t in saved.creators][:4] == ["小鹿", "New creator", "小鹿 2", "New creator 2"]


def test_paste_from_excel_is_one_step_and_a_bad_row_changes_nothing(
    zh_doc, view: CreatorListView, reopen
) -> None:
    steps = zh_doc.undo_stack.count()
    cells = ("达人昵称\t平台\t抖音号\t合作状态\t播放量\t成交订单数\t成交金额(元)\r\n"
             "糖糖\t抖音\t@tangtang\t已寄样\t\t\t\r\n小鹿\t抖音\t@xiaolu_skin\t已结算\t5.3万\t312\t30,888\r\n")  # fmt: skip
    assert view.paste_text(cells)
    assert zh_doc.undo_stack.count() == steps + 1
    names = [t.name for t in zh_doc.project.creators]
    assert names[-1] == "糖糖" and zh_doc.project.creators[0].plays == 53000
    bad = "达人昵称\t播放量\n坏数\t-3\n"
    assert not view.paste_text(bad)
    assert "Row 2" in view.message.text() and "cannot be negative" in view.message.text()
    assert zh_doc.undo_stack.count() == steps + 1 and "坏数" not in [t.name for t in zh_doc.project.creators]
    headless = "阿杰\t快手\n"  # no header: the table's own column order
    assert view.paste_text(headless) and zh_doc.project.creators[5].platform == "kuaishou"
    zh_doc.undo_stack.undo()
    zh_doc.undo_stack.undo()
    assert [t.name for t in zh_doc.project.creators] == names[:-1]
    assert reopen(zh_doc).creators[0].plays == 52000


def test_import_previews_then_applies_in_one_step(zh_doc, view: CreatorListView, tmp_path: Path, monkeypatch,
                                                  reopen, qtbot) -> None:  # fmt: skip
    from studio.ui.dialogs.creator_list_import_dialog import ImportPreviewDialog

    source = tmp_path / "11月达人名单.csv"
    source.write_bytes(
        "达人昵称,平台,抖音号,分配版本,合作状态\n糖糖,抖音,@tangtang,口碑证明,已邀约\n".encode("gb18030")
    )
    shown: list[list[str]] = []

    def accept(dialog: ImportPreviewDialog) -> int:
        shown.append([dialog.names.item(i).text() for i in range(dialog.names.count())])
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportPreviewDialog, "exec", accept)
    steps = zh_doc.undo_stack.count()
    assert imported(view, qtbot, str(source))
    assert shown == [["+ 糖糖"]] and zh_doc.undo_stack.count() == steps + 1
    saved = reopen(zh_doc)
    assert saved.creators[-1].variant == saved.scripts[0].variant("口碑证明").id


def test_hostile_or_bad_lists_are_refused_in_one_line(zh_doc, view: CreatorListView, tmp_path: Path,
                                                      monkeypatch, qtbot) -> None:  # fmt: skip
    from studio.ui.dialogs.creator_list_import_dialog import ImportPreviewDialog

    shown: list[ImportPreviewDialog] = []
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda d: shown.append(d) or 1)
    before = list(zh_doc.project.creators)
    bomb = hostile_books.entity_expansion(tmp_path / "bomb.xlsx")
    assert not imported(view, qtbot, str(bomb))
    assert "bomb.xlsx is damaged or holds what no spreadsheet program writes" in view.message.text()
    far = hostile_books.far_cell(tmp_path / "far.xlsx")
    assert not imported(view, qtbot, str(far)) and "too large" in view.message.text()
    bad = tmp_path / "bad.csv"
    bad.write_text("达人昵称,视频链接\n糖糖,主页有\n", "utf-8")
    assert not imported(
        view, qtbot, str(bad)
    )  # its only row is bad: listed in the preview, nothing to import
    assert shown[-1].problems.item(0).text().startswith("Row 2:") and not shown[-1].import_button.isEnabled()
    assert zh_doc.project.creators == before


def test_creator_brief_for_the_selected_creator(
    zh_doc, view: CreatorListView, tmp_path: Path, monkeypatch, qtbot
) -> None:
    import studio.ui.dialogs.export as export_dialog

    told: list[list[Path]] = []
    monkeypatch.setattr(export_dialog, "tell_exported", lambda _parent, paths, *_notes: told.append(paths))
    target = tmp_path / "橙子.docx"
    captions: list[str] = []
    monkeypatch.setattr(
        "studio.ui.views.creator_list.QFileDialog.getSaveFileName",
        lambda _parent, caption, *a, **k: (captions.append(caption), (str(target), ""))[1],
    )
    assert view.buttons["brief"].text() == "Creator brief…"  # a creator's, never "talent"
    view.table.setCurrentIndex(view.model.index(2, NAME))
    view.creator_brief()
    job = view.brief_job
    assert job is not None  # written in the background; the window stays usable meanwhile
    qtbot.waitUntil(lambda: bool(job.finished), timeout=240_000)
    assert told == [[target]] and captions == ["Creator brief for 橙子"]
    text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    assert "橙子" in text and "@chengzi_mua" in text and "小鹿" not in text


@pytest.mark.parametrize(
    "name", ["小鹿/Coco", 'a:b*?"<>|', "<b>粗</b> & 💄", "..", "焕亮精华达人" * 20, "\u202eCON"]
)
def test_creator_brief_of_a_creator_whose_name_is_no_file_name(
    zh_doc, view: CreatorListView, tmp_path: Path, monkeypatch, name: str, qtbot
) -> None:
    """A name with a slash made the suggested file name raise (nothing was exported); the brief is
    written under a safe name, and the page, re-read, names the creator as typed."""
    import dataclasses

    import studio.ui.dialogs.export as export_dialog

    zh_doc.project.creators = [dataclasses.replace(zh_doc.project.creators[2], name=name)]
    view.model.beginResetModel()
    view.model.endResetModel()
    suggested: list[str] = []

    def ask(_parent: object, _title: str, path: str, _filter: str) -> tuple[str, str]:
        suggested.append(path)
        return path, ""

    monkeypatch.setattr(export_dialog, "tell_exported", lambda _parent, paths, *_notes: None)
    monkeypatch.setattr("studio.ui.views.creator_list.QFileDialog.getSaveFileName", ask)
    view.table.setCurrentIndex(view.model.index(0, NAME))
    view.creator_brief()
    job = view.brief_job
    assert job is not None
    qtbot.waitUntil(lambda: bool(job.finished), timeout=240_000)
    written = Path(suggested[0])
    assert written.parent == zh_doc.pf.path.parent and written.suffix == ".docx" and written.exists()
    assert not any(ch in written.name for ch in '/\\:*?"<>|\u202e')
    assert len(written.name.encode("utf-8")) <= 200
    text = "\n".join(p.text for p in docx.Document(str(written)).paragraphs)
    assert name in text


def test_ctrl_click_opens_the_video_link(view: CreatorListView, qtbot, monkeypatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(
        "studio.ui.views.creator_list.QDesktopServices.openUrl",
        lambda url: opened.append(url.toString()) or True,
    )
    rect = view.table.visualRect(view.model.index(0, LINK))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == []  # a plain click selects
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                     rect.center())  # fmt: skip
    assert opened and QUrl(opened[0]).host() == "www.douyin.com"


def test_returned_script_checked_in_the_window(view: CreatorListView, tmp_path: Path) -> None:
    back = tmp_path / "橙子回稿.txt"
    back.write_text("熬夜党看过来！这是全网最火的国家级好物，温和提亮。\n", "utf-8")
    box = view.show_check(str(back))
    assert box is not None and "Send it back" in box.text()
    assert "国家级" in box.informativeText() and "Line 1" in box.informativeText()
    box.close()
    good = tmp_path / "ok.txt"
    good.write_text("熬夜党看过来！这瓶烟酰胺精华，温和提亮。\n今天下单立减50。\n", "utf-8")
    box = view.show_check(str(good))
    assert box is not None and "Ready to shoot" in box.text()
    box.close()
    many = tmp_path / "many.txt"  # a script full of breaches made a box thousands of pixels tall
    many.write_text("\n".join(f"第{i}句：全网最低价，国家级认证，绝对第一！" for i in range(200)), "utf-8")
    box = view.show_check(str(many))
    assert box is not None and box.sizeHint().height() < 700 and box.height() < 700
    assert "more: Show Details" in box.informativeText() and box.informativeText().count("\n") < 16
    assert "Line 200" in box.detailedText() and box.detailedText().count("\n") > 400
    box.close()
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert view.show_check(str(empty)) is None  # no box saying every must-say line is missing
    assert view.message.text() == "empty.txt holds no script text: nothing to check."


def test_the_edit_menu_acts_on_the_tab(zh_window, qtbot) -> None:
    zh_window.resize(1366, 768)
    index = list(zh_window.pages).index("creators")
    assert zh_window.tabs.tabText(index) == "达人"
    view = zh_window.show_tab("creators")
    qtbot.waitUntil(view.isVisible)
    assert isinstance(view.model, CreatorListModel)
    assert [view.model.headerData(c, Qt.Orientation.Horizontal) for c in (NAME, PLATFORM, STATUS, PLAYS)] == [
        "达人", "平台", "状态", "播放量"]  # fmt: skip
    assert view.model.index(0, STATUS).data() == "已发布" and view.model.index(0, PLATFORM).data() == "TikTok"
    view.table.selectRow(1)
    zh_window.menus.update_edit_actions()
    assert zh_window.menus.edit["delete"].isEnabled() and zh_window.menus.edit["duplicate"].isEnabled()
    count = len(zh_window.doc.project.creators)
    zh_window.menus.edit["delete"].trigger()
    assert len(zh_window.doc.project.creators) == count - 1
    zh_window.doc.undo()
    assert len(zh_window.doc.project.creators) == count
    assert not view.model.setData(view.model.index(0, PLAYS), "-5", Qt.ItemDataRole.EditRole)
    assert view.message.text() == "播放量“-5”不能是负数。"
    assert not view.model.setData(view.model.index(0, LINK), "看主页", Qt.ItemDataRole.EditRole)
    assert view.message.text() == "“看主页”不是网页链接（http:// 或 https://）。"
    assert not view.paste_text("达人昵称\t平台\n新人\t豆瓣\n")
    assert view.message.text().startswith("第 2 行：“豆瓣”不是 Studio 支持的平台；可用：抖音、快手、视频号")
    assert "小红书、B站、微博" in view.message.text()
    # Every column fits beside the docks of a laptop's screen, in Chinese.
    header = view.table.horizontalHeader()
    assert header.length() <= view.table.viewport().width() + 1


def test_readonly_file_cannot_be_edited(zh_doc, view: CreatorListView, monkeypatch) -> None:
    monkeypatch.setattr(type(zh_doc), "readonly", property(lambda _self: True))
    assert not (view.model.flags(view.model.index(0, NAME)) & Qt.ItemFlag.ItemIsEditable)
    assert not view.can_edit("paste") and not view.can_edit("delete")


def test_a_huge_or_hostile_clipboard_is_refused_without_a_change(zh_doc, view: CreatorListView) -> None:
    from studio.imports.creator_list_import import MAX_ROWS

    before = list(zh_doc.project.creators)
    steps = zh_doc.undo_stack.count()
    rows = "达人昵称\t播放量\n" + "".join(f"c{i}\t{i}\n" for i in range(MAX_ROWS + 50))
    assert not view.paste_text(rows) and "more than 2000 rows" in view.message.text()
    assert not view.paste_text("达人昵称\t备注\n小鹿\t" + "长" * 5000 + "\n")
    assert "longer than 4000 characters" in view.message.text()
    assert (
        not view.paste_text("平台\t播放量\n抖音\t3\n") and "no column of creator names" in view.message.text()
    )
    assert not view.paste_text("  \n") and "no cells" in view.message.text()
    assert zh_doc.project.creators == before and zh_doc.undo_stack.count() == steps


def test_copied_rows_paste_back_unchanged_and_into_another_project(zh_doc, view: CreatorListView, qtbot,
                                                                   sample_path_en) -> None:  # fmt: skip
    from PySide6.QtGui import QGuiApplication

    from studio.store.document import ProjectFile
    from studio.ui.document_controller import DocumentController

    assert _edit(view, 0, NOTES, "已寄样\n两盒") and _edit(view, 0, GMV, "30690.55")
    view.table.selectAll()
    view.copy()
    copied = QGuiApplication.clipboard().text()
    assert copied.splitlines()[0].split("\t")[:3] == ["Name", "Platform", "Handle"]
    steps = zh_doc.undo_stack.count()
    assert not view.paste_text(copied) and "already in the list" in view.message.text()
    assert zh_doc.undo_stack.count() == steps
    other = DocumentController(ProjectFile.open(sample_path_en))
    try:
        target = CreatorListView(other)
        qtbot.addWidget(target)
        # The English sample's variants have other names: creators on 基础版 go to its Base.
        rows = list(csv.reader(io.StringIO(copied), dialect=csv.excel_tab))
        kept = [rows[0]] + [
            [c.replace("基础版", "Base") for c in r] for r in rows[1:] if r[VARIANT] == "基础版"
        ]
        out = io.StringIO()
        csv.writer(out, dialect=csv.excel_tab).writerows(kept)
        assert len(kept) == 3 and target.paste_text(out.getvalue())
        got = {t.name: t for t in other.project.creators}
        assert (
            got["小鹿"].notes == "已寄样\n两盒"
            and got["小鹿"].gmv == 30690.55
            and got["大白"].status == "paid"
        )
    finally:
        other.close()


def test_removing_several_then_all_keeps_a_sensible_selection(zh_doc, view: CreatorListView) -> None:
    view.table.selectRow(4)
    view.table.selectionModel().select(
        view.model.index(5, NAME), view.table.selectionModel().SelectionFlag.Select
    )
    view.delete()
    assert [t.name for t in zh_doc.project.creators] == ["小鹿", "阿May", "橙子", "大白"]
    assert view.table.currentIndex().row() == 3
    view.table.selectAll()
    view.delete()
    assert zh_doc.project.creators == [] and "No creators yet" in view.summary.text()  # and how to add them
    assert not view.buttons["remove"].isEnabled() and not view.buttons["brief"].isEnabled()
    zh_doc.undo_stack.undo()
    assert len(zh_doc.project.creators) == 4


def test_the_cursor_stays_on_the_cell_after_an_edit_and_its_undo(zh_doc, view: CreatorListView) -> None:
    view.table.setCurrentIndex(view.model.index(3, PLAYS))
    assert _edit(view, 3, PLAYS, "40000")
    assert (view.table.currentIndex().row(), view.table.currentIndex().column()) == (3, PLAYS)
    zh_doc.undo_stack.undo()
    assert view.table.currentIndex().row() == 3 and view.model.index(3, PLAYS).data() == "38,000"


def test_import_that_disagrees_lists_each_value_and_keeps_them_when_asked(
    zh_doc, view: CreatorListView, tmp_path: Path, monkeypatch, qtbot, reopen
) -> None:
    from studio.ui.dialogs.creator_list_import_dialog import ImportPreviewDialog

    source = tmp_path / "名单.csv"
    source.write_text("达人昵称,合作状态,播放量,备注\n小鹿,已结算,4.8万,复投\n", "utf-8-sig")
    before = next(t for t in zh_doc.project.creators if t.name == "小鹿")
    shown: list[list[str]] = []

    def keep(dialog: ImportPreviewDialog) -> int:
        dialog.show()
        shown.append([dialog.names.item(i).text() for i in range(dialog.names.count())])
        assert dialog.keep.isVisible() and not dialog.keep.isChecked()
        dialog.keep.setFocus()
        qtbot.waitUntil(dialog.keep.hasFocus)
        qtbot.keyClick(dialog.keep, Qt.Key.Key_Space)
        shown.append([dialog.names.item(i).text() for i in range(dialog.names.count())])
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportPreviewDialog, "exec", keep)
    steps = zh_doc.undo_stack.count()
    assert imported(view, qtbot, str(source))
    replacing, keeping = shown
    assert "~ 小鹿" in replacing and any("52,000 → 48,000" in line for line in replacing)
    assert any("52,000 kept (the list says 48,000)" in line for line in keeping)
    got = next(t for t in zh_doc.project.creators if t.name == "小鹿")
    assert (got.status, got.plays, got.notes) == (before.status, 52000, "复投")
    assert zh_doc.undo_stack.count() == steps + 1  # one step
    assert next(t for t in reopen(zh_doc).creators if t.name == "小鹿").notes == "复投"
    zh_doc.undo_stack.undo()
    assert next(t for t in zh_doc.project.creators if t.name == "小鹿") == before


def test_the_roster_conflict_reads_in_chinese(zh_doc, tmp_path: Path, qtbot, qapp) -> None:
    from studio.imports.creator_list_import import keeping_agreeing, preview_file
    from studio.ui.app import Translators
    from studio.ui.dialogs.creator_list_import_dialog import ImportPreviewDialog

    source = tmp_path / "名单.csv"
    source.write_text("达人昵称,播放量\n小鹿,4.8万\n", "utf-8-sig")
    plan = preview_file(zh_doc.project, source)
    translators = Translators(qapp)
    translators.install("zh")
    try:
        dialog = ImportPreviewDialog(plan, source.name, None, keeping_agreeing(zh_doc.project, plan))
        qtbot.addWidget(dialog)
        assert dialog.keep.text() == "名单与项目不一致时保留项目原值（只填补空白）"
        dialog.keep.setChecked(True)
        lines = [dialog.names.item(i).text() for i in range(dialog.names.count())]
        assert any("保留原值 52,000（名单为 48,000）" in line for line in lines), lines
        assert not dialog.import_button.isEnabled()  # keeping every value changes nothing
    finally:
        translators.install("en")
