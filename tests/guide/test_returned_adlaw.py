"""A creator's returned script checked against the ad law too: real-shaped scripts with and without breaches."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import docx
import pytest

from studio.guide.rules.returned import check_returned
from studio.imports.returned_docx import read_returned
from studio.models.entities import Project
from studio.models.enums import ProductCategory
from studio.samples import sample_project
from tests.cli_runner import run_cli

#: What a creator sends back over WeChat: a pasted script with shot markers and stage directions.
CLEAN_ZH = """【镜头1】（对镜头，拿起精华）熬夜党看过来！
口播：熬夜之后脸黄、卡粉，我也一样。
【镜头2】（上脸特写）这瓶烟酰胺精华，质地很水，温和提亮。
【镜头3】口播：我第一次用是去年双十一，连着用了三周，气色好多了。
【镜头4】今天下单立减50，点击下方链接就能买！
"""

BREACHING_ZH = """【镜头1】熬夜党看过来！这是我用过最好用的精华，没有之一。
【镜头2】国家级实验室检测，温和提亮。
【镜头3】全网销量第一，100%有效！
"""


def _project(**changes: object) -> Project:
    project, _blobs = sample_project("zh")
    project.brief = dataclasses.replace(project.brief, banned=[], must_say=["温和提亮"], target_s=40)
    for name, value in changes.items():
        setattr(project, name, value)
    return project


def test_a_clean_script_passes_and_ordinals_are_not_breaches() -> None:
    result = check_returned(_project(), CLEAN_ZH)
    assert result.adlaw == () and result.ok, result  # 第一次 is an ordinal, not a superlative


def test_superlatives_and_authority_claims_are_reported_by_line() -> None:
    result = check_returned(_project(), BREACHING_ZH)
    found = {(h.line, h.term, h.category) for h in result.adlaw}
    assert (1, "最好", "absolute") in found
    assert (2, "国家级", "absolute") in found
    assert any(line == 3 and "第一" in term for line, term, _ in found)
    assert any(line == 3 and term.startswith("100%") and cat == "guarantee" for line, term, cat in found)
    assert not result.ok and not result.missing and not result.banned
    best = next(h for h in result.adlaw if h.term == "最好")
    assert best.severity == "error" and best.suggest
    assert "绝对化用语" in best.message("zh") and best.suggest in best.message("zh")
    assert "absolute claim" in best.message("en")


def test_the_projects_category_and_word_lists_count() -> None:
    text = "用了一周，斑都淡了，祛斑效果看得见。\n秒杀价只有今天。\n"
    general = check_returned(_project(), text)
    assert not any(h.term == "祛斑" for h in general.adlaw)
    cosmetics = check_returned(_project(category=ProductCategory.COSMETICS), text)
    spot = next(h for h in cosmetics.adlaw if h.term == "祛斑")
    assert spot.category == "medical" and spot.line == 1 and "化妆品" in spot.message("zh")
    allowed = check_returned(_project(category=ProductCategory.COSMETICS, allowed_words=["祛斑"]), text)
    assert not any(h.term == "祛斑" for h in allowed.adlaw)
    # The user's own banned word is reported once, as a banned word, not again as an ad-law breach.
    own = check_returned(_project(banned_words={"秒杀价": "活动价"}), text)
    assert own.banned == ("秒杀价",) and not any(h.term == "秒杀价" for h in own.adlaw)


def test_an_english_creators_script() -> None:
    project, _ = sample_project("en")
    project.brief = dataclasses.replace(project.brief, banned=[], must_say=[])
    clean = check_returned(project, "Night owls, listen up.\nThis serum evens my tone after late nights.\n")
    assert clean.adlaw == () and clean.ok
    bad = check_returned(project, "Honestly the best serum, guaranteed results.\nIt cures acne overnight.\n")
    terms = {h.term.lower(): h for h in bad.adlaw}
    assert "the best" in terms and terms["the best"].line == 1
    assert any(t.startswith("guaranteed") for t in terms) and "cures" in terms and terms["cures"].line == 2
    assert not bad.ok


@pytest.fixture
def sample_file(tmp_path: Path) -> Path:
    from studio.store.document import write_new_file

    path = tmp_path / "s.studio"
    project, blobs = sample_project("zh")
    project.brief = dataclasses.replace(project.brief, banned=["美白"], must_say=["温和提亮"], target_s=40)
    write_new_file(path, project, blobs)
    return path


def test_cli_reports_breaches_from_a_docx_in_both_languages(sample_file: Path, tmp_path: Path) -> None:
    returned = tmp_path / "达人回稿.docx"
    document = docx.Document()
    document.add_paragraph("小美的脚本（回稿）")
    table = document.add_table(rows=3, cols=3)
    rows = (
        ("镜号", "画面", "口播"),
        ("1", "上脸", "全网最火的精华，温和提亮"),
        ("2", "拿产品", "国家级认证，效果第一"),
    )
    for row, cells in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, cells, strict=True):
            cell.text = value
    document.save(str(returned))
    assert "国家级" in read_returned(returned)
    zh = run_cli("brief", str(sample_file), "--check-script", str(returned), lang="zh")
    assert zh.returncode == 1, zh.stderr
    assert "“国家级”是绝对化用语" in zh.stdout and "达人回稿.docx:" in zh.stdout
    assert "缺少必说话术" not in zh.stdout
    en = run_cli("brief", str(sample_file), "--check-script", str(returned), lang="en")
    assert en.returncode == 1 and "“国家级” is an absolute claim" in en.stdout
    data = json.loads(
        run_cli("brief", str(sample_file), "--check-script", str(returned), "--json", lang="en").stdout
    )
    assert {h["term"] for h in data["adlaw"]} >= {"国家级"} and all(h["line"] >= 1 for h in data["adlaw"])
    clean = tmp_path / "clean.txt"
    clean.write_text(CLEAN_ZH, "utf-8")
    ok = run_cli("brief", str(sample_file), "--check-script", str(clean), lang="zh")
    assert ok.returncode == 0 and "没有违反广告法的用语" in ok.stdout, ok.stdout
