"""The document's own rules, checked before an edit changes anything.

Every path that changes the document (the window's commands, the CLI, :mod:`studio.models.ops`,
JSON load, Excel import, a snapshot restore) ends in these checks, so a rule cannot be kept by
one front and broken by another. Each check raises a typed error from
:mod:`studio.models.errors` and changes nothing; the fronts put it into words.

Rules: variant names are unique within a script once trimmed and folded (Unicode NFKC, so
full-width and half-width letters are one, and case-folded); shot codes are unique within a
script; alternative labels within a beat; durations are whole tenths between 0.1 s and an hour;
a creator's variant is a variant's id.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator

from studio.models.entities import Alternative, Beat, Project, Script, Shot, Variant
from studio.models.errors import DanglingLinkError, DuplicateNameError, EmptyNameError, InvalidValueError
from studio.models.fields import MAX_DS


def name_key(name: str) -> str:
    """What two names are compared by: trimmed, inner spaces collapsed, NFKC width and case folded."""
    folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", name).casefold())
    return " ".join(folded.split())


def _clash(key: str, others: Iterable[tuple[str, object]], skip: object = None) -> str | None:
    """The first other name with this key (skipping the entity being renamed)."""
    if not key:
        return None
    for name, owner in others:
        if owner is not skip and name_key(name) == key:
            return name
    return None


def check_variant_name(script: Script, name: str, variant: Variant | None = None) -> None:
    """Refuse a variant name that is empty or that another variant of ``script`` already has."""
    if not name_key(name):
        raise EmptyNameError("variant")
    other = _clash(name_key(name), ((v.name, v) for v in script.variants), skip=variant)
    if other is not None:
        raise DuplicateNameError("variant", name, other, script.title)


def check_shot_code(script: Script, code: str, shot: Shot | None = None) -> None:
    """Refuse a shot code another shot of ``script`` already has (empty codes get one on insert)."""
    if not code.strip():
        return
    other = _clash(name_key(code), ((s.code, s) for _, _, s in script.iter_shots()), skip=shot)
    if other is not None:
        raise DuplicateNameError("shot_code", code, other, script.title)


def check_alternative_label(beat: Beat, label: str, alt: Alternative | None = None) -> None:
    """Refuse a label another alternative of ``beat`` already has."""
    other = _clash(name_key(label), ((a.label, a) for a in beat.alternatives), skip=alt)
    if other is not None:
        raise DuplicateNameError("alternative_label", label, other, beat.name or beat.kind.value)


def check_duration(name: str, value: object, optional: bool = False) -> None:
    """Refuse a duration that is not whole tenths of a second between 0.1 s and an hour."""
    if value is None and optional:
        return
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_DS:
        raise InvalidValueError(name, value)


def check_shot(script: Script, shot: Shot) -> None:
    """Refuse a shot that would break a rule once added to ``script``."""
    check_duration("duration", shot.duration_ds)
    check_shot_code(script, shot.code, shot)


def _pairs(items: list[tuple[str, object]]) -> Iterator[tuple[str, str]]:
    """Each (later, earlier) pair of names with one key, in order."""
    seen: dict[str, str] = {}
    for name, _ in items:
        key = name_key(name)
        if key and key in seen:
            yield name, seen[key]
        elif key:
            seen[key] = name


def check_script(script: Script) -> None:
    """Refuse a whole script (added, pasted, loaded) that breaks a rule within itself."""
    for later, first in _pairs([(v.name, v) for v in script.variants]):
        raise DuplicateNameError("variant", later, first, script.title)
    for later, first in _pairs([(s.code, s) for _, _, s in script.iter_shots()]):
        raise DuplicateNameError("shot_code", later, first, script.title)
    for beat in script.beats:
        check_duration("budget", beat.budget_ds, optional=True)
        for later, first in _pairs([(a.label, a) for a in beat.alternatives]):
            raise DuplicateNameError("alternative_label", later, first, beat.name or beat.kind.value)
    for _, _, shot in script.iter_shots():
        check_duration("duration", shot.duration_ds)


def check_project(project: Project) -> None:
    """Refuse a whole document (loaded, imported, restored) that breaks a rule."""
    for script in project.scripts:
        check_script(script)


def variant_ids(project: Project) -> set[str]:
    """The id of every variant of every script."""
    return {v.id for s in project.scripts for v in s.variants}


def check_creator_links(project: Project, creators: Iterable[object], before: Iterable[object] = ()) -> None:
    """Refuse creators whose variant is not a variant's id; links already held (to a variant
    since removed, kept so undo can bring it back) stay allowed."""
    known = variant_ids(project) | {str(getattr(t, "variant", "")) for t in before}
    for creator in creators:
        key = str(getattr(creator, "variant", ""))
        if key and key not in known:
            raise DanglingLinkError("creator", key)


def variant_id_for(text: str, variants: Iterable[tuple[str, str]]) -> str | None:
    """The id a creator's variant text means: an id as it is, else the first variant of that name
    (compared as names are), else None. ``variants`` are (id, name) pairs in script order."""
    pairs = list(variants)
    if any(text == vid for vid, _ in pairs):
        return text
    key = name_key(text)
    return next((vid for vid, name in pairs if key and name_key(name) == key), None)


def link_creators(project: Project) -> list[str]:
    """Point creators that still name their variant (files from before ids) at its id, in place;
    returns the texts that name no variant, which are kept as they were."""
    pairs = [(v.id, v.name) for s in project.scripts for v in s.variants]
    unmatched: list[str] = []
    for creator in project.creators:
        if creator.variant:
            found = variant_id_for(creator.variant, pairs)
            if found is None:
                unmatched.append(creator.variant)
            else:
                creator.variant = found
    return unmatched


def variant_label(project: Project, key: str) -> str:
    """The name to show for a creator's variant id (the text itself when it names no variant)."""
    for script in project.scripts:
        for variant in script.variants:
            if variant.id == key:
                return variant.name
    return key
