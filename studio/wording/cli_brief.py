"""Wording of ``studio.cli.cmd_brief``: key -> (Chinese, English)."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "brief.help": (
        "查看项目的创意简报（人群、痛点、卖点、优惠、必说话术、禁用词），或从 JSON 文件设置简报",
        "show a project's creative brief (audience, pain points, selling points, offer, must-say lines, "
        "banned words), or set it from a JSON file",
    ),
    "brief.file": ("项目文件（.studio）", "the project file (.studio)"),
    "brief.json": ("输出 JSON 而不是文字", "print JSON instead of text"),
    "brief.set": (
        "用此 JSON 文件中的简报替换现有简报（格式同 'studio brief --json' 的输出）",
        "replace the brief with the one in this JSON file (the shape 'studio brief --json' prints)",
    ),
    "brief.not_json": ("{path} 不是 JSON 文件：{detail}", "{path} is not a JSON file: {detail}"),
    "brief.empty": ("{path}：简报还是空的", "{path}: the brief is empty"),
    "brief.product": (
        "产品：{product}（{category}），品牌 {brand}",
        "Product: {product} ({category}), brand {brand}",
    ),
    "brief.platform": (
        "平台：{platform}；目标时长：{length}",
        "Platform: {platform}; target length: {length}",
    ),
    "brief.personas": ("人群：", "Audience:"),
    "brief.persona": (
        "  {name}：{who}；观看：{watches}；常说“{says}”",
        "  {name}: {who}; watches {watches}; says “{says}”",
    ),
    "brief.pains": ("痛点：{items}", "Pain points: {items}"),
    "brief.itches": ("痒点：{items}", "Itch points: {items}"),
    "brief.pleasures": ("爽点：{items}", "Pleasure points: {items}"),
    "brief.points": ("卖点（核心卖点在前）：", "Selling points (key first):"),
    "brief.point": (
        "  {rank}. {point}（证据：{evidence}）{answers}",
        "  {rank}. {point} (proof: {evidence}){answers}",
    ),
    "brief.answers": (" 回应 {pain}", " answers {pain}"),
    "brief.answers_unlinked": (
        " 回应“{pain}”，但它不是简报中的痛点：请用 --link 选择",
        " answers “{pain}”, which is not one of the pains: pick one with --link",
    ),
    "brief.link": (
        "把卖点（卖点文字或序号）关联到它回应的痛点（痛点 ID 或完整文字；'-' 表示不关联）",
        "link a selling point (its text or its rank) to the pain it answers (the pain's id or exact text; "
        "'-' for none)",
    ),
    "brief.linked": ("{path}：“{point}”回应“{pain}”", "{path}: “{point}” answers “{pain}”"),
    "brief.unlinked": ("{path}：“{point}”不再关联痛点", "{path}: “{point}” answers no pain"),
    "brief.no_point": (
        "简报中没有卖点“{name}”；现有卖点：{choices}",
        "no selling point “{name}”; the brief's selling points: {choices}",
    ),
    "brief.no_pain": (
        "没有痛点“{name}”；请从简报的痛点中选择（ID 或完整文字）：{choices}",
        "no pain “{name}”; pick one of the brief's pains (id or exact text): {choices}",
    ),
    "brief.pain_ids": ("  {id}  {pain}", "  {id}  {pain}"),
    "brief.persona_ids": ("  {rank}. {id}  {name}", "  {rank}. {id}  {name}"),
    "brief.for_persona": ("，面向 {persona}", " for {persona}"),
    "brief.for_unlinked": (
        "，面向“{persona}”，但它不是简报中的人群：请用 --for 选择",
        " for “{persona}”, who is not one of the personas: pick one with --for",
    ),
    "brief.for": (
        "指定卖点（卖点文字或序号）面向的人群（人群 ID、完整名称或序号；'-' 表示不指定）",
        "say which persona a selling point (its text or its rank) is for (the persona's id, exact name or "
        "rank; '-' for none)",
    ),
    "brief.for_set": ("{path}：“{point}”面向“{persona}”", "{path}: “{point}” is for “{persona}”"),
    "brief.for_cleared": ("{path}：“{point}”不再指定人群", "{path}: “{point}” is for no persona"),
    "brief.no_persona": (
        "没有人群“{name}”；请从简报的人群中选择（ID、完整名称或序号）：{choices}",
        "no persona “{name}”; pick one of the brief's personas (id, exact name or rank): {choices}",
    ),
    "brief.scenes": ("使用场景：{items}", "Usage scenes: {items}"),
    "brief.offer": (
        "优惠：价格 {price}；券 {coupon}；截止 {deadline}；库存 {stock}",
        "Offer: price {price}; coupon {coupon}; deadline {deadline}; stock {stock}",
    ),
    "brief.must_say": ("必说：{items}", "Must say: {items}"),
    "brief.banned": ("禁说：{items}", "Never say: {items}"),
    "brief.hashtags": ("话题：{items}", "Hashtags: {items}"),
    "brief.post_by": ("发布期限：{when}", "Post by: {when}"),
    "brief.hand_in": ("交稿：{how}", "Hand in: {how}"),
    "brief.product_link": ("商品链接：{link}", "Product link: {link}"),
    "brief.talents": ("达人：{count} 位", "Creators: {count}"),
    "brief.saved": ("{path}：已从 {source} 设置简报", "{path}: brief set from {source}"),
    "brief.check_script": (
        "对照简报检查达人交回的脚本（.docx 或文本）",
        "check a creator's returned script (.docx or text) against the brief",
    ),
    "brief.returned_ok": (
        "{source}：必说话术齐全，没有禁用词，没有违反广告法的用语，朗读约 {seconds} 秒",
        "{source}: says every must-say line, no banned word, no ad-law breach, reads in about {seconds} s",
    ),
    "brief.returned_missing": ("{source}：缺少必说话术：{line}", "{source}: must-say line missing: {line}"),
    "brief.returned_banned": ("{source}：用了禁用词：{word}", "{source}: banned word: {word}"),
    "brief.returned_adlaw": ("{source}:{line}：{message}", "{source}:{line}: {message}"),
    "brief.returned_adlaw_warning": (
        "{source}:{line}：（提醒）{message}",
        "{source}:{line}: (warning) {message}",
    ),
    "brief.returned_long": (
        "{source}：朗读约 {seconds} 秒，简报要求 {target} 秒",
        "{source}: reads in about {seconds} s, the brief asks for {target} s",
    ),
    "returned.too_large": ("{path} 太大，不像是脚本", "{path} is too large to be a script"),
    "returned.not_docx": ("{path} 不是 Word 文档", "{path} is not a Word document"),
    "returned.unreadable": ("无法把 {path} 读作脚本", "cannot read {path} as a script"),
    "returned.empty": ("{path} 里没有脚本文字，无法检查", "{path} holds no script text: nothing to check"),
}

#: Keys whose sentence is defined under another key.
ALIASES: dict[str, str] = {
    "brief.unset": "label.not_set",
    "brief.seconds": "label.seconds",
}
