"""Saying less: shorter hook lines keep their key words, in Chinese and English; the guide offers them."""

from __future__ import annotations

import pytest

from studio.guide.brief.templates import project_from_template
from studio.guide.checker import check_project
from studio.guide.findings import apply_fix
from studio.guide.text.sayless import joined, key_words, protected, say_less, split_line, without_fillers
from studio.guide.text.textscan import speech_units
from studio.models import ops
from studio.models.brief import Persona, SellingPoint
from studio.models.enums import BeatKind


def within(amount: float):
    """Fits when the line is at most ``amount`` characters (Chinese) or words (English) long."""
    return lambda line: speech_units(line)[0] <= amount


def test_chinese_fillers_and_particles_go_first_key_words_stay() -> None:
    line = "姐妹们注意了，熬夜党的暗沉脸真的有救了！"
    short = say_less(line, within(10), ("熬夜党", "暗沉"))
    assert short == "熬夜党的暗沉脸有救！"
    assert without_fillers("家人们其实就是这瓶精华啊！") == "这瓶精华！"


def test_chinese_clauses_without_key_words_are_dropped_last_first() -> None:
    line = "这瓶精华28天提亮，用过的都说好，回购三次了"
    short = say_less(line, within(9), ("精华",))
    assert short is not None and "精华" in short and "28天" in short
    assert "回购" not in short and speech_units(short)[0] <= 9


def test_a_question_is_kept_it_is_the_hook() -> None:
    short = say_less("你也是熬夜党吗？我以前也是，后来我换了一瓶精华", within(8), ())
    assert short is not None and short.startswith("你也是熬夜党吗")


def test_nothing_offered_when_the_key_words_alone_are_too_long() -> None:
    assert say_less("熬夜党暗沉脸有救", within(3), ("熬夜党", "暗沉脸")) is None


def test_english_fillers_and_clauses() -> None:
    line = "Listen guys, if you stay up late, this serum really fixes dull skin in 7 days!"
    short = say_less(line, within(8), ("serum", "dull skin"))
    assert short == "This serum fixes dull skin in 7 days!"
    assert without_fillers("It's just really very good") == "It's good"


def test_split_prefers_clause_marks_and_never_cuts_a_key_word() -> None:
    head, rest = split_line("Night owls, this serum fixes dull skin in 7 days", within(3), ("serum",))
    assert head == "Night owls" and rest.startswith("this serum")
    cut = split_line("熬夜党这瓶精华让你第二天脸不再暗沉", within(6), ("这瓶精华",))
    assert cut == ("熬夜党", "这瓶精华让你第二天脸不再暗沉")
    for start, end in protected("熬夜党这瓶精华让你", ("这瓶精华",)):
        assert (start, end) == (3, 7)


def test_joined_lines() -> None:
    assert joined("这瓶精华", "天天熬夜，上妆卡粉") == "这瓶精华，天天熬夜，上妆卡粉"
    assert joined("Meet the serum.", "Late nights show.") == "Meet the serum. Late nights show."
    assert joined("", "x") == "x" and joined("x", " ") == "x"


def test_key_words_come_from_the_project_and_its_brief() -> None:
    project = project_from_template("pain_solution_cta", "zh")
    project.product = "焕亮精华"
    project.brief.selling_points.append(SellingPoint(point="28天提亮"))
    project.brief.personas.append(Persona(name="熬夜党"))
    assert {"焕亮精华", "28天提亮", "熬夜党"} <= set(key_words(project))


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("zh", "姐妹们注意了，熬夜党的暗沉脸真的有救了，这瓶精华二十八天提亮！"),
        ("en", "Listen guys, if you stay up late every night, this serum really fixes dull skin in 7 days!"),
    ],
)
def test_an_overlong_hook_line_is_said_shorter_in_both_languages(lang: str, line: str) -> None:
    project = project_from_template("pain_solution_cta", lang, examples=True)
    beats = project.scripts[0].beats
    hook = next(b for b in beats if b.kind is BeatKind.HOOK).alternatives[0].shots[0]
    ops.set_field(project, hook, "voiceover", line)
    (finding,) = [
        f for f in check_project(project) if f.location.shot_id == hook.id and f.rule == "vo.too_long"
    ]
    fix = finding.fix
    assert fix is not None and fix.applicable
    assert fix.text("zh") and fix.text("en")
    assert not fix.text("en").startswith("Lengthen")
    apply_fix(project, fix)
    after = check_project(project)
    assert not [f for f in after if f.severity.rank == 0]
    hook_end = sum(
        s.duration_ds for s in next(b for b in beats if b.kind is BeatKind.HOOK).alternatives[0].shots
    )
    assert hook_end <= 30  # the hook keeps its 3 seconds
