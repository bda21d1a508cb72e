"""Decisions on a review: accept or decline suggested edits, approve shots, answer and resolve comments.

Accepting puts the client's text into the shot through ``ops.set_field`` like any other edit
(so the store saves it and the guide checks it), then marks the suggestions accepted; nothing
changes when any chosen suggestion no longer fits its field (ReviewError 'stale').
"""

from __future__ import annotations

from dataclasses import dataclass

from studio.models import ops
from studio.models import review as rv
from studio.models.entities import Project, Shot
from studio.models.errors import NotFoundError


@dataclass(frozen=True)
class FieldEdit:
    """One shot field's text before and after accepting."""

    shot: Shot
    field: str
    old: str
    new: str


def chosen(review: rv.Review, ids: list[str], author: str | None, every: bool) -> list[rv.Suggestion]:
    """The pending suggestions named by id, or all of them (of ``author`` when given)."""
    if every or (author and not ids):
        return rv.pending_of(review, author)
    return [rv.find_suggestion(review, i) for i in ids]


def planned_edits(project: Project, suggestions: list[rv.Suggestion]) -> list[FieldEdit]:
    """The field edits accepting ``suggestions`` makes, in order; raises before anything changes."""
    texts: dict[tuple[str, str], str] = {}
    shots: dict[str, Shot] = {}
    for s in suggestions:
        if s.field not in rv.REVIEW_FIELDS:
            raise rv.ReviewError("stale", value=s.id)
        try:
            _, _, alt, i = project.locate_shot(s.shot)
        except NotFoundError:
            raise rv.ReviewError("gone", value=s.id) from None
        shots[s.shot] = alt.shots[i]
        key = (s.shot, s.field)
        current = texts.get(key, getattr(alt.shots[i], s.field))
        texts[key] = rv.applied_text(current, s)
    return [
        FieldEdit(shots[sid], name, getattr(shots[sid], name), new)
        for (sid, name), new in texts.items()
        if getattr(shots[sid], name) != new
    ]


def accept(project: Project, suggestions: list[rv.Suggestion]) -> list[FieldEdit]:
    """Put the suggestions' text into their shots and mark them accepted; returns the edits made."""
    edits = planned_edits(project, suggestions)
    for e in edits:
        ops.set_field(project, e.shot, e.field, e.new)
    ops.set_field(
        project, project, "review", rv.decided(project.review, [s.id for s in suggestions], "accepted")
    )
    return edits


def decline(project: Project, suggestions: list[rv.Suggestion]) -> None:
    """Mark the suggestions declined (the shots keep their text)."""
    ops.set_field(
        project, project, "review", rv.decided(project.review, [s.id for s in suggestions], "declined")
    )


def find_shot(project: Project, key: str) -> Shot:
    """A shot by id or by its code (case-insensitive)."""
    lowered = key.strip().casefold()
    for script in project.scripts:
        for _, _, shot in script.iter_shots():
            if shot.id == key or shot.code.casefold() == lowered:
                return shot
    raise NotFoundError("shot", key)


#: Verdict words a user may type, in either language -> the approval state.
STATUS_WORDS = {
    "pending": "pending",
    "待审": "pending",
    "approved": "approved",
    "approve": "approved",
    "通过": "approved",
    "changes": "changes",
    "changes requested": "changes",
    "需修改": "changes",
    "修改": "changes",
}


def sent_shot_ids(project: Project, round_: rv.ReviewRound | None) -> list[str]:
    """The shots of the variants a round sent (every shot when no round was sent), in cut order, once each."""
    from studio.models.timeline import cut

    # ordered and found in constant time (a list's `in` is quadratic at 5,000 shots)
    out: dict[str, None] = {}
    for script in project.scripts:
        variants = [v for v in script.variants if round_ is None or v.id in round_.variants]
        if round_ is None:
            out.update((s.id, None) for _, _, s in script.iter_shots())
            continue
        for v in variants:
            out.update((t.shot.id, None) for t in cut(script, v))
    return list(out)
