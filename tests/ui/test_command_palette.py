"""The command palette finds actions, shots, beats, variants and creators by typing, in Chinese or English."""

from __future__ import annotations

from PySide6.QtCore import Qt

from studio.ui.command_palette import CommandPalette, action_entries, item_entries, search


def test_actions_are_found_by_english_and_by_their_shown_text(window, doc):
    entries = action_entries(window)
    found = search(entries, "duplic")
    assert [(e.title, e.enabled) for e in found] == [
        ("Duplicate Shots", False)
    ]  # listed, greyed: no selection
    doc.select([doc.script.beats[0].alternatives[0].shots[0].id])
    assert [(e.title, e.enabled) for e in search(action_entries(window), "duplic")] == [
        ("Duplicate Shots", True)
    ]
    found = {e.title for e in search(entries, "export")}
    assert "Export" in found
    found = {e.title for e in search(entries, "shot list")}
    assert "Shot list" in found  # the tab


def test_chinese_action_text_is_found_in_a_chinese_window(zh_window):
    entries = action_entries(zh_window)
    assert any(e.kind == "action" for e in search(entries, "导出"))  # Export, typed in Chinese
    assert any(e.kind == "action" for e in search(entries, "export"))  # ... and still in English


def test_items_are_found_by_code_words_and_beat_names_in_both_languages(window, doc):
    entries = item_entries(window)
    hook = doc.script.beats[0]
    shot = hook.alternatives[0].shots[0]
    assert any(e.kind == "shot" and e.title.startswith(shot.code) for e in search(entries, shot.code))
    word = shot.voiceover.split()[0]
    assert any(e.kind == "shot" for e in search(entries, word.lower()))
    assert any(e.kind == "beat" for e in search(entries, "钩子"))  # the hook, by its Chinese name
    assert any(e.kind == "beat" for e in search(entries, "hook"))
    variant = doc.script.variants[-1]
    assert [e.title for e in search(entries, variant.name) if e.kind == "variant"] == [variant.name]
    assert search(entries, "zzzz-nothing") == []


def test_typing_and_enter_run_the_action(window, doc, qtbot):
    palette = CommandPalette(window)
    qtbot.addWidget(palette)
    palette.show()
    palette.field.setText("storyboard")
    assert "Storyboard" in palette.list.currentItem().text()
    qtbot.keyClick(palette.field, Qt.Key.Key_Return)
    assert window.current_key() == "storyboard"
    assert not palette.isVisible()


def test_picking_a_shot_selects_it_and_puts_the_cursor_in_its_voice_over(window, doc, qtbot):
    shot = doc.script.beats[2].alternatives[0].shots[0]
    palette = CommandPalette(window, items_only=True)
    qtbot.addWidget(palette)
    palette.show()
    palette.field.setText(shot.code)
    assert palette.list.count() >= 1 and "Action" not in palette.list.item(0).text()
    palette.run_current()
    assert doc.selection == [shot.id]
    write = window.pages["write"].view
    qtbot.waitUntil(lambda: write.row_for(shot.id).editors["voiceover"].hasFocus(), timeout=3000)


def test_arrow_keys_move_through_the_list_from_the_field(window, qtbot):
    palette = CommandPalette(window)
    qtbot.addWidget(palette)
    palette.show()
    palette.field.setText("a")
    assert palette.list.currentRow() == 0
    qtbot.keyClick(palette.field, Qt.Key.Key_Down)
    assert palette.list.currentRow() == 1 and palette.field.text() == "a"


def test_ctrl_k_opens_the_palette(window, qtbot):
    window.menus.update_edit_actions()
    window.activateWindow()
    next(a for a in window.menus.all_actions() if a.shortcut().toString() == "Ctrl+K").trigger()
    palette = window.findChild(CommandPalette)
    assert palette is not None and palette.isVisible()
    palette.close()


def test_the_brief_and_creators_actions_are_found_and_run_in_both_languages(zh_window, doc, qtbot):
    """Draft from brief, the creators list import, the creator brief and the returned-script check were only
    buttons on their tabs: the palette (and the menus' keyboard) could not reach them."""
    entries = action_entries(zh_window)
    for typed, title in (("起草", "根据简报起草"), ("达人名单", "导入达人名单"), ("达人简报", "达人简报"),
                         ("回稿", "检查达人回稿"), ("draft", "根据简报起草"), ("creator brief", "达人简报"),
                         ("creators list", "导入达人名单"), ("returned script", "检查达人回稿")):  # fmt: skip
        assert title in [e.title for e in search(entries, typed) if e.kind == "action"], typed
    palette = CommandPalette(zh_window)
    qtbot.addWidget(palette)
    palette.show()
    palette.field.setText("达人简报")
    qtbot.keyClick(palette.field, Qt.Key.Key_Return)
    view = zh_window.view("creators")
    assert zh_window.current_key() == "creators" and view.current() is None
    assert view.message.text() == "请先在表格中选中一位达人：简报是为这位达人写的。"
    palette = CommandPalette(zh_window)
    qtbot.addWidget(palette)
    palette.show()
    palette.field.setText("起草")
    qtbot.keyClick(palette.field, Qt.Key.Key_Return)
    assert len(doc.project.scripts) == 2 and doc.script is doc.project.scripts[1]
    assert zh_window.current_key() == "write"


def test_a_creator_is_found_by_name_or_handle_and_opens_selected_on_the_creators_tab(window, doc, qtbot):
    """Creators live on their own tab: the palette finds them as it finds shots, and picking one shows them."""
    palette = CommandPalette(window)
    qtbot.addWidget(palette)
    palette.show()
    palette.field.setText("@priya")  # the handle, as a team lead pastes it from the platform
    assert palette.list.currentItem().text() == "Creator · Priya   @priyaskinlab"
    assert window.view("creators").selected_rows() == []
    qtbot.keyClick(palette.field, Qt.Key.Key_Return)
    view = window.view("creators")
    assert window.current_key() == "creators" and not palette.isVisible()
    assert view.current() is doc.project.creators[2] and view.selected_rows() == [2]
    palette = CommandPalette(window, items_only=True)  # Find lists them too; typing the name works as well
    qtbot.addWidget(palette)
    palette.show()
    palette.field.setText("tom")
    assert palette.list.currentItem().text() == "Creator · Tom   @tom.tries"
    palette.run_current()
    assert view.current().name == "Tom" and view.selected_rows() == [3]
    assert [e.title for e in search(item_entries(window), "nobody-by-this-name") if e.kind == "creator"] == []


def test_a_chinese_creator_is_found_in_a_chinese_window(sample_path, settings, qtbot, qapp):
    from studio.store.document import ProjectFile
    from studio.ui.app import Translators
    from studio.ui.document_controller import DocumentController
    from studio.ui.mainwindow import MainWindow

    translators = Translators(qapp)
    translators.install("zh")
    doc = DocumentController(ProjectFile.open(sample_path))
    try:
        win = MainWindow(doc, None, settings)
        win.replacing = True
        qtbot.addWidget(win)
        win.show()
        for typed, row in (("小鹿", 0), ("@dabai", 3)):
            palette = CommandPalette(win)
            qtbot.addWidget(palette)
            palette.show()
            assert palette.field.placeholderText() == "输入操作、镜头、段落、版本或达人…"
            palette.field.setText(typed)
            item = palette.list.currentItem().text()
            creator = doc.project.creators[row]
            assert item == f"达人 · {creator.name}   {creator.handle}", typed
            qtbot.keyClick(palette.field, Qt.Key.Key_Return)
            view = win.view("creators")
            assert win.current_key() == "creators" and view.selected_rows() == [row]
            assert view.model.index(row, 0).data() == creator.name
            win.show_tab("write")
    finally:
        doc.close()
        translators.install("en")
