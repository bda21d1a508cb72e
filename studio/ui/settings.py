"""One typed wrapper over QSettings: every preference the UI keeps, with its type and default."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, Generic, TypeVar, overload

from PySide6.QtCore import QByteArray, QSettings

log = logging.getLogger(__name__)

ORGANIZATION = "Studio"
APPLICATION = "Studio"
#: How many files File > Open Recent remembers.
MAX_RECENT = 10

T = TypeVar("T")


class Slot(Generic[T]):
    """A typed setting: a key, a type and a default; read and written through the descriptor."""

    def __init__(self, key: str, kind: type[T], default: T) -> None:
        self.key, self.kind, self.default = key, kind, default

    @overload
    def __get__(self, obj: None, owner: type) -> Slot[T]: ...
    @overload
    def __get__(self, obj: Settings, owner: type) -> T: ...

    def __get__(self, obj: Settings | None, owner: type) -> Any:
        if obj is None:
            return self
        raw = obj.qsettings.value(self.key, None)
        if raw is None:
            return self.default
        try:
            return _convert(raw, self.kind)
        except (TypeError, ValueError):
            log.warning("ignoring bad setting %s=%r", self.key, raw)
            return self.default

    def __set__(self, obj: Settings, value: T) -> None:
        obj.qsettings.setValue(self.key, value)


def _convert(raw: Any, kind: type) -> Any:
    if kind is bool:
        if isinstance(raw, str):
            return raw.lower() in ("true", "1", "yes")
        return bool(raw)
    if kind is list:
        if isinstance(raw, str):
            return [raw] if raw else []
        return [str(v) for v in raw]
    if kind is QByteArray:
        return raw if isinstance(raw, QByteArray) else QByteArray(raw)
    return kind(raw)


class Settings:
    """The application's preferences (QSettings in the user's config folder)."""

    #: '' follows the system locale; 'zh' or 'en' forces a language.
    language = Slot("ui/language", str, "")
    recent_files = Slot("files/recent", list, [])
    last_folder = Slot("files/last_folder", str, "")
    geometry = Slot("window/geometry", QByteArray, QByteArray())
    window_state = Slot("window/state", QByteArray, QByteArray())
    current_tab = Slot("window/tab", int, 0)
    #: Shot list shows the shoot list of all variants instead of the current cut.
    shotlist_union = Slot("shotlist/union", bool, False)
    #: Storyboard: cards a row (0: as many as fit) and frames filling their card (cropped) instead of fitted.
    storyboard_per_row = Slot("storyboard/per_row", int, 0)
    storyboard_fill = Slot("storyboard/fill", bool, False)
    #: Export dialog: last chosen format.
    export_format = Slot("export/format", str, "docx")

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.qsettings = qsettings or QSettings(ORGANIZATION, APPLICATION)

    def add_recent(self, path: str | Path) -> list[str]:
        """Put a file at the top of the recent list; returns the new list."""
        text = str(Path(path).resolve())
        files = [f for f in self.recent_files if f != text]
        files.insert(0, text)
        self.recent_files = files[:MAX_RECENT]
        return self.recent_files

    def remove_recent(self, path: str | Path) -> None:
        """Forget a file (it was moved or deleted)."""
        text = str(Path(path).resolve())
        self.recent_files = [f for f in self.recent_files if f != text]

    def shotlist_columns(self, project: str | Path) -> QByteArray:
        """The Shot list's column order, widths and hidden columns saved for one project ('' none)."""
        value = self.qsettings.value(_project_key("shotlist/columns", project))
        return value if isinstance(value, QByteArray) else QByteArray()

    def set_shotlist_columns(self, project: str | Path, state: QByteArray) -> None:
        """Remember the Shot list's columns for one project."""
        self.qsettings.setValue(_project_key("shotlist/columns", project), state)

    def sync(self) -> None:
        """Write pending changes to disk."""
        self.qsettings.sync()


def _project_key(prefix: str, project: str | Path) -> str:
    """A settings key of one project file, whatever characters its path holds."""
    import hashlib

    digest = hashlib.sha1(str(Path(project).resolve()).encode("utf-8"), usedforsecurity=False).hexdigest()
    return f"{prefix}/{digest[:16]}"
