"""``studio teardown``: a reference video torn down into shots, words, sound, beats and rhythm."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from studio.cli.i18n import CliError, language, register_error, say
from studio.cli.parsing import path_arg

if TYPE_CHECKING:
    from studio.teardown.model import Teardown


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
