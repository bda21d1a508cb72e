"""Script templates: data files in resources/templates/, turned into new scripts."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from studio.guide.brief.brieffill import SLOTS, slots_in
from studio.guide.brief.needtable import validate
from studio.models.entities import Alternative, Beat, Project, Script, Shot, Variant
from studio.models.enums import BeatKind, CameraMove, ShotSize
from studio.models.errors import NotFoundError
from studio.paths import RESOURCES
from studio.wording import say_in

log = logging.getLogger(__name__)

TEMPLATE_DIR = RESOURCES / "templates"
DEFAULT_TEMPLATE = "pain_solution_cta"


@dataclass(frozen=True)
class Template:
    """A script structure with time budgets, thresholds and starter shots."""

    id: str
    name: dict[str, str]
    description: dict[str, str]
    beats: tuple[dict[str, Any], ...]
    #: Guide thresholds (hook_limit_s, cta_limit_s, max_shot_s ...).
    thresholds: dict[str, float] = field(default_factory=dict)
    #: What the template needs from the brief (keys of :data:`studio.guide.brief.needs.NEEDS`).
    needs: tuple[str, ...] = ()

    def title(self, lang: str) -> str:
        """The template's name in ``lang``."""
        return self.name.get(lang) or self.name.get("en", self.id)


def _localized(value: Any, lang: str) -> str:
    if isinstance(value, dict):
        return str(value.get(lang) or value.get("en") or value.get("zh") or "")
    return "" if value is None else str(value)


class TemplateSlotError(ValueError):
    """A template's prompt uses a slot the brief cannot fill ("{人群}" is one, "{nonsense}" is not)."""

    def __init__(self, template: str, slot: str) -> None:
        super().__init__(f"template {template!r}: a prompt uses the unknown slot {{{slot}}}")
        self.template = template
        self.slot = slot


def load_template(path: Path) -> Template:
    """Read one template file; its needs and its prompts' slots are checked (ValueError names the culprit)."""
    data = json.loads(path.read_text("utf-8"))
    tid = data["id"]
    for beat in data["beats"]:
        prompt = beat.get("prompt")
        for text in prompt.values() if isinstance(prompt, dict) else [prompt or ""]:
            unknown = next((s for s in slots_in(str(text)) if s not in SLOTS), None)
            if unknown is not None:
                raise TemplateSlotError(tid, unknown)
    return Template(
        id=tid,
        name=data["name"],
        description=data.get("description", {}),
        beats=tuple(data["beats"]),
        thresholds=dict(data.get("thresholds", {})),
        needs=validate(tid, data.get("needs", [])),
    )


def templates() -> dict[str, Template]:
    """Every bundled template by id."""
    found: dict[str, Template] = {}
    for path in sorted(TEMPLATE_DIR.glob("*.json")):
        try:
            tpl = load_template(path)
        except (OSError, ValueError, KeyError) as exc:
            log.error("bad template %s: %s", path, exc)
            continue
        found[tpl.id] = tpl
    return found


def get_template(template_id: str) -> Template:
    """A bundled template by id; NotFoundError when there is none."""
    found = templates()
    if template_id not in found:
        raise NotFoundError("template", template_id)
    return found[template_id]


def script_from_template(tpl: Template, lang: str, examples: bool = False) -> Script:
    """A new script laid out by the template, with its starter shots and a base variant.

    With ``examples`` the shots' voice-over and captions are filled with the
    template's example lines (what a finished script could say there).
    """
    script = Script(title=tpl.title(lang), template=tpl.id)
    for spec in tpl.beats:
        kind = BeatKind(spec["kind"])
        budget = spec.get("budget_s")
        beat = Beat(
            kind=kind,
            name=_localized(spec.get("name"), lang),
            budget_ds=round(budget * 10) if budget else None,
            prompt=_localized(spec.get("prompt"), lang),
        )
        alt = Alternative(label="A")
        beat.alternatives.append(alt)
        script.beats.append(beat)
        for shot_spec in spec.get("shots", []):
            example = shot_spec.get("example", {}) if examples else {}
            alt.shots.append(
                Shot(
                    duration_ds=round(float(shot_spec.get("duration", 2.0)) * 10),
                    shot_size=ShotSize(shot_spec["shot_size"]) if shot_spec.get("shot_size") else None,
                    camera_move=CameraMove(shot_spec["camera_move"])
                    if shot_spec.get("camera_move")
                    else None,
                    visual=_localized(shot_spec.get("visual"), lang),
                    voiceover=_localized(example.get("voiceover", shot_spec.get("voiceover")), lang),
                    onscreen_text=_localized(
                        example.get("onscreen_text", shot_spec.get("onscreen_text")), lang
                    ),
                    tags=list(shot_spec.get("tags", [])),
                )
            )
    _assign_codes(script)
    script.variants.append(Variant(name=say_in("en" if lang == "en" else "zh", "variant.base"), is_base=True))
    return script


def _assign_codes(script: Script) -> None:
    from studio.models.codes import next_code

    for beat in script.beats:
        for alt in beat.alternatives:
            for shot in alt.shots:
                if not shot.code:
                    shot.code = next_code(script, beat, alt)


def project_from_template(
    template_id: str = DEFAULT_TEMPLATE, lang: str = "zh", title: str = "", examples: bool = False
) -> Project:
    """A new project holding one script made from a template (with example lines if asked)."""
    tpl = get_template(template_id)
    project = Project(title=title or tpl.title(lang), language=lang)
    if lang == "en":
        project.platform = "tiktok"
    for key, value in tpl.thresholds.items():
        project.settings.setdefault(key, value)
    project.scripts.append(script_from_template(tpl, lang, examples))
    return project
