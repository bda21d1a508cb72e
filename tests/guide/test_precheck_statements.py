"""Required statements by category and claim, and the offer said or shown against the brief's."""

from __future__ import annotations

from studio.guide.brief.needs import opens_brief
from studio.guide.checker import Checker, check_project
from studio.guide.findings import apply_fix
from studio.models import ops
from studio.models.brief import Brief, Offer
from tests.guide import precheck_corpus as corpus


def _project(*texts: str, platform: str = "douyin", context: str = "-"):
    return corpus.project_for(corpus.Line("statement", platform, context, texts[0]), *texts)


def _pre(project):
    return [f for f in check_project(project) if f.rule.startswith("precheck.")]


def _shots(project):
    return project.scripts[0].beats[0].alternatives[0].shots


def test_before_after_needs_results_may_vary_and_the_fix_adds_it():
    project = _project("使用前满脸痘痘", "使用后光滑", context="cosmetics")
    (f,) = _pre(project)
    assert f.rule == "precheck.statement" and f.location.shot_id == _shots(project)[0].id
    assert "效果因人而异" in f.message("zh") and "Results may vary" not in f.message("en")
    assert "before and after" in f.message("en")
    apply_fix(project, f.fix)
    assert _shots(project)[0].onscreen_text == "效果因人而异"
    assert _pre(project) == []


def test_the_statement_may_be_in_any_shot_of_the_cut():
    project = _project("前后对比太明显了", "效果因人而异")
    assert _pre(project) == []


def test_health_food_must_say_it_cannot_replace_medicine():
    project = _project("每天两粒，帮你调节睡眠", context="health_food")
    (f,) = _pre(project)
    assert f.severity.value == "error" and "本品不能代替药物" in f.message("zh")
    apply_fix(project, f.fix)
    assert _pre(project) == []
    assert _pre(_project("每天两粒，帮你调节睡眠", context="cosmetics")) == []


def test_a_price_needs_its_condition():
    project = _project("原价299，现在只要99")
    (f,) = _pre(project)
    assert f.args["line"] == "活动价以下单页为准"
    apply_fix(project, f.fix)
    assert _pre(project) == []
    assert _pre(_project("今天下单立减50")) == []


def test_a_paid_post_needs_the_platforms_ad_label():
    project = _project("这款精华我用了一个月", context="sponsored")
    (f,) = _pre(project)
    assert f.rule == "precheck.ad_label" and "抖音" in f.message("zh")
    apply_fix(project, f.fix)
    assert _shots(project)[0].onscreen_text == "广告" and _pre(project) == []
    project = _project("My favourite serum right now", platform="tiktok", context="sponsored")
    project.language = "en"
    (f,) = _pre(project)
    assert f.args["label"] == "#ad" and "TikTok" in f.message("en")


def test_an_offer_that_contradicts_the_brief_is_fixed_to_the_brief():
    project = _project("到手价只要89元，满199减30", context="offer")
    (f,) = _pre(project)
    assert f.rule == "precheck.offer" and f.args["term"] == "到手价只要89元"
    apply_fix(project, f.fix)
    assert _shots(project)[0].voiceover == "到手价只要99元，满199减30"
    assert _pre(project) == []


def test_coupon_deadline_and_stock_are_compared():
    for text, what in (
        ("领券满199减50", "coupon"),
        ("活动到12月15日截止", "deadline"),
        ("最后100件", "stock"),
    ):
        found = _pre(_project(text, context="offer"))
        assert [f.rule for f in found] == ["precheck.offer"], text
        assert found[0].args["what"].en == what
    assert _pre(_project("12月12日24点截止，最后500件", context="offer")) == []


def test_a_countdown_needs_real_stock_in_the_brief():
    project = _project("倒计时最后3组库存", context="offer_nostock")
    (f,) = _pre(project)
    assert f.rule == "precheck.countdown" and opens_brief(f.fix) == "offer.stock"
    # Without a brief nobody is nagged about stock.
    assert _pre(_project("倒计时最后3组库存")) == []


def test_editing_the_brief_rechecks_the_offer():
    project = _project("到手价89元")
    checker = Checker(project)
    checker.attach()
    assert not [f for f in checker.check() if f.rule == "precheck.offer"]
    ops.set_field(project, project, "brief", Brief(offer=Offer(price="99元")))
    assert [f.rule for f in checker.check() if f.rule == "precheck.offer"] == ["precheck.offer"]
    ops.set_field(project, project, "brief", Brief(offer=Offer(price="89元")))
    assert not [f for f in checker.check() if f.rule == "precheck.offer"]


def test_incremental_matches_fresh_for_statements():
    project = _project("使用前", "中间", context="cosmetics")
    checker = Checker(project)
    checker.attach()
    checker.check()
    second = _shots(project)[1]
    for text in ("中间，效果因人", "中间，效果因人而异", "中间", "原价299"):
        ops.set_field(project, second, "voiceover", text)
        incremental = sorted((f.rule, f.location.shot_id) for f in checker.check())
        fresh = sorted((f.rule, f.location.shot_id) for f in check_project(project))
        assert incremental == fresh, text


def test_tuning_statements_and_offers_are_caught():
    rows = [line for line in corpus.lines(corpus.TUNING) if line.kind in ("statement", "consistency")]
    assert rows and [line.text for line in rows if not corpus.caught(line)] == []


def test_hostile_offer_lines_are_read_in_bounded_work():
    # Repeated price words with spaces between them once made a pattern backtrack without end.
    lines = ["只要  " * 3000 + "x", "到手价" * 5000, "满199减" * 4000, "1月" * 8000, "最后" * 6000 + "件"]
    project = _project(*lines, context="offer")
    found = _pre(project)
    assert all(f.location.span is None or f.location.span[1] <= 30_000 for f in found)
