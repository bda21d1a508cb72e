"""``studio variants``: list a script's variants, rename one (creators and results stay linked by id).

Also puts the model's rule errors (two variants of one name, an empty name, a link to nothing)
into words for every command, ``studio load`` included.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from studio.cli.i18n import CliError, say
from studio.cli.parsing import project_arg
from studio.models.entities import Variant
from studio.models.fields import day_text

if TYPE_CHECKING:
    from studio.store.document import ProjectFile


def cmd_variants(args: argparse.Namespace) -> int:
    """List the variants of a script, or rename one (one undoable edit, refused when the name is taken)."""
    from studio.models import ops
    from studio.store.document import ProjectFile

    with ProjectFile.open(args.file, readonly=args.action is None) as pf:
        script = pf.project.script(args.script)
        if args.action is None:
            for v in script.variants:
                mark = "★ " if v.is_base else ""
                if v.post_date:
                    print(say("variants.line_post", mark=mark, name=v.name, id=v.id, day=v.post_date))
                else:
                    print(say("variants.line", mark=mark, name=v.name, id=v.id))
            return 0
        variant = script.variant(args.old)
        if variant is None:
            known = ", ".join(v.name for v in script.variants)
            raise CliError("variants.unknown", code=2, name=args.old, script=script.title, known=known)
        if args.action == "post-date":
            return _set_post_date(pf, variant, args.day, args.file)
        if variant.name == args.new:
            print(say("variants.unchanged", path=args.file, name=variant.name))
            return 0
        old = variant.name
        ops.set_field(pf.project, variant, "name", args.new)
        print(say("variants.renamed", path=args.file, old=old, new=variant.name))
    return 0


def _set_post_date(pf: ProjectFile, variant: Variant, text: str, path: str) -> int:
    """Give a variant its post day (one undoable edit); a day that is not one changes nothing."""
    from studio.models import ops

    day = day_text(text)
    if day is None:
        raise CliError("variants.bad_day", code=2, text=text)
    if day != variant.post_date:
        ops.set_field(pf.project, variant, "post_date", day)
    key = "variants.post_set" if day else "variants.post_cleared"
    print(say(key, path=path, name=variant.name, day=day))
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the variants command and the words of the model's rule errors."""
    p = sub.add_parser("variants", help=say("variants.help"), description=say("variants.help"))
    p.add_argument("file", metavar="FILE", type=project_arg, help=say("cli.project_file"))
    p.add_argument("--script", metavar="SCRIPT", help=say("variants.script"))
    actions = p.add_subparsers(
        dest="action", metavar="ACTION", title=say("variants.actions"), help=say("variants.actions")
    )
    rename = actions.add_parser("rename", help=say("variants.rename"), description=say("variants.rename"))
    rename.add_argument("old", metavar="OLD", help=say("variants.old"))
    rename.add_argument("new", metavar="NEW", help=say("variants.new"))
    post = actions.add_parser(
        "post-date", help=say("variants.post_date"), description=say("variants.post_date")
    )
    post.add_argument("old", metavar="VARIANT", help=say("variants.variant"))
    post.add_argument("day", metavar="DAY", help=say("variants.day"))
    p.set_defaults(func=cmd_variants)
