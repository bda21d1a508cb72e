"""Small reversible edit operations; every UI undo command calls only these.

Each operation changes the document, stamps the project's modified time, tells the
listeners what changed and returns what is needed to undo it.
"""

from __future__ import annotations

from dataclasses import is_dataclass
from typing import Any, TypeVar

from studio.models import fields, rules
from studio.models.brief import link_brief
from studio.models.codes import next_code, next_label
from studio.models.entities import (
    Alternative,
    Beat,
    Change,
    Frame,
    Op,
    Project,
    Script,
    Shot,
    Variant,
    VariantResult,
    now_iso,
)
from studio.models.errors import (
    EmptyNameError,
    InvalidValueError,
    LastItemError,
    NotFoundError,
    UnknownFieldError,
)

#: Longest duration a single shot may have, tenths of a second (one hour).
MAX_DS = fields.MAX_DS


def coerce(entity: object, name: str, value: Any) -> Any:
    """Check and convert a value for a field, raising a typed error when it does not fit."""
    declared = fields.find_field(type(entity), name) if is_dataclass(entity) else None
    if declared is None or not declared.spec.editable:
        raise UnknownFieldError(type(entity).__name__, name)
    value = declared.kind.check(name, value)
    if isinstance(entity, Project) and name == "brief":
        # Pains keep stable ids and selling points link to them by id, whichever front made the brief.
        value = link_brief(entity.brief, value)
    return value


def _touch(project: Project) -> None:
    project.modified = now_iso()


Item = TypeVar("Item")


def _insert(project: Project, items: list[Item], index: int, item: Item, parent: object) -> Item:
    """Put ``item`` at ``index`` (kept within the list), mark the project modified and tell the listeners."""
    items.insert(max(0, min(index, len(items))), item)
    _touch(project)
    project.notify(Change(Op.INSERT, item, parent))
    return item


def check_field(project: Project, entity: object, name: str, value: Any) -> None:
    """Refuse a value that breaks one of the document's rules (see :mod:`studio.models.rules`)."""
    if isinstance(entity, Variant) and name == "name":
        script = next((s for s in project.scripts if any(v is entity for v in s.variants)), None)
        if script is not None:
            rules.check_variant_name(script, value, entity)
        elif not rules.name_key(value):
            raise EmptyNameError("variant")
    elif isinstance(entity, Shot) and name == "code":
        for script in project.scripts:
            if any(s is entity for _, _, s in script.iter_shots()):
                rules.check_shot_code(script, value, entity)
    elif isinstance(entity, Alternative) and name == "label":
        for script in project.scripts:
            for beat in script.beats:
                if any(a is entity for a in beat.alternatives):
                    rules.check_alternative_label(beat, value, entity)
    elif entity is project and name == "creators":
        rules.check_creator_links(project, value, project.creators)


def set_field(project: Project, entity: object, name: str, value: Any) -> Any:
    """Set one field, refusing a value that breaks a rule before changing anything; returns the old value."""
    value = coerce(entity, name, value)
    check_field(project, entity, name, value)
    old = getattr(entity, name)
    if isinstance(old, (list, dict)):
        old = type(old)(old)
    setattr(entity, name, value)
    _touch(project)
    project.notify(Change(Op.SET, entity, None, name))
    return old


# --- shots -----------------------------------------------------------------


def _script_of_alt(project: Project, alt: Alternative) -> tuple[Script, Beat]:
    for script in project.scripts:
        for beat in script.beats:
            if any(a is alt for a in beat.alternatives):
                return script, beat
    raise NotFoundError("alternative", alt.id)


def insert_shot(project: Project, alt: Alternative, index: int, shot: Shot) -> Shot:
    """Insert a shot into an alternative at ``index``, giving it a code if it has none."""
    script, beat = _script_of_alt(project, alt)
    rules.check_duration("duration", shot.duration_ds)
    if not shot.code:
        shot.code = next_code(script, beat, alt)
    rules.check_shot_code(script, shot.code, shot)
    return _insert(project, alt.shots, index, shot, alt)


def remove_shot(project: Project, shot: Shot) -> tuple[Alternative, int]:
    """Remove a shot; returns where it was so undo can put it back."""
    _, _, alt, index = project.locate_shot(shot.id)
    del alt.shots[index]
    _touch(project)
    project.notify(Change(Op.REMOVE, shot, alt))
    return alt, index


def move_shot(project: Project, shot: Shot, alt: Alternative, index: int) -> tuple[Alternative, int]:
    """Move a shot to ``index`` in ``alt`` (any beat); returns where it was."""
    old_script, _, old_alt, old_index = project.locate_shot(shot.id)
    script, _ = _script_of_alt(project, alt)
    if script is not old_script:
        rules.check_shot_code(script, shot.code, shot)
    del old_alt.shots[old_index]
    index = max(0, min(index, len(alt.shots)))
    alt.shots.insert(index, shot)
    _touch(project)
    if old_alt is not alt:
        project.notify(Change(Op.MOVE, old_alt, None))
    project.notify(Change(Op.MOVE, shot, alt))
    return old_alt, old_index


# --- beats and alternatives --------------------------------------------------


def insert_beat(project: Project, script: Script, index: int, beat: Beat) -> Beat:
    """Insert a beat; a beat always has at least one alternative."""
    if not beat.alternatives:
        beat.alternatives.append(Alternative(label="A"))
    return _insert(project, script.beats, index, beat, script)


def remove_beat(project: Project, beat: Beat) -> tuple[Script, int, dict[str, str]]:
    """Remove a beat with its alternatives; returns where it was and the variants' choices."""
    for script in project.scripts:
        if beat in script.beats:
            index = script.beats.index(beat)
            choices = {v.id: v.choices.pop(beat.id) for v in script.variants if beat.id in v.choices}
            del script.beats[index]
            _touch(project)
            project.notify(Change(Op.REMOVE, beat, script))
            _choices_changed(project, script, choices)
            return script, index, choices
    raise NotFoundError("beat", beat.id)


def _choices_changed(project: Project, script: Script, choices: dict[str, str]) -> None:
    """Tell the listeners that the variants named in ``choices`` (by id) chose anew."""
    for variant in script.variants:
        if variant.id in choices:
            project.notify(Change(Op.SET, variant, None, "choices"))


def restore_choices(project: Project, script: Script, choices: dict[str, str], beat_id: str) -> None:
    """Put back variant choices for a beat, as returned by a remove."""
    for variant in script.variants:
        if variant.id in choices:
            variant.choices[beat_id] = choices[variant.id]
            project.notify(Change(Op.SET, variant, None, "choices"))


def move_beat(project: Project, beat: Beat, index: int) -> int:
    """Move a beat within its script; returns its old index."""
    for script in project.scripts:
        if beat in script.beats:
            old = script.beats.index(beat)
            script.beats.pop(old)
            script.beats.insert(max(0, min(index, len(script.beats))), beat)
            _touch(project)
            project.notify(Change(Op.MOVE, beat, script))
            return old
    raise NotFoundError("beat", beat.id)


def new_alternative(beat: Beat) -> Alternative:
    """An empty alternative with the beat's next free label."""
    return Alternative(label=next_label(beat))


def insert_alternative(project: Project, beat: Beat, index: int, alt: Alternative) -> Alternative:
    """Add an alternative to a beat; its label must be free in the beat."""
    rules.check_alternative_label(beat, alt.label, alt)
    return _insert(project, beat.alternatives, index, alt, beat)


def remove_alternative(project: Project, alt: Alternative) -> tuple[Beat, int, dict[str, str]]:
    """Remove an alternative (never a beat's last); variants that chose it fall back."""
    script, beat = _script_of_alt(project, alt)
    if len(beat.alternatives) <= 1:
        raise LastItemError("alternative")
    index = beat.alternatives.index(alt)
    choices = {v.id: v.choices.pop(beat.id) for v in script.variants if v.choices.get(beat.id) == alt.id}
    del beat.alternatives[index]
    _touch(project)
    project.notify(Change(Op.REMOVE, alt, beat))
    _choices_changed(project, script, choices)
    return beat, index, choices


# --- variants --------------------------------------------------------------


def insert_variant(project: Project, script: Script, index: int, variant: Variant) -> Variant:
    """Add a variant to a script; its name must be free in the script."""
    rules.check_variant_name(script, variant.name, variant)
    if variant.is_base and any(v.is_base for v in script.variants):
        raise InvalidValueError("is_base", True)
    return _insert(project, script.variants, index, variant, script)


def remove_variant(project: Project, variant: Variant) -> tuple[Script, int]:
    """Remove a variant; the base variant always stays."""
    if variant.is_base:
        raise LastItemError("variant")
    for script in project.scripts:
        if variant in script.variants:
            index = script.variants.index(variant)
            del script.variants[index]
            _touch(project)
            project.notify(Change(Op.REMOVE, variant, script))
            return script, index
    raise NotFoundError("variant", variant.id)


def set_choice(project: Project, variant: Variant, beat: Beat, alt_id: str | None) -> str | None:
    """Make a variant play ``alt_id`` for ``beat`` (None: the first); returns the old choice."""
    if alt_id is not None and beat.alternative(alt_id) is None:
        raise NotFoundError("alternative", alt_id)
    old = variant.choices.get(beat.id)
    if alt_id is None:
        variant.choices.pop(beat.id, None)
    else:
        variant.choices[beat.id] = alt_id
    _touch(project)
    project.notify(Change(Op.SET, variant, None, "choices"))
    return old


# --- scripts and frames ------------------------------------------------------


def insert_script(project: Project, index: int, script: Script) -> Script:
    """Add a script that keeps the rules within itself; it gets a base variant if it has none."""
    rules.check_script(script)
    if not any(v.is_base for v in script.variants):
        script.variants.insert(0, Variant(name="Base", is_base=True))
    return _insert(project, project.scripts, index, script, project)


def remove_script(project: Project, script: Script) -> int:
    """Remove a script (never the last); returns its index."""
    if len(project.scripts) <= 1:
        raise LastItemError("script")
    index = project.scripts.index(script)
    del project.scripts[index]
    _touch(project)
    project.notify(Change(Op.REMOVE, script, project))
    return index


def add_frame(project: Project, frame: Frame) -> Frame:
    """Register a frame in the catalogue; an identical image is kept once."""
    existing = project.frames.get(frame.hash)
    if existing is not None:
        return existing
    project.frames[frame.hash] = frame
    project.notify(Change(Op.INSERT, frame, project))
    return frame


def remove_frame(project: Project, frame: Frame) -> Frame:
    """Take a frame out of the catalogue (undoing its import); shots keep naming its hash."""
    if project.frames.get(frame.hash) is not frame:
        raise NotFoundError("frame", frame.hash)
    del project.frames[frame.hash]
    project.notify(Change(Op.REMOVE, frame, project))
    return frame


def _content_names() -> list[str]:
    """What a restore replaces: every declared field but the id, and the document's collections."""
    return [f.name for f in fields.persisted(Project) if f.name != "id"] + ["scripts", "results", "frames"]


def replace_content(project: Project, source: Project) -> Project:
    """Make the document hold ``source``'s content (a restored version); returns the old content.

    Undo is ``replace_content(project, old)``. The views and the store hear one ``reset``.
    A ``source`` that breaks a rule is refused before anything changes.
    """
    rules.check_project(source)
    old = Project(id=project.id)
    for name in _content_names():
        setattr(old, name, getattr(project, name))
        setattr(project, name, getattr(source, name))
    _touch(project)
    project.notify(Change(Op.RESET, project))
    return old


def set_result(project: Project, result: VariantResult | None, variant_id: str) -> VariantResult | None:
    """Store (or with None, clear) a variant's ad results; returns the previous ones."""
    if result is not None and result.variant_id != variant_id:
        raise InvalidValueError("variant_id", result.variant_id)
    old = project.results.pop(variant_id, None)
    if result is not None:
        project.results[variant_id] = result
    _touch(project)
    project.notify(Change(Op.RESULTS, project, variant_id=variant_id))
    return old
