"""The compliance lists read text as words in context: each harmless use has its case here."""

from __future__ import annotations

import pytest

from studio.guide.rules.compliance import builtin_rules, lexicon, product_rules
from studio.guide.text import segment
from studio.guide.text.lexicon import REMOVE, REPLACE, REWORD


def _hits(text: str, **kw) -> list[tuple[str, str, str]]:
    return [(h.text, h.rule.category, h.severity) for h in lexicon(**kw).scan(text)]


def _terms(text: str, **kw) -> list[str]:
    return [t for t, _, _ in _hits(text, **kw)]


@pytest.mark.parametrize(
    ("text", "term", "category"),
    [
        ("驰名商标，百年老字号", "驰名商标", "authority"),
        ("国家免检产品", "国家免检", "authority"),
        ("京东特供款", "特供", "authority"),
        ("专家推荐的配方", "专家推荐", "authority"),
        ("稳赚不赔的项目", "稳赚不赔", "guarantee"),
        ("考证包过", "包过", "guarantee"),
        ("能治愈湿疹", "治愈", "medical"),
        ("疗效显著", "疗效", "medical"),
        ("消炎止痛", "消炎", "medical"),
        ("抗癌食品", "抗癌", "medical"),
        ("大师开光", "开光", "superstition"),
        ("戴上就能转运", "转运", "superstition"),
        ("万人疯抢", "万人疯抢", "urgency"),
        ("再不抢就没了", "再不抢就没了", "urgency"),
        ("仅此一天", "仅此一天", "urgency"),
        ("独一无二的设计", "独一无二", "absolute"),
        ("无与伦比的质感", "无与伦比", "absolute"),
        ("终极版", "终极", "absolute"),
        ("至尊礼盒", "至尊", "absolute"),
        ("世界领先的工艺", "世界领先", "absolute"),
        ("纯天然成分", "纯天然", "absolute"),
    ],
)
def test_each_category_is_caught_as_an_error(text, term, category):
    assert (term, category, "error") in _hits(text)


def test_match_on_words_not_characters():
    assert _terms("历史上最低价") == ["最低价"]  # 史上 inside 历史上 is no claim
    assert "史上" in _terms("史上最强")
    assert _terms("我们最近最后一次上新") == ["最后一次"] or _terms("我们最近最后一次上新") == []
    assert _terms("最好看的裙子") == ["最"]  # 最+好看, not 最好+看


@pytest.mark.parametrize(
    "text", ["第一次用就爱上", "第一步先洁面", "第一印象很重要", "第一眼就心动", "第1步：洁面"]
)
def test_ordinals_are_not_rankings(text):
    assert _terms(text) == []


@pytest.mark.parametrize(
    "text", ["面料：100%高支棉", "百分百纯棉，柔软透气", "含棉量100%", "100％桑蚕丝", "采用100%的纯棉面料"]
)
def test_material_composition_percentages_are_facts(text):
    assert _terms(text) == []


def test_percentages_that_promise_are_still_caught():
    assert _terms("100%有效") == ["100%有效"]
    assert _terms("纯棉，100%满意") == ["100%"]


def test_quoted_titles_are_names():
    assert _terms("同款来自电视剧《最好的我们》") == []
    assert _terms("《最好的我们》同款，最好的选择") == ["最好"]


@pytest.mark.parametrize("text", ["不是最好的，但是最适合你", "我们并非第一", "没有绝对的好坏"])
def test_negations_deny_rather_than_claim(text):
    assert _terms(text) in ([], ["最"])  # 最适合 is still a superlative


def test_the_only_drawback_is_not_a_claim():
    assert _terms("唯一的缺点是有点贵") == []
    assert _terms("唯一的选择") == ["唯一"]


def test_ranking_a_products_own_features_is_a_warning():
    assert _hits("这件外套最大的亮点在于领口") == [("最大", "absolute", "warning")]
    assert _hits("这件外套是最大的") == [("最大", "absolute", "error")]


def test_english_by_word_with_inflections():
    assert _terms("It cures acne; cured in a week; curing fast") == ["cures", "cured", "curing"]
    assert _terms("a secure clasp, obscure brand") == []
    hit = lexicon().scan("It Cures acne")[0]
    assert hit.replacement() == "Soothes"


def test_a_hit_inside_a_longer_word_gets_advice_not_a_cut():
    (hit,) = lexicon().scan("世界领先水平")
    assert hit.text == "世界领先" and not hit.whole_words and hit.fix_kind == REWORD
    (hit,) = lexicon().scan("纯天然成分")
    assert hit.whole_words and hit.fix_kind == REPLACE


def test_fix_kinds_follow_the_list():
    kinds = {h.text: h.fix_kind for h in lexicon().scan("绝对好用，效果最好，驰名商标")}
    assert kinds == {"绝对": REMOVE, "最好": REPLACE, "驰名商标": REWORD}


def test_product_category_adds_its_rules():
    assert _terms("美白祛斑精华") == []
    assert _hits("美白祛斑精华", category="cosmetics") == [
        ("美白", "medical", "error"),
        ("祛斑", "medical", "error"),
    ]
    assert _terms("药妆品牌", category="cosmetics") == ["药妆"]
    assert _terms("每天一杯，预防高血压", category="food") == ["预防"]
    assert _terms("每天一杯，预防高血压") == []
    assert product_rules("general") == () and product_rules("no-such") == ()


def test_user_lists_ban_and_allow():
    assert _terms("拼单更划算", banned={"拼单": ""}) == ["拼单"]
    assert _hits("拼单更划算", banned={"拼单": ""})[0][1] == "custom"
    assert _terms("第一坊酱油，最好的选择", allowed=["第一坊"]) == ["最好"]
    assert _terms("最好的选择", allowed=["最好"]) == []


def test_suggestions_are_clean_themselves():
    rules, patterns = builtin_rules()
    for rule in [*rules, *(r for r, _, _ in patterns)]:
        if rule.suggest not in ("", "-"):
            assert lexicon().scan(rule.suggest) == [], (rule.term, rule.suggest)


def test_the_segmenter_loads_once_and_keeps_our_terms_whole():
    assert segment.cut("万人疯抢中")[0] == "万人疯抢"
    assert segment.loaded()


def test_the_projects_category_and_lists_reach_the_check():
    from studio.guide.checker import Checker
    from studio.models import ops
    from studio.models.enums import BeatKind, ProductCategory
    from tests.guide.helpers import clean_project, shots

    p = clean_project()
    shot = shots(p, BeatKind.SOLUTION)[0]
    ops.set_field(p, shot, "voiceover", "美白精华，拼单更划算")
    ops.set_field(p, shot, "duration_ds", 40)
    checker = Checker(p)
    checker.attach()
    assert not [f for f in checker.check() if f.rule.startswith("adlaw")]
    ops.set_field(p, p, "category", ProductCategory.COSMETICS)
    ops.set_field(p, p, "banned_words", {"拼单": "一起买"})
    found = {f.args["term"]: f for f in checker.check() if f.rule.startswith("adlaw")}
    assert set(found) == {"美白", "拼单"}
    assert "特殊化妆品" in found["美白"].message("zh") and "special-use" in found["美白"].message("en")
    assert found["拼单"].rule == "adlaw.custom" and found["拼单"].fix.value == "美白精华，一起买更划算"
    ops.set_field(p, p, "allowed_words", ["美白"])
    assert {f.args["term"] for f in checker.check() if f.rule.startswith("adlaw")} == {"拼单"}


def test_scanning_fields_together_equals_one_by_one():
    texts = ["不", "最好的精华", "", "《最好的", "我们》100%", "纯棉", "第一", "印象"]
    assert lexicon().scan_many(texts) == [lexicon().scan(t) for t in texts]
