"""Views and dialogs edit through the document's verbs: none of them builds an undo command.

Only studio/ui/commands.py (the commands) and studio/ui/document_controller.py (the verbs that push them) may
make a command, push one onto a stack or import the commands module. The scan reads the source with
ast, so a command made inside a function or under another name of the module is seen too.
"""

from __future__ import annotations

import ast
from pathlib import Path

import studio

ROOT = Path(studio.__file__).parent
ALLOWED = {ROOT / "ui" / "commands.py", ROOT / "ui" / "document_controller.py"}


def command_names() -> set[str]:
    """The undo command classes: those of studio/ui/commands.py and Qt's own."""
    tree = ast.parse((ROOT / "ui" / "commands.py").read_text("utf-8"))
    return {n.name for n in tree.body if isinstance(n, ast.ClassDef)} | {"QUndoCommand", "QUndoStack"}


def command_sites(source: str, names: set[str]) -> list[str]:
    """Where ``source`` builds a command, pushes one, or imports the commands module (line: code)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        what = None
        if isinstance(node, ast.Call):
            func = node.func
            name = (
                func.id
                if isinstance(func, ast.Name)
                else func.attr
                if isinstance(func, ast.Attribute)
                else ""
            )
            if name in names or name == "push":
                what = ast.unparse(func)
        elif isinstance(node, ast.ImportFrom) and (node.module or "").endswith("ui.commands"):
            what = f"from {node.module} import ..."
        elif isinstance(node, ast.ImportFrom) and any(a.name == "commands" for a in node.names):
            what = f"from {node.module} import commands"
        if what is not None:
            found.append(f"{node.lineno}: {what}")
    return found


def test_the_scan_finds_every_way_of_building_or_pushing_a_command() -> None:
    names = command_names()
    assert {"SetFieldCommand", "MacroCommand", "EditCommand"} <= names
    source = (
        "from studio.ui.commands import EditCommand\n"
        "from studio.ui import commands\n"
        "def f(doc):\n"
        "    doc.push(commands.SetFieldCommand(doc.project, doc.project, 'title', 'x'))\n"
        "    step = EditCommand(edit, 'Move shots up')\n"
        "    self.doc.undo_stack.push(step)\n"
    )
    assert len(command_sites(source, names)) == 6
    assert command_sites("def f(doc):\n    doc.move_shots([], -1, 'Move shots up')\n", names) == []


def test_no_view_or_dialog_builds_or_pushes_an_undo_command() -> None:
    names = command_names()
    sites = {
        str(path.relative_to(ROOT.parent)): found
        for path in sorted(ROOT.rglob("*.py"))
        if path not in ALLOWED and (found := command_sites(path.read_text("utf-8"), names))
    }
    assert sites == {}
