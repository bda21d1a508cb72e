"""Wording of ``studio.cli.cmd_teardown``: key -> (Chinese, English)."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "teardown.help": (
        "拆解参考视频（爆款）：镜头、字幕、声音、节拍与节奏",
        "tear down a reference video (拆解爆款): shots, captions, sound, beats and rhythm",
    ),
    "teardown.video": ("视频文件（MP4、MOV、WebM）", "the video (MP4, MOV, WebM)"),
    "teardown.out": (
        "保存拆解结果的新项目文件（.studio）",
        "a new project file (.studio) holding the teardown",
    ),
    "teardown.into": (
        "把拆解结果作为参考脚本加入这个现有项目",
        "add the teardown to this existing project as a reference script",
    ),
    "teardown.json": ("在标准输出打印完整的拆解 JSON", "print the whole teardown as JSON on standard output"),
    "teardown.force": ("-o 文件已存在时覆盖", "replace the -o file if it exists"),
    "teardown.lang": ("新项目的语言（默认按视频文字）", "language of the new project (default: the video's)"),
    "teardown.no_ocr": ("不识别画面中的文字（更快）", "do not read the words in the picture (faster)"),
    "teardown.product": (
        "产品包装上的名称（用于找特写；可重复）",
        "the product's name as printed on it (finds its close-ups; repeatable)",
    ),
    "teardown.need_out": (
        "请指定拆解结果的去处：-o 新文件.studio、--into 项目.studio 或 --json",
        "say where the teardown goes: -o NEW.studio, --into PROJECT.studio or --json",
    ),
    "teardown.err.unreadable": (
        "{path}：无法读取的视频（{detail}）；请换用 MP4、MOV 或 WebM 文件",
        "{path}: not a video Studio can read ({detail}); try an MP4, MOV or WebM file",
    ),
    "teardown.err.no_video": (
        "{path}：只有声音没有画面；拆解需要视频",
        "{path}: has sound but no picture; a teardown needs a video",
    ),
    "teardown.err.too_long": (
        "{path}：时长 {minutes} 分钟；只能拆解 {limit} 分钟以内的视频（请先剪出需要的部分）",
        "{path}: {minutes} minutes long; tear down videos up to {limit} minutes (cut the part you want "
        "first)",
    ),
    "teardown.err.empty": ("{path}：没有可解码的画面", "{path}: no frame could be decoded"),
    "teardown.step.decode": ("解码并查找剪辑点", "decoding and finding cuts"),
    "teardown.step.words": ("识别字幕与画面文字", "reading captions and on-screen text"),
    "teardown.step.sound": ("分析人声、音乐与节拍", "listening for speech, music and beats"),
    "teardown.step.structure": ("推断段落与节奏", "guessing beats and rhythm"),
    "teardown.progress": ("{step}：{percent}%", "{step}: {percent}%"),
    "teardown.note.no_audio": ("没有音轨：未测节拍与人声", "no sound track: tempo and speech not measured"),
    "teardown.note.no_ocr": ("OCR 引擎不可用：未识别文字", "the OCR engine is unavailable: words not read"),
    "teardown.summary": (
        "{shots} 个镜头，共 {seconds:.1f} 秒 · 平均 {average:.1f} 秒 · 最长 {longest:.1f} 秒 · 每秒 {cps:.2f} 次剪辑",
        "{shots} shots in {seconds:.1f} s · average {average:.1f} s · longest {longest:.1f} s · {cps:.2f} "
        "cuts/s",
    ),
    "teardown.sound": (
        "节拍 {tempo} BPM · {cuts} 个剪辑点中 {on} 个卡点 · 人声 {speech:.0f} 秒 · 纯音乐 {music:.0f} 秒",
        "tempo {tempo} BPM · {on} of {cuts} cuts on the beat · speech {speech:.0f} s · music only "
        "{music:.0f} s",
    ),
    "teardown.words": (
        "字幕每秒 {cps:.1f} 字 · 首个产品特写 {first} · 钩子手法：{devices}",
        "captions {cps:.1f} chars/s · first product close-up {first} · hook devices: {devices}",
    ),
    "teardown.shot": (
        "{code} {start:6.2f}–{end:6.2f} 秒  {beat}  {words}",
        "{code} {start:6.2f}–{end:6.2f} s  {beat}  {words}",
    ),
    "teardown.written": ("已写入：{path}", "written: {path}"),
    "teardown.added": (
        "已作为参考脚本「{title}」加入 {path}",
        "added to {path} as the reference script “{title}”",
    ),
    "teardown.none": ("无", "none"),
    "teardown.device.description": ("画面描述", "vivid description"),
    "teardown.device.question": ("提问", "question"),
    "teardown.device.number": ("数字", "number"),
    "teardown.device.conflict": ("冲突", "conflict"),
    "teardown.device.price": ("价格", "price"),
}

#: Keys whose sentence is defined under another key.
ALIASES: dict[str, str] = {
    "teardown.exists": "import.exists",
    "teardown.err.missing": "error.missing",
}
