"""The beat palette: one colour per beat kind, on screen and on paper alike."""

from __future__ import annotations

from dataclasses import dataclass

from studio.models.enums import BeatKind


@dataclass(frozen=True)
class BeatColour:
    """A beat kind's colours as RRGGBB, and the editors' name for the nearest marker colour."""

    #: Beat bands and marks: the screen's beat colour, and on paper the band behind white text.
    strong: str
    #: The tint of the beat's rows on paper.
    pale: str
    #: OpenTimelineIO's MarkerColor for the beat's timeline marker.
    marker: str


#: Dark enough for white text on a band, saturated enough to tell apart on light and dark screens.
BEAT_COLOURS: dict[BeatKind, BeatColour] = {
    BeatKind.HOOK: BeatColour("C0392B", "FBE3E0", "RED"),
    BeatKind.PAIN: BeatColour("8E44AD", "EFE5F4", "PURPLE"),
    BeatKind.SOLUTION: BeatColour("2980B9", "DDEBF7", "BLUE"),
    BeatKind.PROOF: BeatColour("27AE60", "DDF2E5", "GREEN"),
    BeatKind.CTA: BeatColour("D35400", "FCE7D6", "ORANGE"),
    BeatKind.CUSTOM: BeatColour("7F8C8D", "ECEFF0", "YELLOW"),
}


def rgb(hex_colour: str) -> tuple[int, int, int]:
    """'C0392B' -> (192, 57, 43)."""
    return int(hex_colour[0:2], 16), int(hex_colour[2:4], 16), int(hex_colour[4:6], 16)


#: Background colour of placeholder frames per beat: the beat palette's band colour.
BEAT_HUES: dict[BeatKind, tuple[int, int, int]] = {kind: rgb(c.strong) for kind, c in BEAT_COLOURS.items()}
