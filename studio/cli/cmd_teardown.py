"""``studio teardown``: a reference video torn down into shots, words, sound, beats and rhythm."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from studio.cli.i18n import CliError, add_messages, language, register_error, say
from studio.cli.parsing import path_arg

if TYPE_CHECKING:
    from studio.teardown.model import Teardown

add_messages(
    {
        "teardown.help": (
            "tear down a reference video (拆解爆款): shots, captions, sound, beats and rhythm",
            "拆解参考视频（爆款）：镜头、字幕、声音、节拍与节奏",
        ),
        "teardown.video": ("the video (MP4, MOV, WebM)", "视频文件（MP4、MOV、WebM）"),
        "teardown.out": (
            "a new project file (.studio) holding the teardown",
            "保存拆解结果的新项目文件（.studio）",
        ),
        "teardown.into": (
            "add the teardown to this existing project as a reference script",
            "把拆解结果作为参考脚本加入这个现有项目",
        ),
        "teardown.json": (
            "print the whole teardown as JSON on standard output",
            "在标准输出打印完整的拆解 JSON",
        ),
        "teardown.force": ("replace the -o file if it exists", "-o 文件已存在时覆盖"),
        "teardown.lang": (
            "language of the new project (default: the video's)",
            "新项目的语言（默认按视频文字）",
        ),
        "teardown.no_ocr": ("do not read the words in the picture (faster)", "不识别画面中的文字（更快）"),
        "teardown.product": (
            "the product's name as printed on it (finds its close-ups; repeatable)",
            "产品包装上的名称（用于找特写；可重复）",
        ),
        "teardown.need_out": (
            "say where the teardown goes: -o NEW.studio, --into PROJECT.studio or --json",
            "请指定拆解结果的去处：-o 新文件.studio、--into 项目.studio 或 --json",
        ),
        "teardown.exists": (
            "{path} exists; use --force to replace it",
            "{path} 已存在；如要覆盖请加 --force",
        ),
        "teardown.err.missing": ("{path}: no such file", "{path}：文件不存在"),
        "teardown.err.unreadable": (
            "{path}: not a video Studio can read ({detail}); try an MP4, MOV or WebM file",
            "{path}：无法读取的视频（{detail}）；请换用 MP4、MOV 或 WebM 文件",
        ),
        "teardown.err.no_video": (
            "{path}: has sound but no picture; a teardown needs a video",
            "{path}：只有声音没有画面；拆解需要视频",
        ),
        "teardown.err.too_long": (
            "{path}: {minutes} minutes long; tear down videos up to {limit} minutes (cut the part you want first)",
            "{path}：时长 {minutes} 分钟；只能拆解 {limit} 分钟以内的视频（请先剪出需要的部分）",
        ),
        "teardown.err.empty": ("{path}: no frame could be decoded", "{path}：没有可解码的画面"),
        "teardown.step.decode": ("decoding and finding cuts", "解码并查找剪辑点"),
        "teardown.step.words": ("reading captions and on-screen text", "识别字幕与画面文字"),
        "teardown.step.sound": ("listening for speech, music and beats", "分析人声、音乐与节拍"),
        "teardown.step.structure": ("guessing beats and rhythm", "推断段落与节奏"),
        "teardown.progress": ("{step}: {percent}%", "{step}：{percent}%"),
        "teardown.note.no_audio": (
            "no sound track: tempo and speech not measured",
            "没有音轨：未测节拍与人声",
        ),
        "teardown.note.no_ocr": (
            "the OCR engine is unavailable: words not read",
            "OCR 引擎不可用：未识别文字",
        ),
        "teardown.summary": (
            "{shots} shots in {seconds:.1f} s · average {average:.1f} s · longest {longest:.1f} s · {cps:.2f} cuts/s",
            "{shots} 个镜头，共 {seconds:.1f} 秒 · 平均 {average:.1f} 秒 · 最长 {longest:.1f} 秒 · 每秒 {cps:.2f} 次剪辑",
        ),
        "teardown.sound": (
            "tempo {tempo} BPM · {on} of {cuts} cuts on the beat · speech {speech:.0f} s · music only {music:.0f} s",
            "节拍 {tempo} BPM · {cuts} 个剪辑点中 {on} 个卡点 · 人声 {speech:.0f} 秒 · 纯音乐 {music:.0f} 秒",
        ),
        "teardown.words": (
            "captions {cps:.1f} chars/s · first product close-up {first} · hook devices: {devices}",
            "字幕每秒 {cps:.1f} 字 · 首个产品特写 {first} · 钩子手法：{devices}",
        ),
        "teardown.shot": (
            "{code} {start:6.2f}–{end:6.2f} s  {beat}  {words}",
            "{code} {start:6.2f}–{end:6.2f} 秒  {beat}  {words}",
        ),
        "teardown.written": ("written: {path}", "已写入：{path}"),
        "teardown.added": (
            "added to {path} as the reference script “{title}”",
            "已作为参考脚本「{title}」加入 {path}",
        ),
        "teardown.none": ("none", "无"),
        "teardown.device.description": ("vivid description", "画面描述"),
        "teardown.device.question": ("question", "提问"),
        "teardown.device.number": ("number", "数字"),
        "teardown.device.conflict": ("conflict", "冲突"),
        "teardown.device.price": ("price", "价格"),
    }
)


def _install_errors() -> None:
    from studio.teardown.errors import TeardownError

    register_error(TeardownError, lambda e: say(f"teardown.err.{e.key}", **e.data))


def _progress() -> Any:
    """Step progress on stderr: one line per step, updated in place on a terminal."""
    tty = sys.stderr.isatty()
    state: dict[str, Any] = {"step": "", "shown": -1}

    def report(step: str, fraction: float) -> None:
        percent = int(fraction * 100)
        if step == state["step"] and (percent - int(state["shown"]) < 10 and percent < 100):
            return
        if step != state["step"] and state["step"] and tty:
            sys.stderr.write("\n")
        state["step"], state["shown"] = step, percent
        line = say("teardown.progress", step=say(f"teardown.step.{step}"), percent=percent)
        sys.stderr.write(("\r" + line) if tty else line + "\n")
        sys.stderr.flush()

    return report


def cmd_teardown(args: argparse.Namespace) -> int:
    """Tear down the video, then write a project, add to one, or print JSON."""
    from studio.teardown.run import teardown

    _install_errors()
    video = Path(args.video)
    if not args.output and not args.into and not args.json:
        raise CliError("teardown.need_out")
    target: Path | None = None
    if args.output:
        target = Path(args.output)
        if not target.suffix:
            target = target.with_suffix(".studio")
        if target.exists() and not args.force:
            raise CliError("teardown.exists", path=str(target))
    if args.into and not Path(args.into).is_file():
        raise CliError("teardown.err.missing", code=1, path=str(args.into))
    if not video.is_file():
        raise CliError("teardown.err.missing", code=1, path=str(video))
    result = teardown(video, _progress(), read_words=not args.no_ocr, product_words=tuple(args.product or ()))
    if sys.stderr.isatty():
        sys.stderr.write("\n")
    td = result.teardown
    lang = args.lang or td.language
    if target is not None:
        from studio.store.document import write_new_file
        from studio.teardown.project import new_project

        project, blobs = new_project(td, lang, result.samples)
        write_new_file(target, project, blobs)
    title = ""
    if args.into:
        from studio.store.document import ProjectFile
        from studio.teardown.project import add_reference

        with ProjectFile.open(args.into) as pf, pf.batch():
            title = add_reference(pf.project, td, result.samples, pf.store_frame_bytes).title
    if args.json:
        json.dump(td.to_json(), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        for line in summary_lines(td):
            print(line)
    if target is not None:
        print(say("teardown.written", path=str(target)), file=sys.stderr if args.json else sys.stdout)
    if args.into:
        print(
            say("teardown.added", path=str(args.into), title=title),
            file=sys.stderr if args.json else sys.stdout,
        )
    return 0


def _device(name: str) -> str:
    key = f"teardown.device.{name}"
    text = say(key)
    return name if text == key else text


def summary_lines(td: Teardown) -> list[str]:
    """The teardown in a few lines, in the user's language."""
    from studio.models.enums import BeatKind
    from studio.models.vocab import label

    lang = language()
    p = td.profile
    none = say("teardown.none")
    lines = [
        say(
            "teardown.summary",
            shots=p.shot_count,
            seconds=p.duration,
            average=p.average_shot,
            longest=p.longest_shot,
            cps=p.cuts_per_second,
        )
    ]
    if td.sound.has_audio:
        speech = sum(b - a for a, b in td.sound.speech)
        music = sum(b - a for a, b in td.sound.music_only)
        lines.append(
            say(
                "teardown.sound",
                tempo=f"{p.tempo:.1f}" if p.tempo else none,
                on=p.cuts_on_beat,
                cuts=len(td.cuts),
                speech=speech,
                music=music,
            )
        )
    first = f"{p.first_close_up:.1f} s" if p.first_close_up is not None else none
    lines.append(
        say(
            "teardown.words",
            cps=p.caption_chars_per_second,
            first=first,
            devices=", ".join(_device(d) for d in p.hook_devices) or none,
        )
    )
    for note in td.notes:
        lines.append(say(f"teardown.note.{note}"))
    for i, shot in enumerate(td.shots, 1):
        beat = label(BeatKind(shot.beat), lang) if shot.beat in BeatKind._value2member_map_ else shot.beat
        words = " | ".join(t for t in (shot.voiceover, shot.onscreen) if t)
        lines.append(
            say("teardown.shot", code=f"{i:>3}", start=shot.start, end=shot.end, beat=beat, words=words)
        )
    return lines


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``studio teardown``."""
    p = subparsers.add_parser("teardown", help=say("teardown.help"), description=say("teardown.help"))
    p.add_argument("video", metavar="VIDEO", type=path_arg, help=say("teardown.video"))
    p.add_argument("-o", "--output", metavar="NEW.studio", type=path_arg, help=say("teardown.out"))
    p.add_argument("--into", metavar="PROJECT.studio", type=path_arg, help=say("teardown.into"))
    p.add_argument("--json", action="store_true", help=say("teardown.json"))
    p.add_argument("--force", action="store_true", help=say("teardown.force"))
    p.add_argument("--lang", choices=("zh", "en"), help=say("teardown.lang"))
    p.add_argument("--no-ocr", action="store_true", help=say("teardown.no_ocr"))
    p.add_argument("--product", action="append", metavar="NAME", help=say("teardown.product"))
    p.set_defaults(func=cmd_teardown)
