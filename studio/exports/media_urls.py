"""Where a pack's timelines say its stills are: file URLs for the folder the pack will be opened from.

Premiere Pro, DaVinci Resolve and Final Cut Pro find media by absolute ``file:`` URL; a
relative ``pathurl`` is not read the same way by all three. So the XML timelines carry
absolute URLs for one folder — where the pack was written, or the ``media_root`` the writer
names for the editor's machine (``D:\\剪辑`` or ``/Volumes/Edit``, whatever this machine is)
— and the pack's relink script rewrites them to wherever it was unzipped.

Still names are ASCII so no program has to decode percent-escapes to match a file by name
(DaVinci Resolve does not decode them in ``src``; Final Cut rejected unescaped spaces).
"""

from __future__ import annotations

import re
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath
from urllib.parse import quote, unquote, urlparse

#: Matches a Windows drive path (C:\ or C:/) or a UNC share, whatever system we run on.
_WINDOWS = re.compile(r"^(?:[A-Za-z]:[\\/]|\\\\)")


def media_folder(root: str | Path) -> PurePath:
    """The folder as a pure path of its own kind: Windows paths stay Windows paths on macOS or Linux."""
    text = str(root)
    if _WINDOWS.match(text):
        return PureWindowsPath(text)
    path = Path(text).expanduser()
    return (
        PurePosixPath(path.resolve().as_posix()) if not path.is_absolute() else PurePosixPath(path.as_posix())
    )


def _url_path(folder: PurePath, rel: str) -> str:
    """'/C:/x/y' or '/home/x/y', percent-encoded except for the separators."""
    if isinstance(folder, PureWindowsPath):
        if folder.drive.startswith("\\\\"):  # \\server\share -> //server/share
            parts = [p for p in folder.as_posix().split("/") if p]
            return "//" + "/".join(quote(p, safe="") for p in parts) + "/" + quote(rel, safe="/")
        drive = folder.drive.rstrip(":\\/")
        rest = [p for p in folder.parts[1:]]
        encoded = "/".join(quote(p, safe="") for p in rest)
        return f"/{drive}:/" + (encoded + "/" if encoded else "") + quote(rel, safe="/")
    parts = [p for p in folder.parts if p != "/"]
    return "/" + "/".join(quote(p, safe="") for p in parts) + "/" + quote(rel, safe="/")


def fcp7_url(folder: PurePath, rel: str) -> str:
    """The ``pathurl`` Premiere writes: file://localhost/…, a drive's colon as %3a."""
    path = _url_path(folder, rel)
    if isinstance(folder, PureWindowsPath) and not path.startswith("//"):
        path = path[:2] + "%3a" + path[3:]
    if path.startswith("//"):
        return "file:" + path
    return "file://localhost" + path


def fcpx_url(folder: PurePath, rel: str) -> str:
    """An RFC 8089 file URL (file:///…), as Final Cut Pro writes in FCPXML."""
    path = _url_path(folder, rel)
    return "file:" + path if path.startswith("//") else "file://" + path


def url_to_path(url: str) -> Path:
    """A local path from a file URL of either form (for checks and tests on this machine)."""
    parsed = urlparse(url)
    path = unquote(parsed.path)
    if re.match(r"^/[A-Za-z]:", path):
        path = path[1:]
    return Path(path)
