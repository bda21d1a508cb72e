"""One creator's brief as plain data, and a shot's frame for it: what every creator brief writer reads."""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from studio.exports.common import FrameSource, Media
from studio.models.entities import Shot


@dataclass
class ScriptBeat:
    """One beat of the creator's variant: its heading and a row per shot (code, time, visual, voice-over, caption)."""

    heading: str
    rows: list[list[str]] = field(default_factory=list)


@dataclass
class Page:
    """One creator's brief as plain data: a title, lines under headings, the whole script and the key shots."""

    title: str
    creator: str
    sections: list[tuple[str, list[str]]] = field(default_factory=list)
    shots: list[tuple[Shot, str]] = field(default_factory=list)
    shots_title: str = ""
    #: The brief's language ('zh' or 'en'), for the words on a placeholder frame.
    lang: str = "en"
    #: The running head printed on every page.
    header: str = ""
    script_title: str = ""
    script_columns: list[str] = field(default_factory=list)
    script: list[ScriptBeat] = field(default_factory=list)
    #: The product link's heading, the line under it and its address (empty when none was given).
    link_title: str = ""
    link_line: str = ""
    link: str = ""
    #: The shape of the variant's frame format (width, height units): the key shots' pictures take it.
    aspect: tuple[int, int] = (9, 16)


def frame_png(
    shot: Shot, media: Media | None, lang: str = "en", aspect: tuple[int, int] = (9, 16)
) -> bytes | None:
    """The shot's frame (its thumbnail) when it has one; a placeholder when the stored picture is unreadable."""
    if media is None or not shot.frame:
        return None
    return FrameSource(media, lang, aspect).get(shot, "thumb").data


def qr_png(payload: str, scale: int = 8) -> bytes:
    """The payload as a QR code picture (PNG, error correction M, the standard four-module quiet zone)."""
    import segno

    out = io.BytesIO()
    segno.make(payload, error="m", micro=False).save(out, kind="png", scale=scale, border=4)
    return out.getvalue()


def script_sections(page: Page) -> list[tuple[str, list[str]]]:
    """The whole script as headed lines (a beat, then a line per shot), for renderers without tables."""
    sections = []
    for beat in page.script:
        lines = []
        for code, times, visual, voiceover, onscreen in beat.rows:
            parts = [f"{code}  {times}", visual]
            parts += [f"{name}{'：' if page.lang == 'zh' else ': '}{value}"
                      for name, value in zip(page.script_columns[3:], (voiceover, onscreen), strict=True) if value]  # fmt: skip
            lines.append("  ".join(p for p in parts if p))
        sections.append((f"{page.script_title} · {beat.heading}", lines))
    return sections
