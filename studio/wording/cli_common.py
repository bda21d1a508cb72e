"""Wording of ``studio.cli.i18n``: key -> (Chinese, English)."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "cli.description": (
        "Studio：撰写短视频带货脚本、规划 A/B 版本、导出拍摄与剪辑资料。",
        "Studio: write short-video selling scripts, plan A/B variants, export for the set and the edit.",
    ),
    "cli.ui_lang": (
        "提示、错误信息与帮助的语言（默认取 STUDIO_LANG，其次为系统语言）",
        "language of messages, errors and help (default: STUDIO_LANG, then the system's)",
    ),
    "cli.commands": ("命令", "commands"),
    "cli.command_help": (
        "下列命令之一；studio 命令 --help 可查看其选项",
        "one of the commands below; studio COMMAND --help shows its options",
    ),
    "error.unexpected": ("意外错误：{detail}", "unexpected error: {detail}"),
    "error.missing": ("{path}：文件不存在", "{path}: no such file"),
    "error.not_project": (
        "{path}：不是 Studio 项目文件（{detail}）",
        "{path}: not a Studio project ({detail})",
    ),
    "error.corrupt": ("{path}：文件已损坏（{detail}）", "{path}: the file is damaged ({detail})"),
    "error.newer": (
        "{path}：由更新版本的 Studio 保存（文件版本 {found}，本程序最高支持 {supported}），请升级 Studio",
        "{path}: written by a newer Studio (file version {found}, this Studio reads up to {supported}); "
        "please update Studio",
    ),
    "error.locked": (
        "{path}：正被 {host} 上的 {user} 使用（进程 {pid}，自 {since} 起）；可只读打开，或先在那边关闭",
        "{path}: in use by {user} on {host} (process {pid}) since {since}; open it read-only or close it "
        "there",
    ),
    "error.replace_locked": (
        "{path}：正被 {host} 上的 {user} 用 Studio 打开（进程 {pid}，自 {since} 起），因此没有覆盖；请先在那边关闭，或写到另一个文件名",
        "{path}: open in Studio by {user} on {host} (process {pid}) since {since}, so it was not replaced; "
        "close it there first, or write to another file name",
    ),
    "error.stored_value": (
        "{path}：未打开：表 {table} 中编号 {row} 那一行的字段 {field} 的值为 {value}，{why}；请打开备份副本，或请发送者重新发一份",
        "{path}: not opened: table {table}, row {row}, field {field} holds {value}, which {why}; open a "
        "backup copy, or ask whoever sent the file for a new one",
    ),
    "stored.wrong_kind": ("不是该字段应有的类型", "is not the kind of value this field holds"),
    "stored.not_finite": ("不是有限的数值", "is not a finite number"),
    "stored.out_of_range": ("超出 Studio 允许的范围", "is outside what Studio allows"),
    "stored.bad_hash": ("不是画面哈希（64 位十六进制）", "is not a frame hash (64 hex digits)"),
    "stored.bad_format": ("不是 Studio 认识的图片格式", "is not an image format Studio knows"),
    "stored.too_large": ("太大", "is too large"),
    "stored.too_deep": ("嵌套过深", "is nested too deeply"),
    "stored.no_parent": ("在文件中找不到所指对象", "names nothing in the file"),
    "stored.unreadable": ("无法读取", "cannot be read"),
    "error.unmerged_log": (
        "{path}：文件没有损坏，但上次没有正常关闭（Studio 或电脑中途停止），最后的编辑保存在旁边的 {log} 中，在这个只读磁盘上无法合并；请把这两个文件一起复制到可写的文件夹，再打开那份副本",
        "{path}: not damaged, but it was not closed (Studio or the computer stopped) and its last edits are "
        "in {log} beside it, which cannot be merged on this read-only disk; copy both files to a writable "
        "folder and open the copy there",
    ),
    "error.stale": (
        "{path}：{host} 上的 {user} 留下了锁（进程 {pid}，自 {since} 起），该 Studio 已不在运行；可用 studio unlock {path} 接管这把锁",
        "{path}: left locked by {user} on {host} (process {pid}, since {since}), and that Studio is no "
        "longer running; take the lock over with: studio unlock {path}",
    ),
    "error.stale_fixed": (
        "{path}：{host} 上的 {user} 留下了锁（进程 {pid}，自 {since} 起）；该 Studio 已不在运行，但此文件夹不允许你删除锁文件 {lock}：请 {user} "
        "或文件夹的所有者删除它，或只读打开项目",
        "{path}: left locked by {user} on {host} (process {pid}, since {since}); that Studio is no longer "
        "running, but this folder does not let you remove its lock file {lock}: ask {user} or the folder's "
        "owner to delete it, or open the project read-only",
    ),
    "error.lock_link": (
        "{path}：旁边的 {lock} 是链接或特殊文件，而这里本应是 Studio 的锁文件；Studio 从不创建这种文件，它是随文件夹带来的：请删除它后重新打开项目（或只读打开）",
        "{path}: beside it, {lock} is a link or a special file where Studio keeps its lock; Studio never "
        "makes one, so it came with the folder: delete it, then open the project again (or open it "
        "read-only)",
    ),
    "error.hard_link": (
        "{path}：此文件还有另一个名字（硬链接），另一个 Studio 可能通过那个名字同时编辑而互不知情；请只读打开，或复制成独立的文件后编辑副本",
        "{path}: this file has another name (a hard link), so a second Studio could edit it under that name "
        "unseen; open it read-only, or copy it to a file of its own and edit the copy",
    ),
    "error.readonly": (
        "{path}：文件或所在文件夹不可写；可只读打开，或复制到别处",
        "{path}: the file or its folder cannot be written; open it read-only or copy it elsewhere",
    ),
    "error.write": (
        "{path}：无法写入（{detail}），未做任何改动",
        "{path}: cannot write ({detail}); nothing was changed",
    ),
    "error.image": ("{name}：无法使用的图片（{detail}）", "{name}: not a usable image ({detail})"),
    "error.model": ("无效的编辑：{detail}", "invalid edit: {detail}"),
    "error.interchange": (
        "{path}：不是有效的 Studio JSON（{detail}）",
        "{path}: not valid Studio JSON ({detail})",
    ),
    "error.interchange_at": (
        "{path}：不是有效的 Studio JSON（{where}：{why}）",
        "{path}: not valid Studio JSON at {where}: {why}",
    ),
    "json.not_studio": (
        '不是 Studio 项目（缺少 "format": "studio-project"）',
        'not a Studio project (no "format": "studio-project")',
    ),
    "json.unsupported_version": (
        "版本 {found} 不受支持；本程序最高读取版本 {supported}",
        "unsupported version {found}; this Studio reads up to {supported}",
    ),
    "json.missing": ("缺少此项（应为{expected}）", "missing (expected {expected})"),
    "json.wrong_kind": ("应为{expected}，实际是{found}", "expected {expected}, found {found}"),
    "json.not_finite": ("{number} 不是有限的数值", "{number} is not a finite number"),
    "json.huge_number": ("数字有 {digits} 位，太大", "a number of {digits} digits is too large"),
    "json.not_positive": ("{value} 不是正数", "{value} is not a positive number"),
    "json.negative": ("{value} 是负数", "{value} is negative"),
    "json.duration_range": (
        "{value} 秒不在 0.1 至 {most:g} 秒之间",
        "{value} s is outside 0.1 to {most:g} s",
    ),
    "json.unknown_value": (
        "未知的值 {value!r}；应为 {choices} 之一",
        "unknown value {value!r}; expected one of {choices}",
    ),
    "json.share_range": ("{value} 不是 0 到 1 之间的比例", "{value} is not a share between 0 and 1"),
    "json.no_script": ("项目至少需要一个脚本", "a project needs at least one script"),
    "json.no_alternative": ("每个段落至少需要一个方案", "a beat needs at least one alternative"),
    "json.two_bases": ("基础版本多于一个", "more than one base variant"),
    "json.bad_hash": (
        "{value!r} 不是画面哈希（64 位十六进制）",
        "{value!r} is not a frame hash (64 hex digits)",
    ),
    "json.bad_format": (
        "{value!r} 不是 Studio 认识的图片格式",
        "{value!r} is not an image format Studio knows",
    ),
    "json.duplicate_id": (
        "编号 {id!r} 重复使用（首次出现在 {first}）",
        "the id {id!r} is used twice (first at {first})",
    ),
    "kind.object": ("对象", "an object"),
    "kind.list": ("列表", "a list"),
    "kind.text": ("文本", "text"),
    "kind.number": ("数字", "a number"),
    "kind.boolean": ("true/false", "true or false"),
    "kind.null": ("null", "null"),
    "kind.id": ("编号（文本）", "an id (text)"),
    "kind.count": ("整数", "a whole number"),
    "kind.seconds": ("秒数（数字）", "seconds (a number)"),
    "kind.share": ("比例（0 到 1 的数字）", "a share (a number from 0 to 1)"),
    "kind.hash": ("画面哈希", "a frame hash"),
    "error.os": ("{path}：{detail}", "{path}: {detail}"),
    "reason.empty": ("文件是空的", "the file is empty"),
    "reason.not_sqlite": ("其内容是其他类型的文档", "its contents are some other kind of document"),
    "reason.not_file": ("这是文件夹或设备，不是文件", "it is a folder or a device, not a file"),
    "reason.foreign": ("这是其他程序的数据库", "it is another application's database"),
    "reason.truncated": (
        "文件不完整，可能下载或复制中断",
        "the file is cut short, perhaps by an incomplete download or copy",
    ),
    "reason.damaged": ("文件内容已损坏", "the file's contents are damaged"),
    "reason.schema": ("文件含有不是 Studio 写入的内容", "the file contains parts Studio did not write"),
    "reason.timeout": ("检查文件耗时过长", "checking the file took too long"),
    "reason.content": ("其中的项目数据无效", "the project data inside is invalid"),
    "reason.no_folder": ("文件夹不存在", "the folder does not exist"),
    "reason.moved": ("文件在打开期间被移动或删除", "the file was moved or deleted while it was open"),
    "reason.no_lock": ("此文件夹所在的文件系统无法锁定文件", "this folder's file system cannot lock files"),
    "reason.disk_full": ("磁盘已满", "the disk is full"),
    "reason.lock_full": (
        "磁盘已满，无法写入其锁文件；请腾出空间后重试",
        "the disk is full, so its lock file cannot be written; free some space and try again",
    ),
    "reason.lock_write": ("无法写入其锁文件", "its lock file cannot be written"),
    "reason.disk_error": ("磁盘报告了错误", "the disk reported an error"),
    "reason.read_only": ("文件是只读的", "the file is read-only"),
    "error.not_found": ("找不到{what}“{name}”", "no {what} named {name!r}"),
    "error.output": ("无法写出输出内容（{detail}）", "cannot write the output ({detail})"),
    "what.variant": ("版本", "variant"),
    "what.snapshot": ("快照", "snapshot"),
    "what.script": ("脚本", "script"),
    "what.talent": ("达人", "creator"),
    "what.template": ("模板", "template"),
    "what.beat": ("段落", "beat"),
    "what.shot": ("镜头", "shot"),
    "what.alternative": ("方案", "alternative"),
    "what.entity": ("对象", "item"),
}
