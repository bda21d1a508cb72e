"""``studio draft`` fills a new project's empty script, then adds drafts beside it under new names."""

from __future__ import annotations

import json
from pathlib import Path

from studio.store.document import ProjectFile
from tests.cli_runner import CliResult, run_cli


def run(*args: str, lang: str = "en") -> CliResult:
    return run_cli(*args, lang=lang)


def test_draft_fills_the_empty_script_then_adds_under_new_names(tmp_path: Path) -> None:
    path, sample = tmp_path / "n.studio", tmp_path / "s.studio"
    assert run("new", str(path), "--lang", "zh").returncode == 0
    assert run("sample", str(sample), "--lang", "zh").returncode == 0
    brief = tmp_path / "brief.json"
    brief.write_text(run("brief", str(sample), "--json").stdout, "utf-8")
    assert json.loads(brief.read_text("utf-8"))["target_s"] == 25
    assert run("brief", str(path), "--set", str(brief)).returncode == 0
    filled = run("draft", str(path), lang="zh")
    assert filled.returncode == 0, filled.stderr
    assert "已把初稿写入空脚本" in filled.stdout
    with ProjectFile.open(path, readonly=True) as pf:
        assert len(pf.project.scripts) == 1
        first = pf.project.scripts[0].title
    added = run("draft", str(path), "--template", "live_clip")
    assert added.returncode == 0 and "added" in added.stdout, added.stdout
    again = run("draft", str(path), "--template", "live_clip", "--script", first)
    assert again.returncode == 0, again.stderr
    with ProjectFile.open(path, readonly=True) as pf:
        titles = [s.title for s in pf.project.scripts]
    assert len(titles) == 3 and len(set(titles)) == 3, titles
    checked = run("check", str(path), "--all")
    assert checked.returncode == 0 and "\n0 error(s), 0 warning(s)" in checked.stdout, checked.stdout
