"""Steps the crash tests kill at random moments, run by a fork server (``python -m tests.store.crash_steps``).

The server imports Studio once and forks a child per round, so a round costs milliseconds
rather than an interpreter start. A child prints ``started <pid>``, then ``pending <token>``
before each step it tries and ``commit <token>`` once the step is on disk; the server prints
``reaped`` when the child is gone (killed or finished).
"""

from __future__ import annotations

import io
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path

from PIL import Image

from studio.models import ops
from studio.store import snapshots
from studio.store.document import ProjectFile


def _say(kind: str, token: object) -> None:
    sys.stdout.write(f"{kind} {json.dumps(token, ensure_ascii=True)}\n")
    sys.stdout.flush()


def make_snapshots(path: str, tag: str) -> None:
    """Save named versions one after another."""
    pf = ProjectFile.open(path)
    # Checkpoint every few snapshots, so kills land inside checkpoints as often as between them.
    pf.connection.execute("PRAGMA wal_autocheckpoint = 8")
    i = 0
    while True:
        i += 1
        name = f"{tag}-{i}"
        _say("pending", name)
        snapshots.create(pf, name)
        _say("commit", name)


def restore(path: str, first: str, second: str) -> None:
    """Restore two snapshots in turn; the token is the title the project then has."""
    pf = ProjectFile.open(path)
    pf.connection.execute("PRAGMA wal_autocheckpoint = 8")
    i = 0
    while True:
        i += 1
        snap = snapshots.find(pf, first if i % 2 else second)
        title = snapshots.load(pf, snap.id).title
        _say("pending", title)
        snapshots.restore(pf, snap.id)
        _say("commit", title)


def import_frames(path: str, tag: str) -> None:
    """Import new images and make each the first shot's frame; the token is the image's hash."""
    from studio.media.images import content_hash

    pf = ProjectFile.open(path)
    shot = next(pf.project.scripts[0].iter_shots())[2]
    seed = int(tag)
    i = 0
    while True:
        i += 1
        buf = io.BytesIO()
        Image.new("RGB", (48 + i % 16, 64), ((seed * 7) % 256, i % 256, (i * 13) % 256)).save(buf, "PNG")
        data = buf.getvalue()
        _say("pending", content_hash(data))
        with pf.batch():
            frame = pf.import_frame(data, f"frame{i}.png")
            ops.set_field(pf.project, shot, "frame", frame.hash)
        _say("commit", frame.hash)


def migrate(path: str) -> None:
    """Open an old file, which migrates it in place."""
    _say("pending", "migrated")
    pf = ProjectFile.open(path)
    _say("commit", "migrated")
    pf.close()


def save_as(path: str, folder: str, tag: str) -> None:
    """Edit, Save As a new file, edit there, and so on; tokens name the file and its title."""
    pf = ProjectFile.open(path)
    i = 0
    while True:
        i += 1
        title = f"{tag}-{i}"
        _say("pending", [str(pf.path), title])
        ops.set_field(pf.project, pf.project, "title", title)
        _say("commit", [str(pf.path), title])
        target = str(Path(folder) / f"copy-{tag}-{i}.studio")
        _say("pending", [target, title])
        pf.save_as(target)
        _say("commit", [target, title])


STEPS: dict[str, Callable[..., None]] = {
    "snapshots": make_snapshots,
    "restore": restore,
    "frames": import_frames,
    "migrate": migrate,
    "save_as": save_as,
}


def serve() -> None:
    """Read one JSON request a line; fork a child to run it; reap it on the next line, then report."""
    while line := sys.stdin.readline():
        request = json.loads(line)
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                _say("started", os.getpid())
                STEPS[request["step"]](*request["args"])
            except BaseException as exc:  # the parent test reports it
                _say("error", f"{type(exc).__name__}: {exc}")
                code = 1
            finally:
                sys.stdout.flush()
                os._exit(code)
        # Reap only when the test says so (after its kill): until then the pid cannot be reused.
        sys.stdin.readline()
        os.waitpid(pid, 0)
        _say("reaped", pid)


if __name__ == "__main__":
    serve()
