"""Wording of ``studio/guide/messages.py``: key -> (Chinese, English)."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "rule.brief.key_point_layers": (
        "核心卖点“{point}”没有三重呈现：缺少{missing}",
        "The key selling point “{point}” is not said three ways: no {missing}",
    ),
    "rule.brief.pain_unanswered": (
        "简报中的痛点“{pain}”没有方案或证明镜头回应",
        "The brief's pain point “{pain}” is not answered by a solution or proof shot",
    ),
    "rule.brief.cta_offer": (
        "行动号召没有提到简报中的优惠（{offer}）",
        "The call to action does not name the brief's offer ({offer})",
    ),
    "rule.brief.cta_deadline": (
        "行动号召没有提到优惠截止时间（{deadline}）",
        "The call to action does not name the offer's deadline ({deadline})",
    ),
    "rule.brief.must_say": (
        "版本“{variant}”缺少必说话术“{line}”",
        "Variant “{variant}” does not say the must-say line “{line}”",
    ),
    "rule.brief.banned": ("{code} 用了简报禁用的词“{term}”", "{code} uses “{term}”, a word the brief bans"),
    "rule.brief.persona_hook": (
        "钩子没有点名目标人群（如“{persona}”）",
        "No hook addresses the audience (such as “{persona}”)",
    ),
    "rule.hook.missing": (
        "没有钩子：开头需要一个抓人的钩子段落",
        "No hook: the video needs an attention-grabbing hook first",
    ),
    "rule.hook.not_first": (
        "钩子应放在最前面，现在排在第 {position} 段",
        "The hook should come first; it is beat {position}",
    ),
    "rule.hook.too_long": (
        "钩子 {dur} 秒，超过 {limit} 秒上限",
        "Hook runs {dur} s, over the {limit} s limit",
    ),
    "rule.hook.no_device": (
        "钩子缺少抓手：加入提问、数字、冲突/否定、价格，或标记视觉冲击镜头",
        "The hook has no device: add a question, a number, a conflict or negation, a price, or a "
        "visual-impact shot",
    ),
    "rule.structure.no_pain": (
        "没有痛点段落：先让观众觉得“说的就是我”",
        "No pain point: show a pain the viewer recognises",
    ),
    "rule.structure.no_solution": (
        "没有解决方案段落：产品需要作为答案登场",
        "No solution: the product must appear as the answer",
    ),
    "rule.structure.order": (
        "{what}应在钩子之后、行动号召之前，且痛点在方案之前",
        "{what} belongs between the hook and the call to action, with the pain before the solution",
    ),
    "rule.structure.no_proof": (
        "没有证明或演示镜头：加一个对比、数据或实际使用的镜头",
        "No proof or demo shot: add a before/after, data or real use",
    ),
    "rule.beat.empty": ("“{beat}”段落（{alt}）还没有镜头", "Beat “{beat}” ({alt}) has no shots yet"),
    "rule.beat.over_budget": (
        "“{beat}”段落 {dur} 秒，超出预算 {budget} 秒",
        "Beat “{beat}” runs {dur} s, over its {budget} s budget",
    ),
    "rule.cta.missing": (
        "没有行动号召：结尾要明确告诉观众做什么",
        "No call to action: end by telling the viewer what to do",
    ),
    "rule.cta.not_last": (
        "行动号召应是最后一段，后面还有 {after} 段",
        "The call to action should be the last beat; {after} beat(s) follow it",
    ),
    "rule.cta.too_long": (
        "行动号召 {dur} 秒，超过 {limit} 秒上限",
        "Call to action runs {dur} s, over the {limit} s limit",
    ),
    "rule.cta.no_directive": (
        "行动号召没有明确指令（如 点击、下单、领券、评论、关注）",
        "The call to action has no explicit instruction (tap, buy, shop, comment, follow…)",
    ),
    "rule.cta.directive_spoken": (
        "行动号召的口播里没有明确指令",
        "The call to action says no instruction aloud",
    ),
    "rule.cta.directive_text": (
        "行动号召的字幕/花字里没有明确指令",
        "The call to action shows no instruction on screen",
    ),
    "rule.vo.too_long": (
        "口播需要 {need} 秒（{amount} {unit}），镜头只有 {dur} 秒，超出 {over} 秒",
        "Voice-over needs {need} s ({amount} {unit}), the shot is {dur} s: {over} s over",
    ),
    "rule.vo.breath": (
        "口播 {speak} 秒加换气 {margin} 秒共 {need} 秒，镜头 {dur} 秒，超出 {over} 秒",
        "Voice-over takes {speak} s plus a {margin} s breath, {need} s in all; the shot is {dur} s: {over} "
        "s over",
    ),
    "rule.pace.avg": (
        "平均镜头 {avg} 秒，慢于模板节奏 {limit} 秒",
        "Average shot is {avg} s, slower than the template's {limit} s pace",
    ),
    "rule.pace.long_shot": (
        "镜头 {dur} 秒，超过单镜头上限 {limit} 秒",
        "Shot runs {dur} s, over the {limit} s limit for one shot",
    ),
    "rule.coverage.three_freq": (
        "三频共振缺少：{missing}（产品特写、使用场景、真人反应都要有）",
        "Three-frequency coverage is missing: {missing} (show a product close-up, a usage scene and a "
        "reaction)",
    ),
    "rule.keypoint.layers": (
        "核心卖点镜头缺少：{missing}（字幕、图标/徽章、口播要同时出现）",
        "Key selling point shot lacks: {missing} (caption, icon or badge, and voice-over together)",
    ),
    "rule.keypoint.none": (
        "没有标记核心卖点的镜头：用字幕、图标和口播三层强调一个卖点",
        "No shot is tagged as the key selling point: say it with a caption, an icon and the voice-over",
    ),
    "rule.caption.too_wide": (
        "字幕一行 {width} 字，安全区内每行约 {limit} 字",
        "Caption line is {width} characters; about {limit} fit on a line inside the safe area",
    ),
    "rule.length.too_short": (
        "总时长 {dur} 秒，短于平台建议的 {limit} 秒",
        "Total length {dur} s is under the platform's {limit} s",
    ),
    "rule.length.too_long": (
        "总时长 {dur} 秒，超过平台建议的 {limit} 秒",
        "Total length {dur} s is over the platform's {limit} s",
    ),
    "rule.adlaw.absolute": (
        "“{term}”是绝对化用语，广告中不得使用",
        "“{term}” is an absolute claim; ads may not use it",
    ),
    "rule.adlaw.authority": (
        "“{term}”借用权威、荣誉或身份，没有依据不得使用",
        "“{term}” borrows an authority, honour or status; without proof it must go",
    ),
    "rule.adlaw.guarantee": (
        "“{term}”是对效果或收益的保证，广告中不得承诺",
        "“{term}” guarantees a result or a return; ads may not promise that",
    ),
    "rule.adlaw.medical": ("“{term}”属于医疗或功效宣称{why}", "“{term}” is a medical or efficacy claim{why}"),
    "rule.adlaw.superstition": (
        "“{term}”含迷信内容，广告中不得使用",
        "“{term}” is a superstitious claim; ads may not make it",
    ),
    "rule.adlaw.urgency": (
        "“{term}”制造紧迫感、稀缺或价格对比，需有真实依据",
        "“{term}” creates urgency, scarcity or a price comparison; it needs real grounds",
    ),
    "rule.adlaw.custom": ("“{term}”在本项目的禁用词表中", "“{term}” is on this project's banned-word list"),
    "rule.precheck.dodge": (
        "“{term}”是“{word}”的变体写法，平台审核照样会识别为违禁词",
        "“{term}” is “{word}” in disguise; platform review still reads it as the banned word",
    ),
    "rule.precheck.divert": (
        "“{term}”{what}：{platform}审核会判为站外引流",
        "“{term}” {what}: {platform} review treats it as sending viewers off the platform",
    ),
    "rule.precheck.statement": ("{why}，需要写明“{line}”", "The video {why}; it must say “{line}”"),
    "rule.precheck.ad_label": (
        "付费合作内容需要平台的广告标识：屏幕上写“{label}”，并{toggle}",
        "A paid post needs the platform's ad label: show “{label}” on screen and turn on {toggle}",
    ),
    "rule.precheck.offer": (
        "“{term}”与简报的{what}“{brief}”不一致",
        "“{term}” does not match the brief's {what} “{brief}”",
    ),
    "rule.precheck.picture": ("画面图片里的文字“{line}”：{why}", "Text in the picture, “{line}”: {why}"),
    "rule.precheck.countdown": (
        "“{term}”是倒计时或限量说法，简报里还没有真实库存",
        "“{term}” counts down or limits stock, but the brief gives no real stock",
    ),
    "rule.ab.no_variable": (
        "版本与基础版在 {count} 个段落不同，但没有声明测试变量",
        "The variant differs from the base in {count} beat(s) but declares no test variable",
    ),
    "rule.ab.multi": (
        "同时改了 {count} 个段落（{beats}）：一次只测一个变量",
        "{count} beats differ at once ({beats}): test one variable at a time",
    ),
    "rule.ab.mismatch": (
        "声明的变量是“{variable}”，但改动的是“{beats}”",
        "The declared variable is “{variable}”, but the change is in “{beats}”",
    ),
    "rule.ab.identical": (
        "声明测试“{variable}”，但脚本与基础版完全相同",
        "Declared to test “{variable}”, but the script is identical to the base",
    ),
    "rule.template.need": (
        "模板“{template}”需要简报提供{need}，简报里还没有",
        "The template “{template}” needs {need} from the brief; the brief does not have it yet",
    ),
}
