"""What a teardown finds in a reference video: shots, words, sound, beats and the rhythm profile (plain data)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

#: Version of the JSON the CLI writes with --json.
JSON_VERSION = 1


@dataclass
class TextLine:
    """A line of text burned into the picture, where it sat and when it was seen."""

    text: str
    #: Box as shares of the picture (left, top, right, bottom), 0..1.
    box: tuple[float, float, float, float]
    first: float
    last: float
    #: How many sampled frames showed it.
    seen: int
    score: float
    #: "caption" (bottom band, spoken style) or "onscreen" (badges, prices, titles).
    role: str = "onscreen"


@dataclass
class ShotCut:
    """One shot of the reference video: exact frames and times, how it began, and its words."""

    index: int
    start_frame: int
    end_frame: int
    start: float
    end: float
    #: How the shot begins: "start", "cut", "dissolve" or "fade".
    enter: str = "cut"
    key_frame: int = 0
    voiceover: str = ""
    onscreen: str = ""
    lines: list[TextLine] = field(default_factory=list)
    beat: str = "custom"
    #: Whether the shot's first frame lands within the beat tolerance of a music beat.
    on_beat: bool = False
    #: Largest share of the picture the most central object seems to fill (a rough close-up cue), 0..1.
    closeness: float = 0.0

    @property
    def duration(self) -> float:
        """Length in seconds."""
        return self.end - self.start

    @property
    def frames(self) -> int:
        """Length in frames."""
        return self.end_frame - self.start_frame


@dataclass
class Sound:
    """What the audio track holds."""

    has_audio: bool = False
    #: (start, end) seconds where someone seems to speak.
    speech: list[tuple[float, float]] = field(default_factory=list)
    #: (start, end) seconds where only music (or other sound without speech) plays.
    music_only: list[tuple[float, float]] = field(default_factory=list)
    tempo: float | None = None
    beats: list[float] = field(default_factory=list)


@dataclass
class Profile:
    """The rhythm figures a writer compares with their own script."""

    duration: float = 0.0
    shot_count: int = 0
    cuts_per_second: float = 0.0
    #: Cuts per second in consecutive 5-second windows.
    cuts_over_time: list[float] = field(default_factory=list)
    average_shot: float = 0.0
    longest_shot: float = 0.0
    shortest_shot: float = 0.0
    hook_seconds: float = 3.0
    hook_devices: list[str] = field(default_factory=list)
    first_close_up: float | None = None
    close_up_interval: float | None = None
    caption_chars_per_second: float = 0.0
    cuts_on_beat: int = 0
    cuts_on_beat_share: float | None = None
    tempo: float | None = None


@dataclass
class Teardown:
    """The whole teardown of one video."""

    source: str
    width: int
    height: int
    fps: float
    duration: float
    frame_count: int
    rotation: int = 0
    shots: list[ShotCut] = field(default_factory=list)
    sound: Sound = field(default_factory=Sound)
    profile: Profile = field(default_factory=Profile)
    language: str = "zh"
    #: Notes for the user (audio missing, OCR unavailable ...), as message keys.
    notes: list[str] = field(default_factory=list)

    @property
    def cuts(self) -> list[float]:
        """Times where a new shot begins (the first shot excluded)."""
        return [s.start for s in self.shots[1:]]

    def to_json(self) -> dict[str, Any]:
        """Plain data for json.dump (what ``studio teardown --json`` prints)."""
        data = asdict(self)
        data["version"] = JSON_VERSION
        for shot, raw in zip(self.shots, data["shots"], strict=True):
            raw["duration"] = round(shot.duration, 6)
        return data
