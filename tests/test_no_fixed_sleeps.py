"""Tests wait on conditions, never for a fixed time (issue #21: fixed sleeps made the suite slow and flaky).

A fixed wait either wastes time on a fast machine or is too short on a loaded one. The scan below reads every
test module's syntax tree and refuses:

- ``qtbot.wait(...)`` anywhere: wait with ``qtbot.waitUntil``, ``waitSignal`` or ``waitCallback``;
- ``time.sleep(...)`` outside a loop: a sleep inside a ``while``/``for`` is a poll step of a condition wait.

Deliberate timing that is the point of a test (a kill at a chosen moment) is listed with its reason.
"""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent

#: (file relative to tests/, function name) -> why a sleep outside a loop is the test's point.
ALLOWED = {
    (
        "store/crashkit.py",
        "round",
    ): "SIGKILL a child a chosen time after it started: the delay is the experiment",
    (
        "ui/views/test_guide_panel_slices.py",
        "test_fixes_left_to_judge_wait_while_the_next_edit_waits_for_its_re_check",
    ): "proves that nothing is judged over five slice periods: a check that something does not happen lets time pass",
    (
        "ui/held_work.py",
        "report",
    ): "a held child outlasts its own progress throttle once, so the parent sees how far it got",
}


def fixed_waits(tree: ast.AST, name: str) -> list[tuple[int, str, str]]:
    """(line, enclosing function, call) for each fixed wait in ``tree`` that no loop encloses."""
    found: list[tuple[int, str, str]] = []

    def visit(node: ast.AST, func: str, in_loop: bool) -> None:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            func, in_loop = node.name, False
        elif isinstance(node, (ast.While, ast.For, ast.AsyncFor)):
            in_loop = True
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            owner_name = owner.id if isinstance(owner, ast.Name) else getattr(owner, "attr", "")
            if owner_name == "qtbot" and node.func.attr == "wait":
                found.append((node.lineno, func, "qtbot.wait"))
            elif owner_name == "time" and node.func.attr == "sleep" and not in_loop:
                found.append((node.lineno, func, "time.sleep"))
        for child in ast.iter_child_nodes(node):
            visit(child, func, in_loop)

    visit(tree, "<module>", False)
    return found


def test_no_test_waits_a_fixed_time():
    offences = []
    for path in sorted(TESTS.rglob("*.py")):
        rel = path.relative_to(TESTS).as_posix()
        for line, func, call in fixed_waits(ast.parse(path.read_text(encoding="utf-8")), rel):
            if (rel, func) not in ALLOWED:
                offences.append(f"{rel}:{line} {call} in {func}")
    assert not offences, "wait on a condition instead of a fixed time:\n" + "\n".join(offences)


def test_every_allowed_wait_still_exists():
    """An allowance whose sleep is gone is removed, so the list never hides a new one."""
    present = set()
    for rel, func in ALLOWED:
        tree = ast.parse((TESTS / rel).read_text(encoding="utf-8"))
        if any(f == func for _, f, _ in fixed_waits(tree, rel)):
            present.add((rel, func))
    assert present == set(ALLOWED)


def test_the_scan_sees_each_kind_and_spares_poll_loops():
    source = (
        "def a(qtbot):\n    qtbot.wait(200)\n"
        "def b():\n    time.sleep(1)\n"
        "def c():\n    while not done():\n        time.sleep(0.05)\n"
        "def d(qtbot):\n    qtbot.waitUntil(lambda: True)\n"
    )
    assert [(f, call) for _, f, call in fixed_waits(ast.parse(source), "x")] == [
        ("a", "qtbot.wait"),
        ("b", "time.sleep"),
    ]
