"""`studio check`: exit codes, grouping by variant, JSON, languages; the file is opened read-only."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from studio.cli import main
from studio.models import ops
from studio.store.document import ProjectFile

ROOT = Path(__file__).resolve().parents[2]


def test_sample_passes_and_prints_base_only(sample_path, capsys):
    before = sample_path.read_bytes()
    assert main(["check", str(sample_path), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Variant “基础版”" in out
    assert "价格钩子" not in out and "--all" in out
    assert "0 error(s)" in out
    assert sample_path.read_bytes() == before


def test_all_variants_grouped_in_chinese(sample_path_en, capsys):
    assert main(["check", str(sample_path_en), "--all", "--lang", "zh"]) == 0
    out = capsys.readouterr().out
    for name in ("Base", "Price hook", "Word-of-mouth proof", "Testimonial close"):
        assert f"版本「{name}」" in out
    assert "0 个错误" in out


def test_error_exits_one_and_json_has_fix(sample_path, capsys):
    with ProjectFile.open(sample_path) as pf:
        shot = pf.project.scripts[0].beats[2].alternatives[0].shots[0]
        ops.set_field(pf.project, shot, "voiceover", "效果最好的精华")
        code = shot.code
    assert main(["check", str(sample_path), "--json", "--lang", "zh"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["counts"]["error"] >= 1
    rows = [f for g in data["scripts"][0]["groups"] for f in g["findings"] if f["rule"] == "adlaw.absolute"]
    assert rows[0]["shot_code"] == code and rows[0]["span"] == [2, 4]
    assert rows[0]["fix"]["applicable"] and rows[0]["fix"]["value"] == "效果很好的精华"
    assert "最好" in rows[0]["message"]


def test_one_variant_and_unknown_variant(sample_path, capsys):
    assert main(["check", str(sample_path), "--variant", "价格钩子", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "价格钩子" in out and "基础版" not in out
    assert main(["check", str(sample_path), "--variant", "nope"]) == 2
    err = capsys.readouterr().err
    assert "nope" in err and "Traceback" not in err


def test_missing_file_is_one_line(tmp_path, capsys):
    assert main(["check", str(tmp_path / "none.studio")]) != 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_subprocess_on_locked_file_reads_it(sample_path):
    """Read-only: works while the project is open for editing elsewhere."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "STUDIO_LANG": "en"}
    with ProjectFile.open(sample_path):
        proc = subprocess.run(
            [sys.executable, "-m", "studio", "check", str(sample_path), "--all"],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            timeout=120,
        )
    assert proc.returncode == 0, proc.stderr
    assert "warning" in proc.stdout or "no findings" in proc.stdout


@pytest.mark.parametrize("flag", [["--variant", "x", "--all"]])
def test_variant_and_all_exclude_each_other(sample_path, flag, capsys):
    assert main(["--ui-lang", "en", "check", str(sample_path), *flag]) == 2
    err = capsys.readouterr().err
    assert "not allowed with" in err and len(err.splitlines()) == 1


def test_guide_layer_does_not_import_qt():
    code = "import sys, studio.guide.checker, studio.guide.text.splitter, studio.guide.brief.libraries; print('PySide6' in sys.modules)"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert proc.stdout.strip() == "False"


def test_variant_names_ignore_case_and_stray_spaces(sample_path_en, capsys):
    assert main(["check", str(sample_path_en), "--variant", "  PRICE hook ", "--lang", "en"]) == 0
    assert "Variant “Price hook”" in capsys.readouterr().out
