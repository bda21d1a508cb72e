"""The whole review loop from the command line: send, a client's Word file comes back with comments,
tracked changes and plain edits, import (twice), accept some, decline others, approve, changes document."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest

from studio.samples import write_sample
from studio.store.document import ProjectFile
from tests.cli_runner import run_cli
from tests.review.clientdoc import ClientDoc


@pytest.fixture()
def sent(tmp_path: Path) -> tuple[Path, Path, list]:
    project = tmp_path / "p.studio"
    write_sample(project, "zh")
    out = tmp_path / "out"
    out.mkdir()
    r = run_cli("review", "send", str(project), "--all", "--client", "晨露品牌部", "-o", str(out))
    assert r.returncode == 0, r.stderr
    with ProjectFile.open(project, readonly=True) as pf:
        shots = [s for _, _, s in pf.project.scripts[0].iter_shots() if s.voiceover and s.visual]
        assert pf.project.review.rounds[0].client == "晨露品牌部"
    (docx_file,) = out.glob("*.docx")
    return project, docx_file, shots


def _client_file(docx_file: Path, shots: list, target: Path) -> Path:
    doc = ClientDoc(docx_file)
    for n in range(4):  # tracked: the last character replaced
        s = shots[n]
        doc.track(s.id, "voiceover", s.voiceover[:-1], s.voiceover[-1:], f"改{n}")
    doc.plain(shots[4].id, "visual", "新画面：产品特写")
    doc.plain(shots[5].id, "visual", shots[5].visual + "（加字幕）")
    doc.nested(shots[6].id, "voiceover", shots[6].voiceover, "王经理加的又被删了")
    doc.track(shots[7].id, "onscreen_text", "", "", "全网最低价")
    first = doc.comment(shots[0].id, "voiceover", "开头太慢")
    doc.comment(shots[0].id, "voiceover", "同意，已改", author="李总监", reply_to=first)
    doc.comment(shots[1].id, "voiceover", "这两句合并", span_to=(shots[2].id, "voiceover"))
    doc.comment(shots[3].id, "frame", "换一张图")
    for n in range(4, 10):
        doc.comment(shots[n].id, "visual", f"意见{n}", done=n == 9)
    doc.comment_title("整体节奏不错")
    return doc.save(target)


def test_round_trip_word(sent: tuple[Path, Path, list], tmp_path: Path) -> None:
    project, docx_file, shots = sent
    assert len(shots) >= 10
    returned = _client_file(docx_file, shots, tmp_path / "returned.docx")
    dry = run_cli("review", "import", str(project), str(returned), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    data = json.loads(run_cli("review", "import", str(project), str(returned), "--dry-run", "--json").stdout)
    assert (len(data["comments"]), len(data["suggestions"]), data["already"]) == (10, 7, False)
    assert data["added"] == {"comments": 10, "replies": 0, "suggestions": 7, "approvals": 0}
    with ProjectFile.open(project, readonly=True) as pf:
        assert pf.project.review.comments == []
    r = run_cli("review", "import", str(project), str(returned))
    assert r.returncode == 0, r.stderr
    again = run_cli("review", "import", str(project), str(returned))
    assert again.returncode == 0 and "imported before" in again.stdout
    with ProjectFile.open(project, readonly=True) as pf:
        review = pf.project.review
        by_shot = {c.shot: c for c in review.comments if c.shot}
        assert len(review.comments) == 10  # 9 placed + the title's, the reply inside its thread
        assert [r.text for r in by_shot[shots[0].id].replies] == ["同意，已改"]
        assert by_shot[shots[1].id].text == "这两句合并"
        assert by_shot[shots[3].id].field == "frame"
        assert by_shot[shots[9].id].resolved and not by_shot[shots[8].id].resolved
        (unplaced,) = [c for c in review.comments if not c.shot]
        assert unplaced.text == "整体节奏不错" and unplaced.where
        sugg = {(s.shot, s.field): s for s in review.suggestions}
        assert (
            len(review.suggestions) == 7
        )  # 4 tracked + 2 plain + 1 inserted; the nested one changes nothing
        assert sugg[(shots[0].id, "voiceover")].new == shots[0].voiceover[:-1] + "改0"
        assert sugg[(shots[0].id, "voiceover")].source == "tracked"
        assert sugg[(shots[0].id, "voiceover")].author == "王经理"
        assert sugg[(shots[4].id, "visual")].source == "plain"
        ids = {key: s.id for key, s in sugg.items()}
        assert all(f"[{i}]" in r.stdout for i in ids.values())  # the ids listed are the ids kept
    accept = run_cli("review", "accept", str(project), ids[(shots[0].id, "voiceover")], ids[(shots[4].id, "visual")],
                     ids[(shots[7].id, "onscreen_text")])  # fmt: skip
    assert accept.returncode == 0, accept.stderr
    assert "全网最低价" in accept.stdout  # the guide flags the client's ad-law word
    decline = run_cli("review", "decline", str(project), ids[(shots[1].id, "voiceover")])
    assert decline.returncode == 0, decline.stderr
    assert run_cli("review", "accept", str(project), "--all", "--author", "王经理").returncode == 0
    assert run_cli("review", "approve", str(project), shots[0].code, "--status", "通过").returncode == 0
    assert run_cli("review", "approve", str(project), shots[1].code, "--status", "changes").returncode == 0
    with ProjectFile.open(project, readonly=True) as pf:
        now = {s.id: s for _, _, s in pf.project.scripts[0].iter_shots()}
        assert now[shots[0].id].voiceover == shots[0].voiceover[:-1] + "改0"
        assert now[shots[1].id].voiceover == shots[1].voiceover  # declined
        assert now[shots[2].id].voiceover == shots[2].voiceover[:-1] + "改2"  # all of 王经理's
        assert now[shots[4].id].visual == "新画面：产品特写"
        assert now[shots[5].id].visual == shots[5].visual  # plain edit by the client (not 王经理): pending
        assert now[shots[6].id].voiceover == shots[6].voiceover
        assert now[shots[7].id].onscreen_text == "全网最低价"
        states = sorted(s.state for s in pf.project.review.suggestions)
        assert states == ["accepted"] * 5 + ["declined", "pending"]
    status = run_cli("review", "status", str(project))
    assert status.returncode == 0 and "1 of" in status.stdout and "approved" in status.stdout
    data = json.loads(run_cli("review", "status", str(project), "--json").stdout)
    assert data["summary"]["approved"] == 1 and data["summary"]["changes"] == 1
    assert data["summary"]["pending_suggestions"] == 1 and data["summary"]["unplaced"] == 1
    out = tmp_path / "changes.docx"
    ch = run_cli("review", "changes", str(project), "--since", "Round 1", "-o", str(out))
    assert ch.returncode == 0, ch.stderr
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert shots[0].code in text and shots[4].code in text and "开头太慢" in text
    assert "新画面：产品特写" in text
    pdf = tmp_path / "changes.pdf"
    assert run_cli("review", "changes", str(project), "--since", "1", "-o", str(pdf)).returncode == 0
    import pypdfium2

    page_text = "".join(p.get_textpage().get_text_range() for p in pypdfium2.PdfDocument(str(pdf)))
    assert shots[4].code in page_text and "产品特写" in page_text
    dumped = json.loads(run_cli("dump", str(project)).stdout)
    on_shot = {
        shot["id"]: shot.get("review")
        for beat in dumped["scripts"][0]["beats"]
        for alt in beat["alternatives"]
        for shot in alt["shots"]
    }
    assert on_shot[shots[0].id]["status"] == "approved"
    assert [c["text"] for c in on_shot[shots[0].id]["comments"]] == ["开头太慢"]
    assert on_shot[shots[0].id]["suggestions"][0]["state"] == "accepted"


@pytest.mark.slow
def test_a_file_saved_by_libreoffice(sent: tuple[Path, Path, list], tmp_path: Path) -> None:
    """LibreOffice writes its own XML (no reply threads, its own bookmarks and runs): read alike."""
    import shutil
    import subprocess

    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed (scripts/setup.sh --test)")
    project, docx_file, shots = sent
    doc = ClientDoc(docx_file)
    doc.track(shots[0].id, "voiceover", shots[0].voiceover[:-1], shots[0].voiceover[-1:], "改")
    doc.plain(shots[4].id, "visual", "新画面：产品特写")
    doc.comment(shots[2].id, "voiceover", "开头太慢")
    doc.comment(shots[3].id, "frame", "换一张图", done=True)
    doc.comment_title("整体节奏不错")
    edited = doc.save(tmp_path / "edited.docx")
    out = tmp_path / "lo"
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo-profile", "--convert-to",
                    "docx:MS Word 2007 XML", "--outdir", str(out), str(edited)], check=True, timeout=180,
                   capture_output=True)  # fmt: skip
    saved = out / "edited.docx"
    assert b"LibreOffice" in zipfile_part(saved, "docProps/app.xml")
    r = run_cli("review", "import", str(project), str(saved))
    assert r.returncode == 0, r.stderr
    with ProjectFile.open(project, readonly=True) as pf:
        review = pf.project.review
        placed = {(c.shot, c.field): c for c in review.comments if c.shot}
        assert placed[(shots[2].id, "voiceover")].text == "开头太慢"
        assert placed[(shots[3].id, "frame")].resolved
        assert [c.text for c in review.comments if not c.shot] == ["整体节奏不错"]
        sugg = {(s.shot, s.field): s for s in review.suggestions}
        assert set(sugg) == {(shots[0].id, "voiceover"), (shots[4].id, "visual")}
        assert sugg[(shots[0].id, "voiceover")].new == shots[0].voiceover[:-1] + "改"
        assert sugg[(shots[0].id, "voiceover")].source == "tracked"
        assert sugg[(shots[4].id, "visual")].new == "新画面：产品特写"


def zipfile_part(path: Path, name: str) -> bytes:
    import zipfile

    with zipfile.ZipFile(path) as zf:
        return zf.read(name)
