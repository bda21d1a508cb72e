"""Wording of the review's comparison of rounds (review.compare.<key>): key -> (Chinese, English)."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "review.compare.title": ("自{name}以来的改动", "Changes since {name}"),
    "review.compare.added": ("新增镜头", "Shots added"),
    "review.compare.removed": ("删除镜头", "Shots removed"),
    "review.compare.moved": ("位置", "Moved"),
    "review.compare.answers": ("回应的意见", "Answers"),
    "review.compare.none": ("没有改动。", "Nothing changed."),
    "review.compare.change": ("改动", "Change"),
    "review.compare.field": ("字段", "Field"),
}
