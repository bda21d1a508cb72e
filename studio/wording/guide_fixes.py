"""Wording of ``studio/guide/messages.py``: key -> (Chinese, English)."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "fix.brief_layers": ("把“{point}”也放进{missing}", "Put “{point}” in the {missing} too"),
    "fix.brief_pain_proof": (
        "加一个回应“{pain}”的证明镜头：{evidence}",
        "Add a proof shot that answers “{pain}”: {evidence}",
    ),
    "fix.brief_pain_link": (
        "在简报里给“{pain}”配一个卖点，并在方案段落说出来",
        "Give “{pain}” a selling point in the brief and say it in the solution",
    ),
    "fix.brief_cta_add": (
        "在行动号召的屏幕文字里加上“{words}”",
        "Add “{words}” to the call to action's on-screen text",
    ),
    "fix.brief_must_say": ("在口播或屏幕文字里说出“{line}”", "Say “{line}” in the voice-over or on screen"),
    "fix.brief_persona": ("在钩子里点名“{persona}”", "Name “{persona}” in the hook"),
    "fix.replace": ("改为“{suggest}”", "Replace with “{suggest}”"),
    "fix.remove": ("删去“{term}”", "Remove “{term}”"),
    "fix.reword": (
        "改写含“{term}”的句子（没有可直接替换的安全说法）",
        "Reword the sentence with “{term}” (no safe word can stand in)",
    ),
    "fix.lengthen": ("把镜头延长到 {dur} 秒", "Lengthen the shot to {dur} s"),
    "fix.trim": ("把 {code} 缩短到 {dur} 秒", "Trim {code} to {dur} s"),
    "fix.trim_item": ("{code} 到 {dur} 秒", "{code} to {dur} s"),
    "fix.trim_many": ("缩短镜头：{items}", "Trim {items}"),
    "fix.say_less": ("精简口播：“{line}”", "Say less: “{line}”"),
    "fix.say_less_dur": ("精简口播：“{line}”，镜头 {dur} 秒", "Say less: “{line}”, the shot {dur} s"),
    "fix.move_rest": (
        "这里只说“{head}”，把“{rest}”移到 {code} 开头说",
        "Say only “{head}” here and move “{rest}” to the start of {code}",
    ),
    "fix.say_less_advice": (
        "这句口播在本段的时长里说不完：精简台词，或把后半句移到下一段",
        "The line does not fit this beat's time: say less, or move the rest into the next beat",
    ),
    "fix.wrap": ("字幕分成 {lines} 行", "Break the caption into {lines} lines"),
    "fix.shorten_caption": (
        "精简字幕到每行 {limit} 字以内",
        "Shorten the caption to {limit} characters a line",
    ),
    "fix.split_shot": ("把这个镜头拆成两个", "Split this shot in two"),
    "fix.caption_from_vo": ("用口播作为字幕", "Use the voice-over as the caption"),
    "fix.add_tags": ("补拍或标记：{missing}", "Shoot or tag: {missing}"),
    "fix.hook_idea": ("试试：{idea}", "Try: {idea}"),
    "fix.move_first": ("把钩子移到最前", "Move the hook to the front"),
    "fix.move_last": ("把行动号召移到最后", "Move the call to action to the end"),
    "fix.one_variable": ("只保留一个段落的差异", "Keep the difference to one beat"),
    "fix.set_variable": ("把测试变量设为“{variable}”", "Set the test variable to “{variable}”"),
    "fix.add_beat": ("添加“{beat}”段落", "Add a “{beat}” beat"),
    "fix.adjust_length": ("调整到 {low}–{high} 秒", "Bring it within {low}–{high} s"),
    "fix.speed_up": (
        "缩短较长的镜头，多用 0.5–1 秒的卡点镜头",
        "Trim the long shots; cut on the beat every 0.5–1 s",
    ),
    "fix.add_statement": ("在屏幕文字里加上“{line}”", "Add “{line}” to the on-screen text"),
    "fix.add_ad_label": (
        "屏幕文字加上“{label}”，并{toggle}",
        "Show “{label}” on screen and turn on {toggle} when posting",
    ),
    "fix.picture": (
        "改掉画面里的“{term}”（修图或重拍）",
        "Change “{term}” in the picture (edit or reshoot it)",
    ),
    "fix.offer_brief": ("按简报改为“{brief}”", "Say the brief's “{brief}” instead"),
    "fix.brief_need": ("在“简报”页补上：{need}", "In the Brief tab, add: {need}"),
}

#: Keys whose sentence is defined under another key.
ALIASES: dict[str, str] = {
    "fix.cta_idea": "fix.hook_idea",
}
