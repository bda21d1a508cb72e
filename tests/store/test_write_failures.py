"""A write the disk refuses is all or nothing: the file keeps its last good state, everyone hears the edit.

The failures are real: a file size limit (RLIMIT_FSIZE, in a subprocess), an immutable file
(chattr +i, where the test may set it) and a folder removed while the project is open.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from studio.models import ops
from studio.models.changes import Change, Op
from studio.models.entities import Shot
from studio.models.serial import project_to_dict
from studio.samples import sample_project
from studio.store.document import ProjectFile, write_new_file
from studio.store.errors import WriteError
from studio.store.walfile import wal_path

ROOT = Path(__file__).resolve().parents[2]


def on_disk(path: Path) -> dict:
    with ProjectFile.open(path, readonly=True) as pf:
        data = project_to_dict(pf.project)
    data["project"]["modified"] = ""
    return data


def in_memory(pf: ProjectFile) -> dict:
    data = project_to_dict(pf.project)
    data["project"]["modified"] = ""
    return data


def _chattr(flag: str, *paths: Path) -> bool:
    if shutil.which("chattr") is None:
        return False
    result = subprocess.run(["chattr", flag, *map(str, paths)], capture_output=True, check=False)
    return result.returncode == 0


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "work" / "p.studio"
    path.parent.mkdir()
    write_new_file(path, *sample_project("zh", frame_edge=64))
    return path


@pytest.fixture
def immutable(project: Path) -> Iterator[ProjectFile]:
    """The project open for editing, then made immutable (file and log) under the editor."""
    pf = ProjectFile.open(project)
    ops.set_field(pf.project, pf.project, "title", "写入前")
    files = (project, wal_path(project))
    if not _chattr("+i", *files):
        pf.close()
        pytest.skip("chattr +i needs CAP_LINUX_IMMUTABLE on a file system that supports it")
    try:
        yield pf
    finally:
        _chattr("-i", *files)
        pf.close()


def test_a_refused_batch_writes_nothing_and_every_listener_hears_the_edit(immutable: ProjectFile) -> None:
    pf = immutable
    before = on_disk(pf.path)
    heard: list[Change] = []
    pf.project.listeners.append(heard.append)
    shot = next(pf.project.scripts[0].iter_shots())[2]
    with pytest.raises(WriteError) as info, pf.batch():
        ops.set_field(pf.project, shot, "voiceover", "改了一半")
        ops.insert_shot(pf.project, pf.project.scripts[0].beats[0].alternatives[0], 0, Shot())
    assert info.value.code == "write"
    assert [c.op for c in heard] == [Op.SET, Op.INSERT]
    assert on_disk(pf.path) == before


def test_a_single_refused_edit_raises_after_telling_everyone(immutable: ProjectFile) -> None:
    pf = immutable
    heard: list[Change] = []
    pf.project.listeners.append(heard.append)
    with pytest.raises(WriteError):
        ops.set_field(pf.project, pf.project, "title", "不会保存")
    assert len(heard) == 1 and pf.project.title == "不会保存"
    with pf.reverting():
        ops.set_field(pf.project, pf.project, "title", "写入前")
    assert on_disk(pf.path)["project"]["title"] == "写入前"


def test_the_file_takes_edits_again_once_the_cause_is_gone(immutable: ProjectFile) -> None:
    pf = immutable
    with pytest.raises(WriteError):
        ops.set_field(pf.project, pf.project, "brand", "失败")
    _chattr("-i", pf.path, wal_path(pf.path))
    ops.set_field(pf.project, pf.project, "brand", "成功")
    assert on_disk(pf.path)["project"]["brand"] == "成功"


def test_edit_after_the_folder_was_removed_is_refused(project: Path) -> None:
    pf = ProjectFile.open(project)
    try:
        shutil.rmtree(project.parent)
        with pytest.raises(WriteError) as info:
            ops.set_field(pf.project, pf.project, "title", "无处可写")
        assert info.value.code == "moved"
        # Everything is still readable from the open file: Save As keeps the project.
        with pf.reverting():
            ops.set_field(pf.project, pf.project, "title", "焕亮精华 25 秒带货")
        rescue = project.parent.parent / "rescued.studio"
        pf.save_as(rescue)
        ops.set_field(pf.project, pf.project, "title", "救回来了")
    finally:
        pf.close()
    assert on_disk(rescue)["project"]["title"] == "救回来了"
    assert on_disk(rescue)["scripts"] == in_memory_scripts(rescue)


def in_memory_scripts(path: Path) -> list:
    with ProjectFile.open(path, readonly=True) as pf:
        return project_to_dict(pf.project)["scripts"]


SIZE_LIMIT = textwrap.dedent(
    """
    import json, os, resource, sys
    from studio.models import ops
    from studio.store.document import ProjectFile
    from studio.store.errors import WriteError
    from studio.store.walfile import wal_path

    pf = ProjectFile.open(sys.argv[1])
    ops.set_field(pf.project, pf.project, "title", "限制前")
    shot = next(pf.project.scripts[0].iter_shots())[2]
    old = shot.voiceover
    # No file of this process may grow past its present size (plus a little).
    limit = max(os.path.getsize(sys.argv[1]), os.path.getsize(wal_path(pf.path))) + 4096
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    report = {}
    try:
        ops.set_field(pf.project, shot, "voiceover", "很长的口播。" * 60000)
    except WriteError as exc:
        report["error"] = [exc.code, exc.detail]
        with pf.reverting():
            ops.set_field(pf.project, shot, "voiceover", old)
    resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
    ops.set_field(pf.project, pf.project, "brand", "限制后")
    pf.close()
    print(json.dumps(report))
    """
)


def test_a_file_size_limit_fails_the_edit_and_leaves_the_file_whole(project: Path) -> None:
    before = on_disk(project)
    result = subprocess.run(
        [sys.executable, "-c", SIZE_LIMIT, str(project)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["error"][0] == "write", report
    after = on_disk(project)
    assert after["project"]["title"] == "限制前" and after["project"]["brand"] == "限制后"
    assert after["scripts"] == before["scripts"]
