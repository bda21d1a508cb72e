"""The teardown is below the window: it never imports Qt, and the heavy readers load only when used."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_teardown_and_its_command_import_no_qt_and_no_ocr_until_used() -> None:
    code = textwrap.dedent(
        """
        import sys
        import studio.teardown.run, studio.teardown.project, studio.teardown.reference_compare, studio.cli.cmd_teardown
        from studio.cli import build_parser
        build_parser()
        heavy = [m for m in ("PySide6", "cv2", "rapidocr_onnxruntime", "onnxruntime", "scenedetect") if m in sys.modules]
        print(heavy)
        """
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120,
                         env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})  # fmt: skip
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "[]"
