"""Wording of ``studio.cli.cmd_export``: key -> (Chinese, English)."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "export.help": (
        "导出分镜脚本、拍摄清单与动态分镜（Word、Excel、PDF、口播稿、长图、CSV、MP4、GIF）",
        "export storyboards, shot lists and animatics (Word, Excel, PDF, script, picture, CSV, MP4, GIF)",
    ),
    "export.description": (
        "把某个版本的分镜脚本或拍摄清单写入文件。docx、script、image 每个版本一个文件；xlsx、pdf 与 csv（供其他工具使用的镜头清单）把所选版本放进同一个文件（xlsx 与 csv "
        "未指定 --variant 时含全部版本）。选了多个版本（--all 或多次 --variant）且格式按版本出文件时，OUT 为已存在的文件夹（文件名为 <项目>_<版本>.<扩展名>，口播稿为 "
        "<项目>_<版本>_口播稿.docx）、含 {variant} 的文件名模板（还可用 {project}、{n}），例如 boards/{variant}.docx，"
        "或一个文件名（boards.docx 按版本写成 boards_<版本>.docx）。xlsx、pdf 与 csv 的 OUT 也可以是已存在的文件夹（文件名为 <项目>.<扩展名>）。",
        "Write a variant's storyboard or the shoot list to a file. docx, script and image make one file per "
        "variant; xlsx, pdf and csv (the shot list for other tools) put all chosen variants into one file "
        "(xlsx and csv: every variant unless --variant says otherwise). With several variants (--all, or "
        "--variant more than once) and a per-variant format, OUT is an existing folder (files are named "
        "<project>_<variant>.<ext>, read-through scripts <project>_<variant>_script.docx), a name pattern "
        "with {variant} (also {project}, {n}), e.g. boards/{variant}.docx, or a file name (boards.docx "
        "becomes boards_<variant>.docx, one per variant). For xlsx, pdf and csv, OUT may also be an "
        "existing folder (the file is named <project>.<ext>).",
    ),
    "export.format": ("导出格式", "what to write"),
    "export.variant": (
        "版本名称或编号（可重复；默认基础版，xlsx 与 csv 默认全部版本）",
        "variant name or id (repeatable; default: the base variant; every variant for xlsx and csv)",
    ),
    "export.all": ("脚本的全部版本", "every variant of the script"),
    "export.out": ("输出文件、文件夹或文件名模板（见上文）", "output file, folder or pattern (see above)"),
    "export.lang": ("文档语言（默认与项目一致）", "language of the document (default: the project's)"),
    "export.paper": ("纸张（默认 A4）", "paper size (default a4)"),
    "export.layout": (
        "docx 与 pdf 的分镜版式：table（每个镜头一行，默认）、3x2（横向每页六格大画面）或 2x3（纵向每页六格）",
        "storyboard layout for docx and pdf: table (a row per shot, default), 3x2 (six large panels a "
        "landscape page) or 2x3 (six a portrait page)",
    ),
    "export.script": ("脚本标题或编号（默认第一个）", "script title or id (default: the first)"),
    "export.snapshot": (
        "导出已保存的快照（编号或名称），而不是当前内容",
        "export a saved snapshot (number or name) instead of the current state",
    ),
    "export.progress": (
        "即使 stderr 不是终端也显示进度",
        "show progress on stderr even when it is not a terminal",
    ),
    "export.written": ("已写出 {path}", "wrote {path}"),
    "export.note": ("注意：{text}", "note: {text}"),
    "export.fps": (
        "mp4：帧率，如 25、29.97（默认按平台常用帧率）",
        "mp4: frame rate, e.g. 25, 29.97 (default: the platform's usual rate)",
    ),
    "export.voiceover": (
        "mp4：整条口播音频文件（WAV、MP3、M4A）",
        "mp4: one voice-over file for the whole cut (WAV, MP3, M4A)",
    ),
    "export.voiceover_clips": (
        "mp4：按镜号命名的逐镜头口播音频所在文件夹（H-A-01.wav 等）",
        "mp4: a folder of per-shot voice-over clips named by shot code (H-A-01.wav …)",
    ),
    "export.music": (
        "mp4：背景音乐（WAV、MP3、M4A），循环铺满",
        "mp4: a music bed (WAV, MP3, M4A), looped to the cut",
    ),
    "export.music_level": (
        "mp4：背景音乐音量，单位 dB（默认 -18；0 为原音量）",
        "mp4: music level in dB (default -18; 0 = as recorded)",
    ),
    "export.no_titles": ("mp4、gif：画面上不显示段落标题", "mp4, gif: no beat titles on the pictures"),
    "export.talent": (
        "talent-brief：只出这位达人（名字或账号）的简报（默认：每位达人一页）",
        "talent-brief: only the creator of this name or handle (default: one page per creator)",
    ),
    "export.include": (
        "results：同时写出 A/B 投放结果与达人数据（消耗、GMV、播放、订单），即运营报告；仅 pdf 与 xlsx。不加此项时不写任何销售数据，分镜与拍摄清单可直接发给客户或剧组",
        "results: also print the A/B results and the creators' figures (spend, GMV, plays, orders), the "
        "operator's report; pdf and xlsx only. Without it no sales figure is written, so a storyboard or "
        "shoot list can go to a client or a crew",
    ),
    "export.include_ignored": (
        "提示：{fmt} 不含投放结果，--include results 只用于 pdf 与 xlsx",
        "note: {fmt} carries no results; --include results applies to pdf and xlsx",
    ),
    "export.no_audio_file": ("{path}：音频文件不存在", "{path}: no such audio file"),
    "export.no_clip_folder": ("{path}：口播片段文件夹不存在", "{path}: no such folder of voice-over clips"),
    "export.bad_audio": ("{path}：无法使用该音频（{detail}）", "{path}: cannot use this audio ({detail})"),
    "export.working": ("正在导出 {name}", "exporting {name}"),
    "export.bad_suffix": ("{path}：{fmt} 文件的扩展名应为 {allowed}", "{path}: {fmt} files end in {allowed}"),
    "export.needs_variant": (
        "{path}：文件名模板需要含 {{variant}}，否则各版本会写成同一个文件名",
        "{path}: a name pattern needs {{variant}}, or every variant would get the same file name",
    ),
    "export.bad_pattern": ("{path}：文件名模板有误（{detail}）", "{path}: bad name pattern ({detail})"),
    "export.folder_missing": (
        "{path}：文件夹不存在，未写出任何文件",
        "{path}: the folder does not exist; nothing was written",
    ),
    "export.cannot_write": (
        "{path}：无法写入（{detail}），未留下不完整的文件",
        "{path}: cannot write ({detail}); no partial file was left",
    ),
    "export.collision": (
        "{path}：版本“{first}”和“{second}”会写成同一个文件（两个名称只差大小写或文件名不能包含的字符）；请给其中一个改名后再导出。未写出任何文件",
        "{path}: variants “{first}” and “{second}” would be written to this one file (their names differ "
        "only in letter case or in characters a file name cannot hold); rename one of them and export "
        "again. Nothing was written",
    ),
    "export.too_long": (
        "{path}：版本“{variant}”时长 {seconds:.0f} 秒，超过动态分镜的上限（1 小时）；多半是某个镜头的时长有误：请检查各镜头时长（studio info）后再导出。"
        "未写出任何文件",
        "{path}: variant “{variant}” runs {seconds:.0f} s, longer than an animatic may (1 hour); a shot's "
        "duration is probably wrong: check the durations (studio info) and export again. Nothing was written",
    ),
    "export.too_long_window": (
        "版本“{variant}”时长 {seconds:.0f} 秒，超过动态分镜的上限（1 小时）：多半是某个镜头的时长有误。请在拍摄清单中检查各镜头时长后再导出。未写出任何文件",
        "Variant “{variant}” runs {seconds:.0f} s, longer than an animatic may (1 hour): a shot's duration is "
        "probably wrong. Check the durations in the Shot list and export again. Nothing was written",
    ),
    "export.disk_full": (
        "{path}：磁盘已满（{detail}），未留下不完整的文件。请腾出空间或导出到其他文件夹后再导出",
        "{path}: the disk is full ({detail}); no partial file was left. Free some space or export to "
        "another folder, then export again",
    ),
    "export.no_stdout": (
        "导出不能写到标准输出（-）；请给出文件或文件夹名",
        "exports cannot go to standard output (-); give a file or folder name",
    ),
}

#: Keys whose sentence is defined under another key.
ALIASES: dict[str, str] = {
    "export.file": "brief.file",
}
