"""The project as plain JSON-ready data, and back (see docs/format.md).

Each entity's own values come from its declared fields (:mod:`studio.models.fields`); this
module adds the nesting (scripts hold beats, beats alternatives, alternatives shots) and
names the JSON path and the reason of whatever does not fit.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any, TypeVar, cast

from studio.models import rules
from studio.models.brief import Brief, link_brief
from studio.models.entities import Alternative, Beat, Frame, Project, Script, Shot, Variant, VariantResult
from studio.models.errors import InterchangeError
from studio.models.fields import ABSENT, BadValue, WrongKind, default_of, iter_values, persisted

FORMAT = "studio-project"
FORMAT_VERSION = 1

#: A frame's content hash: SHA-256 as lower-case hex (it becomes a file name when frames are exported).
HASH = re.compile(r"[0-9a-f]{64}")
#: Image formats a frame may declare (Pillow's readable formats); the format becomes a file extension.
IMAGE_FORMATS = frozenset(
    [
        "AVIF",
        "BLP",
        "BMP",
        "BUFR",
        "CUR",
        "DCX",
        "DDS",
        "DIB",
        "EPS",
        "FITS",
        "FLI",
        "FTEX",
        "GBR",
        "GIF",
        "GRIB",
        "HDF5",
        "ICNS",
        "ICO",
        "IM",
        "IMT",
        "IPTC",
        "JPEG",
        "JPEG2000",
        "MCIDAS",
        "MPEG",
        "MPO",
        "MSP",
        "PCD",
        "PCX",
        "PIXAR",
        "PNG",
        "PPM",
        "PSD",
        "QOI",
        "SGI",
        "SPIDER",
        "SUN",
        "TGA",
        "TIFF",
        "WEBP",
        "WMF",
        "XBM",
        "XPM",
        "XVTHUMB",
    ]
)


E = TypeVar("E")


def values_to_dict(entity: object) -> dict[str, Any]:
    """An entity's declared fields as JSON-ready data, keyed as in docs/format.md."""
    return {f.key: f.kind.dump(value) for f, value in iter_values(entity)}


def project_to_dict(project: Project) -> dict[str, Any]:
    """Everything in the document as JSON-ready data; frames as metadata only."""
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "project": values_to_dict(project),
        "frames": [values_to_dict(f) for f in sorted(project.frames.values(), key=lambda f: f.hash)],
        "scripts": [_script_to_dict(s) for s in project.scripts],
        "results": [result_to_dict(r) for _, r in sorted(project.results.items())],
    }


def result_to_dict(result: VariantResult) -> dict[str, Any]:
    """A variant's ad results as JSON-ready data."""
    return values_to_dict(result)


def _script_to_dict(script: Script) -> dict[str, Any]:
    beats = []
    for beat in script.beats:
        alts = [
            {**values_to_dict(alt), "shots": [shot_to_dict(s) for s in alt.shots]}
            for alt in beat.alternatives
        ]
        beats.append({**values_to_dict(beat), "alternatives": alts})
    return {
        **values_to_dict(script),
        "beats": beats,
        "variants": [values_to_dict(v) for v in script.variants],
    }


def shot_to_dict(shot: Shot) -> dict[str, Any]:
    """One shot as JSON-ready data."""
    return values_to_dict(shot)


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
        #: Where each id was first seen: a second one is named here, not left to the file's UNIQUE check.
        self.seen: dict[str, str] = {}

    def fail(self, where: str, reason: str, **fields: object) -> InterchangeError:
        return InterchangeError(self.source, where, reason, **fields)

    def wrong(self, where: str, expected: str, value: Any) -> InterchangeError:
        """The value at ``where`` is of the wrong kind (or missing)."""
        if value is ABSENT:
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
        return self.obj(data.get(key, ABSENT), f"{where}.{key}")

    def items(self, data: dict[str, Any], key: str, where: str) -> list[Any]:
        value = data.get(key, [])
        if not isinstance(value, list):
            raise self.wrong(f"{where}.{key}", "list", value)
        return value

    def unique(self, key: str, scope: str, where: str) -> None:
        """Refuse an id (or hash) that an earlier item of the same scope already has."""
        first = self.seen.setdefault(f"{scope}\0{key}", where)
        if first != where:
            raise self.fail(where, "duplicate_id", id=key, first=first)

    def entity(self, cls: type[E], data: dict[str, Any], where: str) -> E:
        """:meth:`values` for an entity with an id, which must be unique in the project."""
        made = self.values(cls, data, where)
        self.unique(str(cast(Any, made).id), "id", f"{where}.id")
        return made

    def values(self, cls: type[E], data: dict[str, Any], where: str) -> E:
        """An entity built from its declared fields in ``data``; absent ones take their defaults."""
        values: dict[str, Any] = {}
        for f in persisted(cls):
            try:
                values[f.name] = f.kind.load(data.get(f.key, ABSENT), default_of(f))
            except WrongKind as exc:
                raise self.wrong(f"{where}.{f.key}{exc.at}", exc.expected, exc.value) from None
            except BadValue as exc:
                raise self.fail(f"{where}.{f.key}{exc.at}", exc.reason, **exc.facts) from None
        return cls(**values)


def project_from_dict(data: Any, source: str = "<json>") -> Project:
    """Build a project from data made by :func:`project_to_dict`, checking every part."""
    r = _Reader(source)
    root = r.obj(data, "$")
    if root.get("format") != FORMAT:
        raise r.fail("$.format", "not_studio")
    bad = _first_bad_number(data)
    if bad is not None:
        raise r.bad_number(*bad)
    version = root.get("format_version", ABSENT)
    if isinstance(version, bool) or not isinstance(version, int):
        raise r.wrong("$.format_version", "count", version)
    if version > FORMAT_VERSION:
        raise r.fail("$.format_version", "unsupported_version", found=version, supported=FORMAT_VERSION)
    project = r.values(Project, r.child(root, "project", "$"), "$.project")
    for i, item in enumerate(r.items(root, "frames", "$")):
        where = f"$.frames[{i}]"
        frame = r.values(Frame, r.obj(item, where), where)
        if not HASH.fullmatch(frame.hash):
            raise r.fail(f"{where}.hash", "bad_hash", value=frame.hash[:80])
        if frame.format not in IMAGE_FORMATS:
            raise r.fail(f"{where}.format", "bad_format", value=frame.format[:80])
        r.unique(frame.hash, "frame", f"{where}.hash")
        project.frames[frame.hash] = frame
    for i, item in enumerate(r.items(root, "scripts", "$")):
        project.scripts.append(_script_from(r, r.obj(item, f"$.scripts[{i}]"), f"$.scripts[{i}]"))
    if not project.scripts:
        raise r.fail("$.scripts", "no_script")
    for i, item in enumerate(r.items(root, "results", "$")):
        where = f"$.results[{i}]"
        result = r.values(VariantResult, r.obj(item, where), where)
        r.unique(result.variant_id, "result", f"{where}.variant")
        project.results[result.variant_id] = result
    # Older files link selling points to a pain by its text: linked by id here (unmatched texts kept).
    project.brief = link_brief(Brief(), project.brief)
    # Creators of older files name their variant: they are linked to its id (a name matching none stays).
    rules.link_creators(project)
    # The rules every edit keeps hold for a loaded file too: two variants of one name are refused here.
    rules.check_project(project)
    return project


def _script_from(r: _Reader, data: dict[str, Any], where: str) -> Script:
    script = r.entity(Script, data, where)
    for i, item in enumerate(r.items(data, "beats", where)):
        bw = f"{where}.beats[{i}]"
        b = r.obj(item, bw)
        beat = r.entity(Beat, b, bw)
        for j, alt_item in enumerate(r.items(b, "alternatives", bw)):
            aw = f"{bw}.alternatives[{j}]"
            a = r.obj(alt_item, aw)
            alt = r.entity(Alternative, a, aw)
            for k, shot_item in enumerate(r.items(a, "shots", aw)):
                sw = f"{aw}.shots[{k}]"
                alt.shots.append(shot_from_dict(shot_item, sw, r))
                if alt.shots[-1].frame is not None and not HASH.fullmatch(alt.shots[-1].frame):
                    raise r.fail(f"{sw}.frame", "bad_hash", value=alt.shots[-1].frame[:80])
                r.unique(alt.shots[-1].id, "id", f"{sw}.id")
            beat.alternatives.append(alt)
        if not beat.alternatives:
            raise r.fail(f"{bw}.alternatives", "no_alternative")
        script.beats.append(beat)
    for i, item in enumerate(r.items(data, "variants", where)):
        vw = f"{where}.variants[{i}]"
        script.variants.append(r.entity(Variant, r.obj(item, vw), vw))
    bases = [v for v in script.variants if v.is_base]
    if len(bases) > 1:
        raise r.fail(f"{where}.variants", "two_bases")
    if not bases:
        base = Variant(id=f"{script.id}-base", name="Base", is_base=True)
        r.unique(base.id, "id", f"{where}.variants")
        script.variants.insert(0, base)
    return script


def shot_from_dict(data: Any, where: str = "$", reader: _Reader | None = None) -> Shot:
    """One shot from JSON-ready data."""
    r = reader or _Reader("<json>")
    return r.values(Shot, r.obj(data, where), where)
