"""Wording of ``studio.cli.parsing``: key -> (Chinese, English)."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "cli.see_help": ("参见 {prog} --help", "see {prog} --help"),
    "cli.no_command": (
        "没有给出命令；可选：{commands}（参见 studio --help）",
        "no command given; choose one of: {commands} (see studio --help)",
    ),
    "cli.version_help": ("显示版本并退出", "show the version and exit"),
    "cli.no_path": ("需要文件名，不能为空", "a file name is needed, not an empty string"),
    "cli.no_stdin": (
        "项目文件不能从标准输入（-）读取；请给出 .studio 文件的路径",
        "a project cannot be read from standard input (-); give the .studio file's path",
    ),
}

#: Keys whose sentence is defined under another key.
ALIASES: dict[str, str] = {
    "cli.project_file": "brief.file",
}
