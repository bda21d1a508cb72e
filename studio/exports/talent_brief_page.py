"""One creator's talent brief as plain data, and a shot's frame for it: what every talent brief writer reads."""

from __future__ import annotations

from dataclasses import dataclass, field

from studio.exports.common import Media
from studio.models.entities import Shot


@dataclass
class Page:
    """One creator's brief as plain data: a title, lines under headings, and the key shots."""

    title: str
    creator: str
    sections: list[tuple[str, list[str]]] = field(default_factory=list)
    shots: list[tuple[Shot, str]] = field(default_factory=list)
    shots_title: str = ""


def frame_png(shot: Shot, media: Media | None) -> bytes | None:
    """The shot's frame (its thumbnail) when there is one."""
    if media is None or not shot.frame:
        return None
    try:
        return media(shot.frame, "thumb")
    except Exception:  # a frame missing from the file: the brief goes out without it
        return None
