"""The review workbook round trip: opinions and approvals come back on their shots although the
client re-sorted, deleted and duplicated rows; an edited text becomes a suggestion."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from studio.samples import write_sample
from studio.store.document import ProjectFile
from tests.cli_runner import run_cli


@pytest.fixture()
def sent(tmp_path: Path) -> tuple[Path, Path]:
    project = tmp_path / "p.studio"
    write_sample(project, "zh")
    r = run_cli("review", "send", str(project), "--client", "晨露", "--only", "xlsx", "-o", str(tmp_path))
    assert r.returncode == 0, r.stderr
    (book,) = tmp_path.glob("*.xlsx")
    return project, book


def _edit(book: Path, target: Path) -> dict[str, str]:
    """Fill opinions and verdicts as a client does, then re-sort, delete and duplicate rows."""
    wb = openpyxl.load_workbook(book)
    ws = wb.worksheets[0]
    head = [c.value for c in ws[1]]
    col = {name: head.index(name) + 1 for name in ("镜号", "意见", "通过", "台词/口播")}
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=2)]
    assert len(rows) >= 10
    codes = [r[col["镜号"] - 1] for r in rows]
    for n, row in enumerate(rows[:10]):
        row[col["意见"] - 1] = f"意见{n}"
        row[col["通过"] - 1] = "通过" if n % 2 == 0 else "需修改"
    rows[3][col["台词/口播"] - 1] = "改过的口播"
    rows[5][col["通过"] - 1] = "看情况"  # not a verdict: listed, not guessed
    rows.append(list(rows[0]))  # duplicated row
    del rows[9]  # a deleted row: its shot keeps no verdict from this file
    rows.reverse()  # re-sorted
    ws.delete_rows(2, ws.max_row)
    for row in rows:
        ws.append(row)
    wb.save(target)
    return {"c0": codes[0], "c1": codes[1], "c3": codes[3], "c9": codes[9]}


def test_workbook_round_trip(sent: tuple[Path, Path], tmp_path: Path) -> None:
    project, book = sent
    codes = _edit(book, tmp_path / "back.xlsx")
    r = run_cli("review", "import", str(project), str(tmp_path / "back.xlsx"))
    assert r.returncode == 0, r.stderr
    assert "看情况" in r.stdout
    again = run_cli("review", "import", str(project), str(tmp_path / "back.xlsx"))
    assert again.returncode == 0 and "imported before" in again.stdout
    with ProjectFile.open(project, readonly=True) as pf:
        p = pf.project
        by_code = {s.code: s for _, _, s in p.scripts[0].iter_shots()}
        review = p.review
        texts = {by_code[c].id: [] for c in codes.values()}
        for c in review.comments:
            texts.setdefault(c.shot, []).append(c.text)
        assert texts[by_code[codes["c0"]].id] == ["意见0"]  # the duplicate adds nothing
        assert texts[by_code[codes["c9"]].id] == []
        assert len(review.comments) == 9
        from studio.models.review import status_of

        assert status_of(review, by_code[codes["c0"]].id) == "approved"
        assert status_of(review, by_code[codes["c1"]].id) == "changes"
        assert status_of(review, by_code[codes["c9"]].id) == "pending"
        (sug,) = review.suggestions
        assert (sug.shot, sug.field, sug.new, sug.source) == (
            by_code[codes["c3"]].id,
            "voiceover",
            "改过的口播",
            "workbook",
        )
    assert run_cli("review", "accept", str(project), sug.id).returncode == 0
    with ProjectFile.open(project, readonly=True) as pf:
        shot = next(s for _, _, s in pf.project.scripts[0].iter_shots() if s.id == sug.shot)
        assert shot.voiceover == "改过的口播"
    status = run_cli("review", "status", str(project), lang="zh")
    assert "个已通过" in status.stdout


@pytest.mark.slow
def test_a_workbook_saved_by_libreoffice(sent: tuple[Path, Path], tmp_path: Path) -> None:
    """LibreOffice Calc rewrites the whole workbook (its own styles, shared strings, the hidden parts)."""
    import shutil
    import subprocess

    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed (scripts/setup.sh --test)")
    project, book = sent
    codes = _edit(book, tmp_path / "edited.xlsx")
    out = tmp_path / "lo"
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo-profile", "--convert-to",
                    "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), str(tmp_path / "edited.xlsx")], check=True,
                   timeout=180, capture_output=True)  # fmt: skip
    r = run_cli("review", "import", str(project), str(out / "edited.xlsx"))
    assert r.returncode == 0, r.stderr
    with ProjectFile.open(project, readonly=True) as pf:
        from studio.models.review import status_of

        by_code = {s.code: s for _, _, s in pf.project.scripts[0].iter_shots()}
        review = pf.project.review
        assert status_of(review, by_code[codes["c0"]].id) == "approved"
        assert status_of(review, by_code[codes["c1"]].id) == "changes"
        assert len(review.comments) == 9
        assert [s.new for s in review.suggestions] == ["改过的口播"]
