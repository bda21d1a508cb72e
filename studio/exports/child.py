"""Packs and exports in a child process of their own, from a snapshot of the project (no Qt here).

A pack's C work (Pillow's PNG encoder, zlib, lxml, the fonts of a PDF) holds the GIL for hundreds of
milliseconds at a time: in a thread of the window's process that froze the window however little the
window itself did. In a process of its own it cannot. The child is started with the ``spawn`` method
on every system (forking a process that runs Qt's threads is unsafe), so what it runs is named by
module and gets everything it needs as arguments:

- a snapshot of the project, pickled at the moment the user pressed OK (2 ms at 1,000 shots, 12-16 ms
  at 5,000): edits made in the window meanwhile cannot change what is written, and need not wait;
- the project file's path, from which it reads frame bytes (read-only: frames are stored by content
  hash and never rewritten, so a snapshot's hashes find the same pictures).

The child is not daemonic, so a pack in it writes its variants' documents in worker processes on every
core as ``studio pack`` does; it leads a process group of its own with them (POSIX), so Cancel kills the
child and its workers at once before their parts are removed. Children still running when the window's
process exits are killed first, not waited for.

It reports through a one-way pipe: progress (at most ten times a second), each part file or folder it
makes before writing into it (so a parent that kills it can remove them: see :func:`remove_parts`),
then its result or its error. :class:`ChildRun` is the parent's side: the window's thread takes the
snapshot and reads the pipe; a thread of the run's own starts the child, feeds it and reaps it.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import multiprocessing
import multiprocessing.connection
import multiprocessing.util  # its exit handler first, so that ours runs before it
import os
import pickle
import shutil
import signal
import threading
import time
import weakref
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from studio import fileio
from studio.exports.carry import carried as _carried
from studio.exports.carry import rebuilt
from studio.exports.common import Media, Progress
from studio.models.entities import Project, Script, Variant

log = logging.getLogger(__name__)

#: The least time between two progress messages (the last one always goes).
PROGRESS_EVERY_S = 0.1

#: What the child runs: ``work(project, media, *args, progress=..., **kwargs)``, a module-level function.
Work = Callable[..., Any]


def snapshot(project: Project | None) -> bytes:
    """The project as it is now, pickled without its listeners (the window's, which stay behind)."""
    if project is None:  # work from a file alone (an import)
        return pickle.dumps(None)
    listeners, project.listeners = project.listeners, []
    try:
        return pickle.dumps(project, protocol=pickle.HIGHEST_PROTOCOL)
    finally:
        project.listeners = listeners


def _script_and_variants(
    project: Project, script_id: str, variant_ids: list[str]
) -> tuple[Script, list[Variant]]:
    script = next(s for s in project.scripts if s.id == script_id)
    by_id = {v.id: v for v in script.variants}
    return script, [by_id[v] for v in variant_ids]


def pack_job(project: Project, media: Media | None, script_id: str, variant_ids: list[str], out: Path, *,
             progress: Progress | None = None, **options: Any) -> list[Any]:  # fmt: skip
    """The child's pack: :func:`studio.exports.pack.pack_variants` on the snapshot's variants."""
    from studio.exports.pack import pack_variants

    script, variants = _script_and_variants(project, script_id, variant_ids)
    return pack_variants(project, script, variants, media, out, progress=progress, **options)


def export_job(project: Project, media: Media | None, fmt_name: str, script_id: str, variant_ids: list[str],
               path: Path, lang: str, *, progress: Progress | None = None,
               **options: Any) -> tuple[list[Path], list[Any]]:  # fmt: skip
    """The child's export of one planned file: every file written, and the animatic's notes (if asked)."""
    from studio.exports.formats import find

    script, variants = _script_and_variants(project, script_id, variant_ids)
    fmt = find(fmt_name)
    notes: list[Any] = []
    if "notes" in options:
        options["notes"] = notes
    from studio.exports.formats import make_folders

    make_folders([path])
    return fmt.write(project, script, variants, media, path, lang, progress, **options), notes


def print_job(project: Project, media: Media | None, script_id: str, variant_ids: list[str], path: Path, lang: str,
              *, progress: Progress | None = None, **options: Any) -> Path:  # fmt: skip
    """The child's pages for the window's print preview: the PDF export of the snapshot's variants, with the
    preview's choices (paper, layout, the shots a filtered list shows, with or without storyboards)."""
    from studio.exports.pdf_export import export_pdf

    script, variants = _script_and_variants(project, script_id, variant_ids)
    export_pdf(project, script, variants, media, path, lang, progress, **options)
    return Path(path)


def export_files(project: Project, media: Media | None, fmt_name: str, script_id: str,
                 planned: list[tuple[Path, list[str]]], lang: str, *, progress: Progress | None = None,
                 **options: Any) -> tuple[list[Path], list[Any]]:  # fmt: skip
    """The child's export of every planned file (path, variant ids) in turn, one progress over them all:
    every file written, and the animatic's notes (if asked)."""
    written: list[Path] = []
    notes: list[Any] = []
    count = len(planned)
    for i, (path, variant_ids) in enumerate(planned):

        def step(done: int, total: int, i: int = i) -> None:
            if progress is not None and total > 0:
                progress(i * 1000 + done * 1000 // total, count * 1000)

        files, said = export_job(project, media, fmt_name, script_id, variant_ids, path, lang, progress=step,
                                 **options)  # fmt: skip
        written.extend(files)
        notes.extend(said)
    return written, notes


def workbook_preview_job(project: None, media: None, source: str, *,
                         progress: Progress | None = None) -> Any:  # fmt: skip
    """The child's reading of an Excel shot script for the import's column check (an xlsx_import.Preview)."""
    from studio.imports.xlsx_import import preview_xlsx

    if progress is not None:
        progress(0, 1)
    return preview_xlsx(source)


def workbook_import_job(project: None, media: None, source: str, target: str, choices: dict[int, str | None],
                        *, progress: Progress | None = None) -> Any:  # fmt: skip
    """The child's import of an Excel shot script as the new project file ``target`` (its ImportReport).

    In a thread of the window's process, reading 2,000 rows with openpyxl set off a full garbage collection
    there that held the GIL 1.6 s (0.3 s of CPU, 232,475 objects freed) while the window, idle, waited."""
    from studio.imports.xlsx_import import read_xlsx
    from studio.store.document import write_new_file

    if progress is not None:
        progress(0, 2)
    imported, blobs, report = read_xlsx(source, None, choices)
    if progress is not None:
        progress(1, 2)
    write_new_file(Path(target), imported, blobs)
    return report


# --- the child's side ------------------------------------------------------------------------------


def child_main(conn: Connection, snapshot_conn: Connection, work: Work, project_path: str,
               args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:  # fmt: skip
    """Run ``work`` on the snapshot read from ``snapshot_conn`` in this (child) process, reporting through
    ``conn``."""
    logging.basicConfig(level=logging.INFO if os.environ.get("STUDIO_DEBUG") else logging.WARNING)
    _own_process_group()
    _yield_to_the_window()
    from studio.store.framereader import FrameReader

    reader = FrameReader(project_path) if project_path else None  # none for work from a file (an import)
    last = [0.0]

    def progress(done: int, total: int) -> None:
        now = time.monotonic()
        if done >= total or now - last[0] >= PROGRESS_EVERY_S:
            last[0] = now
            conn.send(("progress", int(done), int(total)))

    fileio.part_listeners.append(lambda path: conn.send(("part", str(path))))
    try:
        data = snapshot_conn.recv_bytes()
        snapshot_conn.close()
        project = pickle.loads(data)
        result = work(project, reader.get if reader else None, *args, progress=progress, **kwargs)
    except BaseException as exc:
        log.info("work in the child failed: %r", exc)
        conn.send(("error", *_carried(exc)))
    else:
        conn.send(("done", result))
    finally:
        if reader is not None:
            reader.close()
        conn.close()


def _own_process_group() -> None:
    """Lead a process group of its own, which the worker processes a pack starts join, so that one kill from
    the parent ends them all at once (POSIX). Multiprocessing's resource tracker is started first and stays
    in the window's group: it outlives the kill and removes the semaphores the pack's pool had named."""
    if not hasattr(os, "setpgrp"):
        return  # Windows: a pack's workers watch this process and end with it (studio.exports.pack)
    from multiprocessing import resource_tracker

    resource_tracker.ensure_running()
    os.setpgrp()


#: How much lower than the window's the scheduling priority of background work is (POSIX niceness).
BACKGROUND_NICENESS = 10


def _yield_to_the_window() -> None:
    """Run at a lower priority than the window, and so do the worker processes a pack starts (they inherit
    it): on a 2-core laptop a pack on every core otherwise makes the window wait for a core, its event loop
    blocked with next to no work of its own. The work still takes every core the window leaves idle."""
    if hasattr(os, "nice"):
        with contextlib.suppress(OSError):
            os.nice(BACKGROUND_NICENESS)


# --- the parent's side -----------------------------------------------------------------------------


class ChildDied(Exception):
    """The child ended without a word (killed by the system, out of memory)."""

    def __init__(self, exitcode: int | None) -> None:
        super().__init__(f"the export process ended unexpectedly (exit code {exitcode})")
        self.exitcode = exitcode


@dataclass(eq=False)  # one run is itself only (kept in a weak set)
class ChildRun:
    """One child process running a piece of work; poll it for messages, or kill it and clean up.

    The window's thread only takes the snapshot (:meth:`start`) and reads the pipe (:meth:`messages`): the
    child is started, fed its snapshot and reaped by a thread of its own (:meth:`_launch`). Starting it
    there used to freeze the window at the first export of a 5,000-shot project: the start waits for
    the new interpreter's exec (vfork) and hands the snapshot to a feeding thread, and whenever the
    window's thread lets go of the GIL so, any other thread of the window running Python (the guide's
    check, the dictionary's load) takes it, and on a busy machine the window waits for that thread's turn
    on a core too (88-823 ms of wall time with 15-86 ms of the window's CPU).
    """

    work: Work
    #: None for work from a file alone (an import): no snapshot, no frames.
    project: Project | None
    project_path: Path | None
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)
    #: The part files and folders the child said it made, in order.
    parts: list[Path] = field(default_factory=list)
    #: The child process once its thread has started it (None before, or if it could not be started).
    process: Any = None
    _conn: Connection | None = None
    #: Why the child could not be started (told by :meth:`messages` as the run's error).
    _start_error: BaseException | None = None
    _killed: bool = False
    #: Held while the child is being started, and by whoever kills it meanwhile.
    _lock: threading.Lock = field(default_factory=threading.Lock)
    #: One reaping at a time: two threads waiting for the same child, one of them would miss its exit code.
    _reap: threading.Lock = field(default_factory=threading.Lock)
    _launcher: threading.Thread | None = None

    def start(self) -> None:
        """Snapshot the project now and have a thread start the child (spawned: safe beside Qt's threads, and
        on every system), feed it the snapshot and reap it when it exits; returns at once."""
        data = snapshot(self.project)
        ctx = multiprocessing.get_context("spawn")
        receive, send = ctx.Pipe(duplex=False)
        self._conn = receive
        _running.add(self)
        self._launcher = threading.Thread(
            target=self._launch, args=(ctx, send, data), name="studio-export-start", daemon=True
        )
        self._launcher.start()

    def _launch(self, ctx: Any, send: Connection, data: bytes) -> None:
        """Start the child, feed it the snapshot, and reap it once it exits (in the run's own thread)."""
        snapshot_in, snapshot_out = ctx.Pipe(duplex=False)
        process = ctx.Process(
            target=child_main,
            args=(send, snapshot_in, self.work, str(self.project_path or ""), self.args, self.kwargs),
            name="studio-export",
            # Not daemonic: a daemonic process may not start processes, and a pack writes its variants'
            # documents in worker processes on every core, as ``studio pack`` does. Killed on Cancel and
            # when the window closes (and at exit, before multiprocessing would wait for it: _kill_at_exit).
            daemon=False,
        )
        try:
            with self._lock:
                if not self._killed:
                    try:
                        process.start()
                    except BaseException as exc:  # no process, too many open files...: told by messages()
                        log.warning("cannot start the export process: %r", exc)
                        self._start_error = exc
                    else:
                        self.process = process
        finally:
            send.close()  # the child holds the only writing end now: its exit (or none) ends the pipe
            snapshot_in.close()
        if self.process is None:
            snapshot_out.close()
            return
        # The snapshot (a megabyte at 5,000 shots) goes through a pipe of its own: a pipe holds 64 KB, and
        # the writer waits until the child, still starting Python, reads the rest.
        _feed(snapshot_out, data)
        multiprocessing.connection.wait([process.sentinel])
        with self._reap:
            process.join()

    def messages(self) -> Iterator[tuple[Any, ...]]:
        """The messages waiting now (never blocks): ('progress', done, total), ('done', result),
        ('error', exc); then ('error', ChildDied) once if the child ended without its last word (or the
        error that kept it from starting)."""
        conn = self._conn
        if conn is None:
            return
        while True:
            try:
                if not conn.poll():
                    return
                message = conn.recv()
            except (EOFError, OSError):
                self._conn = None
                _running.discard(self)
                conn.close()
                yield ("error", self._start_error or ChildDied(self._exitcode()))
                return
            kind = message[0]
            if kind == "part":
                self.parts.append(Path(message[1]))
            elif kind == "error":
                self.close()
                yield ("error", rebuilt(*message[1:]))
                return
            elif kind == "done":
                self.close()
                yield message
                return
            else:
                yield message

    def _exitcode(self) -> int | None:
        """The exit code of a child whose pipe closed as it died (reaped here if its thread has not yet)."""
        if self.process is None:
            return None
        with self._reap:
            self.process.join()
        return int(self.process.exitcode) if self.process.exitcode is not None else None

    def close(self) -> None:
        """Stop listening (the child has said its last word); its thread reaps it as it exits."""
        conn, self._conn = self._conn, None
        if conn is not None:
            conn.close()
        _running.discard(self)

    @property
    def running(self) -> bool:
        """True from start until the child's last word was read or it was killed."""
        return self in _running

    def kill(self) -> None:
        """Kill the child and the workers it started at once, then remove what they left half-made (call off
        the window's thread)."""
        conn, self._conn = self._conn, None
        _running.discard(self)
        with self._lock:  # a child being started is started first, then killed
            self._killed = True
            process = self.process
        if process is not None:
            _kill_group(process, self._reap)
        if conn is not None:
            # Parts it named before it died, not yet read.
            with contextlib.suppress(EOFError, OSError):
                while conn.poll():
                    message = conn.recv()
                    if message[0] == "part":
                        self.parts.append(Path(message[1]))
            conn.close()
        remove_parts(self.parts)


#: Children started and not yet ended or killed: killed at exit (see :func:`_kill_at_exit`).
_running: weakref.WeakSet[ChildRun] = weakref.WeakSet()

#: How long a kill waits for a pack's worker processes to be gone before removing the parts.
WORKERS_GONE_S = 2.0


def _kill_group(process: Any, reap: threading.Lock) -> None:
    """Kill ``process`` and its process group (its workers), and wait until they are gone (``reap``: held
    while reaping it, which its run's thread may be doing too)."""
    pid = process.pid
    group = hasattr(os, "killpg") and pid is not None
    if group:
        with contextlib.suppress(OSError):  # no such group yet: killed before it made one (or had workers)
            os.killpg(pid, signal.SIGKILL)
    process.kill()
    with reap:
        process.join()
    if not group:
        time.sleep(0.3)  # a worker notices its parent's end within 0.1 s (studio.exports.pack)
        return
    deadline = time.monotonic() + WORKERS_GONE_S
    while time.monotonic() < deadline:
        try:
            os.killpg(pid, 0)
        except OSError:
            return  # nobody left in the group
        time.sleep(0.01)  # killed workers not yet reaped by the system


@atexit.register
def _kill_at_exit() -> None:
    """Kill children still running when the window's process exits (registered after multiprocessing's own
    exit handler, so it runs first: that one would wait for a non-daemonic child to finish its pack)."""
    for run in list(_running):
        with contextlib.suppress(Exception):
            run.kill()


def _feed(conn: Connection, data: bytes) -> None:
    """Send the snapshot to the child (from a thread of the parent); a child killed first ends it."""
    try:
        conn.send_bytes(data)
    except OSError:
        log.info("the export process ended before it read its snapshot")
    finally:
        conn.close()


def remove_parts(parts: Iterable[Path]) -> None:
    """Remove a killed child's parts; an older pack it had moved aside goes back to its name.

    A part renamed into place is no part any more (its name is gone); a ``.old`` folder is the previous
    output moved aside just before the new one took its name: if the kill came between the two renames,
    it goes back.
    """
    for path in reversed(list(parts)):
        if not os.path.lexists(path):
            continue
        if path.name.endswith(".old"):
            # ".<final>.<8 random>.old"
            final = path.with_name(path.name[1 : -len(".old")].rsplit(".", 1)[0])
            if not final.exists():
                with contextlib.suppress(OSError):
                    os.replace(path, final)
                    log.info("restored %s after a cancelled run", final)
                    continue
        try:
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
            else:
                path.unlink()
            log.info("removed %s, left by a cancelled run", path)
        except OSError as exc:
            log.warning("could not remove %s: %s", path, exc)
