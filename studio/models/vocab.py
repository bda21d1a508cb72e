"""Names of the model's vocabularies in Chinese and English: data for exports and pictures."""

from __future__ import annotations

from enum import Enum

from studio.models.creator_list import STATUS_LABELS
from studio.models.enums import (
    Angle,
    BeatKind,
    CameraMove,
    ProductCategory,
    Setting,
    ShotSize,
    ShotStatus,
    ShotTag,
    TestVariable,
    TimeOfDay,
    VariantStatus,
)

#: member -> (Chinese, English)
LABELS: dict[Enum, tuple[str, str]] = {
    BeatKind.HOOK: ("钩子", "Hook"),
    BeatKind.PAIN: ("痛点", "Pain point"),
    BeatKind.SOLUTION: ("解决方案", "Solution"),
    BeatKind.PROOF: ("证明", "Proof"),
    BeatKind.CTA: ("行动号召", "Call to action"),
    BeatKind.CUSTOM: ("自定义", "Custom"),
    ShotSize.EXTREME_CLOSE_UP: ("大特写", "Extreme close-up"),
    ShotSize.CLOSE_UP: ("特写", "Close-up"),
    ShotSize.MEDIUM_CLOSE: ("近景", "Medium close-up"),
    ShotSize.MEDIUM: ("中景", "Medium"),
    ShotSize.MEDIUM_FULL: ("中全景", "Medium long"),
    ShotSize.FULL: ("全景", "Full"),
    ShotSize.WIDE: ("远景", "Wide"),
    ShotSize.EXTREME_WIDE: ("大远景", "Extreme wide"),
    CameraMove.STATIC: ("固定", "Static"),
    CameraMove.PUSH: ("推", "Push in"),
    CameraMove.PULL: ("拉", "Pull out"),
    CameraMove.PAN: ("摇", "Pan"),
    CameraMove.TILT: ("俯仰", "Tilt"),
    CameraMove.TRUCK: ("移", "Truck"),
    CameraMove.FOLLOW: ("跟", "Follow"),
    CameraMove.CRANE: ("升降", "Crane"),
    CameraMove.HANDHELD: ("手持", "Handheld"),
    CameraMove.ORBIT: ("环绕", "Orbit"),
    CameraMove.DOLLY: ("轨道", "Dolly"),
    CameraMove.STEADICAM: ("稳定器", "Steadicam"),
    CameraMove.ZOOM: ("变焦", "Zoom"),
    Angle.EYE_LEVEL: ("平视", "Eye level"),
    Angle.HIGH: ("俯拍", "High angle"),
    Angle.LOW: ("仰拍", "Low angle"),
    Angle.OVERHEAD: ("顶拍", "Overhead"),
    Angle.POV: ("主观视角", "Point of view"),
    Angle.OVER_SHOULDER: ("过肩", "Over the shoulder"),
    Angle.DUTCH: ("倾斜", "Dutch angle"),
    Setting.INTERIOR: ("内景", "Interior"),
    Setting.EXTERIOR: ("外景", "Exterior"),
    Setting.INT_EXT: ("内外景", "Int./ext."),
    TimeOfDay.DAY: ("日", "Day"),
    TimeOfDay.NIGHT: ("夜", "Night"),
    TimeOfDay.DAWN: ("晨", "Dawn"),
    TimeOfDay.DUSK: ("黄昏", "Dusk"),
    ProductCategory.GENERAL: ("通用", "General"),
    ProductCategory.COSMETICS: ("化妆品", "Cosmetics"),
    ProductCategory.FOOD: ("普通食品", "Food"),
    ProductCategory.HEALTH_FOOD: ("保健食品", "Health food"),
    ProductCategory.APPAREL: ("服装", "Apparel"),
    ProductCategory.ELECTRONICS: ("电子产品", "Electronics"),
    ShotStatus.PLANNED: ("待拍", "Planned"),
    ShotStatus.SHOT: ("已拍", "Shot"),
    ShotStatus.APPROVED: ("已通过", "Approved"),
    VariantStatus.DRAFT: ("草稿", "Draft"),
    VariantStatus.IN_EDIT: ("剪辑中", "In edit"),
    VariantStatus.LIVE: ("投放中", "Live"),
    VariantStatus.RETIRED: ("已下线", "Retired"),
    TestVariable.NONE: ("无（对照）", "None (control)"),
    TestVariable.HOOK: ("开头钩子", "Hook"),
    TestVariable.MIDDLE: ("中段内容", "Middle"),
    TestVariable.ENDING: ("结尾", "Ending"),
    TestVariable.FIRST_FRAME: ("首帧", "First frame"),
    TestVariable.VISUALS: ("画面风格", "Visuals"),
    TestVariable.AUDIO: ("声音", "Audio"),
    TestVariable.PACE: ("节奏", "Pace"),
    TestVariable.OTHER: ("其他", "Other"),
    ShotTag.PRODUCT_CLOSE_UP: ("产品特写", "Product close-up"),
    ShotTag.USAGE_SCENE: ("使用场景", "Usage scene"),
    ShotTag.REACTION: ("真人反应", "Reaction"),
    ShotTag.PROOF: ("证明", "Proof"),
    ShotTag.DEMO: ("演示", "Demo"),
    ShotTag.VISUAL_IMPACT: ("视觉冲击", "Visual impact"),
    ShotTag.KEY_POINT: ("核心卖点", "Key selling point"),
    ShotTag.BADGE: ("图标/徽章", "Icon or badge"),
    ShotTag.TESTIMONIAL: ("用户证言", "Testimonial"),
    ShotTag.PRICE: ("价格", "Price"),
}


def label(member: Enum | None, lang: str = "zh") -> str:
    """The member's name in ``lang`` ('zh' or 'en'); empty for None."""
    if member is None:
        return ""
    zh, en = LABELS.get(member, (str(member.value), str(member.value)))
    return zh if lang == "zh" else en


def beat_label(kind: BeatKind, name: str, lang: str = "zh") -> str:
    """A beat's display name: its custom name, else its kind's name."""
    return name or label(kind, lang)


def creator_status_label(status: str, lang: str = "zh") -> str:
    """A creator's status in ``lang`` (from the one table in studio.models.creator_list); unknown ones as written."""
    zh, en = STATUS_LABELS.get(status, (status, status))
    return zh if lang == "zh" else en
