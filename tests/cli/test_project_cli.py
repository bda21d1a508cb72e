"""The project commands as a user types them: real processes, real files, one-line errors."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from studio.cli import main
from tests.cli_runner import CliResult, run_cli


def run(*args: str, lang: str = "en", cwd: Path | None = None) -> CliResult:
    return run_cli(*args, lang=lang, cwd=cwd)


def test_sample_info_and_json(tmp_path: Path) -> None:
    path = tmp_path / "s.studio"
    done = run("sample", str(path), "--lang", "zh")
    assert done.returncode == 0, done.stderr
    info = run("info", str(path), "--json")
    data = json.loads(info.stdout)
    script = data["scripts"][0]
    assert data["language"] == "zh" and data["frames"] == 19
    assert [v["name"] for v in script["variants"]] == ["基础版", "价格钩子", "口碑证明", "证言结尾"]
    assert all(20 <= v["seconds"] <= 30 for v in script["variants"])
    text = run("info", str(path), lang="zh").stdout
    assert "标题: 焕亮精华 25 秒带货" in text and "版本 基础版 *" in text


def test_sample_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    path = tmp_path / "s.studio"
    path.write_text("mine")
    done = run("sample", str(path))
    assert done.returncode == 2 and "--force" in done.stderr
    assert path.read_text() == "mine"
    assert run("sample", str(path), "--force", "--lang", "en").returncode == 0


def test_new_from_every_template(tmp_path: Path) -> None:
    from studio.guide.brief.templates import templates

    for tid in templates():
        path = tmp_path / f"{tid}.studio"
        assert main(["new", str(path), "--template", tid, "--lang", "en"]) == 0
        data = json.loads(run("info", str(path), "--json").stdout)
        assert data["scripts"][0]["beats"] >= 3
    bad = run("new", str(tmp_path / "x.studio"), "--template", "nope")
    assert bad.returncode == 2 and "pain_solution_cta" in bad.stderr
    assert not (tmp_path / "x.studio").exists()


def test_dump_load_dump_is_identical_with_images(tmp_path: Path, sample_path: Path) -> None:
    images = tmp_path / "images"
    first = run("dump", str(sample_path), "--images-out", str(images))
    assert first.returncode == 0
    (tmp_path / "p.json").write_text(first.stdout, "utf-8")
    out = tmp_path / "copy.studio"
    loaded = run("load", str(tmp_path / "p.json"), "--images", str(images), "-o", str(out))
    assert loaded.returncode == 0, loaded.stderr
    assert "not found" not in loaded.stderr
    assert run("dump", str(out)).stdout == first.stdout
    from studio.store.document import ProjectFile

    with ProjectFile.open(out, readonly=True) as pf:
        assert all(pf.frame_bytes(h, "thumb") for h in pf.project.frames)


def test_load_without_images_keeps_frames_as_placeholders(tmp_path: Path, sample_path: Path) -> None:
    dumped = run("dump", str(sample_path)).stdout
    (tmp_path / "p.json").write_text(dumped, "utf-8")
    out = tmp_path / "copy.studio"
    loaded = run("load", str(tmp_path / "p.json"), "-o", str(out))
    assert loaded.returncode == 0 and "19" in loaded.stderr
    assert run("dump", str(out)).stdout == dumped


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        ("{not json", "not valid JSON"),
        ('{"format": "something-else"}', "not a Studio project"),
        ('{"format": "studio-project", "format_version": 99}', "unsupported version"),
        ("[]", "expected an object"),
    ],
)
def test_load_bad_json_is_one_line(tmp_path: Path, content: str, needle: str) -> None:
    source = tmp_path / "bad.json"
    source.write_text(content, "utf-8")
    done = run("load", str(source), "-o", str(tmp_path / "out.studio"))
    assert done.returncode != 0
    assert needle in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
    assert not (tmp_path / "out.studio").exists()


def test_snapshot_list_and_restore(sample_path: Path) -> None:
    assert run("snapshot", str(sample_path), "--name", "初稿").returncode == 0
    listed = run("snapshots", str(sample_path), "--json")
    assert [s["name"] for s in json.loads(listed.stdout)] == ["初稿"]
    assert run("restore", str(sample_path), "初稿").returncode == 0
    names = [s["name"] for s in json.loads(run("snapshots", str(sample_path), "--json").stdout)]
    assert names[0] == "初稿" and len(names) == 2
    missing = run("restore", str(sample_path), "no-such-snapshot")
    assert missing.returncode != 0 and "no-such-snapshot" in missing.stderr


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_errors_are_one_line_in_the_users_language(tmp_path: Path, lang: str) -> None:
    text = tmp_path / "notes.studio"
    text.write_text("hello")
    expected = {"en": "not a Studio project", "zh": "不是 Studio 项目文件"}[lang]
    for args, needle in [
        (("info", str(text)), expected),
        (("info", str(tmp_path / "missing.studio")), {"en": "no such file", "zh": "文件不存在"}[lang]),
        (("dump", str(tmp_path)), expected),
    ]:
        done = run(*args, lang=lang)
        assert done.returncode != 0
        assert needle in done.stderr, done.stderr
        assert len(done.stderr.strip().splitlines()) == 1
        assert "Traceback" not in done.stderr


def test_locked_file_names_its_holder(sample_path: Path) -> None:
    from studio.store.document import ProjectFile

    with ProjectFile.open(sample_path):
        done = run("snapshot", str(sample_path), lang="zh")
        assert done.returncode != 0
        assert "正被" in done.stderr and str(os.getpid()) in done.stderr
        assert run("info", str(sample_path)).returncode == 0, "read-only commands still work"


def test_python_dash_m_and_console_script_agree(tmp_path: Path) -> None:
    exe = shutil.which("studio")
    if exe is None:
        pytest.skip("package not installed as a console script")
    out = subprocess.run([exe, "--version"], capture_output=True, text=True, check=False)
    assert out.stdout.strip() == run("--version").stdout.strip()
