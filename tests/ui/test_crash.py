"""An unexpected error is logged in the user's data folder and shown with details that can be copied."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from studio.ui import crash


@pytest.fixture
def hooked():
    """The crash hook installed as main.py installs it; the log handler and hook removed afterwards."""
    before = list(logging.getLogger().handlers)
    path = crash.install_excepthook()
    yield path
    for handler in logging.getLogger().handlers:
        if handler not in before:
            handler.close()
            logging.getLogger().removeHandler(handler)
    sys.excepthook = sys.__excepthook__


def _raise() -> tuple[type[BaseException], BaseException, object]:
    try:
        {}["missing-key-for-the-test"]
    except KeyError:
        return sys.exc_info()  # type: ignore[return-value]
    raise AssertionError("unreachable")


def test_log_lives_in_the_platforms_data_folder(hooked) -> None:
    from PySide6.QtCore import QStandardPaths

    data = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    assert hooked is not None
    assert str(hooked).startswith(data)
    assert hooked.parent.is_dir()


def test_unhandled_error_is_logged_and_shown_with_copyable_details(hooked, monkeypatch, qapp) -> None:
    shown: list[QMessageBox] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box)
        copy = box.findChild(QPushButton, "copyDetails")
        assert copy is not None
        copy.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    QApplication.clipboard().clear()
    sys.excepthook(*_raise())
    assert len(shown) == 1
    box = shown[0]
    assert "KeyError" in box.text()
    assert str(hooked) in box.informativeText()
    copied = QApplication.clipboard().text()
    assert "missing-key-for-the-test" in copied and "Traceback" in copied and "Studio" in copied
    assert box.detailedText() == copied
    for handler in logging.getLogger().handlers:
        handler.flush()
    logged = hooked.read_text(encoding="utf-8")
    assert "missing-key-for-the-test" in logged and "unhandled error" in logged


def test_copy_button_does_not_close_the_box(qapp) -> None:
    exc_info = _raise()
    box = crash.crash_box(None, exc_info[1], crash.details(*exc_info))
    box.show()
    box.findChild(QPushButton, "copyDetails").click()
    assert box.isVisible()
    box.close()


def test_big_log_is_moved_aside_at_start(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(crash, "log_path", lambda: tmp_path / "logs" / "studio.log")
    (tmp_path / "logs").mkdir()
    (tmp_path / "logs" / "studio.log").write_bytes(b"x" * (crash.LOG_BYTES + 1))
    before = list(logging.getLogger().handlers)
    try:
        assert crash.attach_log_file() == tmp_path / "logs" / "studio.log"
    finally:
        for handler in logging.getLogger().handlers:
            if handler not in before:
                handler.close()
                logging.getLogger().removeHandler(handler)
    assert (tmp_path / "logs" / "studio.log.1").stat().st_size == crash.LOG_BYTES + 1
    assert not (tmp_path / "logs" / "studio.log").exists()


def test_unwritable_data_folder_gives_no_log_but_no_crash(tmp_path, monkeypatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setattr(crash, "log_path", lambda: blocker / "logs" / "studio.log")
    assert crash.attach_log_file() is None
