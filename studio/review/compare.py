"""What changed between the version a client saw and now, as data: per shot the fields' old and new
text, the shots added, removed and moved, and the comments each change answers (written out by
:mod:`studio.review.changes_doc` as Word and :mod:`studio.review.changes_pdf` as PDF)."""

from __future__ import annotations

from dataclasses import dataclass, field

from studio.models import review as rv
from studio.models.entities import Project, Shot
from studio.wording import say_in

#: The fields compared, in the order the crew reads them.
FIELDS = ("visual", "voiceover", "onscreen_text", "sound", "notes")


@dataclass
class ShotChange:
    """One shot's changes since the round: fields (old, new), whether it moved, the comments it answers."""

    shot_id: str
    code: str
    fields: dict[str, tuple[str, str]] = field(default_factory=dict)
    moved: str = ""
    comments: list[rv.ReviewComment] = field(default_factory=list)
    accepted: list[rv.Suggestion] = field(default_factory=list)


@dataclass
class Changes:
    """Every change from the version sent to now."""

    changed: list[ShotChange]
    added: list[str]
    removed: list[str]


def _order(project: Project) -> dict[str, tuple[int, str, Shot]]:
    out: dict[str, tuple[int, str, Shot]] = {}
    for script in project.scripts:
        for beat, alt, shot in script.iter_shots():
            out[shot.id] = (len(out), f"{beat.id}/{alt.id}", shot)
    return out


def compare(sent: Project, now: Project, review: rv.Review, round_: rv.ReviewRound) -> Changes:
    """The changes from ``sent`` (the round's snapshot) to ``now``."""
    old, new = _order(sent), _order(now)
    kept = [i for i in new if i in old]
    # moved: the shot left its alternative, or its place among the shots both versions hold
    old_rank = {sid: n for n, sid in enumerate(sorted(kept, key=lambda s: old[s][0]))}
    new_rank = {sid: n for n, sid in enumerate(kept)}
    changed: list[ShotChange] = []
    for sid in kept:
        before, after = old[sid][2], new[sid][2]
        item = ShotChange(sid, after.code)
        for name in FIELDS:
            a, b = getattr(before, name), getattr(after, name)
            if a != b:
                item.fields[name] = (a, b)
        if old[sid][1] != new[sid][1] or old_rank[sid] != new_rank[sid]:
            item.moved = f"{old_rank[sid] + 1} → {new_rank[sid] + 1}"
        item.comments = [c for c in review.comments if c.shot == sid and c.round == round_.number]
        item.accepted = [
            s
            for s in review.suggestions
            if s.shot == sid and s.round == round_.number and s.state == "accepted"
        ]
        if item.fields or item.moved or item.comments:
            changed.append(item)
    return Changes(
        changed,
        added=[new[s][2].code for s in new if s not in old],
        removed=[old[s][2].code for s in old if s not in new],
    )


def _w(key: str, lang: str, **facts: object) -> str:
    return say_in(lang, f"review.compare.{key}", **facts)
