"""``studio import-xlsx`` says per column where it went and how sure, and takes --map to change it."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from studio.cli import main
from studio.store.document import ProjectFile


@pytest.fixture
def book(tmp_path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["镜号", "镜头", "画面", "Time", "Lens"])
    ws.append([1, "ELS", "城市天际线", "30 min", "24mm"])
    ws.append([2, "MS", "她在窗边", "15 min", "35mm"])
    ws.append([3, "CU", "黑眼圈", "10 min", "85mm"])
    wb.save(tmp_path / "b.xlsx")
    return tmp_path / "b.xlsx"


def test_report_per_column_in_both_languages(
    book: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--ui-lang", "en", "import-xlsx", str(book), "-o", str(tmp_path / "a.studio")]) == 0
    out = capsys.readouterr().out
    assert "镜头 → Shot size · sure · by its cells: 3 of 3 are shot sizes" in out
    assert "Time → Notes · sure · minutes of set-up time, not a shot's duration (3 of 3)" in out
    assert "  Lens · sure · by its header" in out  # the lens field's own name: said once
    assert main(["--ui-lang", "zh", "import-xlsx", str(book), "-o", str(tmp_path / "b.studio")]) == 0
    out = capsys.readouterr().out
    assert "镜头 → 景别 · 确定 · 按内容：3/3 个单元格是景别" in out
    assert "Time → 备注 · 确定 · 为布景/准备所需分钟数，不是镜头时长（3/3）" in out
    assert "Lens → 镜头焦段 · 确定 · 按表头" in out


def test_map_sends_a_column_elsewhere(book: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "m.studio"
    code = main(["--ui-lang", "en", "import-xlsx", str(book), "-o", str(target), "--map", "镜头=notes",
                 "--map", "E=props"])  # fmt: skip
    assert code == 0
    out = capsys.readouterr().out
    assert "镜头 → Notes · sure · your choice" in out and "Lens → Props · sure · your choice" in out
    with ProjectFile.open(target, readonly=True) as pf:
        shot = next(s for _, _, s in pf.project.scripts[0].iter_shots())
    assert shot.shot_size is None and "镜头: ELS" in shot.notes and shot.props == "24mm"


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("镜头=size", "expected COLUMN=FIELD"),
        ("Nope=notes", "no column “Nope”"),
        ("notes", "expected COLUMN=FIELD"),
    ],
)
def test_bad_map_is_a_usage_error(
    book: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], value: str, words: str
) -> None:
    target = tmp_path / "x.studio"
    assert main(["--ui-lang", "en", "import-xlsx", str(book), "-o", str(target), "--map", value]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and words in err[0]
    assert not target.exists()
