"""A pytest plugin for .ci/run's tiers (``-p tests.costly_first --no-loadscope-reorder``): the costliest
xdist groups are handed out first, so no worker starts one of them while the other has nothing left to do.
The fast tier (``-m "not slow"``) is ordered by FAST, the slow one by COSTLY.

pytest-xdist hands out whole groups (``--dist loadgroup``) in the order their first test was collected, or by
their number of tests; neither says what a group costs: the bundle's three tests took 115 CPU s, a
one-test property file 26, while eleven rendering tests took 32. Left to collection order the export
dialog's 125 % run (tests/ui, collected late) could start last and hold one worker ~50 s alone.
"""

from __future__ import annotations

import pytest

#: CPU seconds of the slow tier's costliest groups (06 Dec 14:00-14:35 UTC: the slow tier in one process at load
#: ~13, children's CPU included), by the start of their tests' ids; a group's cost is its costliest entry's, so a
#: group of several files is named once with their sum. Groups not named here keep collection order after these.
COSTLY = {
    "tests/packaging/test_bundle.py": 65,
    "tests/ui/test_scaled_laptop.py::test_case_at_125_percent[test_print_what_you_see]": 52,
    "tests/ui/test_scaled_laptop.py::test_case_at_125_percent[test_export_dialog]": 47,
    "tests/exports/test_messy_render.py": 32,
    "tests/guide/test_fix_convergence.py": 29,
    "tests/guide/test_properties.py": 25,
    "tests/packaging/test_wheel.py": 22,
    "tests/exports/test_libreoffice.py": 19,
    "tests/teardown/test_shots.py": 19,  # with test_words_sound.py: one group (standard_teardown), 12 + 7
    "tests/store/test_crash.py": 15,
    "tests/ui/test_scaled_laptop.py::test_case_at_125_percent[test_screen_fit]": 14,
    "tests/teardown/test_robust.py": 12,
    "tests/exports/test_image_bombs.py": 11,
    "tests/models/test_roundtrip.py": 11,
    "tests/store/test_kill.py": 10,
    "tests/guide/test_brief_incremental.py": 9,
}

#: CPU seconds of the fast tier's costliest groups (06 Dec 13:55-14:45 UTC: each folder in one process at load
#: 13-16, children's CPU included). By their number of tests (xdist's own order) the one-test OCR file, the
#: 4-test print preview file or the 7-test animatic file came among the last, each holding one worker 10-20 s
#: while the other had nothing left.
FAST = {
    "tests/ui/test_export_dialog.py": 36,
    "tests/ui/test_print_what_you_see.py": 18,
    "tests/exports/test_any_picture.py": 17,
    "tests/exports/test_animatic.py": 15,
    "tests/ui/test_background_exports.py": 15,
    "tests/exports/test_cli_export.py": 13,
    "tests/exports/test_audiences.py": 12,
    "tests/ui/test_picture_reader_exit.py": 9,  # an OCR child at +10 niceness: long in wall time under load
    "tests/ui/views/test_creator_list_view.py": 8,
    "tests/ui/test_files.py": 8,
    "tests/exports/test_animatic_truth.py": 7,
    "tests/workspace/test_cli.py": 6,
    "tests/exports/test_bad_input.py": 6,
    "tests/exports/test_pack_handoff.py": 5,
    "tests/exports/test_image_bombs.py": 5,
    "tests/ui/test_startup.py": 5,
    "tests/media/test_ocr.py": 5,
    "tests/exports/test_child.py": 4,
    "tests/exports/test_pdf_image_export.py": 4,
    "tests/store/test_lock_hostile.py": 4,
    "tests/ui/workspace/test_workspace_window.py": 4,
}


def _group(item: pytest.Item) -> str:
    """The item's xdist group as pytest-xdist names it (its group marks' names joined), else its own id."""
    names = {
        str(m.args[0] if m.args else m.kwargs.get("name", "default"))
        for m in item.iter_markers("xdist_group")
    }
    return "_".join(sorted(names)) or item.nodeid


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    table = FAST if config.getoption("markexpr", "").replace(" ", "") == "notslow" else COSTLY
    cost: dict[str, float] = {}
    for item in items:
        mine = max((c for start, c in table.items() if item.nodeid.startswith(start)), default=0)
        group = _group(item)
        cost[group] = max(cost.get(group, 0), mine)
    items.sort(key=lambda item: -cost[_group(item)])  # stable: the rest keep their order
