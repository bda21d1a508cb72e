"""Reading SQLite's write-ahead log from outside SQLite: which pages its committed frames hold.

A crash while SQLite copies the log into the main file (a checkpoint) can leave a main file
whose header already counts pages that are still only in the ``-wal`` file. The safe-open
check uses this module to tell that state, which SQLite recovers, from a file cut short.
The format is SQLite's "WAL file format" (https://www.sqlite.org/fileformat2.html#walformat).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from pathlib import Path

WAL_HEADER = 32
FRAME_HEADER = 24
_MAGIC = (0x377F0682, 0x377F0683)
_MASK = 0xFFFFFFFF


@dataclass
class WalPages:
    """Pages the log's committed frames hold, and the database size its last commit declares."""

    pages: set[int] = field(default_factory=set)
    #: Size of the database in pages after the last committed transaction; 0 when none.
    db_pages: int = 0


def wal_path(path: Path) -> Path:
    """Where SQLite keeps the write-ahead log of a database file."""
    return path.with_name(path.name + "-wal")


def _checksum(data: bytes, big_endian: bool, s0: int, s1: int) -> tuple[int, int]:
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & _MASK
        s1 = (s1 + words[i + 1] + s0) & _MASK
    return s0, s1


def committed_pages(path: Path, page_size: int) -> WalPages:
    """The pages of ``path``'s log that belong to committed transactions (none when there is no log).

    A frame counts only when its salts match the log header and its running checksum holds, as
    SQLite itself decides during recovery; frames after the last valid commit are ignored.
    """
    found = WalPages()
    try:
        fh = wal_path(path).open("rb")
    except OSError:
        return found
    with fh:
        header = fh.read(WAL_HEADER)
        if len(header) < WAL_HEADER:
            return found
        magic, _version, wal_page_size, _seq, salt1, salt2, c0, c1 = struct.unpack(">8I", header)
        if magic not in _MAGIC or wal_page_size != page_size:
            return found
        big_endian = magic & 1 == 1
        s0, s1 = _checksum(header[:24], big_endian, 0, 0)
        if (s0, s1) != (c0, c1):
            return found
        pending: set[int] = set()
        while True:
            frame = fh.read(FRAME_HEADER + page_size)
            if len(frame) < FRAME_HEADER + page_size:
                break
            page, db_pages, f_salt1, f_salt2, f0, f1 = struct.unpack(">6I", frame[:FRAME_HEADER])
            if (f_salt1, f_salt2) != (salt1, salt2) or page == 0:
                break
            s0, s1 = _checksum(frame[:8], big_endian, s0, s1)
            s0, s1 = _checksum(frame[FRAME_HEADER:], big_endian, s0, s1)
            if (s0, s1) != (f0, f1):
                break
            pending.add(page)
            if db_pages:
                found.pages |= pending
                found.db_pages = db_pages
                pending = set()
    return found
