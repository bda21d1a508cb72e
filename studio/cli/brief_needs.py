"""What a template needs from the brief, and its beat prompts filled from it, for ``studio brief`` and ``studio draft``."""

from __future__ import annotations

from typing import Any

from studio.cli.i18n import language, say


def _items(keys: list[str]) -> str:
    from studio.guide.brief.needs import label

    lang = language()
    return ("、" if lang == "zh" else ", ").join(label(k, lang) for k in keys)


def _names_itself(beat: str, prompt: str) -> bool:
    """Whether a prompt opens with its beat's name ("Pain: ...", "F, Feature: ..."), which need not be said twice."""
    first = beat.replace("·", " ").split()
    return bool(first) and prompt.casefold().startswith(first[0].casefold())


def chosen_template(project: Any, template_id: str | None) -> str:
    """The template asked for, else the first script's (the default template when there is none)."""
    from studio.guide.brief.templates import DEFAULT_TEMPLATE

    if template_id:
        return template_id
    return project.scripts[0].template if project.scripts else DEFAULT_TEMPLATE


def prompts(project: Any, template_id: str) -> list[tuple[str, str]]:
    """(beat name, prompt filled from the brief) of the first script, or of the template when it is another."""
    from studio.guide.brief.brieffill import beat_prompt, slot_values
    from studio.guide.brief.templates import get_template, script_from_template
    from studio.models.vocab import beat_label

    script = next((s for s in project.scripts if s.template == template_id), None)
    if script is None:
        script = script_from_template(get_template(template_id), project.language)
    values = slot_values(project)
    return [
        (beat_label(b.kind, b.name, project.language), beat_prompt(project, b.prompt, values))
        for b in script.beats
        if b.prompt.strip()
    ]


def needs_data(project: Any, template_id: str) -> dict[str, Any]:
    """The template's needs, those the brief misses and the filled prompts, as JSON-ready data."""
    from studio.guide.brief.needs import missing, template_needs

    needed = template_needs(template_id)
    return {
        "id": template_id,
        "needs": list(needed),
        "missing": missing(project.brief, needed),
        "prompts": [{"beat": beat, "prompt": text} for beat, text in prompts(project, template_id)],
    }


def print_needs(project: Any, template_id: str) -> None:
    """The needs, what is missing, and the prompts, as lines for the terminal."""
    from studio.guide.brief.templates import get_template

    data = needs_data(project, template_id)
    if data["needs"]:  # a script made by hand (no bundled template) needs nothing
        title = get_template(template_id).title(language())
        print(say("needs.template", template=title, items=_items(data["needs"])))
        if data["missing"]:
            print(say("needs.missing", items=_items(data["missing"])))
        else:
            print(say("needs.met"))
    if data["prompts"]:
        print(say("needs.prompts"))
        for item in data["prompts"]:
            beat, text = item["beat"], item["prompt"]
            if _names_itself(beat, text):
                print(say("needs.prompt_named", prompt=text))
            else:
                print(say("needs.prompt", beat=beat, prompt=text))


def draft_missing(project: Any, template_id: str) -> str | None:
    """The line ``studio draft`` prints when the brief misses what the template needs, else None."""
    from studio.guide.brief.needs import missing, template_needs
    from studio.guide.brief.templates import get_template

    lacking = missing(project.brief, template_needs(template_id))
    if not lacking:
        return None
    title = get_template(template_id).title(language())
    return say("needs.draft_missing", template=title, items=_items(lacking))


def template_help(key: str = "needs.template_help") -> str:
    """The help line of a ``--template`` option: what it is for, then each id with its name in the
    user's language ("live_clip (直播切片)"), as 'studio new' lists them: the ids alone meant nothing."""
    from studio.cli.i18n import language
    from studio.guide.brief.templates import templates

    lang = language()
    listed = ", ".join(f"{tid} ({t.title(lang)})" for tid, t in sorted(templates().items()))
    return f"{say(key)}{'：' if lang == 'zh' else ': '}{listed}"
