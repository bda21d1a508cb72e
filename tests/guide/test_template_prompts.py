"""Template prompts filled from the brief: the sample's words where the brief has them, a placeholder where not."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from studio.guide.brief.brieffill import (
    SLOTS,
    beat_prompt,
    fill_prompt,
    missing_slots,
    prompt_pieces,
    slot_values,
    slots_in,
)
from studio.guide.brief.draft import draft_from_brief
from studio.guide.brief.templates import project_from_template, templates
from studio.models import ops
from studio.models.brief import Brief, Offer, Persona
from studio.models.entities import Project
from studio.samples import sample_project

#: What each template's beats must name, filled from the sample's brief, per language.
SAMPLE_WORDS = {
    "zh": ("熬夜党", "暗沉", "烟酰胺", "¥99 两瓶"),
    "en": ("Night owls", "dull skin", "niacinamide", "2 for $19"),
}


def _prompts(tid: str, lang: str) -> list[str]:
    return [str(spec["prompt"][lang]) for spec in templates()[tid].beats]


@pytest.mark.parametrize("tid", sorted(templates()))
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_prompt_is_filled_from_the_sample_brief(lang: str, tid: str) -> None:
    project, _ = sample_project(lang, frame_edge=64)
    values = slot_values(project)
    raw = _prompts(tid, lang)
    filled = [fill_prompt(text, values, lang) for text in raw]
    assert all(slots_in(text) for text in raw), "every prompt of a template leans on the brief"
    assert all(
        "{" not in text and "}" not in text and "「" not in text and "[" not in text for text in filled
    )
    joined = "\n".join(filled)
    # the hook names the audience or its pain, the call to action the offer
    hook, cta = filled[0], filled[-1]
    persona, pain, point, price = SAMPLE_WORDS[lang]
    assert persona in hook or pain in hook
    assert price in cta
    assert point in joined
    assert all(set(slots_in(t)) <= set(SLOTS) for t in raw)


@pytest.mark.parametrize("tid", sorted(templates()))
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_an_empty_brief_leaves_clear_placeholders_not_braces(lang: str, tid: str) -> None:
    project = Project(language=lang)
    values = slot_values(project)
    for text in _prompts(tid, lang):
        shown = fill_prompt(text, values, lang)
        assert "{" not in shown and "}" not in shown
        marks = ("「", "」") if lang == "zh" else ("[", "]")
        assert shown.count(marks[0]) == len(slots_in(text)) == shown.count(marks[1])
        # nothing empty where a slot was: each placeholder names what is missing
        assert "「」" not in shown and "[]" not in shown
        if lang == "en":
            assert not any("\u4e00" <= ch <= "\u9fff" for ch in shown)


def test_placeholders_name_the_slot_and_pieces_say_what_came_from_the_brief() -> None:
    project = Project(language="zh")
    brief = Brief(pains=["卡粉"], offer=Offer(price="¥99"))
    ops.set_field(project, project, "brief", brief)
    text = "黄金3秒：直接点出{人群}的{痛点}，{价格}，{nonsense}"
    assert beat_prompt(project, text) == "黄金3秒：直接点出「人群」的卡粉，¥99，「nonsense」"
    pieces = prompt_pieces(text, slot_values(project), "zh")
    assert [(p.slot, p.filled) for p in pieces if p.slot] == [
        ("persona", False),
        ("pain", True),
        ("price", True),
        ("nonsense", False),
    ]
    assert missing_slots(text, slot_values(project)) == ["persona", "nonsense"]
    en = Project(language="en")
    assert beat_prompt(en, "Call out {persona} about {pains}; {全部卖点}") == (
        "Call out [persona] about [pain points]; [selling points]"
    )


def test_a_brief_edit_changes_the_prompt_and_lists_are_joined_in_the_language() -> None:
    project, _ = sample_project("en", frame_edge=64)
    text = "Show one concrete pain ({pains}) so {persona} think: that's me."
    assert (
        beat_prompt(project, text)
        == "Show one concrete pain (dull skin, cakey make-up) so Night owls think: that's me."
    )
    ops.set_field(project, project, "brief", dataclasses.replace(project.brief, pains=["frizz"], personas=[]))
    assert beat_prompt(project, text) == "Show one concrete pain (frizz) so [persona] think: that's me."
    zh, _ = sample_project("zh", frame_edge=64)
    assert beat_prompt(zh, "（{全部痛点}）") == "（暗沉、卡粉）"
    assert beat_prompt(zh, "{对比证据}") == "28 天素颜实拍对比（未修图）"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_new_scripts_and_drafts_keep_the_slots_so_the_prompt_follows_the_brief(lang: str) -> None:
    project, _ = sample_project(lang, frame_edge=64)
    for tid in templates():
        script = draft_from_brief(project, tid)
        assert all(slots_in(b.prompt) for b in script.beats)
        shown = [beat_prompt(project, b.prompt) for b in script.beats]
        assert all("{" not in s and "「" not in s and "[" not in s for s in shown)
    blank = project_from_template("live_clip", lang)
    assert all(slots_in(b.prompt) for b in blank.scripts[0].beats)


def test_the_sample_project_prompts_use_the_brief_too() -> None:
    zh, _ = sample_project("zh", frame_edge=64)
    shown = [beat_prompt(zh, b.prompt) for b in zh.scripts[0].beats]
    assert shown[0] == "黄金3秒：提问或价格，先抓住熬夜党，点出暗沉。"
    assert "¥99 两瓶" in shown[-1] and "今天" in shown[-1]
    data = json.loads((Path(__file__).parents[2] / "resources/samples/serum.json").read_text("utf-8"))
    assert all(set(slots_in(b["prompt"][lang])) <= set(SLOTS) for b in data["beats"] for lang in ("zh", "en"))


_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)


@settings(max_examples=150, deadline=None)
@given(
    words=st.lists(st.tuples(_TEXT, st.sampled_from(sorted(SLOTS))), max_size=5),
    persona=_TEXT,
    price=_TEXT,
    lang=st.sampled_from(["zh", "en"]),
)
def test_any_prompt_and_brief_fill_without_braces_or_lost_words(
    words: list[tuple[str, str]], persona: str, price: str, lang: str
) -> None:
    """CJK, emoji, control characters and braces in the brief: every slot is replaced once, never re-read."""
    text = "".join(f"{w.replace('{', '(').replace('}', ')')}{{{slot}}}" for w, slot in words)
    project = Project(language=lang)
    brief = Brief(personas=[Persona(name=persona)], offer=Offer(price=price))
    values = slot_values(project, brief)
    pieces = prompt_pieces(text, values, lang)
    shown = fill_prompt(text, values, lang)
    assert shown == "".join(p.text for p in pieces)
    assert [p.slot for p in pieces if p.slot] == [SLOTS[s] for _w, s in words]
    for piece in pieces:
        if piece.slot and not piece.filled:
            assert piece.text.startswith("「" if lang == "zh" else "[")
        if piece.filled:
            assert piece.text == values[piece.slot] and piece.text.strip()
    own = "".join(p.text for p in pieces if not p.slot)
    assert own == "".join(w.replace("{", "(").replace("}", ")") for w, _s in words)


def test_a_list_slot_names_the_first_few_items_of_a_long_list() -> None:
    """A brief with thousands of pain points made the pain beat's prompt thousands of words long."""
    import dataclasses

    from studio.guide.brief.brieffill import LIST_SLOT_ITEMS, slot_values
    from studio.samples import sample_project

    for lang, more in (("zh", "等"), ("en", " …")):
        project, _ = sample_project(lang, frame_edge=64)
        pains = [f"pain{i}" for i in range(5000)]
        project.brief = dataclasses.replace(project.brief, pains=pains)
        named = slot_values(project)["pains"]
        assert named.endswith(more) and named.count("pain") == LIST_SLOT_ITEMS and "pain4" not in named
        project.brief = dataclasses.replace(project.brief, pains=pains[:LIST_SLOT_ITEMS])
        assert not slot_values(project)["pains"].endswith(more)
