"""What the creators cost against what they brought, said in words (zh or en), for the "Cost and ROI" view.

A creator (or variant) is said to return more than another only when their ROI intervals do not
overlap; otherwise the words say the order could still change with more orders.
"""

from __future__ import annotations

from studio.models.money import format_amount
from studio.results.creators import CreatorAnalysis, Standing
from studio.results.creators_verdict import CREATOR
from studio.results.format import format_money, format_ratio


def _q(name: str, lang: str) -> str:
    return f"「{name}」" if lang == "zh" else f"“{name}”"


def _interval(s: Standing, lang: str) -> str:
    roi = s.costs.roi if s.costs is not None else None
    if roi is None or roi.low is None or roi.high is None or roi.high - roi.low < 0.005:
        return ""  # (a pure commission returns the same whatever the orders: no interval to give)
    span = f"{format_ratio(roi.low)}–{format_ratio(roi.high)}"
    return f"（95% 区间 {span}）" if lang == "zh" else f" (95% interval {span})"


def cost_sentences(analysis: CreatorAnalysis, lang: str, symbol: str, level: str = CREATOR) -> list[str]:
    """The cost lines: the total and its ROI, the best and the lowest ROI (and whether that is sure),
    the cheapest and dearest order; or what to enter when no fee or commission is known."""
    zh = lang == "zh"
    arms: list[Standing] = list(analysis.with_results if level == CREATOR else analysis.compared_groups)
    priced = [a for a in arms if a.costs is not None]
    if not priced:
        return [
            "还没有填写费用或佣金：在“达人”页的合作信息中填写后，即可比较各达人的成本与 ROI。"
            if zh
            else "No fee or commission entered yet: add them in the Creators tab's deal to compare cost and ROI."
        ]
    total = sum(a.costs.cost for a in priced if a.costs is not None)
    gmv = sum(a.gmv for a in priced)
    money = analysis.currency
    cost_text = format_amount(total, money)
    ratio = format_ratio(gmv / (total / 10 ** _places(money))) if total else "–"
    who = "位达人" if level == CREATOR else "个版本"
    out = [
        f"已填费用的 {len(priced)} {who}共花费 {cost_text}，带来 GMV {format_money(gmv, symbol)}，ROI {ratio}。"
        if zh
        else f"{len(priced)} priced {'creators' if level == CREATOR else 'variants'} cost {cost_text} in all and "
        f"brought {format_money(gmv, symbol)} of GMV: ROI {ratio}."
    ]
    ranked = sorted((a for a in priced if a.costs and a.costs.roi.value is not None),
                    key=lambda a: a.costs.roi.value if a.costs and a.costs.roi.value else 0.0, reverse=True)  # fmt: skip
    if len(ranked) >= 2:
        top, low = ranked[0], ranked[-1]
        assert top.costs is not None and low.costs is not None
        t, b = top.costs.roi, low.costs.roi
        sure = t.low is not None and b.high is not None and t.low > b.high
        name_top, name_low = _q(top.name or "–", lang), _q(low.name or "–", lang)
        if zh:
            tail = "两者区间不重叠，差异确实存在。" if sure else "两者区间重叠，订单更多后才能确定谁更划算。"
            out.append(f"ROI 最高的是{name_top}，{format_ratio(t.value)}{_interval(top, lang)}；"
                       f"最低的是{name_low}，{format_ratio(b.value)}{_interval(low, lang)}。{tail}")  # fmt: skip
        else:
            tail = ("Their intervals do not overlap: the difference is real." if sure
                    else "Their intervals overlap: more orders will tell which is the better buy.")  # fmt: skip
            out.append(f"ROI is highest for {name_top}, {format_ratio(t.value)}{_interval(top, lang)}, and lowest for "
                       f"{name_low}, {format_ratio(b.value)}{_interval(low, lang)}. {tail}")  # fmt: skip
        per = [a for a in ranked if a.costs and a.costs.per_order.value is not None]
        if len(per) >= 2:
            per.sort(key=lambda a: a.costs.per_order.value if a.costs and a.costs.per_order.value else 0.0)
            cheap, dear = per[0], per[-1]
            assert cheap.costs is not None and dear.costs is not None
            c, d = cheap.costs.per_order.value or 0.0, dear.costs.per_order.value or 0.0
            out.append(
                f"单均成本最低的是{_q(cheap.name, lang)}，{format_money(c, symbol)}；最高的是{_q(dear.name, lang)}，"
                f"{format_money(d, symbol)}。"
                if zh
                else f"The cheapest order came from {_q(cheap.name, lang)}, {format_money(c, symbol)}; the dearest "
                f"from {_q(dear.name, lang)}, {format_money(d, symbol)}."
            )
    unpriced = [a.name for a in arms if a.costs is None and a.name]
    if unpriced:
        sep = "、" if zh else ", "
        out.append(
            f"未填写费用、不参与比较：{sep.join(unpriced)}。"
            if zh
            else f"No fee entered, not compared: {sep.join(unpriced)}."
        )
    return out


def _places(currency: str) -> int:
    from studio.models.money import digits

    return digits(currency)
