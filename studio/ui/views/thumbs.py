"""Frame pictures for the views, decoded off the UI thread and cached."""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict

from PIL import Image
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap

from studio.media.decode import open_bounded
from studio.media.errors import ImageError
from studio.store.framereader import FrameReader
from studio.ui.document_controller import DocumentController

log = logging.getLogger(__name__)

#: Key of a cached picture: (frame hash, rendition kind, longest edge in pixels).
Key = tuple[str, str, int]


class _Bridge(QObject):
    """Carries decoded images from worker threads to the UI thread (queued signal)."""

    decoded = Signal(object, object)  # Key, QImage | None


def decode(data: bytes, edge: int = 0) -> QImage | None:
    """Decode image bytes to a QImage no larger than ``edge`` (0: full size); None when unreadable.

    Pillow does the work because it releases the GIL while decoding and scaling, so the UI
    thread keeps painting while workers decode; JPEG draft mode decodes at reduced size, and
    the memory bound of every decode (studio.media.decode) holds here too.
    """
    try:
        # Header first: a stored picture that would take too much memory is refused before decoding.
        rgb = open_bounded(data, "frame", edge).convert("RGB")
    except (ImageError, OSError, ValueError, MemoryError):
        return None
    if edge and max(rgb.size) > edge:
        rgb.thumbnail((edge, edge), Image.Resampling.BILINEAR)
    raw = rgb.tobytes()
    return QImage(raw, rgb.width, rgb.height, rgb.width * 3, QImage.Format.Format_RGB888).copy()


class _DecodeJob(QRunnable):
    """Drains the loader's queue with one private FrameReader, then closes it."""

    def __init__(self, loader: ThumbLoader, path: str) -> None:
        super().__init__()
        self._loader = loader
        self._path = path
        self._bridge = loader._bridge

    def run(self) -> None:
        reader = FrameReader(self._path)
        try:
            while True:
                key = self._loader._next_job()
                if key is None:
                    return
                digest, kind, edge = key
                data = reader.get(digest, kind)
                image = None if data is None else decode(data, edge)
                try:
                    self._bridge.decoded.emit(key, image)
                except RuntimeError:  # the view went away while we worked
                    return
        except Exception:  # a worker must never take the app down
            log.exception("thumbnail worker failed")
        finally:
            reader.close()
            self._loader._job_done()


class ThumbLoader(QObject):
    """Loads frame renditions in a thread pool; ``ready(hash)`` fires when one arrives.

    :meth:`pixmap` answers from the cache at once or returns None and queues the frame.
    The most recently requested frames are decoded first, so the visible cards win
    when a long board scrolls.
    """

    ready = Signal(str)

    def __init__(self, doc: DocumentController, capacity: int = 1500, workers: int = 2,
                 parent: QObject | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.doc = doc
        self._cache: OrderedDict[Key, QPixmap] = OrderedDict()
        self._missing: set[Key] = set()
        self._capacity = capacity
        self._queue: OrderedDict[Key, None] = OrderedDict()
        self._lock = threading.Lock()
        self._running = 0
        self._workers = workers
        self._kick_pending = False
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(workers)
        self._bridge = _Bridge()
        self._bridge.decoded.connect(self._on_decoded, Qt.ConnectionType.QueuedConnection)
        doc.reset.connect(self.clear)

    def pixmap(self, digest: str, kind: str = "thumb", edge: int = 0) -> QPixmap | None:
        """The cached picture, or None after queueing it for decoding."""
        key = (digest, kind, edge)
        found = self._cache.get(key)
        if found is not None:
            self._cache.move_to_end(key)
            return found
        if key in self._missing:
            return None
        with self._lock:
            self._queue[key] = None
            self._queue.move_to_end(key)
        if not self._kick_pending:
            # Start workers after the current paint, so they never compete with it for the GIL.
            self._kick_pending = True
            QTimer.singleShot(0, self._kick)
        return None

    def _kick(self) -> None:
        self._kick_pending = False
        starts = 0
        with self._lock:
            while self._queue and self._running < self._workers:
                self._running += 1
                starts += 1
        for _ in range(starts):
            self._pool.start(_DecodeJob(self, str(self.doc.pf.path)))

    def is_missing(self, digest: str, kind: str = "thumb", edge: int = 0) -> bool:
        """True when the file holds no usable picture for this frame."""
        return (digest, kind, edge) in self._missing

    def forget(self, digest: str) -> None:
        """Drop a frame from the cache and the missing list (its bytes just arrived)."""
        for key in [k for k in self._cache if k[0] == digest]:
            del self._cache[key]
        self._missing = {k for k in self._missing if k[0] != digest}

    def clear(self) -> None:
        """Forget everything (the document was replaced)."""
        self._cache.clear()
        self._missing.clear()

    def wait(self, msecs: int = 5000) -> bool:
        """Block until queued frames are decoded (tests, screenshots)."""
        if self._kick_pending:
            self._kick()
        return self._pool.waitForDone(msecs)

    def _next_job(self) -> Key | None:
        with self._lock:
            if not self._queue:
                return None
            key, _ = self._queue.popitem(last=True)
            return key

    def _job_done(self) -> None:
        with self._lock:
            self._running -= 1
            restart = bool(self._queue) and self._running < self._workers
            if restart:
                self._running += 1
        if restart:
            try:
                self._pool.start(_DecodeJob(self, str(self.doc.pf.path)))
            except RuntimeError:  # the loader was deleted with its view
                log.debug("thumbnail loader gone; dropping queued frames")

    def _on_decoded(self, key: Key, image: QImage | None) -> None:
        if image is None:
            self._missing.add(key)
            return
        self._cache[key] = QPixmap.fromImage(image)
        while len(self._cache) > self._capacity:
            self._cache.popitem(last=False)
        self.ready.emit(key[0])
