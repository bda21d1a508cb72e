"""Closed vocabularies of the model, stored by their string values."""

from __future__ import annotations

from enum import StrEnum


class BeatKind(StrEnum):
    """The role a beat plays in the selling structure."""

    HOOK = "hook"
    PAIN = "pain"
    SOLUTION = "solution"
    PROOF = "proof"
    CTA = "cta"
    CUSTOM = "custom"


#: Letters that start a shot code for each beat kind (H-A-02, PR-B-01 ...).
BEAT_PREFIX: dict[BeatKind, str] = {
    BeatKind.HOOK: "H",
    BeatKind.PAIN: "P",
    BeatKind.SOLUTION: "S",
    BeatKind.PROOF: "PR",
    BeatKind.CTA: "C",
    BeatKind.CUSTOM: "X",
}


class ShotSize(StrEnum):
    """景别: how much of the subject the frame shows, tightest first.

    Values are only ever added (a file names them by value), so any older file still loads.
    """

    EXTREME_CLOSE_UP = "extreme_close_up"
    CLOSE_UP = "close_up"
    MEDIUM_CLOSE = "medium_close"
    MEDIUM = "medium"
    MEDIUM_FULL = "medium_full"  # 中全景, MLS: from the knees up
    FULL = "full"
    WIDE = "wide"
    EXTREME_WIDE = "extreme_wide"  # 大远景, ELS/EWS


class CameraMove(StrEnum):
    """运镜: how the camera moves during the shot."""

    STATIC = "static"
    PUSH = "push"
    PULL = "pull"
    PAN = "pan"
    TILT = "tilt"
    TRUCK = "truck"
    FOLLOW = "follow"
    CRANE = "crane"
    HANDHELD = "handheld"
    ORBIT = "orbit"
    DOLLY = "dolly"  # on a dolly or track, toward, away or along
    STEADICAM = "steadicam"  # a stabiliser or gimbal carried by the operator
    ZOOM = "zoom"  # the lens, not the camera, moves


class Angle(StrEnum):
    """Camera angle relative to the subject."""

    EYE_LEVEL = "eye_level"
    HIGH = "high"
    LOW = "low"
    OVERHEAD = "overhead"
    POV = "pov"
    OVER_SHOULDER = "over_shoulder"
    DUTCH = "dutch"  # the frame tilted on its axis


class Setting(StrEnum):
    """Interior or exterior (内景 / 外景), as a call sheet groups set-ups."""

    INTERIOR = "int"
    EXTERIOR = "ext"
    INT_EXT = "int_ext"  # through a window or a doorway: both lit at once


class TimeOfDay(StrEnum):
    """When the shot is lit to look (日 / 夜 ...), as a call sheet orders the day."""

    DAY = "day"
    NIGHT = "night"
    DAWN = "dawn"
    DUSK = "dusk"


class ProductCategory(StrEnum):
    """What a project sells; some categories have compliance rules of their own."""

    GENERAL = "general"
    COSMETICS = "cosmetics"
    FOOD = "food"
    HEALTH_FOOD = "health_food"
    APPAREL = "apparel"
    ELECTRONICS = "electronics"


class ShotStatus(StrEnum):
    """Where a shot is in production."""

    PLANNED = "planned"
    SHOT = "shot"
    APPROVED = "approved"


class VariantStatus(StrEnum):
    """Where a variant is in its life as an ad creative."""

    DRAFT = "draft"
    IN_EDIT = "in_edit"
    LIVE = "live"
    RETIRED = "retired"


class TestVariable(StrEnum):
    """The one thing an A/B variant changes against the base."""

    __test__ = False  # not a pytest test class, despite the name

    NONE = "none"
    HOOK = "hook"
    MIDDLE = "middle"
    ENDING = "ending"
    FIRST_FRAME = "first_frame"
    VISUALS = "visuals"
    AUDIO = "audio"
    PACE = "pace"
    OTHER = "other"


class ShotTag(StrEnum):
    """Well-known tags; shots may also carry free-form tags."""

    PRODUCT_CLOSE_UP = "product_close_up"
    USAGE_SCENE = "usage_scene"
    REACTION = "reaction"
    PROOF = "proof"
    DEMO = "demo"
    VISUAL_IMPACT = "visual_impact"
    KEY_POINT = "key_point"
    BADGE = "badge"
    TESTIMONIAL = "testimonial"
    PRICE = "price"


class Language(StrEnum):
    """Languages the studio writes and speaks."""

    ZH = "zh"
    EN = "en"
