"""SIGKILL at random moments of the store's longer operations: every file still opens whole.

Each test runs 100 rounds through a fork server (tests/store/crash_steps.py), so a round
costs a fork rather than an interpreter start. After each kill the file is checked with
SQLite's full integrity check, opened the way Studio opens it (which recovers the log) and
must hold the last step the child reported as committed.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from studio.samples import sample_project
from studio.store import snapshots
from studio.store.document import ProjectFile, write_new_file
from studio.store.safeopen import inspect
from studio.store.schema import SCHEMA_VERSION
from tests.store.crashkit import Killer, integrity

ROUNDS = 100
DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture(scope="module")
def killer() -> Iterator[Killer]:
    server = Killer()
    yield server
    server.close()


@pytest.fixture
def small_project(tmp_path: Path) -> Path:
    """The sample with small frames: the same structure, so rounds stay short."""
    path = tmp_path / "crash.studio"
    write_new_file(path, *sample_project("zh", frame_edge=64))
    return path


def _opens_whole(path: Path) -> None:
    """Studio's safe open accepts the file (recovering what the kill left), and SQLite agrees."""
    assert inspect(path) == SCHEMA_VERSION
    assert integrity(path) == "ok"


def test_kill_during_snapshot_creation(killer: Killer, small_project: Path) -> None:
    rng = random.Random(9001)
    kept: list[str] = []
    for round_no in range(ROUNDS):
        result = killer.round("snapshots", [str(small_project), f"r{round_no}"], rng.uniform(0.0, 0.12))
        assert not result.error, result.error
        _opens_whole(small_project)
        with ProjectFile.open(small_project) as pf:
            names = [s.name for s in snapshots.list_snapshots(pf)]
        kept.extend(result.commits)
        allowed = [*kept, result.pending] if result.pending else kept
        assert names[: len(kept)] == kept, f"round {round_no}: a committed snapshot is missing"
        assert names in (kept, allowed), f"round {round_no}: unexpected snapshots {names[len(kept) :]}"
        kept = names
