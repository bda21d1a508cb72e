"""The index follows a folder of real project files: added, changed, moved, deleted, bad files listed."""

from __future__ import annotations

import os
from pathlib import Path

from studio.store.document import ProjectFile
from studio.workspace.backend import Backend
from studio.workspace.index import Indexer
from studio.workspace.tokens import query_terms
from tests.workspace.make_projects import generated, make_folder


def _titles(backend: Backend) -> set[str]:
    return {row.summary.title for row in backend.projects()}


def test_first_scan_lists_good_files_and_names_bad_ones(backend: Backend, tmp_path: Path) -> None:
    folder = tmp_path / "team"
    good = make_folder(folder, count=3)
    backend.add_folder(str(folder))
    report = Indexer(backend).scan()
    assert sorted(report.added) == sorted(str(p) for p in good)
    assert {Path(s.path).name: s.status for s in report.problems} == {
        "damaged.studio": "damaged",
        "foreign.studio": "foreign",
        "newer.studio": "newer",
    }
    assert len(backend.projects()) == len(good)
    assert "防晒霜 第0条" in _titles(backend)
    again = Indexer(backend).scan()
    assert (again.added, again.changed, again.deleted, again.unchanged) == ([], [], [], len(good) + 3)


def test_changes_moves_and_deletions_are_followed(backend: Backend, tmp_path: Path) -> None:
    folder = tmp_path / "team"
    good = make_folder(folder, count=3, bad=False)
    backend.add_folder(str(folder))
    Indexer(backend).scan()
    changed, moved, deleted = good[2], good[3], good[4]
    with ProjectFile.open(changed) as pf:
        from studio.models import ops

        ops.set_field(pf.project, pf.project, "title", "改过的标题 v2")
    target = folder / "elsewhere" / "renamed.studio"
    target.parent.mkdir()
    os.replace(moved, target)
    deleted.unlink()
    report = Indexer(backend).scan()
    assert report.changed == [str(changed)]
    assert report.moved == [(str(moved), str(target))]
    assert report.deleted == [str(deleted)]
    titles = _titles(backend)
    assert "改过的标题 v2" in titles and "洗面奶 第1条" in titles and "蓝牙耳机 第2条" not in titles
    row = next(r for r in backend.projects() if r.summary.title == "洗面奶 第1条")
    assert row.path == str(target)
    assert [h.project_title for h in backend.search(query_terms("改过"))] == ["改过的标题 v2"]


def test_a_project_open_in_studio_is_read_without_its_lock(backend: Backend, tmp_path: Path) -> None:
    folder = tmp_path / "team"
    folder.mkdir()
    path = folder / "open.studio"
    with ProjectFile.create(path, generated(1)) as pf:
        from studio.models import ops

        # The edit is committed to the -wal log only: the writer keeps the file open.
        ops.set_field(pf.project, pf.project, "title", "还开着的项目")
        assert Path(str(path) + "-wal").stat().st_size > 0
        backend.add_folder(str(folder))
        report = Indexer(backend).scan()
        assert report.added == [str(path)]
        assert _titles(backend) == {"还开着的项目"}
        # The writer still holds its lock and writes on.
        ops.set_field(pf.project, pf.project, "title", "又改了")
    assert not list(folder.glob("*-journal"))
    Indexer(backend).scan()
    assert _titles(backend) == {"又改了"}


def test_a_file_that_stops_being_readable_is_listed_and_the_rest_stay(
    backend: Backend, tmp_path: Path
) -> None:
    folder = tmp_path / "team"
    good = make_folder(folder, count=2, bad=False)
    backend.add_folder(str(folder))
    Indexer(backend).scan()
    victim = good[2]
    data = bytearray(victim.read_bytes())
    data[4096:8192] = b"\x00" * 4096  # a page of zeros in the middle
    victim.write_bytes(bytes(data))
    report = Indexer(backend).scan()
    assert [Path(s.path).name for s in report.problems] == [victim.name]
    assert report.problems[0].status in ("damaged", "unreadable")
    # Its last good reading stays listed until the file is mended or removed.
    assert len(backend.projects()) == len(good)


def test_a_huge_file_is_listed_without_being_read(backend: Backend, tmp_path: Path, monkeypatch) -> None:
    from studio.workspace import index

    folder = tmp_path / "team"
    good = make_folder(folder, count=1, bad=False)
    monkeypatch.setattr(index, "MAX_FILE_BYTES", min(p.stat().st_size for p in good) - 1)
    backend.add_folder(str(folder))
    report = Indexer(backend).scan()
    assert {s.status for s in report.problems} == {"huge"} and len(report.problems) == len(good)
    assert all(s.sha256 == "" for s in report.problems)  # not even read to hash it
    assert backend.projects() == []


def test_a_workspace_database_from_a_newer_studio_is_refused_in_one_line(tmp_path: Path, cli) -> None:
    import sqlite3

    db = tmp_path / "ws.sqlite3"
    url = f"sqlite:///{db}"
    assert cli("workspace", "--url", url, "list").returncode == 0
    conn = sqlite3.connect(db)
    conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    result = cli("workspace", "--url", url, "list", lang="zh")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "更新版本" in result.stderr and "99" in result.stderr
