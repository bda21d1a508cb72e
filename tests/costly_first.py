"""A pytest plugin for .ci/run's slow tier (``-p tests.costly_first --no-loadscope-reorder``): the costliest
xdist groups are handed out first, so no worker starts one of them while the other has nothing left to do.

pytest-xdist hands out whole groups (``--dist loadgroup``) in the order their first test was collected, or by
their number of tests; neither says what a group costs: the bundle's three tests took 115 CPU s, a
one-test property file 26, while eleven rendering tests took 32. Left to collection order the export
dialog's 125 % run (tests/ui, collected late) could start last and hold one worker ~50 s alone.
"""

from __future__ import annotations

import pytest

#: CPU seconds of the slow tier's costliest groups in a fresh clone (08:24 UTC 6 Dec, two workers; the bundle
#: and the wheel at 12:20), by the start of their tests' ids. Groups not named here keep collection order after these.
COSTLY = {
    "tests/packaging/test_bundle.py": 71,
    "tests/ui/test_scaled_laptop.py::test_case_at_125_percent[test_export_dialog]": 50,
    "tests/ui/test_scaled_laptop.py::test_case_at_125_percent[test_print_what_you_see]": 45,
    "tests/exports/test_messy_render.py": 32,
    "tests/packaging/test_wheel.py": 23,
    "tests/guide/test_fix_convergence.py": 26,
    "tests/teardown/test_robust.py": 24,
    "tests/guide/test_properties.py": 20,
    "tests/guide/test_brief_incremental.py": 16,
}


def _group(item: pytest.Item) -> str:
    """The item's xdist group as pytest-xdist names it (its group marks' names joined), else its own id."""
    names = {
        str(m.args[0] if m.args else m.kwargs.get("name", "default"))
        for m in item.iter_markers("xdist_group")
    }
    return "_".join(sorted(names)) or item.nodeid


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    cost: dict[str, float] = {}
    for item in items:
        mine = max((c for start, c in COSTLY.items() if item.nodeid.startswith(start)), default=0)
        group = _group(item)
        cost[group] = max(cost.get(group, 0), mine)
    items.sort(key=lambda item: -cost[_group(item)])  # stable: the rest keep their order
