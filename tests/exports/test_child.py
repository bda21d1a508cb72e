"""Packs and exports in a child process: the same files as in-process, errors carried back, and a
child killed half-way leaves nothing (the parts it said it made are removed; an older pack stays)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from studio.exports import child
from studio.exports.names import OutputCollisionError
from studio.exports.pack import folder_name
from studio.store.document import ProjectFile
from tests.ui import held_work


@pytest.fixture
def pf(tmp_path: Path):
    from studio.samples import write_sample

    write_sample(tmp_path / "s.studio", "zh")
    opened = ProjectFile.open(tmp_path / "s.studio")
    yield opened
    opened.close()


def _finish(run: child.ChildRun, timeout: float = 240) -> tuple[list, tuple]:
    """Every message until the child's last word."""
    seen: list = []
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        for message in run.messages():
            seen.append(message)
            if message[0] in ("done", "error"):
                return seen, message
        time.sleep(0.02)
    run.kill()
    raise AssertionError(f"the child did not finish in {timeout} s: {seen[-3:]}")


def _everything(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*"))


def niceness_job(project, media, *, progress) -> int:  # type: ignore[no-untyped-def]
    """A child's work that answers with its own scheduling niceness (POSIX)."""
    import os

    return os.nice(0)


@pytest.mark.skipif(not hasattr(__import__("os"), "nice"), reason="POSIX niceness")
def test_background_work_runs_at_a_lower_priority_than_the_window(pf) -> None:
    import os

    run = child.ChildRun(niceness_job, pf.project, pf.path, (), {})
    run.start()
    _seen, last = _finish(run)
    assert last[0] == "done", last
    assert last[1] >= min(os.nice(0) + child.BACKGROUND_NICENESS, 19)


def test_a_pack_in_a_child_writes_what_the_snapshot_held(pf, tmp_path: Path) -> None:
    script = pf.project.scripts[0]
    variant = script.variants[0]
    out = tmp_path / "out"
    run = child.ChildRun(
        child.pack_job, pf.project, pf.path, (script.id, [variant.id], out), {"make_zip": True}
    )
    expected = out / folder_name(pf.project, script, variant)
    run.start()
    pf.project.title = "renamed after the snapshot"  # an edit meanwhile: not in this pack
    seen, last = _finish(run)
    assert last[0] == "done", last
    (result,) = last[1]
    assert result.folder == expected
    assert result.folder.is_dir() and result.zip_path is not None and result.zip_path.is_file()
    progress = [m for m in seen if m[0] == "progress"]
    assert progress and progress[-1][1] == progress[-1][2] > 0  # the last report is the whole
    assert run.parts and all(
        out in p.parents for p in run.parts
    )  # the parts it made: all renamed or removed since
    assert not any(p.exists() for p in run.parts)
    frames = sorted(p.name for p in (result.folder / "frames").iterdir())
    assert frames and set(result.files) >= {"storyboard.docx", "shotlist.xlsx", "captions.srt"}


def test_an_export_error_comes_back_as_itself(pf, tmp_path: Path) -> None:
    script = pf.project.scripts[0]
    a, b = script.variants[:2]
    a.name, b.name = "A/B", "A:B"  # one folder name once made safe for every disk
    run = child.ChildRun(child.pack_job, pf.project, pf.path, (script.id, [a.id, b.id], tmp_path / "out"))
    run.start()
    _, last = _finish(run)
    assert last[0] == "error" and isinstance(last[1], OutputCollisionError), last
    assert {last[1].first, last[1].second} == {"A/B", "A:B"}
    assert not (tmp_path / "out").exists() or _everything(tmp_path / "out") == []


def test_a_file_export_in_a_child(pf, tmp_path: Path) -> None:
    script = pf.project.scripts[0]
    target = tmp_path / "board.pdf"
    args = ("pdf", script.id, [script.variants[0].id], target, "zh")
    run = child.ChildRun(child.export_job, pf.project, pf.path, args, {"paper": "a4"})
    run.start()
    _, last = _finish(run)
    assert last[0] == "done", last
    written, notes = last[1]
    assert written == [target] and target.read_bytes().startswith(b"%PDF") and notes == []


def test_a_child_killed_half_way_leaves_nothing_and_the_older_pack(pf, tmp_path: Path) -> None:
    script = pf.project.scripts[0]
    out = tmp_path / "out"
    ids = [script.variants[0].id]  # one variant's pack, then the same pack again, killed while it replaces it
    first = child.ChildRun(child.pack_job, pf.project, pf.path, (script.id, ids, out))
    first.start()
    assert _finish(first)[1][0] == "done"
    before = _everything(out)
    run = child.ChildRun(held_work.held_pack, pf.project, pf.path, (script.id, ids, out))
    run.start()
    end = time.monotonic() + 240
    while not list(out.glob(".*.part/frames/*.png")) and time.monotonic() < end:
        list(run.messages())
        time.sleep(0.02)
    assert list(out.glob(".*.part/frames/*.png")), "the held pack never got half-way"
    list(run.messages())
    run.kill()
    assert run.process.exitcode is not None and run.parts
    assert _everything(out) == before  # the older packs whole, no part, no stills cache


def test_a_killed_swap_puts_the_older_pack_back(tmp_path: Path) -> None:
    final = tmp_path / "Pack_A"
    old = tmp_path / ".Pack_A.abcd1234.old"
    old.mkdir()
    (old / "storyboard.docx").write_bytes(b"the older pack")
    part = tmp_path / ".Pack_A.efgh5678.part"
    (part / "frames").mkdir(parents=True)
    child.remove_parts([part, old])
    assert _everything(tmp_path) == ["Pack_A", "Pack_A/storyboard.docx"]
    assert not final.joinpath("frames").exists()


def _group(pgid: int) -> list[int]:
    """The live (not zombie) processes of process group ``pgid``, from /proc."""
    members = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            members.append(int(stat.parent.name))
    return members


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads process groups from /proc")
def test_a_pack_child_writes_on_every_core_and_cancel_kills_its_workers(
    pf, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STUDIO_PACK_WORKERS", "2")  # as on a 2-core machine: the child and one worker
    script = pf.project.scripts[0]
    out = tmp_path / "out"
    run = child.ChildRun(
        held_work.held_pack, pf.project, pf.path, (script.id, [v.id for v in script.variants], out)
    )
    run.start()
    end = time.monotonic() + 240
    while not list(out.glob(".*.part/frames/*.png")) and time.monotonic() < end:
        list(run.messages())
        time.sleep(0.02)
    assert not run.process.daemon  # a daemonic process may not start the workers
    members = _group(run.process.pid)
    assert run.process.pid in members and len(members) >= 2, members  # the child leads its workers' group
    run.kill()
    assert _group(run.process.pid) == [] and not run.running
    assert _everything(out) == []  # no part folder, no stills cache
