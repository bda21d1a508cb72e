"""Words inside the pictures: text read from the shots' frames, checked like the script's own text.

A price sticker or a badge reading 全网最低 in a frame is rejected like the same words in a caption.
The words are read by OCR (:mod:`studio.media.ocr`), which takes about a second a picture: callers
read them off the GUI thread (:func:`read_frames`) and the guide only looks them up here, by the
frame's content hash, so the same picture is read once per process whatever shot or project shows it.
A shot's check depends on what is known of its picture (see ``shotrules.shot_key``): when the words
come in, the checker is invalidated and re-checks only the shots showing that picture.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable

log = logging.getLogger(__name__)

#: Lines below this confidence are left out (textures and logos read as words).
MIN_SCORE = 0.6
#: Most characters kept of one picture's words (bounded work for a picture full of text).
MAX_CHARS = 2_000

_lock = threading.Lock()
#: Frame hash -> the words read in it, one line per text line ('' when it holds none).
_known: dict[str, str] = {}


def known(digest: str | None) -> str | None:
    """The words read in a frame, '' when it holds none, None when it has not been read yet."""
    if digest is None:
        return None
    return _known.get(digest)


def remember(digest: str, text: str) -> None:
    """Keep the words read in a frame."""
    with _lock:
        _known[digest] = text[:MAX_CHARS]


def forget() -> None:
    """Drop every picture's words (tests)."""
    with _lock:
        _known.clear()


def read_picture(data: bytes) -> str:
    """The words in an image's bytes, one line per text line (loads the OCR engine on first use).

    Raises ``studio.media.ocr.OcrUnavailableError`` when the engine cannot load, ValueError for
    bytes that are no image.
    """
    import io

    from PIL import Image, UnidentifiedImageError

    from studio.media.ocr import read_text

    try:
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            rgb = image.convert("RGB")
    except (UnidentifiedImageError, OSError) as exc:
        raise ValueError(f"not an image: {exc}") from exc
    return "\n".join(box.text for box in read_text(rgb, min_score=MIN_SCORE))[:MAX_CHARS]


def unread(digests: Iterable[str | None]) -> list[str]:
    """The frames among ``digests`` whose words are not known yet, each once, in order."""
    return [d for d in dict.fromkeys(digests) if d is not None and d not in _known]


def read_frames(
    frames: Iterable[tuple[str, Callable[[], bytes | None]]],
    cancelled: Callable[[], bool] = lambda: False,
    progress: Callable[[int], None] = lambda done: None,
    read: Callable[[bytes], str] | None = None,
) -> int:
    """Read the words of each (hash, bytes getter) not read yet; returns how many were read.

    Meant for a worker thread (the window, whose ``read`` is a child process's) or the command line. A picture that cannot be read is
    remembered as holding no words, so it is not tried again and again; an OCR engine that cannot
    load stops the reading (raised to the caller).
    """
    done = 0
    for digest, get in frames:
        if cancelled():
            break
        if digest in _known:
            continue
        data = get()
        text = ""
        if data:
            try:
                text = (read or read_picture)(data)
            except ValueError:
                log.warning("frame %s is not a readable image", digest[:12])
        remember(digest, text)
        done += 1
        progress(done)
    return done
