"""``studio words``: a project's product category and its own banned and allowed words."""

from __future__ import annotations

import argparse
import json
from typing import Any

from studio.cli.i18n import register_error, say
from studio.cli.parsing import path_arg, project_arg
from studio.imports.wordlist_import import WordListError
from studio.models.enums import ProductCategory
from studio.models.vocab import LABELS


def describe_word_list_error(exc: WordListError) -> str:
    """One line in the user's language for a word list that cannot be used."""
    facts = {"detail": "", "limit": "", "word": "", **exc.facts}
    return say(f"wl.{exc.reason}", path=exc.path, **facts)


def _label(category: ProductCategory) -> str:
    from studio.cli.i18n import language

    zh, en = LABELS[category]
    return f"{category.value} ({zh if language() == 'zh' else en})"


def _read_all(paths: list[str] | None) -> dict[str, str]:
    from studio.imports.wordlist_import import read_word_list

    words: dict[str, str] = {}
    for path in paths or ():
        got = read_word_list(path)
        print(say("words.added", count=len(got), path=path))
        for word, suggest in got.items():
            words.setdefault(word, suggest)
    return words


def cmd_words(args: argparse.Namespace) -> int:
    """Show, and with options first change, the project's category and word lists."""
    from studio.models import ops
    from studio.store.document import ProjectFile

    banned_new = _read_all(args.ban)
    allowed_new = list(_read_all(args.allow))
    changing = args.category or args.ban or args.allow or args.remove or args.clear
    with ProjectFile.open(args.file, readonly=not changing) as pf:
        p = pf.project
        if changing:
            banned = {} if args.clear else dict(p.banned_words)
            allowed = [] if args.clear else list(p.allowed_words)
            for word, suggest in banned_new.items():
                banned[word] = suggest or banned.get(word, "")
            allowed += [w for w in allowed_new if w not in allowed]
            for word in args.remove or ():
                banned.pop(word, None)
                allowed = [w for w in allowed if w != word]
            with pf.batch():
                if args.category:
                    ops.set_field(p, p, "category", args.category)
                if banned != p.banned_words:
                    ops.set_field(p, p, "banned_words", banned)
                if allowed != p.allowed_words:
                    ops.set_field(p, p, "allowed_words", allowed)
        data: dict[str, Any] = {
            "category": p.category.value,
            "banned": dict(p.banned_words),
            "allowed": list(p.allowed_words),
        }
        label = _label(p.category)
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    print(say("words.summary", path=args.file, category=label, banned=len(data["banned"]),
              allowed=len(data["allowed"])))  # fmt: skip
    if data["banned"]:
        shown = [f"{w}→{s}" if s else w for w, s in data["banned"].items()]
        print(say("words.banned", words="、".join(shown)))
    if data["allowed"]:
        print(say("words.allowed", words="、".join(data["allowed"])))
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the words command."""
    register_error(WordListError, describe_word_list_error)
    p = sub.add_parser("words", help=say("words.help"), description=say("words.help"))
    p.add_argument("file", metavar="FILE", type=project_arg, help=say("words.file"))
    choices = ", ".join(c.value for c in ProductCategory)
    p.add_argument("--category", choices=[c.value for c in ProductCategory],
                   help=say("words.category", choices=choices))  # fmt: skip
    p.add_argument("--ban", action="append", metavar="LIST", type=path_arg, help=say("words.ban"))
    p.add_argument("--allow", action="append", metavar="LIST", type=path_arg, help=say("words.allow"))
    p.add_argument("--remove", action="append", metavar="WORD", help=say("words.remove"))
    p.add_argument("--clear", action="store_true", help=say("words.clear"))
    p.add_argument("--json", action="store_true", help=say("words.json"))
    p.set_defaults(func=cmd_words)
