"""The ``studio`` command line: one module per command group, found by name (cmd_*.py).

Language: messages, errors and help follow ``--ui-lang``, else ``STUDIO_LANG``, else the
system locale. argparse's own words ("usage:", "options", its error messages) are
translated too (see :mod:`studio.cli.parsing`). A command's ``--lang`` picks the language
of what it writes or reports (findings, results, documents), never of its errors.

Exit status, the same for every command:

- 0: done.
- 1: the command was understood but could not be carried out, or found what it checks
  for: a file is missing, unreadable, damaged, of the wrong kind, locked by another
  Studio, read-only or on a full disk; a JSON file, workbook or ad report has bad
  content; ``studio check`` found error-level findings.
- 2: what was typed is wrong and must change: an unknown option or a missing argument,
  a value outside its choices (template, variant, snapshot, script, frame rate,
  ``--map``), an output name of the wrong kind (a folder where a file is wanted, a
  wrong suffix, a pattern without ``{variant}``), an output that exists without
  ``--force``, or no command at all.
- 130: interrupted with Ctrl+C.

Every mistake is reported as one line on stderr, in the user's language, never a traceback.
Developers' log records (English) are shown from level ``STUDIO_LOG`` (default: error).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import pkgutil
import sys
from collections.abc import Sequence

from studio import __version__
from studio.cli.i18n import CliError, describe_error, error_code, language_scope, say, set_language
from studio.cli.parsing import Parser, install_translation

log = logging.getLogger(__name__)

#: The order commands are listed in: a project's life, from first file to results.
ORDER = (
    "sample", "new", "set", "info", "brief", "creators", "variants", "draft", "check", "words", "export", "review", "pack", "results", "snapshot", "snapshots",
    "restore", "dump", "load", "import-xlsx", "workspace", "teardown",
)  # fmt: skip


def build_parser() -> argparse.ArgumentParser:
    """The full parser with every command group's subcommands."""
    install_translation()
    parser = Parser(prog="studio", description=say("cli.description"))
    parser.add_argument(
        "--version", action="version", version=f"studio {__version__}", help=say("cli.version_help")
    )
    parser.add_argument("--ui-lang", choices=("zh", "en"), help=say("cli.ui_lang"))
    sub = parser.add_subparsers(
        dest="command", metavar="COMMAND", title=say("cli.commands"), help=say("cli.command_help")
    )
    package = importlib.import_module("studio.cli")
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
        if info.name.startswith("cmd_"):
            # A command module that does not import is a bug in this build: it fails loudly here
            # rather than leaving its commands silently missing.
            importlib.import_module(f"studio.cli.{info.name}").register(sub)
    rank = {name: i for i, name in enumerate(ORDER)}
    sub._choices_actions.sort(key=lambda a: rank.get(a.dest, len(ORDER)))
    return parser


def _ui_lang(argv: list[str]) -> tuple[list[str], list[str]]:
    """Every --ui-lang value wherever it was typed, and the arguments without them.

    Read before parsing so that help and parse errors are in that language; taken out so
    that ``studio info x --ui-lang zh`` works as well as ``studio --ui-lang zh info x``.
    """
    values: list[str] = []
    rest: list[str] = []
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--":
            rest.extend(argv[i:])
            break
        if arg == "--ui-lang" and i + 1 < len(argv):
            values.append(argv[i + 1])
            i += 2
            continue
        if arg.startswith("--ui-lang="):
            values.append(arg.partition("=")[2])
            i += 1
            continue
        rest.append(arg)
        i += 1
    return values, rest


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command and return its exit status (see the module's docstring)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    with language_scope():
        values, rest = _ui_lang(argv)
        for value in values:
            set_language(value)  # ignores anything but zh and en
        if values:
            rest = ["--ui-lang", values[-1], *rest]  # still validated by argparse
        # Log records are for developers and in English: only errors reach a user's terminal
        # unless STUDIO_LOG=warning|info|debug asks for more.
        level = logging.getLevelName(os.environ.get("STUDIO_LOG", "error").upper())
        level = level if isinstance(level, int) else logging.ERROR
        logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
        return _run(rest)


def _run(argv: list[str]) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version and usage mistakes
        return exc.code if isinstance(exc.code, int) else 2
    if not getattr(args, "func", None):
        print(f"studio: {say('cli.no_command', commands=', '.join(ORDER))}", file=sys.stderr)
        return 2
    try:
        return int(args.func(args) or 0)
    except CliError as exc:
        print(f"studio: {exc.message()}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        _quiet_stdout()
        return 0
    except Exception as exc:  # the last line of defence: never a traceback
        try:
            text, code = describe_error(exc), error_code(exc)
        except Exception:  # a describer must not turn one error into a traceback
            log.debug("describing failed", exc_info=True)
            text, code = None, 1
        if text is None:
            log.debug("unexpected error", exc_info=True)
            text = say("error.unexpected", detail=f"{type(exc).__name__}: {exc}")
        print(f"studio: {text}", file=sys.stderr)
        return code


def _quiet_stdout() -> None:
    """The reader went away (``studio dump x | head``): drop what is left instead of failing at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
