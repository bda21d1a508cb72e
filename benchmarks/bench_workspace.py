"""Benchmark: the team's workspace at scale, on the embedded database and on PostgreSQL.

What is timed, against floors measured in the same run:
- first index of a generated folder of N projects (default 10,000 .studio files) into the embedded
  database; floor: reading every file's bytes once (sha256), which any index must do;
- incremental re-index after 100 files changed; floor: a re-scan with nothing changed;
- search (p50/p95 over many queries, target p95 <= 100 ms); floor: a lookup by key on the same database;
- the pooled report (rows fetched + figures, target <= 1 s); floor: fetching the rows alone;
- on PostgreSQL: publishing the whole index to a fresh server, search and report there; then
  20 publishing clients (processes) at once for 2 minutes, each changing its own and shared projects
  and adding library entries between publishes: afterwards every revision and entry published is on the
  server exactly once (0 lost, 0 doubled);
- peak memory of this process (the indexer and the publisher) and of the clients.

The PostgreSQL server is a throwaway one (tests/pg_server.py), started and removed here.

    python benchmarks/bench_workspace.py [--projects 10000] [--clients 20] [--seconds 120] [--quick] [--no-pg]
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import multiprocessing
import os
import random
import resource
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

TARGET_SEARCH_P95_MS = 100.0
TARGET_REPORT_S = 1.0
QUERIES = ("精华", "防晒霜", "领券", "价格", "评论区", "直播间", "皮肤", "空气炸锅", "点击 链接", "serum",
           "glow", "第 12 条", "蓝牙耳机 降噪", "没有这个词", "zzzz")  # fmt: skip
TEMPLATES = 24


def peak_mb() -> float:
    """This process's peak resident memory so far, in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def load() -> str:
    """The load average, as the report prints it."""
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f}"


# --- the generated workspace -------------------------------------------------------------------------


def make_folder(folder: Path, count: int) -> list[Path]:
    """``count`` project files: a few real ones written by Studio, cloned with their own id, title, hook
    line and results (SQLite updates on a copy: writing 10,000 through the model would take an hour)."""
    from studio.store.document import write_new_file
    from tests.workspace.make_projects import generated

    templates = folder / "templates"
    templates.mkdir(parents=True)
    sources = []
    for i in range(min(TEMPLATES, count)):
        path = templates / f"t{i}.studio"
        write_new_file(path, generated(i))
        sources.append(path)
    paths = []
    for i in range(count):
        sub = folder / f"team{i % 20:02d}"
        sub.mkdir(exist_ok=True)
        path = sub / f"p{i:05d}.studio"
        shutil.copyfile(sources[i % len(sources)], path)
        _personalize(path, i)
        paths.append(path)
    shutil.rmtree(templates)
    return paths


def _personalize(path: Path, i: int, edit: int = 0) -> None:
    rnd = random.Random(i * 7919 + edit)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA synchronous = OFF")  # a benchmark's fixture, not a user's file
    try:
        suffix = f" 第 {i} 条" + (f" 改 {edit}" if edit else "")
        conn.execute("UPDATE project SET id = ?, title = title || ?", (f"bench{i:06d}", suffix))
        conn.execute(
            "UPDATE shot SET voiceover = voiceover || ? WHERE rowid = (SELECT min(rowid) FROM shot)",
            (f" 编号{i}",),
        )
        conn.execute(
            "UPDATE result SET plays = ?, impressions = ?",
            (rnd.randint(1000, 90000), rnd.randint(90000, 200000)),
        )
        conn.commit()
    finally:
        conn.close()


# --- timings -----------------------------------------------------------------------------------------


def read_floor(paths: list[Path]) -> float:
    """Seconds to read and hash every file once."""
    start = time.perf_counter()
    for p in paths:
        hashlib.sha256(p.read_bytes()).hexdigest()
    return time.perf_counter() - start


def timed(fn: Any) -> tuple[float, Any]:
    """(seconds, result) of one call."""
    start = time.perf_counter()
    out = fn()
    return time.perf_counter() - start, out


def percentiles(samples: list[float]) -> tuple[float, float]:
    """(median, p95) of samples."""
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def search_times(backend: Any, rounds: int) -> tuple[list[float], list[float], int]:
    """Milliseconds per search and per key lookup (the floor), and the hits of the last round."""
    from studio.workspace.tokens import query_terms

    backend.search(query_terms("预热"), limit=5)  # jieba loaded, caches warm
    ids = [r[0] for r in backend._rows("SELECT project_id FROM heads LIMIT 200")]
    searches, lookups, hits = [], [], 0
    for n in range(rounds):
        for q in QUERIES:
            t, found = timed(lambda q=q: backend.search(query_terms(q), limit=50))
            searches.append(t * 1000)
            hits += len(found) if n == rounds - 1 else 0
            pid = random.choice(ids)
            t, _ = timed(lambda pid=pid: backend.head(pid))
            lookups.append(t * 1000)
    return searches, lookups, hits


def report_times(backend: Any) -> tuple[float, float, int]:
    """Seconds for the pooled report (rows + figures) and for fetching the rows alone; the videos pooled."""
    from studio.workspace import report as rep

    fetch = min(timed(backend.result_facts)[0] for _ in range(3))
    runs = []
    for _ in range(3):
        t, _facts = timed(lambda: rep.figures(backend.result_facts(), "view_3s_rate"))
        runs.append(t)
    return statistics.median(runs), fetch, len(backend.result_facts())


def line(label: str, value: float, unit: str, floor: float | None = None, target: str = "") -> None:
    """One result: value, floor and ratio, and the target when there is one."""
    text = f"  {label:<44} {value:10.3f} {unit}"
    if floor is not None:
        text += f"   floor {floor:9.3f} {unit}   ratio {value / max(floor, 1e-9):7.2f}"
    if target:
        text += f"   ({target})"
    print(text, flush=True)


# --- concurrent publishing ---------------------------------------------------------------------------


def client(args: tuple[int, str, str, float, list[Any], int]) -> dict[str, Any]:
    """One laptop: its own index of 150 projects + 20 shared ones; changes, library entries and a publish,
    again and again until the time is up. Returns every revision and entry it saw published."""
    from studio.workspace.facts import LibraryEntry
    from studio.workspace.publish import open_sql, publish

    n, url, folder, seconds, base, shared = args
    rnd = random.Random(n)
    local = open_sql(f"sqlite:///{folder}/client{n}.sqlite3")
    server = open_sql(url)

    def facts_for(pid: str, k: int, rev: str) -> Any:
        f = base[k % len(base)]
        summary = dataclasses.replace(f.summary, project_id=pid, title=f"{pid} {rev}")
        return dataclasses.replace(f, summary=summary, revision=rev)

    own = [f"c{n:02d}-p{k:03d}" for k in range(150)]
    for k, pid in enumerate(own):
        local.put_project(facts_for(pid, k, "r0"), f"/laptop{n}/{pid}.studio", "local")
    for k in range(shared):
        local.put_project(facts_for(f"shared{k:02d}", k, "s0"), f"/share/shared{k:02d}.studio", "local")
    published: set[tuple[str, str]] = set()
    entries: set[str] = set()
    rounds, longest = 0, 0.0
    version = {pid: 0 for pid in own}
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        for pid in rnd.sample(own, 5):
            version[pid] += 1
            local.put_project(
                facts_for(pid, own.index(pid), f"r{version[pid]}"), f"/laptop{n}/{pid}.studio", "local"
            )
        # a shared project changed the same way on several laptops: the same revision published at once
        k = rnd.randrange(shared)
        rev = f"s{rounds // 3}"
        local.put_project(facts_for(f"shared{k:02d}", k, rev), f"/share/shared{k:02d}.studio", "local")
        for j in range(3):
            entry = LibraryEntry(uuid.uuid4().hex, "win_line", f"客户端 {n} 第 {rounds} 轮第 {j} 条好句子", author=f"c{n}",
                                 created=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()))  # fmt: skip
            local.add_library(entry)
            entries.add(entry.entry_id)
        heads = {(r[0], r[1]) for r in local._rows("SELECT project_id, revision FROM heads")}
        t, _ = timed(lambda: publish(local, server, f"client{n}@bench", batch=50))
        longest = max(longest, t)
        published |= heads
        rounds += 1
    local.close()
    server.close()
    return {
        "published": published,
        "entries": entries,
        "rounds": rounds,
        "longest": longest,
        "peak_mb": peak_mb(),
    }


def concurrent(pg_url: str, clients: int, seconds: float, folder: Path) -> None:
    """The publishing race and its audit."""
    from studio.workspace.extract import extract
    from studio.workspace.publish import open_sql
    from tests.workspace.make_projects import generated

    base = [extract(generated(i)) for i in range(8)]
    open_sql(pg_url).close()
    work = [(n, pg_url, str(folder), seconds, base, 20) for n in range(clients)]
    print(f"\n{clients} clients publishing for {seconds:.0f} s (load before: {load()}) ...", flush=True)
    start = time.perf_counter()
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(clients) as pool:
        results = pool.map(client, work)
    wall = time.perf_counter() - start
    expected = set().union(*(r["published"] for r in results))
    expected_entries = set().union(*(r["entries"] for r in results))
    server = open_sql(pg_url)
    have = {(r[0], r[1]) for r in server._rows("SELECT project_id, revision FROM projects")}
    lost = len(expected - have)
    extra = len(have - expected)
    doubled = 0
    for table, key in (("projects", "project_id, revision"), ("docs", "project_id, revision, n"),
                       ("calendar_items", "project_id, revision, n"), ("result_facts", "project_id, revision, variant_id"),
                       ("library", "entry_id")):  # fmt: skip
        rows, distinct = server._rows(f"SELECT count(*), count(DISTINCT ({key})) FROM {table}")[0]
        doubled += int(rows) - int(distinct)
    library_ids = {r[0] for r in server._rows("SELECT entry_id FROM library")}
    lost_entries = len(expected_entries - library_ids)
    doubled_entries = server._rows(
        "SELECT count(*) FROM (SELECT text FROM library GROUP BY text HAVING count(*) > 1) d"
    )[0][0]
    rounds = sum(r["rounds"] for r in results)
    server.close()
    print(f"  wall {wall:.1f} s, {rounds} publishes ({rounds / wall:.1f}/s), longest publish "
          f"{max(r['longest'] for r in results):.2f} s, client peak memory {max(r['peak_mb'] for r in results):.0f} MB")  # fmt: skip
    print(
        f"  revisions published {len(expected):,}, on the server {len(have):,}: lost {lost}, unexpected {extra}"
    )
    print(f"  library entries {len(expected_entries):,}: lost {lost_entries}, doubled {doubled_entries}")
    print(f"  rows doubled in any table: {doubled}")
    ok = lost == 0 and extra == 0 and doubled == 0 and lost_entries == 0 and doubled_entries == 0
    print(f"  {'OK: 0 lost, 0 doubled' if ok else 'FAILED'} (load after: {load()})", flush=True)


# --- main --------------------------------------------------------------------------------------------


def main() -> int:
    """Run every stage and print medians, floors and ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--projects", type=int, default=10_000)
    parser.add_argument("--changes", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=10, help="search rounds over the query list")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=120.0)
    parser.add_argument("--quick", action="store_true", help="1,000 projects, 20 s of publishing")
    parser.add_argument("--no-pg", action="store_true", help="the embedded database only")
    parser.add_argument("--keep", metavar="DIR", help="keep the generated folder here (reused when present)")
    args = parser.parse_args()
    if args.quick:
        args.projects, args.seconds = min(args.projects, 1000), min(args.seconds, 20.0)
    from studio.workspace.index import Indexer
    from studio.workspace.publish import open_sql, publish

    tmp = Path(tempfile.mkdtemp(prefix="bench-ws-"))
    try:
        folder = Path(args.keep) if args.keep else tmp / "projects"
        print(f"workspace benchmark: {args.projects:,} projects (load {load()})", flush=True)
        if folder.is_dir() and any(folder.iterdir()):
            paths = sorted(folder.rglob("*.studio"))
        else:
            t, paths = timed(lambda: make_folder(folder, args.projects))
            print(f"  generated in {t:.1f} s", flush=True)
        size = sum(p.stat().st_size for p in paths)
        print(f"  {len(paths):,} files, {size / 1e6:.0f} MB")
        floor = read_floor(paths)
        local = open_sql(f"sqlite:///{tmp}/local.sqlite3")
        local.add_folder(str(folder))
        first, report = timed(lambda: Indexer(local).scan())
        print("\nembedded database (SQLite):")
        line("first index", first, "s", floor)
        print(
            f"    {first / len(paths) * 1000:.1f} ms a project; {len(report.added):,} added, {len(report.problems)} problems; peak {peak_mb():.0f} MB"
        )
        rescan, _ = timed(lambda: Indexer(local).scan())
        changed = random.Random(1).sample(range(len(paths)), min(args.changes, len(paths)))
        for i in changed:
            _personalize(paths[i], int(paths[i].stem[1:]), edit=1)
        incremental, rep2 = timed(lambda: Indexer(local).scan())
        line(f"re-index after {len(changed)} changes", incremental, "s", rescan)
        print(f"    {len(rep2.changed)} changed, {rep2.unchanged:,} unchanged")
        searches, lookups, _hits = search_times(local, args.rounds)
        p50, p95 = percentiles(searches)
        f50, f95 = percentiles(lookups)
        line("search p50", p50, "ms", f50)
        line("search p95", p95, "ms", f95, f"target <= {TARGET_SEARCH_P95_MS:.0f} ms")
        rep_s, fetch_s, videos = report_times(local)
        line(f"pooled report ({videos:,} videos)", rep_s, "s", fetch_s, f"target <= {TARGET_REPORT_S:.0f} s")
        print(f"  peak memory so far {peak_mb():.0f} MB (load {load()})", flush=True)
        if not args.no_pg:
            from tests import pg_server as pg

            reason = pg.unavailable_reason()
            if reason:
                print(f"\nPostgreSQL skipped: {reason}")
                return 0
            with pg.pg_server() as server_proc:
                url = server_proc.create_database("bench")
                server = open_sql(url)
                t, done = timed(lambda: publish(local, server, "bench@laptop", batch=200))
                print("\nPostgreSQL (a throwaway server on this machine):")
                line(f"publish {done.heads:,} projects", t, "s", first, "floor: the first index")
                again, _ = timed(lambda: publish(local, server, "bench@laptop"))
                line("publish again (nothing new)", again, "s")
                searches, lookups, _ = search_times(server, args.rounds)
                p50, p95 = percentiles(searches)
                f50, f95 = percentiles(lookups)
                line("search p50", p50, "ms", f50)
                line("search p95", p95, "ms", f95, f"target <= {TARGET_SEARCH_P95_MS:.0f} ms")
                rep_s, fetch_s, videos = report_times(server)
                line(
                    f"pooled report ({videos:,} videos)",
                    rep_s,
                    "s",
                    fetch_s,
                    f"target <= {TARGET_REPORT_S:.0f} s",
                )
                server.close()
                local.close()
                if args.clients > 0:
                    url = server_proc.create_database("race")
                    concurrent(url, args.clients, args.seconds, tmp)
        print(f"\npeak memory of this process {peak_mb():.0f} MB; load {load()}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
