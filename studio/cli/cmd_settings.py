"""``studio set``: change a project's title, product, brand, platform preset or category in one step."""

from __future__ import annotations

import argparse
import json
from typing import Any

from studio.cli.i18n import CliError, add_messages, language, register_error, say
from studio.cli.parsing import project_arg
from studio.models.creator_platforms import platform_label
from studio.models.enums import ProductCategory
from studio.models.platforms import PRESETS
from studio.models.project_settings import FIELDS, UnknownPlatformError, settings_changes

add_messages(
    {
        "help.set": (
            "change the project's title, product, brand, platform or category (one step)",
            "修改项目的标题、产品、品牌、平台或商品类别（一步完成）",
        ),
        "help.product": ("what the video sells", "视频卖的产品"),
        "help.brand": ("the product's brand", "产品的品牌"),
        "help.platform": (
            "platform preset (safe areas, currency and frame rate follow it): {choices}",
            "平台预设（安全区、货币和帧率随之改变）：{choices}",
        ),
        "set.nothing": (
            "nothing to set: give --title, --product, --brand, --platform or --category",
            "没有要修改的内容：请给出 --title、--product、--brand、--platform 或 --category",
        ),
        "set.unchanged": ("{path}: already set that way, nothing changed", "{path}：已经是这些设置，未作修改"),
        "set.changed": ("{field}: {old} → {new}", "{field}：{old} → {new}"),
        "set.written": ("{path}: {count} setting(s) changed", "{path}：已修改 {count} 项设置"),
        "set.empty": ("(empty)", "（空）"),
        "info.category": ("Category", "商品类别"),
        "set.unknown_platform": (
            "unknown platform {name!r}; choose one of: {choices}",
            "没有平台 {name!r}；可选：{choices}",
        ),
    }
)


def platform_choices(lang: str) -> str:
    """The presets as ``studio new/set --platform`` takes them: 'douyin (抖音), kuaishou (快手) …'."""
    return ", ".join(f"{pid} ({platform_label(pid, lang)})" for pid in PRESETS)


def shown(name: str, value: Any, lang: str) -> str:
    """A setting's value as the user reads it (a platform by its name, an empty text as '(empty)')."""
    if name == "platform":
        return platform_label(str(value), lang)
    text = str(value)
    return text if text else say("set.empty")


def add_setting_options(p: argparse.ArgumentParser, title: bool = True) -> None:
    """The options ``studio new`` and ``studio set`` share."""
    if title:
        p.add_argument("--title", help=say("help.title"))
    p.add_argument("--product", help=say("help.product"))
    p.add_argument("--brand", help=say("help.brand"))
    p.add_argument("--platform", help=say("help.platform", choices=platform_choices(language())))


def requested(args: argparse.Namespace) -> dict[str, Any]:
    """The settings given on the command line, by field name."""
    return {name: getattr(args, name) for name in FIELDS if getattr(args, name, None) is not None}


def cmd_set(args: argparse.Namespace) -> int:
    """Change project settings in one transaction; prints each change."""
    from studio.models.project_settings import apply_settings
    from studio.store.document import ProjectFile

    values = requested(args)
    if not values:
        raise CliError("set.nothing")
    lang = language()
    pf = ProjectFile.open(args.file)
    try:
        changes = settings_changes(pf.project, values)  # every value checked before anything changes
        if changes:
            with pf.batch():
                apply_settings(pf.project, changes)
    finally:
        pf.close()
    if args.json:
        data = {name: {"old": str(old), "new": str(new)} for name, (old, new) in changes.items()}
        print(json.dumps({"file": str(args.file), "changed": data}, ensure_ascii=False, indent=2))
        return 0
    if not changes:
        print(say("set.unchanged", path=args.file))
        return 0
    for name, (old, new) in changes.items():
        print(say("set.changed", field=say(f"info.{name}"), old=shown(name, old, lang), new=shown(name, new, lang)))
    print(say("set.written", path=args.file, count=len(changes)))
    return 0


def _describe_platform(exc: UnknownPlatformError) -> str:
    return say("set.unknown_platform", name=exc.text, choices=platform_choices(language()))


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``studio set``."""
    p = sub.add_parser("set", help=say("help.set"), description=say("help.set"))
    p.add_argument("file", metavar="FILE", type=project_arg, help=say("cli.project_file"))
    add_setting_options(p)
    categories = [c.value for c in ProductCategory]
    p.add_argument("--category", choices=categories, help=say("help.category", choices=", ".join(categories)))
    p.add_argument("--json", action="store_true", help=say("help.json"))
    p.set_defaults(func=cmd_set)
    register_error(UnknownPlatformError, _describe_platform, code=2)
