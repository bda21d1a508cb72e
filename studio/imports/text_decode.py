"""Reading and decoding the files people import (creators lists, ad reports, word lists) the ways they are saved."""

from __future__ import annotations

import codecs
from collections.abc import Callable
from pathlib import Path


def read_bounded(path: Path, max_bytes: int, error: Callable[..., Exception]) -> bytes:
    """A file's bytes, refused before reading when it is larger than ``max_bytes``.

    ``error(reason, path, **facts)`` makes the import's own error: too_large (with limit_mb) or unreadable
    (with the OS's detail).
    """
    name = str(path)
    try:
        if path.stat().st_size > max_bytes:
            raise error("too_large", name, limit_mb=max_bytes // (1024 * 1024))
        return path.read_bytes()
    except OSError as exc:
        raise error("unreadable", name, detail=exc.strerror or str(exc)) from None


def decode_text(data: bytes) -> str | None:
    """The text of a CSV or text file: UTF-16 with its byte order mark (Excel's "Unicode Text", many
    platforms' exports), UTF-8 with or without one, or GB18030 (Excel and Notepad on a Chinese Windows);
    None when it is not text (zero bytes without a UTF-16 mark, or no encoding fits)."""
    if data[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            return None
    if b"\x00" in data[:8192]:
        return None
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None
