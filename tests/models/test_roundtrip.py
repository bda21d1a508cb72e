"""dump -> load -> dump is lossless, for any text a writer might paste."""

from __future__ import annotations

import itertools
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studio.models.entities import Alternative, Beat, Frame, Project, Script, Shot, Variant, VariantResult
from studio.models.enums import (
    Angle,
    BeatKind,
    CameraMove,
    ProductCategory,
    ShotSize,
    ShotStatus,
    TestVariable,
    VariantStatus,
)
from studio.models.serial import project_from_dict, project_to_dict
from studio.store.document import ProjectFile, write_new_file

# Text a writer might paste: CJK, emoji, full-width punctuation, control characters, RTL marks.
ALPHABET = st.one_of(
    st.characters(codec="utf-8", exclude_categories=("Cs",)),
    st.sampled_from(list("熬夜脸暗沉？，。！“”、；：（）【】🔥💧✨👉\x00\x01\x0b\x1f\t\n\r\u200f\ufeff=+-@")),
)
TEXT = st.text(ALPHABET, max_size=16)
IDS = st.text("abcdef0123456789", min_size=6, max_size=16)
WORDS = st.text("最好第一驰名商标拼单abc", min_size=1, max_size=6)
#: Numbers that make drawn names unique (variant names and shot codes are unique in a script).
SERIAL = itertools.count()


@st.composite
def shots(draw: st.DrawFn) -> Shot:
    return Shot(
        id=draw(IDS),
        # the model keeps shot codes unique within a script; the mark after the text makes them so
        code=draw(TEXT) + f"\ue000{next(SERIAL)}",
        duration_ds=draw(st.integers(1, 36000)),
        shot_size=draw(st.none() | st.sampled_from(ShotSize)),
        camera_move=draw(st.none() | st.sampled_from(CameraMove)),
        angle=draw(st.none() | st.sampled_from(Angle)),
        visual=draw(TEXT),
        voiceover=draw(TEXT),
        onscreen_text=draw(TEXT),
        sound=draw(TEXT),
        props=draw(TEXT),
        location=draw(TEXT),
        talent=draw(TEXT),
        notes=draw(TEXT),
        tags=draw(st.lists(TEXT, max_size=3)),
        status=draw(st.sampled_from(ShotStatus)),
        frame=draw(st.none() | st.sampled_from(["f" * 64, "e" * 64])),
    )


@st.composite
def projects(draw: st.DrawFn) -> Project:
    used: set[str] = set()

    def uid() -> str:
        value = draw(IDS.filter(lambda x: x not in used))
        used.add(value)
        return value

    project = Project(
        id=uid(),
        title=draw(TEXT),
        product=draw(TEXT),
        brand=draw(TEXT),
        platform=draw(st.sampled_from(["douyin", "tiktok", "reels"])),
        language=draw(st.sampled_from(["zh", "en"])),
        zh_cps=draw(st.floats(0.5, 12, allow_nan=False)),
        en_wpm=draw(st.floats(60, 300, allow_nan=False)),
        created="2026-01-01T00:00:00+00:00",
        modified="2026-01-02T00:00:00+00:00",
        settings=draw(st.dictionaries(st.sampled_from(["hook_limit_s", "cta_limit_s"]), st.floats(1, 9))),
        category=draw(st.sampled_from(ProductCategory)),
        banned_words=draw(st.dictionaries(WORDS, st.just("") | WORDS, max_size=3)),
        allowed_words=draw(st.lists(WORDS, max_size=3, unique=True)),
    )
    project.frames = {h: Frame(h, draw(TEXT), 1080, 1920, "PNG") for h in ("f" * 64, "e" * 64)}
    for _ in range(draw(st.integers(1, 2))):
        script = Script(id=uid(), title=draw(TEXT), concept=draw(TEXT), template=draw(TEXT))
        for _ in range(draw(st.integers(0, 4))):
            beat = Beat(
                id=uid(),
                kind=draw(st.sampled_from(BeatKind)),
                name=draw(TEXT),
                budget_ds=draw(st.none() | st.integers(1, 600)),
                prompt=draw(TEXT),
            )
            for label in "AB"[: draw(st.integers(1, 2))]:
                alt = Alternative(id=uid(), label=label, note=draw(TEXT))
                for shot in draw(st.lists(shots(), max_size=3)):
                    shot.id = uid()
                    alt.shots.append(shot)
                beat.alternatives.append(alt)
            script.beats.append(beat)
        script.variants.append(Variant(id=uid(), name=draw(TEXT) + f"\ue000{next(SERIAL)}", is_base=True))
        for _ in range(draw(st.integers(0, 2))):
            choices = {b.id: b.alternatives[-1].id for b in script.beats}
            script.variants.append(
                Variant(
                    id=uid(),
                    name=draw(TEXT) + f"\ue000{next(SERIAL)}",
                    choices=choices,
                    variable=draw(st.sampled_from(TestVariable)),
                    hypothesis=draw(TEXT),
                    status=draw(st.sampled_from(VariantStatus)),
                    notes=draw(TEXT),
                )
            )
        project.scripts.append(script)
    variant = project.scripts[0].variants[0]
    if draw(st.booleans()):
        project.results[variant.id] = VariantResult(
            variant.id,
            impressions=draw(st.integers(0, 10**9)),
            clicks=draw(st.integers(0, 1000)),
            spend=draw(st.floats(0, 1e6)),
            gmv=draw(st.floats(0, 1e7)),
            retention=draw(st.lists(st.floats(0, 1), max_size=70)),
            source=draw(TEXT),
            updated="2026-02-01",
        )
    return project


def canonical(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


@given(projects())
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_dict_round_trip_is_lossless(project: Project) -> None:
    first = project_to_dict(project)
    again = project_to_dict(project_from_dict(json.loads(json.dumps(first))))
    assert canonical(again) == canonical(first)


@given(projects())
@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_file_round_trip_is_lossless(project: Project) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "p.studio"
        first = json.dumps(project_to_dict(project), ensure_ascii=False, indent=1)
        write_new_file(path, project_from_dict(json.loads(first)))
        with ProjectFile.open(path, readonly=True) as pf:
            second = json.dumps(project_to_dict(pf.project), ensure_ascii=False, indent=1)
        assert second == first
