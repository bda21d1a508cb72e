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

from studio.models.brief import Brief, Creator
from studio.models.changes import Change as Change
from studio.models.changes import Op as Op
from studio.models.crop import Crop, CropKind
from studio.models.enums import (
    Angle,
    BeatKind,
    CameraMove,
    ProductCategory,
    Setting,
    ShotSize,
    ShotStatus,
    TestVariable,
    TimeOfDay,
    VariantStatus,
)
from studio.models.fields import (
    Amount,
    Count,
    Day,
    Flag,
    FrameRef,
    Mapping,
    OneOf,
    Positive,
    Shares,
    Tags,
    Text,
    choice,
    declare,
    ident,
    persisted,
    seconds,
    text,
)
from studio.models.frame_format import DEFAULT_FORMAT, FrameFormat
from studio.models.money import CURRENCIES
from studio.models.platforms import DEFAULT_PLATFORM
from studio.models.records import Record, Records
from studio.models.review import Review


def new_id() -> str:
    """Return a fresh, random, stable entity id."""
    return uuid.uuid4().hex[:16]


def now_iso() -> str:
    """Current UTC time as an ISO-8601 string with seconds."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


@dataclass(eq=False)
class Frame:
    """An image kept once by its content hash; bytes live in the store."""

    hash: str = ident(expected="hash")
    filename: str = text(editable=False)
    width: int = declare(Count(), 0, editable=False)
    height: int = declare(Count(), 0, editable=False)
    format: str = text("PNG", editable=False)


@dataclass(eq=False)
class Shot:
    """One camera set-up, cut to a duration, with everything the crew and editor need."""

    id: str = ident(new_id)
    code: str = text()
    #: Duration in tenths of a second, so sums are exact.
    duration_ds: int = seconds(20, key="duration")
    shot_size: ShotSize | None = choice(ShotSize, None)
    camera_move: CameraMove | None = choice(CameraMove, None)
    angle: Angle | None = choice(Angle, None)
    visual: str = text()
    voiceover: str = text()
    onscreen_text: str = text()
    sound: str = text()
    props: str = text()
    location: str = text()
    talent: str = text()
    notes: str = text()
    tags: list[str] = declare(Tags(), factory=list)
    status: ShotStatus = choice(ShotStatus, ShotStatus.PLANNED)
    frame: str | None = declare(FrameRef(), None, column="frame_hash")
    #: Lens or focal length as the crew writes it (35mm, 广角 ...).
    lens: str = text(since=9)
    #: Interior or exterior.
    setting: Setting | None = choice(Setting, None, since=9)
    time_of_day: TimeOfDay | None = choice(TimeOfDay, None, since=9)
    #: The camera set-up number (机位号): shots of one set-up are shot together.
    setup: str = text(since=9)
    #: How the picture meets the frame (fit, fill or a chosen box), whatever the variant's format.
    crop: Crop = declare(CropKind(), Crop(), since=12)

    @property
    def duration(self) -> float:
        """Duration in seconds."""
        return self.duration_ds / 10


#: The shot's free-text fields, in the order the crew reads them.
SHOT_TEXT_FIELDS = tuple(f.name for f in persisted(Shot) if type(f.kind) is Text and f.name != "code")


@dataclass(eq=False)
class Alternative:
    """One way to play a beat (hook A, hook B ...): an ordered list of shots."""

    id: str = ident(new_id)
    label: str = text("A")
    note: str = text()
    shots: list[Shot] = field(default_factory=list)

    @property
    def duration_ds(self) -> int:
        """Summed duration of the shots in tenths of a second."""
        return sum(s.duration_ds for s in self.shots)


@dataclass(eq=False)
class Beat:
    """A step of the selling structure with one or more alternatives."""

    id: str = ident(new_id)
    kind: BeatKind = choice(BeatKind, BeatKind.CUSTOM)
    name: str = text()
    #: Time budget from the template, tenths of a second; None when unbounded.
    budget_ds: int | None = seconds(None, optional=True, key="budget")
    prompt: str = text()
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

    id: str = ident(new_id)
    name: str = text()
    is_base: bool = declare(Flag(), False, editable=False)
    #: beat id -> alternative id; a beat missing here plays its first alternative (set by ops.set_choice).
    choices: dict[str, str] = declare(Mapping(text_only=True), factory=dict, editable=False)
    variable: TestVariable = choice(TestVariable, TestVariable.NONE)
    hypothesis: str = text()
    status: VariantStatus = choice(VariantStatus, VariantStatus.DRAFT)
    notes: str = text()
    #: The variant's own frame format (a landscape variant tests the frame itself); None: the project's.
    frame_format: FrameFormat | None = choice(FrameFormat, None, since=12)
    #: The day this variant is to be posted (YYYY-MM-DD), '' for none: the content calendar's per-variant post date.
    post_date: str = declare(Day(), "", since=14)


@dataclass(eq=False)
class Script:
    """A concept told as an ordered list of beats, with its variants."""

    id: str = ident(new_id)
    title: str = text()
    concept: str = text()
    template: str = text()
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


_COUNT = Count()


@dataclass(eq=False)
class VariantResult:
    """What an ad platform reported for one variant (counts summed over the report)."""

    variant_id: str = ident(key="variant")
    impressions: int = declare(_COUNT, 0, editable=False)
    plays: int = declare(_COUNT, 0, editable=False)
    views_3s: int = declare(_COUNT, 0, editable=False)
    completions: int = declare(_COUNT, 0, editable=False)
    clicks: int = declare(_COUNT, 0, editable=False)
    conversions: int = declare(_COUNT, 0, editable=False)
    spend: float = declare(Amount(), 0.0, editable=False)
    #: Sales value the platform attributes to the ad (GMV, 成交金额), in the report's currency.
    gmv: float = declare(Amount(), 0.0, editable=False)
    #: Share of viewers still watching at each whole second (index 0 = second 0), 0..1; empty when not imported.
    retention: list[float] = declare(Shares(), factory=list, editable=False)
    source: str = text(editable=False)
    updated: str = text(editable=False)


#: Count fields of a result, in reporting order.
RESULT_COUNTS = tuple(f.name for f in persisted(VariantResult) if f.kind is _COUNT)


Listener = Callable[["Change"], None]


@dataclass(eq=False)
class Project:
    """The whole document: settings, scripts and the frame catalogue."""

    id: str = ident(new_id)
    title: str = text()
    product: str = text()
    brand: str = text()
    platform: str = text(DEFAULT_PLATFORM)
    language: str = declare(OneOf("zh", "en"), "zh")
    #: Speech rate for Chinese voice-over, characters per second.
    zh_cps: float = declare(Positive(), 4.5)
    #: Speech rate for English voice-over, words per minute.
    en_wpm: float = declare(Positive(), 150.0)
    created: str = declare(Text(), factory=now_iso, editable=False)
    modified: str = declare(Text(), factory=now_iso, editable=False)
    #: Guide threshold overrides (hook_limit_s, max_shot_s ...).
    settings: dict[str, float | int | str | bool] = declare(Mapping(), factory=dict)
    #: What the project sells; cosmetics, food ... add compliance rules of their own.
    category: ProductCategory = choice(ProductCategory, ProductCategory.GENERAL, since=5)
    #: The user's own banned words (a brand's or a platform's list): term -> replacement ('' for none).
    banned_words: dict[str, str] = declare(Mapping(text_only=True), factory=dict, since=5)
    #: Words the compliance check leaves alone in this project (a brand name, an approved claim).
    allowed_words: list[str] = declare(Tags(), factory=list, since=5)
    #: The creative brief the script is written from (studio.models.brief).
    brief: Brief = declare(Record(Brief), factory=Brief, since=6)
    #: The creators briefed to make videos from the project, with what each brought.
    #: Stored under the name they had before code called them creators: the project file's column and
    #: the JSON key stay "talents", so files and snapshots of every version, and older Studios, read them
    #: as they are (a schema bump would refuse new files in older Studios for a name no user sees).
    creators: list[Creator] = declare(
        Records(Creator), factory=list, column="talents", key="talents", since=6
    )
    #: The client review: rounds sent, comments and suggested edits read back, approvals (studio.models.review).
    review: Review = declare(Record(Review), factory=Review, since=11)
    #: The frame format of the project's videos (a variant may have its own).
    frame_format: FrameFormat = choice(FrameFormat, DEFAULT_FORMAT, since=12)
    #: The currency of the creators' fees and results (an ISO code); "" follows the platform
    #: (yuan on Chinese platforms, dollars elsewhere: studio.models.deals.project_currency).
    currency: str = declare(OneOf("", *CURRENCIES), "", since=13)
    scripts: list[Script] = field(default_factory=list)
    frames: dict[str, Frame] = field(default_factory=dict)
    #: Ad results by variant id.
    results: dict[str, VariantResult] = field(default_factory=dict)
    listeners: list[Listener] = field(default_factory=list, repr=False)

    def notify(self, change: Change) -> None:
        """Tell every listener about a change that has just been made.

        Every listener hears it even when one fails (the store could not write, say), so the
        views never miss a change the model holds; the first failure is raised afterwards.
        """
        failure: BaseException | None = None
        for listener in list(self.listeners):
            try:
                listener(change)
            except Exception as exc:  # re-raised below, once everyone has been told
                failure = failure or exc
        if failure is not None:
            raise failure

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
        return next((e for e in self.entities() if e.id == entity_id), None)

    def entities(self) -> Iterator[Script | Variant | Beat | Alternative | Shot]:
        """Every script, then its variants, beats, alternatives and shots, each beat's before the next beat."""
        for script in self.scripts:
            yield script
            yield from script.variants
            for beat in script.beats:
                yield beat
                for alt in beat.alternatives:
                    yield alt
                    yield from alt.shots
