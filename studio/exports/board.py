"""What every printed storyboard shares, whatever the format: its columns and its cover block."""

from __future__ import annotations

from datetime import date as Date

from studio.exports.common import in_brackets, platform_name, seconds_text, word
from studio.models.entities import Project, Script, Variant
from studio.models.timeline import total_ds
from studio.models.vocab import label

#: The storyboard's columns, left to right, in Word and PDF alike.
BOARD_COLUMNS = (
    "code",
    "frame",
    "time",
    "size_move",
    "visual",
    "voiceover",
    "onscreen_text",
    "sound",
    "notes",
)


def board_widths(
    width: float, frame: float, fixed: dict[str, float], shares: dict[str, float]
) -> dict[str, float]:
    """Column widths in BOARD_COLUMNS order: the ``fixed`` ones, the frame column, and what they
    leave of ``width`` divided among the text columns by ``shares``."""
    rest = width - frame - sum(fixed.values())
    total = sum(shares.values())
    widths = {**fixed, "frame": frame, **{k: rest * share / total for k, share in shares.items()}}
    return {k: widths[k] for k in BOARD_COLUMNS}


def cover_items(project: Project, script: Script, variant: Variant, lang: str,
                snapshot: str | None, date: str | None) -> list[tuple[str, str]]:  # fmt: skip
    """The cover block's (caption, value) pairs."""
    items = [
        (word("project", lang), project.title or script.title),
        (word("product", lang), project.product),
        (
            word("variant", lang),
            variant.name + (in_brackets(word("base", lang), lang) if variant.is_base else ""),
        ),
        (word("variable", lang), label(variant.variable, lang)),
        (word("snapshot", lang), snapshot or word("working_copy", lang)),
        (word("date", lang), date or Date.today().isoformat()),
        (word("total", lang), seconds_text(total_ds(script, variant), lang)),
        (word("platform", lang), platform_name(project.platform, lang)),
    ]
    if variant.hypothesis:
        items.append((word("hypothesis", lang), variant.hypothesis))
    return items
