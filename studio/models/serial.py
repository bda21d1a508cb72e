"""The project as plain JSON-ready data, and back (see docs/format.md)."""

from __future__ import annotations

from typing import Any

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
    ShotStatus,
    TestVariable,
    VariantStatus,
)
from studio.models.errors import InterchangeError
from studio.models.ops import MAX_DS
from studio.models.text import clean_text

FORMAT = "studio-project"
FORMAT_VERSION = 1


def _ds_to_s(ds: int | None) -> float | None:
    return None if ds is None else ds / 10


def project_to_dict(project: Project) -> dict[str, Any]:
    """Everything in the document as JSON-ready data; frames as metadata only."""
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "project": {
            "id": project.id,
            "title": project.title,
            "product": project.product,
            "brand": project.brand,
            "platform": project.platform,
            "language": project.language,
            "zh_cps": project.zh_cps,
            "en_wpm": project.en_wpm,
            "created": project.created,
            "modified": project.modified,
            "settings": dict(sorted(project.settings.items())),
        },
        "frames": [
            {"hash": f.hash, "filename": f.filename, "width": f.width, "height": f.height, "format": f.format}
            for f in sorted(project.frames.values(), key=lambda f: f.hash)
        ],
        "scripts": [_script_to_dict(s) for s in project.scripts],
        "results": [result_to_dict(r) for _, r in sorted(project.results.items())],
    }


def result_to_dict(result: VariantResult) -> dict[str, Any]:
    """A variant's ad results as JSON-ready data."""
    data: dict[str, Any] = {"variant": result.variant_id}
    for name in RESULT_COUNTS:
        data[name] = getattr(result, name)
    data["spend"] = result.spend
    data["gmv"] = result.gmv
    data["retention"] = list(result.retention)
    data["source"] = result.source
    data["updated"] = result.updated
    return data


def _script_to_dict(script: Script) -> dict[str, Any]:
    return {
        "id": script.id,
        "title": script.title,
        "concept": script.concept,
        "template": script.template,
        "beats": [
            {
                "id": beat.id,
                "kind": beat.kind.value,
                "name": beat.name,
                "budget": _ds_to_s(beat.budget_ds),
                "prompt": beat.prompt,
                "alternatives": [
                    {
                        "id": alt.id,
                        "label": alt.label,
                        "note": alt.note,
                        "shots": [shot_to_dict(s) for s in alt.shots],
                    }
                    for alt in beat.alternatives
                ],
            }
            for beat in script.beats
        ],
        "variants": [
            {
                "id": v.id,
                "name": v.name,
                "is_base": v.is_base,
                "choices": dict(sorted(v.choices.items())),
                "variable": v.variable.value,
                "hypothesis": v.hypothesis,
                "status": v.status.value,
                "notes": v.notes,
            }
            for v in script.variants
        ],
    }


def shot_to_dict(shot: Shot) -> dict[str, Any]:
    """One shot as JSON-ready data."""
    data: dict[str, Any] = {
        "id": shot.id,
        "code": shot.code,
        "duration": _ds_to_s(shot.duration_ds),
        "shot_size": shot.shot_size.value if shot.shot_size else None,
        "camera_move": shot.camera_move.value if shot.camera_move else None,
        "angle": shot.angle.value if shot.angle else None,
    }
    for name in SHOT_TEXT_FIELDS:
        data[name] = getattr(shot, name)
    data["tags"] = list(shot.tags)
    data["status"] = shot.status.value
    data["frame"] = shot.frame
    return data


class _Reader:
    """Checks data while building entities, naming the path of whatever is wrong."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, where: str, reason: str) -> InterchangeError:
        return InterchangeError(self.source, f"{where}: {reason}")

    def obj(self, data: Any, where: str) -> dict[str, Any]:
        if not isinstance(data, dict):
            raise self.fail(where, "expected an object")
        return data

    def items(self, data: dict[str, Any], key: str, where: str) -> list[Any]:
        value = data.get(key, [])
        if not isinstance(value, list):
            raise self.fail(f"{where}.{key}", "expected a list")
        return value

    def text(self, data: dict[str, Any], key: str, where: str, default: str = "") -> str:
        value = data.get(key, default)
        if value is None:
            return default
        if not isinstance(value, str):
            raise self.fail(f"{where}.{key}", "expected text")
        return clean_text(value)

    def ident(self, data: dict[str, Any], where: str) -> str:
        value = data.get("id")
        if not isinstance(value, str) or not value:
            raise self.fail(f"{where}.id", "missing id")
        return value

    def number(self, data: dict[str, Any], key: str, where: str, default: float) -> float:
        value = data.get(key, default)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not value > 0:
            raise self.fail(f"{where}.{key}", "expected a positive number")
        return float(value)

    def seconds(self, data: dict[str, Any], key: str, where: str, optional: bool) -> int | None:
        value = data.get(key)
        if value is None and optional:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise self.fail(f"{where}.{key}", "expected seconds")
        ds = round(value * 10)
        if not 1 <= ds <= MAX_DS:
            raise self.fail(f"{where}.{key}", "duration out of range")
        return ds

    def enum(self, data: dict[str, Any], key: str, kind: type, where: str, default: Any) -> Any:
        value = data.get(key)
        if value is None:
            return default
        try:
            return kind(value)
        except ValueError:
            raise self.fail(f"{where}.{key}", f"unknown value {value!r}") from None


def project_from_dict(data: Any, source: str = "<json>") -> Project:
    """Build a project from data made by :func:`project_to_dict`, checking every part."""
    r = _Reader(source)
    root = r.obj(data, "$")
    if root.get("format") != FORMAT:
        raise r.fail("$.format", "not a Studio project")
    version = root.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise r.fail("$.format_version", f"unsupported version {version!r}")
    meta = r.obj(root.get("project"), "$.project")
    settings = meta.get("settings", {})
    if not isinstance(settings, dict):
        raise r.fail("$.project.settings", "expected an object")
    project = Project(
        id=r.ident(meta, "$.project"),
        title=r.text(meta, "title", "$.project"),
        product=r.text(meta, "product", "$.project"),
        brand=r.text(meta, "brand", "$.project"),
        platform=r.text(meta, "platform", "$.project", "douyin"),
        language="en" if meta.get("language") == "en" else "zh",
        zh_cps=r.number(meta, "zh_cps", "$.project", 4.5),
        en_wpm=r.number(meta, "en_wpm", "$.project", 150.0),
        created=r.text(meta, "created", "$.project"),
        modified=r.text(meta, "modified", "$.project"),
        settings=dict(settings),
    )
    for i, item in enumerate(r.items(root, "frames", "$")):
        where = f"$.frames[{i}]"
        f = r.obj(item, where)
        digest = r.text(f, "hash", where)
        if not digest:
            raise r.fail(f"{where}.hash", "missing hash")
        width, height = f.get("width", 0), f.get("height", 0)
        if not isinstance(width, int) or not isinstance(height, int):
            raise r.fail(where, "width and height must be integers")
        project.frames[digest] = Frame(
            digest, r.text(f, "filename", where), width, height, r.text(f, "format", where, "PNG")
        )
    for i, item in enumerate(r.items(root, "scripts", "$")):
        project.scripts.append(_script_from(r, r.obj(item, f"$.scripts[{i}]"), f"$.scripts[{i}]"))
    if not project.scripts:
        raise r.fail("$.scripts", "a project needs at least one script")
    for i, item in enumerate(r.items(root, "results", "$")):
        where = f"$.results[{i}]"
        res = r.obj(item, where)
        vid = res.get("variant")
        if not isinstance(vid, str) or not vid:
            raise r.fail(f"{where}.variant", "missing variant id")
        result = VariantResult(
            vid, source=r.text(res, "source", where), updated=r.text(res, "updated", where)
        )
        for name in RESULT_COUNTS:
            value = res.get(name, 0)
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise r.fail(f"{where}.{name}", "expected a count")
            setattr(result, name, value)
        spend = res.get("spend", 0.0)
        if isinstance(spend, bool) or not isinstance(spend, (int, float)) or spend < 0:
            raise r.fail(f"{where}.spend", "expected an amount")
        result.spend = float(spend)
        gmv = res.get("gmv", 0.0)
        if isinstance(gmv, bool) or not isinstance(gmv, (int, float)) or not 0 <= gmv < float("inf"):
            raise r.fail(f"{where}.gmv", "expected an amount")
        result.gmv = float(gmv)
        curve = res.get("retention", [])
        if not isinstance(curve, list) or not all(
            isinstance(v, (int, float)) and not isinstance(v, bool) and 0 <= v <= 1 for v in curve
        ):
            raise r.fail(f"{where}.retention", "expected a list of shares between 0 and 1")
        result.retention = [float(v) for v in curve]
        project.results[vid] = result
    return project


def _script_from(r: _Reader, data: dict[str, Any], where: str) -> Script:
    script = Script(
        id=r.ident(data, where),
        title=r.text(data, "title", where),
        concept=r.text(data, "concept", where),
        template=r.text(data, "template", where),
    )
    for i, item in enumerate(r.items(data, "beats", where)):
        bw = f"{where}.beats[{i}]"
        b = r.obj(item, bw)
        beat = Beat(
            id=r.ident(b, bw),
            kind=r.enum(b, "kind", BeatKind, bw, BeatKind.CUSTOM),
            name=r.text(b, "name", bw),
            budget_ds=r.seconds(b, "budget", bw, optional=True),
            prompt=r.text(b, "prompt", bw),
        )
        for j, alt_item in enumerate(r.items(b, "alternatives", bw)):
            aw = f"{bw}.alternatives[{j}]"
            a = r.obj(alt_item, aw)
            alt = Alternative(
                id=r.ident(a, aw), label=r.text(a, "label", aw, "A"), note=r.text(a, "note", aw)
            )
            for k, shot_item in enumerate(r.items(a, "shots", aw)):
                alt.shots.append(shot_from_dict(shot_item, f"{aw}.shots[{k}]", r))
            beat.alternatives.append(alt)
        if not beat.alternatives:
            raise r.fail(bw, "a beat needs at least one alternative")
        script.beats.append(beat)
    for i, item in enumerate(r.items(data, "variants", where)):
        vw = f"{where}.variants[{i}]"
        v = r.obj(item, vw)
        choices = v.get("choices", {})
        if not isinstance(choices, dict) or not all(
            isinstance(k, str) and isinstance(x, str) for k, x in choices.items()
        ):
            raise r.fail(f"{vw}.choices", "expected an object of beat id to alternative id")
        script.variants.append(
            Variant(
                id=r.ident(v, vw),
                name=r.text(v, "name", vw),
                is_base=bool(v.get("is_base", False)),
                choices=dict(choices),
                variable=r.enum(v, "variable", TestVariable, vw, TestVariable.NONE),
                hypothesis=r.text(v, "hypothesis", vw),
                status=r.enum(v, "status", VariantStatus, vw, VariantStatus.DRAFT),
                notes=r.text(v, "notes", vw),
            )
        )
    bases = [v for v in script.variants if v.is_base]
    if len(bases) > 1:
        raise r.fail(f"{where}.variants", "more than one base variant")
    if not bases:
        script.variants.insert(0, Variant(id=f"{script.id}-base", name="Base", is_base=True))
    return script


def shot_from_dict(data: Any, where: str = "$", reader: _Reader | None = None) -> Shot:
    """One shot from JSON-ready data."""
    r = reader or _Reader("<json>")
    s = r.obj(data, where)
    tags = s.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise r.fail(f"{where}.tags", "expected a list of text")
    frame = s.get("frame")
    if frame is not None and not isinstance(frame, str):
        raise r.fail(f"{where}.frame", "expected a frame hash")
    shot = Shot(
        id=r.ident(s, where),
        code=r.text(s, "code", where),
        duration_ds=r.seconds(s, "duration", where, optional=False) or 1,
        shot_size=r.enum(s, "shot_size", ShotSize, where, None),
        camera_move=r.enum(s, "camera_move", CameraMove, where, None),
        angle=r.enum(s, "angle", Angle, where, None),
        tags=[clean_text(t) for t in tags],
        status=r.enum(s, "status", ShotStatus, where, ShotStatus.PLANNED),
        frame=frame or None,
    )
    for name in SHOT_TEXT_FIELDS:
        setattr(shot, name, r.text(s, name, where))
    return shot
