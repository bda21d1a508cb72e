"""``studio brief`` as a user types it: the sample's brief in both languages, set from JSON, bad files refused."""

from __future__ import annotations

import json
import re
from pathlib import Path

from studio.store.document import ProjectFile
from tests.cli_runner import CliResult, run_cli


def run(*args: str, lang: str = "en") -> CliResult:
    return run_cli(*args, lang=lang)


def test_brief_shows_the_sample_in_its_language(tmp_path: Path) -> None:
    zh, en = tmp_path / "zh.studio", tmp_path / "en.studio"
    assert run("sample", str(zh), "--lang", "zh").returncode == 0
    assert run("sample", str(en), "--lang", "en").returncode == 0
    shown = run("brief", str(zh), lang="zh")
    assert shown.returncode == 0, shown.stderr
    assert "痛点：暗沉、卡粉" in shown.stdout and "1. 烟酰胺" in shown.stdout and "截止 今天" in shown.stdout
    assert "平台：抖音；" in shown.stdout  # the platform by its name, not the file's id ("douyin")
    assert re.search(r"^达人：[1-9]\d* 位$", shown.stdout, re.M), shown.stdout  # a sentence, never its key
    shown = run("brief", str(en))
    assert "Platform: TikTok;" in shown.stdout
    assert re.search(r"^Creators: [1-9]\d*$", shown.stdout, re.M), shown.stdout
    assert "Pain points: dull skin; cakey make-up" in shown.stdout and "Never say: whitening" in shown.stdout
    data = json.loads(run("brief", str(en), "--json").stdout)
    assert data["platform"] == "tiktok" and data["offer"]["coupon"] == "$5 off"
    # a selling point answers its pain by the pain's id (pain_ids runs beside pains)
    assert data["selling_points"][0] == {
        "point": "niacinamide", "evidence": "Lab test: +23% brightness", "priority": 1,
        "answers": data["pain_ids"][data["pains"].index("dull skin")], "for_persona": "",
    }  # fmt: skip
    assert all(p["id"] for p in data["personas"])  # personas hold stable ids that --for takes


def test_brief_set_from_json_persists_and_refuses_bad_input(tmp_path: Path) -> None:
    path = tmp_path / "p.studio"
    assert run("new", str(path), "--lang", "en").returncode == 0
    empty = run("brief", str(path))
    assert "the brief is empty" in empty.stdout
    source = tmp_path / "brief.json"
    source.write_text(
        json.dumps({"pains": ["frizz"], "offer": {"deadline": "Sunday"}, "target_s": 20}), "utf-8"
    )
    done = run("brief", str(path), "--set", str(source), "--json")
    assert done.returncode == 0, done.stderr
    with ProjectFile.open(path, readonly=True) as pf:
        assert pf.project.brief.pains == ["frizz"] and pf.project.brief.offer.deadline == "Sunday"
        assert pf.project.brief.target_s == 20
    before = path.read_bytes()
    source.write_text(json.dumps({"target_s": -5}), "utf-8")
    bad = run("brief", str(path), "--set", str(source), lang="zh")
    assert bad.returncode != 0 and "target_s" in bad.stderr and len(bad.stderr.strip().splitlines()) == 1
    source.write_text("{not json", "utf-8")
    bad = run("brief", str(path), "--set", str(source))
    assert bad.returncode == 2 and "not a JSON file" in bad.stderr and "Traceback" not in bad.stderr
    with ProjectFile.open(path, readonly=True) as pf:
        assert pf.project.brief.pains == ["frizz"]
    assert len(before) > 0


def test_draft_adds_a_script_that_checks_clean(tmp_path: Path) -> None:
    path = tmp_path / "s.studio"
    assert run("sample", str(path), "--lang", "en").returncode == 0
    done = run("draft", str(path), "--template", "unboxing")
    assert done.returncode == 0, done.stderr
    assert "variants: Base, Hook B" in done.stdout.replace("、", ", ")
    with ProjectFile.open(path, readonly=True) as pf:
        assert [s.template for s in pf.project.scripts] == ["pain_solution_cta", "unboxing"]
    checked = run("check", str(path), "--all")
    assert checked.returncode == 0 and "0 error(s), 0 warning(s)" in checked.stdout, checked.stdout
    empty = tmp_path / "e.studio"
    assert run("new", str(empty)).returncode == 0
    refused = run("draft", str(empty), lang="zh")
    assert refused.returncode == 1 and "简报还是空的" in refused.stderr


def test_brief_set_from_json_drops_controls_and_bidi_overrides(tmp_path: Path) -> None:
    """A brief JSON with a bell, a vertical tab or a right-to-left override was stored and printed as is
    (the terminal rang, the line read backwards) and reached the creator brief."""
    import docx

    path = tmp_path / "p.studio"
    assert run("sample", str(path), "--lang", "zh").returncode == 0
    data = json.loads(run("brief", str(path), "--json").stdout)
    data["must_say"] = ["温和\x07提亮", "\u202e"]
    data["personas"][0]["name"] = "熬夜\x0b党"
    source = tmp_path / "brief.json"
    source.write_text(json.dumps(data), "utf-8")
    done = run("brief", str(path), "--set", str(source), lang="zh")
    assert done.returncode == 0 and "\x07" not in done.stdout and "\u202e" not in done.stdout
    with ProjectFile.open(path, readonly=True) as pf:
        assert pf.project.brief.must_say == ["温和提亮"] and pf.project.brief.personas[0].name == "熬夜 党"
    out = tmp_path / "tb.docx"
    assert (
        run("export", str(path), "-f", "creator-brief", "--creator", "橙子", "-o", str(out)).returncode == 0
    )
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "温和提亮" in text and "\u202e" not in text


def test_hand_in_and_product_link_set_from_json_and_shown(tmp_path: Path) -> None:
    """The creator brief's hand-in line and product link go in with --set and are shown in both languages."""
    path = tmp_path / "p.studio"
    assert run("new", str(path), "--lang", "zh").returncode == 0
    source = tmp_path / "brief.json"
    link = "https://haohuo.jinritemai.com/views/product/item2?id=1"
    source.write_text(json.dumps({"pains": ["暗沉"], "hand_in": "12 月 12 日前发初剪到对接群",
                                  "product_link": link}, ensure_ascii=False), "utf-8")  # fmt: skip
    assert run("brief", str(path), "--set", str(source)).returncode == 0
    zh = run("brief", str(path), lang="zh").stdout
    assert "交稿：12 月 12 日前发初剪到对接群" in zh and f"商品链接：{link}" in zh
    en = run("brief", str(path)).stdout
    assert "Hand in: 12 月 12 日前发初剪到对接群" in en and f"Product link: {link}" in en
