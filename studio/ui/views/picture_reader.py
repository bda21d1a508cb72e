"""The guide panel's reader of the words inside the shots' pictures (OCR), in a worker thread and a child process.

OCR takes about a second a picture, so it never runs in the GUI thread: after a check is shown the
panel asks for the pictures not read yet; their bytes are taken from the project file here (the
file's connection belongs to the GUI thread; a few pictures at a time) and handed by a daemon thread
to a child process that reads them (:mod:`studio.guide.text.picture_process`): the OCR engine never
loads in the window's process, and its ~240 MB go with the child when it has been idle a while.
The words are kept by frame hash (:mod:`studio.guide.text.picturetext`), and ``read`` tells the panel to
re-check, which redoes only the shots showing those pictures.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import threading
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

log = logging.getLogger(__name__)

#: Pictures whose bytes are taken at a time (bounded memory; the next batch follows).
BATCH = 4
#: Quiet time after a check before pictures are read: OCR is heavy, and a writer typing is busy.
IDLE_MS = 1500


#: How long the interpreter's exit waits for a reading thread once its child process is ended.
EXIT_WAIT_S = 20.0

#: The reading threads still running, with the event that stops each.
_LIVE: dict[threading.Thread, threading.Event] = {}
#: The child process that reads the pictures (studio.guide.text.picture_process.PictureProcess), made on
#: the first picture to read; shared by every reader of this process.
_process: Any = None
_process_lock = threading.Lock()


def _reading_process() -> Any:
    global _process
    with _process_lock:
        if _process is None:
            from studio.guide.text.picture_process import PictureProcess

            _process = PictureProcess()
        return _process


def _given(data: bytes | None) -> bytes | None:
    return data


def _finish_at_exit() -> None:
    """Stop every reading thread, end the child process (a picture in hand is dropped) and join the threads.

    The OCR engine (onnxruntime) keeps threads of its own in C++; when it ran in this process and the
    interpreter ended while a picture was read, their destruction called std::terminate and the app
    aborted on quit. It runs in the child now, and a thread waiting on it is joined before the end.
    """
    for stop in list(_LIVE.values()):
        stop.set()
    with _process_lock:
        process = _process
    if process is not None:
        process.close()
    for thread in list(_LIVE):
        thread.join(EXIT_WAIT_S)


atexit.register(_finish_at_exit)


class PictureReader(QObject):
    """Reads pictures' words in the background; emits ``read`` when some came in."""

    #: Words of some pictures are known now: re-check.
    read = Signal()
    #: (pictures read, pictures to read) while reading, from the worker thread (queued to the panel).
    progress = Signal(int, int)

    def __init__(self, doc: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self._busy = False
        #: Set when the reading must stop (the panel is gone, or the engine cannot load).
        self._stop = threading.Event()
        self.unavailable = ""
        self.destroyed.connect(lambda *_: self._stop.set())
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(IDLE_MS)
        self._timer.timeout.connect(self.start)

    def _tell(self, total: int, done: int) -> None:
        with contextlib.suppress(RuntimeError):  # the panel (and this reader) is gone
            self.progress.emit(done, total)

    @property
    def busy(self) -> bool:
        """Whether pictures are being read now."""
        return self._busy

    def stop(self) -> None:
        """Stop after the picture being read."""
        self._timer.stop()
        self._stop.set()

    def request(self) -> None:
        """Read the pictures not read yet once the guide has been quiet for a moment."""
        if not self._busy and not self._stop.is_set():
            self._timer.start()

    def start(self) -> None:
        """Start reading the pictures not read yet now (nothing when busy, stopped or all are read)."""
        self._timer.stop()
        if self._busy or self._stop.is_set():
            return
        from studio.guide.text import picturetext

        project = self.doc.project
        todo = picturetext.unread(shot.frame for s in project.scripts for _, _, shot in s.iter_shots())
        if not todo:
            return
        pf = self.doc.pf
        batch: list[tuple[str, bytes | None]] = []
        for digest in todo[:BATCH]:
            data = pf.frame_bytes(digest, "print") or pf.frame_bytes(digest, "original")
            batch.append((digest, data))
        self._busy = True
        self.progress.emit(0, len(todo))
        args = (batch, len(todo))
        thread = threading.Thread(target=self._work, args=args, name="studio-picture-words", daemon=True)
        _LIVE[thread] = self._stop
        thread.start()

    def _work(self, batch: list[tuple[str, bytes | None]], total: int) -> None:
        from studio.guide.text import picturetext
        from studio.guide.text.picture_process import ReaderGone
        from studio.media.ocr import OcrUnavailableError

        try:
            getters = [(d, partial(_given, data)) for d, data in batch]
            read = _reading_process().read
            picturetext.read_frames(getters, self._stop.is_set, partial(self._tell, total), read)
        except ReaderGone:  # the app is closing
            self._stop.set()
        except OcrUnavailableError as exc:  # no engine here: the check goes on without pictures
            log.warning("words in pictures are not read: %s", exc.detail)
            self.unavailable = exc.detail
            self._stop.set()
        except Exception:
            log.exception("reading the words in pictures failed")
            self._stop.set()
        finally:
            self._busy = False
            self._tell(total, total)
            if not self._stop.is_set():
                with contextlib.suppress(RuntimeError):  # the panel (and this reader) is gone
                    self.read.emit()
            _LIVE.pop(threading.current_thread(), None)
