"""The document model: pure Python, no Qt and no I/O."""

from __future__ import annotations

from studio.models.entities import (
    Alternative,
    Beat,
    Change,
    Frame,
    Project,
    Script,
    Shot,
    Variant,
    VariantResult,
    new_id,
    now_iso,
)
from studio.models.enums import (
    Angle,
    BeatKind,
    CameraMove,
    Language,
    ShotSize,
    ShotStatus,
    ShotTag,
    TestVariable,
    VariantStatus,
)
from studio.models.platforms import PRESETS, PlatformPreset, preset

__all__ = [
    "PRESETS",
    "Alternative",
    "Angle",
    "Beat",
    "BeatKind",
    "CameraMove",
    "Change",
    "Frame",
    "Language",
    "PlatformPreset",
    "Project",
    "Script",
    "Shot",
    "ShotSize",
    "ShotStatus",
    "ShotTag",
    "TestVariable",
    "Variant",
    "VariantResult",
    "VariantStatus",
    "new_id",
    "now_iso",
    "preset",
]
