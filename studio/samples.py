"""The bundled sample project, built from resources/samples/ with frames drawn by Pillow."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from studio.media.images import import_image, placeholder, png_bytes
from studio.models import rules
from studio.models.brief import Brief, Creator, link_brief
from studio.models.codes import next_code
from studio.models.entities import (
    RESULT_COUNTS,
    SHOT_TEXT_FIELDS,
    Alternative,
    Beat,
    Frame,
    Project,
    Script,
    Shot,
    Variant,
    VariantResult,
)
from studio.models.enums import (
    Angle,
    BeatKind,
    CameraMove,
    ShotSize,
    TestVariable,
    VariantStatus,
)
from studio.models.fields import ABSENT
from studio.models.palette import BEAT_HUES
from studio.models.platforms import preset
from studio.models.records import Record, Records
from studio.models.vocab import label
from studio.paths import RESOURCES
from studio.wording import say_in

SAMPLE_FILE = RESOURCES / "samples" / "serum.json"


def _dated(creators: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The sample's creators with their deal's dates ("today-2", "today+10") made days from today, so
    a new user always sees a draft late, a post due and rights about to expire."""
    import datetime as dt
    import re

    from studio.models.deals import DATE_FIELDS

    today = dt.date.today()
    out = []
    for creator in creators:
        creator = dict(creator)
        for name in DATE_FIELDS:
            m = re.fullmatch(r"today([+-]\d+)", str(creator.get(name, "")))
            if m is not None:
                creator[name] = (today + dt.timedelta(days=int(m[1]))).isoformat()
        out.append(creator)
    return out


def _t(value: Any, lang: str) -> str:
    if isinstance(value, dict):
        return str(value.get(lang, ""))
    return "" if value is None else str(value)


def sample_project(lang: str = "zh", frame_edge: int = 1920) -> tuple[Project, dict[str, dict[str, bytes]]]:
    """The sample document and its frames' bytes (original, thumb, print) by hash."""
    data = json.loads(Path(SAMPLE_FILE).read_text("utf-8"))
    meta = data["project"]
    project = Project(
        title=_t(meta["title"], lang),
        product=_t(meta["product"], lang),
        brand=_t(meta["brand"], lang),
        platform=_t(meta["platform"], lang),
        language=lang,
        settings={"hook_limit_s": 3.0, "cta_limit_s": 5.0},
    )
    if "brief" in data:
        # the sample's selling points name their pain; the document links them by the pain's id
        project.brief = link_brief(Brief(), Record(Brief).load(data["brief"][lang], ABSENT))
    if "creators" in data:
        project.creators = Records(Creator).load(_dated(data["creators"][lang]), ABSENT)
    spec = data["script"]
    script = Script(
        title=_t(spec["title"], lang), concept=_t(spec["concept"], lang), template=spec["template"]
    )
    project.scripts.append(script)
    by_kind: dict[str, Beat] = {}
    for beat_spec in data["beats"]:
        beat = Beat(
            kind=BeatKind(beat_spec["kind"]),
            budget_ds=round(beat_spec["budget_s"] * 10) if beat_spec.get("budget_s") else None,
            prompt=_t(beat_spec.get("prompt"), lang),
        )
        script.beats.append(beat)
        by_kind[beat_spec["kind"]] = beat
        for alt_spec in beat_spec["alternatives"]:
            alt = Alternative(label=alt_spec["label"], note=_t(alt_spec.get("note"), lang))
            beat.alternatives.append(alt)
            for shot_spec in alt_spec["shots"]:
                shot = Shot(
                    duration_ds=round(shot_spec["duration"] * 10),
                    shot_size=ShotSize(shot_spec["shot_size"]),
                    camera_move=CameraMove(shot_spec["camera_move"]),
                    angle=Angle(shot_spec["angle"]) if shot_spec.get("angle") else None,
                    tags=list(shot_spec.get("tags", [])),
                )
                for name in SHOT_TEXT_FIELDS:
                    setattr(shot, name, _t(shot_spec.get(name), lang))
                alt.shots.append(shot)
                shot.code = next_code(script, beat, alt)
    for v in data["variants"]:
        choices = {}
        for kind, wanted in v.get("choices", {}).items():
            beat = by_kind[kind]
            choices[beat.id] = next(a.id for a in beat.alternatives if a.label == wanted)
        script.variants.append(
            Variant(
                name=_t(v["name"], lang),
                is_base=bool(v.get("base")),
                choices=choices,
                variable=TestVariable(v.get("variable", "none")),
                hypothesis=_t(v.get("hypothesis"), lang),
                status=VariantStatus(v.get("status", "draft")),
            )
        )
    rules.link_creators(project)  # the sample's creators name their variant; the document holds its id
    _add_results(project, script, data.get("results"), lang)
    blobs = _draw_frames(project, script, frame_edge, lang)
    return project, blobs


def _add_results(project: Project, script: Script, spec: dict[str, Any] | None, lang: str) -> None:
    """The sample's made-up ad results, so a new user sees the Results view and the retention curves work."""
    if not spec:
        return
    for variant, row in zip(script.variants, spec["variants"], strict=True):
        result = VariantResult(
            variant.id, source=_t(spec.get("source"), lang), updated=spec.get("updated", "")
        )
        for name in (*RESULT_COUNTS, "spend", "gmv"):
            setattr(result, name, row.get(name, 0))
        result.retention = [float(v) for v in row.get("retention", [])]
        project.results[variant.id] = result


def _draw_frames(project: Project, script: Script, edge: int, lang: str) -> dict[str, dict[str, bytes]]:
    plat = preset(project.platform)
    width, height = plat.frame_size(edge)
    c = plat.covered
    blobs: dict[str, dict[str, bytes]] = {}
    for beat, _alt, shot in script.iter_shots():
        # Each language's sample speaks only that language, on paper and in the packs alike.
        lines = (
            label(shot.shot_size, lang),
            label(shot.camera_move, lang),
            say_in(lang, "info.seconds", s=f"{shot.duration:.1f}"),
        )
        image = placeholder(
            width, height, shot.code, lines, (c.top, c.bottom, c.left, c.right), BEAT_HUES[beat.kind]
        )
        imported = import_image(png_bytes(image), f"{shot.code}.png")
        blobs[imported.hash] = {
            "original": imported.original,
            "thumb": imported.thumb,
            "print": imported.print,
        }
        project.frames[imported.hash] = Frame(
            imported.hash, f"{shot.code}.png", imported.width, imported.height, "PNG"
        )
        shot.frame = imported.hash
    return blobs


def write_sample(path: str | Path, lang: str = "zh") -> None:
    """Write the sample project file to ``path`` (atomically)."""
    from studio.store.document import write_new_file

    project, blobs = sample_project(lang)
    write_new_file(Path(path), project, blobs)
