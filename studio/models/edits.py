"""Composite edits: one user action as a checked, all-or-nothing run of the model's small operations.

An edit is planned first: its builder works out every step against the document as it is and checks
the document's rules, raising a typed error (:mod:`studio.models.errors`) before anything changes, as
a scheme's ``check_connect`` refuses a link before ``insert_link`` touches the scheme. :meth:`Edit.apply`
then makes the steps in order through :mod:`studio.models.ops`; should one still fail, the steps
already made are taken back before the error goes on, so the document is never left half-changed.
:meth:`Edit.revert` takes the whole edit back and ``apply`` makes it again (redo).

The window wraps one edit in one undo command (the document controller's verbs); the CLI and tests
can apply edits directly.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, TypeVar

from studio.models import ops, rules
from studio.models.entities import (
    Alternative,
    Beat,
    Frame,
    Project,
    Script,
    Shot,
    Variant,
    VariantResult,
    new_id,
)
from studio.models.enums import BeatKind
from studio.models.errors import InvalidValueError, LastItemError, NotFoundError
from studio.models.timeline import chosen_alternative

T = TypeVar("T")

#: Takes one step back.
Undo = Callable[[], object]
#: Makes one step and returns how to take it back.
Step = Callable[[], Undo]


class Edit:
    """A planned run of steps made and taken back as one."""

    def __init__(self, project: Project, steps: Iterable[Step] = ()) -> None:
        self.project = project
        self.steps: list[Step] = list(steps)
        self._undos: list[Undo] | None = None

    def __bool__(self) -> bool:
        return bool(self.steps)

    def __len__(self) -> int:
        return len(self.steps)

    @property
    def applied(self) -> bool:
        """True between :meth:`apply` and :meth:`revert`."""
        return self._undos is not None

    def then(self, other: Edit) -> Edit:
        """This edit followed by ``other``, as one."""
        return Edit(self.project, [*self.steps, *other.steps])

    def apply(self) -> None:
        """Make every step; when one fails, take back those made and raise its error."""
        if self._undos is not None:
            return
        done: list[Undo] = []
        try:
            for step in self.steps:
                done.append(step())
        except BaseException:
            for undo in reversed(done):
                undo()
            raise
        self._undos = done

    def revert(self) -> None:
        """Take every step back, last first."""
        undos, self._undos = self._undos or [], None
        for undo in reversed(undos):
            undo()


# --- steps: each makes one operation and returns its undo ------------------------------------


def _step(make: Callable[[], T], back: Callable[[T], object]) -> Step:
    """A step that calls ``make`` and is taken back by ``back`` with what ``make`` returned (the old
    value, where a removed item was): every step below is one operation and its inverse."""

    def do() -> Undo:
        made = make()
        return lambda: back(made)

    return do


def _set_step(project: Project, entity: object, name: str, value: Any) -> Step:
    return _step(
        lambda: ops.set_field(project, entity, name, value),
        lambda old: ops.set_field(project, entity, name, old),
    )


def _insert_shot_step(project: Project, alt: Alternative, index: int, shot: Shot) -> Step:
    return _step(lambda: ops.insert_shot(project, alt, index, shot), lambda _: ops.remove_shot(project, shot))


def _remove_shot_step(project: Project, shot: Shot) -> Step:
    return _step(lambda: ops.remove_shot(project, shot), lambda where: ops.insert_shot(project, *where, shot))


def _move_shot_step(project: Project, shot: Shot, alt: Alternative, index: int) -> Step:
    return _step(
        lambda: ops.move_shot(project, shot, alt, index), lambda where: ops.move_shot(project, shot, *where)
    )


def _insert_beat_step(project: Project, script: Script, index: int, beat: Beat) -> Step:
    return _step(
        lambda: ops.insert_beat(project, script, index, beat), lambda _: ops.remove_beat(project, beat)
    )


def _remove_beat_step(project: Project, beat: Beat) -> Step:
    def back(where: tuple[Script, int, dict[str, str]]) -> None:
        script, index, choices = where
        ops.insert_beat(project, script, index, beat)
        ops.restore_choices(project, script, choices, beat.id)

    return _step(lambda: ops.remove_beat(project, beat), back)


def _move_beat_step(project: Project, beat: Beat, index: int) -> Step:
    return _step(lambda: ops.move_beat(project, beat, index), lambda old: ops.move_beat(project, beat, old))


def _insert_alternative_step(project: Project, beat: Beat, index: int, alt: Alternative) -> Step:
    return _step(
        lambda: ops.insert_alternative(project, beat, index, alt),
        lambda _: ops.remove_alternative(project, alt),
    )


def _remove_alternative_step(project: Project, script: Script, alt: Alternative) -> Step:
    def back(where: tuple[Beat, int, dict[str, str]]) -> None:
        beat, index, choices = where
        ops.insert_alternative(project, beat, index, alt)
        ops.restore_choices(project, script, choices, beat.id)

    return _step(lambda: ops.remove_alternative(project, alt), back)


def _insert_variant_step(project: Project, script: Script, index: int, variant: Variant) -> Step:
    return _step(
        lambda: ops.insert_variant(project, script, index, variant),
        lambda _: ops.remove_variant(project, variant),
    )


def _remove_variant_step(project: Project, variant: Variant) -> Step:
    return _step(
        lambda: ops.remove_variant(project, variant),
        lambda where: ops.insert_variant(project, *where, variant),
    )


def _choice_step(project: Project, variant: Variant, beat: Beat, alt_id: str | None) -> Step:
    return _step(
        lambda: ops.set_choice(project, variant, beat, alt_id),
        lambda old: ops.set_choice(project, variant, beat, old),
    )


def _result_step(project: Project, variant_id: str, result: VariantResult | None) -> Step:
    return _step(
        lambda: ops.set_result(project, result, variant_id),
        lambda old: ops.set_result(project, old, variant_id),
    )


def _frame_step(project: Project, frame: Frame) -> Step:
    def add() -> bool:
        added = frame.hash not in project.frames
        ops.add_frame(project, frame)
        return added

    return _step(add, lambda added: ops.remove_frame(project, frame) if added else None)


def _insert_script_step(project: Project, index: int, script: Script) -> Step:
    return _step(
        lambda: ops.insert_script(project, index, script), lambda _: ops.remove_script(project, script)
    )


def _remove_script_step(project: Project, script: Script) -> Step:
    return _step(
        lambda: ops.remove_script(project, script), lambda index: ops.insert_script(project, index, script)
    )


def _content_step(project: Project, content: Project) -> Step:
    return _step(lambda: ops.replace_content(project, content), lambda old: ops.replace_content(project, old))


# --- where things are ------------------------------------------------------------------


def script_of(project: Project, thing: Beat | Alternative | Variant) -> Script:
    """The script holding a beat, an alternative or a variant."""
    for script in project.scripts:
        if isinstance(thing, Variant) and any(v is thing for v in script.variants):
            return script
        for beat in script.beats:
            if beat is thing or any(a is thing for a in beat.alternatives):
                return script
    raise NotFoundError(type(thing).__name__.lower(), thing.id)


def beat_of(project: Project, alt: Alternative) -> Beat:
    """The beat holding an alternative."""
    for script in project.scripts:
        for beat in script.beats:
            if any(a is alt for a in beat.alternatives):
                return beat
    raise NotFoundError("alternative", alt.id)


class _Layout:
    """Where every shot of a script will be as planned steps are made (nothing changes)."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self.shots: dict[str, list[Shot]] = {}
        self.alts: dict[str, Alternative] = {}
        self.beats: dict[str, Beat] = {}
        self.steps: list[Step] = []

    def _list(self, alt: Alternative) -> list[Shot]:
        if alt.id not in self.shots:
            self.shots[alt.id] = list(alt.shots)
            self.alts[alt.id] = alt
        return self.shots[alt.id]

    def where(self, shot: Shot) -> tuple[Alternative, int]:
        """A shot's alternative and index in the planned state."""
        for alt_id, shots in self.shots.items():
            for i, s in enumerate(shots):
                if s is shot:
                    return self.alts[alt_id], i
        _, _, alt, _ = self.project.locate_shot(shot.id)  # raises NotFoundError for a shot not in the file
        return alt, self._list(alt).index(next(s for s in alt.shots if s.id == shot.id))

    def shots_of(self, alt: Alternative) -> list[Shot]:
        """An alternative's shots in the planned state."""
        return list(self._list(alt))

    def insert(self, alt: Alternative, index: int, shot: Shot) -> None:
        shots = self._list(alt)
        index = max(0, min(index, len(shots)))
        rules.check_duration("duration", shot.duration_ds)
        shots.insert(index, shot)
        self.steps.append(_insert_shot_step(self.project, alt, index, shot))

    def remove(self, shot: Shot) -> None:
        alt, index = self.where(shot)
        del self._list(alt)[index]
        self.steps.append(_remove_shot_step(self.project, shot))

    def move(self, shot: Shot, alt: Alternative, index: int) -> None:
        """Move as :func:`studio.models.ops.move_shot` does: out first, then in at ``index``."""
        old_alt, old_index = self.where(shot)
        del self._list(old_alt)[old_index]
        shots = self._list(alt)
        index = max(0, min(index, len(shots)))
        shots.insert(index, shot)
        self.steps.append(_move_shot_step(self.project, shot, alt, index))

    def edit(self) -> Edit:
        return Edit(self.project, self.steps)


def _in_order(project: Project, shots: Sequence[Shot]) -> list[Shot]:
    """The shots in the script's order, each once; a shot not in the document is refused."""
    wanted = {s.id for s in shots}
    for shot in shots:
        project.locate_shot(shot.id)
    ordered = [s for script in project.scripts for _, _, s in script.iter_shots() if s.id in wanted]
    return list({s.id: s for s in ordered}.values())


# --- fields ----------------------------------------------------------------------------


def set_fields(project: Project, changes: Iterable[tuple[object, str, Any]]) -> Edit:
    """Set several fields as one edit (a fix with its companion edits, project settings ...).

    Each value is checked against its field and the document's rules before anything changes.
    """
    steps = []
    for entity, name, value in changes:
        value = ops.coerce(entity, name, value)
        ops.check_field(project, entity, name, value)
        steps.append(_set_step(project, entity, name, value))
    return Edit(project, steps)


def rename_variant(project: Project, variant: Variant, name: str) -> Edit:
    """Give a variant a new name, refused when another variant of its script has it (or it is empty)."""
    return set_fields(project, [(variant, "name", name)])


# --- shots -----------------------------------------------------------------------------


def copy_of(shot: Shot) -> Shot:
    """A new shot like ``shot`` with a fresh id and no code (inserting gives it the next one)."""
    return dataclasses.replace(shot, id=new_id(), code="", tags=list(shot.tags))


def add_shots(project: Project, alt: Alternative, index: int, shots: Sequence[Shot]) -> Edit:
    """Insert shots into an alternative from ``index`` on (pasting, adding one shot ...)."""
    script = script_of(project, alt)
    layout = _Layout(project)
    for i, shot in enumerate(shots):
        if shot.code:
            rules.check_shot_code(script, shot.code, shot)
        layout.insert(alt, index + i, shot)
    return layout.edit()


def paste_shots(project: Project, shots: Sequence[Shot], alt: Alternative, index: int) -> Edit:
    """Paste shots at ``index`` in ``alt``; a frame from another project is left out (its picture is not here)."""
    for shot in shots:
        if shot.frame and shot.frame not in project.frames:
            shot.frame = None
    return add_shots(project, alt, index, shots)


def duplicate_shots(project: Project, shots: Sequence[Shot]) -> tuple[Edit, list[Shot]]:
    """A copy of each shot right after it; returns the edit and the copies."""
    layout = _Layout(project)
    copies = []
    for shot in shots:
        alt, index = layout.where(shot)
        copy = copy_of(shot)
        layout.insert(alt, index + 1, copy)
        copies.append(copy)
    return layout.edit(), copies


def delete_shots(project: Project, shots: Sequence[Shot]) -> Edit:
    """Remove shots (undo puts each back where it was)."""
    layout = _Layout(project)
    for shot in shots:
        layout.remove(shot)
    return layout.edit()


def move_shots(project: Project, variant: Variant, shots: Sequence[Shot], step: int) -> Edit:
    """Move shots one place up (``step`` -1) or down (+1): Alt+Up/Down in the Write tab and the shot list.

    A shot changes places with its neighbour in its alternative. At the alternative's first place,
    up takes it to the end of the alternative ``variant`` plays in the previous beat; at its last,
    down takes it to the start of the one it plays in the next beat. So in the cut (the shot list)
    a shot always swaps with the row above or below it, crossing a beat's border like any other row,
    and in the Write tab it leaves its card for the neighbouring beat's card. At the first (last)
    beat's edge nothing moves. Several shots move as a block: a shot whose neighbour is one of the
    moving shots that could not move stays too, so a block at the top keeps its order.
    The edit is empty when nothing can move.
    """
    if step not in (-1, 1):
        raise ValueError(step)
    layout = _Layout(project)
    ordered = _in_order(project, shots)
    stuck: set[str] = set()
    for shot in ordered if step < 0 else reversed(ordered):
        script, beat, _, _ = project.locate_shot(shot.id)
        alt, index = layout.where(shot)
        own = layout.shots_of(alt)
        neighbour: Shot | None
        if 0 <= index + step < len(own):
            target, at, neighbour = alt, index + step, own[index + step]
        else:
            b = script.beats.index(beat) + step
            if not 0 <= b < len(script.beats):
                stuck.add(shot.id)
                continue
            target = chosen_alternative(variant, script.beats[b])
            there = layout.shots_of(target)
            at = len(there) if step < 0 else 0
            neighbour = (there[-1] if step < 0 else there[0]) if there else None
        if neighbour is not None and neighbour.id in stuck:
            stuck.add(shot.id)
            continue
        layout.move(shot, target, at)
    return layout.edit()


def move_shots_before(project: Project, shots: Sequence[Shot], anchor: Shot) -> Edit:
    """Put shots, in the given order, right before ``anchor`` (a drop in the shot list)."""
    layout = _Layout(project)
    for shot in shots:
        alt, own = layout.where(shot)
        anchor_alt, target = layout.where(anchor)
        if alt is anchor_alt and own < target:
            target -= 1  # the shot's own removal shifts the anchor up by one
        layout.move(shot, anchor_alt, target)
    return layout.edit()


def move_shots_to_end(project: Project, shots: Sequence[Shot], alt: Alternative) -> Edit:
    """Put shots, in the given order, at the end of ``alt`` (a drop after the last row, "move to beat")."""
    script_of(project, alt)
    layout = _Layout(project)
    for shot in shots:
        own_alt, _ = layout.where(shot)
        end = len(layout.shots_of(alt)) - (1 if own_alt is alt else 0)
        layout.move(shot, alt, end)
    return layout.edit()


# --- beats and alternatives -------------------------------------------------------------


def add_alternative(project: Project, beat: Beat, alt: Alternative, shots: Sequence[Shot] = ()) -> Edit:
    """Add an alternative at the end of a beat with its first shots (hook B with one line ...)."""
    rules.check_alternative_label(beat, alt.label, alt)
    script_of(project, beat)
    steps = [_insert_alternative_step(project, beat, len(beat.alternatives), alt)]
    for i, shot in enumerate(shots):
        rules.check_duration("duration", shot.duration_ds)
        steps.append(_insert_shot_step(project, alt, i, shot))
    return Edit(project, steps)


def remove_alternative(project: Project, alt: Alternative) -> Edit:
    """Remove an alternative, never a beat's last; undo restores the variants' choices of it."""
    script, beat = script_of(project, alt), beat_of(project, alt)
    if len(beat.alternatives) <= 1:
        raise LastItemError("alternative")
    return Edit(project, [_remove_alternative_step(project, script, alt)])


def move_beat(project: Project, beat: Beat, index: int) -> Edit:
    """Move a beat to ``index`` in its script; empty when it is there already or the place is outside."""
    beats = script_of(project, beat).beats
    if not 0 <= index < len(beats) or beats.index(beat) == index:
        return Edit(project)
    return Edit(project, [_move_beat_step(project, beat, index)])


def remove_beat(project: Project, beat: Beat) -> Edit:
    """Remove a beat with its alternatives, never a script's last; undo restores the variants' choices."""
    if len(script_of(project, beat).beats) <= 1:
        raise LastItemError("beat")
    return Edit(project, [_remove_beat_step(project, beat)])


def insert_split(
    project: Project,
    script: Script,
    variant: Variant,
    pairs: Sequence[tuple[BeatKind, Shot]],
    shown: dict[str, str] | None = None,
    replace: bool = False,
) -> Edit:
    """Put a split voice-over's shots into their beats as one edit ("paste a whole script").

    Each shot goes to the end of the alternative shown for its kind's first beat (``shown``: beat id ->
    alternative id, else the one ``variant`` plays). A kind with no beat gets a new beat, placed after the
    beats of the kinds that come before it. With ``replace`` the shots already in an alternative that
    receives new ones are removed first.
    """
    layout = _Layout(project)
    beats = list(script.beats)
    cleared: set[str] = set()
    for kind, shot in pairs:
        beat = next((b for b in beats if b.kind is kind), None)
        if beat is None:
            rank = SPLIT_ORDER.index(kind) if kind in SPLIT_ORDER else len(SPLIT_ORDER)
            index = sum(1 for b in beats if b.kind in SPLIT_ORDER and SPLIT_ORDER.index(b.kind) < rank)
            beat = Beat(kind=kind, alternatives=[Alternative(label="A")])
            beats.insert(index, beat)
            layout.steps.append(_insert_beat_step(project, script, index, beat))
        alt = beat.alternative((shown or {}).get(beat.id, "")) or chosen_alternative(variant, beat)
        if replace and alt.id not in cleared:
            cleared.add(alt.id)
            for old in layout.shots_of(alt):
                layout.remove(old)
        layout.insert(alt, len(layout.shots_of(alt)), shot)
    return layout.edit()


#: The order of the beats a split voice-over fills.
SPLIT_ORDER = (BeatKind.HOOK, BeatKind.PAIN, BeatKind.SOLUTION, BeatKind.PROOF, BeatKind.CTA)


# --- variants --------------------------------------------------------------------------


def create_variant(project: Project, script: Script, variant: Variant) -> Edit:
    """Add a variant at the end of a script; refused when its name is taken or empty."""
    rules.check_variant_name(script, variant.name, variant)
    for beat_id, alt_id in variant.choices.items():
        beat = next((b for b in script.beats if b.id == beat_id), None)
        if beat is None or beat.alternative(alt_id) is None:
            raise NotFoundError("alternative", alt_id)
    return Edit(project, [_insert_variant_step(project, script, len(script.variants), variant)])


def delete_variant(project: Project, variant: Variant) -> Edit:
    """Remove a variant; the base variant always stays."""
    if variant.is_base:
        raise LastItemError("variant")
    script_of(project, variant)
    return Edit(project, [_remove_variant_step(project, variant)])


def set_choice(project: Project, variant: Variant, beat: Beat, alt_id: str | None) -> Edit:
    """Make a variant play ``alt_id`` for ``beat`` (None: its first); empty when it already does."""
    if alt_id is not None and beat.alternative(alt_id) is None:
        raise NotFoundError("alternative", alt_id)
    if variant.choices.get(beat.id) == alt_id:
        return Edit(project)
    return Edit(project, [_choice_step(project, variant, beat, alt_id)])


# --- results, frames, scripts, restore ----------------------------------------------------


def set_results(project: Project, results: Mapping[str, VariantResult | None]) -> Edit:
    """Store (None: clear) several variants' ad results as one edit (an import, a paste ...)."""
    steps = []
    for variant_id, result in results.items():
        if result is not None and result.variant_id != variant_id:
            raise InvalidValueError("variant_id", result.variant_id)
        steps.append(_result_step(project, variant_id, result))
    return Edit(project, steps)


def add_frames(project: Project, frames: Iterable[Frame]) -> Edit:
    """Put imported images into the frame catalogue (their bytes are already in the file)."""
    return Edit(project, [_frame_step(project, f) for f in frames])


def add_script(project: Project, script: Script, index: int | None = None) -> Edit:
    """Add a whole script (a draft, a structure, a teardown) at ``index`` (None: last)."""
    rules.check_script(script)
    place = len(project.scripts) if index is None else index
    return Edit(project, [_insert_script_step(project, place, script)])


def replace_script(project: Project, old: Script, new: Script) -> Edit:
    """Put a whole script where ``old`` was; the new one goes in first, so a project always has one."""
    rules.check_script(new)
    if old not in project.scripts:
        raise NotFoundError("script", old.id)
    index = project.scripts.index(old)
    return Edit(project, [_insert_script_step(project, index, new), _remove_script_step(project, old)])


def restore(project: Project, content: Project) -> Edit:
    """Make the document hold a restored version's content; refused when that breaks a rule."""
    rules.check_project(content)
    return Edit(project, [_content_step(project, content)])
