"""Prompts filled from the brief in the Write view, and what the template needs on the Brief tab, the guide and New Project."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from studio.models.brief import Brief, Offer
from studio.ui.commands import SetFieldCommand


@pytest.fixture
def chinese(qapp):
    """The interface in Chinese for one test."""
    from studio.ui.app import Translators

    translators = Translators(qapp)
    translators.install("zh")
    yield
    translators.install("en")


def _set_brief(doc, brief: Brief) -> None:
    doc.push(SetFieldCommand(doc.project, doc.project, "brief", brief, "Edit brief"))


def test_write_view_shows_prompts_filled_and_follows_brief_edits(zh_doc, qtbot) -> None:
    from studio.ui.views.write import WriteView

    view = WriteView(zh_doc)
    qtbot.addWidget(view)
    view.resize(820, 700)
    view.show()
    hook, *_rest, cta = view.cards
    assert hook.prompt_text() == "黄金3秒：提问或价格，先抓住熬夜党，点出暗沉。"
    assert "<b>熬夜党</b>" in hook.prompt.text() and "{" not in hook.prompt.text()
    assert "¥99 两瓶" in cta.prompt_text() and hook.prompt.isVisibleTo(view)
    _set_brief(zh_doc, dataclasses.replace(zh_doc.project.brief, personas=[], pains=["脱妆"]))
    assert view.cards[0] is hook  # only the prompts change, the cards stay
    assert hook.prompt_text() == "黄金3秒：提问或价格，先抓住「人群」，点出脱妆。"
    assert hook.prompt.toolTip() == "Not in the brief yet: 「人群」. Click it to fill it in on the Brief tab."
    assert '<a href="brief:personas">「人群」</a>' in hook.prompt.text()
    zh_doc.undo_stack.undo()
    assert hook.prompt_text() == "黄金3秒：提问或价格，先抓住熬夜党，点出暗沉。"
    persona = dataclasses.replace(zh_doc.project.brief.personas[0], name="<i>A&B</i>")
    _set_brief(zh_doc, dataclasses.replace(zh_doc.project.brief, personas=[persona]))
    assert "<b>&lt;i&gt;A&amp;B&lt;/i&gt;</b>" in hook.prompt.text()  # the brief's words shown as typed
    zh_doc.undo_stack.undo()
    _set_brief(zh_doc, Brief())
    shown = [card.prompt_text() for card in view.cards]
    assert all("{" not in text and "}" not in text for text in shown)
    assert "「价格」" in shown[-1] and "「截止时间」" in shown[-1]


def test_a_draft_shows_its_prompts_filled(doc, qtbot) -> None:
    from studio.guide.brief.draft import draft_from_brief
    from studio.ui.views.write import WriteView

    script = draft_from_brief(doc.project, "live_clip")
    doc.add_script(script, "Draft from brief", 1)
    view = WriteView(doc)
    qtbot.addWidget(view)
    doc.set_current(script)
    view.rebuild()
    texts = [c.prompt_text() for c in view.cards]
    assert texts[0] == (
        "Golden 3 seconds: the host's punchiest line to Night owls about dull skin, "
        "or the price straight away: 2 for $19."
    )
    assert texts[-1].startswith("Countdown close: first 500 orders only, ending today")
    assert all("{" not in t and "[" not in t for t in texts)


def test_brief_tab_shows_needs_marks_missing_fields_and_follows_edits(doc, qtbot) -> None:
    from studio.ui.views.brief import BriefView

    view = BriefView(doc)
    qtbot.addWidget(view)
    view.resize(820, 640)
    view.show()
    label = view.needs.label
    assert label.isVisibleTo(view)
    assert "“Pain – solution – CTA” needs from the brief: audience (persona), pain points" in label.text()
    assert "The brief has everything this template needs." in label.text()
    assert view.needs.marked() == []
    _set_brief(doc, dataclasses.replace(doc.project.brief, offer=Offer(coupon="$5 off"), pains=[]))
    assert "Still missing: pain points, price, offer deadline" in label.text()
    assert sorted(view.needs.marked()) == ["offer", "pains"]
    assert view.offer["price"].placeholderText() == "Price (needed)"
    assert view.offer["stock"].placeholderText() == "Stock"
    view.template_box.setCurrentIndex(view.template_box.findData("live_clip"))
    assert "Still missing: pain points, price, stock, offer deadline" in label.text()
    assert view.offer["stock"].placeholderText() == "Stock (needed)"
    view.offer["price"].setText("$12")
    view.offer["price"].editingFinished.emit()
    assert doc.project.brief.offer.price == "$12"
    assert "Still missing: pain points, stock, offer deadline" in label.text()
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert view.needs.marked() == [] and view.offer["price"].placeholderText() == "Price"
    view.template_box.setCurrentIndex(view.template_box.findData("pain_solution_cta"))
    assert "everything" in label.text()


def test_brief_tab_needs_in_chinese(zh_doc, chinese, qtbot) -> None:
    from studio.ui.views.brief import BriefView

    _set_brief(zh_doc, dataclasses.replace(zh_doc.project.brief, scenes=[]))
    view = BriefView(zh_doc)
    qtbot.addWidget(view)
    view.template_box.setCurrentIndex(view.template_box.findData("tutorial"))
    text = view.needs.label.text()
    assert "“教程”需要简报提供：使用场景、痛点、核心卖点" in text and "还缺：使用场景" in text
    assert view.needs.marked() == ["scenes"]
    row = view.needs.row_label(view.lists["scenes"])
    assert row is not None and row.text() == "● 使用场景" and row.toolTip() == "模板需要简报里的这一项"


def test_guide_tip_opens_the_brief_on_the_missing_field(window, doc, qtbot) -> None:
    qtbot.waitUntil(lambda: window.docks_ready, timeout=10000)
    _set_brief(doc, dataclasses.replace(doc.project.brief, offer=Offer(coupon="$5 off", deadline="today")))
    guide = window.guide
    guide.scope.setCurrentIndex(guide.scope.findData("script"))
    # A whole check may be under way in the background (the first one, or the one after the dictionary
    # came in): "Check now" then waits for it and checks again when it ends.
    guide.run()
    qtbot.waitUntil(lambda: guide.checked and not guide.checking, timeout=15000)
    rows = [i for i in range(guide.list.count()) if guide.list.item(i).text().startswith("The template")]
    assert len(rows) == 1
    item = guide.list.item(rows[0])
    assert "needs price from the brief" in item.text() and "In the Brief tab, add: price" in item.text()
    guide.list.setCurrentItem(item)
    assert guide.fix_button.text() == "Open the brief" and guide.fix_button.isEnabled()
    window.show_tab("write")
    qtbot.mouseClick(guide.fix_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert window.current_key() == "brief"
    brief = window.view("brief")
    qtbot.waitUntil(lambda: brief.offer["price"].hasFocus(), timeout=3000)
    window.show_tab("write")
    guide.run()
    qtbot.waitUntil(lambda: not guide.checking, timeout=15000)
    tip = next(
        guide.list.item(i) for i in range(guide.list.count()) if "needs price" in guide.list.item(i).text()
    )
    guide.go_to(tip)  # clicking the tip itself goes there too
    assert window.current_key() == "brief"
    hook = doc.script.beats[0].alternatives[0].shots[0]
    doc.push(SetFieldCommand(doc.project, hook, "voiceover", "whitening in a week?"))
    guide.run()
    banned = next(i for i in range(guide.list.count()) if "whitening" in guide.list.item(i).text())
    guide.list.setCurrentRow(banned)
    assert guide.fix_button.text() == "Apply fix" and guide.fix_button.isEnabled()


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_new_project_dialog_says_what_each_template_needs(lang, tmp_path, qtbot, qapp) -> None:
    from studio.ui.app import Translators
    from studio.ui.dialogs.new_project import NewProjectDialog

    translators = Translators(qapp)
    translators.install(lang)
    try:
        dialog = NewProjectDialog(str(tmp_path))
        qtbot.addWidget(dialog)
        dialog.resize(560, 600)
        dialog.show()
        row = next(i for i in range(dialog.template_list.count())
                   if dialog.template_list.item(i).data(256) == "live_clip")  # fmt: skip
        dialog.template_list.setCurrentRow(row)
        text = dialog.needs.text()
        if lang == "zh":
            assert text.startswith(
                "这个模板需要简报提供：痛点、核心卖点、核心卖点的证据、价格、库存、优惠截止时间。"
            )
        else:
            assert text.startswith("This template needs from the brief: pain points, key selling point,")
            assert "price, stock, offer deadline" in text
        assert dialog.needs.isVisible() and dialog.needs.width() <= dialog.width()
        row = next(i for i in range(dialog.template_list.count())
                   if dialog.template_list.item(i).data(256) == "tutorial")  # fmt: skip
        dialog.template_list.setCurrentRow(row)
        assert ("使用场景" if lang == "zh" else "usage scenes") in dialog.needs.text()
    finally:
        translators.install("en")


@pytest.mark.parametrize("which", ["window", "zh_window"])
def test_needs_and_prompts_fit_a_laptop_screen(which, request, qtbot) -> None:
    win = request.getfixturevalue(which)
    win.resize(1366, 768)
    doc = win.doc
    _set_brief(doc, dataclasses.replace(doc.project.brief, offer=Offer()))
    brief = win.show_tab("brief")
    qtbot.waitUntil(brief.isVisible)
    QApplication.processEvents()
    label = brief.needs.label
    assert label.isVisible() and label.geometry().right() <= brief.width()
    missing = "还缺：价格、优惠截止时间" if which == "zh_window" else "Still missing: price, offer deadline"
    assert missing in label.text()
    write = win.show_tab("write")
    qtbot.waitUntil(write.isVisible)
    QApplication.processEvents()
    cta = write.cards[-1]
    # the prompt speaks the script's language (this sample is English) whatever the interface's
    assert "[price]" in cta.prompt_text() and "[deadline]" in cta.prompt_text()
    assert cta.prompt.isVisible() and cta.prompt.width() <= write.width()
    cta.prompt.linkActivated.emit("brief:offer.deadline")  # the writer clicks the placeholder
    QApplication.processEvents()
    assert win.current_key() == "brief"
    qtbot.waitUntil(lambda: brief.offer["deadline"].hasFocus(), timeout=3000)
