"""Wording of ``studio.cli.results_preview``: key -> (Chinese, English)."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "pre.profile": ("报表来源：{name}", "Report from: {name}"),
    "pre.mapping": ("列对应关系：", "Column mapping:"),
    "pre.map_line": ("  {field:<10} <- {header}", "  {field:<14} <- {header}"),
    "pre.ctr_numerator": (
        "点击率按“{column}”计算（进入商品页的点击）",
        "CTR counts clicks from “{column}” (clicks that lead to the product page)",
    ),
    "pre.all_clicks_unused": (
        "未使用“{column}”：它包含点赞、进主页等所有点击",
        "“{column}” is not used: it counts every tap, likes and profile visits included",
    ),
    "pre.thruplays": (
        "完播取自“{column}”：ThruPlay 指播放到结尾或满 15 秒，视频较长时会多于真正的完播",
        "Completions come from “{column}”: a ThruPlay is a play to the end or to 15 s, so on longer videos "
        "it counts more than completions",
    ),
    "pre.derived": (
        "{field} =“{column}”×“{base}”（报表没有这一项的次数）",
        "{field} = “{column}” × “{base}” (the report has no count of its own)",
    ),
    "pre.rows": ("各行（共 {count} 行，未匹配的在前）：", "Rows ({count}), unmatched first:"),
    "pre.row": ("  第 {line} 行：{name} → {variant}（{how}）", "  row {line}: {name} -> {variant} ({how})"),
    "pre.how.exact": ("名称相同", "same name"),
    "pre.how.name": ("广告名中含版本名", "name found in the ad name"),
    "pre.how.code": ("广告名中含版本编号", "code found in the ad name"),
    "pre.how.picked": ("已指定", "chosen"),
    "pre.how.skipped": ("已跳过", "left out"),
    "pre.how.ambiguous": ("可能是 {names}；请用 --match 指定", "could be {names}; use --match"),
    "pre.how.none": (
        "没有对应版本；请用 --match 或 --skip-unmatched",
        "no variant; use --match or --skip-unmatched",
    ),
    "pre.no_variant": ("？", "?"),
    "pre.changes": ("改动：", "Changes:"),
    "pre.change": ("  {variant}：{changes}", "  {variant}: {changes}"),
    "pre.kept": ("  {variant} 保留原值：{fields}", "  {variant} keeps: {fields}"),
    "pre.conflict": (
        "冲突：「{variant}」的{small}（{small_value}）会多于{large}（{large_value}）：{kept}是报表没有的旧数值",
        "Conflict: {variant} would have {small} ({small_value}) above {large} ({large_value}): {kept} is an "
        "earlier value the report does not carry",
    ),
    "pre.choose": (
        "需先选择处理方式，加上以下之一：",
        "Nothing can be stored until you choose, by adding one of:",
    ),
    "pre.choice.replace": (
        "  --replace：用报表替换该版本的结果；舍弃 {drops}",
        "  --replace: replace the variant's results with the report; drops {drops}",
    ),
    "pre.choice.agree": (
        "  --keep-agreeing：只保留仍然一致的旧数值；舍弃 {drops}",
        "  --keep-agreeing: keep earlier values only where they still agree; drops {drops}",
    ),
    "pre.dropped": ("舍弃的旧数值：{drops}", "Earlier values dropped: {drops}"),
}
