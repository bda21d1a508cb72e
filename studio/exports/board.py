"""What every printed storyboard shares, whatever the format: columns, cover block, layouts and panels."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date as Date

from studio.exports.common import (
    heading,
    in_brackets,
    join_names,
    platform_name,
    seconds_text,
    shot_extras,
    title_items,
    title_line,
    word,
)
from studio.models.entities import Project, Script, Shot, Variant
from studio.models.timeline import TimedShot, format_timecode, total_ds
from studio.models.vocab import beat_label, label

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


def storyboard_head(project: Project, variant: Variant, lang: str) -> str:
    """The running head on each page of a variant's storyboard: project — variant · storyboard · client, director ..."""
    return heading(
        heading(project.title, variant.name, sep=" — "), word("storyboard", lang), title_line(project, lang)
    )


def cover_items(project: Project, script: Script, variant: Variant, lang: str,
                snapshot: str | None, date: str | None) -> list[tuple[str, str]]:  # fmt: skip
    """The cover block's (caption, value) pairs."""
    items = [
        (word("project", lang), project.title or script.title),
        (word("product", lang), project.product),
        *title_items(project, lang),
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
    # An empty pair ("Product" with nothing beside it) reads as something missing from the paper.
    return [(caption, value) for caption, value in items if str(value or "").strip()]


# --- layouts ------------------------------------------------------------------------------------

#: 'table': a row per shot, banded by beat; '3x2': three panels across, two down, landscape;
#: '2x3': two across, three down, portrait. The grids are the classic storyboard page.
LAYOUTS = ("table", "3x2", "2x3")


@dataclass(frozen=True)
class Grid:
    """A page of storyboard panels: how many across and down, and the page's orientation."""

    across: int
    down: int
    landscape: bool

    @property
    def per_page(self) -> int:
        """Panels on one page."""
        return self.across * self.down


def grid_of(layout: str) -> Grid | None:
    """The grid of a panel layout; None for the table."""
    if layout not in LAYOUTS:
        raise ValueError(f"layout must be one of {LAYOUTS}")
    if layout == "table":
        return None
    across, down = (int(n) for n in layout.split("x"))
    return Grid(across, down, across > down)


@dataclass(frozen=True)
class Panel:
    """Where a frame sits in a panel (any unit): its size, and whether the text is beside or below it."""

    frame_w: float
    frame_h: float
    beside: bool


def panel_frame(panel_w: float, panel_h: float, aspect_w: int, aspect_h: int, pad: float) -> Panel:
    """The largest frame of this aspect a panel holds with room left for its text.

    A tall frame (9:16) fills the panel's height with the text beside it (at most half the
    width); a wide one (16:9, 1:1) fills the width with the text below (at most 60 % of the height).
    """
    aspect_w, aspect_h = max(aspect_w, 1), max(aspect_h, 1)
    if aspect_h > aspect_w:
        h = panel_h - 2 * pad
        w = h * aspect_w / aspect_h
        if w > panel_w * 0.5 - pad:
            w = panel_w * 0.5 - pad
            h = w * aspect_h / aspect_w
        return Panel(w, h, True)
    w = panel_w - 2 * pad
    h = w * aspect_h / aspect_w
    if h > panel_h * 0.6:
        h = panel_h * 0.6
        w = h * aspect_w / aspect_h
    return Panel(w, h, False)


def panel_heading(t: TimedShot, lang: str) -> tuple[str, str, str]:
    """A panel's first lines: (code, beat name, 'time · duration · size, move')."""
    shot = t.shot
    craft = join_names([x for x in (label(shot.shot_size, lang), label(shot.camera_move, lang)) if x], lang)
    timing = (
        f"{format_timecode(t.start_ds)}–{format_timecode(t.end_ds)} · {seconds_text(shot.duration_ds, lang)}"
    )
    return shot.code, beat_label(t.beat.kind, t.beat.name, lang), " · ".join(x for x in (timing, craft) if x)


def panel_fields(shot: Shot, lang: str) -> list[tuple[str, str]]:
    """A panel's captioned texts, the empty ones left out: visual, voice-over, captions, sound, notes."""
    fields = [(word(k, lang), getattr(shot, k)) for k in ("visual", "voiceover", "onscreen_text", "sound")]
    extra = shot_extras(shot, lang)
    notes = "\n".join(x for x in (shot.notes, *extra) if x)
    fields.append((word("notes", lang), notes))
    return [(caption, text) for caption, text in fields if text.strip()]
