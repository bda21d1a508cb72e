"""Where a draft from the brief goes: into the current script when that is still empty, else beside
it under a name no other script has ("痛点-方案-行动 2"), never a second script of one name."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from studio.guide.brief.draft import draft_from_brief
from studio.guide.brief.templates import templates
from studio.models.entities import SHOT_TEXT_FIELDS, Project, Script


def name_key(title: str) -> str:
    """A title as compared for sameness: width, case and surrounding space folded away."""
    return unicodedata.normalize("NFKC", title).strip().casefold()


def _placeholders(template_id: str) -> set[str]:
    """The visuals a new script of the template starts with, in every language (not the writer's words)."""
    tpl = templates().get(template_id)
    if tpl is None:
        return set()
    found = set()
    for beat in tpl.beats:
        for shot in beat.get("shots", []):
            visual = shot.get("visual")
            found |= {
                str(v).strip() for v in (visual.values() if isinstance(visual, dict) else [visual or ""])
            }
    return found


def is_blank(project: Project, script: Script) -> bool:
    """Whether a script holds nothing anyone made: no words, frame, result or extra variant in it
    (the visuals a template starts a script with do not count)."""
    if len(script.variants) > 1 or any(v.id in project.results for v in script.variants):
        return False
    placeholders = _placeholders(script.template)
    for _beat, _alt, shot in script.iter_shots():
        if shot.frame:
            return False
        for name in SHOT_TEXT_FIELDS:
            value = str(getattr(shot, name) or "").strip()
            if value and not (name == "visual" and value in placeholders):
                return False
    return True


def unique_title(project: Project, title: str, ignore: Script | None = None) -> str:
    """``title``, or ``title 2``, ``title 3`` ... whichever no other script of the project has."""
    title = title.strip()
    taken = {name_key(s.title) for s in project.scripts if s is not ignore}
    if name_key(title) not in taken:
        return title
    n = 2
    while name_key(f"{title} {n}") in taken:
        n += 1
    return f"{title} {n}"


@dataclass(frozen=True)
class Placement:
    """A draft and where it goes: in place of ``replaces`` (an empty script) or added at ``index``."""

    script: Script
    index: int
    replaces: Script | None


def place_draft(project: Project, current: Script | None, template_id: str = "") -> Placement:
    """The draft for ``template_id`` (default: the current script's), named and placed: it fills the
    current script when that is empty (keeping a name the writer gave it), else goes after it."""
    current = current if current in project.scripts else None
    script = draft_from_brief(project, template_id or (current.template if current else ""))
    if current is not None and is_blank(project, current):
        tpl = templates().get(current.template)
        default = tpl is not None and current.title in tpl.name.values()
        if current.title.strip() and not default:
            script.title = current.title
        script.title = unique_title(project, script.title, ignore=current)
        return Placement(script, project.scripts.index(current), current)
    script.title = unique_title(project, script.title)
    index = project.scripts.index(current) + 1 if current is not None else len(project.scripts)
    return Placement(script, index, None)
