"""The creative brief and the creators list: kept in the file, in the JSON interchange, edited undoably."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studio.models import ops
from studio.models.brief import Brief, Creator, Offer, Persona, SellingPoint, link_brief, unlinked_answers
from studio.models.errors import DanglingLinkError, InterchangeError, InvalidValueError
from studio.models.serial import project_from_dict, project_to_dict
from studio.samples import sample_project, write_sample
from studio.store.document import ProjectFile


def _full_brief() -> Brief:
    return Brief(
        # personas carry their stable ids, as pains do (a brief without them is given new ones)
        personas=[Persona("学生党", "在校大学生", "抖音，午休", "便宜又好用的有吗", "persona-xsd")],
        pains=["痘印"],
        itches=["清爽"],
        pleasures=["秒吸收"],
        selling_points=[
            SellingPoint("水杨酸", "检测报告", 2, "pain-doyin", "persona-xsd"),
            SellingPoint("无酒精", "成分表特写", 1, ""),
        ],
        scenes=["宿舍"],
        offer=Offer("¥59", "满99减20", "今晚12点", "300件"),
        must_say=["敏感肌可用"],
        banned=["祛痘"],
        target_s=30,
        hashtags=["#学生党"],
        post_by="周五前",
        # a selling point links its pain by the pain's id
        pain_ids=["pain-doyin"],
    )


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_samples_carry_a_full_brief(lang: str) -> None:
    project, _ = sample_project(lang)
    b = project.brief
    assert b.personas and all(p.name and p.who and p.watches and p.says for p in b.personas)
    assert b.pains and b.itches and b.pleasures and b.scenes and b.must_say and b.banned and b.hashtags
    assert all(sp.evidence for sp in b.selling_points) and b.key_point() is b.ranked_points()[0]
    assert not any(getattr(b.offer, name) == "" for name in ("price", "coupon", "deadline", "stock"))
    assert b.target_s > 0 and b.post_by
    # each sample speaks its own language in the brief as well
    has_cjk = any("\u4e00" <= ch <= "\u9fff" for ch in json.dumps(project_to_dict(project)["project"]["brief"],
                                                                  ensure_ascii=False))  # fmt: skip
    assert has_cjk is (lang == "zh")


def test_key_point_is_the_lowest_priority_number() -> None:
    b = _full_brief()
    assert b.key_point() is not None and b.key_point().point == "无酒精"
    assert [p.point for p in b.ranked_points()] == ["无酒精", "水杨酸"]
    assert Brief().key_point() is None and Brief().is_empty() and not b.is_empty()


def test_brief_round_trips_through_json_and_the_file(tmp_path: Path) -> None:
    path = tmp_path / "p.studio"
    write_sample(path, "zh")
    with ProjectFile.open(path) as pf:
        p = pf.project
        price = p.scripts[0].variant("价格钩子")
        assert price is not None
        # a creator holds the id of the variant they were given (a name is refused: it names nothing)
        creator = Creator(
            "小鹿", "douyin", "@xiaolu", price.id, "posted", "https://v.douyin.com/abc/", 52000, 310, 30690.0
        )
        with pytest.raises(DanglingLinkError):
            ops.set_field(p, p, "creators", [dataclasses.replace(creator, variant="价格钩子")])
        ops.set_field(p, p, "brief", _full_brief())
        ops.set_field(p, p, "creators", [creator])
    with ProjectFile.open(path, readonly=True) as pf:
        assert pf.project.brief == _full_brief()
        assert pf.project.creators == [creator]
        data = project_to_dict(pf.project)
    assert data["project"]["brief"]["offer"]["deadline"] == "今晚12点"
    assert data["project"]["talents"][0]["handle"] == "@xiaolu"  # the key keeps its name (Project.creators)
    again = project_from_dict(json.loads(json.dumps(data, ensure_ascii=False)))
    assert again.brief == _full_brief() and again.creators == [creator]
    assert project_to_dict(again) == data


def test_json_without_a_brief_loads_an_empty_one() -> None:
    project, _ = sample_project("en")
    data = project_to_dict(project)
    del data["project"]["brief"], data["project"]["talents"]
    again = project_from_dict(data)
    assert again.brief.is_empty() and again.creators == []


@pytest.mark.parametrize(
    ("change", "where", "reason"),
    [
        (lambda b: b["selling_points"][1].__setitem__("priority", -1), "$.project.brief.selling_points[1].priority", "negative"),
        (lambda b: b["offer"].__setitem__("price", 99), "$.project.brief.offer.price", "wrong_kind"),
        (lambda b: b.__setitem__("pains", "暗沉"), "$.project.brief.pains", "wrong_kind"),
        (lambda b: b["personas"].__setitem__(0, "熬夜党"), "$.project.brief.personas[0]", "wrong_kind"),
    ],
)  # fmt: skip
def test_a_bad_brief_in_json_is_named_by_its_path(change, where: str, reason: str) -> None:  # type: ignore[no-untyped-def]
    project, _ = sample_project("zh")
    data = project_to_dict(project)
    change(data["project"]["brief"])
    with pytest.raises(InterchangeError) as caught:
        project_from_dict(data)
    assert caught.value.where == where and caught.value.reason == reason


def test_editing_the_brief_is_one_reversible_step() -> None:
    project, _ = sample_project("zh")
    before = project.brief
    seen: list[str | None] = []
    project.listeners.append(lambda c: seen.append(c.field))
    mine = _full_brief()
    old = ops.set_field(project, project, "brief", mine)
    assert old is before and project.brief == mine and seen == ["brief"]
    # the project keeps its own copy: changing the object handed in changes nothing
    mine.pains.append("出油")
    assert project.brief.pains == ["痘印"]
    ops.set_field(project, project, "brief", old)
    assert project.brief == before
    with pytest.raises(InvalidValueError):
        ops.set_field(project, project, "brief", "not a brief")
    with pytest.raises(InvalidValueError):
        ops.set_field(project, project, "creators", [Creator(status="famous")])
    assert project.brief == before


def test_brief_lists_are_trimmed_and_cleaned_like_tags() -> None:
    project, _ = sample_project("zh")
    dirty = Brief(pains=[" 暗沉 ", "暗沉", "", "卡粉"], must_say=["温和\ud800提亮"])
    ops.set_field(project, project, "brief", dirty)
    assert project.brief.pains == ["暗沉", "卡粉"] and project.brief.must_say == ["温和\ufffd提亮"]


_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    name=_text, says=_text, point=_text, evidence=_text, deadline=_text,
    lines=st.lists(_text, max_size=3), priority=st.integers(0, 10**6),
)  # fmt: skip
def test_any_text_survives_file_and_json(tmp_path_factory: pytest.TempPathFactory, name: str, says: str,
                                          point: str, evidence: str, deadline: str, lines: list[str],
                                          priority: int) -> None:  # fmt: skip
    path = tmp_path_factory.mktemp("h") / "p.studio"
    project, _ = sample_project("zh", frame_edge=64)
    project.frames.clear()
    for _b, _a, shot in project.scripts[0].iter_shots():
        shot.frame = None
    from studio.store.document import write_new_file

    write_new_file(path, project)
    brief = Brief(personas=[Persona(name, "", "", says)], selling_points=[SellingPoint(point, evidence, priority)],
                  offer=Offer(deadline=deadline), must_say=lines)  # fmt: skip
    with ProjectFile.open(path) as pf:
        ops.set_field(pf.project, pf.project, "brief", brief)
        kept = pf.project.brief
    with ProjectFile.open(path, readonly=True) as pf:
        assert pf.project.brief == kept
        assert project_from_dict(json.loads(json.dumps(project_to_dict(pf.project)))).brief == kept


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40))
def test_cleaned_brief_text_is_one_line_without_controls_and_is_stable(value: str) -> None:
    import unicodedata

    from studio.models.brief import Brief, Offer, Persona, cleaned

    brief = cleaned(Brief(personas=[Persona(name=value)], pains=[value, "暗沉"], offer=Offer(price=value)))
    for text in (brief.personas[0].name, brief.offer.price, *brief.pains):
        assert text == text.strip() and "\n" not in text
        assert not any(unicodedata.category(ch) == "Cc" or 0x202A <= ord(ch) <= 0x202E or 0x2066 <= ord(ch) <= 0x2069
                       for ch in text)  # fmt: skip
    assert "暗沉" in brief.pains and "" not in brief.pains and cleaned(brief) == brief


def test_pains_keep_their_ids_when_reworded_and_links_follow_them() -> None:
    project, _ = sample_project("zh")
    pains = project.brief.pains
    ids = project.brief.pain_ids
    assert len(ids) == len(pains) and all(ids)
    # every sample link was matched to a pain by its text once
    assert all(sp.answers in ids for sp in project.brief.selling_points if sp.answers)
    first = project.brief.answering(0)
    assert first, "the sample answers its first pain"
    # a front replaces the list of pains without ids (the Brief tab, the CLI): a reworded pain keeps its id
    reworded = dataclasses.replace(project.brief, pains=[pains[0] + "，一整天", *pains[1:]], pain_ids=[])
    ops.set_field(project, project, "brief", reworded)
    assert project.brief.pain_ids == ids and project.brief.answering(0) == first
    # removing a pain clears the links to it; a new pain gets a new id
    fewer = dataclasses.replace(project.brief, pains=[*project.brief.pains[1:], "出油"], pain_ids=[])
    ops.set_field(project, project, "brief", fewer)
    assert project.brief.pain_ids[:-1] == ids[1:] and project.brief.pain_ids[-1] not in ids
    assert all(sp.answers != ids[0] for sp in project.brief.selling_points)


def test_old_text_links_are_matched_exactly_then_folded_and_the_rest_listed() -> None:
    old = Brief(
        pains=["熬夜脸暗沉", "Cakey make-up"],
        selling_points=[
            SellingPoint("烟酰胺", answers="熬夜脸暗沉"),
            SellingPoint("清爽", answers=" cakey  MAKE-UP！"),
            SellingPoint("便宜", answers="太贵"),
        ],
    )
    linked = link_brief(Brief(), old)
    ids = linked.pain_ids
    assert [sp.answers for sp in linked.selling_points] == [ids[0], ids[1], "太贵"]
    assert unlinked_answers(linked) == ["太贵"]
    assert linked.answered_pain(linked.selling_points[1]) == "Cakey make-up"
    assert link_brief(linked, linked) == linked  # linked once: nothing moves again


def test_another_pain_in_a_pains_place_is_a_new_pain_not_a_rewording() -> None:
    old = link_brief(
        Brief(), Brief(pains=["暗沉", "卡粉"], selling_points=[SellingPoint("清爽", answers="卡粉")])
    )
    replaced = link_brief(old, dataclasses.replace(old, pains=["暗沉", "出油"], pain_ids=[]))
    assert replaced.pain_ids[0] == old.pain_ids[0] and replaced.pain_ids[1] not in old.pain_ids
    assert replaced.selling_points[0].answers == ""  # its pain is gone: the link is cleared, not moved
    reworded = link_brief(old, dataclasses.replace(old, pains=["暗沉", "上妆卡粉"], pain_ids=[]))
    assert reworded.pain_ids == old.pain_ids and reworded.answering(1)[0].point == "清爽"
