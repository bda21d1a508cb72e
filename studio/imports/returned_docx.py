"""Reading a creator's returned script from a Word file (the text of its paragraphs and tables)."""

from __future__ import annotations

import codecs
import io
from pathlib import Path

from studio.imports.text_decode import read_bounded

#: Larger returned scripts are not scripts (a video pasted into a document): refused before reading.
MAX_BYTES = 20 * 1024 * 1024


class ReturnedScriptError(Exception):
    """The returned script cannot be read; ``reason`` is one of: too_large, not_docx, unreadable, empty."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path, self.reason = path, reason


def read_returned(path: str | Path) -> str:
    """The text of a returned script: a .docx's paragraphs and table cells, or a text file as UTF-8."""
    p = Path(path)
    # Bounded whatever the source: a pipe or /dev/zero says its size is 0.
    data = read_bounded(p, MAX_BYTES, lambda reason, name, **_facts: ReturnedScriptError(name, reason))
    if p.suffix.lower() != ".docx":
        try:
            return _not_empty(_decode(data), path)
        except UnicodeDecodeError:
            raise ReturnedScriptError(str(path), "unreadable") from None
    import zipfile

    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError):
        raise ReturnedScriptError(str(path), "not_docx") from None
    lines = [para.text for para in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines += [cell.text for cell in row.cells]
    return _not_empty("\n".join(line for line in lines if line.strip()), path)


def _decode(data: bytes) -> str:
    """A text file as creators save one: UTF-8, UTF-16 with its mark (Word's "Unicode text"), or
    GB18030 (Notepad on a Chinese Windows)."""
    if data[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("gb18030")


def _not_empty(text: str, path: str | Path) -> str:
    """The text, or ReturnedScriptError('empty') when it has no words to check (an empty script is
    not "ready to shoot", and a list of every must-say line missing would hide what went wrong)."""
    if not text.strip():
        raise ReturnedScriptError(str(path), "empty")
    return text
