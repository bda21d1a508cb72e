"""One creator's talent brief as plain data, and a shot's frame for it: what every talent brief writer reads."""

from __future__ import annotations

from dataclasses import dataclass, field

from studio.exports.common import FrameSource, Media
from studio.models.entities import Shot


@dataclass
class Page:
    """One creator's brief as plain data: a title, lines under headings, and the key shots."""

    title: str
    creator: str
    sections: list[tuple[str, list[str]]] = field(default_factory=list)
    shots: list[tuple[Shot, str]] = field(default_factory=list)
    shots_title: str = ""
    #: The brief's language ('zh' or 'en'), for the words on a placeholder frame.
    lang: str = "en"


def frame_png(shot: Shot, media: Media | None, lang: str = "en") -> bytes | None:
    """The shot's frame (its thumbnail) when it has one; a placeholder when the stored picture is unreadable."""
    if media is None or not shot.frame:
        return None
    return FrameSource(media, lang).get(shot, "thumb").data
