"""The guide panel after an edit on a long script: fixes judged again in slices, never all at once."""

from __future__ import annotations

from studio.models import ops
from studio.models.enums import BeatKind
from studio.ui.commands import SetFieldCommand
from studio.ui.views import guide_panel
from studio.ui.views.guide_panel import GuidePanel

#: Too long for its shot: each such shot gets a voice-over finding whose fix reads the words around it.
LONG_VO = "这瓶精华含有百分之五的烟酰胺，搭配透明质酸和神经酰胺，早晚各用一次，坚持四周肤色明显提亮"


def _texts(panel: GuidePanel) -> list[str]:
    return [panel.list.item(i).text() for i in range(panel.list.count())]


def test_rows_judged_later_end_as_a_fresh_panel_shows_them(qtbot, zh_doc, monkeypatch):
    shots = [
        s for b in zh_doc.script.beats if b.kind is not BeatKind.HOOK for a in b.alternatives for s in a.shots
    ]
    for shot in shots:
        ops.set_field(zh_doc.project, shot, "voiceover", LONG_VO)
    panel = GuidePanel(zh_doc)
    qtbot.addWidget(panel)
    panel.scope.setCurrentIndex(panel.scope.findData("script"))
    panel.run()
    assert not panel.judging
    # Nothing judged at once and no time for it: every kept finding whose fix must be judged again waits.
    monkeypatch.setattr(guide_panel, "JUDGE_AT_ONCE", 0)
    monkeypatch.setattr(guide_panel, "JUDGE_SLICE_S", 0.0)
    edited = shots[0]
    zh_doc.push(SetFieldCommand(zh_doc.project, edited, "voiceover", LONG_VO + "，真的"))
    panel.run()
    assert panel.judging  # some rows kept their sentence from before the edit
    qtbot.waitUntil(lambda: not panel.judging)
    fresh = GuidePanel(zh_doc)
    qtbot.addWidget(fresh)
    fresh.scope.setCurrentIndex(fresh.scope.findData("script"))
    fresh.run()
    assert _texts(panel) == _texts(fresh)
    # Every finding's fix as the rows show it is what the guide offers now.
    for finding in panel.findings:
        assert finding.fix_settled


def test_a_new_edit_drops_the_slices_of_the_last_one(qtbot, zh_doc, monkeypatch):
    shots = [s for b in zh_doc.script.beats for a in b.alternatives for s in a.shots]
    for shot in shots:
        ops.set_field(zh_doc.project, shot, "voiceover", LONG_VO)
    panel = GuidePanel(zh_doc)
    qtbot.addWidget(panel)
    panel.scope.setCurrentIndex(panel.scope.findData("script"))
    panel.run()
    monkeypatch.setattr(guide_panel, "JUDGE_AT_ONCE", 0)
    monkeypatch.setattr(guide_panel, "JUDGE_SLICE_S", 0.0)
    zh_doc.push(SetFieldCommand(zh_doc.project, shots[1], "voiceover", LONG_VO + "，一"))
    panel.run()
    first_round = panel._stale_round
    zh_doc.push(SetFieldCommand(zh_doc.project, shots[2], "voiceover", LONG_VO + "，二"))
    panel.run()
    assert panel._stale_round == first_round + 1
    qtbot.waitUntil(lambda: not panel.judging)
    monkeypatch.setattr(guide_panel, "JUDGE_AT_ONCE", 10_000)
    fresh = GuidePanel(zh_doc)
    qtbot.addWidget(fresh)
    fresh.scope.setCurrentIndex(fresh.scope.findData("script"))
    fresh.run()
    assert _texts(panel) == _texts(fresh)
