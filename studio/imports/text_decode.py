"""Reading and decoding the files people import (creators lists, ad reports, word lists) the ways they are saved."""

from __future__ import annotations

import codecs
import csv
import io
import os
import stat
from collections.abc import Callable
from pathlib import Path

_CHUNK = 1 << 20


def read_bounded(path: Path, max_bytes: int, error: Callable[..., Exception]) -> bytes:
    """A file's bytes, never more than ``max_bytes`` read, whatever the file says its size is.

    A regular file larger than the limit is refused before reading; a source of unknown size (a pipe,
    /dev/zero, a file still growing) is read up to one byte past the limit and refused there.
    ``error(reason, path, **facts)`` makes the import's own error: too_large (with limit_mb), unreadable
    (with the OS's detail) or not_a_file (a folder, or a FIFO nothing writes to).
    """
    name = str(path)
    too_large = error("too_large", name, limit_mb=max_bytes // (1024 * 1024))
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise error("unreadable", name, detail=os.strerror(21))  # EISDIR, in the OS's words
        if stat.S_ISREG(info.st_mode) and info.st_size > max_bytes:
            raise too_large
        # Non-blocking open: a FIFO with no writer would otherwise wait for ever.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with io.FileIO(fd, "rb", closefd=True) as fh:
            if not stat.S_ISREG(info.st_mode):
                os.set_blocking(fd, True)  # a writer is there or not; reads now wait for its data
            out = bytearray()
            while len(out) <= max_bytes:
                chunk = fh.read(min(_CHUNK, max_bytes + 1 - len(out)))
                if not chunk:
                    return bytes(out)
                out += chunk
        raise too_large
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


def sniff_dialect(sample: str) -> type[csv.Dialect] | csv.Dialect:
    """The CSV dialect of ``sample`` (comma, semicolon or tab separated); Excel's when it cannot tell."""
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        return csv.excel
