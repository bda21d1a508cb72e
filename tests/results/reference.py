"""SciPy's statistics as the reference the results' own formulas are checked against, imported at first use.

``scipy.stats`` takes about 0.7 s of CPU to import; imported at the top of a test module, every pytest-xdist
worker paid it while collecting, though one worker runs the few tests that compare with it.
"""

from __future__ import annotations

from typing import Any

import pytest


class _Stats:
    """``scipy.stats``, imported at the first attribute asked for (the test is skipped without SciPy)."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            # pytest's collection asks every module-level object for its fixture marker
            # (``_fixture_function_marker``, ``__test__`` …): that must not import SciPy in every worker.
            raise AttributeError(name)
        return getattr(pytest.importorskip("scipy.stats"), name)


scipy_stats: Any = _Stats()
