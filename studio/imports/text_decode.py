"""Decoding the text files people import (creators lists, ad reports, word lists) the ways they are saved."""

from __future__ import annotations

import codecs


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
