"""A full check's findings are those of the plain definition: every shot checked alone, nothing kept.

The checker's full pass scans all shots' words in one search, reuses pre-checks and offer reads by
text, and builds some findings' details on first use. Here a varied script (every shot rule firing,
texts shared between shots, a brief with an offer, a picture with words in it) is checked that way
and again with each shot checked on its own from empty caches; the two lists must match finding by
finding, in order: rule, severity, place, message arguments, both messages, the rule's fix and the
fix offered.
"""

from __future__ import annotations

import random

import pytest

from studio.guide import caches
from studio.guide import checker as checker_mod
from studio.guide.checker import Checker
from studio.guide.findings import Finding
from studio.guide.rules import shotrules
from studio.guide.rules.shotrules import TEXT_FIELDS, ShotResult, check_shot
from studio.guide.rules.thresholds import Thresholds
from studio.guide.text import picturetext, segment
from studio.models.entities import Alternative, Beat, Project, Script, Shot, Variant
from studio.models.enums import ShotTag, TestVariable
from studio.samples import sample_project

VOICEOVERS = [
    "第{i}句口播，熬夜党皮肤暗沉怎么办", "全网最低价，只要89元", "最好用的精华，第一名", "加微信领取小样",
    "蕞低价就在今天", "仅剩3件，手慢无", "到手价99元两瓶", "立减30，今天截止", "温和提亮，素颜也有好气色", "",
    "Try this serum, it cures acne 100%", "倒计时三天，赶紧下单", "这是国家级推荐的产品", "三天见效，根治暗沉",
    "每晚一滴，28 天后对比", "点击下方小黄车购买", "评论区扣1领券", "美白淡斑，效果因人而异",
    "The best serum ever. No.1 in sales!", "12月20日前下单送赠品", "你是不是也熬夜？", "  ",
]  # fmt: skip
CAPTIONS = [
    "字幕 {i}", "全网最低", "", "烟酰胺 +23%", "限时特价 ¥99", "√ 认证", "点击购买", "vx: abc123",
    "这是一行非常非常长的字幕文字，肯定超过了一行的宽度限制，需要换行处理才能看清楚",
    "A very long English caption line that certainly does not fit on one line of the screen",
    "第一行\n这是第二行非常非常长的字幕文字，肯定超过了一行的宽度限制", "仅剩 8 件",
]  # fmt: skip
VISUALS = ["画面 {i}：产品在桌面上，光线从左侧打来", "特写：滴管挤出精华", "", "使用前后对比图", "二维码贴纸"]
SMALL = ["", "", "备注：第一次拍", "加微信", "最好的道具", "卧室", "qq 12345678"]
PICTURE = "p" * 64


def _varied(seed: int) -> Project:
    """The sample project with a long script added: every text field varied, many texts repeated."""
    project, _ = sample_project("zh", frame_edge=64)
    rng = random.Random(seed)
    kinds = [beat.kind for beat in project.scripts[0].beats]
    script = Script(title="long")
    project.scripts.append(script)
    for n in range(12):
        beat = Beat(kind=kinds[min(n * len(kinds) // 12, len(kinds) - 1)])
        beat.alternatives = [Alternative(label="A"), Alternative(label="B")]
        script.beats.append(beat)
    tags = [t.value for t in ShotTag]
    for i in range(300):
        beat = script.beats[i * len(script.beats) // 300]
        shot = Shot(
            duration_ds=rng.randint(3, 90),
            voiceover=rng.choice(VOICEOVERS).format(i=i % 37),
            onscreen_text=rng.choice(CAPTIONS).format(i=i % 23),
            visual=rng.choice(VISUALS).format(i=i % 11),
            notes=rng.choice(SMALL),
            props=rng.choice(SMALL),
            sound=rng.choice(SMALL),
            location=rng.choice(SMALL),
            talent=rng.choice(SMALL),
            tags=rng.sample(tags, rng.randint(0, 3)),
            frame=PICTURE if i % 97 == 5 else None,
        )
        beat.alternatives[rng.randint(0, 1)].shots.append(shot)
    script.variants = [Variant(name="A", is_base=True), Variant(name="B", variable=TestVariable.HOOK)]
    script.variants[1].choices = {b.id: b.alternatives[1].id for b in script.beats[:3]}
    return project


def _one_at_a_time(
    script: Script,
    th: Thresholds,
    todo: list[tuple[Beat, Alternative, Shot]],
    rows: list[tuple[str, ...]] | None = None,
    tags: list[frozenset[str]] | None = None,
) -> list[ShotResult]:
    """The plain definition of a pass: each shot's words scanned alone and its rules run from empty caches
    (``rows`` and ``tags``, the texts and tags the checker read, are ignored: each shot is read here)."""
    out = []
    for beat, alt, shot in todo:
        caches.clear_all()
        hits = [th.words.scan(getattr(shot, name)) for name in TEXT_FIELDS]
        out.append(check_shot(script, beat, alt, shot, th, hits))
    return out


def _read(findings: list[Finding]) -> list[tuple[object, ...]]:
    """Everything a finding tells, details built on first use included."""
    return [
        (f.rule, f.severity, f.location, f.args, f.message("zh"), f.message("en"), f.proposed, f.fix)
        for f in findings
    ]


@pytest.fixture
def picture():
    picturetext.remember(PICTURE, "全网最低价\n加微信 abc")
    yield
    picturetext.forget()


@pytest.mark.parametrize("seed", [1, 2])
def test_full_check_gives_the_findings_of_shots_checked_one_at_a_time(seed, picture, monkeypatch):
    project = _varied(seed)
    caches.clear_all()
    fast = Checker(project).check()
    again = Checker(project).check()  # a second cold checker, the per-text caches now warm
    # The dictionary came in during the first pass (第1句 reads 第一): the second kept every shot's
    # word-list hits, and a third reads them all from there.
    assert segment.loaded() and any(len(kept) >= 300 for kept in shotrules._SHOT_HITS.values())
    kept = Checker(project).check()
    monkeypatch.setattr(checker_mod, "check_shots", _one_at_a_time)
    plain = Checker(project).check()
    rules = {f.rule for f in plain}
    # The script is varied enough to mean something: each kind of shot finding is in it.
    assert {"vo.too_long", "vo.breath", "pace.long_shot", "caption.too_wide", "precheck.dodge", "precheck.divert",
            "precheck.offer", "precheck.picture", "adlaw.absolute", "keypoint.layers"} <= rules  # fmt: skip
    assert _read(fast) == _read(plain)
    assert _read(again) == _read(plain)
    assert _read(kept) == _read(plain)


def test_a_variants_findings_match_too(picture, monkeypatch):
    project = _varied(3)
    caches.clear_all()
    script = project.scripts[1]
    variant = script.variants[1]
    fast = Checker(project).check(script, variant)
    monkeypatch.setattr(checker_mod, "check_shots", _one_at_a_time)
    assert _read(fast) == _read(Checker(project).check(script, variant))
