"""``studio brief`` lists what the template needs and its prompts filled from the brief; ``studio draft`` says what was missing."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_brief_cli import run


def test_brief_lists_needs_and_filled_prompts_for_the_sample(tmp_path: Path) -> None:
    zh, en = tmp_path / "zh.studio", tmp_path / "en.studio"
    assert run("sample", str(zh), "--lang", "zh").returncode == 0
    assert run("sample", str(en), "--lang", "en").returncode == 0
    shown = run("brief", str(zh), lang="zh")
    assert shown.returncode == 0, shown.stderr
    assert "模板“痛点-方案-行动”需要简报提供：目标人群、痛点、核心卖点" in shown.stdout
    assert "简报已具备这个模板需要的全部内容。" in shown.stdout
    assert "开头钩子：黄金3秒：提问或价格，先抓住熬夜党，点出暗沉。" in shown.stdout
    assert "{" not in shown.stdout and "「" not in shown.stdout
    live = run("brief", str(en), "--template", "live_clip")
    assert "Template “Live-stream clip” needs from the brief: pain points, key selling point" in live.stdout
    assert "  Countdown close: first 500 orders only, ending today; name 2 for $19 and $5 off" in live.stdout
    assert "Pain: Pain:" not in live.stdout  # a prompt that names its beat is not prefixed twice
    data = json.loads(run("brief", str(en), "--json", "--template", "before_after").stdout)
    assert data["template"]["id"] == "before_after" and data["template"]["missing"] == []
    assert data["template"]["needs"] == ["pain", "selling_point", "before_after", "price"]
    assert data["template"]["prompts"][3]["prompt"].startswith(
        "After: Day 1 vs day 28, bare skin, unretouched;"
    )
    # the --json shape still sets a brief
    source = tmp_path / "brief.json"
    source.write_text(json.dumps(data), "utf-8")
    assert run("brief", str(en), "--set", str(source)).returncode == 0


def test_an_empty_brief_shows_placeholders_and_everything_missing(tmp_path: Path) -> None:
    path = tmp_path / "p.studio"
    assert run("new", str(path), "--lang", "zh", "--template", "live_clip").returncode == 0
    shown = run("brief", str(path), lang="zh")
    assert "还缺：痛点、核心卖点、核心卖点的证据、价格、库存、优惠截止时间" in shown.stdout
    assert "倒计时收尾：仅限「库存」，限时：「截止时间」；报出「价格」和「优惠券」" in shown.stdout
    assert "{" not in shown.stdout
    english = run("brief", str(path), lang="en")
    assert "Still missing: pain points, key selling point" in english.stdout
    bad = run("brief", str(path), "--template", "nonsense")
    assert bad.returncode == 2 and "nonsense" in bad.stderr and "Traceback" not in bad.stderr


def test_draft_says_which_needs_the_brief_lacked(tmp_path: Path) -> None:
    path = tmp_path / "p.studio"
    assert run("new", str(path), "--lang", "en", "--template", "live_clip").returncode == 0
    source = tmp_path / "brief.json"
    source.write_text(json.dumps({"pains": ["frizz"], "offer": {"price": "$12"}}), "utf-8")
    assert run("brief", str(path), "--set", str(source)).returncode == 0
    done = run("draft", str(path))
    assert done.returncode == 0, done.stderr
    assert (
        "“Live-stream clip” needs from the brief what it does not have yet: key selling point, "
        "evidence for the key selling point, stock, offer deadline" in done.stdout
    )
    zh = run("draft", str(path), "--template", "tutorial", lang="zh")
    assert "“教程”需要的简报内容还没有：使用场景、核心卖点；初稿里这些部分留给你来写" in zh.stdout
    sample = tmp_path / "s.studio"
    assert run("sample", str(sample), "--lang", "en").returncode == 0
    full = run("draft", str(sample), "--template", "review_teardown")
    assert full.returncode == 0 and "does not have yet" not in full.stdout


def test_check_lists_the_templates_needs_as_tips_once(tmp_path: Path) -> None:
    path = tmp_path / "s.studio"
    assert run("sample", str(path), "--lang", "zh").returncode == 0
    source = tmp_path / "brief.json"
    source.write_text(
        json.dumps({"pains": ["暗沉"], "personas": [{"name": "熬夜党"}]}, ensure_ascii=False), "utf-8"
    )
    assert run("brief", str(path), "--set", str(source)).returncode == 0
    checked = run("check", str(path), "--all", lang="zh")
    assert checked.returncode == 0, checked.stdout  # tips never fail the check
    assert checked.stdout.count("[template.need]") == 4  # once for the script, not once per variant
    assert "提示  模板“痛点-方案-行动”需要简报提供价格，简报里还没有  [template.need]" in checked.stdout
    assert "→ 修改建议：在“简报”页补上：价格" in checked.stdout and "brief.offer" not in checked.stdout
    english = run("check", str(path), "--lang", "en")
    assert "TIP   The template “Pain – solution – CTA” needs price from the brief" in english.stdout
    assert "fix: In the Brief tab, add: price" in english.stdout
    data = json.loads(run("check", str(path), "--json").stdout)
    tips = [f for g in data["scripts"][0]["groups"] for f in g["findings"] if f["rule"] == "template.need"]
    assert [f["field"] for f in tips] == [
        "brief.selling_points", "brief.selling_points", "brief.offer.price", "brief.offer.deadline"
    ]  # fmt: skip


def test_template_option_names_each_template_in_the_users_language(tmp_path: Path) -> None:
    """--template listed bare ids ({before_after,live_clip,…}): a Chinese user could not tell which is 直播切片;
    the draft's variants were joined with '、' in English too."""
    for command in ("brief", "draft"):
        zh = run(command, "--help", lang="zh")
        words = " ".join(zh.stdout.split())  # argparse wraps the help
        assert zh.returncode == 0 and "live_clip (直播切片)" in words and "{before_after," not in words
        en = run(command, "--help")
        assert "live_clip (Live-stream clip)" in " ".join(en.stdout.split())
    path = tmp_path / "en.studio"
    assert run("sample", str(path), "--lang", "en").returncode == 0
    done = run("draft", str(path), "--template", "unboxing")
    assert done.returncode == 0 and "、" not in done.stdout and ", " in done.stdout
    bad = run("draft", str(path), "--template", "nope", lang="zh")
    assert (
        bad.returncode == 2
        and "无效的选项 'nope'" in bad.stderr
        and len(bad.stderr.strip().splitlines()) == 1
    )
