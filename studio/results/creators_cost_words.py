"""What the creators cost against what they brought, said in words (zh or en), for the "Cost and ROI" view.

A creator (or variant) is said to return more than another only when their ROI intervals do not
overlap; otherwise the words say the order could still change with more orders.
"""

from __future__ import annotations

from studio.models.money import format_amount
from studio.results.creators import CreatorAnalysis, Standing
from studio.results.creators_verdict import CREATOR
from studio.results.format import format_money, format_ratio
from studio.wording import say_in


def _q(name: str, lang: str) -> str:
    return say_in(lang, "cost.quote", name=name)


def _interval(s: Standing, lang: str) -> str:
    roi = s.costs.roi if s.costs is not None else None
    if roi is None or roi.low is None or roi.high is None or roi.high - roi.low < 0.005:
        return ""  # (a pure commission returns the same whatever the orders: no interval to give)
    span = f"{format_ratio(roi.low)}–{format_ratio(roi.high)}"
    return say_in(lang, "cost.interval", span=span)


def cost_sentences(analysis: CreatorAnalysis, lang: str, symbol: str, level: str = CREATOR) -> list[str]:
    """The cost lines: the total and its ROI, the best and the lowest ROI (and whether that is sure),
    the cheapest and dearest order; or what to enter when no fee or commission is known."""
    arms: list[Standing] = list(analysis.with_results if level == CREATOR else analysis.compared_groups)
    priced = [a for a in arms if a.costs is not None]
    if not priced:
        return [say_in(lang, "cost.none")]
    total = sum(a.costs.cost for a in priced if a.costs is not None)
    gmv = sum(a.gmv for a in priced)
    money = analysis.currency
    cost_text = format_amount(total, money)
    ratio = format_ratio(gmv / (total / 10 ** _places(money))) if total else "–"
    total_key = "cost.total.creators" if level == CREATOR else "cost.total.variants"
    gmv_text = format_money(gmv, symbol)
    out = [say_in(lang, total_key, count=len(priced), cost=cost_text, gmv=gmv_text, ratio=ratio)]
    ranked = sorted((a for a in priced if a.costs and a.costs.roi.value is not None),
                    key=lambda a: a.costs.roi.value if a.costs and a.costs.roi.value else 0.0, reverse=True)  # fmt: skip
    if len(ranked) >= 2:
        top, low = ranked[0], ranked[-1]
        assert top.costs is not None and low.costs is not None
        t, b = top.costs.roi, low.costs.roi
        sure = t.low is not None and b.high is not None and t.low > b.high
        name_top, name_low = _q(top.name or "–", lang), _q(low.name or "–", lang)
        out.append(
            say_in(lang, "cost.roi_range", top=name_top, top_roi=format_ratio(t.value),
                   top_interval=_interval(top, lang), low=name_low, low_roi=format_ratio(b.value),
                   low_interval=_interval(low, lang), tail=say_in(lang, "cost.sure" if sure else "cost.unsure"))
        )  # fmt: skip
        per = [a for a in ranked if a.costs and a.costs.per_order.value is not None]
        if len(per) >= 2:
            per.sort(key=lambda a: a.costs.per_order.value if a.costs and a.costs.per_order.value else 0.0)
            cheap, dear = per[0], per[-1]
            assert cheap.costs is not None and dear.costs is not None
            c, d = cheap.costs.per_order.value or 0.0, dear.costs.per_order.value or 0.0
            out.append(
                say_in(lang, "cost.per_order", cheap=_q(cheap.name, lang), cheap_cost=format_money(c, symbol),
                       dear=_q(dear.name, lang), dear_cost=format_money(d, symbol))
            )  # fmt: skip
    unpriced = [a.name for a in arms if a.costs is None and a.name]
    if unpriced:
        out.append(say_in(lang, "cost.unpriced", names=("、" if lang == "zh" else ", ").join(unpriced)))
    return out


def _places(currency: str) -> int:
    from studio.models.money import digits

    return digits(currency)
