"""``studio draft``: a first complete script written from the project's brief: it fills the script
when that is still empty, else it is added beside it under a name no other script has."""

from __future__ import annotations

import argparse

from studio.cli.i18n import language, say
from studio.cli.parsing import project_arg


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
