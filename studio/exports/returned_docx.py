"""Reading a creator's returned script from a Word file (the text of its paragraphs and tables)."""

from __future__ import annotations

from pathlib import Path

#: Larger returned scripts are not scripts (a video pasted into a document): refused before reading.
MAX_BYTES = 20 * 1024 * 1024


class ReturnedScriptError(Exception):
    """The returned script cannot be read; ``reason`` is one of: too_large, not_docx, unreadable."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path, self.reason = path, reason


def read_returned(path: str | Path) -> str:
    """The text of a returned script: a .docx's paragraphs and table cells, or a text file as UTF-8."""
    p = Path(path)
    try:
        size = p.stat().st_size
    except OSError:
        raise ReturnedScriptError(str(path), "unreadable") from None
    if size > MAX_BYTES:
        raise ReturnedScriptError(str(path), "too_large")
    if p.suffix.lower() != ".docx":
        try:
            return p.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError):
            raise ReturnedScriptError(str(path), "unreadable") from None
    import zipfile

    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(p))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError):
        raise ReturnedScriptError(str(path), "not_docx") from None
    lines = [para.text for para in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines += [cell.text for cell in row.cells]
    return "\n".join(line for line in lines if line.strip())
