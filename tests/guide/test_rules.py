"""Every check: cases that must fire and cases that must not."""

from __future__ import annotations

import pytest

from studio.guide.checker import check_project
from studio.guide.findings import Severity, apply_fix
from studio.models import ops
from studio.models.entities import Alternative, Beat, Shot, Variant
from studio.models.enums import BeatKind, TestVariable
from tests.guide.helpers import beat, clean_project, rules, shots


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_filled_template_is_clean(lang):
    assert check_project(clean_project(lang)) == []


def _one(project, rule):
    found = [f for f in check_project(project) if f.rule == rule]
    assert found, f"{rule} did not fire"
    return found[0]


# --- hook ---------------------------------------------------------------------


def test_hook_too_long_message_in_both_languages():
    p = clean_project()
    hook = shots(p, BeatKind.HOOK)
    ops.set_field(p, hook[0], "duration_ds", 23)  # 2.3 + 1.3 = 3.6 s
    f = _one(p, "hook.too_long")
    assert f.severity is Severity.ERROR
    assert f.message("zh") == "钩子 3.6 秒，超过 3 秒上限"
    assert f.message("en") == "Hook runs 3.6 s, over the 3 s limit"
    assert f.fix is not None and f.fix.applicable
    apply_fix(p, f.fix)
    assert "hook.too_long" not in rules(check_project(p))


def test_hook_at_exact_limit_passes_and_golden_five_setting():
    p = clean_project()
    hook = shots(p, BeatKind.HOOK)
    ops.set_field(p, hook[0], "duration_ds", 17)  # exactly 3.0 s
    assert "hook.too_long" not in rules(check_project(p))
    ops.set_field(p, hook[0], "duration_ds", 30)  # 4.3 s
    assert "hook.too_long" in rules(check_project(p))
    p.settings["hook_limit_s"] = 5
    assert "hook.too_long" not in rules(check_project(p))


def test_hook_missing_and_not_first():
    p = clean_project()
    script = p.scripts[0]
    hook = beat(p, BeatKind.HOOK)
    ops.move_beat(p, hook, 2)
    assert "hook.not_first" in rules(check_project(p))
    ops.remove_beat(p, hook)
    assert "hook.missing" in rules(check_project(p))
    assert script.beats[0].kind is BeatKind.PAIN


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("今天聊聊护肤", True),
        ("熬夜脸暗沉？", False),
        ("月薪3千也能用", False),
        ("别再乱买精华了", False),
        ("只要¥99", False),
        ("Let me talk about skin", True),
        ("Why is your skin dull?", False),
        ("Stop buying serums like this", False),
        ("Only $19 today", False),
        ("Three tips 🎉", True),
    ],
)
def test_hook_device(text, fires):
    p = clean_project("en")
    for s in shots(p, BeatKind.HOOK):
        ops.set_field(p, s, "tags", [])
        ops.set_field(p, s, "onscreen_text", "")
        ops.set_field(p, s, "voiceover", "")
    ops.set_field(p, shots(p, BeatKind.HOOK)[0], "onscreen_text", text)
    assert ("hook.no_device" in rules(check_project(p))) is fires


def test_visual_impact_tag_is_a_hook_device():
    p = clean_project()
    hook = shots(p, BeatKind.HOOK)
    for s in hook:
        ops.set_field(p, s, "onscreen_text", "")
        ops.set_field(p, s, "voiceover", "")
    assert "hook.no_device" not in rules(check_project(p))  # first hook shot is tagged visual_impact
    ops.set_field(p, hook[0], "tags", [])
    assert "hook.no_device" in rules(check_project(p))


# --- structure ----------------------------------------------------------------


def test_pain_solution_proof_presence_and_order():
    p = clean_project()
    pain, solution, proof = (beat(p, k) for k in (BeatKind.PAIN, BeatKind.SOLUTION, BeatKind.PROOF))
    ops.move_beat(p, pain, 2)  # after the solution
    assert "structure.order" in rules(check_project(p))
    ops.remove_beat(p, pain)
    found = rules(check_project(p))
    assert "structure.no_pain" in found and "structure.order" not in found
    ops.remove_beat(p, proof)
    for s in solution.alternatives[0].shots:
        ops.set_field(p, s, "tags", [t for t in s.tags if t != "demo"])
    assert "structure.no_proof" in rules(check_project(p))
    ops.set_field(p, solution.alternatives[0].shots[0], "tags", ["product_close_up", "demo"])
    assert "structure.no_proof" not in rules(check_project(p))
    ops.remove_beat(p, solution)
    f = _one(p, "structure.no_solution")
    assert f.severity is Severity.ERROR


def test_empty_beat_and_budget():
    p = clean_project()
    pain = beat(p, BeatKind.PAIN)
    ops.insert_alternative(p, pain, 1, Alternative(label="B"))
    variant = p.scripts[0].variants[0]
    ops.set_choice(p, variant, pain, pain.alternatives[1].id)
    assert "beat.empty" in rules(check_project(p))
    ops.set_choice(p, variant, pain, None)
    ops.set_field(p, pain.alternatives[0].shots[0], "duration_ds", 52)
    assert "beat.over_budget" in rules(check_project(p))


# --- call to action -----------------------------------------------------------


def test_cta_directive_spoken_and_shown():
    p = clean_project()
    cta = shots(p, BeatKind.CTA)[0]
    ops.set_field(p, cta, "onscreen_text", "感谢观看")
    f = _one(p, "cta.directive_text")
    assert f.severity is Severity.WARNING
    ops.set_field(p, cta, "onscreen_text", "")
    f = _one(p, "cta.directive_text")
    assert f.fix is not None and f.fix.applicable  # copy the voice-over into the caption
    apply_fix(p, f.fix)
    assert cta.onscreen_text == "点击下方链接领券"
    ops.set_field(p, cta, "voiceover", "谢谢大家")
    assert "cta.directive_spoken" in rules(check_project(p))
    ops.set_field(p, cta, "onscreen_text", "再见")
    f = _one(p, "cta.no_directive")
    assert f.severity is Severity.ERROR


@pytest.mark.parametrize(
    "vo",
    ["评论区扣1领配方", "关注我看下集", "私信我领取", "Comment YES below", "Follow for part 2", "Shop now"],
)
def test_cta_directive_words(vo):
    p = clean_project()
    cta = shots(p, BeatKind.CTA)[0]
    ops.set_field(p, cta, "voiceover", vo)
    ops.set_field(p, cta, "duration_ds", 45)
    found = rules(check_project(p))
    assert "cta.directive_spoken" not in found and "cta.no_directive" not in found


def test_cta_last_and_length():
    p = clean_project()
    cta_beat = beat(p, BeatKind.CTA)
    ops.set_field(p, cta_beat.alternatives[0].shots[0], "duration_ds", 55)
    f = _one(p, "cta.too_long")
    assert f.message("en") == "Call to action runs 5.5 s, over the 5 s limit"
    ops.move_beat(p, cta_beat, 3)
    assert "cta.not_last" in rules(check_project(p))
    ops.remove_beat(p, cta_beat)
    assert "cta.missing" in rules(check_project(p))


# --- voice-over ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("vo", "dur", "rule"),
    [
        ("试试这瓶精华", 20, None),  # 6 chars: 1.4 s + 0.2 s
        ("试试这瓶精华", 15, "vo.breath"),
        ("试试这瓶精华", 12, "vo.too_long"),
        ("试试这瓶，精华！", 16, None),  # full-width punctuation costs nothing
        ("含5%烟酰胺", 19, "vo.breath"),  # 4 chars + 1 digit + 3 for % = 8 chars: 1.8 s
        ("用SPF50防晒", 20, None),  # 4 chars + 2 digits + one Latin word (1.5)
        ("Try this serum.", 14, None),  # 3 words at 150 wpm: 1.2 s
        ("Try this serum now, friends.", 14, "vo.too_long"),
        ("Try this 🎉 serum.", 14, None),  # emoji are not spoken
    ],
)
def test_voiceover_fits(vo, dur, rule):
    p = clean_project()
    shot = shots(p, BeatKind.SOLUTION)[0]
    ops.set_field(p, shot, "voiceover", vo)
    ops.set_field(p, shot, "duration_ds", dur)
    vo_rules = {r for r in rules(check_project(p)) if r.startswith("vo.")}
    assert vo_rules == ({rule} if rule else set())


def test_voiceover_message_and_rate_setting():
    p = clean_project()
    shot = shots(p, BeatKind.SOLUTION)[0]
    ops.set_field(p, shot, "voiceover", "试试这瓶烟酰胺精华")  # 9 chars: 2.0 s
    f = _one(p, "vo.breath")
    assert f.message("zh") == "口播 2 秒加换气 0.2 秒共 2.2 秒，镜头 2 秒，超出 0.2 秒"
    ops.set_field(p, shot, "duration_ds", 15)
    f = _one(p, "vo.too_long")
    assert f.message("zh") == "口播需要 2 秒（9 字），镜头只有 1.5 秒，超出 0.5 秒"
    assert f.message("en") == "Voice-over needs 2 s (9 characters), the shot is 1.5 s: 0.5 s over"
    ops.set_field(p, p, "zh_cps", 9.0)
    assert not {r for r in rules(check_project(p)) if r.startswith("vo.")}


# --- pacing, coverage, key point, length -------------------------------------------


def test_long_shot_and_average_pace():
    p = clean_project()
    shot = shots(p, BeatKind.PROOF)[0]
    ops.set_field(p, shot, "duration_ds", 41)
    f = _one(p, "pace.long_shot")
    assert f.location.shot_id == shot.id and "4.1" in f.message("en")
    assert "pace.avg" not in rules(check_project(p))
    p.settings["avg_shot_s"] = 2.0
    assert "pace.avg" in rules(check_project(p))
    p.settings["max_shot_s"] = 5
    assert "pace.long_shot" not in rules(check_project(p))


def test_three_frequency_coverage_names_what_is_missing():
    p = clean_project()
    for s in shots(p, BeatKind.PROOF):
        ops.set_field(p, s, "tags", [t for t in s.tags if t != "reaction"])
    f = _one(p, "coverage.three_freq")
    assert "真人反应" in f.message("zh") and "Reaction" in f.message("en")
    assert [m.en for m in f.args["missing"]] == ["Reaction"]


def test_key_point_layers():
    p = clean_project()
    shot = shots(p, BeatKind.SOLUTION)[1]
    ops.set_field(p, shot, "onscreen_text", "")
    f = _one(p, "keypoint.layers")
    assert f.fix is not None and f.fix.applicable
    ops.set_field(p, shot, "onscreen_text", "温和好吸收")
    ops.set_field(p, shot, "tags", ["usage_scene", "demo", "key_point"])
    assert "keypoint.layers" in rules(check_project(p))  # no icon, no badge tag
    ops.set_field(p, shot, "onscreen_text", "✓ 温和好吸收")
    assert "keypoint.layers" not in rules(check_project(p))
    ops.set_field(p, shot, "tags", ["usage_scene", "demo"])
    assert "keypoint.none" in rules(check_project(p))


@pytest.mark.parametrize(
    ("text", "lang", "fires"),
    [
        ("点击下方领券 ↓", "zh", False),
        ("点击下方链接领取今日专属优惠券哦", "zh", True),  # 16 cells > 14
        ("第三方检测：肤色亮度 +23%", "zh", False),  # Latin and digits are half width
        ("😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀", "zh", False),  # no CJK: measured as 30 narrow chars
        ("Tap below for a coupon ↓", "en", False),
        ("Tap the link below to claim your coupon today", "en", True),
        ("第一行\n第二行很短", "zh", False),
    ],
)
def test_caption_width(text, lang, fires):
    p = clean_project(lang)
    shot = shots(p, BeatKind.CTA)[0]
    ops.set_field(p, shot, "onscreen_text", text)
    found = [f for f in check_project(p) if f.rule == "caption.too_wide"]
    assert bool(found) is fires
    if found:
        fix = found[0].fix
        assert fix is not None and fix.applicable
        apply_fix(p, fix)
        assert "caption.too_wide" not in rules(check_project(p))


def test_total_length_against_platform():
    p = clean_project()
    p.platform = "douyin"
    shot = shots(p, BeatKind.SOLUTION)[0]
    ops.set_field(p, shot, "duration_ds", 3)
    assert "length.too_short" not in rules(check_project(p))  # 16.8 - 1.7 = 15.1 s
    ops.set_field(p, shots(p, BeatKind.PAIN)[0], "duration_ds", 20)
    f = _one(p, "length.too_short")
    assert f.message("en") == "Total length 14.6 s is under the platform's 15 s"
    p.settings["min_total_s"] = 10
    assert "length.too_short" not in rules(check_project(p))


# --- ad law -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "term", "rule", "fixed"),
    [
        ("效果最好的精华", "最好", "adlaw.absolute", "效果很好的精华"),
        ("经典百搭，绝对是秋季首选", "绝对", "adlaw.absolute", "经典百搭，是秋季首选"),
        ("一次根治痘痘", "根治", "adlaw.medical", "一次改善痘痘"),
        ("销量第一的精华", "销量第一", "adlaw.absolute", "热销的精华"),
        ("百分百纯天然", "百分百", "adlaw.absolute", "纯天然"),
        (
            "Guaranteed results in a week",
            "Guaranteed results",
            "adlaw.guarantee",
            "Visible results in a week",
        ),
        ("It cures acne", "cures", "adlaw.medical", "It soothes acne"),
        ("the best ever serum", "the best ever", "adlaw.absolute", "a favourite serum"),
    ],
)
def test_adlaw_terms_fire_with_span_and_fix(text, term, rule, fixed):
    p = clean_project()
    shot = shots(p, BeatKind.SOLUTION)[0]
    ops.set_field(p, shot, "voiceover", text)
    ops.set_field(p, shot, "duration_ds", 40)
    f = _one(p, rule)
    start, end = f.location.span
    assert text[start:end] == term and f.location.field == "voiceover"
    assert f.severity is Severity.ERROR
    apply_fix(p, f.fix)
    assert shot.voiceover == fixed


@pytest.mark.parametrize(
    ("text", "term", "rule"),
    [
        ("国家免检产品，驰名商标", "国家免检", "adlaw.authority"),
        ("稳赚不赔，考试包过", "稳赚不赔", "adlaw.guarantee"),
        ("大师开光的手串", "开光", "adlaw.superstition"),
        ("万人疯抢，再不抢就没了", "万人疯抢", "adlaw.urgency"),
        ("至尊体验，终极享受", "至尊", "adlaw.absolute"),
    ],
)
def test_adlaw_words_without_a_safe_swap_ask_for_a_rewrite(text, term, rule):
    p = clean_project()
    shot = shots(p, BeatKind.SOLUTION)[0]
    ops.set_field(p, shot, "voiceover", text)
    ops.set_field(p, shot, "duration_ds", 40)
    f = _one(p, rule)
    assert text[slice(*f.location.span)] == term and f.severity is Severity.ERROR
    assert f.fix is not None and not f.fix.applicable
    assert term in f.fix.text("zh") and term in f.message("zh") and term in f.message("en")


@pytest.mark.parametrize(
    "text",
    [
        "最后3组库存",
        "最近熬夜多",
        "第一天就见效",
        "第一步洁面",
        "第三方检测",
        "the best way is this? no",
        "Bestseller list",
        "curious?",
    ],
)
def test_adlaw_innocent_words_do_not_fire(text):
    p = clean_project()
    shot = shots(p, BeatKind.SOLUTION)[0]
    ops.set_field(p, shot, "voiceover", text)
    ops.set_field(p, shot, "duration_ds", 40)
    hits = [f for f in check_project(p) if f.rule.startswith("adlaw") and f.location.field == "voiceover"]
    assert [text[f.location.span[0] : f.location.span[1]] for f in hits] in ([], ["the best"])


def test_adlaw_in_visual_is_a_warning_and_in_notes_a_tip():
    p = clean_project()
    shot = shots(p, BeatKind.SOLUTION)[0]
    ops.set_field(p, shot, "visual", "顶级实验室")
    ops.set_field(p, shot, "notes", "写上绝对")
    by_field = {f.location.field: f.severity for f in check_project(p) if f.rule == "adlaw.absolute"}
    assert by_field == {"visual": Severity.WARNING, "notes": Severity.TIP}


def test_adlaw_context_word_is_a_warning_even_in_the_voiceover():
    p = clean_project()
    shot = shots(p, BeatKind.SOLUTION)[0]
    ops.set_field(p, shot, "voiceover", "限时秒杀")
    ops.set_field(p, shot, "duration_ds", 40)
    f = _one(p, "adlaw.urgency")
    assert f.severity is Severity.WARNING and f.args["term"] == "秒杀"


# --- A/B hygiene --------------------------------------------------------------------


def _variant_with(p, kinds, variable):
    script = p.scripts[0]
    v = Variant(name="V", variable=variable)
    ops.insert_variant(p, script, 1, v)
    for kind in kinds:
        b = beat(p, kind)
        alt = Alternative(
            label="B",
            shots=[
                Shot(
                    duration_ds=s.duration_ds,
                    voiceover=s.voiceover,
                    onscreen_text=s.onscreen_text,
                    tags=list(s.tags),
                )
                for s in b.alternatives[0].shots
            ],
        )
        ops.insert_alternative(p, b, 1, alt)
        ops.set_choice(p, v, b, alt.id)
    return v


def test_ab_hygiene():
    p = clean_project()
    v = _variant_with(p, [BeatKind.HOOK], TestVariable.HOOK)
    assert not {r for r in rules(check_project(p)) if r.startswith("ab.")}
    ops.set_field(p, v, "variable", "ending")
    f = _one(p, "ab.mismatch")
    assert f.fix is not None and f.fix.value == "hook"
    ops.set_field(p, v, "variable", "none")
    f = _one(p, "ab.no_variable")
    apply_fix(p, f.fix)
    assert v.variable is TestVariable.HOOK
    cta = beat(p, BeatKind.CTA)
    alt = Alternative(
        label="B", shots=[Shot(duration_ds=30, voiceover="点击下方链接领券", onscreen_text="点击领券")]
    )
    ops.insert_alternative(p, cta, 1, alt)
    ops.set_choice(p, v, cta, alt.id)
    f = _one(p, "ab.multi")
    assert f.args["count"] == 2 and f.location.variant_id == v.id


def test_ab_identical_variant_is_a_tip():
    p = clean_project()
    v = Variant(name="Same", variable=TestVariable.ENDING)
    ops.insert_variant(p, p.scripts[0], 1, v)
    f = _one(p, "ab.identical")
    assert f.severity is Severity.TIP
    ops.set_field(p, v, "variable", "audio")
    assert "ab.identical" not in rules(check_project(p))


def test_mixed_language_project_and_custom_beats():
    p = clean_project()
    script = p.scripts[0]
    ops.insert_beat(
        p,
        script,
        3,
        Beat(
            kind=BeatKind.CUSTOM,
            name="Q&A",
            alternatives=[Alternative(shots=[Shot(duration_ds=20, voiceover="Q&A 时间！")])],
        ),
    )
    assert check_project(p) == []


# --- suggested lines follow the project's language ---------------------------------


def _no_device(lang):
    p = clean_project(lang)
    for s in shots(p, BeatKind.HOOK):
        ops.set_field(p, s, "tags", [])
        ops.set_field(p, s, "onscreen_text", "")
        ops.set_field(p, s, "voiceover", "")
    return p


@pytest.mark.parametrize("project_lang", ["zh", "en"])
def test_try_lines_are_in_the_project_language_with_wording_in_the_ui_language(project_lang):
    from studio.guide.brief.libraries import entries
    from studio.models.text import has_cjk

    p = _no_device(project_lang)
    cta = shots(p, BeatKind.CTA)[0]
    ops.set_field(p, cta, "voiceover", "谢谢" if project_lang == "zh" else "Thanks")
    ops.set_field(p, cta, "onscreen_text", "再见" if project_lang == "zh" else "Bye")
    for rule, kind in (("hook.no_device", "hook"), ("cta.no_directive", "cta")):
        fix = _one(p, rule).fix
        line = entries(kind, project_lang)[0].text
        assert fix.text("zh") == f"试试：{line}"
        assert fix.text("en") == f"Try: {line}"
        assert has_cjk(line) is (project_lang == "zh")
    # Switching the project's language switches the suggested line.
    other = "en" if project_lang == "zh" else "zh"
    ops.set_field(p, p, "language", other)
    assert _one(p, "hook.no_device").fix.text("en") == f"Try: {entries('hook', other)[0].text}"
