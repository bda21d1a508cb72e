"""``studio creators`` as a team lead types it: list, add, set, remove, import; both languages; the file reopened."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from studio.store.document import ProjectFile
from tests.cli_runner import CliResult, run_cli
from tests.imports import hostile_books


def run(*args: str, lang: str = "en") -> CliResult:
    return run_cli(*args, lang=lang)


@pytest.fixture
def sample(_sample_files: dict[str, Path], tmp_path: Path) -> Path:
    """What ``studio sample s.studio --lang zh`` writes (built once a session; tests/cli/test_project_cli runs it)."""
    path = tmp_path / "s.studio"
    shutil.copy2(_sample_files["zh"], path)
    return path


def _creators(path: Path) -> list:
    with ProjectFile.open(path, readonly=True) as pf:
        return list(pf.project.creators)


def test_list_in_both_languages_and_as_json(sample: Path) -> None:
    zh = run("creators", str(sample), lang="zh")
    assert zh.returncode == 0, zh.stderr
    head = zh.stdout.splitlines()[0].split()
    assert head[:5] == ["达人", "平台", "账号", "版本", "状态"]
    assert (
        "小鹿" in zh.stdout
        and "抖音" in zh.stdout
        and "已发布" in zh.stdout
        and f"共 {len(_creators(sample))} 位达人" in zh.stdout
    )
    en = run("creators", str(sample))
    assert en.stdout.splitlines()[0].split()[:3] == ["Name", "Platform", "Handle"]
    assert "Douyin" in en.stdout and "Posted" in en.stdout and "52,000" in en.stdout
    data = json.loads(run("creators", str(sample), "--json").stdout)
    assert data[0]["name"] == "小鹿" and data[0]["status"] == "posted" and data[0]["plays"] == 52000


def test_add_set_remove_reach_the_file(sample: Path) -> None:
    done = run("creators", str(sample), "add", "--name", "糖糖", "--platform", "快手", "--handle", "@tang",
               "--variant", "价格钩子", "--status", "已寄样", lang="zh")  # fmt: skip
    assert done.returncode == 0 and "已添加 糖糖" in done.stdout, done.stderr
    added = _creators(sample)[-1]
    with ProjectFile.open(sample, readonly=True) as pf:
        price = pf.project.scripts[0].variant("价格钩子")
    # given by name, held by id: a rename keeps the link
    assert (added.platform, added.variant, added.status) == ("kuaishou", price.id, "briefed")
    done = run("creators", str(sample), "set", "@tang", "--plays", "1.2万", "--gmv", "¥3,980", "--status", "posted",
               "--link", "复制打开快手 https://v.kuaishou.com/abc 看看")  # fmt: skip
    assert done.returncode == 0 and "changed 糖糖" in done.stdout, done.stderr
    changed = _creators(sample)[-1]
    assert (changed.plays, changed.gmv, changed.link) == (12000, 3980.0, "https://v.kuaishou.com/abc")
    same = run("creators", str(sample), "set", "糖糖", "--plays", "12000")
    assert same.returncode == 0 and "already had" in same.stdout
    gone = run("creators", str(sample), "remove", "阿May", lang="zh")
    assert gone.returncode == 0 and "已删除 阿May" in gone.stdout
    names = [t.name for t in _creators(sample)]
    assert "阿May" not in names and names[0] == "小鹿" and names[-1] == "糖糖"


@pytest.mark.parametrize(
    ("args", "en", "zh"),
    [
        (("add", "--name", "小鹿"), "already a creator called “小鹿”", "已有名为“小鹿”的达人"),
        (("add", "--platform", "抖音"), "a creator needs a name", "达人需要有昵称"),
        (("add", "--name", "x", "--plays", "-5"), "Plays “-5” cannot be negative", "播放量“-5”不能是负数"),
        (
            ("add", "--name", "x", "--variant", "Z"),
            "no variant “Z”; its variants: 基础版",
            "项目中没有版本“Z”",
        ),
        (("add", "--name", "x", "--link", "see profile"), "not a web link", "不是网页链接"),
        (("add", "--name", "=cmd|' /C calc'!A0"), "run as a formula", "当作公式"),
        (("add", "--name", "a\x1bb"), "control characters", "控制字符"),
        (("set", "nobody", "--plays", "3"), "no creator called “nobody”", "没有名为“nobody”的达人"),
        (("set", "小鹿"), "say what to change", "请说明要改什么"),
        (("remove", "nobody"), "no creator called", "没有名为"),
        # the choices by the names people read and type, not the file's ids ("invited, briefed" in Chinese)
        (
            ("add", "--name", "x", "--status", "搁置"),
            "use one of Invited, Briefed, Filming, Posted, Paid",
            "可用：已邀约、已发简报、拍摄中、已发布、已结算",
        ),
        (
            ("add", "--name", "x", "--platform", "豆瓣"),
            "use one of Douyin, Kuaishou, WeChat Channels, TikTok, Instagram Reels, YouTube Shorts, Xiaohongshu (RED), Bilibili",
            "可用：抖音、快手、视频号、TikTok、Instagram Reels、YouTube Shorts、小红书、B站、微博",
        ),
    ],
)
def test_typed_mistakes_exit_2_with_one_line_and_change_nothing(sample: Path, args: tuple[str, ...], en: str,
                                                                 zh: str) -> None:  # fmt: skip
    before = _creators(sample)
    for lang, words in (("en", en), ("zh", zh)):
        bad = run("creators", str(sample), *args, lang=lang)
        assert bad.returncode == 2, bad.stderr
        assert (
            words in bad.stderr
            and len(bad.stderr.strip().splitlines()) == 1
            and "Traceback" not in bad.stderr
        )
    assert _creators(sample) == before


def test_import_with_dry_run_then_for_real(sample: Path, tmp_path: Path) -> None:
    source = tmp_path / "名单.csv"
    source.write_text("达人昵称,平台,抖音号,合作状态,播放量,成交订单数,成交金额(元)\n"
                      "小鹿,抖音,@xiaolu_skin,已结算,5.2万,310,\"30,690\"\n糖糖,抖音,@tangtang,已寄样,,,\n",
                      "utf-8-sig")  # fmt: skip
    count = len(_creators(sample))
    dry = run("creators", str(sample), "import", str(source), "--dry-run", lang="zh")
    assert dry.returncode == 0 and "将添加 1 位、更新 1 位达人" in dry.stdout and "+ 糖糖" in dry.stdout
    assert len(_creators(sample)) == count
    done = run("creators", str(sample), "import", str(source))
    assert done.returncode == 0 and "added 1 and updated 1" in done.stdout, done.stderr
    got = {t.name: t for t in _creators(sample)}
    assert got["小鹿"].status == "paid" and got["糖糖"].handle == "@tangtang"
    again = run("creators", str(sample), "import", str(source))
    assert "added 0 and updated 0" in again.stdout


def test_bad_or_hostile_lists_exit_1_in_one_line(sample: Path, tmp_path: Path) -> None:
    before = _creators(sample)
    missing = run("creators", str(sample), "import", str(tmp_path / "没有.csv"), lang="zh")
    assert missing.returncode == 1 and "文件或文件夹不存在" in missing.stderr  # not the OS's English words
    assert "No such file" not in missing.stderr and len(missing.stderr.strip().splitlines()) == 1
    bad = tmp_path / "bad.csv"
    bad.write_text("达人昵称,播放量\n小鹿,5000\n坏,-3\n", "utf-8")
    for lang, words in (
        ("en", "row 3: Plays “-3” cannot be negative"),
        ("zh", "第 3 行：播放量“-3”不能是负数"),
    ):
        refused = run("creators", str(sample), "import", str(bad), lang=lang)
        assert refused.returncode == 1 and words in refused.stderr, refused.stderr
    bomb = hostile_books.entity_expansion(tmp_path / "bomb.xlsx")
    refused = run("creators", str(sample), "import", str(bomb), lang="zh")
    assert (
        refused.returncode == 1
        and "未读取" in refused.stderr
        and len(refused.stderr.strip().splitlines()) == 1
    )
    far = hostile_books.far_cell(tmp_path / "far.xlsx")
    refused = run("creators", str(sample), "import", str(far))
    assert refused.returncode == 1 and "too large" in refused.stderr
    missing = run("creators", str(sample), "import", str(tmp_path / "nope.csv"))
    assert missing.returncode == 1 and "Traceback" not in missing.stderr
    assert _creators(sample) == before


HOSTILE_ROSTERS = {b.__name__: b for b in (hostile_books.million_rows, hostile_books.whole_sheet_merge,
                                            hostile_books.entity_expansion)}  # fmt: skip


@pytest.fixture(scope="module")
def hostile_rosters(_sample_files: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Each hostile roster imported into its own copy of the sample, all in one capped child process whose
    peak memory and CPU are read (a child each was 0.8 CPU s of start-up): name -> (project, before, done)."""
    from tests.measured import run_measured_many

    root = tmp_path_factory.mktemp("rosters")
    cases = {}
    for name, build in HOSTILE_ROSTERS.items():
        folder = root / name
        folder.mkdir()
        project = folder / "s.studio"
        shutil.copy2(_sample_files["zh"], project)
        source = build(folder / "roster.xlsx")
        cases[name] = (project, _creators(project), ["creators", str(project), "import", str(source)])
    done = run_measured_many(root, [command for _p, _b, command in cases.values()], lang="zh")
    return {name: (project, before, d) for (name, (project, before, _c)), d in zip(cases.items(), done, strict=True)}  # fmt: skip


@pytest.mark.parametrize("name", list(HOSTILE_ROSTERS))
def test_hostile_rosters_cost_bounded_memory_and_cpu(hostile_rosters: dict, name: str) -> None:
    from tests.measured import CPU_BOUND, MEMORY_BOUND

    project, before, done = hostile_rosters[name]
    assert done.code == 1 and len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert "roster.xlsx" in done.stderr and "Traceback" not in done.stderr
    assert 0 < done.maxrss < MEMORY_BOUND and 0 <= done.cpu < CPU_BOUND
    assert _creators(project) == before


def test_creators_on_red_bilibili_and_weibo_are_added_and_named_in_both_languages(sample: Path) -> None:
    for name, typed in (("种草小王", "红书"), ("阿B", "b站"), ("微微", "新浪微博")):
        done = run("creators", str(sample), "add", "--name", name, "--platform", typed, lang="zh")
        assert done.returncode == 0, done.stderr
    saved = {t.name: t.platform for t in _creators(sample)}
    assert (saved["种草小王"], saved["阿B"], saved["微微"]) == ("xiaohongshu", "bilibili", "weibo")
    zh = run("creators", str(sample), lang="zh").stdout
    en = run("creators", str(sample), lang="en").stdout
    assert "小红书" in zh and "B站" in zh and "微博" in zh and "xiaohongshu" not in zh
    assert "Xiaohongshu (RED)" in en and "Bilibili" in en and "Weibo" in en
    assert "小红书" in run("creators", str(sample), "add", "--help", lang="zh").stdout


def _roster(tmp_path: Path, bad: dict[int, tuple[str, str]]) -> Path:
    from tests.imports.test_creator_list_import import _roster_300

    path = tmp_path / "矩阵.csv"
    path.write_text(_roster_300(bad), "utf-8-sig")
    return path


def test_a_roster_with_bad_rows_is_refused_unless_skip_bad_and_the_dry_run_lists_every_one(
    sample: Path, tmp_path: Path
) -> None:
    from tests.imports.test_creator_list_import import SEVEN

    source, before = _roster(tmp_path, SEVEN), _creators(sample)
    refused = run("creators", str(sample), "import", str(source), lang="zh")
    assert refused.returncode == 1 and _creators(sample) == before  # nothing half-written
    lines = refused.stderr.splitlines()
    assert [line for line in lines if line.startswith("  ! ")] == [
        "  ! 第 5 行：播放量“-30”不能是负数",
        "  ! 第 48 行：“豆瓣”不是 Studio 支持的平台；可用：抖音、快手、视频号、TikTok、Instagram Reels、YouTube Shorts、"
        "小红书、B站、微博、知乎、淘宝、YouTube、Instagram",
        "  ! 第 77 行：“搁置”不是有效状态；可用：已邀约、已发简报、拍摄中、已发布、已结算",
        "  ! 第 120 行：“看主页”不是网页链接（http:// 或 https://）",
        "  ! 第 199 行：成交“1.5”必须是整数",
        "  ! 第 250 行：备注“=HYPERLINK(1)”以“=”开头，导出后会被表格软件当作公式执行",
        "  ! 第 301 行：达人需要有昵称",
    ]
    assert "300 行中有 7 行含错误值" in lines[-1] and "--skip-bad 导入其余 293 行" in lines[-1]
    dry = run("creators", str(sample), "import", str(source), "--dry-run")
    assert dry.returncode == 0 and _creators(sample) == before
    assert "would add 293 and update 0" in dry.stdout
    assert "would skip row(s) 5, 48, 77, 120, 199, 250, 301 for a bad value" in dry.stdout
    assert "row 48: “豆瓣” is not a platform Studio knows" in dry.stderr
    done = run("creators", str(sample), "import", str(source), "--skip-bad")
    assert done.returncode == 0, done.stderr
    assert "added 293 and updated 0" in done.stdout
    assert "row(s) 5, 48, 77, 120, 199, 250, 301 not imported for a bad value" in done.stdout
    after = _creators(sample)
    assert len(after) == len(before) + 293 and after[: len(before)] == before
    names = {t.name for t in after}
    assert "达人000" in names and "达人003" not in names and "达人046" not in names
    assert "--skip-bad" in run("creators", str(sample), "import", "--help").stdout


def test_many_bad_values_are_listed_up_to_fifty_then_counted(sample: Path, tmp_path: Path) -> None:
    source = _roster(tmp_path, {row: ("播放量", "很多") for row in range(2, 122)})  # 120 bad rows of 300
    dry = run("creators", str(sample), "import", str(source), "--dry-run", lang="zh")
    shown = [line for line in dry.stderr.splitlines() if line.startswith("  ! ")]
    assert len(shown) == 50 and shown[0] == "  ! 第 2 行：播放量“很多”不是数字"
    assert "  … 另有 70 个错误值" in dry.stderr
    assert "将添加 180 位" in dry.stdout and dry.stdout.rstrip().endswith(
        "50、51 … 行（仅在加 --skip-bad 时；不加则拒绝导入）"
    )
    every = run("creators", str(sample), "import", str(_roster(tmp_path, dict.fromkeys(range(2, 302), ("达人昵称", "")))),
                "--skip-bad")  # fmt: skip
    assert every.returncode == 1 and "every row holds a bad value" in every.stderr


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_list_that_disagrees_lists_each_value_and_keeps_or_replaces(
    sample: Path, tmp_path: Path, lang: str
) -> None:
    source = tmp_path / "名单.csv"
    source.write_text("达人昵称,合作状态,播放量,备注\n小鹿,已结算,4.8万,复投\n", "utf-8-sig")
    before = {t.name: t for t in _creators(sample)}["小鹿"]
    assert (before.status, before.plays, before.notes) == ("posted", 52000, "")
    dry = run("creators", str(sample), "import", str(source), "--dry-run", lang=lang)
    assert dry.returncode == 0, dry.stderr
    # each earlier value the list differs from is listed, and the way to keep them is named
    assert "52,000 → 48,000" in dry.stdout and "--keep-agreeing" in dry.stdout
    assert ("替换原值" in dry.stdout) is (lang == "zh")
    kept = run("creators", str(sample), "import", str(source), "--keep-agreeing", "--dry-run", lang=lang)
    assert kept.returncode == 0 and "52,000" in kept.stdout and "--keep-agreeing" not in kept.stdout
    assert ("保留原值 52,000" in kept.stdout) if lang == "zh" else ("52,000 kept" in kept.stdout)
    assert {t.name: t for t in _creators(sample)}["小鹿"] == before  # a dry run changes nothing
    done = run("creators", str(sample), "import", str(source), "--keep-agreeing", lang=lang)
    assert done.returncode == 0, done.stderr
    got = {t.name: t for t in _creators(sample)}["小鹿"]
    # the disagreeing values kept, the empty field filled from the list
    assert (got.status, got.plays, got.notes) == ("posted", 52000, "复投")
    done = run("creators", str(sample), "import", str(source), "--replace", lang=lang)
    assert done.returncode == 0, done.stderr
    got = {t.name: t for t in _creators(sample)}["小鹿"]
    assert (got.status, got.plays, got.notes) == ("paid", 48000, "复投")
    both = run("creators", str(sample), "import", str(source), "--replace", "--keep-agreeing", lang=lang)
    assert both.returncode == 2


def test_talents_is_the_same_command_under_its_old_name(sample: Path) -> None:
    """Teams' scripts still call ``studio talents``: it lists, changes and imports as ``studio creators`` does,
    and only ``creators`` is listed among the commands."""
    assert run("talents", str(sample), "--json").stdout == run("creators", str(sample), "--json").stdout
    done = run("talents", str(sample), "set", "小鹿", "--plays", "61000", lang="zh")
    assert done.returncode == 0, done.stderr
    assert next(t for t in _creators(sample) if t.name == "小鹿").plays == 61000
    refused = run("talents", str(sample), "set", "nobody", "--plays", "1")
    assert refused.returncode == run("creators", str(sample), "set", "nobody", "--plays", "1").returncode == 2
    assert "nobody" in refused.stderr
    listed = run("--help").stdout
    assert " creators " in listed and "talents" not in listed
    assert "import" in run("talents", str(sample), "--help").stdout
