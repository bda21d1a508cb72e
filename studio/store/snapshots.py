"""Named versions kept inside the project file: list, compare by summary, restore."""

from __future__ import annotations

import json
import zlib
from dataclasses import dataclass, field
from typing import Any

from studio.models import ops
from studio.models.entities import Project, now_iso
from studio.models.errors import NotFoundError
from studio.models.serial import project_from_dict, project_to_dict
from studio.models.timeline import total_ds
from studio.store.document import ProjectFile
from studio.store.errors import StoredValueRefused
from studio.store.values import MAX_JSON_DEPTH, bounded_json, json_depth

#: The largest snapshot, unpacked: a project's JSON without its images is far smaller.
MAX_SNAPSHOT_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class SnapshotInfo:
    """One saved version: its number, name, time and summary."""

    id: int
    name: str
    created: str
    summary: dict[str, Any]


def summarize(project: Project) -> dict[str, Any]:
    """Counts and lengths that tell two versions apart at a glance."""
    shots = [s for sc in project.scripts for _, _, s in sc.iter_shots()]
    return {
        "title": project.title,
        "scripts": len(project.scripts),
        "beats": sum(len(sc.beats) for sc in project.scripts),
        "alternatives": sum(len(b.alternatives) for sc in project.scripts for b in sc.beats),
        "shots": len(shots),
        "frames": len(project.frames),
        "variants": {
            f"{sc.title}/{v.name}" if len(project.scripts) > 1 else v.name: total_ds(sc, v) / 10
            for sc in project.scripts
            for v in sc.variants
        },
    }


#: A version as it is stored: its summary and its compressed JSON.
Packed = tuple[dict[str, Any], bytes]


def packed(project: Project) -> Packed:
    """``project`` as a version is stored (a tenth of a second at 5,000 shots: work for a worker to do)."""
    return summarize(project), zlib.compress(
        json.dumps(project_to_dict(project), ensure_ascii=False).encode("utf-8")
    )


def create(pf: ProjectFile, name: str = "", version: Packed | None = None) -> SnapshotInfo:
    """Save the current document as a named version, or ``version``, one packed earlier (:func:`packed`)."""
    created = now_iso()
    summary, payload = version if version is not None else packed(pf.project)
    with pf.batch():
        row = pf.connection.execute(
            "INSERT INTO snapshot (name, created, summary, data) VALUES (?,?,?,?) RETURNING id",
            (name or created, created, json.dumps(summary, ensure_ascii=False), payload),
        ).fetchone()
    return SnapshotInfo(int(row[0]), name or created, created, summary)


def list_snapshots(pf: ProjectFile) -> list[SnapshotInfo]:
    """Every saved version, oldest first."""
    return [
        SnapshotInfo(int(i), str(n), str(c), _summary(s))
        for i, n, c, s in pf.connection.execute("SELECT id, name, created, summary FROM snapshot ORDER BY id")
    ]


def _summary(stored: Any) -> dict[str, Any]:
    """A stored summary, or an empty one when the file holds something else (it is only a hint)."""
    try:
        data = json.loads(bounded_json(stored))
    except (ValueError, TypeError):
        return {}
    if not isinstance(data, dict):
        return {}
    summary: dict[str, Any] = {
        k: v for k, v in data.items() if isinstance(v, (int, float, str)) and not isinstance(v, bool)
    }
    variants = data.get("variants")
    if isinstance(variants, dict):
        summary["variants"] = {
            str(k): float(v)
            for k, v in variants.items()
            if isinstance(v, (int, float)) and not isinstance(v, bool)
        }
    return summary


def _unpacked(pf: ProjectFile, snapshot_id: int, blob: bytes) -> Any:
    """A snapshot's JSON, unpacked within bounds: a crafted one cannot exhaust memory or the stack."""

    def refuse(why: str) -> StoredValueRefused:
        return StoredValueRefused(pf.path, "snapshot", str(snapshot_id), "data", why, "…")

    try:
        unpack = zlib.decompressobj()
        raw = unpack.decompress(blob, MAX_SNAPSHOT_BYTES)
        if unpack.unconsumed_tail:
            raise refuse("too_large")
        text = raw.decode("utf-8")
    except (zlib.error, UnicodeDecodeError, TypeError):
        raise refuse("unreadable") from None
    if json_depth(text) > MAX_JSON_DEPTH:
        raise refuse("too_deep")
    try:
        return json.loads(text)
    except ValueError:
        raise refuse("unreadable") from None


def find(pf: ProjectFile, key: str) -> SnapshotInfo:
    """A snapshot by number or by name (the newest of that name)."""
    snaps = list_snapshots(pf)
    for snap in reversed(snaps):
        if str(snap.id) == key or snap.name == key:
            return snap
    raise NotFoundError("snapshot", key)


def load(pf: ProjectFile, snapshot_id: int) -> Project:
    """The document as it was in a snapshot."""
    row = pf.connection.execute("SELECT data FROM snapshot WHERE id = ?", (snapshot_id,)).fetchone()
    if row is None:
        raise NotFoundError("snapshot", str(snapshot_id))
    return project_from_dict(_unpacked(pf, snapshot_id, row[0]), f"snapshot {snapshot_id}")


@dataclass
class SnapshotDiff:
    """What changed between two versions, by shot code and variant name."""

    shots_added: list[str] = field(default_factory=list)
    shots_removed: list[str] = field(default_factory=list)
    shots_changed: list[str] = field(default_factory=list)
    variants_added: list[str] = field(default_factory=list)
    variants_removed: list[str] = field(default_factory=list)
    lengths: dict[str, tuple[float | None, float | None]] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        """True when the versions hold the same shots, variants and lengths."""
        return not (
            self.shots_added
            or self.shots_removed
            or self.shots_changed
            or self.variants_added
            or self.variants_removed
            or self.lengths
        )


def compare(old: Project, new: Project) -> SnapshotDiff:
    """Summarise the differences from ``old`` to ``new``."""
    from studio.models.serial import shot_to_dict

    def shots(p: Project) -> dict[str, tuple[str, dict[str, Any]]]:
        return {s.id: (s.code, shot_to_dict(s)) for sc in p.scripts for _, _, s in sc.iter_shots()}

    a, b = shots(old), shots(new)
    diff = SnapshotDiff(
        shots_added=sorted(b[i][0] for i in b.keys() - a.keys()),
        shots_removed=sorted(a[i][0] for i in a.keys() - b.keys()),
        shots_changed=sorted(b[i][0] for i in a.keys() & b.keys() if a[i][1] != b[i][1]),
    )
    va, vb = summarize(old)["variants"], summarize(new)["variants"]
    diff.variants_added = sorted(vb.keys() - va.keys())
    diff.variants_removed = sorted(va.keys() - vb.keys())
    for name in sorted(va.keys() | vb.keys()):
        if va.get(name) != vb.get(name):
            diff.lengths[name] = (va.get(name), vb.get(name))
    return diff


def restore(pf: ProjectFile, snapshot_id: int) -> SnapshotInfo:
    """Bring back a version; the current state is saved as a snapshot first, so nothing is lost."""
    restored = load(pf, snapshot_id)
    with pf.batch():
        safety = save_before_restore(pf, snapshot_id)
        ops.replace_content(pf.project, with_frames_kept(pf.project, restored))
    return safety


def save_before_restore(pf: ProjectFile, snapshot_id: int) -> SnapshotInfo:
    """Keep the current state as a snapshot before restoring ``snapshot_id``."""
    return create(pf, f"before restore {snapshot_id}")


def with_frames_kept(current: Project, restored: Project) -> Project:
    """``restored`` with every frame of the current catalogue kept (their bytes are shared)."""
    restored.frames = {**restored.frames, **current.frames}
    return restored
