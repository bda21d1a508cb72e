"""Names of the model's vocabularies in Chinese and English: data for exports and pictures."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
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
from studio.wording import has, pair

_ENUMS: tuple[type[Enum], ...] = (
    BeatKind,
    ShotSize,
    CameraMove,
    Angle,
    Setting,
    TimeOfDay,
    ShotStatus,
    VariantStatus,
    TestVariable,
    ProductCategory,
    ShotTag,
)


def _key(member: Enum) -> str:
    name = re.sub(r"(?<!^)(?=[A-Z])", "_", type(member).__name__).lower()
    return f"vocab.{name}.{member.value}"


class _Labels(Mapping[Enum, tuple[str, str]]):
    """member -> (Chinese, English), read from the wording catalogue on first use."""

    def __init__(self) -> None:
        self._pairs: dict[Enum, tuple[str, str]] = {}

    def _loaded(self) -> dict[Enum, tuple[str, str]]:
        if not self._pairs:
            for kind in _ENUMS:
                for member in kind:
                    if member not in self._pairs and has(_key(member)):
                        self._pairs[member] = pair(_key(member))
        return self._pairs

    def __getitem__(self, member: Enum) -> tuple[str, str]:
        return self._loaded()[member]

    def __iter__(self) -> Iterator[Enum]:
        return iter(self._loaded())

    def __len__(self) -> int:
        return len(self._loaded())


#: member -> (Chinese, English): vocab.<enum>.<value> in resources/wording/models_vocab.json.
LABELS: Mapping[Enum, tuple[str, str]] = _Labels()


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
