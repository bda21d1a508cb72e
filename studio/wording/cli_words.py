"""Wording of ``studio.cli.cmd_words``: key -> (Chinese, English)."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "words.help": (
        "查看或修改项目的商品类别、自定义禁用词和允许词",
        "show or change a project's product category and its own banned and allowed words",
    ),
    "words.ban": (
        "把词表文件（.txt、.csv 或 .xlsx）里的词加入禁用词",
        "add the words of a list (.txt, .csv or .xlsx) to the banned words",
    ),
    "words.allow": (
        "把词表文件（.txt、.csv 或 .xlsx）里的词加入允许词",
        "add the words of a list (.txt, .csv or .xlsx) to the allowed words",
    ),
    "words.remove": ("从两个词表中删去一个词", "remove a word from both lists"),
    "words.clear": ("先清空两个词表", "empty both lists first"),
    "words.summary": (
        "{path}：类别 {category}；禁用词 {banned} 个，允许词 {allowed} 个",
        "{path}: category {category}; {banned} banned word(s), {allowed} allowed word(s)",
    ),
    "words.banned": ("禁用词：{words}", "banned: {words}"),
    "words.allowed": ("允许词：{words}", "allowed: {words}"),
    "words.added": ("从 {path} 读入 {count} 个词", "{count} word(s) read from {path}"),
    "wl.binary": ("{path} 不是文本词表", "{path} is not a text word list"),
    "wl.unreadable": ("无法读取词表 {path}：{detail}", "cannot read the word list {path}: {detail}"),
    "wl.too_large": ("词表 {path} 太大", "the word list {path} is too large"),
    "wl.too_many": ("{path} 的词超过 {limit} 个", "{path} has more than {limit} words"),
    "wl.word_too_long": (
        "{path} 中有超过 {limit} 个字的词：{word}",
        "{path} has a word longer than {limit} characters: {word}",
    ),
    "wl.empty": ("{path} 里没有词", "{path} holds no words"),
}

#: Keys whose sentence is defined under another key.
ALIASES: dict[str, str] = {
    "words.file": "brief.file",
    "words.category": "help.category",
    "words.json": "brief.json",
}
