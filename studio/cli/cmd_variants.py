"""``studio variants``: list a script's variants, rename one (creators and results stay linked by id).

Also puts the model's rule errors (two variants of one name, an empty name, a link to nothing)
into words for every command, ``studio load`` included.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from studio.cli.i18n import CliError, add_messages, register_error, say
from studio.cli.parsing import project_arg
from studio.models.entities import Variant
from studio.models.errors import DanglingLinkError, DuplicateNameError, EmptyNameError
from studio.models.fields import day_text

if TYPE_CHECKING:
    from studio.store.document import ProjectFile

add_messages(
    {
        "variants.help": (
            "list a script's variants, or rename one (whatever is linked to it follows: creators, ad figures)",
            "列出脚本的版本，或给版本改名（分配的达人和投放成绩随之保留）",
        ),
        "variants.actions": ("what to do (without one: list)", "要做的事（不写则列出）"),
        "variants.rename": ("rename a variant", "给版本改名"),
        "variants.old": ("the variant's current name or id", "版本现在的名称或 ID"),
        "variants.new": ("its new name", "新名称"),
        "variants.script": ("the script's title or id (default: the first)", "脚本标题或 ID（默认第一个）"),
        "variants.renamed": (
            "{path}: variant “{old}” renamed to “{new}”",
            "{path}：版本“{old}”已改名为“{new}”",
        ),
        "variants.unchanged": ("{path}: “{name}” already has that name", "{path}：“{name}”已经是这个名称"),
        "variants.unknown": (
            "no variant “{name}” in “{script}”; its variants: {known}",
            "脚本“{script}”中没有版本“{name}”；现有版本：{known}",
        ),
        "variants.line": ("{mark}{name}  ({id})", "{mark}{name}（{id}）"),
        "variants.line_post": ("{mark}{name}  ({id})  post {day}", "{mark}{name}（{id}）发布 {day}"),
        "variants.post_date": (
            "set the day a variant is to be posted (shown on the workspace calendar)",
            "设定版本的发布日期（显示在团队工作区的内容日历上）",
        ),
        "variants.variant": ("the variant's name or id", "版本名称或 ID"),
        "variants.day": (
            'the day, e.g. 2026-12-20 or 2026年12月20日; "" clears it',
            '日期，如 2026-12-20 或 2026年12月20日；写 "" 则清除',
        ),
        "variants.post_set": ("{path}: variant “{name}” posts on {day}", "{path}：版本“{name}”于 {day} 发布"),
        "variants.post_cleared": (
            "{path}: variant “{name}” has no post date now",
            "{path}：版本“{name}”已无发布日期",
        ),
        "variants.bad_day": (
            "“{text}” is not a day; write it as 2026-12-20 (or 2026/12/20, 2026年12月20日); nothing was changed",
            "“{text}”不是有效日期；请写成 2026-12-20（或 2026/12/20、2026年12月20日）；未做任何更改",
        ),
        "rules.dup.variant": (
            "two variants of “{where}” would share one name: “{name}” and “{other}” (names are compared "
            "ignoring case, width and spaces); rename one and try again",
            "脚本“{where}”中的两个版本会同名：“{name}”与“{other}”（比较名称时不分大小写、全半角和首尾空格）；"
            "请给其中一个改名后再试",
        ),
        "rules.dup.shot_code": (
            "two shots of “{where}” would share the code “{name}” (and “{other}”); give one another code",
            "脚本“{where}”中的两个镜头会使用同一编号“{name}”（与“{other}”）；请给其中一个换个编号",
        ),
        "rules.dup.alternative_label": (
            "two alternatives of beat “{where}” would share the label “{name}” (and “{other}”); "
            "give one another label",
            "段落“{where}”中的两个方案会使用同一标签“{name}”（与“{other}”）；请给其中一个换个标签",
        ),
        "rules.empty": ("a {what} needs a name; give it one", "{what}需要名称，请填写名称"),
        "rules.dangling": (
            "a {what} refers to “{key}”, which is not in the project; pick one of the project's variants",
            "{what}指向的“{key}”不在项目中；请从项目现有的版本中选择",
        ),
        "rules.what.variant": ("variant", "版本"),
        "rules.what.creator": ("creator", "达人"),
    }
)


def describe_duplicate(exc: DuplicateNameError) -> str:
    """Both clashing names and the way forward, in the user's language."""
    return say(f"rules.dup.{exc.what}", name=exc.name, other=exc.other, where=exc.where)


def _what(what: str) -> str:
    key = f"rules.what.{what}"
    return say(key) if what in ("variant", "creator") else what


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
    # The change could not be made (1): the file, or what was typed, clashes with a rule.
    register_error(DuplicateNameError, describe_duplicate)
    register_error(EmptyNameError, lambda e: say("rules.empty", what=_what(e.what)), code=2)
    register_error(DanglingLinkError, lambda e: say("rules.dangling", what=_what(e.what), key=e.key), code=2)
