"""The project as plain JSON-ready data, and back (see docs/format.md)."""

from __future__ import annotations

import json
import math
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


class BadNumber:
    """A JSON number Python cannot hold faithfully (NaN, 1e400, thousands of digits), kept as its text."""

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return self.text if len(self.text) <= 20 else f"{self.text[:12]}…"


#: JSON integers beyond this cannot be stored (SQLite's 64-bit integers) and mean nothing here.
MAX_INT = 2**63 - 1


def _parse_int(text: str) -> int | BadNumber:
    digits = len(text.lstrip("-"))
    if digits > 19:
        return BadNumber(text)
    value = int(text)
    return value if abs(value) <= MAX_INT else BadNumber(text)


def _parse_float(text: str) -> float | BadNumber:
    value = float(text)
    return value if math.isfinite(value) else BadNumber(text)


def loads(text: str) -> Any:
    """JSON text as data; numbers Python cannot hold become :class:`BadNumber` for the reader to name."""
    return json.loads(text, parse_int=_parse_int, parse_float=_parse_float, parse_constant=BadNumber)


def kind_of(value: Any) -> str:
    """The JSON kind of a value: object, list, text, number, boolean, null."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float, BadNumber)):
        return "number"
    if isinstance(value, str):
        return "text"
    return "list" if isinstance(value, list) else "object"


def _first_bad_number(data: Any) -> tuple[str, BadNumber] | None:
    """Where the first unrepresentable number sits (a JSON path), walking without recursion."""
    stack: list[tuple[str, Any]] = [("$", data)]
    while stack:
        where, value = stack.pop()
        if isinstance(value, BadNumber):
            return where, value
        if isinstance(value, dict):
            stack.extend((f"{where}.{k}", v) for k, v in reversed(list(value.items())))
        elif isinstance(value, list):
            stack.extend((f"{where}[{i}]", v) for i, v in reversed(list(enumerate(value))))
    return None


class _Reader:
    """Checks data while building entities, naming the JSON path of whatever is wrong and why."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, where: str, reason: str, **fields: object) -> InterchangeError:
        return InterchangeError(self.source, where, reason, **fields)

    def wrong(self, where: str, expected: str, value: Any) -> InterchangeError:
        """The value at ``where`` is of the wrong kind (or missing)."""
        if value is _MISSING:
            return self.fail(where, "missing", expected=expected)
        if isinstance(value, BadNumber):
            return self.bad_number(where, value)
        return self.fail(where, "wrong_kind", expected=expected, found=kind_of(value))

    def bad_number(self, where: str, value: BadNumber) -> InterchangeError:
        digits = len(value.text.lstrip("-"))
        if value.text.lstrip("-").isdigit() and digits > 19:
            return self.fail(where, "huge_number", digits=digits)
        return self.fail(where, "not_finite", number=repr(value))

    def obj(self, data: Any, where: str) -> dict[str, Any]:
        if not isinstance(data, dict):
            raise self.wrong(where, "object", data)
        return data

    def child(self, data: dict[str, Any], key: str, where: str) -> dict[str, Any]:
        """The required object at ``data[key]``."""
        return self.obj(data.get(key, _MISSING), f"{where}.{key}")

    def items(self, data: dict[str, Any], key: str, where: str) -> list[Any]:
        value = data.get(key, [])
        if not isinstance(value, list):
            raise self.wrong(f"{where}.{key}", "list", value)
        return value

    def text(self, data: dict[str, Any], key: str, where: str, default: str = "") -> str:
        value = data.get(key, default)
        if value is None:
            return default
        if not isinstance(value, str):
            raise self.wrong(f"{where}.{key}", "text", value)
        return clean_text(value)

    def ident(self, data: dict[str, Any], where: str) -> str:
        value = data.get("id", _MISSING)
        if not isinstance(value, str):
            raise self.wrong(f"{where}.id", "id", value)
        if not value:
            raise self.fail(f"{where}.id", "missing", expected="id")
        return value

    def number(self, data: dict[str, Any], key: str, where: str, default: float) -> float:
        value = data.get(key, default)
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise self.wrong(f"{where}.{key}", "number", value)
        if not math.isfinite(value) or not value > 0:
            raise self.fail(f"{where}.{key}", "not_positive", value=value)
        return float(value)

    def amount(self, data: dict[str, Any], key: str, where: str, whole: bool = False) -> float:
        """A count (``whole``) or an amount of money: a number, zero or more."""
        value = data.get(key, 0)
        kinds = (int,) if whole else (int, float)
        if isinstance(value, bool) or not isinstance(value, kinds):
            raise self.wrong(f"{where}.{key}", "count" if whole else "number", value)
        if not math.isfinite(value):
            raise self.fail(f"{where}.{key}", "not_finite", number=repr(value))
        if value < 0:
            raise self.fail(f"{where}.{key}", "negative", value=value)
        return value

    def seconds(self, data: dict[str, Any], key: str, where: str, optional: bool) -> int | None:
        value = data.get(key, _MISSING)
        if (value is None and optional) or (value is _MISSING and optional):
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise self.wrong(f"{where}.{key}", "seconds", value)
        if not math.isfinite(value):
            raise self.fail(f"{where}.{key}", "not_finite", number=repr(value))
        ds = round(value * 10)
        if not 1 <= ds <= MAX_DS:
            raise self.fail(f"{where}.{key}", "duration_range", value=value, most=MAX_DS / 10)
        return ds

    def enum(self, data: dict[str, Any], key: str, kind: type, where: str, default: Any) -> Any:
        value = data.get(key)
        if value is None:
            return default
        if not isinstance(value, str):
            raise self.wrong(f"{where}.{key}", "text", value)
        try:
            return kind(value)
        except ValueError:
            choices = ", ".join(m.value for m in kind)
            raise self.fail(f"{where}.{key}", "unknown_value", value=value, choices=choices) from None


class _Missing:
    """Marks a key that is absent, as distinct from one that is null."""


_MISSING: Any = _Missing()


def project_from_dict(data: Any, source: str = "<json>") -> Project:
    """Build a project from data made by :func:`project_to_dict`, checking every part."""
    r = _Reader(source)
    root = r.obj(data, "$")
    if root.get("format") != FORMAT:
        raise r.fail("$.format", "not_studio")
    bad = _first_bad_number(data)
    if bad is not None:
        raise r.bad_number(*bad)
    version = root.get("format_version", _MISSING)
    if isinstance(version, bool) or not isinstance(version, int):
        raise r.wrong("$.format_version", "count", version)
    if version > FORMAT_VERSION:
        raise r.fail("$.format_version", "unsupported_version", found=version, supported=FORMAT_VERSION)
    meta = r.child(root, "project", "$")
    settings = meta.get("settings", {})
    if not isinstance(settings, dict):
        raise r.wrong("$.project.settings", "object", settings)
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
            raise r.fail(f"{where}.hash", "missing", expected="hash")
        width, height = (
            int(r.amount(f, "width", where, whole=True)),
            int(r.amount(f, "height", where, whole=True)),
        )
        project.frames[digest] = Frame(
            digest, r.text(f, "filename", where), width, height, r.text(f, "format", where, "PNG")
        )
    for i, item in enumerate(r.items(root, "scripts", "$")):
        project.scripts.append(_script_from(r, r.obj(item, f"$.scripts[{i}]"), f"$.scripts[{i}]"))
    if not project.scripts:
        raise r.fail("$.scripts", "no_script")
    for i, item in enumerate(r.items(root, "results", "$")):
        where = f"$.results[{i}]"
        res = r.obj(item, where)
        vid = res.get("variant", _MISSING)
        if not isinstance(vid, str) or not vid:
            raise r.wrong(f"{where}.variant", "id", _MISSING if vid == "" else vid)
        result = VariantResult(
            vid, source=r.text(res, "source", where), updated=r.text(res, "updated", where)
        )
        for name in RESULT_COUNTS:
            setattr(result, name, int(r.amount(res, name, where, whole=True)))
        result.spend = float(r.amount(res, "spend", where))
        result.gmv = float(r.amount(res, "gmv", where))
        curve = r.items(res, "retention", where)
        for k, v in enumerate(curve):
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise r.wrong(f"{where}.retention[{k}]", "share", v)
            if not 0 <= v <= 1:
                raise r.fail(f"{where}.retention[{k}]", "share_range", value=v)
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
            raise r.fail(f"{bw}.alternatives", "no_alternative")
        script.beats.append(beat)
    for i, item in enumerate(r.items(data, "variants", where)):
        vw = f"{where}.variants[{i}]"
        v = r.obj(item, vw)
        choices = v.get("choices", {})
        if not isinstance(choices, dict):
            raise r.wrong(f"{vw}.choices", "object", choices)
        for beat_id, alt_id in choices.items():
            if not isinstance(alt_id, str):
                raise r.wrong(f"{vw}.choices.{beat_id}", "id", alt_id)
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
        raise r.fail(f"{where}.variants", "two_bases")
    if not bases:
        script.variants.insert(0, Variant(id=f"{script.id}-base", name="Base", is_base=True))
    return script


def shot_from_dict(data: Any, where: str = "$", reader: _Reader | None = None) -> Shot:
    """One shot from JSON-ready data."""
    r = reader or _Reader("<json>")
    s = r.obj(data, where)
    tags = r.items(s, "tags", where)
    for k, tag in enumerate(tags):
        if not isinstance(tag, str):
            raise r.wrong(f"{where}.tags[{k}]", "text", tag)
    frame = s.get("frame")
    if frame is not None and not isinstance(frame, str):
        raise r.wrong(f"{where}.frame", "text", frame)
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
