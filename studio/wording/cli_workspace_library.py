"""Wording of ``studio.cli.workspace_library``: key -> (Chinese, English)."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "wsl.help": (
        "团队素材库：胜出与落后的台词、标志镜头、禁用词，附证据",
        "the team's library: winning and losing lines, signature shots and banned words with their evidence",
    ),
    "wsl.add": ("收录一条台词、标志镜头或禁用词", "keep a line, signature shot or banned word"),
    "wsl.retire": ("停用一条（保留记录，标为已停用）", "retire an entry (it is kept, marked retired)"),
    "wsl.kind": ("类型：{choices}", "kind: {choices}"),
    "wsl.text": ("台词、镜头描述或词语", "the line, shot description or word"),
    "wsl.evidence": ("收录理由（投放结果、客户要求……）", "why it is kept (results, the client's rule …)"),
    "wsl.beat": ("适用的段落：hook 或 cta", "which beat it is for: hook or cta"),
    "wsl.id": (
        "条目编号（见列表；写前几位即可）",
        "the entry's id (from the list; its first characters are enough)",
    ),
    "wsl.why": ("停用原因", "why it is retired"),
    "wsl.all": ("也列出已停用的", "retired entries too"),
    "wsl.added": ("已收录：{id}", "kept: {id}"),
    "wsl.retired": ("{id}：已停用", "{id}: retired"),
    "wsl.not_found": (
        "没有条目 {id!r}（或已停用）；用 'studio workspace library' 查看",
        "no entry {id!r} (or it is retired already); list them with 'studio workspace library'",
    ),
    "wsl.ambiguous": (
        "{id!r} 是 {count} 个条目编号的开头；请多写几位",
        "{id!r} starts {count} entries' ids; give more of it",
    ),
    "wsl.empty_text": ("内容为空，无法收录", "nothing to keep: the text is empty"),
    "wsl.none": (
        "素材库为空：请索引有投放结果的项目，或用 'studio workspace library add' 添加",
        "the library is empty: index projects with results, or add entries with 'studio workspace library "
        "add'",
    ),
    "wsl.retired_mark": ("已停用", "retired"),
}

#: Keys whose sentence is defined under another key.
ALIASES: dict[str, str] = {
    "wsl.actions": "talents.actions",
}
