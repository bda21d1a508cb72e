"""A pack on a full disk: one line in the user's language with the way forward, no stray traceback, no partial pack.

The disk fills up in a child process through RLIMIT_FSIZE (writes past the limit fail with
EFBIG, as ENOSPC would on a full disk), first while the pack's documents are written, then
while its zip is.
"""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest


def _limited(limit: int):
    def setup() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failed write, not a killed process
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return setup


def _pack(source: Path, out: Path, limit: int, lang: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "STUDIO_LANG": lang, "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run([sys.executable, "-m", "studio", "pack", str(source), "--zip", "-o", str(out)],
                          capture_output=True, text=True, env=env, preexec_fn=_limited(limit), check=False,
                          timeout=300)  # fmt: skip


def _leftovers(out: Path) -> list[str]:
    return [p.name for p in out.iterdir() if p.name.startswith(".")] if out.exists() else []


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_disk_full_while_writing_the_pack(sample_path_en: Path, tmp_path: Path, lang: str) -> None:
    out = tmp_path / "packs"
    done = _pack(sample_path_en, out, 200_000, lang)
    assert done.returncode == 1
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr
    assert ("disk is full" in done.stderr and "Free some space" in done.stderr) if lang == "en" else (
        "磁盘已满" in done.stderr and "腾出空间" in done.stderr)  # fmt: skip
    assert ".part" not in done.stderr  # names the pack, not its temp folder
    assert list(out.iterdir()) == []  # nothing half made, no temp folder, no stills cache


def test_disk_full_while_zipping(sample_path_en: Path, tmp_path: Path) -> None:
    out = tmp_path / "packs"
    done = _pack(sample_path_en, out, 600_000, "en")
    assert done.returncode == 1, done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert "Traceback" not in done.stderr and ".zip" in done.stderr and "disk is full" in done.stderr
    folders = [p for p in out.iterdir() if p.is_dir() and not p.name.startswith(".")]
    # The folder was complete before the zip began: it stays, whole; the zip is absent, no part of it left.
    assert len(folders) == 1 and (folders[0] / "manifest.json").is_file()
    assert not list(out.glob("*.zip")) and _leftovers(out) == []


@pytest.mark.parametrize("fmt", ["docx", "xlsx"])
def test_disk_full_while_exporting_a_zip_based_document(
    sample_path_en: Path, tmp_path: Path, fmt: str
) -> None:
    env = {**os.environ, "STUDIO_LANG": "en", "PYTHONDONTWRITEBYTECODE": "1"}
    target = tmp_path / f"board.{fmt}"
    done = subprocess.run([sys.executable, "-m", "studio", "export", str(sample_path_en), "-f", fmt, "-o", str(target)],
                          capture_output=True, text=True, env=env, preexec_fn=_limited(100_000), check=False,
                          timeout=300)  # fmt: skip
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [done.stderr.strip()], (
        done.stderr
    )  # no "Exception ignored in ZipFile"
    assert "disk is full" in done.stderr and "Free some space" in done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["serum_en.studio"]
