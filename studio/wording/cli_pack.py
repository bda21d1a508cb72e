"""Wording of ``studio.cli.cmd_pack``: key -> (Chinese, English)."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "help.pack": ("为剪辑师按版本生成素材包", "write a pack per variant for the editor"),
    "help.pack_variant": (
        "版本名称或编号（可重复；默认基础版）",
        "variant name or id (repeatable; default: the base variant)",
    ),
    "help.pack_out": ("素材包写入的文件夹", "folder to write the packs into"),
    "help.pack_zip": ("同时为每个素材包生成 <文件夹>.zip", "also make <folder>.zip of each pack"),
    "help.pack_fps": (
        "时间线帧率：23.976、24、25、29.97、30、50、59.94、60 等（默认按平台常用帧率）",
        "frame rate of the timelines: 23.976, 24, 25, 29.97, 30, 50, 59.94, 60 … (default: the platform's "
        "usual rate)",
    ),
    "help.pack_media_root": (
        "剪辑师电脑上放素材包的文件夹（如 D:\\剪辑 或 /Volumes/Edit），XML 时间线将指向那里（默认指向写出位置；每个素材包里另有重新链接脚本）",
        "folder the packs will be in on the editor's machine (e.g. D:\\edit or /Volumes/Edit); the XML "
        "timelines point there (default: where they are written; each pack also has a relink script)",
    ),
    "help.pack_animatic": (
        "每个素材包里同时放入该版本的动态分镜视频（animatic.mp4）",
        "also put the variant's animatic video (animatic.mp4) in each pack",
    ),
    "pack.written": ("已写出 {folder}（{count} 个文件）", "wrote {folder} ({count} files)"),
    "pack.not_folder": (
        "{path} 是文件而不是文件夹；请给出素材包要写入的文件夹",
        "{path} is a file, not a folder; give the folder the packs go into",
    ),
    "pack.bad_fps": (
        "{value}：不是有效帧率；请用 1 到 120 的整数，或 23.976、29.97、59.94",
        "{value}: not a frame rate; use a whole number from 1 to 120, or 23.976, 29.97, 59.94",
    ),
    "pack.collision": (
        "{path}：版本“{first}”和“{second}”会写成同一个素材包（两个名称只差大小写或文件名不能包含的字符）；请给其中一个改名后再打包。未写出任何文件",
        "{path}: variants “{first}” and “{second}” would get this one pack (their names differ only in "
        "letter case or in characters a file name cannot hold); rename one of them and pack again. Nothing "
        "was written",
    ),
    "pack.disk_full": (
        "{path}：磁盘已满（{detail}），未留下不完整的文件。请腾出空间或换一个文件夹（-o）后再打包",
        "{path}: the disk is full ({detail}); nothing was left behind. Free some space or pack into another "
        "folder (-o), then pack again",
    ),
    "pack.export_error": (
        "{path}：无法写出素材包（{detail}），未留下不完整的文件",
        "{path}: cannot write the pack ({detail}); nothing was left behind",
    ),
}

#: Keys whose sentence is defined under another key.
ALIASES: dict[str, str] = {
    "help.pack_all": "export.all",
    "help.pack_script": "export.script",
    "pack.zipped": "export.written",
}
