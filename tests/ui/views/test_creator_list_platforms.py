"""Creators on 小红书, B站, 微博 … as a creator-matrix team enters them: drop-down, paste, import, brief, results."""

from __future__ import annotations

from pathlib import Path

import docx
from PySide6.QtWidgets import QComboBox

from studio.models.platforms import PRESETS
from studio.ui.views.creator_list import CreatorListView
from studio.ui.views.creator_list_model import CreatorListModel
from tests.ui.background import imported

NAME, PLATFORM = 0, 1


def test_the_drop_down_lists_the_creator_platforms_and_a_choice_reaches_the_file(
    zh_doc, qtbot, reopen
) -> None:
    view = CreatorListView(zh_doc)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    index = view.model.index(1, PLATFORM)
    view.table.setCurrentIndex(index)
    view.table.edit(index)
    editor = view.table.indexWidget(index) or view.table.findChild(QComboBox)
    assert isinstance(editor, QComboBox)
    values = [editor.itemData(i) for i in range(editor.count())]
    assert values[1 : 1 + len(PRESETS)] == list(PRESETS)  # the video presets first, as before
    assert {"xiaohongshu", "bilibili", "weibo"} <= set(values)
    labels = [editor.itemText(i) for i in range(editor.count())]
    assert "Xiaohongshu (RED)" in labels and "Bilibili" in labels  # the tests' interface is English
    editor.setCurrentIndex(editor.findData("xiaohongshu"))
    view.table.commitData(editor)
    view.table.closeEditor(editor, view.table.itemDelegate().EndEditHint.NoHint)
    assert view.model.index(1, PLATFORM).data() == "Xiaohongshu (RED)"
    assert reopen(zh_doc).creators[1].platform == "xiaohongshu"


def test_pasted_and_imported_rosters_read_red_bilibili_and_weibo(zh_doc, qtbot, tmp_path: Path, monkeypatch,
                                                                reopen) -> None:  # fmt: skip
    view = CreatorListView(zh_doc)
    qtbot.addWidget(view)
    assert view.paste_text("达人昵称\t平台\t账号\n种草小王\t红书\t@wang_xhs\n阿B\tB站\t@abili\n")
    names = {t.name: t.platform for t in zh_doc.project.creators}
    assert (names["种草小王"], names["阿B"]) == ("xiaohongshu", "bilibili")
    roster = tmp_path / "矩阵.csv"
    roster.write_text("达人昵称,平台\n微微,微博\n小圆,xhs\n老哔,哔哩哔哩\n", "utf-8-sig")
    monkeypatch.setattr(
        "studio.ui.dialogs.creator_list_import_dialog.ImportPreviewDialog.exec", lambda _self: 1
    )
    assert imported(view, qtbot, str(roster))
    saved = {t.name: t.platform for t in reopen(zh_doc).creators}
    assert (saved["微微"], saved["小圆"], saved["老哔"], saved["种草小王"]) == (
        "weibo", "xiaohongshu", "bilibili", "xiaohongshu")  # fmt: skip


def test_chinese_interface_names_them_in_chinese_and_the_brief_and_results_too(zh_window, qtbot, tmp_path: Path,
                                                                              monkeypatch) -> None:  # fmt: skip
    zh_window.resize(1366, 768)
    view = zh_window.show_tab("creators")
    qtbot.waitUntil(view.isVisible)
    assert isinstance(view.model, CreatorListModel)
    assert view.paste_text("达人昵称\t平台\t账号\n种草小王\tRED\t@wang_xhs\n")
    row = next(i for i, t in enumerate(zh_window.doc.project.creators) if t.name == "种草小王")
    assert view.model.index(row, PLATFORM).data() == "小红书"
    import studio.ui.dialogs.export as export_dialog

    monkeypatch.setattr(export_dialog, "tell_exported", lambda *_a: None)
    target = tmp_path / "brief.docx"
    job = view.export_brief(zh_window.doc.project.creators[row], target)
    assert job is not None  # written in the background: the window stays usable meanwhile
    qtbot.waitUntil(lambda: bool(job.finished), timeout=240_000)
    assert job.outcome is not None and job.outcome[0] == "done" and job.outcome[1][0] == [target]
    text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    named = (
        "小红书" if zh_window.doc.project.language == "zh" else "Xiaohongshu (RED)"
    )  # the brief's language
    assert "@wang_xhs" in text and named in text
    assert "xiaohongshu" not in text  # named, never the file's id
    from studio.ui.views.results_creators import CreatorsPanel

    panel = CreatorsPanel()
    qtbot.addWidget(panel)
    panel.resize(1000, 600)
    panel.set_source(zh_window.doc.project, zh_window.doc.project.scripts[0], "¥")
    panel.show()
    qtbot.waitUntil(panel.isVisible)
    items = [panel.table.item(r, 0) for r in range(panel.table.rowCount())]
    tips = [item.toolTip() for item in items if item is not None and item.text() == "种草小王"]
    assert len(tips) == 1 and "小红书" in tips[0] and "xiaohongshu" not in tips[0]
