"""The Brief tab: the sample's brief shown, a finished edit is one undo step, a draft added and undone."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication, QTableWidgetItem

from studio.ui.views.brief import BriefView


def test_brief_tab_shows_edits_and_undoes_the_brief(zh_doc, qtbot) -> None:
    view = BriefView(zh_doc)
    qtbot.addWidget(view)
    view.resize(820, 600)
    view.show()
    assert view.lists["pains"].items() == ["暗沉", "卡粉"]
    assert view.personas.item(0, 0).text() == "熬夜党" and view.points.item(0, 1).text().startswith(
        "第三方检测"
    )
    assert view.offer["deadline"].text() == "今天" and view.target.value() == 25
    assert view.product.text().endswith(" · Douyin")  # the platform by name in the UI language, not "douyin"
    view.lists["pains"].setPlainText("暗沉\n卡粉\n出油")
    assert zh_doc.project.brief.pains == ["暗沉", "卡粉"]  # nothing is made while typing
    QApplication.sendEvent(
        view.lists["pains"], QFocusEvent(QEvent.Type.FocusOut)
    )  # the writer leaves the field
    assert zh_doc.project.brief.pains == ["暗沉", "卡粉", "出油"]
    view.personas.setItem(2, 0, QTableWidgetItem("学生党"))
    assert [p.name for p in zh_doc.project.brief.personas] == ["熬夜党", "宝妈", "学生党"]
    zh_doc.undo_stack.undo()
    assert [p.name for p in zh_doc.project.brief.personas] == ["熬夜党", "宝妈"]
    assert view.personas.rowCount() == 3  # two personas and the empty row to add to
    zh_doc.undo_stack.undo()
    assert zh_doc.project.brief.pains == ["暗沉", "卡粉"] and view.lists["pains"].items() == ["暗沉", "卡粉"]


def test_draft_from_brief_is_one_step(zh_doc, qtbot) -> None:
    view = BriefView(zh_doc)
    qtbot.addWidget(view)
    view.template_box.setCurrentIndex(view.template_box.findData("unboxing"))
    qtbot.mouseClick(view.draft_button, Qt.MouseButton.LeftButton)
    assert [s.template for s in zh_doc.project.scripts] == ["pain_solution_cta", "unboxing"]
    assert len(zh_doc.project.scripts[1].variants) >= 3
    zh_doc.undo_stack.undo()
    assert len(zh_doc.project.scripts) == 1


def test_brief_tab_in_the_window_fits_a_laptop_in_chinese(zh_window, qtbot) -> None:
    zh_window.resize(1366, 768)
    index = list(zh_window.pages).index("brief")
    assert zh_window.tabs.tabText(index) == "简报"
    zh_window.tabs.setCurrentIndex(index)
    view = zh_window.pages["brief"].ensure()
    qtbot.waitUntil(view.isVisible)
    assert view.draft_button.text() == "根据简报起草"
    assert view.width() <= 1366 and view.draft_button.sizeHint().width() < view.width()


def test_draft_from_brief_opens_the_draft_and_undo_goes_back_to_a_script_the_file_has(
    window, doc, qtbot, sample_path_en
) -> None:
    """Clicking 'Draft from brief' shows the draft in Write; undoing it there leaves the window on a real
    script (before, the views kept editing the removed draft: the guide failed and edits went nowhere)."""
    from studio.store.document import ProjectFile

    first = doc.project.scripts[0]
    view = window.show_tab("brief")
    view.template_box.setCurrentIndex(view.template_box.findData("unboxing"))
    qtbot.mouseClick(view.draft_button, Qt.MouseButton.LeftButton)
    draft = doc.project.scripts[-1]
    assert draft.template == "unboxing" and doc.script is draft
    assert window.current_key() == "write"
    assert draft.title in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: window.docks_ready)
    window.guide.run()  # the guide has checked the draft
    window.menus.undo_action.trigger()
    assert [s.template for s in doc.project.scripts] == [first.template]
    assert doc.script is first and doc.variant in first.variants
    shot = first.beats[0].alternatives[0].shots[0]
    write = window.show_tab("write")
    assert write.card_for(first.beats[0]) is not None  # Write shows the script the file has
    write.set_text(shot, "voiceover", "Still after the undo")
    window.guide.run()
    assert window.guide.summary.text() != window.guide.tr("The guide could not check this script.")
    doc.close()
    reopened = ProjectFile.open(sample_path_en, readonly=True)
    try:
        assert (
            reopened.project.scripts[0].beats[0].alternatives[0].shots[0].voiceover == "Still after the undo"
        )
    finally:
        reopened.close()


def test_offer_fields_keep_their_names_once_filled_and_no_header_is_cut(window, qtbot) -> None:
    """The offer's fields are labelled beside them (a placeholder goes once filled) and every table
    column is as wide as its title at a laptop's size ("Where they watch" was cut to "here they watc")."""
    from PySide6.QtWidgets import QLabel

    window.resize(1366, 768)
    view = window.show_tab("brief")
    qtbot.waitUntil(view.isVisible)
    buddies = {lb.buddy(): lb.text() for lb in view.findChildren(QLabel) if lb.buddy() is not None}
    assert view.offer["deadline"].text() and buddies[view.offer["deadline"]] == "Deadline"
    assert buddies[view.offer["price"]] == "Price" and buddies[view.offer["stock"]] == "Stock"
    for table in (view.personas, view.points):
        header = table.horizontalHeader()
        for c in range(table.columnCount()):
            assert header.sectionSize(c) >= header.sectionSizeHint(c), table.horizontalHeaderItem(c).text()
    who = view.personas.item(0, 1)
    assert who.toolTip() == who.text() and len(who.text()) > 20  # the cut text whole on hover


def test_control_characters_and_bidi_overrides_never_reach_the_brief(zh_doc, qtbot) -> None:
    """A bell, a line break or a right-to-left override pasted into a brief cell was stored as typed and
    went on to creators' pages; the brief keeps one clean line per item."""
    view = BriefView(zh_doc)
    qtbot.addWidget(view)
    view.personas.setItem(2, 0, QTableWidgetItem("学生\x07党\u202e"))
    view.lists["must_say"].setPlainText("温和\u2066提亮\n\x1b")
    QApplication.sendEvent(view.lists["must_say"], QFocusEvent(QEvent.Type.FocusOut))
    brief = zh_doc.project.brief
    assert [p.name for p in brief.personas][-1] == "学生党" and brief.must_say == ["温和提亮"]
    assert view.personas.item(2, 0).text() == "学生党"  # the form shows what was kept


def test_tab_goes_down_the_form_in_the_order_it_reads(zh_doc, qtbot) -> None:
    """The fields were made in another order than shown: Tab jumped from the pain points to the hashtags."""
    view = BriefView(zh_doc)
    qtbot.addWidget(view)
    view.show()
    wanted = view.tab_order
    seen = []
    widget = wanted[0]
    for _ in range(200):
        if widget in wanted and widget not in seen:
            seen.append(widget)
        widget = widget.nextInFocusChain()
    assert seen == wanted
    rows = [view.personas, view.lists["pains"], view.points, view.lists["scenes"], view.offer["price"],
            view.lists["must_say"], view.target, view.lists["hashtags"], view.post_by, view.template_box]  # fmt: skip
    tops = [w.mapTo(view, w.rect().topLeft()).y() for w in rows]
    assert tops == sorted(tops)  # the order is the order on screen


def test_an_empty_brief_drafts_nothing_and_says_why(zh_window, qtbot, tmp_path) -> None:
    """With an empty brief the draft was the template's own example (a serum's lines in any project),
    where 'studio draft' refuses; the button is off and saying why, the menu item says it."""
    import dataclasses

    from studio.models.brief import Brief
    from studio.ui.commands import SetFieldCommand

    doc = zh_window.doc
    view = zh_window.show_tab("brief")
    assert view.draft_button.isEnabled()
    doc.push(SetFieldCommand(doc.project, doc.project, "brief", dataclasses.replace(Brief())))
    assert (
        not view.draft_button.isEnabled()
        and view.draft_button.toolTip() == "简报还是空的：请先填写简报，再根据简报起草。"
    )
    count = len(doc.project.scripts)
    next(a for a in zh_window.menus.all_actions() if a.text().startswith("根据简报起草")).trigger()
    assert len(doc.project.scripts) == count
    assert zh_window.statusBar().currentMessage() == "简报还是空的：请先填写简报，再根据简报起草。"


def test_a_selling_point_answers_a_pain_picked_from_a_list(zh_doc, qtbot) -> None:
    """The link is chosen, not typed: a list of the brief's pains; rewording the pain keeps the link."""
    from studio.guide.rules.briefrules import needles

    view = BriefView(zh_doc)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    brief = zh_doc.project.brief
    (dark_id, _dark), (cakey_id, cakey) = brief.pain_links()
    key = next(i for i, sp in enumerate(brief.selling_points) if sp.point == "烟酰胺")
    picker = view.pain_picker(key)
    assert [picker.itemText(i) for i in range(picker.count())][1:] == ["暗沉", "卡粉"]
    assert picker.currentData() == dark_id
    steps = zh_doc.undo_stack.count()
    picker.setFocus()
    qtbot.waitUntil(picker.hasFocus)
    qtbot.keyClick(picker, Qt.Key.Key_Down)  # the next pain in the list: 卡粉
    assert zh_doc.project.brief.selling_points[key].answers == cakey_id
    assert zh_doc.undo_stack.count() == steps + 1
    assert view.pain_picker(key).currentData() == cakey_id
    # the writer rewords 卡粉 in their own words: the selling point still answers it
    view.lists["pains"].setPlainText("暗沉\n上妆总是卡粉起皮")
    QApplication.sendEvent(view.lists["pains"], QFocusEvent(QEvent.Type.FocusOut))
    b = zh_doc.project.brief
    assert b.pains[1] == "上妆总是卡粉起皮" and b.pain_ids == [dark_id, cakey_id]
    assert "烟酰胺" in [sp.point for sp in b.answering(1)]
    assert view.pain_picker(key).currentText() == "上妆总是卡粉起皮"
    advice = needles(b).pains[1].fix.label.text("en")
    assert advice.startswith("Add a proof shot that answers “上妆总是卡粉起皮”"), advice
    zh_doc.undo_stack.undo()
    zh_doc.undo_stack.undo()
    assert zh_doc.project.brief.selling_points[key].answers == dark_id and cakey in zh_doc.project.brief.pains


def test_a_selling_point_is_for_a_persona_picked_from_a_list(zh_doc, qtbot) -> None:
    """The persona is chosen, not typed; renaming the persona in its table keeps the link (by id)."""
    view = BriefView(zh_doc)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    brief = zh_doc.project.brief
    night, mums = brief.personas[:2]
    assert night.id and mums.id and night.id != mums.id
    key = next(i for i, sp in enumerate(brief.selling_points) if sp.point == "烟酰胺")
    picker = view.persona_picker(key)
    assert [picker.itemText(i) for i in range(picker.count())][1:] == [p.name for p in brief.personas]
    assert picker.currentData() == ""  # for anyone until picked
    steps = zh_doc.undo_stack.count()
    picker.setFocus()
    qtbot.waitUntil(picker.hasFocus)
    qtbot.keyClick(picker, Qt.Key.Key_Down)
    qtbot.keyClick(view.persona_picker(key), Qt.Key.Key_Down)  # the second persona: 宝妈
    assert zh_doc.project.brief.selling_points[key].for_persona == mums.id
    assert zh_doc.undo_stack.count() == steps + 2
    # the writer renames 宝妈 in the audience table: the point is still for her, shown by her new name
    cell = view.personas.item(1, 0)
    cell.setText("新手妈妈")
    b = zh_doc.project.brief
    assert [p.id for p in b.personas[:2]] == [night.id, mums.id] and b.personas[1].name == "新手妈妈"
    assert b.persona_for(b.selling_points[key]) == "新手妈妈"
    assert view.persona_picker(key).currentText() == "新手妈妈"
    zh_doc.undo_stack.undo()
    zh_doc.undo_stack.undo()
    assert zh_doc.project.brief.selling_points[key].for_persona == night.id
    zh_doc.undo_stack.undo()
    assert zh_doc.project.brief.selling_points[key].for_persona == ""
