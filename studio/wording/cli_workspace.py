"""Wording of ``studio.cli.cmd_workspace``: key -> (Chinese, English)."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "ws.help": (
        "团队工作区：文件夹里的所有项目一起列出、搜索、排进日历、汇总成报告",
        "the team's workspace: every project in your folders listed, searched, on a calendar and pooled in "
        "one report",
    ),
    "ws.url": (
        "工作区数据库：sqlite:///路径 或 postgresql://…（默认取 STUDIO_WORKSPACE_URL，其次为设置旁的内置数据库）",
        "workspace database: sqlite:///PATH or postgresql://… (default: STUDIO_WORKSPACE_URL, then the "
        "embedded database beside your settings)",
    ),
    "ws.add": (
        "索引一个文件夹（含子文件夹）中的 .studio 文件",
        "index a folder of .studio files (and its subfolders)",
    ),
    "ws.remove": ("不再索引某个文件夹", "stop indexing a folder"),
    "ws.dir": ("文件夹", "the folder"),
    "ws.list": ("列出项目（先索引有变化的文件）", "list the projects (indexing what changed first)"),
    "ws.search": (
        "搜索台词（钩子、行动号召、口播、字幕）、产品、达人、标签和画面描述",
        "search lines (hook, CTA, voice-over, captions), products, creators, tags and shot descriptions",
    ),
    "ws.report": ("所有项目的投放结果汇总：什么更有效", "what wins across all projects' results"),
    "ws.calendar": (
        "内容日历：拍摄、交稿、发布、大促节点",
        "the content calendar: shoots, hand-ins, posts, campaign phases",
    ),
    "ws.no_scan": ("不先检查文件变化", "do not look for changed files first"),
    "ws.filter": ("只列出{what}包含此文字的项目", "only projects whose {what} contains this text"),
    "ws.sort": ("排序依据：{choices}", "sort by: {choices}"),
    "ws.desc": ("从大到小 / 从新到旧", "largest / latest first"),
    "ws.kind": ("只要这些类型的结果：{choices}", "only hits of these kinds: {choices}"),
    "ws.limit": ("最多显示的结果数", "most hits shown"),
    "ws.text": ("要找的文字（中文或英文）", "what to look for (Chinese or English words)"),
    "ws.out": ("把报告写入文件（.pdf 或 .xlsx）", "write the report to FILE (.pdf or .xlsx)"),
    "ws.metric": ("比较的指标：{choices}", "the rate to compare: {choices}"),
    "ws.lang": ("报告或日历的语言（zh/en）", "language of the report or calendar (zh/en)"),
    "ws.ics": ("把日历写成 .ics 文件", "write the calendar as an .ics file"),
    "ws.xlsx": ("把日历写成 Excel 工作簿", "write the calendar as an Excel workbook"),
    "ws.month": ("只看这个月（YYYY-MM）", "only this month (YYYY-MM)"),
    "ws.added": ("{path}：已加入工作区", "{path}: added to the workspace"),
    "ws.already": ("{path}：已在工作区中", "{path}: already in the workspace"),
    "ws.removed": ("{path}：已不再索引", "{path}: no longer indexed"),
    "ws.not_folder": (
        "{path}：不是文件夹；请给出存放 .studio 文件的文件夹",
        "{path}: not a folder; give a folder of .studio files",
    ),
    "ws.scanned": (
        "共 {projects} 个项目：新增 {added}，修改 {changed}，移动 {moved}，删除 {deleted}，无法读取 {problems}",
        "{projects} project(s): {added} added, {changed} changed, {moved} moved, {deleted} gone, {problems} "
        "unreadable",
    ),
    "ws.problem": ("  {path}：{why}", "  {path}: {why}"),
    "ws.p.damaged": (
        "文件已损坏；请在 Studio 中打开以恢复，或还原快照",
        "damaged; open it in Studio to recover it, or restore a snapshot",
    ),
    "ws.p.foreign": ("不是 Studio 项目", "not a Studio project"),
    "ws.p.newer": (
        "由更新版本的 Studio 创建（格式 {detail}）；请升级 Studio",
        "made by a newer Studio (format {detail}); update Studio to read it",
    ),
    "ws.p.huge": ("文件太大，未索引（{detail} 字节）", "too big to index ({detail} bytes)"),
    "ws.p.unreadable": ("无法读取（{detail}）", "cannot be read ({detail})"),
    "ws.none": (
        "还没有项目：请用 'studio workspace add 文件夹' 添加",
        "no projects yet: add a folder with 'studio workspace add DIR'",
    ),
    "ws.no_hits": ("没有找到 {text!r}", "nothing found for {text!r}"),
    "ws.hit_where": ("{project} › {beat} › {shot}", "{project} › {beat} › {shot}"),
    "ws.no_results": (
        "还没有任何项目有投放结果：请先把投放报表导入项目（'studio results import'）",
        "no results in any project yet: import an ad report into a project ('studio results import')",
    ),
    "ws.bad_out": ("{path}：报告只能写成 .pdf 或 .xlsx", "{path}: the report is written as .pdf or .xlsx"),
    "ws.written": ("{path}：已写入", "{path}: written"),
    "ws.no_dates": ("项目中没有带日期的事项", "no dated items in the projects"),
    "ws.bad_month": (
        "{value!r} 不是月份；请写成 YYYY-MM（如 2026-11）",
        "{value!r} is not a month; write it as YYYY-MM (2026-11)",
    ),
    "ws.overdue": ("逾期", "OVERDUE"),
    "ws.e.bad_url": (
        "{url}：不是工作区地址；请用 sqlite:///路径 或 postgresql://用户@主机/数据库",
        "{url}: not a workspace URL; use sqlite:///PATH or postgresql://user@host/db",
    ),
    "ws.e.newer_schema": (
        "{url}：工作区数据库由更新版本的 Studio 创建（版本 {version}，本版本最高支持 {supported}）；请升级 Studio",
        "{url}: the workspace database was made by a newer Studio (version {version}, this one reads up to "
        "{supported}); update Studio",
    ),
    "ws.e.no_driver": (
        "{url}：本 Studio 无法连接该数据库（{detail}）；请安装带 PostgreSQL 支持的 Studio",
        "{url}: this Studio cannot reach that database ({detail}); install Studio with its PostgreSQL "
        "support",
    ),
    "ws.e.unwritable": (
        "{url}：无法创建或打开工作区数据库（{detail}）；请用 --url 另选位置",
        "{url}: cannot create or open the workspace database ({detail}); choose another place with --url",
    ),
    "ws.e.damaged": (
        "{url}：工作区数据库已损坏（{detail}）；请把它移走，再用 'studio workspace add' 重新添加文件夹",
        "{url}: the workspace database is damaged ({detail}); move it aside, and 'studio workspace add' "
        "your folders again",
    ),
    "ws.e.other": (
        "{url}：无法使用工作区数据库（{code}）",
        "{url}: the workspace database cannot be used ({code})",
    ),
}

#: Keys whose sentence is defined under another key.
ALIASES: dict[str, str] = {
    "ws.actions": "review.actions",
    "ws.json": "help.json",
}
