"""A run killed mid-export leaves hidden parts; the next run of the same command removes them, and only them."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from docx import Document

from studio.exports.common import atomic_write
from studio.fileio import claim, part_pattern, sweep_parts
from tests.measured import ROOT

#: Files a user may keep beside the output: look like ours but are not our part names.
USER_FILES = (".out.docx.notes", "out.docx.part", ".out.docx.1234567.part", ".out.docx.abcdefgh.txt",
              ".other.docx.abcdefgh.part", ".studio-stills-mine")  # fmt: skip


def _child(code: str, cwd: Path) -> int:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", code], cwd=cwd, env=env, timeout=120, check=False)
    return done.returncode


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "STUDIO_LANG": "en"}
    return subprocess.run([sys.executable, "-m", "studio", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=300, check=False)  # fmt: skip


def _hidden(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir() if p.name.startswith(".")}


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from studio.samples import write_sample

    path = tmp_path_factory.mktemp("sample") / "s.studio"
    write_sample(path, "en")
    return path


def test_killed_export_part_is_removed_by_the_next_export(sample: Path, tmp_path: Path) -> None:
    for name in USER_FILES:
        (tmp_path / name).write_text("mine")
    killed = (
        "import os, signal\n"
        "from studio.exports.common import atomic_write\n"
        "def write(fh):\n"
        "    fh.write(b'half a document'); fh.flush()\n"
        "    os.kill(os.getpid(), signal.SIGKILL)\n"
        "atomic_write('out.docx', write)\n"
    )
    assert _child(killed, tmp_path) == -9
    left = _hidden(tmp_path) - set(USER_FILES)
    assert len(left) == 1 and part_pattern(".out.docx.").fullmatch(left.pop())
    done = _cli("export", str(sample), "-f", "docx", "-o", "out.docx", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert _hidden(tmp_path) == {n for n in USER_FILES if n.startswith(".")}
    assert all((tmp_path / n).read_text() == "mine" for n in USER_FILES)
    assert Document(str(tmp_path / "out.docx")).paragraphs


def test_a_part_a_live_run_holds_is_left_alone(tmp_path: Path) -> None:
    fd, name = tempfile.mkstemp(prefix=".out.docx.", suffix=".part", dir=tmp_path)
    claim(fd)  # as a live export holds it; flock conflicts between two opens even in one process
    try:
        assert sweep_parts(tmp_path, part_pattern(".out.docx.")) == []
        assert Path(name).exists()
    finally:
        os.close(fd)
    assert sweep_parts(tmp_path, part_pattern(".out.docx.")) == [Path(name)]
    assert not Path(name).exists()


def test_own_writes_are_not_swept_by_themselves(tmp_path: Path) -> None:
    atomic_write(tmp_path / "a.txt", lambda fh: fh.write(b"one"))
    atomic_write(tmp_path / "a.txt", lambda fh: fh.write(b"two"))
    assert (tmp_path / "a.txt").read_bytes() == b"two" and _hidden(tmp_path) == set()


def _pack_killed_at(sample: Path, out: Path, where: str) -> None:
    """Run a pack in a child that kills itself at ``where``: 'build' (mid-folder) or 'swap' (between renames)."""
    code = (
        "import os, signal, sys\n"
        "from studio.exports import pack\n"
        "from studio.store.document import ProjectFile\n"
        f"where = {where!r}\n"
        "real = os.replace\n"
        "def replace(a, b):\n"
        "    real(a, b)\n"
        "    if where == 'swap' and str(b).endswith('.old'):\n"
        "        os.kill(os.getpid(), signal.SIGKILL)\n"
        "def fsync_tree(folder):\n"
        "    if where == 'build':\n"
        "        os.kill(os.getpid(), signal.SIGKILL)\n"
        "os.replace = replace\n"
        "pack._fsync_tree = fsync_tree\n"
        f"pf = ProjectFile.open({str(sample)!r}, readonly=True)\n"
        "s = pf.project.scripts[0]\n"
        f"pack.pack_variants(pf.project, s, s.variants[:1], pf.frame_bytes, {str(out)!r}, make_zip=True)\n"
    )
    assert _child(code, out.parent) == -9


def test_killed_pack_leaves_parts_that_the_next_pack_removes(sample: Path, tmp_path: Path) -> None:
    out = tmp_path / "packs"
    out.mkdir()
    (out / ".studio-stills-mine").write_text("mine")
    _pack_killed_at(sample, out, "build")
    left = _hidden(out) - {".studio-stills-mine"}
    assert any(n.startswith(".studio-stills.") for n in left) and any(n.endswith(".part") for n in left)
    done = _cli("pack", str(sample), "--variant", "Base", "-o", str(out), "--zip", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert _hidden(out) == {".studio-stills-mine"}
    packs = [p for p in out.iterdir() if p.is_dir() and not p.name.startswith(".")]
    assert len(packs) == 1 and (packs[0] / "manifest.json").is_file()


def test_pack_killed_between_renames_gets_its_old_pack_back_then_the_new_one(
    sample: Path, tmp_path: Path
) -> None:
    out = tmp_path / "packs"
    assert _cli("pack", str(sample), "--variant", "Base", "-o", str(out), cwd=tmp_path).returncode == 0
    (final,) = [p for p in out.iterdir() if p.is_dir()]
    _pack_killed_at(sample, out, "swap")
    assert not final.exists()  # the kill came after the old pack moved aside
    assert any(n.endswith(".old") for n in _hidden(out))
    restored = sweep_parts(out, part_pattern(f".{final.name}.", (".part", ".old")), final)
    assert final.is_dir() and (final / "manifest.json").is_file() and restored
    _pack_killed_at(sample, out, "swap")
    done = _cli("pack", str(sample), "--variant", "Base", "-o", str(out), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert _hidden(out) == set() and (final / "manifest.json").is_file()
