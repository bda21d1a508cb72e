"""``studio results FILE --by creator`` as a user types it: both languages, JSON, no creators, a bad choice."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from studio.models import ops
from studio.store.document import ProjectFile
from tests.cli_runner import CliResult, run_cli


def run(*args: str, lang: str = "en") -> CliResult:
    return run_cli(*args, lang=lang)


@pytest.fixture(scope="module")
def samples(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("cli")
    files = {lang: folder / f"{lang}.studio" for lang in ("zh", "en")}
    for lang, path in files.items():
        assert run("sample", str(path), "--lang", lang).returncode == 0
    return files


def test_creators_in_chinese(samples: dict[str, Path]) -> None:
    shown = run("results", str(samples["zh"]), "--by", "creator", lang="zh")
    assert shown.returncode == 0, shown.stderr
    out = shown.stdout
    assert out.startswith("达人（共 6 位：5 位有数据，1 位待出结果）\n")
    assert "  阿May · @amay · 价格钩子 · 已发简报：待出结果，尚无数据\n" in out
    assert "    播放 61,000，转化 520，成交金额 ¥51,480.00，成交占比 38.1%\n" in out
    assert "    播放转化率 0.85% [0.78%–0.93%]，千次播放成交额 ¥843.93 [¥772.95–¥919.69]\n" in out
    assert "  价格钩子：有数据的达人：2 位，待出结果：1 位\n" in out and "  口碑证明：尚无达人\n" in out
    assert "各版本（合并达人）播放转化率：「价格钩子」最好" in out
    assert "播放转化率：还看不出哪位达人更好。「橙子」暂时领先" in out


def test_creators_in_english_follow_the_lang_flag(samples: dict[str, Path]) -> None:
    shown = run("results", str(samples["en"]), "--by", "creator", "--lang", "en", lang="zh")
    assert shown.returncode == 0, shown.stderr
    out = shown.stdout
    assert "  Marco · @marco.night · Price hook · Briefed: pending, no results yet\n" in out
    assert "    Plays 57,000, Conversions 480, GMV $9,120.00, share of GMV 37.9%\n" in out
    assert "  Base: creators with results: 2\n" in out
    assert "“Price hook” converts best with 0.83% over 2 creators against 0.56% for “Base”" in out
    assert "Pending (no results yet, not compared): Marco (briefed)." in out
    # The variants' comparison is still the default.
    assert "Base (control)" in run("results", str(samples["en"])).stdout


def test_creators_as_json(samples: dict[str, Path]) -> None:
    shown = run("results", str(samples["en"]), "--by", "creator", "--json")
    data = json.loads(shown.stdout)
    assert [c["name"] for c in data["creators"]] == ["Jess", "Marco", "Priya", "Tom", "Lena", "Sam"]
    marco, priya = data["creators"][1], data["creators"][2]
    assert marco["pending"] and marco["conversion_rate"]["value"] is None and marco["share"]["gmv"] is None
    assert priya["conversion_rate"]["value"] == 480 / 57000 and priya["gpm"]["value"] == 160.0
    assert data["totals"] == {"plays": 185000, "conversions": 1265, "gmv": 24035.0}
    variants = {v["variant"]: v for v in data["variants"]}
    assert variants["Price hook"]["creators"] == ["Priya", "Lena"] and variants["Price hook"]["pending"] == [
        "Marco"
    ]
    assert variants["Word-of-mouth proof"]["creators"] == [] and variants["Word-of-mouth proof"]["plays"] == 0
    kinds = {(v["level"], v["metric"]): (v["kind"], v["leader"]) for v in data["verdicts"]}
    assert kinds[("creator", "play_cvr")] == ("undecided", "Priya")
    assert kinds[("variant", "play_cvr")] == ("best", "Price hook")
    undecided = next(v for v in data["verdicts"] if v["level"] == "creator" and v["metric"] == "play_cvr")
    assert undecided["needed_plays_each"] > 57000 and undecided["zh"].startswith("播放转化率：还看不出")
    assert data["words"]["en"][-1] == "Pending (no results yet, not compared): Marco (briefed)."


def test_no_creators_and_a_wrong_choice(tmp_path: Path, samples: dict[str, Path]) -> None:
    path = tmp_path / "none.studio"
    path.write_bytes(samples["zh"].read_bytes())
    with ProjectFile.open(path) as pf:
        ops.set_field(pf.project, pf.project, "creators", [])
    shown = run("results", str(path), "--by", "creator", lang="zh")
    assert shown.returncode == 0 and shown.stdout.strip() == (
        "还没有达人；可用 'studio creators FILE add --name …' 或在窗口的“达人”标签页添加"
    )
    shown = run("results", str(path), "--by", "creator")
    assert shown.stdout.startswith("no creators yet; add them with 'studio creators FILE add --name …'")
    assert json.loads(run("results", str(path), "--by", "creator", "--json").stdout)["creators"] == []
    wrong = run("results", str(path), "--by", "talent")
    assert wrong.returncode == 2 and "--by" in wrong.stderr and "creator" in wrong.stderr
