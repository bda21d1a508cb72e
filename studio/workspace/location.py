"""Which workspace database to use: the URL given, else STUDIO_WORKSPACE_URL, else the embedded file."""

from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path

log = logging.getLogger(__name__)

#: The file name of the embedded database in the settings folder.
FILE_NAME = "workspace.sqlite3"
ENV = "STUDIO_WORKSPACE_URL"
#: The file the server's URL is kept in, beside the embedded database (never with a password).
SETTINGS_FILE = "workspace.json"


def settings_folder() -> Path:
    """Where Qt keeps Studio's settings on this system (QSettings' ``Studio`` folder)."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Preferences"
    else:
        base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / "Studio"


def default_url() -> str:
    """The embedded database beside the user's settings."""
    return "sqlite:///" + (settings_folder() / FILE_NAME).as_posix().lstrip("/")


def resolve_url(explicit: str | None = None) -> str:
    """``explicit`` (``--url``), else ``STUDIO_WORKSPACE_URL``, else the settings' URL, else the default."""
    if explicit:
        return explicit
    env = os.environ.get(ENV, "").strip()
    if env:
        return env
    return saved_url() or default_url()


def settings_file() -> Path:
    """The settings file the server URL is kept in (beside the embedded database)."""
    return settings_folder() / SETTINGS_FILE


def saved_url() -> str:
    """The server URL saved in the settings (``studio workspace connect``, or the window's); empty when
    none is (or the file is unreadable)."""
    path = settings_file()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return ""
    except (OSError, ValueError) as exc:
        log.warning("ignoring unreadable %s: %s", path, exc)
        return ""
    url = data.get("url", "") if isinstance(data, dict) else ""
    return url if isinstance(url, str) else ""


def sqlite_path(url: str) -> Path | None:
    """The file a ``sqlite:`` URL names (``sqlite://`` alone: the default file); None for other URLs."""
    if not url.startswith("sqlite:"):
        return None
    rest = url[len("sqlite:") :]
    if rest in ("", "//", "///"):
        return settings_folder() / FILE_NAME
    if rest.startswith("///"):
        rest = rest[3:]
        # sqlite:///C:/x on Windows, sqlite:////abs or sqlite:///abs elsewhere
        return Path(rest) if (len(rest) > 1 and rest[1] == ":") else Path("/" + rest.lstrip("/"))
    return None
