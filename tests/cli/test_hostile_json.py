"""Hostile JSON and CSV: each names where it is wrong and why, in one line, touching nothing."""

from __future__ import annotations

import copy
import hashlib
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from studio.models.errors import InterchangeError
from studio.models.serial import loads, project_from_dict, project_to_dict
from tests.cli_runner import run_cli
from tests.measured import CPU_BOUND, MEMORY_BOUND, Measured, run_measured, run_measured_many

SHOT = "$.scripts[0].beats[2].alternatives[0].shots[1]"


def _shot(data: dict[str, Any]) -> dict[str, Any]:
    return data["scripts"][0]["beats"][2]["alternatives"][0]["shots"][1]


def _raw_duration(literal: str) -> Callable[[dict[str, Any]], str]:
    """Put a literal the json module cannot write (NaN, 1e400, 5,001 digits) as the shot's duration."""

    def make(data: dict[str, Any]) -> str:
        _shot(data)["duration"] = "@@"
        return json.dumps(data, ensure_ascii=False).replace('"@@"', literal)

    return make


def _edit(fn: Callable[[dict[str, Any]], None]) -> Callable[[dict[str, Any]], str]:
    def make(data: dict[str, Any]) -> str:
        fn(data)
        return json.dumps(data, ensure_ascii=False)

    return make


def _first_shot(data: dict[str, Any]) -> dict[str, Any]:
    return data["scripts"][0]["beats"][0]["alternatives"][0]["shots"][0]


def _twin_variant(data: dict[str, Any]) -> None:
    variants = data["scripts"][0]["variants"]
    variants[1]["id"] = variants[0]["id"]


def _frame() -> dict[str, Any]:
    return {"hash": "ab" * 32, "filename": "a.png", "width": 10, "height": 10, "format": "PNG"}


#: name -> (make the JSON text, JSON path named, English words, Chinese words)
CASES: dict[str, tuple[Callable[[dict[str, Any]], str], str, tuple[str, ...], tuple[str, ...]]] = {
    "huge_float": (_raw_duration("1e400"), f"{SHOT}.duration", ("1e400 is not a finite number",), ("1e400 不是有限的数值",)),
    "nan": (_raw_duration("NaN"), f"{SHOT}.duration", ("NaN is not a finite number",), ("NaN 不是有限的数值",)),
    "infinity": (_raw_duration("-Infinity"), f"{SHOT}.duration", ("-Infinity",), ("-Infinity",)),
    "5001_digits": (_raw_duration("9" * 5001), f"{SHOT}.duration", ("5001 digits",), ("5001 位",)),
    "missing_project": (_edit(lambda d: d.pop("project")), "$.project", ("missing", "an object"), ("缺少此项", "对象")),
    "missing_shot_id": (_edit(lambda d: _shot(d).pop("id")), f"{SHOT}.id", ("missing",), ("缺少此项",)),
    "missing_duration": (_edit(lambda d: _shot(d).pop("duration")), f"{SHOT}.duration", ("missing", "seconds"),
                         ("缺少此项", "秒数")),
    "duration_as_text": (_edit(lambda d: _shot(d).update(duration="3s")), f"{SHOT}.duration",
                         ("expected seconds (a number), found text",), ("应为秒数（数字），实际是文本",)),
    "title_as_number": (_edit(lambda d: d["project"].update(title=12)), "$.project.title",
                        ("expected text, found a number",), ("应为文本，实际是数字",)),
    "shots_as_object": (_edit(lambda d: d["scripts"][0]["beats"][2]["alternatives"][0].update(shots={})),
                        "$.scripts[0].beats[2].alternatives[0].shots", ("expected a list, found an object",),
                        ("应为列表，实际是对象",)),
    "unknown_size": (_edit(lambda d: _shot(d).update(shot_size="gigantic")), f"{SHOT}.shot_size",
                     ("unknown value 'gigantic'", "close_up"), ("未知的值 'gigantic'",)),
    "long_duration": (_edit(lambda d: _shot(d).update(duration=99999)), f"{SHOT}.duration",
                      ("outside 0.1 to 3600 s",), ("不在 0.1 至 3600 秒之间",)),
    "negative_count": (_edit(lambda d: d.update(results=[{"variant": "v", "plays": -3}])), "$.results[0].plays",
                       ("-3 is negative",), ("-3 是负数",)),
    "duration_1e308": (_raw_duration("1e308"), f"{SHOT}.duration", ("1e+308 s is outside 0.1 to 3600 s",),
                       ("1e+308 秒不在 0.1 至 3600 秒之间",)),
    "duration_minus_1e308": (_raw_duration("-1e308"), f"{SHOT}.duration", ("outside 0.1 to 3600 s",),
                             ("不在 0.1 至 3600 秒之间",)),
    "duplicate_shot_id": (_edit(lambda d: _shot(d).update(id=_first_shot(d)["id"])), f"{SHOT}.id",
                          ("is used twice", "$.scripts[0].beats[0].alternatives[0].shots[0].id"), ("重复使用",)),
    "shot_id_of_a_beat": (_edit(lambda d: _shot(d).update(id=d["scripts"][0]["beats"][0]["id"])), f"{SHOT}.id",
                          ("is used twice", "$.scripts[0].beats[0].id"), ("重复使用",)),
    "duplicate_variant_id": (_edit(_twin_variant), "$.scripts[0].variants[1].id", ("is used twice",), ("重复使用",)),
    "duplicate_frame": (_edit(lambda d: d.update(frames=[_frame(), _frame()])), "$.frames[1].hash",
                        ("is used twice", "$.frames[0].hash"), ("重复使用",)),
    "duplicate_result": (_edit(lambda d: d.update(results=[{"variant": "v", "plays": 3}, {"variant": "v"}])),
                         "$.results[1].variant", ("is used twice",), ("重复使用",)),
    "hash_is_a_path": (_edit(lambda d: d.update(frames=[{**_frame(), "hash": "../../.profile"}])), "$.frames[0].hash",
                       ("'../../.profile' is not a frame hash",), ("不是画面哈希",)),
    "format_is_a_path": (_edit(lambda d: d.update(frames=[{**_frame(), "format": "png/../../x"}])),
                         "$.frames[0].format", ("is not an image format",), ("图片格式",)),
    "shot_frame_is_a_path": (_edit(lambda d: _shot(d).update(frame="../x")), f"{SHOT}.frame",
                             ("is not a frame hash",), ("不是画面哈希",)),
}  # fmt: skip


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], Path]:
    from studio.samples import write_sample
    from studio.store.document import ProjectFile

    path = tmp_path_factory.mktemp("sample") / "mine.studio"
    write_sample(path, "en")
    with ProjectFile.open(path, readonly=True) as pf:
        return project_to_dict(pf.project), path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _refused(tmp_path: Path, *args: str, lang: str) -> Measured:
    """``studio ARGS``: in English in a child process whose peak memory and CPU are read; in Chinese the same
    command in this process. A file is read and refused the same way whatever language the refusal is said
    in, so each input's cost is measured once (a child process per case and language was 0.55 CPU s each)."""
    if lang == "en":
        return run_measured(tmp_path, *args, lang=lang)
    done = run_cli(*args, lang=lang)
    return Measured(done.returncode, done.stdout, done.stderr, 0, 0.0)


@pytest.mark.parametrize("name", list(CASES))
def test_reader_names_the_path_and_the_reason(name: str, sample: tuple[dict[str, Any], Path]) -> None:
    make, where, _en, _zh = CASES[name]
    text = make(copy.deepcopy(sample[0]))
    with pytest.raises(InterchangeError) as info:
        project_from_dict(loads(text), "in.json")
    assert info.value.where == where


def _case(folder: Path, name: str, sample: tuple[dict[str, Any], Path]) -> tuple[list[str], dict[str, str]]:
    """The hostile file of ``name`` and a project to overwrite, in ``folder``: the command and the digests."""
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / "in.json"
    source.write_text(CASES[name][0](copy.deepcopy(sample[0])), "utf-8")
    target = folder / "target.studio"
    shutil.copy(sample[1], target)
    return ["load", str(source), "-o", str(target), "--force"], {"source": _digest(source),
                                                                 "target": _digest(target)}  # fmt: skip


@pytest.fixture(scope="module")
def measured(
    sample: tuple[dict[str, Any], Path], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, tuple[Path, dict[str, str], Measured]]:
    """Every case refused in English in one child process whose peak memory and CPU are read (a child per
    case was 0.8 CPU s each, mostly start-up): name -> its folder, the digests before, what it did."""
    root = tmp_path_factory.mktemp("measured")
    cases = {name: _case(root / name, name, sample) for name in CASES}
    done = run_measured_many(root, [command for command, _ in cases.values()], lang="en")
    return {name: (root / name, digests, d) for (name, (_, digests)), d in zip(cases.items(), done, strict=True)}  # fmt: skip


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("name", list(CASES))
def test_load_refuses_in_one_line(
    name: str, lang: str, sample: tuple[dict[str, Any], Path], measured, tmp_path: Path
) -> None:
    """In English as measured in the child process; in Chinese the same command in this process (see
    :func:`_refused`)."""
    _make, where, en, zh = CASES[name]
    if lang == "en":
        folder, before, done = measured[name]
    else:
        folder = tmp_path
        command, before = _case(folder, name, sample)
        done = _refused(folder, *command, lang=lang)
    source, target = folder / "in.json", folder / "target.studio"
    lines = done.stderr.strip().splitlines()
    assert done.code == 1, done.stderr
    assert len(lines) == 1 and lines[0].startswith(f"studio: {source}"), done.stderr
    assert where in lines[0] and all(w in lines[0] for w in (en if lang == "en" else zh)), lines[0]
    assert _digest(source) == before["source"] and _digest(target) == before["target"]
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]
    if lang == "en":  # measured in its own process
        assert 0 < done.maxrss < MEMORY_BOUND and done.cpu < CPU_BOUND


def test_a_good_file_still_loads(sample: tuple[dict[str, Any], Path]) -> None:
    text = json.dumps(sample[0])
    assert project_to_dict(project_from_dict(loads(text))) == sample[0]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_200000_character_csv_field_names_the_file(
    lang: str, sample: tuple[dict[str, Any], Path], tmp_path: Path
) -> None:
    report = tmp_path / "巨量引擎报表.csv"
    report.write_text("素材名称,展示数,点击数\n基础版,100,3\n" + '"' + "长" * 200_000 + '",1,1\n', "utf-8")
    target = tmp_path / "p.studio"
    shutil.copy(sample[1], target)
    before, project_before = _digest(report), _digest(target)
    done = _refused(tmp_path, "results", str(target), "--import", str(report), lang=lang)
    lines = done.stderr.strip().splitlines()
    assert done.code == 1 and len(lines) == 1, done.stderr
    assert str(report) in lines[0] and "131072" in lines[0]
    assert ("line 3" if lang == "en" else "第 3 行") in lines[0]
    assert _digest(report) == before and _digest(target) == project_before
    if lang == "en":  # measured in its own process
        assert 0 < done.maxrss < MEMORY_BOUND and done.cpu < CPU_BOUND
