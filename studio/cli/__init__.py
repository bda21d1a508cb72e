"""The ``studio`` command line: one module per command group, found by name (cmd_*.py)."""

from __future__ import annotations

import argparse
import importlib
import logging
import pkgutil
import sys
from collections.abc import Sequence

from studio import __version__
from studio.cli.i18n import CliError, describe_error, say, set_language

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    """The full parser with every command group's subcommands."""
    parser = argparse.ArgumentParser(prog="studio", description=say("cli.description"))
    parser.add_argument("--version", action="version", version=f"studio {__version__}")
    parser.add_argument("--ui-lang", choices=("zh", "en"), help=say("cli.ui_lang"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    package = importlib.import_module("studio.cli")
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
        if info.name.startswith("cmd_"):
            try:
                module = importlib.import_module(f"studio.cli.{info.name}")
            except ImportError:
                # One broken command group must not take the others down with it.
                log.exception("cannot load command module %s", info.name)
                continue
            module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; user mistakes end in one line on stderr and a non-zero exit."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if "--ui-lang" in argv:
        i = argv.index("--ui-lang")
        if i + 1 < len(argv):
            set_language(argv[i + 1])
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except CliError as exc:
        print(f"studio: {exc.message()}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        text = describe_error(exc)
        if text is None:
            log.debug("unexpected error", exc_info=True)
            text = say("error.unexpected", detail=f"{type(exc).__name__}: {exc}")
        print(f"studio: {text}", file=sys.stderr)
        return 1
