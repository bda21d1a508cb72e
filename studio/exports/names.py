"""File names made from names in a project: portable, bounded in bytes, kept inside their folder, never shared.

Every export and pack builds the names it composes (a variant's, a project's, a frame's)
here: control and bidi characters out, characters Windows forbids replaced, Windows'
reserved device names (CON, NUL, COM1 …) altered, the length counted in UTF-8 bytes (a
Chinese character is three, an emoji four; file systems count bytes, not characters), and
the result proven to stay inside the folder it is meant for.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from studio.exports.exporterror import ExportError
from studio.models.serial import IMAGE_FORMATS
from studio.models.text import clean_text, xml_safe

#: Longest file name Studio composes, in UTF-8 bytes (file systems allow 255; room for part suffixes).
MAX_NAME_BYTES = 200
#: Longest piece taken from one name (a project's, a variant's) inside a composed name.
MAX_PART_BYTES = 90
#: Characters Windows (and so a colleague's disk or a zip opened there) forbids in file names.
_FORBIDDEN = re.compile(r'[\\/:*?"<>|]+')
_SPACES = re.compile(r"\s+")
#: Device names Windows reserves whatever the extension ('CON.docx' cannot be opened there).
RESERVED = frozenset(
    ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"]
    + [f"{dev}{n}" for dev in ("COM", "LPT") for n in [*"123456789", "¹", "²", "³"]]
)
#: The zero-width joiner holds emoji sequences together (👩‍💻); every other format character goes.
_ZWJ = "\u200d"
#: Image formats a stored frame may have, with the extension its file gets; nothing else is written.
FRAME_FORMATS = {
    "JPEG": "jpg", "MPO": "jpg", "PNG": "png", "WEBP": "webp", "GIF": "gif", "BMP": "bmp",
    "TIFF": "tif", "HEIF": "heic", "AVIF": "avif",
}  # fmt: skip
#: A frame's key: the SHA-256 of its bytes in lower-case hex.
_HASH = re.compile(r"[0-9a-f]{64}")


class OutputCollisionError(ExportError):
    """Two outputs of one command would get the same file name; nothing was written."""

    reason = "two outputs would get one name"

    def __init__(self, path: str | Path, first: str, second: str) -> None:
        super().__init__(path, f"{first} / {second}")
        self.first, self.second = first, second


class UnsafePathError(ExportError):
    """A name read from a project file would have put a file outside the output folder; nothing was written."""

    reason = "would write outside the output folder"


def _visible(text: str) -> str:
    """Text without control, bidi and other invisible format characters (line breaks become spaces)."""
    out = []
    for ch in unicodedata.normalize("NFC", xml_safe(clean_text(str(text or "")))):
        kind = unicodedata.category(ch)
        if kind in ("Cc", "Zl", "Zp"):
            out.append(" ")
        elif kind not in ("Cf", "Cs") or ch == _ZWJ:
            out.append(ch)
    return "".join(out)


def cut_bytes(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` UTF-8 bytes on a character boundary (no dangling joiner or mark)."""
    data = text.encode("utf-8")
    if len(data) <= limit:
        return text
    cut = data[:limit].decode("utf-8", "ignore")
    while cut and (cut[-1] == _ZWJ or unicodedata.combining(cut[-1]) or cut[-1] in "\ufe0e\ufe0f"):
        cut = cut[:-1]
    return cut


def name_part(text: str, fallback: str = "variant", limit: int = MAX_PART_BYTES) -> str:
    """A name as a piece of a file name: visible characters only, forbidden ones as '_', at most ``limit`` bytes."""
    cleaned = _FORBIDDEN.sub("_", _SPACES.sub(" ", _visible(text))).strip(" ._")
    cleaned = cut_bytes(cleaned, limit).rstrip(" ._")
    return cleaned or fallback


def _unreserved(stem: str) -> str:
    """A stem Windows can open: 'CON' and 'con.backup' become 'CON_' and 'con_.backup'."""
    head, dot, rest = stem.partition(".")
    if head.rstrip(" ").upper() in RESERVED:
        return f"{head.rstrip(' ')}_{dot}{rest}"
    return stem


def file_name(stem: str, suffix: str = "", limit: int = MAX_NAME_BYTES) -> str:
    """A whole composed file name: ``stem`` made safe and cut so the name with ``suffix`` fits in ``limit`` bytes."""
    room = max(1, limit - len(suffix.encode("utf-8")))
    cleaned = name_part(stem, "studio", room + 1)  # the reserved-name mark may need one more byte
    cleaned = cut_bytes(_unreserved(cleaned), room).rstrip(" .")
    return _unreserved(cleaned or "studio") + suffix


def variant_name(stem: str, variant: str, suffix: str, tag: str = "") -> str:
    """``<stem>_<variant>[_<tag>]<suffix>`` within the byte limit: the stem gives way first, so the variant stays."""
    own = f"_{name_part(variant)}{f'_{tag}' if tag else ''}"
    room = MAX_NAME_BYTES - len((own + suffix).encode("utf-8"))
    return file_name(name_part(stem, "studio", max(8, room)) + own, suffix)


def frame_file(digest: object, fmt: object) -> str | None:
    """``<hash>.<ext>`` for a stored frame, or None when its hash or format is not one Studio writes.

    Both come from a project file, which a stranger may have crafted ('../../x', 'png/../.profile').
    """
    if not isinstance(digest, str) or not _HASH.fullmatch(digest) or not isinstance(fmt, str):
        return None
    upper = fmt.upper()
    # The usual extension where there is one, else the format's own name: both from fixed lists.
    ext = FRAME_FORMATS.get(upper) or (upper.lower() if upper in IMAGE_FORMATS else None)
    return None if ext is None else f"{digest}.{ext}"


def inside(folder: Path, name: str) -> Path:
    """``folder / name``, proven to stay inside ``folder`` once links and '..' are resolved."""
    base = folder.resolve()
    target = (base / name).resolve()
    if target.parent != base or not name or name in (".", ".."):
        raise UnsafePathError(folder / name)
    return target


def _key(path: Path) -> str:
    """How a disk that ignores case (Windows, macOS) and Unicode normal form compares a name."""
    return unicodedata.normalize("NFC", str(path)).casefold()


def check_distinct(outputs: Iterable[tuple[Path, str]]) -> None:
    """Refuse, before anything is written, two outputs (path, what it holds) that would share a file name."""
    seen: dict[str, str] = {}
    for path, what in outputs:
        key = _key(path)
        if key in seen:
            raise OutputCollisionError(path, seen[key], what)
        seen[key] = what
