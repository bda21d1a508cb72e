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


def _counting(monkeypatch, name: str) -> list[int]:
    calls = [0]
    real = getattr(guide_panel, name)

    def counted(*args):  # type: ignore[no-untyped-def]
        calls[0] += 1
        return real(*args)

    monkeypatch.setattr(guide_panel, name, counted)
    return calls


def test_a_field_edit_updates_the_panel_without_indexing_the_whole_script_again(qtbot, zh_doc, monkeypatch):
    panel = GuidePanel(zh_doc)
    qtbot.addWidget(panel)
    panel.run()
    entities, orders = _counting(monkeypatch, "_entities"), _counting(monkeypatch, "_script_order")
    shots = [s for b in zh_doc.script.beats for a in b.alternatives for s in a.shots]
    for n, shot in enumerate(shots[:3]):  # typing: each edit re-checked and shown
        zh_doc.push(SetFieldCommand(zh_doc.project, shot, "voiceover", LONG_VO + "，" * (n + 1)))
        panel.run()
    assert (entities[0], orders[0]) == (0, 0)  # every shot walked once per edit before
    assert any(f.location.shot_id == shots[0].id for f in panel.findings)  # the edits are shown
    # A shot added is a change of structure: the script is indexed again, once.
    alt = zh_doc.script.beats[0].alternatives[0]
    zh_doc.push(SetFieldCommand(zh_doc.project, alt, "note", "价格刺激"))
    ops.insert_shot(zh_doc.project, alt, 0, type(shots[0])(voiceover=LONG_VO, duration_ds=10))
    panel.run()
    assert (entities[0], orders[0]) == (1, 1)
    assert any(f.location.shot_id == alt.shots[0].id for f in panel.findings)
    assert any(panel.list.item(i).text().startswith(alt.shots[0].code) for i in range(panel.list.count()))


def test_after_an_edit_leaving_many_fixes_to_judge_the_update_judges_none_and_the_rows_on_screen_come_first(
    qtbot, zh_doc, monkeypatch
):
    shots = [s for b in zh_doc.script.beats for a in b.alternatives for s in a.shots]
    for shot in shots:
        ops.set_field(zh_doc.project, shot, "voiceover", LONG_VO)
    panel = GuidePanel(zh_doc)
    qtbot.addWidget(panel)
    panel.resize(300, 200)  # a few rows on screen
    panel.show()
    panel.scope.setCurrentIndex(panel.scope.findData("script"))
    panel.run()
    qtbot.waitUntil(lambda: not panel.judging)
    panel.list.scrollToBottom()
    monkeypatch.setattr(guide_panel, "JUDGE_AT_ONCE", 2)  # more than two to judge again: none in the update
    judged = _counting(monkeypatch, "row_parts")
    before = {row[0] for row in panel._rows}
    zh_doc.push(SetFieldCommand(zh_doc.project, shots[0], "voiceover", LONG_VO + "，真的"))
    panel.run()
    assert panel.judging and len(panel._stale) > 2
    # Only a finding for a rule and place the list did not show is judged and written in the update; the
    # others, kept or made anew by the check (a variant's are, at each check), are judged after it.
    assert judged[0] == sum(1 for row in panel._rows if row[0] not in before)
    top = panel.list.indexAt(panel.list.viewport().rect().topLeft()).row()
    first = panel._row_findings.index(panel._stale[0])
    assert top - guide_panel.JUDGE_MARGIN <= first  # the rows the writer sees are judged first
    qtbot.waitUntil(lambda: not panel.judging)
    monkeypatch.setattr(guide_panel, "JUDGE_AT_ONCE", 10_000)
    fresh = GuidePanel(zh_doc)
    qtbot.addWidget(fresh)
    fresh.scope.setCurrentIndex(fresh.scope.findData("script"))
    fresh.run()
    assert _texts(panel) == _texts(fresh)


def test_fixes_left_to_judge_wait_while_the_next_edit_waits_for_its_re_check(qtbot, zh_doc, monkeypatch):
    shots = [s for b in zh_doc.script.beats for a in b.alternatives for s in a.shots]
    for shot in shots:
        ops.set_field(zh_doc.project, shot, "voiceover", LONG_VO)
    panel = GuidePanel(zh_doc)
    qtbot.addWidget(panel)
    panel.scope.setCurrentIndex(panel.scope.findData("script"))
    panel.run()
    monkeypatch.setattr(guide_panel, "JUDGE_AT_ONCE", 0)
    zh_doc.push(SetFieldCommand(zh_doc.project, shots[1], "voiceover", LONG_VO + "，一"))
    panel.run()
    left = len(panel._stale)
    assert left
    judged = _counting(monkeypatch, "row_parts")
    # Typing on: the next keystroke's re-check is pending, and judging against the script it is about to
    # change waits (each slice brought the checker up to date for every key).
    zh_doc.push(SetFieldCommand(zh_doc.project, shots[1], "voiceover", LONG_VO + "，一二"))
    assert panel._timer.isActive()
    for _ in range(5):
        qtbot.wait(guide_panel.JUDGE_AFTER_MS + 5)
    assert judged[0] == 0 and len(panel._stale) == left
    panel._timer.timeout.emit()  # the debounce: the update judges again, and its slices finish
    qtbot.waitUntil(lambda: not panel.judging)
    assert judged[0] > 0


def test_a_renamed_place_shows_in_its_rows_at_the_next_update(qtbot, zh_doc):
    shot = next(s for b in zh_doc.script.beats for a in b.alternatives for s in a.shots)
    zh_doc.push(SetFieldCommand(zh_doc.project, shot, "voiceover", LONG_VO))
    panel = GuidePanel(zh_doc)
    qtbot.addWidget(panel)
    panel.run()
    assert any(text.startswith(shot.code + ":") for text in _texts(panel))
    old = shot.code
    zh_doc.push(SetFieldCommand(zh_doc.project, shot, "code", "Z-99"))  # the findings stay the same objects
    panel.run()
    assert any(text.startswith("Z-99:") for text in _texts(panel))
    assert not any(text.startswith(old + ":") for text in _texts(panel))
