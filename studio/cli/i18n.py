"""Command-line wording in Simplified Chinese and English.

Each command module adds its own messages with :func:`add_messages`; keys map to
(English, Chinese) pairs with ``str.format`` fields. Typed exceptions are put into
words by describers (:func:`register_error`), each with the exit status it means
(see the convention in :mod:`studio.cli`).
"""

from __future__ import annotations

import contextlib
import errno
import locale
import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from studio.models.errors import InterchangeError as InterchangeErrorT

_LANG: list[str] = []
_MESSAGES: dict[str, tuple[str, str]] = {}
_DESCRIBERS: list[tuple[type[BaseException], Callable[[Any], str], int]] = []
_E = TypeVar("_E", bound=BaseException)


def language() -> str:
    """'zh' or 'en': --ui-lang, else STUDIO_LANG, else the system locale."""
    if _LANG:
        return _LANG[-1]
    for var in ("STUDIO_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    loc = (locale.getlocale()[0] or "").lower()
    return "zh" if loc.startswith("zh") else "en"


def set_language(lang: str) -> None:
    """Force the language of messages ('zh' or 'en')."""
    if lang in ("zh", "en"):
        _LANG.append(lang)


@contextlib.contextmanager
def language_scope() -> Iterator[None]:
    """Undo every :func:`set_language` made inside the block (one CLI run in a test process)."""
    depth = len(_LANG)
    try:
        yield
    finally:
        del _LANG[depth:]


def add_messages(messages: dict[str, tuple[str, str]]) -> None:
    """Register (English, Chinese) message pairs."""
    _MESSAGES.update(messages)


def say(key: str, /, **fields: object) -> str:
    """A message in the current language with its fields filled in."""
    return say_in(language(), key, **fields)


def say_in(lang: str, key: str, /, **fields: object) -> str:
    """A message in ``lang`` ('zh' or 'en'), for output whose language is chosen with --lang."""
    en, zh = _MESSAGES.get(key, (key, key))
    text = zh if lang == "zh" else en
    try:
        return text.format(**fields)
    except (KeyError, IndexError, ValueError, AttributeError):
        return text


class CliError(Exception):
    """A user mistake to report in one line; ``code`` is the exit status."""

    def __init__(self, key: str, code: int = 2, **fields: object) -> None:
        super().__init__(key)
        self.key = key
        self.code = code
        self.fields = fields

    def message(self) -> str:
        """The sentence in the user's language."""
        return say(self.key, **self.fields)


def register_error(kind: type[_E], describe: Callable[[_E], str], code: int = 1) -> None:
    """Teach the CLI to put an exception type into words, and the exit status it means.

    ``code`` is 1 (the command could not be carried out) unless the exception means
    that what was typed names nothing (2), as for :class:`NotFoundError`.
    """
    _DESCRIBERS.insert(0, (kind, describe, code))


def describe_error(exc: BaseException) -> str | None:
    """The user's-language sentence for a known error, or None."""
    for kind, describe, _code in _DESCRIBERS:
        if isinstance(exc, kind):
            return describe(exc)
    return None


def error_code(exc: BaseException) -> int:
    """The exit status a known error means (1 when it is not known)."""
    for kind, _describe, code in _DESCRIBERS:
        if isinstance(exc, kind):
            return code
    return 1


#: errno values users meet, in Chinese (English uses the system's words).
_ERRNO_ZH = {
    errno.ENOENT: "文件或文件夹不存在",
    errno.EACCES: "没有权限",
    errno.EPERM: "操作不被允许（文件或文件夹可能被锁定为不可修改）",
    errno.EEXIST: "已存在",
    errno.ENOTDIR: "路径中有一部分不是文件夹",
    errno.EISDIR: "这是文件夹，不是文件",
    errno.ENOSPC: "磁盘空间不足",
    errno.EROFS: "只读文件系统",
    errno.ENAMETOOLONG: "文件名太长",
    errno.EBUSY: "文件正被占用",
    errno.EIO: "读写出错",
    errno.EINVAL: "参数无效",
    errno.EDQUOT: "超出磁盘配额",
}
#: SQLite's words for a refused write, as the store passes them on.
_SQLITE_REASONS = {
    "database or disk is full": "reason.disk_full",
    "disk I/O error": "reason.disk_error",
    "attempt to write a readonly database": "reason.read_only",
}
_ERRNO_TEXT = re.compile(r"\[Errno (\d+)\] [^:]*(?::.*)?$")


def os_reason(exc_or_errno: BaseException | int | None, fallback: str = "") -> str:
    """An OS error's cause in the user's language, without file names or temp paths."""
    number = exc_or_errno if isinstance(exc_or_errno, int) else getattr(exc_or_errno, "errno", None)
    if number is None:
        return fallback or str(exc_or_errno or "")
    if language() == "zh" and number in _ERRNO_ZH:
        return _ERRNO_ZH[number]
    return os.strerror(number)


def readable_detail(detail: str) -> str:
    """A detail with "[Errno N] text: 'path'" (or a bare strerror) turned into :func:`os_reason` words."""
    m = _ERRNO_TEXT.search(detail)
    if m is not None:
        return os_reason(int(m.group(1)), detail)
    for number in _ERRNO_ZH:
        if detail == os.strerror(number):  # a bare strerror, as some callers keep
            return os_reason(number, detail)
    return detail


add_messages(
    {
        "cli.description": (
            "Studio: write short-video selling scripts, plan A/B variants, export for the set and the edit.",
            "Studio：撰写短视频带货脚本、规划 A/B 版本、导出拍摄与剪辑资料。",
        ),
        "cli.ui_lang": (
            "language of messages, errors and help (default: STUDIO_LANG, then the system's)",
            "提示、错误信息与帮助的语言（默认取 STUDIO_LANG，其次为系统语言）",
        ),
        "cli.commands": ("commands", "命令"),
        "cli.command_help": (
            "one of the commands below; studio COMMAND --help shows its options",
            "下列命令之一；studio 命令 --help 可查看其选项",
        ),
        "error.unexpected": ("unexpected error: {detail}", "意外错误：{detail}"),
        "error.missing": ("{path}: no such file", "{path}：文件不存在"),
        "error.not_project": (
            "{path}: not a Studio project ({detail})",
            "{path}：不是 Studio 项目文件（{detail}）",
        ),
        "error.corrupt": ("{path}: the file is damaged ({detail})", "{path}：文件已损坏（{detail}）"),
        "error.newer": (
            "{path}: written by a newer Studio (file version {found}, this Studio reads up to {supported}); please update Studio",
            "{path}：由更新版本的 Studio 保存（文件版本 {found}，本程序最高支持 {supported}），请升级 Studio",
        ),
        "error.locked": (
            "{path}: in use by {user} on {host} (process {pid}) since {since}; open it read-only or close it there",
            "{path}：正被 {host} 上的 {user} 使用（进程 {pid}，自 {since} 起）；可只读打开，或先在那边关闭",
        ),
        "error.replace_locked": (
            "{path}: open in Studio by {user} on {host} (process {pid}) since {since}, so it was not replaced; "
            "close it there first, or write to another file name",
            "{path}：正被 {host} 上的 {user} 用 Studio 打开（进程 {pid}，自 {since} 起），因此没有覆盖；"
            "请先在那边关闭，或写到另一个文件名",
        ),
        "error.stored_value": (
            "{path}: not opened: table {table}, row {row}, field {field} holds {value}, which {why}; "
            "open a backup copy, or ask whoever sent the file for a new one",
            "{path}：未打开：表 {table} 中编号 {row} 那一行的字段 {field} 的值为 {value}，{why}；"
            "请打开备份副本，或请发送者重新发一份",
        ),
        "stored.wrong_kind": ("is not the kind of value this field holds", "不是该字段应有的类型"),
        "stored.not_finite": ("is not a finite number", "不是有限的数值"),
        "stored.out_of_range": ("is outside what Studio allows", "超出 Studio 允许的范围"),
        "stored.bad_hash": ("is not a frame hash (64 hex digits)", "不是画面哈希（64 位十六进制）"),
        "stored.bad_format": ("is not an image format Studio knows", "不是 Studio 认识的图片格式"),
        "stored.too_large": ("is too large", "太大"),
        "stored.too_deep": ("is nested too deeply", "嵌套过深"),
        "stored.no_parent": ("names nothing in the file", "在文件中找不到所指对象"),
        "stored.unreadable": ("cannot be read", "无法读取"),
        "error.unmerged_log": (
            "{path}: not damaged, but it was not closed (Studio or the computer stopped) and its last edits are "
            "in {log} beside it, which cannot be merged on this read-only disk; copy both files to a writable "
            "folder and open the copy there",
            "{path}：文件没有损坏，但上次没有正常关闭（Studio 或电脑中途停止），最后的编辑保存在旁边的 {log} 中，"
            "在这个只读磁盘上无法合并；请把这两个文件一起复制到可写的文件夹，再打开那份副本",
        ),
        "error.stale": (
            "{path}: left locked by {user} on {host} (process {pid}, since {since}), and that Studio is no "
            "longer running; take the lock over with: studio unlock {path}",
            "{path}：{host} 上的 {user} 留下了锁（进程 {pid}，自 {since} 起），该 Studio 已不在运行；"
            "可用 studio unlock {path} 接管这把锁",
        ),
        "error.stale_fixed": (
            "{path}: left locked by {user} on {host} (process {pid}, since {since}); that Studio is no longer "
            "running, but this folder does not let you remove its lock file {lock}: ask {user} or the "
            "folder's owner to delete it, or open the project read-only",
            "{path}：{host} 上的 {user} 留下了锁（进程 {pid}，自 {since} 起）；该 Studio 已不在运行，"
            "但此文件夹不允许你删除锁文件 {lock}：请 {user} 或文件夹的所有者删除它，或只读打开项目",
        ),
        "error.lock_link": (
            "{path}: beside it, {lock} is a link or a special file where Studio keeps its lock; Studio never "
            "makes one, so it came with the folder: delete it, then open the project again (or open it read-only)",
            "{path}：旁边的 {lock} 是链接或特殊文件，而这里本应是 Studio 的锁文件；Studio 从不创建这种文件，"
            "它是随文件夹带来的：请删除它后重新打开项目（或只读打开）",
        ),
        "error.hard_link": (
            "{path}: this file has another name (a hard link), so a second Studio could edit it under that name "
            "unseen; open it read-only, or copy it to a file of its own and edit the copy",
            "{path}：此文件还有另一个名字（硬链接），另一个 Studio 可能通过那个名字同时编辑而互不知情；"
            "请只读打开，或复制成独立的文件后编辑副本",
        ),
        "error.readonly": (
            "{path}: the file or its folder cannot be written; open it read-only or copy it elsewhere",
            "{path}：文件或所在文件夹不可写；可只读打开，或复制到别处",
        ),
        "error.write": (
            "{path}: cannot write ({detail}); nothing was changed",
            "{path}：无法写入（{detail}），未做任何改动",
        ),
        "error.image": ("{name}: not a usable image ({detail})", "{name}：无法使用的图片（{detail}）"),
        "error.model": ("invalid edit: {detail}", "无效的编辑：{detail}"),
        "error.interchange": (
            "{path}: not valid Studio JSON ({detail})",
            "{path}：不是有效的 Studio JSON（{detail}）",
        ),
        "error.interchange_at": (
            "{path}: not valid Studio JSON at {where}: {why}",
            "{path}：不是有效的 Studio JSON（{where}：{why}）",
        ),
        "json.not_studio": (
            'not a Studio project (no "format": "studio-project")',
            '不是 Studio 项目（缺少 "format": "studio-project"）',
        ),
        "json.unsupported_version": (
            "unsupported version {found}; this Studio reads up to {supported}",
            "版本 {found} 不受支持；本程序最高读取版本 {supported}",
        ),
        "json.missing": ("missing (expected {expected})", "缺少此项（应为{expected}）"),
        "json.wrong_kind": ("expected {expected}, found {found}", "应为{expected}，实际是{found}"),
        "json.not_finite": (
            "{number} is not a finite number",
            "{number} 不是有限的数值",
        ),
        "json.huge_number": (
            "a number of {digits} digits is too large",
            "数字有 {digits} 位，太大",
        ),
        "json.not_positive": ("{value} is not a positive number", "{value} 不是正数"),
        "json.negative": ("{value} is negative", "{value} 是负数"),
        "json.duration_range": (
            "{value} s is outside 0.1 to {most:g} s",
            "{value} 秒不在 0.1 至 {most:g} 秒之间",
        ),
        "json.unknown_value": (
            "unknown value {value!r}; expected one of {choices}",
            "未知的值 {value!r}；应为 {choices} 之一",
        ),
        "json.share_range": ("{value} is not a share between 0 and 1", "{value} 不是 0 到 1 之间的比例"),
        "json.no_script": ("a project needs at least one script", "项目至少需要一个脚本"),
        "json.no_alternative": ("a beat needs at least one alternative", "每个段落至少需要一个方案"),
        "json.two_bases": ("more than one base variant", "基础版本多于一个"),
        "json.bad_hash": (
            "{value!r} is not a frame hash (64 hex digits)",
            "{value!r} 不是画面哈希（64 位十六进制）",
        ),
        "json.bad_format": (
            "{value!r} is not an image format Studio knows",
            "{value!r} 不是 Studio 认识的图片格式",
        ),
        "json.duplicate_id": (
            "the id {id!r} is used twice (first at {first})",
            "编号 {id!r} 重复使用（首次出现在 {first}）",
        ),
        "kind.object": ("an object", "对象"),
        "kind.list": ("a list", "列表"),
        "kind.text": ("text", "文本"),
        "kind.number": ("a number", "数字"),
        "kind.boolean": ("true or false", "true/false"),
        "kind.null": ("null", "null"),
        "kind.id": ("an id (text)", "编号（文本）"),
        "kind.count": ("a whole number", "整数"),
        "kind.seconds": ("seconds (a number)", "秒数（数字）"),
        "kind.share": ("a share (a number from 0 to 1)", "比例（0 到 1 的数字）"),
        "kind.hash": ("a frame hash", "画面哈希"),
        "error.os": ("{path}: {detail}", "{path}：{detail}"),
        "reason.empty": ("the file is empty", "文件是空的"),
        "reason.not_sqlite": ("its contents are some other kind of document", "其内容是其他类型的文档"),
        "reason.not_file": ("it is a folder or a device, not a file", "这是文件夹或设备，不是文件"),
        "reason.foreign": ("it is another application's database", "这是其他程序的数据库"),
        "reason.truncated": (
            "the file is cut short, perhaps by an incomplete download or copy",
            "文件不完整，可能下载或复制中断",
        ),
        "reason.damaged": ("the file's contents are damaged", "文件内容已损坏"),
        "reason.schema": ("the file contains parts Studio did not write", "文件含有不是 Studio 写入的内容"),
        "reason.timeout": ("checking the file took too long", "检查文件耗时过长"),
        "reason.content": ("the project data inside is invalid", "其中的项目数据无效"),
        "reason.no_folder": ("the folder does not exist", "文件夹不存在"),
        "reason.moved": (
            "the file was moved or deleted while it was open",
            "文件在打开期间被移动或删除",
        ),
        "reason.no_lock": (
            "this folder's file system cannot lock files",
            "此文件夹所在的文件系统无法锁定文件",
        ),
        "reason.disk_full": ("the disk is full", "磁盘已满"),
        "reason.lock_full": (
            "the disk is full, so its lock file cannot be written; free some space and try again",
            "磁盘已满，无法写入其锁文件；请腾出空间后重试",
        ),
        "reason.lock_write": ("its lock file cannot be written", "无法写入其锁文件"),
        "reason.disk_error": ("the disk reported an error", "磁盘报告了错误"),
        "reason.read_only": ("the file is read-only", "文件是只读的"),
        "error.not_found": ("no {what} named {name!r}", "找不到{what}“{name}”"),
        "error.output": ("cannot write the output ({detail})", "无法写出输出内容（{detail}）"),
        "what.variant": ("variant", "版本"),
        "what.snapshot": ("snapshot", "快照"),
        "what.script": ("script", "脚本"),
        "what.talent": ("creator", "达人"),
        "what.template": ("template", "模板"),
        "what.beat": ("beat", "段落"),
        "what.shot": ("shot", "镜头"),
        "what.alternative": ("alternative", "方案"),
        "what.entity": ("item", "对象"),
    }
)


def _what(what: str) -> str:
    key = f"what.{what}"
    return say(key) if key in _MESSAGES else what


def _interchange(e: InterchangeErrorT) -> str:
    """Where in the JSON the problem is, and why, in the user's language."""
    fields = dict(e.fields)
    for key in ("expected", "found"):
        if key in fields:
            fields[key] = _what_kind(str(fields[key]))
    why = say(f"json.{e.reason}", **fields) if f"json.{e.reason}" in _MESSAGES else e.reason
    return say("error.interchange_at", path=e.path, where=e.where, why=why)


def _what_kind(kind: str) -> str:
    key = f"kind.{kind}"
    return say(key) if key in _MESSAGES else kind


def _install_describers() -> None:
    from studio.media.errors import ImageError
    from studio.models.errors import InterchangeError, ModelError, NotFoundError
    from studio.store.errors import (
        CorruptFileError,
        FileMissingError,
        NewerVersionError,
        NotAProjectError,
        ProjectFileError,
        ProjectLockedError,
        ReadOnlyLocationError,
        StaleLockError,
        StoredValueRefused,
        UnmergedLogError,
    )

    def os_error(e: OSError) -> str:
        if not e.filename:
            return say("error.output", detail=os_reason(e, str(e)))
        if e.errno == errno.ENOENT:
            return say("error.missing", path=e.filename)
        return say("error.os", path=e.filename, detail=os_reason(e, str(e)))

    register_error(OSError, os_error)
    register_error(ModelError, lambda e: say("error.model", detail=str(e)))
    register_error(
        NotFoundError,
        lambda e: say("error.not_found", what=_what(e.what), name=e.key),
        code=2,
    )
    register_error(InterchangeError, _interchange)
    register_error(ImageError, lambda e: say("error.image", name=e.name, detail=e.detail))

    def detail(e: BaseException) -> str:
        code = getattr(e, "code", "")
        if code and f"reason.{code}" in _MESSAGES:
            return say(f"reason.{code}")
        text = str(getattr(e, "detail", ""))
        return say(_SQLITE_REASONS[text]) if text in _SQLITE_REASONS else readable_detail(text)

    register_error(ProjectFileError, lambda e: say("error.write", path=e.path, detail=detail(e)))

    def read_only(e: ReadOnlyLocationError) -> str:
        if e.code in ("lock_link", "hard_link"):
            from studio.store.lock import lock_path

            return say(f"error.{e.code}", path=e.path, lock=lock_path(Path(e.path)).name)
        return say("error.readonly", path=e.path)

    def locked(e: ProjectLockedError) -> str:
        if isinstance(e, StaleLockError):
            from studio.store.lock import lock_path

            key = "error.stale" if e.removable else "error.stale_fixed"
            return say(key, path=e.path, lock=lock_path(Path(e.path)), **e.holder.__dict__)
        if e.code == "replace":
            return say("error.replace_locked", path=e.path, **e.holder.__dict__)
        return say("error.locked", path=e.path, **e.holder.__dict__)

    register_error(ReadOnlyLocationError, read_only)
    register_error(ProjectLockedError, locked)
    register_error(
        NewerVersionError,
        lambda e: say("error.newer", path=e.path, found=e.file_version, supported=e.supported),
    )
    register_error(CorruptFileError, lambda e: say("error.corrupt", path=e.path, detail=detail(e)))
    register_error(
        StoredValueRefused,
        lambda e: say(
            "error.stored_value",
            path=e.path,
            table=e.table,
            row=e.row,
            field=e.field,
            value=e.value,
            why=say(f"stored.{e.why}"),
        ),
    )
    register_error(NotAProjectError, lambda e: say("error.not_project", path=e.path, detail=detail(e)))
    register_error(FileMissingError, lambda e: say("error.missing", path=e.path))
    register_error(UnmergedLogError, lambda e: say("error.unmerged_log", path=e.path, log=e.log))


_install_describers()
