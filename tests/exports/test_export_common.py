"""Atomic writes, typed errors and text hygiene shared by every export."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest

from studio.exports.common import (
    ExportWriteError,
    FolderMissingError,
    FrameSource,
    atomic_write,
    looks_like_formula,
    safe_text,
    slug,
)
from studio.models.entities import Shot


def test_missing_folder_is_a_typed_error_and_writes_nothing(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "board.docx"
    with pytest.raises(FolderMissingError) as info:
        atomic_write(target, lambda fh: fh.write(b"x"))
    assert info.value.path == str(target)
    assert not (tmp_path / "missing").exists()


def test_folder_that_is_a_file_is_a_write_error(tmp_path: Path) -> None:
    blocker = tmp_path / "plain.txt"
    blocker.write_text("I am a file")
    with pytest.raises(ExportWriteError):
        atomic_write(blocker / "board.docx", lambda fh: fh.write(b"x"))
    assert blocker.read_text() == "I am a file"


def test_failure_midway_leaves_old_file_and_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "board.xlsx"
    target.write_bytes(b"old")

    def broken(fh) -> None:
        fh.write(b"half")
        raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError):
        atomic_write(target, broken)
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["board.xlsx"]


def test_atomic_write_replaces_content(tmp_path: Path) -> None:
    target = tmp_path / "a.bin"
    atomic_write(target, lambda fh: fh.write(b"one"))
    atomic_write(target, lambda fh: fh.write(b"two"))
    assert target.read_bytes() == b"two"
    assert [p.name for p in tmp_path.iterdir()] == ["a.bin"]


@pytest.mark.skipif(not hasattr(os, "setuid") or os.geteuid() != 0, reason="needs root to become nobody")
def test_read_only_folder_as_unprivileged_user() -> None:
    # pytest's tmp folders are private to root; nobody must be able to reach this one, not write it.
    folder = Path(tempfile.mkdtemp(prefix="studio-ro-", dir="/tmp"))
    folder.chmod(0o755)
    try:
        _check_as_nobody(folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _check_as_nobody(folder: Path) -> None:
    code = textwrap.dedent(
        f"""
        import os, sys, pwd
        sys.path.insert(0, {str(Path.cwd())!r})
        # Import first: the interpreter's own files may be unreadable to nobody.
        from studio.exports.common import atomic_write, ExportWriteError
        os.setgid(pwd.getpwnam("nobody").pw_gid)
        os.setuid(pwd.getpwnam("nobody").pw_uid)
        try:
            atomic_write({str(folder / "x.docx")!r}, lambda fh: fh.write(b"x"))
        except ExportWriteError as exc:
            print("typed", exc.detail)
        """
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert "typed" in out.stdout, out.stderr
    assert list(folder.iterdir()) == []


def test_safe_text_drops_what_xml_refuses() -> None:
    assert safe_text("a\x00b\x07c\x1fd") == "abcd"
    assert safe_text("tab\tand\nline") == "tab\tand\nline"
    assert "\ud800" not in safe_text("lone \ud800 surrogate")
    assert safe_text(None) == ""
    assert safe_text(3) == "3"


@pytest.mark.parametrize("text", ["=1+1", "+86", "-x", "@SUM(A1)", "\tx", "\rx"])
def test_formula_triggers(text: str) -> None:
    assert looks_like_formula(text)


def test_plain_text_is_not_a_formula() -> None:
    assert not looks_like_formula("价格 = 99")


def test_slug_keeps_chinese_and_drops_path_characters() -> None:
    assert slug("价格/钩子:B") == "价格_钩子_B"
    assert slug("...") == "variant"


def test_frame_source_uses_placeholder_for_missing_and_broken_frames() -> None:
    store = {("good", "print"): b"not an image at all"}
    frames = FrameSource(lambda h, k: store.get((h, k)), "zh")
    broken = frames.get(Shot(frame="good"))
    missing = frames.get(Shot(frame="absent"))
    none = frames.get(Shot(frame=None))
    assert broken.placeholder and missing.placeholder and none.placeholder
    assert broken.data.startswith(b"\x89PNG")


def test_frame_source_survives_a_failing_store() -> None:
    def media(digest: str, kind: str) -> bytes:
        raise OSError("database gone")

    assert FrameSource(media, "en").get(Shot(frame="x")).placeholder
