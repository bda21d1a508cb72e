"""The window opening a stranger's crafted project or folder: one sentence naming the cause, never a traceback."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from studio.store.lock import lock_path
from studio.ui import app as app_module


def test_a_crafted_value_is_named_in_the_message(sample_path_en: Path, monkeypatch) -> None:
    conn = sqlite3.connect(sample_path_en)
    conn.execute(
        "UPDATE shot SET duration_ds = 9000000000000000000 WHERE rowid = (SELECT min(rowid) FROM shot)"
    )
    conn.commit()
    conn.close()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    assert app_module.open_project(sample_path_en) is None
    assert len(shown) == 1
    assert "shot" in shown[0] and "duration_ds" in shown[0] and "9000000000000000000" in shown[0]
    assert "Traceback" not in shown[0]


def test_a_planted_lock_link_is_explained_and_read_only_offered(
    sample_path_en: Path, tmp_path: Path, monkeypatch
) -> None:
    victim = tmp_path / "precious.rc"
    victim.write_text("keep me")
    os.symlink(victim, lock_path(sample_path_en))
    seen: list[str] = []

    def exec_(box: QMessageBox) -> int:
        seen.append(box.text())
        for button in box.buttons():
            if button.text() == "Open Read-Only":
                button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    pf = app_module.open_project(sample_path_en)
    try:
        assert pf is not None and pf.readonly
        assert len(seen) == 1 and lock_path(sample_path_en).name in seen[0] and "delete it" in seen[0]
        assert victim.read_text() == "keep me"
    finally:
        if pf is not None:
            pf.close()
