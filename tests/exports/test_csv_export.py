"""The shot list as CSV, read back with the csv module (and by LibreOffice, as Excel would)."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from studio.exports.common import FolderMissingError
from studio.exports.csv_export import cell_text, export_csv
from studio.models.timeline import cut, union
from tests.exports.export_helpers import media_of, tiny_project


def _rows(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with the mark
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def test_sample_shot_list_in_script_order_with_each_variants_places(sample_file, tmp_path: Path) -> None:
    project = sample_file.project
    script = project.scripts[0]
    out = export_csv(project, script, [], sample_file.frame_bytes, tmp_path / "s.csv")
    raw = out.read_bytes()
    assert b"\r\n" in raw and raw.count(b"\n") == raw.count(b"\r\n")
    rows = _rows(out)
    head = rows[0]
    assert head[:3] == ["序", "镜号", "段落"] and head[-len(script.variants) :] == [
        v.name for v in script.variants
    ]
    shots = union(script)
    assert [r[1] for r in rows[1:]] == [u.shot.code for u in shots]
    col = {name: i for i, name in enumerate(head)}
    for row, u in zip(rows[1:], shots, strict=True):
        assert row[col["台词/口播"]] == u.shot.voiceover and row[col["画面内容"]] == u.shot.visual
        assert float(row[col["时长（秒）"]]) == pytest.approx(u.shot.duration)
        assert row[col["分镜图"]] == project.frames[u.shot.frame].filename
    for v in script.variants:
        placed = sorted((int(r[col[v.name]]), r[1]) for r in rows[1:] if r[col[v.name]])
        assert [code for _, code in placed] == [t.shot.code for t in cut(script, v)]


def test_english_headers_and_one_variant(sample_file, tmp_path: Path) -> None:
    script = sample_file.project.scripts[0]
    variant = script.variants[1]
    out = export_csv(sample_file.project, script, [variant], None, tmp_path / "e.csv", lang="en")
    rows = _rows(out)
    assert rows[0][:4] == ["Seq", "Shot", "Beat", "Alt."] and rows[0][-1] == variant.name
    assert [r[1] for r in rows[1:]] == [t.shot.code for t in cut(script, variant)]


def test_formulas_are_neutralised_and_control_characters_dropped(tmp_path: Path) -> None:
    texts = {"visual": "=HYPERLINK(\"http://x\",\"y\")", "voiceover": "+86 139", "onscreen_text": "-50%",
             "sound": "@SUM(A1)", "notes": "\tcmd", "props": "a\x00b\x07c\ud800d", "talent": "line1\r\nline2, \"q\""}  # fmt: skip
    project, script, store = tiny_project(texts)
    row = _rows(export_csv(project, script, script.variants, media_of(store), tmp_path / "f.csv"))[1]
    for value in ('\'=HYPERLINK("http://x","y")', "'+86 139", "'-50%", "'@SUM(A1)", "'\tcmd"):
        assert value in row
    assert "abc\ufffdd" in row and 'line1\nline2, "q"' in row
    assert not any(ch in "".join(row) for ch in "\x00\x07")


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=40))
def test_any_text_reads_back_as_one_field(text: str) -> None:
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\r\n").writerow([cell_text(text), "end"])
    [back] = list(csv.reader(io.StringIO(out.getvalue(), newline="")))
    assert back[1] == "end" and len(back) == 2
    assert not back[0].startswith(("=", "+", "-", "@"))


def test_missing_folder_leaves_nothing(tmp_path: Path) -> None:
    project, script, store = tiny_project()
    with pytest.raises(FolderMissingError):
        export_csv(project, script, script.variants, media_of(store), tmp_path / "no" / "x.csv")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.libreoffice
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_a_spreadsheet_opens_it_as_text_in_chinese(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    project, script, store = tiny_project({"visual": "=1+1", "voiceover": "熬夜脸暗沉？"})
    out = export_csv(project, script, script.variants, media_of(store), tmp_path / "c.csv")
    profile = Path("/tmp") / f"lo_{uuid.uuid4().hex}"
    try:
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{profile}", "--infilter=CSV:44,34,76",
                        "--convert-to", "xlsx", "--outdir", str(tmp_path), str(out)],
                       capture_output=True, timeout=180, check=True)  # fmt: skip
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    ws = load_workbook(tmp_path / "c.xlsx").active
    values = [c.value for c in ws[2]]
    assert "熬夜脸暗沉？" in values and "镜号" in [c.value for c in ws[1]]
    assert not any(isinstance(v, str) and v.startswith("=") and v != "'=1+1" for v in values)
    assert 2 not in values  # =1+1 was not calculated
