"""``studio draft``: a first complete script written from the project's brief: it fills the script
when that is still empty, else it is added beside it under a name no other script has."""

from __future__ import annotations

import argparse

from studio.cli.i18n import add_messages, language, say
from studio.cli.parsing import project_arg

add_messages(
    {
        "draft.help": (
            "write a first complete script from the brief, within the brief's length: into the script when it is "
            "still empty, else beside it under a new name; hooks and calls to action as A/B variants",
            "根据简报写一份完整的初稿脚本，时长不超出简报要求：脚本还是空的就写进去，否则以新名字加在它后面；"
            "钩子和行动号召各有备选，已设成 A/B 版本",
        ),
        "draft.file": ("the project file (.studio)", "项目文件（.studio）"),
        "draft.template": (
            "the template to draft (default: the script's)",
            "初稿所用的模板（默认：该脚本的模板）",
        ),
        "draft.script": (
            "the script to fill when it is empty, or to add the draft after (id or title; default: the first)",
            "脚本为空时把初稿写进这个脚本，否则加在它后面（ID 或标题；默认：第一个脚本）",
        ),
        "draft.filled": (
            "{path}: wrote the draft into the empty script “{title}” ({shots} shots, {variants} variants: {names})",
            "{path}：已把初稿写入空脚本“{title}”（{shots} 个镜头，{variants} 个版本：{names}）",
        ),
        "draft.empty": (
            "{path}: the brief is empty; fill it first ('studio brief --set')",
            "{path}：简报还是空的，请先填写（'studio brief --set'）",
        ),
        "draft.done": (
            "{path}: added “{title}” ({shots} shots, {variants} variants: {names})",
            "{path}：已添加“{title}”（{shots} 个镜头，{variants} 个版本：{names}）",
        ),
    }
)


def cmd_draft(args: argparse.Namespace) -> int:
    """Write the draft and add it as a new script (one edit)."""
    from studio.cli.brief_needs import draft_missing
    from studio.cli.i18n import CliError
    from studio.guide.brief.draftplace import place_draft
    from studio.models import ops
    from studio.store.document import ProjectFile

    with ProjectFile.open(args.file) as pf:
        p = pf.project
        if p.brief.is_empty():
            raise CliError("draft.empty", code=1, path=args.file)
        current = p.script(args.script)
        template = args.template or current.template
        lacking = draft_missing(p, template)
        place = place_draft(p, current, template)
        script = place.script
        ops.insert_script(p, place.index, script)
        if place.replaces is not None:  # the empty script makes way: one script, now written
            ops.remove_script(p, place.replaces)
        shots = sum(1 for _ in script.iter_shots())
        names = ("、" if language() == "zh" else ", ").join(v.name for v in script.variants)
    key = "draft.filled" if place.replaces is not None else "draft.done"
    print(say(key, path=args.file, title=script.title, shots=shots,
              variants=len(script.variants), names=names))  # fmt: skip
    if lacking:
        print(lacking)
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the draft command."""
    from studio.guide.brief.templates import templates

    p = sub.add_parser("draft", help=say("draft.help"), description=say("draft.help"))
    p.add_argument("file", metavar="FILE", type=project_arg, help=say("draft.file"))
    from studio.cli.brief_needs import template_help

    p.add_argument(
        "--template", metavar="TEMPLATE", choices=sorted(templates()), help=template_help("draft.template")
    )
    p.add_argument("--script", metavar="SCRIPT", help=say("draft.script"))
    p.set_defaults(func=cmd_draft)
