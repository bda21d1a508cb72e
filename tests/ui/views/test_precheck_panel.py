"""The review pre-check in the window: a diversion typed in a shot is listed with its fix, applied as one undo step."""

from __future__ import annotations

from studio.models import ops
from studio.models.enums import BeatKind
from studio.ui.views.guide_panel import FindingRole, GuidePanel


def test_diversion_is_listed_and_its_fix_applied_undoably(qtbot, zh_doc, reopen):
    shot = next(b for b in zh_doc.script.beats if b.kind is BeatKind.CTA).alternatives[0].shots[0]
    ops.set_field(zh_doc.project, shot, "voiceover", "加vx领小样")
    panel = GuidePanel(zh_doc)
    qtbot.addWidget(panel)
    panel.resize(1366 // 4, 700)
    panel.show()
    panel.scope.setCurrentIndex(panel.scope.findData("script"))
    panel.run()
    qtbot.waitUntil(lambda: any(f.rule == "precheck.divert" for f in panel.findings))
    finding = next(f for f in panel.findings if f.rule == "precheck.divert")
    row = next(i for i in range(panel.list.count()) if panel.list.item(i).data(FindingRole) is finding)
    text = panel.list.item(row).text()  # in the interface language (English under test)
    assert "WeChat" in text and "off the platform" in text and "点左下角小黄车" in text
    panel.list.setCurrentRow(row)
    assert panel.fix_button.isEnabled()
    panel.fix_button.click()
    assert shot.voiceover == "点左下角小黄车领小样"
    zh_doc.undo_stack.undo()
    assert shot.voiceover == "加vx领小样"
    zh_doc.undo_stack.redo()
    saved = reopen(zh_doc)
    assert saved.find(shot.id).voiceover == "点左下角小黄车领小样"
