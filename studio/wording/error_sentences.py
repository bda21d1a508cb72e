"""What the window says about typed errors, in full sentences (the terminal's lines are in cli_common).

Key -> (Chinese, English); used by :mod:`studio.wording.describe`.
"""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    #: A line the terminal prints (a preview's note, a file's problem) as the window's sentence.
    "sentence.end": ("{text}。", "{text}."),
    "sentence.lock_holder": (
        "它正由 {user} 在 {host} 上的 Studio 打开（进程 {pid}），自 {since} 起。",
        "It is open in Studio by {user} on {host} (process {pid}) since {since}.",
    ),
    "reason.permission": ("没有权限", "permission denied"),
    # An OS error's cause (studio.wording.describe.os_reason); the English is the system's usual words.
    "errno.no_entry": ("文件或文件夹不存在", "No such file or directory"),
    "errno.access": ("没有权限", "Permission denied"),
    "errno.not_permitted": (
        "操作不被允许（文件或文件夹可能被锁定为不可修改）",
        "Operation not permitted (the file or folder may be locked against changes)",
    ),
    "errno.exists": ("已存在", "File exists"),
    "errno.not_a_folder": ("路径中有一部分不是文件夹", "A part of the path is not a folder"),
    "errno.is_a_folder": ("这是文件夹，不是文件", "This is a folder, not a file"),
    "errno.no_space": ("磁盘空间不足", "No space left on device"),
    "errno.read_only": ("只读文件系统", "Read-only file system"),
    "errno.busy": ("文件正被占用", "The file is in use"),
    "errno.io": ("读写出错", "Input/output error"),
    "errno.invalid": ("参数无效", "Invalid argument"),
    "errno.quota": ("超出磁盘配额", "Disk quota exceeded"),
    "reason.protected": ("该文件夹或文件受保护，不允许修改", "the folder or file is protected"),
    "reason.disk_read_only": ("磁盘是只读的", "the disk is read-only"),
    "reason.quota": ("磁盘配额已用完", "the disk quota is used up"),
    "reason.name_too_long": ("文件名太长", "the file name is too long"),
    "reason.file_too_large": ("文件超出了系统允许的大小", "the file is larger than the system allows"),
    "sentence.missing": ("文件 {path} 不存在。", "The file {path} does not exist."),
    "sentence.not_project": ("{path} 不是 Studio 项目文件。", "{path} is not a Studio project."),
    "sentence.unmerged_log": (
        "{path} 没有损坏，但上次没有正常关闭（Studio 或电脑中途停止），最后的编辑保存在旁边的 {log} 中。在这个只读磁盘上无法合并：请把这两个文件一起复制到可写的文件夹，再打开那份副本。",
        "{path} is not damaged, but it was not closed (Studio or the computer stopped) and its last edits "
        "are in {log} beside it. They cannot be merged on this read-only disk: copy both files to a "
        "writable folder and open the copy there.",
    ),
    "sentence.stored_value": (
        "{path} 含有任何编辑都不会产生的值（表 {table}，编号 {row} 的行，字段 {field}：{value}），因此没有打开。请打开备份副本，或请发送者重新发一份。",
        "{path} holds a value that no edit could make (table {table}, row {row}, field {field}: {value}), "
        "so it was not opened. Open a backup copy, or ask whoever sent the file for a new one.",
    ),
    "sentence.corrupt": (
        "{path} 已损坏，无法读取。请改为打开副本或备份。",
        "{path} is damaged and cannot be read. Open a copy or a backup instead.",
    ),
    "sentence.newer": (
        "{path} 由更新版本的 Studio 保存（文件版本 {found}），当前版本最多只能读取版本 {supported}。请升级 Studio。",
        "{path} was written by a newer Studio (file version {found}); this one reads up to version "
        "{supported}. Please update Studio.",
    ),
    "sentence.lock_link": (
        "{path} 旁边的 {lock} 是链接或特殊文件，而这里本应是 Studio 的锁文件。Studio 从不创建这种文件，它是随文件夹带来的：请删除它后重新打开项目（或只读打开）。",
        "Beside {path}, {lock} is a link or a special file where Studio keeps its lock. Studio never makes "
        "one, so it came with the folder: delete it, then open the project again (or open it read-only).",
    ),
    "sentence.hard_link": (
        "{path} 还有另一个名字（硬链接），另一个 Studio 可能通过那个名字同时编辑而互不知情。请只读打开，或复制成独立的文件后编辑副本。",
        "{path} has another name (a hard link), so a second Studio could edit it under that name unseen. "
        "Open it read-only, or copy it to a file of its own and edit the copy.",
    ),
    "sentence.readonly": (
        "{path} 或其所在文件夹不可写入，只能以只读方式打开。",
        "{path} or its folder cannot be written, so it can only be opened read-only.",
    ),
    "sentence.stale": (
        "{path} 被一个已不在运行的 Studio 锁定后遗留。",
        "{path} was left locked by a Studio that is no longer running.",
    ),
    "sentence.locked": ("{path} 正在被编辑。", "{path} is already being edited."),
    "sentence.lock_full": (
        "磁盘已满，无法写入 {path} 的锁文件。请腾出空间后重试。",
        "The disk is full, so the lock file of {path} cannot be written. Free some space and try again.",
    ),
    "sentence.write": (
        "无法写入 {path}：{detail}。该位置没有任何改动。",
        "Could not write {path}: {detail}. Nothing was changed there.",
    ),
    "sentence.use": ("无法使用 {path}：{detail}", "Could not use {path}: {detail}"),
    "sentence.edit_moved": (
        "{path} 在打开期间被移动或删除，最后一次修改无法保存，已撤回。其他内容都没有丢失：整个项目仍在此窗口中。请用“文件 ▸ 另存为”保存它。",
        "{path} was moved or deleted while it was open, so your last change could not be saved and was "
        "taken back. Nothing else is lost: the whole project is still in this window. Use File ▸ Save As to "
        "keep it.",
    ),
    "sentence.edit_unsaved": (
        "最后一次修改未能保存到 {path}（{reason}），已撤回：窗口里显示的就是文件中的内容。之前保存的内容都没有丢失。排除原因后请再改一次。",
        "Your last change could not be saved to {path} ({reason}), so it was taken back: the window shows "
        "what is in the file. Nothing saved before is lost. Fix the cause and make the change again.",
    ),
    "sentence.empty_name": ("版本需要名称，请填写名称。", "A variant needs a name; give it one."),
    "sentence.dangling": (
        "“{key}”不是项目中的版本，请从列表中选择。",
        "“{key}” is not one of the project's variants; pick one from the list.",
    ),
    "sentence.invalid_value": (
        "“{value}” 不是 {field} 的有效值。",
        "“{value}” is not a valid value for {field}.",
    ),
    "sentence.last_item": ("不能删除最后一个或基础的 {what}。", "The last or base {what} cannot be removed."),
    "sentence.not_found": ("没有名为 “{key}” 的 {what}。", "There is no {what} “{key}”."),
    "sentence.interchange": (
        "{path} 无法导入：{where} 处的数据无效。",
        "{path} cannot be imported: the data at {where} is not valid.",
    ),
    "sentence.model": ("无法进行此修改：{detail}", "That change is not possible: {detail}"),
    "sentence.dup_variant": (
        "“{name}”已被占用：本脚本已有版本名为“{other}”（比较名称时不分大小写、全半角和首尾空格）。请换一个名称。",
        "“{name}” is taken: another variant of this script is called “{other}” (names are compared ignoring "
        "case, width and spaces). Pick another name.",
    ),
    "sentence.dup_shot_code": (
        "本脚本已有镜头使用编号“{other}”，请换一个编号。",
        "Another shot of this script already has the code “{other}”. Pick another code.",
    ),
    "sentence.dup_alternative": (
        "本段落已有方案使用标签“{other}”，请换一个标签。",
        "Another alternative of this beat is already labelled “{other}”. Pick another label.",
    ),
    "sentence.image": ("无法使用图片 {name}：{detail}", "The image {name} cannot be used: {detail}"),
    "sentence.permission": ("没有权限：{path}", "Permission denied: {path}"),
    "sentence.system": ("发生系统错误：{detail}", "A system error occurred: {detail}"),
    "sentence.unexpected": (
        "发生了意外错误（{kind}）。你的工作已保存，详情见日志。",
        "Something unexpected went wrong ({kind}). Your work is saved; details are in the log.",
    ),
}
