"""Reading the words in pictures (OCR) in a child process of its own, for the window.

The OCR stack (OpenCV, onnxruntime, the models and their buffers) holds about 240 MB once a picture
has been read, and its pre- and post-processing runs Python that holds the GIL. In the window's
process that memory stayed for the rest of the session (a 1,000-shot project with every tab shown
went from ~200 MB to over 430 MB) and the reading slowed scrolling and typing. In a child it is the
child's: given back whole when the child ends, which it does once it has had nothing to read for
``IDLE_EXIT_S`` (the next picture starts a new one) or when the window's process ends (its pipe
closes). The child is started with ``spawn``, as exports are (forking a process that runs Qt's
threads is unsafe), at a lower priority than the window.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
from multiprocessing.connection import Connection
from typing import Any

log = logging.getLogger(__name__)

#: Seconds a child waits for the next picture before it ends and gives its memory back.
IDLE_EXIT_S = 30.0
#: How much lower the child runs than the window (os.nice; POSIX).
NICENESS = 10


class ReaderGone(Exception):
    """The child was stopped (the window is closing): the picture was not read."""


def serve(conn: Connection, idle_s: float = IDLE_EXIT_S) -> None:
    """The child's loop: read each picture's bytes sent and answer (kind, words or detail).

    ``kind`` is "text" (the words), "bad" (no image), "unavailable" (no OCR engine here) or "failed".
    Ends after ``idle_s`` without a picture, or when the parent's end of the pipe closes.
    """
    if hasattr(os, "nice"):
        with contextlib.suppress(OSError):
            os.nice(NICENESS)
    from studio.guide.text.picturetext import read_picture
    from studio.media.ocr import OcrUnavailableError

    while True:
        try:
            if not conn.poll(idle_s):
                return
            data = conn.recv_bytes()
        except (EOFError, OSError):
            return
        try:
            reply: tuple[str, str] = ("text", read_picture(data))
        except ValueError as exc:
            reply = ("bad", str(exc))
        except OcrUnavailableError as exc:
            reply = ("unavailable", exc.detail)
        except Exception as exc:  # the parent logs it; the child goes on with the next picture
            reply = ("failed", f"{type(exc).__name__}: {exc}")
        try:
            conn.send(reply)
        except (EOFError, OSError):
            return


class PictureProcess:
    """The parent's side: one child at a time, started on the first picture and again after it ended."""

    def __init__(self, idle_s: float = IDLE_EXIT_S) -> None:
        self.idle_s = idle_s
        self._lock = threading.Lock()  # one picture in the pipe at a time
        self._process: Any = None
        self._conn: Connection | None = None
        self._closed = False

    @property
    def pid(self) -> int | None:
        """The running child's process id (None when there is none)."""
        process = self._process
        return process.pid if process is not None and process.is_alive() else None

    def read(self, data: bytes) -> str:
        """The words in the picture ``data``, read in the child.

        Raises ValueError for bytes that are no image, ``OcrUnavailableError`` when the child has no
        engine, RuntimeError when reading failed otherwise, :class:`ReaderGone` once :meth:`close` was called.
        """
        from studio.media.ocr import OcrUnavailableError

        with self._lock:
            for _attempt in range(2):  # a child that has just ended for idleness is replaced once
                conn = self._running()
                try:
                    conn.send_bytes(data)
                    kind, detail = conn.recv()
                except (EOFError, OSError):
                    self._forget()
                    continue
                if kind == "text":
                    return str(detail)
                if kind == "bad":
                    raise ValueError(detail)
                if kind == "unavailable":
                    raise OcrUnavailableError(detail)
                raise RuntimeError(detail)
            if self._closed:
                raise ReaderGone
            raise OcrUnavailableError("the picture reader's process ended while reading")

    def _running(self) -> Connection:
        if self._closed:
            raise ReaderGone
        if self._conn is not None and self._process is not None and self._process.is_alive():
            return self._conn
        self._forget()
        import multiprocessing

        ctx = multiprocessing.get_context("spawn")
        parent, child = ctx.Pipe()
        process = ctx.Process(
            target=serve, args=(child, self.idle_s), name="studio-picture-words", daemon=True
        )
        process.start()
        child.close()  # the parent keeps its end only: the child's death ends a wait on it
        self._process, self._conn = process, parent
        return parent

    def _forget(self) -> None:
        conn, process = self._conn, self._process
        self._conn = self._process = None
        if conn is not None:
            conn.close()
        if process is not None:
            process.join(5)
            if process.is_alive():
                process.kill()
                process.join(5)

    def close(self) -> None:
        """End the child now (a picture in hand is dropped); reads after this raise :class:`ReaderGone`."""
        self._closed = True
        process = self._process
        if process is not None and process.is_alive():
            process.kill()  # wakes the thread waiting on the pipe with EOFError
        with self._lock:
            self._forget()
