"""`studio new/set --format` and `--variant`: frame formats from the command line, stored and shown; bad values change nothing."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from studio.models import ops
from studio.models.crop import Crop, CropMode
from studio.models.frame_format import FrameFormat
from studio.store.document import ProjectFile
from tests.cli_runner import run_cli


@pytest.fixture(scope="module")
def sample_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sample") / "s.studio"
    assert run_cli("sample", str(path), "--lang", "zh").returncode == 0
    return path


@pytest.fixture
def sample(sample_file: Path, tmp_path: Path) -> Path:
    """A fresh copy of the Chinese sample (made once: it takes seconds)."""
    path = tmp_path / "s.studio"
    shutil.copyfile(sample_file, path)
    return path


def test_new_takes_a_format_and_info_shows_it(tmp_path: Path) -> None:
    path = tmp_path / "n.studio"
    done = run_cli("new", str(path), "--format", "4:5", lang="zh")
    assert done.returncode == 0, done.stderr
    with ProjectFile.open(path, readonly=True) as pf:
        assert pf.project.frame_format is FrameFormat.PORTRAIT
    shown = run_cli("info", str(path), lang="zh").stdout
    assert "画幅: 4:5 竖版" in shown


def test_set_changes_the_project_and_a_variant_format(sample: Path, tmp_path: Path) -> None:
    path = sample
    with ProjectFile.open(path, readonly=True) as pf:
        variant = pf.project.scripts[0].variants[1].name
    done = run_cli("set", str(path), "--format", "1:1")
    assert done.returncode == 0 and "9:16 vertical → 1:1 square" in done.stdout
    done = run_cli("set", str(path), "--format", "16:9", "--variant", variant, lang="zh")
    assert done.returncode == 0 and "跟随项目 → 16:9 横屏" in done.stdout
    with ProjectFile.open(path, readonly=True) as pf:
        p = pf.project
        assert p.frame_format is FrameFormat.SQUARE
        assert [v.frame_format for v in p.scripts[0].variants][:2] == [None, FrameFormat.LANDSCAPE]
    data = json.loads(run_cli("info", str(path), "--json").stdout)
    formats = [(v["frame_format"], v["own_format"]) for v in data["scripts"][0]["variants"]]
    assert data["frame_format"] == "1:1" and formats[:2] == [("1:1", False), ("16:9", True)]
    assert "16:9 landscape" in run_cli("info", str(path)).stdout
    # "same" gives the variant the project's format back
    assert run_cli("set", str(path), "--format", "same", "--variant", variant).returncode == 0
    with ProjectFile.open(path, readonly=True) as pf:
        assert pf.project.scripts[0].variants[1].frame_format is None


def test_bad_values_are_one_line_and_change_nothing(sample: Path, tmp_path: Path) -> None:
    path = sample
    before = run_cli("dump", str(path)).stdout
    for args, words in (
        (("--format", "5:4"), "5:4"),
        (("--format", "16:9", "--variant", "没有这个版本"), "没有这个版本"),
        (("--variant", "Base"), "--format"),
        (("--format", "16:9", "--title", "新标题", "--variant", "nope"), "nope"),
    ):
        done = run_cli("set", str(path), *args, lang="zh")
        assert done.returncode == 2, done
        assert done.stderr.count("\n") == 1 and words in done.stderr
    assert run_cli("dump", str(path)).stdout == before
    target = tmp_path / "x.studio"
    done = run_cli("new", str(target), "--format", "wide")
    assert done.returncode == 2 and "9:16, 16:9, 1:1, 4:5, 3:4" in done.stderr and not target.exists()


def test_formats_and_crops_survive_dump_and_load(sample: Path, tmp_path: Path) -> None:
    path = sample
    with ProjectFile.open(path) as pf:
        p = pf.project
        shot = p.scripts[0].beats[0].alternatives[0].shots[0]
        ops.set_field(p, shot, "crop", Crop(CropMode.BOX, (0.1, 0.2, 0.5, 0.4)))
        ops.set_field(p, p.scripts[0].variants[1], "frame_format", FrameFormat.LANDSCAPE)
        ops.set_field(p, p, "frame_format", FrameFormat.THREE_FOUR)
        shot_id = shot.id
    with ProjectFile.open(path, readonly=True) as pf:
        p = pf.project
        assert p.frame_format is FrameFormat.THREE_FOUR
        assert p.scripts[0].variants[1].frame_format is FrameFormat.LANDSCAPE
        assert p.locate_shot(shot_id)[2].shots[0].crop == Crop(CropMode.BOX, (0.1, 0.2, 0.5, 0.4))
    dumped = run_cli("dump", str(path)).stdout
    copy = tmp_path / "copy.studio"
    assert run_cli("load", "-", "-o", str(copy), stdin=dumped).returncode == 0
    with ProjectFile.open(copy, readonly=True) as pf:
        p = pf.project
        assert p.frame_format is FrameFormat.THREE_FOUR
        assert p.scripts[0].variants[1].frame_format is FrameFormat.LANDSCAPE
        _s, _b, alt, i = p.locate_shot(shot_id)
        assert alt.shots[i].crop.box == (0.1, 0.2, 0.5, 0.4)


def test_set_crop_of_shots_by_code(sample: Path) -> None:
    with ProjectFile.open(sample, readonly=True) as pf:
        codes = [s.code for _b, _a, s in pf.project.scripts[0].iter_shots()][:2]
    done = run_cli(
        "set", str(sample), "--crop", f"{codes[0]}=fill", "--crop", f"{codes[1]}=box:10,20,50,40", lang="zh"
    )
    assert done.returncode == 0, done.stderr
    assert f"镜头 {codes[0]}：裁切：适应 → 填充" in done.stdout and "裁切 50×40%" in done.stdout
    with ProjectFile.open(sample, readonly=True) as pf:
        shots = {s.code: s for _b, _a, s in pf.project.scripts[0].iter_shots()}
        assert shots[codes[0]].crop == Crop(CropMode.FILL)
        assert shots[codes[1]].crop == Crop(CropMode.BOX, (0.1, 0.2, 0.5, 0.4))
    before = run_cli("dump", str(sample)).stdout
    for bad, words in ((f"{codes[0]}=stretch", "box:10,20,50,40"), (f"{codes[0]}=box:80,0,50,50", "box:"),
                       ("nocode", "CODE=fit"), ("Z-Z-99=fit", "Z-Z-99")):  # fmt: skip
        done = run_cli("set", str(sample), "--crop", bad, "--title", "不该写入")
        assert done.returncode == 2 and done.stderr.count("\n") == 1 and words in done.stderr, done
    assert run_cli("dump", str(sample)).stdout == before
