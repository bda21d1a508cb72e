"""A command whose write the disk refuses says so in one line, in the user's language, and changes nothing."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from studio.samples import sample_project
from studio.store import snapshots
from studio.store.document import ProjectFile, write_new_file

ROOT = Path(__file__).resolve().parents[2]


def _limited(limit: int):  # a preexec_fn
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))

    return apply


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "cannot write (the disk reported an error); nothing was changed"),
        ("zh", "无法写入（磁盘报告了错误），未做任何改动"),
    ],
)
def test_snapshot_past_a_file_size_limit_is_refused_in_one_line(tmp_path: Path, lang: str, said: str) -> None:
    path = tmp_path / "p.studio"
    write_new_file(path, *sample_project("zh", frame_edge=64))
    result = subprocess.run(
        [sys.executable, "-m", "studio", "snapshot", str(path), "--name", "定稿"],
        capture_output=True,
        text=True,
        env={**os.environ, "STUDIO_LANG": lang, "PYTHONPATH": str(ROOT)},
        # The log may hold two pages at most: the snapshot needs more.
        preexec_fn=_limited(8192),
        timeout=120,
        check=False,
    )
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    assert lines[0].endswith(said) and str(path) in lines[0]
    with ProjectFile.open(path) as pf:
        assert snapshots.list_snapshots(pf) == []
