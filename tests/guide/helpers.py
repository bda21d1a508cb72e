"""Small builders for guide tests: a clean script and ways to break it one rule at a time."""

from __future__ import annotations

from studio.guide.brief.templates import project_from_template
from studio.models.entities import Project, Shot
from studio.models.enums import BeatKind


def clean_project(lang: str = "zh") -> Project:
    """A filled-in pain-solution-CTA project with no findings at all."""
    return project_from_template("pain_solution_cta", lang, examples=True)


def beat(project: Project, kind: BeatKind):
    """The first beat of a kind in the first script."""
    return next(b for b in project.scripts[0].beats if b.kind is kind)


def shots(project: Project, kind: BeatKind) -> list[Shot]:
    """The shots of a beat's first alternative."""
    return beat(project, kind).alternatives[0].shots


def rules(findings) -> set[str]:
    """The rule ids of a list of findings."""
    return {f.rule for f in findings}
