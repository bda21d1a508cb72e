"""A reference script next to the team's own: rows aligned beat by beat, and the two rhythm profiles."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from studio.guide.text.textscan import hook_devices
from studio.models.entities import Project, Script, Shot
from studio.models.enums import BeatKind, ShotSize
from studio.teardown.project import reference_of

ORDER = (BeatKind.HOOK, BeatKind.PAIN, BeatKind.SOLUTION, BeatKind.PROOF, BeatKind.CTA, BeatKind.CUSTOM)
CLOSE = (ShotSize.CLOSE_UP, ShotSize.EXTREME_CLOSE_UP)


@dataclass(frozen=True)
class Side:
    """One script's shot in an aligned row: when it starts, how long it is, what it says."""

    start: float
    duration: float
    words: str


@dataclass(frozen=True)
class Row:
    """One row of the side-by-side table: a beat and the n-th shot of it on each side (None when missing)."""

    beat: BeatKind
    reference: Side | None
    own: Side | None


def _shots(script: Script) -> list[tuple[BeatKind, float, Shot]]:
    out = []
    t = 0.0
    for beat in script.beats:
        alt = beat.alternatives[0] if beat.alternatives else None
        for shot in alt.shots if alt else []:
            out.append((beat.kind, t, shot))
            t += shot.duration
    return out


def _side(start: float, shot: Shot) -> Side:
    words = " | ".join(w for w in (shot.voiceover, shot.onscreen_text) if w)
    return Side(round(start, 2), shot.duration, words)


def aligned(reference: Script, own: Script | None) -> list[Row]:
    """Rows beat by beat: the reference's shots of a beat beside the own script's shots of the same beat."""
    ref = _shots(reference)
    mine = _shots(own) if own is not None else []
    rows: list[Row] = []
    for kind in ORDER:
        a = [(t, s) for k, t, s in ref if k is kind]
        b = [(t, s) for k, t, s in mine if k is kind]
        for i in range(max(len(a), len(b))):
            rows.append(
                Row(
                    kind,
                    _side(*a[i]) if i < len(a) else None,
                    _side(*b[i]) if i < len(b) else None,
                )
            )
    return rows


def script_profile(script: Script) -> dict[str, Any]:
    """The rhythm figures of a script from its shots (the base cut: each beat's first alternative)."""
    shots = _shots(script)
    lengths = [s.duration for _, _, s in shots]
    total = sum(lengths)
    if not shots or total <= 0:
        return {"duration": 0.0, "shots": 0, "average": None, "longest": None, "cuts_per_second": None,
                "caption_cps": None, "hook": None, "first_close_up": None}  # fmt: skip
    chars = sum(1 for _, _, s in shots for ch in s.voiceover if not ch.isspace())
    hook = sum(s.duration for k, _, s in shots if k is BeatKind.HOOK)
    close = next((t for _, t, s in shots if s.shot_size in CLOSE), None)
    starts = [t for _, t, _ in shots[1:]]
    windows = max(1, int(-(-total // WINDOW)))
    over_time = [
        round(sum(1 for c in starts if k * WINDOW <= c < (k + 1) * WINDOW) / WINDOW, 2)
        for k in range(windows)
    ]
    hook_text = [w for k, _, s in shots if k is BeatKind.HOOK for w in (s.voiceover, s.onscreen_text) if w]
    return {
        "cuts_over_time": over_time,
        "hook_devices": sorted(hook_devices(*hook_text)) if hook_text else [],
        "duration": round(total, 2),
        "shots": len(shots),
        "average": round(total / len(shots), 2),
        "longest": round(max(lengths), 2),
        "cuts_per_second": round((len(shots) - 1) / total, 3),
        "caption_cps": round(chars / total, 2),
        "hook": round(hook, 2),
        "first_close_up": close,
    }


#: Measures compared, in order, each read from the reference's profile and the own script's.
MEASURES = ("duration", "shots", "average", "longest", "cuts_per_second", "cuts_over_time", "caption_cps", "hook",
            "hook_devices", "first_close_up", "cuts_on_beat", "tempo")  # fmt: skip
#: Window of "cuts per second over time", seconds (the teardown's own).
WINDOW = 5.0


def compared(project: Project, reference: Script, own: Script | None) -> list[tuple[str, Any, Any]]:
    """(measure, the reference's value, the own script's value) for the side-by-side profile table."""
    summary = reference_of(project, reference) or {}
    p = summary.get("profile", {})
    ref_script = script_profile(reference)
    ref = {
        "duration": p.get("duration", ref_script["duration"]),
        "shots": p.get("shot_count", ref_script["shots"]),
        "average": p.get("average_shot", ref_script["average"]),
        "longest": p.get("longest_shot", ref_script["longest"]),
        "cuts_per_second": p.get("cuts_per_second", ref_script["cuts_per_second"]),
        "caption_cps": p.get("caption_chars_per_second", ref_script["caption_cps"]),
        "hook": ref_script["hook"],
        "first_close_up": p.get("first_close_up"),
        "cuts_on_beat": p.get("cuts_on_beat_share"),
        "tempo": p.get("tempo"),
        "cuts_over_time": p.get("cuts_over_time", ref_script.get("cuts_over_time")),
        "hook_devices": p.get("hook_devices", ref_script.get("hook_devices")),
    }
    mine: dict[str, Any] = dict(script_profile(own)) if own is not None else {}
    return [(m, ref.get(m), mine.get(m)) for m in MEASURES]


def own_scripts(project: Project) -> list[Script]:
    """The project's scripts that are not teardown references."""
    return [s for s in project.scripts if reference_of(project, s) is None]


def references(project: Project) -> list[Script]:
    """The project's teardown reference scripts."""
    return [s for s in project.scripts if reference_of(project, s) is not None]
