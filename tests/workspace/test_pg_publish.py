"""Publishing laptops' workspaces to a real PostgreSQL server: facts and library entries arrive once, a
repeated or interrupted publish loses and doubles nothing, two laptops publishing at once both land, a
head never moves back in time, and an offline laptop keeps its copy and publishes when back."""

from __future__ import annotations

import dataclasses
import threading
import uuid
from pathlib import Path

import pytest

from studio.workspace import open_workspace
from studio.workspace.db import SqlBackend
from studio.workspace.errors import WorkspaceError
from studio.workspace.facts import LibraryEntry, ProjectFacts
from studio.workspace.publish import pending, publish
from studio.workspace.tokens import query_terms
from tests import pg_server as pg


@pytest.fixture(scope="module")
def facts() -> list[ProjectFacts]:
    """Twelve generated projects' facts (made once: the model, not files)."""
    from studio.workspace.extract import extract
    from tests.workspace.make_projects import generated

    return [extract(generated(i)) for i in range(12)]


def _local(tmp_path: Path, name: str, facts: list[ProjectFacts]) -> SqlBackend:
    backend = open_workspace(f"sqlite:///{tmp_path / name}.sqlite3")
    assert isinstance(backend, SqlBackend)
    for f in facts:
        backend.put_project(f, f"/laptop/{name}/{f.project_id}.studio", "local")
    return backend


def _entry(text: str, author: str) -> LibraryEntry:
    return LibraryEntry(uuid.uuid4().hex, "win_line", text, " ".join(query_terms(text)), author=author,
                        created="2026-12-06T01:00:00Z", videos=3)  # fmt: skip


@pytest.fixture
def server_url(pg_server: pg.PgServer) -> str:
    return pg_server.create_database(f"wsp_{uuid.uuid4().hex[:10]}")


def _counts(server: SqlBackend) -> dict[str, tuple[int, int]]:
    """Rows and distinct keys per table: equal when nothing is doubled."""
    keys = {
        "projects": "project_id, revision",
        "docs": "project_id, revision, n",
        "calendar_items": "project_id, revision, n",
        "result_facts": "project_id, revision, variant_id",
        "library": "entry_id",
        "library_retired": "entry_id",
    }
    out = {}
    for table, key in keys.items():
        rows = server._rows(f"SELECT count(*), count(DISTINCT ({key})) FROM {table}")
        out[table] = (int(rows[0][0]), int(rows[0][1]))
    return out


def test_publish_sends_everything_once(tmp_path: Path, server_url: str, facts: list[ProjectFacts]) -> None:
    local = _local(tmp_path, "ana", facts[:8])
    local.add_library(_entry("只要 9 块 9，这支精华你还不冲？", "ana"))
    server = open_workspace(server_url)
    assert isinstance(server, SqlBackend)
    first = publish(local, server, "ana@laptop", batch=3)
    assert (first.projects, first.heads, first.library) == (8, 8, 1)
    assert (first.server_projects, first.server_library) == (8, 1)
    # the server answers as the laptop does
    assert sorted(p.summary.title for p in server.projects()) == sorted(
        p.summary.title for p in local.projects()
    )
    assert {p.source for p in server.projects()} == {"ana@laptop"}
    assert len(server.calendar()) == len(local.calendar()) > 0
    assert sorted(r.variant_id for r in server.result_facts()) == sorted(
        r.variant_id for r in local.result_facts()
    )
    terms = query_terms("精华")
    assert {(h.project_id, h.doc.n) for h in server.search(terms, limit=500)} == {
        (h.project_id, h.doc.n) for h in local.search(terms, limit=500)
    }
    assert [e.text for e in server.library()] == ["只要 9 块 9，这支精华你还不冲？"]
    again = publish(local, server, "ana@laptop")
    assert (again.projects, again.heads, again.library) == (0, 0, 0)
    assert pending(local, server).count == 0
    assert all(rows == distinct for rows, distinct in _counts(server).values())


def test_a_new_revision_moves_the_head_forward_only(
    tmp_path: Path, server_url: str, facts: list[ProjectFacts]
) -> None:
    ana = _local(tmp_path, "ana", facts[:2])
    server = open_workspace(server_url)
    assert isinstance(server, SqlBackend)
    publish(ana, server, "ana@laptop")
    old = facts[0]
    new = dataclasses.replace(
        old, summary=dataclasses.replace(old.summary, title="改过的标题"), revision="r2-" + old.revision
    )
    ana.put_project(new, "/laptop/ana/x.studio", "local")
    assert publish(ana, server, "ana@laptop").projects == 1
    titles = {p.summary.project_id: p.summary.title for p in server.projects()}
    assert titles[old.project_id] == "改过的标题"
    # both revisions' facts stay on the server (history); the list shows the current one
    assert server._rows("SELECT count(*) FROM projects WHERE project_id = ?", (old.project_id,))[0][0] == 2
    # a laptop that saw the old revision earlier (it was offline) publishes later: the head stays
    bob = _local(tmp_path, "bob", [old])
    bob._rows("UPDATE heads SET updated = '2000-01-01T00:00:00Z'")
    publish(bob, server, "bob@laptop")
    titles = {p.summary.project_id: p.summary.title for p in server.projects()}
    assert titles[old.project_id] == "改过的标题"
    # a deleted project leaves the server's list too
    ana.mark_deleted(facts[1].project_id)
    publish(ana, server, "ana@laptop")
    assert facts[1].project_id not in {p.summary.project_id for p in server.projects()}


def test_two_laptops_publishing_at_once_lose_and_double_nothing(
    tmp_path: Path, server_url: str, facts: list[ProjectFacts]
) -> None:
    # overlapping projects (a shared drive indexed by both) and each one's own library entries
    laptops = {"ana": _local(tmp_path, "ana", facts[:8]), "bob": _local(tmp_path, "bob", facts[4:])}
    for name, local in laptops.items():
        for i in range(30):
            local.add_library(_entry(f"{name} 的第 {i} 条好句子", name))
    open_workspace(server_url).close()  # tables made once; the race below is over the facts
    errors: list[BaseException] = []
    start = threading.Barrier(len(laptops))

    def run(name: str) -> None:
        server = open_workspace(server_url)
        try:
            start.wait()
            for _ in range(3):
                publish(laptops[name], server, f"{name}@laptop", batch=2)
        except BaseException as exc:  # collected for the assertion below
            errors.append(exc)
        finally:
            server.close()

    threads = [threading.Thread(target=run, args=(n,)) for n in laptops]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    server = open_workspace(server_url)
    assert isinstance(server, SqlBackend)
    assert len(server.projects()) == 12
    counts = _counts(server)
    assert counts["library"] == (60, 60)
    assert all(rows == distinct for rows, distinct in counts.values()), counts
    # each laptop gets the other's library entries back (the next publish after the other's landed)
    for name, local in laptops.items():
        publish(local, server, f"{name}@laptop")
        assert len(local.library()) == 60


def test_offline_keeps_the_copy_and_publishes_when_back(
    tmp_path: Path, server_url: str, facts: list[ProjectFacts], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STUDIO_WORKSPACE_TIMEOUT", "2")
    local = _local(tmp_path, "ana", facts[:3])
    local.add_library(_entry("评论区扣 1，送你小样", "ana"))
    with pytest.raises(WorkspaceError) as err:
        open_workspace(f"postgresql://ana@/team?host={tmp_path}")  # no server there
    assert err.value.code == "unreachable"
    assert len(local.projects()) == 3 and len(local.library()) == 1  # the laptop works on
    server = open_workspace(server_url)
    assert isinstance(server, SqlBackend)
    assert pending(local, server).count == 4
    done = publish(local, server, "ana@laptop")
    assert (done.heads, done.library) == (3, 1)


def test_retiring_travels_both_ways(tmp_path: Path, server_url: str, facts: list[ProjectFacts]) -> None:
    ana, bob = _local(tmp_path, "ana", []), _local(tmp_path, "bob", [])
    entry = _entry("千万别再乱买精华了", "ana")
    ana.add_library(entry)
    server = open_workspace(server_url)
    assert isinstance(server, SqlBackend)
    publish(ana, server, "ana@laptop")
    publish(bob, server, "bob@laptop")
    assert [e.text for e in bob.library()] == [entry.text]
    assert bob.retire(entry.entry_id, "bob", "过时了")
    publish(bob, server, "bob@laptop")
    publish(ana, server, "ana@laptop")
    assert ana.library() == [] and ana.library(include_retired=True)[0].retired_why == "过时了"
    assert server.library() == []


@pytest.mark.slow
def test_a_server_killed_mid_publish_loses_nothing(tmp_path: Path, facts: list[ProjectFacts]) -> None:
    """The server dies after the first batch: the publish fails with ``lost``, the laptop's copy is whole,
    and once the server is back the next publish sends the rest, nothing doubled."""
    local = _local(tmp_path, "ana", facts)
    with pg.pg_server() as own:
        url = own.create_database("team")
        server = open_workspace(url)
        assert isinstance(server, SqlBackend)
        batches: list[int] = []

        def progress(done: int, total: int) -> None:
            batches.append(done)
            if len(batches) == 1:
                own.kill()

        with pytest.raises(WorkspaceError) as err:
            publish(local, server, "ana@laptop", progress=progress, batch=4)
        assert err.value.code == "lost"
        server.close()
        assert len(local.projects()) == 12
        own.start()
        server = open_workspace(url)
        assert isinstance(server, SqlBackend)
        assert server._rows("SELECT count(*) FROM heads")[0][0] == 4  # the first batch was kept whole
        done = publish(local, server, "ana@laptop", batch=4)
        assert done.heads == 8
        assert len(server.projects()) == 12
        assert all(rows == distinct for rows, distinct in _counts(server).values())
        server.close()
