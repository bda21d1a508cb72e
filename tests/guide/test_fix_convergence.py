"""The guide's fixes converge: applying the first offered fix again and again reaches a script with
nothing left to fix, in a bounded number of steps, never coming back to a script already seen."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.make_big_project import sample_brief
from studio.guide.brief.draft import draft_from_brief
from studio.guide.brief.templates import project_from_template, templates
from studio.guide.checker import check_project
from studio.guide.findings import Finding, apply_fix
from studio.models import ops
from studio.models.entities import Project
from studio.models.enums import ShotTag

#: More steps than any script here needs; a loop would run past it.
MAX_STEPS = 60
TEMPLATES = sorted(templates())
#: What writers type into a hook: Chinese lines with and without clause marks, fillers, numbers,
#: English, mixed text, emoji.
WORDS = [
    "姐妹们", "注意了", "熬夜党", "的", "暗沉脸", "真的", "有救了", "这瓶", "精华", "让你", "第二天", "脸不再暗沉",
    "28天", "9.9元", "？", "！", "，", "。", "你也是吗", "别再", "乱买了", "其实", "就是", "一抹就吸收",
    "Night owls", "this serum", "really", "fixes", "dull skin", "in 7 days", "just", "you know", ",", "?",
    "!", " ", "🔥", "$9.9", "100%", "最", "第一",
]  # fmt: skip
LINE = st.lists(st.sampled_from(WORDS), min_size=0, max_size=14).map("".join) | st.text(max_size=30)


def state_of(project: Project) -> tuple[Any, ...]:
    """Everything a fix can change, as one hashable value."""
    shots = tuple(
        (s.id, s.duration_ds, s.voiceover, s.onscreen_text, s.visual, tuple(s.tags))
        for script in project.scripts
        for _b, _a, s in script.iter_shots()
    )
    variants = tuple((v.id, v.variable) for script in project.scripts for v in script.variants)
    return shots, variants


def counts(found: list[Finding]) -> tuple[int, int, int]:
    """(errors, warnings, tips)."""
    c = [0, 0, 0]
    for f in found:
        c[f.severity.rank] += 1
    return c[0], c[1], c[2]


def first_fixable(found: list[Finding]) -> Finding | None:
    """The first finding with an automatic fix, most severe first (as the guide panel lists them)."""
    fixable = [f for f in found if f.fix is not None and f.fix.applicable]
    fixable.sort(key=lambda f: f.severity.rank)
    return fixable[0] if fixable else None


def converge(project: Project) -> list[str]:
    """Apply the first offered fix until none is left; the rules fixed, in order."""
    seen: set[tuple[Any, ...]] = set()
    before: tuple[int, int, int] | None = None
    applied: list[str] = []
    for _ in range(MAX_STEPS):
        found = check_project(project)
        state = state_of(project)
        assert state not in seen, f"came back to a script already seen after {applied}"
        seen.add(state)
        now = counts(found)
        # Every fix lowers (errors, warnings, tips) in that order: that is why this ends.
        assert before is None or now < before, f"{applied[-1]} took {before} to {now}"
        before = now
        finding = first_fixable(found)
        if finding is None:
            return applied
        fix = finding.fix
        assert fix is not None
        applied.append(f"{finding.rule}: {fix.text('en')}")
        apply_fix(project, fix)
    raise AssertionError(f"still fixing after {MAX_STEPS} steps: {applied[-5:]}")


@st.composite
def scripts(draw: st.DrawFn) -> Project:
    """A bundled template's script with random lines, durations, budgets and limits."""
    lang = draw(st.sampled_from(["zh", "en"]))
    project = project_from_template(draw(st.sampled_from(TEMPLATES)), lang, examples=draw(st.booleans()))
    if draw(st.booleans()):
        project.brief = sample_brief(lang)
    script = project.scripts[0]
    shots = [s for _b, _a, s in script.iter_shots()]
    for _ in range(draw(st.integers(0, 6))):
        shot = draw(st.sampled_from(shots))
        field = draw(
            st.sampled_from(["voiceover", "voiceover", "voiceover", "onscreen_text", "duration_ds", "tags"])
        )
        if field == "duration_ds":
            ops.set_field(project, shot, field, draw(st.integers(1, 120)))
        elif field == "tags":
            ops.set_field(
                project, shot, field, draw(st.lists(st.sampled_from([t.value for t in ShotTag]), max_size=3))
            )
        else:
            ops.set_field(project, shot, field, draw(LINE))
    for beat in script.beats:
        if draw(st.integers(0, 3)) == 0:
            ops.set_field(project, beat, "budget_ds", draw(st.none() | st.integers(5, 150)))
    limits = draw(st.dictionaries(st.sampled_from(["hook_limit_s", "cta_limit_s", "max_shot_s", "avg_shot_s",
                                                   "breath_margin_s"]),
                                  st.sampled_from([0.5, 1, 2, 2.5, 3, 5, 8]), max_size=3))  # fmt: skip
    if limits:
        ops.set_field(project, project, "settings", {**project.settings, **limits})
    return project


@pytest.mark.slow
@settings(max_examples=2000, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])  # fmt: skip
@given(scripts())
def test_applying_the_first_fix_reaches_nothing_to_fix(project: Project) -> None:
    converge(project)


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("template", TEMPLATES)
def test_bundled_templates_drafts_converge(template: str, lang: str) -> None:
    project = project_from_template(template, lang)
    project.brief = sample_brief(lang)
    project.scripts[0] = draft_from_brief(project, template)
    converge(project)


def test_the_seventeen_character_hook_line_is_said_shorter_not_stretched() -> None:
    """The case from the issue: stretching the shot ran the hook over, trimming it cut the line short."""
    project = project_from_template("pain_solution_cta", "zh", examples=True)
    hook = project.scripts[0].beats[0].alternatives[0].shots[0]
    ops.set_field(project, hook, "voiceover", "熬夜党这瓶精华让你第二天脸不再暗沉")
    assert len(hook.voiceover) == 17
    (finding,) = [f for f in check_project(project) if f.rule == "vo.too_long"]
    assert finding.fix is not None and finding.fix.applicable
    assert "Lengthen" not in finding.fix.text("en")
    steps = converge(project)
    assert len(steps) == 1
    found = check_project(project)
    assert not [f for f in found if f.severity.rank == 0]
    assert hook.voiceover.startswith("熬夜党") and hook.duration_ds <= 30 - 13
    rest = project.scripts[0].beats[1].alternatives[0].shots[0].voiceover
    assert rest.startswith("这瓶精华让你第二天脸不再暗沉")


def test_a_fix_is_judged_again_after_the_script_changes() -> None:
    """A cached finding's fix follows the rest of the script: room in the hook today, none tomorrow."""
    from studio.guide.checker import Checker

    project = project_from_template("pain_solution_cta", "zh", examples=True)
    checker = Checker(project)
    checker.attach()
    first, second = project.scripts[0].beats[0].alternatives[0].shots
    ops.set_field(project, first, "duration_ds", 10)
    ops.set_field(project, first, "voiceover", "熬夜脸")  # needs 0.9 s: fits
    ops.set_field(project, first, "voiceover", "熬夜党的脸")  # needs 1.4 s: the hook has room for it
    (vo,) = [f for f in checker.check() if f.rule.startswith("vo.")]
    assert vo.fix is not None and vo.fix.text("en") == "Lengthen the shot to 1.4 s"
    ops.set_field(project, second, "duration_ds", 19)  # now the hook has 1.1 s left for the first shot
    again = [f for f in checker.check() if f.rule.startswith("vo.") and f.location.shot_id == first.id]
    assert again[0] is vo  # the same cached finding ...
    assert vo.fix is not None and "Lengthen" not in vo.fix.text("en")  # ... judged again
