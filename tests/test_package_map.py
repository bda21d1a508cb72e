"""The package map stays clean: no import cycle anywhere in studio/, and the layers' one-way rules hold.

The graph is built from the source with ast, so it sees every import a module can make: at the top
and inside functions (a deferred import still ties the two modules together), but not those under
``if TYPE_CHECKING:``, which never run.
"""

from __future__ import annotations

import ast
import functools
import json
import re
from collections.abc import Iterator
from pathlib import Path

import studio

ROOT = Path(studio.__file__).parent


@functools.cache
def _tree(path: Path) -> ast.Module:
    """A module's syntax tree, parsed once for all the tests here (five of them read every module)."""
    return ast.parse(path.read_text("utf-8"))


def _modules() -> dict[str, Path]:
    found = {}
    for path in ROOT.rglob("*.py"):
        parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _statements(body: list[ast.stmt]) -> Iterator[ast.stmt]:
    """Every statement, nested ones included, except what sits under ``if TYPE_CHECKING:``."""
    for node in body:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            yield from _statements(node.orelse)
            continue
        yield node
        for name in ("body", "orelse", "finalbody"):
            yield from _statements(getattr(node, name, []))
        for clause in [*getattr(node, "handlers", []), *getattr(node, "cases", [])]:
            yield from _statements(clause.body)


def _imports(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """The modules of studio that ``name`` imports."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in _statements(_tree(path).body):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name in modules}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                source = ".".join([*base, *([node.module] if node.module else [])])
            else:
                source = node.module or ""
            for alias in node.names:
                if f"{source}.{alias.name}" in modules:
                    found.add(f"{source}.{alias.name}")  # a submodule: `from studio.ui import menus`
                elif source in modules:
                    found.add(source)
    found.discard(name)
    return found


def graph() -> dict[str, set[str]]:
    """Module -> the studio modules it imports (a copy of its own for each caller)."""
    return {name: set(imported) for name, imported in _graph().items()}


@functools.cache
def _graph() -> dict[str, frozenset[str]]:
    modules = _modules()
    return {name: frozenset(_imports(name, path, modules)) for name, path in modules.items()}


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan's algorithm, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []
    for root in sorted(edges):
        if root in index:
            continue
        work = [(root, iter(sorted(edges[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    groups.append(sorted(group))
    return groups


def test_the_cycle_finder_finds_a_cycle_and_only_cycles() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set(), "c": {"b"}}) == []


def test_the_graph_sees_deferred_imports_and_skips_type_checking_ones() -> None:
    edges = graph()
    assert "studio.exports.animatic" in edges["studio.exports.pack"]  # imported inside a function
    assert "studio.ui.windowapi" not in edges["studio.ui.menus"]  # only under TYPE_CHECKING
    assert "studio.ui.menus" in edges["studio.ui.mainwindow"]


def test_no_module_of_studio_is_part_of_an_import_cycle() -> None:
    found = cycles(graph())
    assert found == [], "import cycles (move the shared helper to a module both can import):\n" + "\n".join(
        " <-> ".join(group) for group in found
    )


#: Readers that still take something from exports/ (the Studio workbook's keyword): to be moved below both.
_READERS_USING_EXPORTS = {"studio.imports.xlsx_import"}


def test_exports_and_readers_keep_to_their_layers() -> None:
    edges = graph()
    assert "studio.imports.returned_docx" in edges  # a reader, so among the readers
    for name, imported in edges.items():
        if name.startswith("studio.exports"):
            assert "studio.samples" not in imported, name  # beat hues live in models.palette
        if name.startswith("studio.imports") and name not in _READERS_USING_EXPORTS:
            assert not [m for m in imported if m.startswith("studio.exports")], name


def test_change_kinds_are_compared_as_op_members_never_as_words() -> None:
    """``change.op == "set"`` would be silently false now that kinds are an Enum: none is left anywhere."""
    found = []
    for name, path in _modules().items():
        for node in ast.walk(_tree(path)):
            if isinstance(node, ast.Compare):
                sides = [node.left, *node.comparators]
                on_op = any(isinstance(s, ast.Attribute) and s.attr == "op" for s in sides)
                words = any(isinstance(s, ast.Constant) and isinstance(s.value, str) for s in sides)
                if on_op and words:
                    found.append(f"{name}:{node.lineno}")
    assert found == []


#: Module names that more than one package uses, each for the same thing seen from another layer. Any
#: other repeated name fails: two modules of one name that mean different things are renamed.
SHARED_NAMES = {
    # every package that raises its own typed errors keeps them in its errors.py
    "errors.py": {"media", "models", "review", "store", "teardown", "workspace"},
    # a model and the window's view or dialog of it
    "brief.py": {"models", "ui.views"},
    "creator_list.py": {"models", "ui.views"},
    "crop.py": {"models", "ui.dialogs"},
    "project_settings.py": {"models", "ui.dialogs"},
    "review.py": {"models", "ui.views"},
    "snapshots.py": {"store", "ui.dialogs"},
    # one thing shown by both fronts: the CLI and the window
    "brief_needs.py": {"cli", "ui.views"},
    "results_creators.py": {"cli", "ui.views"},
}


def test_no_two_modules_share_a_name_unless_listed() -> None:
    """A module name names one thing: repeated only where SHARED_NAMES says why, and exactly there."""
    packages: dict[str, set[str]] = {}
    for path in ROOT.rglob("*.py"):
        if path.name in ("__init__.py", "__main__.py"):
            continue
        package = ".".join(path.parent.relative_to(ROOT).parts)
        packages.setdefault(path.name, set()).add(package)
    shared = {name: where for name, where in packages.items() if len(where) > 1}
    assert shared == SHARED_NAMES


def test_creators_are_creators_in_module_names() -> None:
    """达人 are "creators" in code, as in results/; "talent" is left to a shot's actor, who has no module."""
    assert [name for name in _modules() if "talent" in name.lower()] == []


# "talent" is a shot's actor (film usage: Shot.talent, 演员 in Chinese) and nothing else; a creator (达人)
# is a creator. Every place the code still spells a creator "talent", and why (module -> its strings, sorted):
CREATOR_TALENT_LEFT = {
    # Project.creators' column in the project file and its JSON key: every file and snapshot holds them.
    "studio.models.entities": ["talents", "talents"],
    # The frozen 6 -> 7 migration step reads and writes that column.
    "studio.store.schema": ["SELECT talents FROM project", "UPDATE project SET talents = ?"],
    # Old names kept for teams' scripts: `studio talents`, `export -f talent-brief --talent NAME`.
    "studio.cli.cmd_creators": ["talents"],
    "studio.exports.formats": ["talent-brief"],
    "studio.cli.cmd_export": ["--talent"],
    # Rosters' own English header "Talent" (a column of people's files, read as the creator's name).
    "studio.imports.creator_list_import": ["talent"],
}
#: A creator called talent: the plural, the brief, the old option.
_CREATOR_TALENT = re.compile(r"talents|talent[-_ ]brief|--talent\b", re.I)
#: The shot's field as attributes and keywords say it (shot.talent, Shot(talent=...)), and the shot list's
#: filter of it; a variable, argument or function is never called talent (Shot's own declaration aside).
_SHOT_TALENT_ATTRIBUTES = {"talent", "talent_filter"}


def _names_and_strings(tree: ast.AST) -> tuple[list[str], list[str], list[str]]:
    """Names (variables, arguments, definitions), attributes and keywords, and the string constants that
    are not docstrings."""
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    names: list[str] = []
    attributes: list[str] = []
    strings: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            names.append(node.id)
        elif isinstance(node, ast.arg):
            names.append(node.arg)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.append(node.name)
        elif isinstance(node, ast.Attribute):
            attributes.append(node.attr)
        elif isinstance(node, ast.keyword) and node.arg:
            attributes.append(node.arg)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            strings.append(node.value)
    return names, attributes, strings


def test_a_creator_is_never_called_talent_in_code() -> None:
    """Only the shot's field is called talent; a creators module says no talent at all, and a string that
    calls a creator talent is one of CREATOR_TALENT_LEFT; the catalogue's keys and sentences never do."""
    found: dict[str, list[str]] = {}
    for module, path in _modules().items():
        names, attributes, strings = _names_and_strings(_tree(path))
        creators_module = "creator" in module.rpartition(".")[2]
        bad = [n for n in names if "talent" in n.lower()]
        if module == "studio.models.entities":
            bad.remove("talent")  # Shot.talent's declaration
        bad += [
            a
            for a in attributes
            if "talent" in a.lower() and (creators_module or a not in _SHOT_TALENT_ATTRIBUTES)
        ]
        said = [
            t for t in strings if _CREATOR_TALENT.search(t) or (creators_module and "talent" in t.lower())
        ]
        if bad or said:
            found[module] = sorted(bad + said)
    assert found == CREATOR_TALENT_LEFT
    words = Path(ROOT.parent, "resources", "wording")
    for part in sorted(words.glob("*.json")):
        data = json.loads(part.read_text("utf-8"))
        for key, value in [*data.get("words", {}).items(), *data.get("aliases", {}).items()]:
            texts = [key, *(value if isinstance(value, list) else [value])]
            assert not any(_CREATOR_TALENT.search(t) for t in texts), (part.name, key)
            # the shot's actor only: label.talent (演员), field.talent, doc.talent
            assert "talent" not in key or key.endswith(".talent"), (part.name, key)
