"""Script-to-shots: cut a plain voice-over script into timed shots and guess each one's beat.

The preview is plain data; :func:`plan` turns it into (beat kind, Shot) pairs to insert,
and :func:`apply_preview` inserts them through the model's edit operations, so the
UI can wrap the whole thing in one undo macro.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from studio.guide.rules.thresholds import Thresholds
from studio.guide.text.textscan import beat_cues, has_directive, hook_devices, speech_seconds
from studio.models import ops
from studio.models.entities import Alternative, Beat, Project, Script, Shot
from studio.models.enums import BeatKind
from studio.models.text import has_cjk

ORDER = (BeatKind.HOOK, BeatKind.PAIN, BeatKind.SOLUTION, BeatKind.PROOF, BeatKind.CTA)
_SENTENCE_ENDS = frozenset("。！？!?…；;\n.")
_CLAUSE_BREAKS = frozenset("，、：,:—")
#: Shortest shot a clause may become on its own, seconds.
MIN_SHOT_S = 1.0
#: Where each beat usually sits, as a fraction of the running time (start, end).
_PRIOR = {
    BeatKind.HOOK: (0.0, 0.15),
    BeatKind.PAIN: (0.08, 0.4),
    BeatKind.SOLUTION: (0.3, 0.7),
    BeatKind.PROOF: (0.55, 0.9),
    BeatKind.CTA: (0.8, 1.0),
}


@dataclass(frozen=True)
class ShotDraft:
    """One proposed shot: its voice-over, duration, start and guessed beat."""

    text: str
    duration_ds: int
    start_ds: int
    kind: BeatKind
    #: Why the beat was chosen: cue names such as 'directive', 'pain', 'position'.
    cues: tuple[str, ...] = ()


@dataclass(frozen=True)
class SplitPreview:
    """The whole proposal, for the UI to show before applying."""

    lang: str
    shots: tuple[ShotDraft, ...]

    @property
    def total_ds(self) -> int:
        """Running time of all proposed shots."""
        return sum(s.duration_ds for s in self.shots)


def _pieces(text: str, breaks: frozenset[str]) -> list[str]:
    """Cut after each break character; '.' and ',' between digits (2.5, 3,000) do not cut."""
    pieces, start = [], 0
    for i, ch in enumerate(text):
        if ch not in breaks:
            continue
        nxt = text[i + 1 : i + 2]
        if ch in ".,:" and i > 0 and text[i - 1].isdigit() and nxt.isdigit():
            continue
        if nxt and nxt in breaks:
            continue  # keep runs like "？！" or "..." together
        pieces.append(text[start : i + 1])
        start = i + 1
    pieces.append(text[start:])
    return [p.strip() for p in pieces if p.strip()]


def _seconds(text: str, th: Thresholds) -> float:
    return speech_seconds(text, th.zh_cps, th.en_wps)[0]


def split_units(text: str, th: Thresholds | None = None) -> list[str]:
    """The script cut into shot-sized lines: at sentence ends, and at clauses when a sentence runs long."""
    th = th or Thresholds()
    target = th.avg_shot_s
    lines: list[str] = []
    for sentence in _pieces(text, _SENTENCE_ENDS):
        clauses = _pieces(sentence, _CLAUSE_BREAKS)
        current = ""
        for clause in clauses:
            joined = _join(current, clause)
            if current and (
                _seconds(joined, th) + th.breath_margin_s > th.max_shot_s or _seconds(current, th) >= target
            ):
                lines.append(current)
                current = clause
            else:
                current = joined
        if current:
            lines.append(current)
    # A tiny line ("好。", "OK.") joins the one after it.
    merged: list[str] = []
    carry = ""
    for line in lines:
        line = _join(carry, line)
        carry = ""
        if _seconds(line, th) < MIN_SHOT_S / 2 and line is not lines[-1]:
            carry = line
            continue
        merged.append(line)
    if carry:
        if merged:
            merged[-1] = _join(merged[-1], carry)
        else:
            merged.append(carry)
    return [line.rstrip("，、：,:— ") or line for line in merged]


def _join(a: str, b: str) -> str:
    if not a:
        return b
    if has_cjk(a[-1:]) or has_cjk(b[:1]) or not a[-1:].isascii():
        return a + b
    return f"{a} {b}"


def split_script(text: str, th: Thresholds | None = None) -> SplitPreview:
    """Cut a voice-over script into shots, time them at the speech rate and guess their beats."""
    th = th or Thresholds()
    lines = split_units(text, th)
    lang = "zh" if has_cjk(text) else "en"
    durations = []
    for line in lines:
        need = _seconds(line, th) + th.breath_margin_s
        durations.append(max(round(MIN_SHOT_S * 10), math.ceil(need * 10 - 1e-9)))
    kinds, reasons = _assign(lines, durations)
    shots = []
    t = 0
    for line, dur, kind, why in zip(lines, durations, kinds, reasons, strict=True):
        shots.append(ShotDraft(line, dur, t, kind, why))
        t += dur
    return SplitPreview(lang, tuple(shots))


def _scores(lines: list[str], durations: list[int]) -> tuple[list[list[float]], list[list[tuple[str, ...]]]]:
    total = sum(durations) or 1
    scores, reasons = [], []
    t = 0
    for line, dur in zip(lines, durations, strict=True):
        mid = (t + dur / 2) / total
        t += dur
        cues = beat_cues(line)
        row, why = [], []
        for kind in ORDER:
            s, w = 0.0, []
            lo, hi = _PRIOR[kind]
            if lo <= mid <= hi:
                s += 1.0
                w.append("position")
            if kind is BeatKind.HOOK and hook_devices(line):
                s += 1.0
                w.append("device")
            if kind is BeatKind.CTA and has_directive(line):
                s += 3.0
                w.append("directive")
            hits = cues.get(kind.value, 0)
            if hits:
                s += 1.5 * min(hits, 2)
                w.append(kind.value)
            row.append(s)
            why.append(tuple(w))
        scores.append(row)
        reasons.append(why)
    return scores, reasons


def _assign(lines: list[str], durations: list[int]) -> tuple[list[BeatKind], list[tuple[str, ...]]]:
    """Best non-decreasing beat sequence: the first line is the hook, the last the call to action."""
    n = len(lines)
    if n == 0:
        return [], []
    scores, reasons = _scores(lines, durations)
    k = len(ORDER)
    neg = float("-inf")
    best = [[neg] * k for _ in range(n)]
    back = [[0] * k for _ in range(n)]
    best[0][0] = scores[0][0]
    elapsed = 0
    for i in range(1, n):
        elapsed += durations[i - 1]
        for j in range(k):
            if j == 0 and elapsed + durations[i] > 50:
                continue  # a hook running past 5 s is not a hook
            prev = max(range(j + 1), key=lambda p: best[i - 1][p])
            if best[i - 1][prev] == neg:
                continue
            best[i][j] = best[i - 1][prev] + scores[i][j]
            back[i][j] = prev
    end = k - 1 if n > 1 else 0
    if best[n - 1][end] == neg:
        end = max(range(k), key=lambda p: best[n - 1][p])
    path = [end]
    for i in range(n - 1, 0, -1):
        path.append(back[i][path[-1]])
    path.reverse()
    kinds = [ORDER[j] for j in path]
    return kinds, [reasons[i][j] for i, j in enumerate(path)]


def guess_beats(lines: list[str], durations: list[int]) -> list[BeatKind]:
    """The beat of each line (durations in tenths of a second), as the split guesses them; used on teardowns."""
    return _assign(lines, durations)[0]


def plan(preview: SplitPreview) -> list[tuple[BeatKind, Shot]]:
    """The shots to insert, each with the kind of beat it belongs to, in order."""
    return [
        (draft.kind, Shot(duration_ds=draft.duration_ds, voiceover=draft.text, onscreen_text=""))
        for draft in preview.shots
    ]


def apply_preview(project: Project, script: Script, preview: SplitPreview) -> list[Shot]:
    """Insert the preview's shots into the script through ops: each into its beat's first
    alternative (a missing beat is created in structure order). Returns the new shots."""
    inserted: list[Shot] = []
    for kind, shot in plan(preview):
        beat = next((b for b in script.beats if b.kind is kind), None)
        if beat is None:
            rank = ORDER.index(kind)
            index = sum(1 for b in script.beats if b.kind in ORDER and ORDER.index(b.kind) < rank)
            beat = ops.insert_beat(
                project, script, index, Beat(kind=kind, alternatives=[Alternative(label="A")])
            )
        alt = beat.alternatives[0]
        inserted.append(ops.insert_shot(project, alt, len(alt.shots), shot))
    return inserted
