"""Opening a project whose lock another account left behind: the holder is named and Take Over offered."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from studio.store.lock import lock_path
from tests.store.test_lock_hostile import _other_account, _stale_lock_of_lin

OPENER = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtWidgets import QApplication, QMessageBox
    from studio.ui import app as app_module

    qapp = QApplication([])
    seen = []

    def exec_(box):
        seen.append({"text": box.text(), "info": box.informativeText(), "buttons": [b.text() for b in box.buttons()]})
        for button in box.buttons():
            if button.text() == sys.argv[2]:
                button.click()
                return 0
        raise SystemExit(f"no button {sys.argv[2]!r}")

    QMessageBox.exec = exec_
    pf = app_module.open_project(sys.argv[1])
    print(json.dumps({"seen": seen, "opened": pf is not None, "readonly": pf is not None and pf.readonly}))
    """
)


def _open_as_other_account(project: Path, button: str) -> dict:
    prefix = _other_account()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "STUDIO_LANG": "en",
        "LANGUAGE": "en",
        "LANG": "C.UTF-8",
    }
    done = subprocess.run(
        [*prefix, sys.executable, "-c", OPENER, str(project), button],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("button", ["Take Over", "Open Read-Only"])
def test_stale_lock_of_another_account_offers_take_over(sample_path: Path, button: str) -> None:
    _stale_lock_of_lin(sample_path)
    result = _open_as_other_account(sample_path, button)
    (prompt,) = result["seen"]
    assert "no longer running" in prompt["text"] and "lin" in prompt["info"]
    assert "Take Over" in prompt["buttons"] and "Open Read-Only" in prompt["buttons"]
    assert result["opened"]
    assert result["readonly"] is (button != "Take Over")
    # Taking over leaves no lock of lin's behind (the opener closed on exit, releasing its own).
    if button == "Take Over":
        assert not lock_path(sample_path).exists() or "lin" not in lock_path(sample_path).read_text()
    else:
        assert "lin" in lock_path(sample_path).read_text()
