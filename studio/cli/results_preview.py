"""The preview of a report import in words: platform, columns, every row's match, before and after."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from studio.cli.i18n import add_messages, say_in

add_messages(
    {
        "pre.profile": ("Report from: {name}", "报表来源：{name}"),
        "pre.mapping": ("Column mapping:", "列对应关系："),
        "pre.map_line": ("  {field:<14} <- {header}", "  {field:<10} <- {header}"),
        "pre.ctr_numerator": (
            "CTR counts clicks from “{column}” (clicks that lead to the product page)",
            "点击率按“{column}”计算（进入商品页的点击）",
        ),
        "pre.all_clicks_unused": (
            "“{column}” is not used: it counts every tap, likes and profile visits included",
            "未使用“{column}”：它包含点赞、进主页等所有点击",
        ),
        "pre.thruplays": (
            "Completions come from “{column}”: a ThruPlay is a play to the end or to 15 s, so on longer videos it counts more than completions",
            "完播取自“{column}”：ThruPlay 指播放到结尾或满 15 秒，视频较长时会多于真正的完播",
        ),
        "pre.derived": (
            "{field} = “{column}” × “{base}” (the report has no count of its own)",
            "{field} =“{column}”×“{base}”（报表没有这一项的次数）",
        ),
        "pre.rows": ("Rows ({count}), unmatched first:", "各行（共 {count} 行，未匹配的在前）："),
        "pre.row": (
            "  row {line}: {name} -> {variant} ({how})",
            "  第 {line} 行：{name} → {variant}（{how}）",
        ),
        "pre.how.exact": ("same name", "名称相同"),
        "pre.how.name": ("name found in the ad name", "广告名中含版本名"),
        "pre.how.code": ("code found in the ad name", "广告名中含版本编号"),
        "pre.how.picked": ("chosen", "已指定"),
        "pre.how.skipped": ("left out", "跳过"),
        "pre.how.ambiguous": ("could be {names}; use --match", "可能是 {names}；请用 --match 指定"),
        "pre.how.none": (
            "no variant; use --match or --skip-unmatched",
            "没有对应版本；请用 --match 或 --skip-unmatched",
        ),
        "pre.no_variant": ("?", "？"),
        "pre.changes": ("Changes:", "改动："),
        "pre.change": ("  {variant}: {changes}", "  {variant}：{changes}"),
        "pre.kept": ("  {variant} keeps: {fields}", "  {variant} 保留原值：{fields}"),
    }
)


def how_words(lang: str, how: str, names: str) -> str:
    """Why a row or curve went to its variant, in ``lang``."""
    return say_in(lang, f"pre.how.{how}", names=names)


def _fmt(name: str, value: float) -> str:
    return f"{value:,.2f}" if name in ("spend", "gmv") else f"{int(value):,}"


def preview_lines(preview: Any, names: Mapping[str, str], lang: str, earlier: Mapping[str, Any]) -> list[str]:
    """The whole preview of an import, one line per fact, in ``lang``."""
    from studio.imports.report_profiles import COUNTS, MONEY
    from studio.results.metrics import count_label

    out: list[str] = []
    notes = dict(preview.notes) if preview.notes else {}
    if "profile" in notes:
        out.append(say_in(lang, "pre.profile", name=notes["profile"][lang]))
    out.append(say_in(lang, "pre.mapping"))
    for name, col in preview.mapping.items():
        out.append(
            say_in(lang, "pre.map_line", field=count_label(name, lang), header=preview.table.headers[col])
        )
    for kind, fields in preview.notes:
        if kind == "profile":
            continue
        shown = dict(fields)
        if "field" in shown:
            shown["field"] = count_label(str(shown["field"]), lang)
        out.append(say_in(lang, f"pre.{kind}", **shown))
    out.append(say_in(lang, "pre.rows", count=len(preview.rows)))
    for row in preview.rows:
        how = say_in(lang, f"pre.how.{row.how}", names=" / ".join(names.get(c, c) for c in row.candidates))
        variant = names.get(row.variant_id, "") if row.variant_id else say_in(lang, "pre.no_variant")
        out.append(say_in(lang, "pre.row", line=row.line, name=row.name, variant=variant, how=how))
    out.append(say_in(lang, "pre.changes"))
    for vid, result in preview.merged.items():
        old = earlier.get(vid)
        parts = []
        for name in (*COUNTS, *MONEY):
            if name not in preview.totals[vid]:
                continue
            before = getattr(old, name) if old else 0
            parts.append(
                f"{count_label(name, lang)} {_fmt(name, before)} → {_fmt(name, getattr(result, name))}"
            )
        out.append(say_in(lang, "pre.change", variant=names.get(vid, vid), changes="; ".join(parts)))
        kept = [count_label(n, lang) for n in (*COUNTS, *MONEY)
                if n not in preview.totals[vid] and old is not None and getattr(old, n)]  # fmt: skip
        if kept:
            out.append(say_in(lang, "pre.kept", variant=names.get(vid, vid), fields=", ".join(kept)))
    return out
