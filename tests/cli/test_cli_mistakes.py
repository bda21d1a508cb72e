"""A new user's mistakes: one line on stderr in their language, exit 2 for what was typed, 1 for failures."""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from studio.cli import build_parser, main
from studio.cli.i18n import language, language_scope, set_language
from tests.cli_runner import CliResult, run_cli

ROOT = Path(__file__).resolve().parents[2]
CJK = re.compile("[\u4e00-\u9fff]")


def run(*args: str, lang: str = "en", stdin: str | None = None) -> CliResult:
    return run_cli(*args, lang=lang, stdin=stdin)


def one_line(err: str) -> str:
    assert "Traceback" not in err, err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@contextlib.contextmanager
def immutable(path: Path) -> Iterator[None]:
    """chattr +i (root on ext4/xfs/tmpfs-less systems); skip where it is not available."""
    if shutil.which("chattr") is None or os.geteuid() != 0:
        pytest.skip("chattr +i needs root")
    done = subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"chattr not supported here: {done.stderr!r}")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=False)


# --- the exit-status convention, command by command ----------------------------------------


def cases(tmp: Path, sample: Path) -> list[tuple[list[str], int, str]]:
    """(arguments, exit status, words the English line must contain)."""
    folder = tmp / "folder"
    folder.mkdir()
    text = tmp / "notes.txt"
    text.write_text("hello", "utf-8")
    bad_json = tmp / "bad.json"
    bad_json.write_text("{oops", "utf-8")
    return [
        # what was typed is wrong: 2
        ([], 2, "no command given"),
        (["nope"], 2, "invalid choice"),
        (["info"], 2, "required"),
        (["info", "-"], 2, "standard input"),
        (["info", ""], 2, "file name is needed"),
        (["new", str(tmp / "n.studio"), "--template", "nope"], 2, "unknown template"),
        (["new", str(folder)], 2, "is a folder"),
        (["sample", str(sample)], 2, "--force"),
        (["check", str(sample), "--variant", "nope"], 2, "no variant named"),
        (["check", str(sample), "--variant", ""], 2, "no variant named"),
        (["check", str(sample), "--all", "--variant", "x"], 2, "not allowed with"),
        (["restore", str(sample), "99"], 2, "no snapshot named"),
        (["results", str(sample), "--script", "nope"], 2, "no script named"),
        (["results", str(sample), "--map", "clicks=x"], 2, "--import"),
        (["results", str(sample), "--import", "-"], 2, "standard input"),
        (["dump", str(sample), "--images-out", str(text)], 2, "not a folder"),
        (["load", str(bad_json), "-o", str(tmp / "x.studio"), "--images", str(text)], 2, "not a folder"),
        (["--ui-lang", "fr", "info", str(sample)], 2, "invalid choice"),
        # the command could not be carried out: 1
        (["info", str(tmp / "missing.studio")], 1, "no such file"),
        (["info", str(folder)], 1, "not a Studio project"),
        (["check", str(text)], 1, "not a Studio project"),
        (["load", str(bad_json), "-o", str(tmp / "x.studio")], 1, "not valid JSON"),
        (["load", str(tmp / "missing.json"), "-o", str(tmp / "x.studio")], 1, "no such file"),
        (["load", str(bad_json), "-o", str(tmp / "x.studio"), "--images", str(tmp / "no")], 1, "does not exist"),
        (["new", str(tmp / "no" / "n.studio")], 1, "folder does not exist"),
        (["results", str(sample), "--import", str(text)], 1, "no creative/variant name column"),
        (["results", str(sample), "--import", str(tmp / "missing.csv")], 1, "No such file"),
    ]  # fmt: skip


def test_exit_status_and_one_line_for_every_mistake(tmp_path: Path, sample_path_en: Path, capsys) -> None:
    before = digest(sample_path_en)
    for args, code, words in cases(tmp_path, sample_path_en):
        assert main(["--ui-lang", "en", *args]) == code, args
        captured = capsys.readouterr()
        line = one_line(captured.err)
        assert words in line, (args, line)
        if "column (" not in line:  # a report's header names are listed as reports spell them
            assert CJK.search(line) is None, (args, line)  # an English project: no Chinese at all
    assert digest(sample_path_en) == before
    assert not (tmp_path / "x.studio").exists() and not (tmp_path / "n.studio").exists()


def test_the_same_mistakes_in_chinese(tmp_path: Path, sample_path: Path, capsys) -> None:
    for args, code, _words in cases(tmp_path, sample_path):
        assert main(["--ui-lang", "zh", *args]) == code, args
        line = one_line(capsys.readouterr().err)
        assert CJK.search(line), (args, line)
        for english in ("No such file", "Is a directory", "required", "invalid choice", "Expecting"):
            assert english not in line, (args, line)


def test_ui_lang_equals_form_and_language_does_not_leak_between_runs(sample_path: Path, capsys) -> None:
    assert language() == "en"
    assert main(["--ui-lang=zh", "restore", str(sample_path), "99"]) == 2
    assert "找不到快照" in capsys.readouterr().err
    assert language() == "en"
    assert main(["results", str(sample_path), "--lang", "zh"]) == 0
    assert "基础版 (对照组)" in capsys.readouterr().out  # the sample ships with results
    assert main(["restore", str(sample_path), "99"]) == 2
    assert "no snapshot named" in capsys.readouterr().err
    assert main(["restore", str(sample_path), "99", "--ui-lang", "zh"]) == 2  # after the command too
    assert "找不到快照" in capsys.readouterr().err


def test_check_lang_sets_the_report_not_the_errors(sample_path: Path, capsys) -> None:
    assert main(["--ui-lang", "en", "check", str(sample_path), "--lang", "zh", "--variant", "x"]) == 2
    assert "no variant named 'x'; variants: 基础版" in capsys.readouterr().err


# --- help in both languages ------------------------------------------------------------------


def _helps(lang: str) -> dict[tuple[str, str], str]:
    set_language(lang)
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, type(parser._subparsers._group_actions[0])))
    found = {("studio", a.dest): a.help or "" for a in parser._actions}
    for name, child in sub.choices.items():
        found[(name, "")] = child.description or ""
        for action in child._actions:
            if action.help == argparse.SUPPRESS:  # a hidden old spelling (--talent) of a documented option
                continue
            found[(name, action.dest)] = action.help or ""
    return found


def test_every_command_and_option_has_help_in_both_languages() -> None:
    with language_scope():  # a language left set would outlast this test and speak for every later one
        en, zh = _helps("en"), _helps("zh")
    assert en.keys() == zh.keys()
    for key, text in en.items():
        assert text.strip(), f"no help for {key}"
        assert CJK.search(zh[key]), f"{key} has no Chinese help: {zh[key]!r}"
        assert zh[key] != text, key


@pytest.mark.parametrize(
    ("lang", "words"),
    [("en", ["usage:", "positional arguments", "options"]), ("zh", ["用法：", "位置参数", "选项"])],
)
def test_help_headings_follow_the_language(lang: str, words: list[str]) -> None:
    done = run("info", "--help", lang=lang)
    assert done.returncode == 0 and done.stderr == ""
    for word in words:
        assert word in done.stdout
    top = run("--help", lang=lang).stdout

    def listed(name: str) -> int:  # where a command's own line starts (its name may appear in others' help)
        found = re.search(
            rf"^ {{1,6}}{name}\s", top, re.MULTILINE
        )  # not a wrapped help line (indented deeper)
        assert found, name
        return found.start()

    assert listed("sample") < listed("check") < listed("results")  # a project's life order


# --- files and folders a user meets -----------------------------------------------------------


def test_cjk_path_with_spaces(tmp_path: Path) -> None:
    folder = tmp_path / "我的 项目"
    folder.mkdir()
    path = folder / "焕亮 精华.studio"
    assert run("sample", str(path), "--lang", "zh").returncode == 0
    info = run("info", str(path), lang="zh")
    assert info.returncode == 0 and "焕亮精华" in info.stdout
    assert run("check", str(path)).returncode == 0


def test_load_from_standard_input(tmp_path: Path, sample_path: Path) -> None:
    dumped = run("dump", str(sample_path)).stdout
    out = tmp_path / "copy.studio"
    done = run("load", "-", "-o", str(out), stdin=dumped)
    assert done.returncode == 0, done.stderr
    assert run("dump", str(out)).stdout == dumped
    empty = run("load", "-", "-o", str(tmp_path / "e.studio"), stdin="", lang="zh")
    assert empty.returncode == 1 and "文件是空的" in one_line(empty.stderr)


def test_force_never_replaces_a_file_open_in_studio(sample_path: Path) -> None:
    from studio.store.document import ProjectFile

    with ProjectFile.open(sample_path):
        before = digest(sample_path)
        done = run("sample", str(sample_path), "--force", lang="zh")
        assert done.returncode == 1 and "正被" in one_line(done.stderr)
        assert digest(sample_path) == before
    assert run("sample", str(sample_path), "--force").returncode == 0


def test_immutable_file_and_folder(tmp_path: Path, sample_path: Path) -> None:
    target = tmp_path / "p.studio"
    shutil.copy(sample_path, target)
    with immutable(target):
        for args in (("snapshot", str(target)), ("sample", str(target), "--force")):
            done = run(*args, lang="zh")
            assert done.returncode == 1, args
            line = one_line(done.stderr)
            assert "不可写" in line and ".tmp" not in line
    folder = tmp_path / "locked"
    folder.mkdir()
    shutil.copy(sample_path, folder / "p.studio")
    with immutable(folder):
        assert run("info", str(folder / "p.studio")).returncode == 0  # reading still works
        snap = run("snapshot", str(folder / "p.studio"))
        assert snap.returncode == 1 and "cannot be written" in one_line(snap.stderr)
        new = run("new", str(folder / "n.studio"), lang="zh")
        assert new.returncode == 1 and "Operation not permitted" not in one_line(new.stderr)


def test_output_to_a_closed_pipe_or_a_full_disk(sample_path: Path) -> None:
    env = {**os.environ, "STUDIO_LANG": "zh", "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "studio", "dump", str(sample_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()  # like `studio dump x | head -1`
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 0 and err == ""
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full")
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "studio", "info", str(sample_path)],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            check=False,
        )
    assert done.returncode == 1 and "磁盘空间不足" in one_line(done.stderr)
