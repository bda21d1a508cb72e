"""Wording of ``studio.cli.cmd_project``: key -> (Chinese, English)."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "help.category": (
        "商品类别（会增加该类别的合规规则）：{choices}",
        "product category, which adds its own compliance rules: {choices}",
    ),
    "help.sample": ("写出内置示例项目", "write the bundled sample project"),
    "help.new": ("用模板新建项目", "create a project from a template"),
    "help.info": ("显示项目概要", "summarise a project"),
    "help.dump": ("以 JSON 输出整个项目", "print the whole project as JSON"),
    "help.load": ("由 JSON 生成项目文件", "build a project file from JSON"),
    "help.snapshot": ("在文件内保存一个命名版本", "save a named version inside the file"),
    "help.snapshots": ("列出已保存的版本", "list the saved versions"),
    "help.restore": (
        "恢复某个已保存版本（当前状态会先另存为快照）",
        "bring back a saved version (the current state is kept as a snapshot)",
    ),
    "help.lang": ("内容语言", "language of the content"),
    "help.json": ("输出 JSON", "print JSON"),
    "help.images": ("按哈希或文件名存放图片的文件夹", "folder of image files named by hash or file name"),
    "help.images_out": (
        "同时把原始画面图片写入该文件夹",
        "also write the frames' original images into this folder",
    ),
    "help.force": ("覆盖已有文件", "replace an existing file"),
    "help.template": ("模板编号：{choices}", "template id: {choices}"),
    "help.file_new": ("要新建的项目文件（.studio）", "the project file to create (.studio)"),
    "help.json_in": ("JSON 文件（- 表示从标准输入读取）", "the JSON file (- reads standard input)"),
    "help.output": ("要写出的项目文件（.studio）", "the project file to write (.studio)"),
    "help.snapshot_key": ("快照的编号或名称", "the snapshot's number or name"),
    "help.title": ("项目标题", "project title"),
    "help.name": ("快照名称", "snapshot name"),
    "help.unlock": (
        "接管已不在运行的 Studio 留下的锁（其他账户或其他电脑留下的）",
        "take over a lock left by a Studio that is no longer running (another account's, or another "
        "computer's)",
    ),
    "msg.unlocked": (
        "{path}：{host} 上的 {user} 留下的锁已移除；现在可以打开编辑",
        "{path}: the lock left by {user} on {host} is removed; the project can be opened for editing",
    ),
    "msg.not_locked": ("{path}：没有被锁定，无需处理", "{path}: not locked; nothing to do"),
    "msg.exists": ("{path} 已存在；如需覆盖请加 --force", "{path} already exists; use --force to replace it"),
    "msg.snapshot": ("已保存快照 {id}：{name}", "saved snapshot {id}: {name}"),
    "msg.restored": (
        "已恢复快照 {id}；恢复前的状态保存为快照 {safety}",
        "restored snapshot {id}; the previous state is snapshot {safety}",
    ),
    "msg.no_snapshots": ("尚无快照", "no snapshots yet"),
    "msg.missing_images": (
        "{count} 张画面图片未找到，将显示为占位图",
        "{count} frame image(s) not found; they will show as placeholders",
    ),
    "msg.unknown_template": (
        "没有模板 {name!r}；可选：{choices}",
        "unknown template {name!r}; choose one of: {choices}",
    ),
    "msg.bad_json": ("{path}：不是有效的 JSON（{detail}）", "{path}: not valid JSON ({detail})"),
    "msg.json_at": ("第 {line} 行第 {col} 列：{what}", "{what} at line {line}, column {col}"),
    "msg.not_utf8": ("文本不是 UTF-8 编码", "the text is not UTF-8"),
    "msg.is_folder": ("{path} 是文件夹；请给出文件名", "{path} is a folder; give a file name"),
    "msg.not_folder": ("{path} 不是文件夹", "{path} is not a folder"),
    "msg.bad_frames": (
        "{count} 个画面在文件中的哈希或图片格式不正确（第一个：{first!r}），其图片未写出。文件可能被改动过：请在窗口中重新导入这些图片",
        "{count} frame(s) have a malformed hash or image format in the file (first: {first!r}); their "
        "images were not written. The file may have been altered: import those pictures again in the window",
    ),
    "msg.no_images_folder": ("{path}：图片文件夹不存在", "{path}: the image folder does not exist"),
    "info.modified": ("修改时间", "Modified"),
    "info.scripts": ("脚本", "Script"),
    "info.beats": ("个段落", "beats"),
    "info.shots": ("个镜头", "shots"),
    "info.frames": ("画面", "Frames"),
    "info.seconds": ("{s} 秒", "{s} s"),
    "info.post_date": ("发布 {day}", "post {day}"),
}

#: Keys whose sentence is defined under another key.
ALIASES: dict[str, str] = {
    "info.snapshots": "label.snapshots",
    "info.variant": "label.variant",
    "info.language": "label.language",
    "info.platform": "label.platform",
    "info.brand": "label.brand",
    "info.product": "label.product",
    "info.title": "label.title",
    "msg.written": "export.written",
}
