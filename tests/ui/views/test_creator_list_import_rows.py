"""A 300-creator roster with 7 bad cells in the window: every bad row previewed, the good ones imported in one step."""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.ui.dialogs.creator_list_import_dialog import ImportPreviewDialog
from studio.ui.views.creator_list import CreatorListView
from tests.imports.test_creator_list_import import SEVEN, _roster_300
from tests.ui.background import imported


@pytest.fixture
def roster(tmp_path: Path) -> Path:
    path = tmp_path / "11月达人矩阵.csv"
    path.write_text(_roster_300(SEVEN), "utf-8-sig")
    return path


def _catch(monkeypatch, accept: bool) -> list[ImportPreviewDialog]:
    shown: list[ImportPreviewDialog] = []

    def run(dialog: ImportPreviewDialog) -> int:
        dialog.resize(dialog.size().boundedTo(dialog.screen().availableSize()))
        dialog.show()
        shown.append(dialog)
        return 1 if accept else 0

    monkeypatch.setattr(ImportPreviewDialog, "exec", run)
    return shown


def test_bad_rows_are_listed_and_the_good_ones_imported_in_one_step(zh_doc, qtbot, roster: Path, monkeypatch,
                                                                   reopen) -> None:  # fmt: skip
    view = CreatorListView(zh_doc)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    before, steps = list(zh_doc.project.creators), zh_doc.undo_stack.count()
    shown = _catch(monkeypatch, accept=False)
    assert not imported(view, qtbot, str(roster))  # cancelled: nothing changes
    assert zh_doc.project.creators == before and zh_doc.undo_stack.count() == steps
    dialog = shown[0]
    assert dialog.skipped_label.isVisible() and dialog.problems.isVisible()
    assert dialog.skipped_label.text().startswith("7 of 300 rows hold a bad value and will not be imported")
    assert "(rows 5, 48, 77, 120, 199, 250, 301)" in dialog.skipped_label.text()
    lines = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert lines == [
        "Row 5: Plays “-30” cannot be negative.",
        "Row 48: “豆瓣” is not a platform Studio knows; use one of Douyin, Kuaishou, WeChat Channels, TikTok, "
        "Instagram Reels, YouTube Shorts, Xiaohongshu (RED), Bilibili, Weibo, Zhihu, Taobao, YouTube, Instagram.",
        "Row 77: “搁置” is not a status; use one of Invited, Briefed, Filming, Posted, Paid.",
        "Row 120: “看主页” is not a web link (http:// or https://).",
        "Row 199: Orders “1.5” must be a whole number.",
        "Row 250: Notes “=HYPERLINK(1)” starts with “=”, which spreadsheets run as a formula when exported.",
        "Row 301: A creator needs a name.",
    ]
    assert dialog.import_button.text() == "Import the other 293 rows" and dialog.import_button.isEnabled()
    assert dialog.frameGeometry().width() <= 1366 and dialog.frameGeometry().height() <= 768
    dialog.close()
    shown = _catch(monkeypatch, accept=True)
    assert imported(view, qtbot, str(roster))
    assert zh_doc.undo_stack.count() == steps + 1  # one step
    assert "rows 5, 48, 77, 120, 199, 250, 301 were not imported" in view.message.text()
    assert view.message.isVisible()
    zh_doc.undo()  # as Edit > Undo does it: the whole import in one step
    assert zh_doc.project.creators == before
    zh_doc.redo()
    saved = reopen(zh_doc).creators
    assert len(saved) == len(before) + 293 and saved[: len(before)] == before
    assert {"达人003", "达人046"} & {t.name for t in saved} == set()


def test_a_list_of_only_bad_rows_is_previewed_with_import_off(
    zh_doc, qtbot, tmp_path: Path, monkeypatch
) -> None:
    view = CreatorListView(zh_doc)
    qtbot.addWidget(view)
    bad = tmp_path / "bad.csv"
    bad.write_text("达人昵称,播放量\n甲,很多\n乙,-1\n", "utf-8")
    shown = _catch(monkeypatch, accept=True)
    before = list(zh_doc.project.creators)
    assert not imported(view, qtbot, str(bad))
    assert not shown[0].import_button.isEnabled() and shown[0].problems.count() == 2
    assert zh_doc.project.creators == before


def test_more_than_fifty_bad_values_are_counted_after_fifty(
    zh_doc, qtbot, tmp_path: Path, monkeypatch
) -> None:
    view = CreatorListView(zh_doc)
    qtbot.addWidget(view)
    many = tmp_path / "many.csv"
    many.write_text(_roster_300({r: ("播放量", "很多") for r in range(2, 122)}), "utf-8-sig")
    shown = _catch(monkeypatch, accept=False)
    imported(view, qtbot, str(many))
    problems = shown[0].problems
    assert problems.count() == 51 and problems.item(50).text() == "… and 70 more bad values"
    assert shown[0].skipped_label.text().count(",") == 49 and "…" in shown[0].skipped_label.text()


def test_the_preview_in_chinese(zh_window, qtbot, roster: Path, monkeypatch) -> None:
    zh_window.resize(1366, 768)
    view = zh_window.show_tab("creators")
    qtbot.waitUntil(view.isVisible)
    shown = _catch(monkeypatch, accept=True)
    assert imported(view, qtbot, str(roster))
    dialog = shown[0]
    assert dialog.skipped_label.text() == (
        "300 行中有 7 行含错误值，不会导入（第 5、48、77、120、199、250、301 行）。请在文件中改正后再导入一次，即可加入这些行。"
    )
    lines = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert lines[0] == "第 5 行：播放量“-30”不能是负数。" and lines[-1] == "第 301 行：达人需要有昵称。"
    assert dialog.import_button.text() == "导入其余 293 行"
    assert (
        view.message.text()
        == "11月达人矩阵.csv：第 5、48、77、120、199、250、301 行含错误值，未导入；改正后请再导入一次该文件。"
    )


def test_a_paste_with_bad_rows_pastes_the_good_ones_and_lists_every_bad_one(zh_doc, qtbot) -> None:
    view = CreatorListView(zh_doc)
    qtbot.addWidget(view)
    before, steps = list(zh_doc.project.creators), zh_doc.undo_stack.count()
    cells = "达人昵称\t播放量\n新人\t100\n坏数\t-3\n好人\t20\n错链\t很多\n空\t1.5\n"
    assert view.paste_text(cells)
    lines = view.message.text().split("\n")
    assert lines[0] == (
        "Added 2, updated 0 creators. Left out, 3 rows with a bad value; fix them and paste those rows again:"
    )
    assert lines[1] == "Row 3: Plays “-3” cannot be negative."
    assert [line.split(":")[0] for line in lines[1:]] == ["Row 3", "Row 5", "Row 6"]  # each with its column
    assert all("Plays" in line for line in lines[1:]), lines
    names = [t.name for t in zh_doc.project.creators]
    assert names == [t.name for t in before] + ["新人", "好人"]
    assert zh_doc.undo_stack.count() == steps + 1  # the good rows are one undo step
    zh_doc.undo_stack.undo()
    assert zh_doc.project.creators == before


def test_a_long_paste_names_every_bad_row(zh_doc, qtbot) -> None:
    view = CreatorListView(zh_doc)
    qtbot.addWidget(view)
    rows = "".join(f"c{i}\t{-i if i % 10 == 0 else i}\n" for i in range(1, 301))
    assert view.paste_text("达人昵称\t播放量\n" + rows)
    lines = view.message.text().split("\n")
    assert "30 rows with a bad value" in lines[0] and len(lines) == 22
    named = [int(line.split(":")[0].split()[1]) for line in lines[1:21]]
    assert named == list(range(11, 202, 10))  # header is row 1: c10 is row 11
    assert lines[21] == "Rows " + ", ".join(str(r) for r in range(211, 302, 10)) + " too."


def test_a_paste_with_bad_rows_in_chinese(zh_window, qtbot) -> None:
    zh_window.resize(1366, 768)
    view = zh_window.show_tab("creators")
    qtbot.waitUntil(view.isVisible)
    assert not view.paste_text("达人昵称\t平台\n新人\t豆瓣\n再来\t人人网\n")  # no good row: nothing pasted
    assert view.message.text().startswith("第 2 行：“豆瓣”不是 Studio 支持的平台")
    assert view.message.text().endswith("未粘贴任何内容；第 3 行也含错误值。")
    assert view.paste_text("达人昵称\t平台\n新人\t豆瓣\n旧人\t抖音\n再来\t人人网\n")
    lines = view.message.text().split("\n")
    assert lines[0] == "已添加 1 位、更新 0 位达人。另有 2 行含错误值，未粘贴；改正后请再粘贴这些行："
    assert lines[1].startswith("第 2 行：“豆瓣”") and lines[2].startswith("第 4 行：“人人网”")
