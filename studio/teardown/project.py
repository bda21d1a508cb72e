"""A teardown as Studio model objects: a reference script (marked as not ours) and a skeleton to write from.

The reference script holds the competitor's words and key frames so the guide can run on it (its
ad-law findings show what they risked). It is marked in the project's settings under
``teardown.<script id>`` with the profile, so views and the CLI know it is a reference. A script
started from it copies only the skeleton: beats, shot lengths, sizes and on-beat cuts, never text
or pictures.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from studio.media.images import import_image
from studio.models.codes import next_code
from studio.models.entities import Alternative, Beat, Frame, Project, Script, Shot, Variant
from studio.models.enums import BeatKind, ShotSize
from studio.models.vocab import label
from studio.teardown.model import Teardown
from studio.teardown.scan import Sample
from studio.wording import has, say_in

#: Prefix of the project setting that marks a script as a teardown reference.
MARK = "teardown."


def _w(key: str, lang: str, **data: Any) -> str:
    return say_in(lang, f"teardown.script.{key}", **data)


def reference_script(
    td: Teardown, lang: str, samples: list[Sample] | None = None
) -> tuple[Script, dict[str, Frame], dict[str, dict[str, bytes]]]:
    """The teardown as a script of beats and shots, with each shot's key frame."""
    name = Path(td.source).name
    script = Script(
        title=_w("title", lang, name=name),
        concept=_w("concept", lang, name=name, shots=len(td.shots), seconds=td.duration),
    )
    frames: dict[str, Frame] = {}
    blobs: dict[str, dict[str, bytes]] = {}
    by_frame = {s.frame: s for s in samples or []}
    beat: Beat | None = None
    for shot in td.shots:
        kind = BeatKind(shot.beat) if shot.beat in BeatKind._value2member_map_ else BeatKind.CUSTOM
        if beat is None or beat.kind is not kind:
            beat = Beat(kind=kind, name=label(kind, lang), alternatives=[Alternative(label="A")])
            script.beats.append(beat)
        alt = beat.alternatives[0]
        how = f"teardown.enter.{shot.enter}"
        enter = say_in(lang, how) if has(how) else shot.enter
        new = Shot(
            duration_ds=max(1, round(shot.duration * 10)),
            voiceover=shot.voiceover,
            onscreen_text=shot.onscreen,
            notes=_w("notes", lang, start=shot.start, end=shot.end, enter=enter),
            shot_size=ShotSize.CLOSE_UP if shot.closeness >= 1.0 else None,
            tags=[_w("beat_cut", lang)] if shot.on_beat else [],
        )
        new.code = next_code(script, beat, alt)
        sample = by_frame.get(shot.key_frame)
        if sample is not None:
            imported = import_image(sample.jpeg, f"{new.code}.jpg")
            frames[imported.hash] = Frame(
                imported.hash, f"{new.code}.jpg", imported.width, imported.height, imported.format
            )
            blobs[imported.hash] = {
                "original": imported.original,
                "thumb": imported.thumb,
                "print": imported.print,
            }
            new.frame = imported.hash
        alt.shots.append(new)
    script.variants.append(Variant(name=_w("base", lang), is_base=True))
    return script, frames, blobs


def mark(project: Project, script: Script, td: Teardown) -> None:
    """Record in the project that ``script`` is a teardown reference, with its profile and sound."""
    summary = {
        "source": Path(td.source).name,
        "fps": td.fps,
        "duration": td.duration,
        "profile": td.to_json()["profile"],
        "starts": [round(s.start, 4) for s in td.shots],
        "beats": td.sound.beats[:2000],
        "tempo": td.sound.tempo,
    }
    project.settings[MARK + script.id] = json.dumps(summary, ensure_ascii=False)


def reference_of(project: Project, script: Script) -> dict[str, Any] | None:
    """The teardown summary of a reference script, or None when the script is the team's own."""
    raw = project.settings.get(MARK + script.id)
    if not isinstance(raw, str):
        return None
    try:
        data = json.loads(raw)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def new_project(
    td: Teardown, lang: str, samples: list[Sample] | None = None
) -> tuple[Project, dict[str, dict[str, bytes]]]:
    """A new project holding the teardown as its (reference) script."""
    script, frames, blobs = reference_script(td, lang, samples)
    project = Project(title=script.title, language=lang)
    project.scripts.append(script)
    project.frames.update(frames)
    mark(project, script, td)
    return project, blobs


def skeleton(reference: Script, lang: str, name: str = "") -> Script:
    """A new script on the reference's structure: same beats, shot lengths, sizes and on-beat tags; no words, no pictures."""
    script = Script(title=_w("own", lang, name=name or reference.title), concept=_w("own_concept", lang))
    for old_beat in reference.beats:
        beat = Beat(kind=old_beat.kind, name=old_beat.name, budget_ds=old_beat.budget_ds,
                    alternatives=[Alternative(label="A")])  # fmt: skip
        script.beats.append(beat)
        alt = beat.alternatives[0]
        for old in old_beat.alternatives[0].shots if old_beat.alternatives else []:
            shot = Shot(duration_ds=old.duration_ds, shot_size=old.shot_size, camera_move=old.camera_move,
                        angle=old.angle, tags=list(old.tags))  # fmt: skip
            shot.code = next_code(script, beat, alt)
            alt.shots.append(shot)
    script.variants.append(Variant(name=_w("base", lang), is_base=True))
    return script


def prepared(
    project: Project, td: Teardown, samples: list[Sample] | None
) -> tuple[Script, dict[str, Frame], dict[str, dict[str, bytes]], dict[str, Any]]:
    """What adding the teardown to ``project`` takes: the script, its new frames and their bytes, and the
    project's settings with the reference mark (for the window's undoable commands and the CLI alike)."""
    if not project.brief.is_empty():
        from studio.teardown.structure import brief_cues, guess

        guess(td.shots, brief_cues(project.brief))  # the brief's own pains and selling points say which beat
    script, frames, blobs = reference_script(td, project.language, samples)
    probe = Project(settings=dict(project.settings))
    mark(probe, script, td)
    new_frames = {d: f for d, f in frames.items() if d not in project.frames}
    return script, new_frames, blobs, probe.settings


def add_reference(
    project: Project,
    td: Teardown,
    samples: list[Sample] | None,
    keep_bytes: Callable[[str, dict[str, bytes]], None],
) -> Script:
    """Add the teardown to an open project as a reference script, through the model's edit operations.

    ``keep_bytes(hash, renditions)`` stores each key frame's bytes before its frame joins the catalogue.
    """
    from studio.models import ops

    script, frames, blobs, settings = prepared(project, td, samples)
    for digest, frame in frames.items():
        keep_bytes(digest, blobs[digest])
        ops.add_frame(project, frame)
    ops.insert_script(project, len(project.scripts), script)
    ops.set_field(project, project, "settings", settings)
    return script


def start_from(project: Project, reference: Script) -> Script:
    """Add a new script of the team's own on the reference's skeleton (no competitor words or pictures)."""
    from studio.models import ops

    summary = reference_of(project, reference) or {}
    own = skeleton(reference, project.language, str(summary.get("source", "")))
    return ops.insert_script(project, len(project.scripts), own)
