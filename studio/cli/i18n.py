"""Command-line wording in Simplified Chinese and English.

Each command module adds its own messages with :func:`add_messages`; keys map to
(English, Chinese) pairs with ``str.format`` fields.
"""

from __future__ import annotations

import locale
import os
from collections.abc import Callable

_LANG: list[str] = []
_MESSAGES: dict[str, tuple[str, str]] = {}
_DESCRIBERS: list[tuple[type[BaseException], Callable[[BaseException], str]]] = []


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


def add_messages(messages: dict[str, tuple[str, str]]) -> None:
    """Register (English, Chinese) message pairs."""
    _MESSAGES.update(messages)


def say(key: str, **fields: object) -> str:
    """A message in the current language with its fields filled in."""
    en, zh = _MESSAGES.get(key, (key, key))
    text = zh if language() == "zh" else en
    try:
        return text.format(**fields)
    except (KeyError, IndexError, ValueError):
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


def register_error(kind: type[BaseException], describe: Callable[[BaseException], str]) -> None:
    """Teach the CLI to put an exception type into words."""
    _DESCRIBERS.insert(0, (kind, describe))


def describe_error(exc: BaseException) -> str | None:
    """The user's-language sentence for a known error, or None."""
    for kind, describe in _DESCRIBERS:
        if isinstance(exc, kind):
            return describe(exc)
    return None


add_messages(
    {
        "cli.description": (
            "Studio: write short-video selling scripts, plan A/B variants, export for the set and the edit.",
            "Studio：撰写短视频带货脚本、规划 A/B 版本、导出拍摄与剪辑资料。",
        ),
        "cli.ui_lang": ("language of messages", "提示信息的语言"),
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
        "error.not_found": ("no {what} named {key!r}", "找不到{what}：{key}"),
    }
)


def _install_describers() -> None:
    from studio.models.errors import InterchangeError, ModelError, NotFoundError
    from studio.store.errors import (
        CorruptFileError,
        FileMissingError,
        ImageError,
        NewerVersionError,
        NotAProjectError,
        ProjectFileError,
        ProjectLockedError,
        ReadOnlyLocationError,
    )

    def os_error(e: BaseException) -> str:
        assert isinstance(e, OSError)
        return say("error.os", path=e.filename or "", detail=e.strerror or str(e))

    register_error(OSError, os_error)
    register_error(ModelError, lambda e: say("error.model", detail=str(e)))
    register_error(NotFoundError, lambda e: say("error.not_found", what=e.what, key=e.key))  # type: ignore[attr-defined]
    register_error(
        InterchangeError,
        lambda e: say("error.interchange", path=e.path, detail=e.reason),  # type: ignore[attr-defined]
    )
    register_error(ImageError, lambda e: say("error.image", name=e.name, detail=e.detail))  # type: ignore[attr-defined]

    def detail(e: BaseException) -> str:
        code = getattr(e, "code", "")
        return say(f"reason.{code}") if code else str(getattr(e, "detail", ""))

    register_error(ProjectFileError, lambda e: say("error.write", path=e.path, detail=detail(e)))  # type: ignore[attr-defined]
    register_error(ReadOnlyLocationError, lambda e: say("error.readonly", path=e.path))  # type: ignore[attr-defined]
    register_error(
        ProjectLockedError,
        lambda e: say("error.locked", path=e.path, **e.holder.__dict__),  # type: ignore[attr-defined]
    )
    register_error(
        NewerVersionError,
        lambda e: say("error.newer", path=e.path, found=e.file_version, supported=e.supported),  # type: ignore[attr-defined]
    )
    register_error(CorruptFileError, lambda e: say("error.corrupt", path=e.path, detail=detail(e)))  # type: ignore[attr-defined]
    register_error(NotAProjectError, lambda e: say("error.not_project", path=e.path, detail=detail(e)))  # type: ignore[attr-defined]
    register_error(FileMissingError, lambda e: say("error.missing", path=e.path))  # type: ignore[attr-defined]


_install_describers()
