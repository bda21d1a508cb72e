"""argparse in the user's language, with usage mistakes reported in one line.

argparse looks its own words up through ``gettext`` at call time (``argparse._`` and
``argparse.ngettext``), so pointing those two names at :func:`_gettext` translates the
help headings ("usage:", "positional arguments", "options") and argparse's error
messages into Chinese when the CLI speaks Chinese; English is passed through.
"""

from __future__ import annotations

import argparse
from typing import NoReturn

from studio.cli.i18n import language, say

#: argparse's message ids (Python 3.11) in Simplified Chinese.
ARGPARSE_ZH: dict[str, str] = {
    "usage: ": "用法：",
    "positional arguments": "位置参数",
    "options": "选项",
    "show this help message and exit": "显示本帮助并退出",
    "the following arguments are required: %s": "缺少必需的参数：%s",
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)": "无效的选项 %(value)r（可选：%(choices)s）",
    "invalid %(type)s value: %(value)r": "无效的 %(type)s 值：%(value)r",
    "expected one argument": "需要一个值",
    "expected at most one argument": "最多只能有一个值",
    "expected at least one argument": "至少需要一个值",
    "expected %s argument": "需要 %s 个值",
    "expected %s arguments": "需要 %s 个值",
    "not allowed with argument %s": "不能与参数 %s 同时使用",
    "one of the arguments %s is required": "参数 %s 必须给出其中之一",
    "ambiguous option: %(option)s could match %(matches)s": "选项 %(option)s 不明确，可能是 %(matches)s",
    "ignored explicit argument %r": "多余的值 %r 被忽略",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "没有命令 %(parser_name)r（可选：%(choices)s）",
    "can't open '%(filename)s': %(error)s": "无法打开“%(filename)s”：%(error)s",
}


def project_arg(value: str) -> str:
    """argparse ``type=`` for a project file: refuses an empty name and "-" (usage mistakes)."""
    if not value.strip():
        raise argparse.ArgumentTypeError(say("cli.no_path"))
    if value == "-":
        raise argparse.ArgumentTypeError(say("cli.no_stdin"))
    return value


def path_arg(value: str) -> str:
    """argparse ``type=`` for any file or folder name: refuses an empty name."""
    if not value.strip():
        raise argparse.ArgumentTypeError(say("cli.no_path"))
    return value


def _gettext(message: str) -> str:
    if language() == "zh":
        return ARGPARSE_ZH.get(message, message)
    return message


def _ngettext(singular: str, plural: str, n: int) -> str:
    return _gettext(singular if n == 1 else plural)


def install_translation() -> None:
    """Make argparse's own words follow the CLI's language."""
    argparse._ = _gettext  # type: ignore[attr-defined]
    argparse.ngettext = _ngettext  # type: ignore[attr-defined]


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose usage mistakes are one line on stderr and exit status 2."""

    def error(self, message: str) -> NoReturn:
        """Report a usage mistake in one line: what is wrong and where the help is."""
        sep = "；" if language() == "zh" else "; "
        self.exit(2, f"{self.prog}: {message}{sep}{say('cli.see_help', prog=self.prog)}\n")
