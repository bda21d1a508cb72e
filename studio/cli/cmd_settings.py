"""``studio set``: change a project's title, product, brand, platform preset, category or frame format in one step."""

from __future__ import annotations

import argparse
import json
from typing import Any

from studio.cli.i18n import CliError, language, register_error, say
from studio.cli.parsing import project_arg
from studio.models.creator_platforms import platform_label
from studio.models.crop import Crop, CropTextError, describe, parse_crop
from studio.models.entities import Project, Shot
from studio.models.enums import ProductCategory
from studio.models.errors import InvalidValueError
from studio.models.frame_format import FrameFormat, UnknownFormatError, format_label
from studio.models.money import CURRENCIES, MoneyError
from studio.models.platforms import PRESETS
from studio.models.project_settings import FIELDS, UnknownPlatformError, parse_yes_no, settings_changes


def platform_choices(lang: str) -> str:
    """The presets as ``studio new/set --platform`` takes them: 'douyin (抖音), kuaishou (快手) …'."""
    return ", ".join(f"{pid} ({platform_label(pid, lang)})" for pid in PRESETS)


def shown(name: str, value: Any, lang: str) -> str:
    """A setting's value as the user reads it (a platform by its name, an empty text as '(empty)')."""
    if name == "platform":
        return platform_label(str(value), lang)
    if name == "frame_format":
        return format_label(value, lang) if isinstance(value, FrameFormat) else say("set.same_as_project")
    if isinstance(value, bool):
        return say("set.yes" if value else "set.no")
    text = str(value)
    return text if text else say("set.empty")


def add_setting_options(p: argparse.ArgumentParser, title: bool = True) -> None:
    """The options ``studio new`` and ``studio set`` share."""
    if title:
        p.add_argument("--title", help=say("help.title"))
    p.add_argument("--product", help=say("help.product"))
    p.add_argument("--brand", help=say("help.brand"))
    p.add_argument("--platform", help=say("help.platform", choices=platform_choices(language())))
    p.add_argument(
        "--format", dest="frame_format", metavar="W:H", help=say("help.format", choices=format_choices())
    )
    p.add_argument("--sponsored", metavar="yes|no", help=say("help.sponsored"))


def format_choices() -> str:
    """The formats as ``--format`` takes them: '9:16, 16:9, 1:1, 4:5, 3:4'."""
    return ", ".join(f.value for f in FrameFormat)


def requested(args: argparse.Namespace) -> dict[str, Any]:
    """The settings given on the command line, by field name (a yes/no that is neither refused here)."""
    values = {name: getattr(args, name) for name in FIELDS if getattr(args, name, None) is not None}
    if "sponsored" in values:
        try:
            values["sponsored"] = parse_yes_no("sponsored", values["sponsored"])
        except InvalidValueError:
            raise CliError(
                "set.bad_yes_no", code=2, option="--sponsored", value=values["sponsored"]
            ) from None
    return values


def cmd_set(args: argparse.Namespace) -> int:
    """Change project settings in one transaction; prints each change."""
    from studio.models import ops
    from studio.models.project_settings import apply_settings, variant_format_change
    from studio.store.document import ProjectFile

    values = requested(args)
    key = getattr(args, "variant", None)
    if key is not None and "frame_format" not in values:
        raise CliError("set.variant_needs_format", code=2)
    crops_asked = [_crop_arg(text) for text in getattr(args, "crop", None) or []]
    if not values and not crops_asked:
        raise CliError("set.nothing")
    for_variant = values.pop("frame_format") if key is not None else None
    lang = language()
    pf = ProjectFile.open(args.file)
    variant_change = None
    try:
        # every value checked before anything changes
        changes = settings_changes(pf.project, values)
        if key is not None:
            variant, old_fmt, new_fmt = variant_format_change(pf.project, key, for_variant)
            if old_fmt != new_fmt:
                variant_change = (variant, old_fmt, new_fmt)
        crops = [
            (shot, shot.crop, crop) for shot, crop in _shots_for(pf.project, crops_asked) if shot.crop != crop
        ]
        if changes or variant_change or crops:
            with pf.batch():
                apply_settings(pf.project, changes)
                if variant_change is not None:
                    ops.set_field(pf.project, variant_change[0], "frame_format", variant_change[2])
                for shot, _old, crop in crops:
                    ops.set_field(pf.project, shot, "crop", crop)
    finally:
        pf.close()
    if args.json:
        data = {name: {"old": str(old), "new": str(new)} for name, (old, new) in changes.items()}
        out: dict[str, Any] = {"file": str(args.file), "changed": data}
        if crops:
            out["crops"] = {
                shot.code: {"old": describe(old, "en"), "new": describe(new, "en")}
                for shot, old, new in crops
            }
        if variant_change is not None:
            v, old_fmt, new_fmt = variant_change
            out["variant"] = {
                "name": v.name,
                "frame_format": {"old": old_fmt and old_fmt.value, "new": new_fmt and new_fmt.value},
            }
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    if not changes and variant_change is None and not crops:
        print(say("set.unchanged", path=args.file))
        return 0
    for shot, old, new in crops:
        print(say("set.crop_changed", code=shot.code, old=describe(old, lang), new=describe(new, lang)))
    for name, (old, new) in changes.items():
        print(
            say(
                "set.changed",
                field=say(f"info.{name}"),
                old=shown(name, old, lang),
                new=shown(name, new, lang),
            )
        )
    if variant_change is not None:
        v, old_fmt, new_fmt = variant_change
        field = say("info.frame_format")
        old_text, new_text = shown("frame_format", old_fmt, lang), shown("frame_format", new_fmt, lang)
        print(say("set.variant_changed", variant=v.name, field=field, old=old_text, new=new_text))
    print(say("set.written", path=args.file, count=len(changes) + (variant_change is not None) + len(crops)))
    return 0


def _crop_arg(text: str) -> tuple[str, Crop]:
    """CODE=CROP as typed after --crop; a bad one is refused before the file is opened."""
    code, sep, crop = text.partition("=")
    if not sep or not code.strip():
        raise CliError("set.bad_crop", code=2, text=text)
    try:
        return code.strip(), parse_crop(crop)
    except CropTextError:
        raise CliError("set.bad_crop", code=2, text=text) from None


def _shots_for(project: Project, asked: list[tuple[str, Crop]]) -> list[tuple[Shot, Crop]]:
    """The shots the codes name (in any script), each with its asked crop; NotFoundError for an unknown code."""
    from studio.models.errors import NotFoundError

    found: list[tuple[Shot, Crop]] = []
    for code, crop in asked:
        shot = next(
            (s for script in project.scripts for _b, _a, s in script.iter_shots() if s.code == code), None
        )
        if shot is None:
            raise NotFoundError("shot", code)
        found.append((shot, crop))
    return found


def _describe_platform(exc: UnknownPlatformError) -> str:
    return say("set.unknown_platform", name=exc.text, choices=platform_choices(language()))


def _describe_format(exc: UnknownFormatError) -> str:
    return say("set.unknown_format", name=exc.text, choices=format_choices())


def _describe_currency(exc: MoneyError) -> str:
    return say("set.unknown_currency", name=exc.value, choices=", ".join(CURRENCIES))


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``studio set``."""
    p = sub.add_parser("set", help=say("help.set"), description=say("help.set"))
    p.add_argument("file", metavar="FILE", type=project_arg, help=say("cli.project_file"))
    add_setting_options(p)
    categories = [c.value for c in ProductCategory]
    p.add_argument("--category", choices=categories, help=say("help.category", choices=", ".join(categories)))
    p.add_argument("--variant", metavar="V", help=say("help.set_variant"))
    p.add_argument("--crop", action="append", metavar="CODE=CROP", help=say("help.crop"))
    p.add_argument("--currency", help=say("help.currency"))
    p.add_argument("--json", action="store_true", help=say("help.json"))
    p.set_defaults(func=cmd_set)
    register_error(UnknownPlatformError, _describe_platform, code=2)
    register_error(UnknownFormatError, _describe_format, code=2)
    register_error(MoneyError, _describe_currency, code=2)
