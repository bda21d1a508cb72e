"""Wording of studio.results.creators_words (the creators comparison): key -> (Chinese, English)."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "matrix.confounded": (
        "{lead}暂时领先（{val}，{rival}{rval}），但每个版本只交给了一位达人，差异可能来自达人本身；请把每个版本交给两位或更多达人。",
        "{lead} leads with {val} against {rval} for {rival}, but each variant went to one creator only, so the "
        "creator may explain the difference; give each variant to two or more creators.",
    ),
    "matrix.no_conversions": ("还没有达人回传转化数据。", "no creator has reported conversions yet."),
    "matrix.no_gmv": ("还没有达人回传成交金额。", "no creator has reported GMV yet."),
    "matrix.too_few.creators": (
        "比较达人至少需要两位达人的数据（目前 {count} 位）。",
        "Comparing creators needs results from at least two ({count} so far).",
    ),
    "matrix.too_few.variants": (
        "比较版本至少需要两个版本的数据（目前 {count} 个）。",
        "Comparing variants needs results from at least two ({count} so far).",
    ),
    "matrix.spread": (
        "同一版本的达人之间差异大于随机波动（离散系数 {spread:.1f}），版本的区间和所需播放量已计入这一点。",
        "Creators given the same variant differ more than chance alone (dispersion {spread:.1f}), so the "
        "variants' intervals and the plays they need allow for it.",
    ),
    "matrix.unassigned": (
        "未分配版本的达人不参与版本比较：{names}。",
        "Creators without an assigned variant are left out of the variant comparison: {names}.",
    ),
    "matrix.impossible_row": (
        "{name}（转化 {conversions}，播放 {plays}）",
        "{name} ({conversions} conversions, {plays} plays)",
    ),
    "matrix.impossible": (
        "转化数多于播放数，未参与比较（请核对数据）：{names}。",
        "More conversions than plays, left out of the comparison (check the figures): {names}.",
    ),
    "matrix.pending_row": ("{name}（{status}）", "{name} ({status})"),
    "matrix.pending": (
        "待出结果（尚无数据，不参与比较）：{names}。",
        "Pending (no results yet, not compared): {names}.",
    ),
}
