"""The document: project, scripts, beats, alternatives, shots, variants and frames.

Entities are plain mutable dataclasses compared by identity. They are changed only
through :mod:`studio.models.ops`, which reports every change to the project's
listeners so the store can persist it and the UI can refresh.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime

from studio.models.enums import (
    Angle,
    BeatKind,
    CameraMove,
    ShotSize,
    ShotStatus,
    TestVariable,
    VariantStatus,
)
from studio.models.platforms import DEFAULT_PLATFORM


def new_id() -> str:
    """Return a fresh, random, stable entity id."""
    return uuid.uuid4().hex[:16]


def now_iso() -> str:
    """Current UTC time as an ISO-8601 string with seconds."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


@dataclass(eq=False)
class Frame:
    """An image kept once by its content hash; bytes live in the store."""

    hash: str
    filename: str = ""
    width: int = 0
    height: int = 0
    format: str = "PNG"


@dataclass(eq=False)
class Shot:
    """One camera set-up, cut to a duration, with everything the crew and editor need."""

    id: str = field(default_factory=new_id)
    code: str = ""
    #: Duration in tenths of a second, so sums are exact.
    duration_ds: int = 20
    shot_size: ShotSize | None = None
    camera_move: CameraMove | None = None
    angle: Angle | None = None
    visual: str = ""
    voiceover: str = ""
    onscreen_text: str = ""
    sound: str = ""
    props: str = ""
    location: str = ""
    talent: str = ""
    notes: str = ""
    tags: list[str] = field(default_factory=list)
    status: ShotStatus = ShotStatus.PLANNED
    frame: str | None = None

    @property
    def duration(self) -> float:
        """Duration in seconds."""
        return self.duration_ds / 10


#: The shot's free-text fields, in the order the crew reads them.
SHOT_TEXT_FIELDS = ("visual", "voiceover", "onscreen_text", "sound", "props", "location", "talent", "notes")


@dataclass(eq=False)
class Alternative:
    """One way to play a beat (hook A, hook B ...): an ordered list of shots."""

    id: str = field(default_factory=new_id)
    label: str = "A"
    note: str = ""
    shots: list[Shot] = field(default_factory=list)

    @property
    def duration_ds(self) -> int:
        """Summed duration of the shots in tenths of a second."""
        return sum(s.duration_ds for s in self.shots)


@dataclass(eq=False)
class Beat:
    """A step of the selling structure with one or more alternatives."""

    id: str = field(default_factory=new_id)
    kind: BeatKind = BeatKind.CUSTOM
    name: str = ""
    #: Time budget from the template, tenths of a second; None when unbounded.
    budget_ds: int | None = None
    prompt: str = ""
    alternatives: list[Alternative] = field(default_factory=list)

    def alternative(self, alt_id: str) -> Alternative | None:
        """The alternative with this id, if the beat has it."""
        for alt in self.alternatives:
            if alt.id == alt_id:
                return alt
        return None


@dataclass(eq=False)
class Variant:
    """A version of the video: one alternative chosen per beat."""

    id: str = field(default_factory=new_id)
    name: str = ""
    is_base: bool = False
    #: beat id -> alternative id; a beat missing here plays its first alternative.
    choices: dict[str, str] = field(default_factory=dict)
    variable: TestVariable = TestVariable.NONE
    hypothesis: str = ""
    status: VariantStatus = VariantStatus.DRAFT
    notes: str = ""


@dataclass(eq=False)
class Script:
    """A concept told as an ordered list of beats, with its variants."""

    id: str = field(default_factory=new_id)
    title: str = ""
    concept: str = ""
    template: str = ""
    beats: list[Beat] = field(default_factory=list)
    variants: list[Variant] = field(default_factory=list)

    @property
    def base_variant(self) -> Variant:
        """The variant every other one is compared with."""
        for variant in self.variants:
            if variant.is_base:
                return variant
        return self.variants[0]

    def variant(self, key: str) -> Variant | None:
        """Find a variant by id or by name (case-insensitive)."""
        for variant in self.variants:
            if variant.id == key:
                return variant
        lowered = key.casefold()
        for variant in self.variants:
            if variant.name.casefold() == lowered:
                return variant
        return None

    def iter_shots(self) -> Iterator[tuple[Beat, Alternative, Shot]]:
        """Every shot of every alternative, in script order."""
        for beat in self.beats:
            for alt in beat.alternatives:
                for shot in alt.shots:
                    yield beat, alt, shot


@dataclass(eq=False)
class VariantResult:
    """What an ad platform reported for one variant (counts summed over the report)."""

    variant_id: str
    impressions: int = 0
    plays: int = 0
    views_3s: int = 0
    completions: int = 0
    clicks: int = 0
    conversions: int = 0
    spend: float = 0.0
    #: Sales value the platform attributes to the ad (GMV, 成交金额), in the report's currency.
    gmv: float = 0.0
    #: Share of viewers still watching at each whole second (index 0 = second 0), 0..1; empty when not imported.
    retention: list[float] = field(default_factory=list)
    source: str = ""
    updated: str = ""


#: Count fields of a result, in reporting order.
RESULT_COUNTS = ("impressions", "plays", "views_3s", "completions", "clicks", "conversions")


Listener = Callable[["Change"], None]


@dataclass(frozen=True)
class Change:
    """What an edit did, for whoever keeps or shows the document.

    ``op`` is one of insert, remove, move, set; ``target`` the entity changed;
    ``parent`` its container after the edit (for remove: before it); ``field``
    the attribute for set.
    """

    op: str
    target: object
    parent: object | None = None
    field: str | None = None


@dataclass(eq=False)
class Project:
    """The whole document: settings, scripts and the frame catalogue."""

    id: str = field(default_factory=new_id)
    title: str = ""
    product: str = ""
    brand: str = ""
    platform: str = DEFAULT_PLATFORM
    language: str = "zh"
    #: Speech rate for Chinese voice-over, characters per second.
    zh_cps: float = 4.5
    #: Speech rate for English voice-over, words per minute.
    en_wpm: float = 150.0
    created: str = field(default_factory=now_iso)
    modified: str = field(default_factory=now_iso)
    #: Guide threshold overrides (hook_limit_s, max_shot_s ...).
    settings: dict[str, float | int | str | bool] = field(default_factory=dict)
    scripts: list[Script] = field(default_factory=list)
    frames: dict[str, Frame] = field(default_factory=dict)
    #: Ad results by variant id.
    results: dict[str, VariantResult] = field(default_factory=dict)
    listeners: list[Listener] = field(default_factory=list, repr=False)

    def notify(self, change: Change) -> None:
        """Tell every listener about a change that has just been made."""
        for listener in list(self.listeners):
            listener(change)

    def script(self, key: str | None = None) -> Script:
        """A script by id or title; the first one when no key is given."""
        if key is None:
            return self.scripts[0]
        for script in self.scripts:
            if key in (script.id, script.title):
                return script
        from studio.models.errors import NotFoundError

        raise NotFoundError("script", key)

    def locate_shot(self, shot_id: str) -> tuple[Script, Beat, Alternative, int]:
        """Where a shot lives: its script, beat, alternative and index."""
        for script in self.scripts:
            for beat in script.beats:
                for alt in beat.alternatives:
                    for i, shot in enumerate(alt.shots):
                        if shot.id == shot_id:
                            return script, beat, alt, i
        from studio.models.errors import NotFoundError

        raise NotFoundError("shot", shot_id)

    def find(self, entity_id: str) -> object | None:
        """Any entity (script, beat, alternative, shot, variant) by id."""
        for script in self.scripts:
            if script.id == entity_id:
                return script
            for variant in script.variants:
                if variant.id == entity_id:
                    return variant
            for beat in script.beats:
                if beat.id == entity_id:
                    return beat
                for alt in beat.alternatives:
                    if alt.id == entity_id:
                        return alt
                    for shot in alt.shots:
                        if shot.id == entity_id:
                            return shot
        return None
