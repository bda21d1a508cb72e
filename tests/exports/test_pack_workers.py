"""Packs whose documents are written by a worker process: the same packs as written in one process."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from studio.exports.pack import WORKERS_ENV, document_workers, pack_variants

#: What differs between any two writes of the same document: the time it was made.
_STAMPED = {"docProps/core.xml"}


def _pack(sample: Path, out: Path, workers: int, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    from studio.store.document import ProjectFile

    monkeypatch.setenv(WORKERS_ENV, str(workers))
    pf = ProjectFile.open(sample, readonly=True)
    try:
        script = pf.project.scripts[0]
        assert len(script.variants) >= 2
        # one media root: the README and timelines name it, not the folder each pack was written in
        pack_variants(
            pf.project, script, list(script.variants), pf.frame_bytes, out, media_root="/Volumes/Packs"
        )
    finally:
        pf.close()
    return {p.relative_to(out).as_posix(): p for p in sorted(out.rglob("*"))}


def _content(path: Path) -> object:
    if path.is_dir():
        return "folder"
    if path.suffix in (".docx", ".xlsx"):
        with zipfile.ZipFile(path) as zf:
            return {n: zf.read(n) for n in zf.namelist() if n not in _STAMPED}
    if path.name == "manifest.json":  # holds the documents' hashes, which the stamps change
        import json

        data = json.loads(path.read_text(encoding="utf-8"))
        # ... and when the pack was made
        return {k: v for k, v in data.items() if k not in ("files", "created")}, sorted(data["files"])
    return path.read_bytes()


def test_two_workers_write_what_one_writes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from studio.samples import write_sample

    write_sample(tmp_path / "s.studio", "zh")
    one = _pack(tmp_path / "s.studio", tmp_path / "one", 1, monkeypatch)
    two = _pack(tmp_path / "s.studio", tmp_path / "two", 2, monkeypatch)
    assert list(one) == list(two)
    assert not [name for name in one if name.startswith(".")]  # no part left behind
    assert any(name.endswith("storyboard.docx") for name in one)
    for name in one:
        assert _content(one[name]) == _content(two[name]), name


def test_worker_count_follows_cores_memory_and_variants(monkeypatch: pytest.MonkeyPatch) -> None:
    import studio.exports.pack as pack

    monkeypatch.delenv(WORKERS_ENV, raising=False)
    monkeypatch.setattr(pack.os, "sched_getaffinity", lambda _pid: {0}, raising=False)
    assert document_workers(4) == 1  # one core: all in this process, as before
    monkeypatch.setattr(pack.os, "sched_getaffinity", lambda _pid: {0, 1}, raising=False)
    monkeypatch.setattr(pack, "available_memory", lambda: 10 * pack.DOCUMENT_WORKER_BYTES)
    assert document_workers(4) == 2
    assert document_workers(1) == 1
    monkeypatch.setattr(pack, "available_memory", lambda: pack.DOCUMENT_WORKER_BYTES)
    assert document_workers(4) == 1  # not enough memory for a second process


def test_a_workers_error_reaches_the_caller_typed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A document the worker cannot write (its folder is missing) fails the pack with the error, type and
    words the same document gives in this process; no part is left behind."""
    import studio.exports.pack as pack
    from studio.exports.common import FolderMissingError
    from studio.samples import write_sample
    from studio.store.document import ProjectFile

    write_sample(tmp_path / "s.studio", "zh")
    pf = ProjectFile.open(tmp_path / "s.studio", readonly=True)
    script = pf.project.scripts[0]
    start = pack._Documents.start
    monkeypatch.setattr(
        pack._Documents, "start", lambda self, sc, v, folder: start(self, sc, v, folder / "missing")
    )
    errors = {}
    try:
        for workers in (1, 2):
            monkeypatch.setenv(WORKERS_ENV, str(workers))
            out = tmp_path / f"out{workers}"
            with pytest.raises(FolderMissingError) as info:
                pack_variants(pf.project, script, list(script.variants), pf.frame_bytes, out)
            assert [p.name for p in out.iterdir()] == []  # nothing half made, no part left
            error = info.value
            # the same words but for the temp folder's random name
            errors[workers] = (
                type(error),
                Path(error.path).name,
                str(error).replace(str(error.path), "<path>"),
            )
    finally:
        pf.close()
    assert errors[1] == errors[2]


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="reads the process tree from /proc")
def test_killed_pack_takes_its_document_workers_along(tmp_path: Path) -> None:
    """``studio pack`` killed (Ctrl-C twice, the system): its document workers do not write on alone."""
    import os
    import signal
    import subprocess
    import sys
    import time

    from studio.samples import write_sample

    def children(pid: int) -> set[int]:
        found: set[int] = set()
        for task in Path(f"/proc/{pid}/task").glob("*/children"):
            found |= {int(n) for n in task.read_text().split()}
        return found

    write_sample(tmp_path / "s.studio", "zh")
    env = dict(os.environ, **{WORKERS_ENV: "2"})
    command = [
        sys.executable,
        "-m",
        "studio",
        "pack",
        str(tmp_path / "s.studio"),
        "--all",
        "-o",
        str(tmp_path / "out"),
    ]
    pack = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        workers: set[int] = set()
        end = time.monotonic() + 240
        while not workers and pack.poll() is None and time.monotonic() < end:
            workers = {pid for pid in children(pack.pid) if "spawn_main" in _cmdline(pid)}
            time.sleep(0.02)
        assert workers, "the pack never started a document worker"
    finally:
        pack.send_signal(signal.SIGKILL)
        pack.wait()
    end = time.monotonic() + 30
    alive = set(workers)
    while alive and time.monotonic() < end:
        alive = {pid for pid in alive if _state(pid) not in ("Z", "X", "")}
        time.sleep(0.05)
    assert not alive, "a document worker outlived the killed pack"


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_text().replace("\0", " ")
    except OSError:
        return ""


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return ""
