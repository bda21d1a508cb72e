"""jieba's bytecode is compiled by a child process when none is cached, never by the window's interpreter.

Compiling jieba's HMM tables (finalseg/prob_emit.py) is one C call holding the GIL (~170 ms of CPU): done
by the segmenter's loading thread, it froze the window for half a second wherever no bytecode was cached.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PROBE = """
import importlib.util, os, sys
from studio.guide.text import segment
spec = importlib.util.find_spec("jieba")
tables = os.path.join(os.path.dirname(spec.origin), "finalseg", "prob_emit.py")
cached = importlib.util.cache_from_source(tables)
before = os.path.exists(cached)
segment._compile_jieba_apart()
print(before, os.path.exists(cached), "jieba" in sys.modules)
"""


def test_the_tables_are_compiled_apart_into_an_empty_cache(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, PYTHONPYCACHEPREFIX=str(tmp_path / "pycache"), PYTHONPATH=str(root))
    out = subprocess.run([sys.executable, "-c", PROBE], env=env, cwd=root, capture_output=True, text=True,
                         timeout=300, check=True)  # fmt: skip
    before, after, imported = out.stdout.split()
    assert (before, after, imported) == ("False", "True", "False")  # cached now, by another process
