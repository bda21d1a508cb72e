"""The read-through marks a voice-over too long for its shot exactly when the guide's shot check does."""

from __future__ import annotations

from benchmarks.make_big_project import build
from studio.exports.script_export import OVERRUN_RULES
from studio.guide.rules.shotrules import check_shot, voiceover_overruns
from studio.guide.rules.thresholds import resolve


def test_the_voice_over_check_alone_agrees_with_the_whole_shot_check() -> None:
    project, _ = build(300, 0)
    script = project.scripts[0]
    th = resolve(project, script)
    texts = [
        "",
        "好",
        "第一句口播，熬夜党皮肤暗沉怎么办" * 3,
        "A long English line that takes a while to say " * 2,
    ]
    flagged = 0
    for i, (beat, alt, shot) in enumerate(script.iter_shots()):
        shot.voiceover = texts[i % len(texts)]
        shot.duration_ds = 5 + (i * 7) % 60
        whole = any(f.rule in OVERRUN_RULES for f in check_shot(script, beat, alt, shot, th).findings)
        assert voiceover_overruns(shot, th) == whole, (shot.voiceover, shot.duration_ds)
        flagged += whole
    assert 0 < flagged < 300  # both kinds of shot were met
