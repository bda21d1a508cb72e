"""Where a draft goes: into the current script while it is empty, else beside it, never under a taken name."""

from __future__ import annotations

from studio.guide.brief.draftplace import is_blank, name_key, place_draft, unique_title
from studio.guide.brief.templates import get_template, script_from_template
from studio.models import ops
from studio.models.entities import Project, VariantResult
from studio.samples import sample_project


def _blank_project(lang: str = "zh") -> Project:
    brief = sample_project(lang, frame_edge=64)[0].brief
    project = Project(title="t", language=lang)
    project.brief = brief
    ops.insert_script(project, 0, script_from_template(get_template("pain_solution_cta"), lang))
    return project


def _apply(project: Project, current=None) -> None:
    place = place_draft(project, current or project.scripts[0])
    ops.insert_script(project, place.index, place.script)
    if place.replaces is not None:
        ops.remove_script(project, place.replaces)


def test_a_new_projects_empty_script_is_filled_not_doubled() -> None:
    project = _blank_project()
    assert is_blank(project, project.scripts[0])  # the template's visuals are not the writer's words
    _apply(project)
    assert len(project.scripts) == 1 and any(s.voiceover for _b, _a, s in project.scripts[0].iter_shots())
    assert not is_blank(project, project.scripts[0])
    _apply(project)  # the script now has words: the next draft goes beside it
    _apply(project, project.scripts[0])
    titles = [s.title for s in project.scripts]
    assert len(titles) == 3 and len({name_key(t) for t in titles}) == 3, titles
    assert titles[1:] == [f"{titles[0]} 3", f"{titles[0]} 2"]  # each added after the current script


def test_a_script_the_writer_touched_is_never_replaced() -> None:
    for touch in ("voiceover", "notes", "result"):
        project = _blank_project("en")
        script = project.scripts[0]
        if touch == "result":
            project.results[script.variants[0].id] = VariantResult(script.variants[0].id, plays=10)
        else:
            setattr(script.beats[0].alternatives[0].shots[0], touch, "mine")
        assert not is_blank(project, script), touch
        place = place_draft(project, script)
        assert place.replaces is None and place.index == 1


def test_a_name_the_writer_gave_an_empty_script_is_kept() -> None:
    project = _blank_project()
    ops.set_field(project, project.scripts[0], "title", "双11 主推")
    place = place_draft(project, project.scripts[0], "live_clip")
    assert place.replaces is project.scripts[0] and place.script.title == "双11 主推"
    assert place.script.template == "live_clip"


def test_unique_titles_fold_width_and_case() -> None:
    project = _blank_project("en")
    ops.set_field(project, project.scripts[0], "title", "Ｐａｉｎ Ｃut")  # full-width letters
    assert unique_title(project, "pain cut ") == "pain cut 2"
    assert unique_title(project, "Other") == "Other"
