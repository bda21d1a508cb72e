"""`studio new --platform` and `studio set`: project settings from the command line, each one checked
before anything changes, and written in one step."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from studio.cli import main
from studio.store.document import ProjectFile


def run(capsys: pytest.CaptureFixture[str], *args: str, lang: str = "en") -> tuple[int, str, str]:
    code = main(["--ui-lang", lang, *args])
    out, err = capsys.readouterr()
    return code, out, err


def settings_of(path: Path) -> tuple[str, str, str, str, str]:
    pf = ProjectFile.open(path, readonly=True)
    p = pf.project
    pf.close()
    return p.title, p.product, p.brand, p.platform, p.category.value


def test_new_takes_every_preset_by_id_or_name(tmp_path: Path, capsys) -> None:
    from studio.models.platforms import PRESETS

    names = {"douyin": "抖音", "kuaishou": "Kuaishou", "wechat_channels": "视频号", "tiktok": "tiktok",
             "reels": "Instagram Reels", "shorts": "YouTube Shorts"}  # fmt: skip
    assert set(names) == set(PRESETS)
    for pid, typed in names.items():
        path = tmp_path / f"{pid}.studio"
        code, _out, err = run(
            capsys, "new", str(path), "--platform", typed, "--product", "焕亮精华", "--brand", "Lumi"
        )
        assert code == 0, err
        assert settings_of(path)[1:4] == ("焕亮精华", "Lumi", pid)


def test_new_refuses_an_unknown_platform_and_writes_nothing(tmp_path: Path, capsys) -> None:
    path = tmp_path / "x.studio"
    code, _out, err = run(capsys, "new", str(path), "--platform", "myspace", lang="zh")
    assert code == 2 and not path.exists()
    assert err.count("\n") == 1 and "myspace" in err and "kuaishou (快手)" in err


def test_set_changes_several_settings_in_one_transaction(tmp_path: Path, capsys) -> None:
    path = tmp_path / "p.studio"
    assert run(capsys, "new", str(path), "--lang", "zh")[0] == 0
    code, out, err = run(capsys, "set", str(path), "--title", "双11 焕亮", "--product", "焕亮精华",
                         "--brand", "Lumi", "--platform", "快手", "--category", "cosmetics", lang="zh")  # fmt: skip
    assert code == 0, err
    assert settings_of(path) == ("双11 焕亮", "焕亮精华", "Lumi", "kuaishou", "cosmetics")
    assert "平台：抖音 → 快手" in out and "已修改 5 项设置" in out
    # the same values again: nothing changes and it says so
    code, out, _err = run(capsys, "set", str(path), "--platform", "kuaishou")
    assert code == 0 and "nothing changed" in out


def test_set_checks_every_value_before_changing_any(tmp_path: Path, capsys) -> None:
    path = tmp_path / "p.studio"
    assert run(capsys, "new", str(path), "--lang", "en")[0] == 0
    before = settings_of(path)
    code, _out, err = run(capsys, "set", str(path), "--product", "Serum", "--platform", "Vine")
    assert code == 2 and "Vine" in err and "douyin (Douyin)" in err
    assert settings_of(path) == before  # the valid product was not written either


def test_set_with_nothing_to_set_names_the_options(tmp_path: Path, capsys) -> None:
    path = tmp_path / "p.studio"
    assert run(capsys, "new", str(path))[0] == 0
    code, _out, err = run(capsys, "set", str(path))
    assert code == 2 and "--platform" in err and "--product" in err


def test_set_json_lists_old_and_new(tmp_path: Path, capsys) -> None:
    path = tmp_path / "p.studio"
    assert run(capsys, "new", str(path), "--lang", "en")[0] == 0
    code, out, _err = run(capsys, "set", str(path), "--platform", "shorts", "--json")
    assert code == 0
    assert json.loads(out)["changed"] == {"platform": {"old": "tiktok", "new": "shorts"}}


def test_changing_the_platform_changes_currency_and_rate(tmp_path: Path, capsys) -> None:
    from studio.models.platforms import preset
    from studio.results.format import currency

    path = tmp_path / "p.studio"
    assert run(capsys, "new", str(path), "--lang", "en")[0] == 0
    pf = ProjectFile.open(path, readonly=True)
    before = (currency(pf.project.platform), preset(pf.project.platform).usual_fps)
    pf.close()
    assert run(capsys, "set", str(path), "--platform", "douyin")[0] == 0
    pf = ProjectFile.open(path, readonly=True)
    after = (currency(pf.project.platform), preset(pf.project.platform).usual_fps)
    pf.close()
    assert before != after and after == ("¥", 25)


def test_info_names_the_platform(tmp_path: Path, capsys) -> None:
    path = tmp_path / "p.studio"
    assert run(capsys, "new", str(path), "--platform", "wechat_channels")[0] == 0
    _code, out, _err = run(capsys, "info", str(path), lang="zh")
    assert "平台: 视频号" in out


def test_sponsored_is_set_shown_and_asks_for_the_ad_label(tmp_path: Path, capsys) -> None:
    """A paid post must carry the platform's ad label: `studio set --sponsored yes` turns the guide's ask on."""
    path = tmp_path / "paid.studio"
    assert run(capsys, "sample", str(path), "--lang", "zh")[0] == 0
    code, out, _err = run(capsys, "check", str(path), "--json")
    assert "precheck.ad_label" not in out
    code, out, err = run(capsys, "set", str(path), "--sponsored", "yes", lang="zh")
    assert code == 0, err
    assert "付费推广：否 → 是" in out
    pf = ProjectFile.open(path, readonly=True)
    assert pf.project.settings["sponsored"] is True
    pf.close()
    code, out, _err = run(capsys, "info", str(path))
    assert "Paid promotion: yes" in out
    assert json.loads(run(capsys, "info", str(path), "--json")[1])["sponsored"] is True
    _code, out, _err = run(capsys, "check", str(path), "--json")
    assert "precheck.ad_label" in out
    # back off again; a word that is neither yes nor no is one line, exit 2, and changes nothing
    assert run(capsys, "set", str(path), "--sponsored", "否")[0] == 0
    before = path.read_bytes()
    code, _out, err = run(capsys, "set", str(path), "--sponsored", "maybe", lang="zh")
    assert code == 2 and err.count("\n") == 1 and "--sponsored" in err and "maybe" in err
    assert path.read_bytes() == before
