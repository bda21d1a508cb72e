"""Script-to-shots on Chinese and English scripts."""

from __future__ import annotations

from studio.guide.checker import check_project
from studio.guide.text.splitter import apply_preview, plan, split_script, split_units
from studio.models.entities import Project, Script, Variant
from studio.models.enums import BeatKind

ZH = "熬夜脸暗沉？天天加班到凌晨两点，上妆卡粉又暗沉。试试这瓶烟酰胺精华，质地清爽不黏腻，一抹就吸收。坚持28天，肤色看得见地提亮，三千多位用户回购。点击下方链接领券，今天下单立减50！"
EN = (
    "Dull night-owl skin? Late nights at work, make-up turns cakey. Try this niacinamide serum: light, "
    "never sticky, it absorbs in seconds. In 28 days, visibly brighter, and 3,000 customers came back. "
    "Tap the link below and save $5 today!"
)


def test_chinese_split_and_beats():
    preview = split_script(ZH)
    assert preview.lang == "zh"
    assert [d.text for d in preview.shots] == [
        "熬夜脸暗沉？",
        "天天加班到凌晨两点，上妆卡粉又暗沉。",
        "试试这瓶烟酰胺精华，质地清爽不黏腻",
        "一抹就吸收。",
        "坚持28天，肤色看得见地提亮",
        "三千多位用户回购。",
        "点击下方链接领券，今天下单立减50！",
    ]
    kinds = [d.kind for d in preview.shots]
    assert kinds == [
        BeatKind.HOOK,
        BeatKind.PAIN,
        BeatKind.SOLUTION,
        BeatKind.SOLUTION,
        BeatKind.PROOF,
        BeatKind.PROOF,
        BeatKind.CTA,
    ]
    assert preview.shots[0].duration_ds == 14  # 5 characters at 4.5/s, rounded up, plus 0.2 s
    assert preview.shots[1].start_ds == 14


def test_english_split_keeps_numbers_whole():
    preview = split_script(EN)
    texts = [d.text for d in preview.shots]
    assert texts[0] == "Dull night-owl skin?"
    assert "and 3,000 customers came back." in texts
    assert texts[-1] == "Tap the link below and save $5 today!"
    assert preview.shots[-1].kind is BeatKind.CTA and "directive" in preview.shots[-1].cues
    assert split_units("It costs 2.5 dollars. Buy it.") == ["It costs 2.5 dollars.", "Buy it."]


def test_half_and_full_width_punctuation_and_tiny_lines():
    assert split_units("好。这瓶精华真的好用！") == ["好。这瓶精华真的好用！"]
    assert split_units("真的吗？！是的!") == ["真的吗？！是的!"] or len(split_units("真的吗？！是的!")) <= 2
    assert split_units("") == []


def test_plan_and_apply_build_a_checkable_script():
    preview = split_script(ZH)
    pairs = plan(preview)
    assert pairs[0][0] is BeatKind.HOOK and pairs[-1][1].voiceover.startswith("点击")
    project = Project()
    script = Script(variants=[Variant(name="Base", is_base=True)])
    project.scripts.append(script)
    new = apply_preview(project, script, preview)
    assert len(new) == 7
    assert [b.kind for b in script.beats] == [
        BeatKind.HOOK,
        BeatKind.PAIN,
        BeatKind.SOLUTION,
        BeatKind.PROOF,
        BeatKind.CTA,
    ]
    assert all(s.code for s in new)
    vo_rules = {f.rule for f in check_project(project) if f.rule.startswith("vo.")}
    assert vo_rules == set()  # durations were sized from the speech rate
