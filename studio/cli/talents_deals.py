"""The deal side of ``studio talents``: its options' words, refusals, ``--due`` and the JSON it adds."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from studio.cli.i18n import add_messages, language, say

add_messages(
    {
        "talents.due": ("list what is due: drafts late, posts due within {post} days or late, usage rights "
                        "expiring within {rights} days", "列出待办：逾期的初稿、{post} 天内到期或已逾期的发布、"
                        "{rights} 天内到期的授权"),
        "talents.f.tier": ("tier: 头部, 肩部, 腰部, 尾部, KOC, 素人 (top, upper, mid, micro, koc, amateur)",
                           "档位：头部、肩部、腰部、尾部、KOC、素人"),
        "talents.f.deal": ("deal type: 一口价 (flat), CPS (cps), 保底+佣金 (guaranteed)",
                           "合作方式：一口价、CPS（纯佣）、保底+佣金"),
        "talents.f.fee": ("the fee in the project's currency (5000, 5,000, ¥5000, 0.5万)",
                          "费用，按项目币种（5000、5,000、¥5000、0.5万）"),
        "talents.f.commission": ("commission on sales (10%, 12.5%, 0.1)", "佣金比例（10%、12.5%、0.1）"),
        "talents.f.guaranteed_plays": ("plays guaranteed (保底播放: 10万)", "保底播放量（10万）"),
        "talents.f.deliverables": ("what they deliver (1 video of 60 s + 3 pictures)", "交付内容（1 条 60 秒视频 + 3 张图）"),
        "talents.f.draft_due": ("draft due (2026-12-20, 12月20日)", "交稿日期（2026-12-20、12月20日）"),
        "talents.f.draft_in": ("the day the draft came in", "实际交稿日期"),
        "talents.f.final_due": ("final cut due", "终稿日期"),
        "talents.f.post_due": ("posting date", "发布日期"),
        "talents.f.rights_platforms": ("platforms the brand may use the video on (抖音、小红书 · 全平台)",
                                       "授权平台（抖音、小红书 · 全平台）"),
        "talents.f.paid_ads": ("whether the video may run as a paid ad (是/否, yes/no)", "投流授权（是/否）"),
        "talents.f.rights_until": ("the last day of the usage rights", "授权到期日"),
        "talents.f.exclusive_days": ("exclusivity after posting (30, 30天, 3个月)", "发布后的独家期（30、30天、3个月）"),
        "talents.h.tier": ("Tier", "档位"),
        "talents.h.deal": ("Deal", "合作方式"),
        "talents.h.fee": ("Fee", "费用"),
        "talents.h.commission": ("Commission", "佣金比例"),
        "talents.h.guaranteed_plays": ("Guaranteed plays", "保底播放"),
        "talents.h.deliverables": ("Deliverables", "交付内容"),
        "talents.h.draft_due": ("Draft due", "交稿日期"),
        "talents.h.draft_in": ("Draft in", "实际交稿"),
        "talents.h.final_due": ("Final due", "终稿日期"),
        "talents.h.post_due": ("Posting date", "发布日期"),
        "talents.h.rights_platforms": ("Rights: platforms", "授权平台"),
        "talents.h.paid_ads": ("Paid-ad use", "投流授权"),
        "talents.h.rights_until": ("Rights until", "授权到期"),
        "talents.h.exclusive_days": ("Exclusivity (days)", "独家期（天）"),
        "due.none": ("{path}: nothing due (no draft late, no post due within {post} days, no rights expiring "
                     "within {rights} days)", "{path}：没有待办（无逾期初稿、{post} 天内无待发布、{rights} 天内无到期授权）"),
        "due.draft_late": ("{date}  {name}: draft late by {late} day(s)", "{date}  {name}：初稿已逾期 {late} 天"),
        "due.post_late": ("{date}  {name}: post late by {late} day(s)", "{date}  {name}：发布已逾期 {late} 天"),
        "due.post_due": ("{date}  {name}: post due in {days} day(s)", "{date}  {name}：{days} 天后发布"),
        "due.rights_expiring": ("{date}  {name}: usage rights expire in {days} day(s)",
                                "{date}  {name}：授权 {days} 天后到期"),
        "due.count": ("{count} item(s) due", "共 {count} 项待办"),
        # Why a deal's value was refused (the window says the same in its own words).
        "tv.bad_date": ("not a date; write it as 2026-12-20 or 12月20日", "不是日期；请写成 2026-12-20 或 12月20日"),
        "tv.ambiguous_date": ("could be either day/month or month/day; write it as 2026-12-05",
                              "无法判断是 日/月 还是 月/日；请写成 2026-12-05"),
        "tv.date_range": ("a date must fall between {low} and {high} (an empty spreadsheet cell reads as 1900)",
                          "日期须在 {low} 到 {high} 年之间（表格中的空日期会读成 1900 年）"),
        "tv.unknown_tier": ("unknown tier; use one of {choices}", "未知档位；可用：{choices}"),
        "tv.unknown_deal": ("unknown deal type; use one of {choices}", "未知合作方式；可用：{choices}"),
        "tv.not_yes_no": ("say yes or no (是/否)", "请写 是 或 否（yes/no）"),
        "tv.not_days": ("not a number of days (30, 30天, 3个月)", "不是天数（30、30天、3个月）"),
        "tv.days_too_long": ("is longer than {limit} days", "超过 {limit} 天"),
        "tv.not_money": ("not an amount of money (5000, ¥5,000, 0.5万)", "不是金额（5000、¥5,000、0.5万）"),
        "tv.too_precise": ("{currency} has {digits} decimal(s); round the amount", "{currency} 只有 {digits} 位小数；请取整"),
        "tv.unknown_currency": ("unknown currency; use one of {choices}", "未知币种；可用：{choices}"),
        "tv.other_currency": ("the project's money is in {currency}, not {named}: write the amount in {currency}, "
                              "or change the project's currency with 'studio set FILE --currency {named}'",
                              "项目的金额以 {currency} 计，不是 {named}：请按 {currency} 填写，或用 "
                              "'studio set FILE --currency {named}' 更改项目币种"),
        "tv.not_a_rate": ("not a rate (10%, 12.5%, 0.1)", "不是比例（10%、12.5%、0.1）"),
        "tv.rate_above_100": ("a commission cannot be above 100%", "佣金比例不能超过 100%"),
        "tv.rate_too_precise": ("a rate is kept to 0.01%; round it", "比例精确到 0.01%；请取整"),
    }
)  # fmt: skip


def deal_choices(reason: str) -> str:
    """The tiers or deal types by the names the user reads (and may type), in the CLI's language."""
    from studio.models.deals import DEAL_LABELS, TIER_LABELS

    labels = TIER_LABELS if reason == "unknown_tier" else DEAL_LABELS
    zh = language() == "zh"
    return ("、" if zh else ", ").join(label[0 if zh else 1] for label in labels.values())


def deal_data(talent: Any, currency: str) -> dict[str, Any]:
    """What the deal adds to a creator's JSON: the currency, the cost and exact amounts as text."""
    from studio.models.deals import cost, exclusive_until
    from studio.models.money import format_rate, to_decimal

    spent = cost(talent, currency)
    return {
        "currency": currency,
        "fee_amount": str(to_decimal(talent.fee, currency)),
        "commission_rate": format_rate(talent.commission),
        "cost": spent,
        "cost_amount": str(to_decimal(spent, currency)),
        "exclusive_until": exclusive_until(talent),
    }


def shown_value(field: str, value: Any, currency: str) -> str:
    """A creator's value as the user reads it: money with its sign, a rate in %, labels in their language."""
    from studio.models.deals import DEAL_LABELS, TIER_LABELS
    from studio.models.money import format_amount, format_rate

    zh = language() == "zh"
    if value in ("", None, []) or (field in ("fee", "commission") and value == 0):
        return "–"
    if field == "fee":
        return format_amount(int(value), currency)
    if field == "commission":
        return format_rate(int(value))
    if field in ("tier", "deal"):
        labels = TIER_LABELS if field == "tier" else DEAL_LABELS
        pair: tuple[str, str] = labels.get(value, (value, value))
        return pair[0 if zh else 1]
    if field == "paid_ads":
        return ("是" if value else "否") if zh else ("yes" if value else "no")
    if isinstance(value, list):
        from studio.exports.common import platform_name

        return ("、" if zh else ", ").join(platform_name(p, language()) for p in value)
    if isinstance(value, float):
        return f"{value:,.2f}".rstrip("0").rstrip(".")
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return str(value)


def print_due(path: str, talents: Any, as_json: bool, today: dt.date | None = None) -> int:
    """Print what is due (``studio talents FILE --due``), soonest first; JSON with ``as_json``."""
    from studio.models.deals import DUE_DAYS, EXPIRY_DAYS, due_items

    items = due_items(talents, today)
    if as_json:
        rows = [{"kind": i.kind, "name": i.name, "date": i.date, "days": i.days} for i in items]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not items:
        print(say("due.none", path=path, post=DUE_DAYS, rights=EXPIRY_DAYS))
        return 0
    for i in items:
        print(say(f"due.{i.kind}", date=i.date, name=i.name, days=i.days, late=-i.days))
    print(say("due.count", count=len(items)))
    return 0
