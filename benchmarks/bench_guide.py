"""Guide speed on a 1,000-shot script: cold check, full re-check, re-check after one edited shot.

Run: python benchmarks/bench_guide.py. Prints medians of 5 and ratios against a floor
(one plain pass over the shots summing durations) measured in the same run.
Targets: full re-check <= 10 ms, one edited shot <= 1 ms.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.timing import median_ms
from studio.guide.checker import Checker, check_project
from studio.models import ops
from studio.models.entities import Alternative, Beat, Project, Script, Shot, Variant
from studio.models.enums import BeatKind, TestVariable

KINDS = (BeatKind.HOOK, BeatKind.PAIN, BeatKind.SOLUTION, BeatKind.PROOF, BeatKind.CTA)
LINES = ("熬夜脸暗沉？", "天天加班到凌晨", "试试这瓶烟酰胺精华", "坚持28天肤色提亮", "点击下方链接领券")
TAGS = (
    ["visual_impact"],
    ["usage_scene"],
    ["product_close_up", "key_point", "badge"],
    ["proof", "reaction"],
    [],
)


def build(shots_total: int = 1000) -> Project:
    """A project with one script of ``shots_total`` shots: 5 beats x 2 alternatives, 3 variants."""
    project = Project(title="bench")
    script = Script(title="bench", template="pain_solution_cta")
    per_alt = shots_total // (len(KINDS) * 2)
    for k, kind in enumerate(KINDS):
        beat = Beat(kind=kind)
        for label in "AB":
            alt = Alternative(label=label)
            for i in range(per_alt):
                alt.shots.append(
                    Shot(
                        code=f"{kind.value}-{label}-{i}",
                        duration_ds=15 + (i % 10),
                        voiceover=LINES[k] if i % 3 else f"{LINES[k]}，第{i}次",
                        onscreen_text=LINES[k][:8],
                        visual="画面描述 visual description",
                        tags=list(TAGS[k]),
                    )
                )
            beat.alternatives.append(alt)
        script.beats.append(beat)
    script.variants = [
        Variant(name="Base", is_base=True),
        Variant(
            name="Hook B",
            choices={script.beats[0].id: script.beats[0].alternatives[1].id},
            variable=TestVariable.HOOK,
        ),
        Variant(
            name="CTA B",
            choices={script.beats[4].id: script.beats[4].alternatives[1].id},
            variable=TestVariable.ENDING,
        ),
    ]
    project.scripts.append(script)
    return project


def main() -> None:
    """Measure and print."""
    project = build()
    script = project.scripts[0]
    count = sum(1 for _ in script.iter_shots())

    def floor() -> None:
        sum(s.duration_ds for _, _, s in script.iter_shots())

    floor_ms = median_ms(floor)
    cold_ms = median_ms(lambda: check_project(project))
    checker = Checker(project)
    checker.attach()
    findings = checker.check()

    def full() -> None:
        checker.invalidate()
        checker.check()

    full_ms = median_ms(full)
    target = script.beats[2].alternatives[0].shots[50]
    texts = iter(f"试试这瓶精华{i}" for i in range(100))

    def edit() -> None:
        ops.set_field(project, target, "voiceover", next(texts))
        checker.check()

    edit_ms = median_ms(edit)
    # Check the incremental answer against a fresh one so the figure is honest.
    assert len(checker.check()) == len(check_project(project))
    print(f"shots: {count}, findings: {len(findings)}")
    print(f"floor (one pass summing durations): {floor_ms:.3f} ms")
    print(f"cold check (new checker):          {cold_ms:.2f} ms  ({cold_ms / floor_ms:.0f}x floor)")
    print(
        f"full re-check (cached shots):      {full_ms:.2f} ms  ({full_ms / floor_ms:.0f}x floor)  target <= 10 ms"
    )
    print(
        f"re-check after one edited shot:    {edit_ms:.3f} ms  ({edit_ms / floor_ms:.1f}x floor)  target <= 1 ms"
    )


if __name__ == "__main__":
    main()
