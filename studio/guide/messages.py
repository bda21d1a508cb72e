"""The guide's sentences in Chinese and English, one pair per rule id; data, not UI code."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from studio.guide.text.bilingual import Bilingual

#: rule id -> (Chinese, English); ``str.format`` fields come from Finding.args.
MESSAGES: dict[str, tuple[str, str]] = {
    "brief.key_point_layers": (
        "核心卖点“{point}”没有三重呈现：缺少{missing}",
        "The key selling point “{point}” is not said three ways: no {missing}",
    ),
    "brief.pain_unanswered": (
        "简报中的痛点“{pain}”没有方案或证明镜头回应",
        "The brief's pain point “{pain}” is not answered by a solution or proof shot",
    ),
    "brief.cta_offer": (
        "行动号召没有提到简报中的优惠（{offer}）",
        "The call to action does not name the brief's offer ({offer})",
    ),
    "brief.cta_deadline": (
        "行动号召没有提到优惠截止时间（{deadline}）",
        "The call to action does not name the offer's deadline ({deadline})",
    ),
    "brief.must_say": (
        "版本“{variant}”缺少必说话术“{line}”",
        "Variant “{variant}” does not say the must-say line “{line}”",
    ),
    "brief.banned": (
        "{code} 用了简报禁用的词“{term}”",
        "{code} uses “{term}”, a word the brief bans",
    ),
    "brief.persona_hook": (
        "钩子没有点名目标人群（如“{persona}”）",
        "No hook addresses the audience (such as “{persona}”)",
    ),
    "hook.missing": (
        "没有钩子：开头需要一个抓人的钩子段落",
        "No hook: the video needs an attention-grabbing hook first",
    ),
    "hook.not_first": (
        "钩子应放在最前面，现在排在第 {position} 段",
        "The hook should come first; it is beat {position}",
    ),
    "hook.too_long": ("钩子 {dur} 秒，超过 {limit} 秒上限", "Hook runs {dur} s, over the {limit} s limit"),
    "hook.no_device": (
        "钩子缺少抓手：加入提问、数字、冲突/否定、价格，或标记视觉冲击镜头",
        "The hook has no device: add a question, a number, a conflict or negation, a price, or a visual-impact shot",
    ),
    "structure.no_pain": (
        "没有痛点段落：先让观众觉得“说的就是我”",
        "No pain point: show a pain the viewer recognises",
    ),
    "structure.no_solution": (
        "没有解决方案段落：产品需要作为答案登场",
        "No solution: the product must appear as the answer",
    ),
    "structure.order": (
        "{what}应在钩子之后、行动号召之前，且痛点在方案之前",
        "{what} belongs between the hook and the call to action, with the pain before the solution",
    ),
    "structure.no_proof": (
        "没有证明或演示镜头：加一个对比、数据或实际使用的镜头",
        "No proof or demo shot: add a before/after, data or real use",
    ),
    "beat.empty": ("“{beat}”段落（{alt}）还没有镜头", "Beat “{beat}” ({alt}) has no shots yet"),
    "beat.over_budget": (
        "“{beat}”段落 {dur} 秒，超出预算 {budget} 秒",
        "Beat “{beat}” runs {dur} s, over its {budget} s budget",
    ),
    "cta.missing": (
        "没有行动号召：结尾要明确告诉观众做什么",
        "No call to action: end by telling the viewer what to do",
    ),
    "cta.not_last": (
        "行动号召应是最后一段，后面还有 {after} 段",
        "The call to action should be the last beat; {after} beat(s) follow it",
    ),
    "cta.too_long": (
        "行动号召 {dur} 秒，超过 {limit} 秒上限",
        "Call to action runs {dur} s, over the {limit} s limit",
    ),
    "cta.no_directive": (
        "行动号召没有明确指令（如 点击、下单、领券、评论、关注）",
        "The call to action has no explicit instruction (tap, buy, shop, comment, follow…)",
    ),
    "cta.directive_spoken": ("行动号召的口播里没有明确指令", "The call to action says no instruction aloud"),
    "cta.directive_text": (
        "行动号召的字幕/花字里没有明确指令",
        "The call to action shows no instruction on screen",
    ),
    "vo.too_long": (
        "口播需要 {need} 秒（{amount} {unit}），镜头只有 {dur} 秒，超出 {over} 秒",
        "Voice-over needs {need} s ({amount} {unit}), the shot is {dur} s: {over} s over",
    ),
    "vo.breath": (
        "口播 {speak} 秒加换气 {margin} 秒共 {need} 秒，镜头 {dur} 秒，超出 {over} 秒",
        "Voice-over takes {speak} s plus a {margin} s breath, {need} s in all; the shot is {dur} s: {over} s over",
    ),
    "pace.avg": (
        "平均镜头 {avg} 秒，慢于模板节奏 {limit} 秒",
        "Average shot is {avg} s, slower than the template's {limit} s pace",
    ),
    "pace.long_shot": (
        "镜头 {dur} 秒，超过单镜头上限 {limit} 秒",
        "Shot runs {dur} s, over the {limit} s limit for one shot",
    ),
    "coverage.three_freq": (
        "三频共振缺少：{missing}（产品特写、使用场景、真人反应都要有）",
        "Three-frequency coverage is missing: {missing} (show a product close-up, a usage scene and a reaction)",
    ),
    "keypoint.layers": (
        "核心卖点镜头缺少：{missing}（字幕、图标/徽章、口播要同时出现）",
        "Key selling point shot lacks: {missing} (caption, icon or badge, and voice-over together)",
    ),
    "keypoint.none": (
        "没有标记核心卖点的镜头：用字幕、图标和口播三层强调一个卖点",
        "No shot is tagged as the key selling point: say it with a caption, an icon and the voice-over",
    ),
    "caption.too_wide": (
        "字幕一行 {width} 字，安全区内每行约 {limit} 字",
        "Caption line is {width} characters; about {limit} fit on a line inside the safe area",
    ),
    "length.too_short": (
        "总时长 {dur} 秒，短于平台建议的 {limit} 秒",
        "Total length {dur} s is under the platform's {limit} s",
    ),
    "length.too_long": (
        "总时长 {dur} 秒，超过平台建议的 {limit} 秒",
        "Total length {dur} s is over the platform's {limit} s",
    ),
    "adlaw.absolute": (
        "“{term}”是绝对化用语，广告中不得使用",
        "“{term}” is an absolute claim; ads may not use it",
    ),
    "adlaw.authority": (
        "“{term}”借用权威、荣誉或身份，没有依据不得使用",
        "“{term}” borrows an authority, honour or status; without proof it must go",
    ),
    "adlaw.guarantee": (
        "“{term}”是对效果或收益的保证，广告中不得承诺",
        "“{term}” guarantees a result or a return; ads may not promise that",
    ),
    "adlaw.medical": (
        "“{term}”属于医疗或功效宣称{why}",
        "“{term}” is a medical or efficacy claim{why}",
    ),
    "adlaw.superstition": (
        "“{term}”含迷信内容，广告中不得使用",
        "“{term}” is a superstitious claim; ads may not make it",
    ),
    "adlaw.urgency": (
        "“{term}”制造紧迫感、稀缺或价格对比，需有真实依据",
        "“{term}” creates urgency, scarcity or a price comparison; it needs real grounds",
    ),
    "adlaw.custom": (
        "“{term}”在本项目的禁用词表中",
        "“{term}” is on this project's banned-word list",
    ),
    "precheck.dodge": (
        "“{term}”是“{word}”的变体写法，平台审核照样会识别为违禁词",
        "“{term}” is “{word}” in disguise; platform review still reads it as the banned word",
    ),
    "precheck.divert": (
        "“{term}”{what}：{platform}审核会判为站外引流",
        "“{term}” {what}: {platform} review treats it as sending viewers off the platform",
    ),
    "precheck.statement": ("{why}，需要写明“{line}”", "The video {why}; it must say “{line}”"),
    "precheck.ad_label": (
        "付费合作内容需要平台的广告标识：屏幕上写“{label}”，并{toggle}",
        "A paid post needs the platform's ad label: show “{label}” on screen and turn on {toggle}",
    ),
    "precheck.offer": (
        "“{term}”与简报的{what}“{brief}”不一致",
        "“{term}” does not match the brief's {what} “{brief}”",
    ),
    "precheck.picture": ("画面图片里的文字“{line}”：{why}", "Text in the picture, “{line}”: {why}"),
    "precheck.countdown": (
        "“{term}”是倒计时或限量说法，简报里还没有真实库存",
        "“{term}” counts down or limits stock, but the brief gives no real stock",
    ),
    "ab.no_variable": (
        "版本与基础版在 {count} 个段落不同，但没有声明测试变量",
        "The variant differs from the base in {count} beat(s) but declares no test variable",
    ),
    "ab.multi": (
        "同时改了 {count} 个段落（{beats}）：一次只测一个变量",
        "{count} beats differ at once ({beats}): test one variable at a time",
    ),
    "ab.mismatch": (
        "声明的变量是“{variable}”，但改动的是“{beats}”",
        "The declared variable is “{variable}”, but the change is in “{beats}”",
    ),
    "ab.identical": (
        "声明测试“{variable}”，但脚本与基础版完全相同",
        "Declared to test “{variable}”, but the script is identical to the base",
    ),
    "template.need": (
        "模板“{template}”需要简报提供{need}，简报里还没有",
        "The template “{template}” needs {need} from the brief; the brief does not have it yet",
    ),
}

#: Fix labels, (Chinese, English) with the same fields.
FIX_LABELS: dict[str, tuple[str, str]] = {
    "brief_layers": (
        "把“{point}”也放进{missing}",
        "Put “{point}” in the {missing} too",
    ),
    "brief_pain_proof": (
        "加一个回应“{pain}”的证明镜头：{evidence}",
        "Add a proof shot that answers “{pain}”: {evidence}",
    ),
    "brief_pain_link": (
        "在简报里给“{pain}”配一个卖点，并在方案段落说出来",
        "Give “{pain}” a selling point in the brief and say it in the solution",
    ),
    "brief_cta_add": (
        "在行动号召的屏幕文字里加上“{words}”",
        "Add “{words}” to the call to action's on-screen text",
    ),
    "brief_must_say": ("在口播或屏幕文字里说出“{line}”", "Say “{line}” in the voice-over or on screen"),
    "brief_persona": ("在钩子里点名“{persona}”", "Name “{persona}” in the hook"),
    "replace": ("改为“{suggest}”", "Replace with “{suggest}”"),
    "remove": ("删去“{term}”", "Remove “{term}”"),
    "reword": (
        "改写含“{term}”的句子（没有可直接替换的安全说法）",
        "Reword the sentence with “{term}” (no safe word can stand in)",
    ),
    "lengthen": ("把镜头延长到 {dur} 秒", "Lengthen the shot to {dur} s"),
    "trim": ("把 {code} 缩短到 {dur} 秒", "Trim {code} to {dur} s"),
    "trim_item": ("{code} 到 {dur} 秒", "{code} to {dur} s"),
    "trim_many": ("缩短镜头：{items}", "Trim {items}"),
    "say_less": ("精简口播：“{line}”", "Say less: “{line}”"),
    "say_less_dur": ("精简口播：“{line}”，镜头 {dur} 秒", "Say less: “{line}”, the shot {dur} s"),
    "move_rest": (
        "这里只说“{head}”，把“{rest}”移到 {code} 开头说",
        "Say only “{head}” here and move “{rest}” to the start of {code}",
    ),
    "say_less_advice": (
        "这句口播在本段的时长里说不完：精简台词，或把后半句移到下一段",
        "The line does not fit this beat's time: say less, or move the rest into the next beat",
    ),
    "wrap": ("字幕分成 {lines} 行", "Break the caption into {lines} lines"),
    "shorten_caption": ("精简字幕到每行 {limit} 字以内", "Shorten the caption to {limit} characters a line"),
    "split_shot": ("把这个镜头拆成两个", "Split this shot in two"),
    "caption_from_vo": ("用口播作为字幕", "Use the voice-over as the caption"),
    "add_tags": ("补拍或标记：{missing}", "Shoot or tag: {missing}"),
    "hook_idea": ("试试：{idea}", "Try: {idea}"),
    "cta_idea": ("试试：{idea}", "Try: {idea}"),
    "move_first": ("把钩子移到最前", "Move the hook to the front"),
    "move_last": ("把行动号召移到最后", "Move the call to action to the end"),
    "one_variable": ("只保留一个段落的差异", "Keep the difference to one beat"),
    "set_variable": ("把测试变量设为“{variable}”", "Set the test variable to “{variable}”"),
    "add_beat": ("添加“{beat}”段落", "Add a “{beat}” beat"),
    "adjust_length": ("调整到 {low}–{high} 秒", "Bring it within {low}–{high} s"),
    "speed_up": (
        "缩短较长的镜头，多用 0.5–1 秒的卡点镜头",
        "Trim the long shots; cut on the beat every 0.5–1 s",
    ),
    "add_statement": ("在屏幕文字里加上“{line}”", "Add “{line}” to the on-screen text"),
    "add_ad_label": (
        "屏幕文字加上“{label}”，并{toggle}",
        "Show “{label}” on screen and turn on {toggle} when posting",
    ),
    "picture": ("改掉画面里的“{term}”（修图或重拍）", "Change “{term}” in the picture (edit or reshoot it)"),
    "offer_brief": ("按简报改为“{brief}”", "Say the brief's “{brief}” instead"),
    "brief_need": ("在“简报”页补上：{need}", "In the Brief tab, add: {need}"),
}

#: Shot field -> (Chinese, English) names, for locations in reports.
FIELD_LABELS: dict[str, tuple[str, str]] = {
    "voiceover": ("口播", "voice-over"),
    "onscreen_text": ("字幕", "caption"),
    "visual": ("画面", "visual"),
    "sound": ("音乐音效", "sound"),
    "props": ("道具", "props"),
    "location": ("场景", "location"),
    "talent": ("演员", "talent"),
    "notes": ("备注", "notes"),
    "duration_ds": ("时长", "duration"),
    "tags": ("标签", "tags"),
    "frame": ("画面图片", "picture"),
}

_UNITS = {"zh": ("字", "characters"), "en": ("词", "words")}


@lru_cache(maxsize=4096)
def number(value: float) -> str:
    """A number as people write seconds: 3.6, 3, 0.5."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def _arg(value: Any, lang: str) -> str:
    # The common kinds first, by exact type (a panel renders a thousand messages at a time).
    kind = type(value)
    if kind is float:
        return number(value)
    if kind is str:
        return str(value)
    if isinstance(value, Bilingual):
        return value.text(lang)
    if isinstance(value, (list, tuple)):
        sep = "、" if lang == "zh" else ", "
        return sep.join(_arg(v, lang) for v in value)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        return number(value)
    return str(value)


def _fill(pair: tuple[str, str], args: dict[str, Any], lang: str) -> str:
    text = pair[0] if lang == "zh" else pair[1]
    values = {k: _arg(v, lang) for k, v in args.items()}
    if "unit" in args and args["unit"] in _UNITS:
        values["unit"] = _UNITS[args["unit"]][0 if lang == "zh" else 1]
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):
        return text


def render(rule: str, args: dict[str, Any], lang: str) -> str:
    """A rule's sentence in ``lang`` with ``args`` filled in."""
    pair = MESSAGES.get(rule, (rule, rule))
    return _fill(pair, args, lang)


def fix_label(kind: str, **args: Any) -> Bilingual:
    """A fix's label in both languages (labels repeat a lot across shots: they are kept)."""
    try:
        return _cached_label(kind, tuple(sorted(args.items())))
    except TypeError:  # an argument that cannot be a key (a list)
        pair = FIX_LABELS[kind]
        return Bilingual(_fill(pair, args, "zh"), _fill(pair, args, "en"))


@lru_cache(maxsize=8192)
def _cached_label(kind: str, items: tuple[tuple[str, Any], ...]) -> Bilingual:
    pair, args = FIX_LABELS[kind], dict(items)
    return Bilingual(_fill(pair, args, "zh"), _fill(pair, args, "en"))


def field_label(name: str, lang: str) -> str:
    """A shot field's name in ``lang``."""
    zh, en = FIELD_LABELS.get(name, (name, name))
    return zh if lang == "zh" else en
