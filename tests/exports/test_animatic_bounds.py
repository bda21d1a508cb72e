"""An animatic of absurd stored durations is refused in one line before anything is encoded or written."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from studio.exports.animatic import MAX_ANIMATIC_S, AnimaticTooLongError, export_animatic, export_chat_clip
from studio.samples import sample_project
from studio.store.document import ProjectFile
from tests.cli_runner import CliResult, run_cli


def run(*args: str, lang: str = "en") -> CliResult:
    """``studio ARGS`` as a shell runs it, in this process (a new interpreter per call was a second of CPU)."""
    return run_cli(*args, lang=lang)


@pytest.mark.parametrize("duration_ds", [9 * 10**18, 10**9, MAX_ANIMATIC_S * 10 + 1])
def test_absurd_durations_are_refused_before_writing(tmp_path: Path, duration_ds: int) -> None:
    project, _blobs = sample_project("en", frame_edge=60)
    script = project.scripts[0]
    script.beats[0].alternatives[0].shots[0].duration_ds = duration_ds
    for writer, name in ((export_animatic, "a.mp4"), (export_chat_clip, "a.gif")):
        with pytest.raises(AnimaticTooLongError) as info:
            writer(project, script, list(script.variants), None, tmp_path / name, "en")
        assert info.value.seconds > MAX_ANIMATIC_S
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_crafted_file_gets_one_line_in_the_users_language(tmp_path: Path, lang: str) -> None:
    project, blobs = sample_project("zh", frame_edge=60)
    path = tmp_path / "long.studio"
    ProjectFile.create(path, project, blobs).close()
    with sqlite3.connect(path) as conn:
        conn.execute(
            "UPDATE shot SET duration_ds = ? WHERE rowid = (SELECT min(rowid) FROM shot)", (9 * 10**18,)
        )
    conn.close()
    out = tmp_path / "out"
    out.mkdir()
    done = run("export", str(path), "-f", "mp4", "-o", str(out / "a.mp4"), lang=lang)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    if "1 hour" in done.stderr or "1 小时" in done.stderr:  # else the store refused the value on open
        assert ("check the durations" in done.stderr) if lang == "en" else ("检查各镜头时长" in done.stderr)
    assert list(out.iterdir()) == []
    packed = run("pack", str(path), "--animatic", "-o", str(tmp_path / "packs"), lang=lang)
    assert packed.returncode == 1 and len(packed.stderr.strip().splitlines()) == 1, packed.stderr
    assert not (tmp_path / "packs").exists()
