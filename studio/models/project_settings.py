"""A project's own settings (title, product, brand, platform preset, category, frame format, currency,
paid promotion) as one checked change.

The window's Project Settings dialog, the New Project dialog and ``studio set`` all go through
:func:`settings_changes`, which reads and checks every value before anything changes, then
:func:`apply_settings`, which makes the change with :func:`studio.models.ops.set_field` (the caller
wraps it in one undo step or one transaction). Safe areas, currency and frame rate are not stored:
they follow the platform preset, so changing the platform changes them with it.
"""

from __future__ import annotations

from typing import Any

from studio.models import ops
from studio.models.creator_platforms import platform_id
from studio.models.entities import Project, Variant
from studio.models.enums import ProductCategory
from studio.models.errors import InvalidValueError, ModelError, NotFoundError, UnknownFieldError
from studio.models.frame_format import FrameFormat, parse_format
from studio.models.money import parse_currency
from studio.models.platforms import PRESETS

#: The settings a user may change, in the order forms and ``studio set`` show them.
FIELDS: tuple[str, ...] = (
    "title", "product", "brand", "platform", "category", "frame_format", "currency", "sponsored",
)  # fmt: skip
#: Settings kept in the project's settings mapping rather than as fields of their own.
IN_SETTINGS = frozenset({"sponsored"})
_YES = frozenset({"yes", "y", "true", "1", "on", "是", "有", "付费", "广告"})
_NO = frozenset({"no", "n", "false", "0", "off", "否", "无", "没有", "不是"})

#: Words that give a variant back the project's format ("same as project").
SAME_AS_PROJECT = frozenset({"project", "same", "default", "项目", "跟随项目", "同项目"})


class UnknownPlatformError(ModelError):
    """A platform name that names no video preset; ``choices`` are the preset ids."""

    def __init__(self, text: str) -> None:
        super().__init__(f"no platform preset {text!r}")
        self.text = text
        self.choices: tuple[str, ...] = tuple(PRESETS)


def parse_platform(text: str) -> str:
    """The preset id a platform word names: an id, a name in either language or a usual synonym."""
    pid = platform_id(text.strip())
    if pid is None or pid not in PRESETS:
        raise UnknownPlatformError(text)
    return pid


def _parse_category(value: object) -> ProductCategory:
    try:
        return ProductCategory(str(value).strip())
    except ValueError:
        raise InvalidValueError("category", value) from None


def parse_yes_no(name: str, value: object) -> bool:
    """A yes/no setting from a bool or a word (yes/no, true/false, 1/0, 是/否); InvalidValueError otherwise."""
    if isinstance(value, bool):
        return value
    word = str(value).strip().casefold()
    if word in _YES:
        return True
    if word in _NO:
        return False
    raise InvalidValueError(name, value)


def sponsored(project: Project) -> bool:
    """Whether the project's videos are paid promotion (they must carry the platform's ad label)."""
    return bool(project.settings.get("sponsored"))


def settings_changes(project: Project, values: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    """The settings that would change, name -> (old, new), every value checked before any change.

    Raises UnknownFieldError, UnknownPlatformError or InvalidValueError without changing anything.
    """
    changes: dict[str, tuple[Any, Any]] = {}
    for name, value in values.items():
        if name not in FIELDS:
            raise UnknownFieldError("project", name)
        if name == "platform":
            new: Any = parse_platform(str(value))
        elif name == "category":
            new = _parse_category(value)
        elif name == "frame_format":
            new = value if isinstance(value, FrameFormat) else parse_format(str(value))
        elif name == "currency":  # an ISO code or a word (人民币, 美元); "" follows the platform again
            new = parse_currency(str(value)) if str(value).strip() else ""
        elif name == "sponsored":
            new = parse_yes_no(name, value)
        else:
            new = ops.coerce(project, name, str(value).strip())
        old = sponsored(project) if name == "sponsored" else getattr(project, name)
        if old != new:
            changes[name] = (old, new)
    return changes


def settings_edits(project: Project, changes: dict[str, tuple[Any, Any]]) -> list[tuple[str, Any]]:
    """The project's fields to set for :func:`settings_changes`' changes, as (field, new value) pairs.

    A setting kept in the settings mapping (paid promotion) becomes the whole mapping with it changed.
    """
    edits: list[tuple[str, Any]] = []
    kept = dict(project.settings)
    for name, (_old, new) in changes.items():
        if name in IN_SETTINGS:
            kept[name] = new
        else:
            edits.append((name, new))
    if kept != project.settings:
        edits.append(("settings", kept))
    return edits


def apply_settings(project: Project, changes: dict[str, tuple[Any, Any]]) -> None:
    """Make the changes :func:`settings_changes` found (one ``set`` change per field)."""
    for name, value in settings_edits(project, changes):
        ops.set_field(project, project, name, value)


def variant_format_change(
    project: Project, key: str, value: str | FrameFormat | None
) -> tuple[Variant, FrameFormat | None, FrameFormat | None]:
    """The variant ``key`` names (id or name, in any script) with its own format now and as ``value`` asks.

    ``value`` is a format, a word for one, or None / 'same' / '跟随项目' for the project's format.
    Raises NotFoundError or UnknownFormatError before anything changes.
    """
    variant = next((v for s in project.scripts if (v := s.variant(key)) is not None), None)
    if variant is None:
        raise NotFoundError("variant", key)
    if value is None or isinstance(value, FrameFormat):
        new = value
    elif "".join(value.split()).casefold() in SAME_AS_PROJECT:
        new = None
    else:
        new = parse_format(value)
    return variant, variant.frame_format, new
