"""Wording of ``studio.cli.creator_deals``: key -> (Chinese, English)."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "talents.due": (
        "列出待办：逾期的初稿、{post} 天内到期或已逾期的发布、{rights} 天内到期的授权",
        "list what is due: drafts late, posts due within {post} days or late, usage rights expiring within "
        "{rights} days",
    ),
    "talents.f.tier": (
        "档位：头部、肩部、腰部、尾部、KOC、素人",
        "tier: 头部, 肩部, 腰部, 尾部, KOC, 素人 (top, upper, mid, micro, koc, amateur)",
    ),
    "talents.f.deal": (
        "合作方式：一口价、CPS（纯佣）、保底+佣金",
        "deal type: 一口价 (flat), CPS (cps), 保底+佣金 (guaranteed)",
    ),
    "talents.f.fee": (
        "费用，按项目币种（5000、5,000、¥5000、0.5万）",
        "the fee in the project's currency (5000, 5,000, ¥5000, 0.5万)",
    ),
    "talents.f.commission": ("佣金比例（10%、12.5%、0.1）", "commission on sales (10%, 12.5%, 0.1)"),
    "talents.f.guaranteed_plays": ("保底播放量（10万）", "plays guaranteed (保底播放: 10万)"),
    "talents.f.deliverables": (
        "交付内容（1 条 60 秒视频 + 3 张图）",
        "what they deliver (1 video of 60 s + 3 pictures)",
    ),
    "talents.f.draft_due": ("交稿日期（2026-12-20、12月20日）", "draft due (2026-12-20, 12月20日)"),
    "talents.f.draft_in": ("实际交稿日期", "the day the draft came in"),
    "talents.f.final_due": ("终稿日期", "final cut due"),
    "talents.f.post_due": ("发布日期", "posting date"),
    "talents.f.rights_platforms": (
        "授权平台（抖音、小红书 · 全平台）",
        "platforms the brand may use the video on (抖音、小红书 · 全平台)",
    ),
    "talents.f.paid_ads": ("投流授权（是/否）", "whether the video may run as a paid ad (是/否, yes/no)"),
    "talents.f.rights_until": ("授权到期日", "the last day of the usage rights"),
    "talents.f.exclusive_days": (
        "发布后的独家期（30、30天、3个月）",
        "exclusivity after posting (30, 30天, 3个月)",
    ),
    "talents.h.tier": ("档位", "Tier"),
    "talents.h.deal": ("合作方式", "Deal"),
    "talents.h.fee": ("费用", "Fee"),
    "talents.h.commission": ("佣金比例", "Commission"),
    "talents.h.guaranteed_plays": ("保底播放", "Guaranteed plays"),
    "talents.h.deliverables": ("交付内容", "Deliverables"),
    "talents.h.draft_due": ("交稿日期", "Draft due"),
    "talents.h.draft_in": ("实际交稿", "Draft in"),
    "talents.h.final_due": ("终稿日期", "Final due"),
    "talents.h.post_due": ("发布日期", "Posting date"),
    "talents.h.rights_platforms": ("授权平台", "Rights: platforms"),
    "talents.h.paid_ads": ("投流授权", "Paid-ad use"),
    "talents.h.rights_until": ("授权到期", "Rights until"),
    "talents.h.exclusive_days": ("独家期（天）", "Exclusivity (days)"),
    "due.none": (
        "{path}：没有待办（无逾期初稿、{post} 天内无待发布、{rights} 天内无到期授权）",
        "{path}: nothing due (no draft late, no post due within {post} days, no rights expiring within "
        "{rights} days)",
    ),
    "due.draft_late": ("{date}  {name}：初稿已逾期 {late} 天", "{date}  {name}: draft late by {late} day(s)"),
    "due.post_late": ("{date}  {name}：发布已逾期 {late} 天", "{date}  {name}: post late by {late} day(s)"),
    "due.post_due": ("{date}  {name}：{days} 天后发布", "{date}  {name}: post due in {days} day(s)"),
    "due.rights_expiring": (
        "{date}  {name}：授权 {days} 天后到期",
        "{date}  {name}: usage rights expire in {days} day(s)",
    ),
    "due.count": ("共 {count} 项待办", "{count} item(s) due"),
    "tv.bad_date": (
        "不是日期；请写成 2026-12-20 或 12月20日",
        "not a date; write it as 2026-12-20 or 12月20日",
    ),
    "tv.ambiguous_date": (
        "无法判断是 日/月 还是 月/日；请写成 2026-12-05",
        "could be either day/month or month/day; write it as 2026-12-05",
    ),
    "tv.date_range": (
        "日期须在 {low} 到 {high} 年之间（表格中的空日期会读成 1900 年）",
        "a date must fall between {low} and {high} (an empty spreadsheet cell reads as 1900)",
    ),
    "tv.unknown_tier": ("未知档位；可用：{choices}", "unknown tier; use one of {choices}"),
    "tv.unknown_deal": ("未知合作方式；可用：{choices}", "unknown deal type; use one of {choices}"),
    "tv.not_yes_no": ("请写 是 或 否（yes/no）", "say yes or no (是/否)"),
    "tv.not_days": ("不是天数（30、30天、3个月）", "not a number of days (30, 30天, 3个月)"),
    "tv.days_too_long": ("超过 {limit} 天", "is longer than {limit} days"),
    "tv.not_money": ("不是金额（5000、¥5,000、0.5万）", "not an amount of money (5000, ¥5,000, 0.5万)"),
    "tv.too_precise": (
        "{currency} 只有 {digits} 位小数；请取整",
        "{currency} has {digits} decimal(s); round the amount",
    ),
    "tv.unknown_currency": ("未知币种；可用：{choices}", "unknown currency; use one of {choices}"),
    "tv.other_currency": (
        "项目的金额以 {currency} 计，不是 {named}：请按 {currency} 填写，或用 'studio set FILE --currency {named}' 更改项目币种",
        "the project's money is in {currency}, not {named}: write the amount in {currency}, or change the "
        "project's currency with 'studio set FILE --currency {named}'",
    ),
    "tv.not_a_rate": ("不是比例（10%、12.5%、0.1）", "not a rate (10%, 12.5%, 0.1)"),
    "tv.rate_above_100": ("佣金比例不能超过 100%", "a commission cannot be above 100%"),
    "tv.rate_too_precise": ("比例精确到 0.01%；请取整", "a rate is kept to 0.01%; round it"),
}
