"""Wording of studio.results.creators_cost_words (the "Cost and ROI" view): key -> (Chinese, English)."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "cost.quote": ("「{name}」", "“{name}”"),
    "cost.interval": ("（95% 区间 {span}）", " (95% interval {span})"),
    "cost.none": (
        "还没有填写费用或佣金：在“达人”页的合作信息中填写后，即可比较各达人的成本与 ROI。",
        "No fee or commission entered yet: add them in the Creators tab's deal to compare cost and ROI.",
    ),
    "cost.total.creators": (
        "已填费用的 {count} 位达人共花费 {cost}，带来 GMV {gmv}，ROI {ratio}。",
        "{count} priced creators cost {cost} in all and brought {gmv} of GMV: ROI {ratio}.",
    ),
    "cost.total.variants": (
        "已填费用的 {count} 个版本共花费 {cost}，带来 GMV {gmv}，ROI {ratio}。",
        "{count} priced variants cost {cost} in all and brought {gmv} of GMV: ROI {ratio}.",
    ),
    "cost.roi_range": (
        "ROI 最高的是{top}，{top_roi}{top_interval}；最低的是{low}，{low_roi}{low_interval}。{tail}",
        "ROI is highest for {top}, {top_roi}{top_interval}, and lowest for {low}, {low_roi}{low_interval}. {tail}",
    ),
    "cost.sure": (
        "两者区间不重叠，差异确实存在。",
        "Their intervals do not overlap: the difference is real.",
    ),
    "cost.unsure": (
        "两者区间重叠，订单更多后才能确定谁更划算。",
        "Their intervals overlap: more orders will tell which is the better buy.",
    ),
    "cost.per_order": (
        "单均成本最低的是{cheap}，{cheap_cost}；最高的是{dear}，{dear_cost}。",
        "The cheapest order came from {cheap}, {cheap_cost}; the dearest from {dear}, {dear_cost}.",
    ),
    "cost.unpriced": ("未填写费用、不参与比较：{names}。", "No fee entered, not compared: {names}."),
}
