"""Returned files that must be refused in one line, in bounded time and memory, changing nothing."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest

from studio.samples import write_sample
from studio.store.document import ProjectFile
from tests.cli_runner import run_cli


@pytest.fixture(scope="module")
def sent(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("sent")
    project = folder / "p.studio"
    write_sample(project, "zh")
    assert run_cli("review", "send", str(project), "-o", str(folder), "--only", "docx").returncode == 0
    (board,) = folder.glob("*.docx")
    return project, board


def _with_part(board: Path, target: Path, name: str, write) -> Path:
    with zipfile.ZipFile(board) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            if info.filename != name:
                out.writestr(info, src.read(info))
        with out.open(name, "w", force_zip64=True) as fh:
            write(fh)
    return target


def _huge(prefix: bytes, filler: bytes, size: int, suffix: bytes):
    def write(fh) -> None:
        fh.write(prefix)
        chunk = filler * (1 << 20)
        for _ in range(size // len(chunk)):
            fh.write(chunk)
        fh.write(suffix)

    return write


BOMB = (
    b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
    b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><w:document xmlns:w="http://schemas.openxmlformats.org/'
    b'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&c;</w:t></w:r></w:p></w:body></w:document>'
)
NESTED = (
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
    + b"<w:sdt>" * 50_000
    + b"</w:sdt>" * 50_000
    + b"</w:body></w:document>"
)
W_OPEN = b'<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="0"><w:p><w:r><w:t>'
W_CLOSE = b"</w:t></w:r></w:p></w:comment></w:comments>"


def _cases(board: Path, tmp: Path) -> list[tuple[Path, str]]:
    doc = tmp / "old.doc"
    doc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    disguised = tmp / "really_old.docx"
    disguised.write_bytes(doc.read_bytes())
    xls = tmp / "审阅表.xls"
    xls.write_bytes(doc.read_bytes())
    pdf = tmp / "board.pdf"
    pdf.write_bytes(b"%PDF-1.7\n%%EOF\n")
    stranger = tmp / "stranger.docx"
    d = docx.Document()
    d.add_paragraph("别人的文件")
    d.save(str(stranger))
    text = tmp / "notes.docx"
    text.write_text("not a zip")
    return [
        (doc, "save it as .docx"),
        (disguised, "save it as .docx"),
        (xls, "save it as .xlsx"),
        (pdf, "is a PDF"),
        (stranger, "not sent from this project"),
        (text, "is not a Word"),
        (
            _with_part(board, tmp / "entities.docx", "word/document.xml", lambda fh: fh.write(BOMB)),
            "not read",
        ),
        (
            _with_part(board, tmp / "bomb.docx", "word/document.xml", _huge(b"<a>", b"a", 48 << 20, b"</a>")),
            "zip bomb",
        ),
        (
            _with_part(
                board, tmp / "big_comment.docx", "word/comments.xml", _huge(W_OPEN, b"x", 50 << 20, W_CLOSE)
            ),
            "zip bomb",
        ),
        (
            _with_part(
                board,
                tmp / "long_comment.docx",
                "word/comments.xml",
                lambda fh: fh.write(W_OPEN + "长".encode() * 30_000 + W_CLOSE),
            ),
            "longer than",
        ),
    ]


def test_hostile_files_are_refused_in_one_line_and_change_nothing(
    sent: tuple[Path, Path], tmp_path: Path
) -> None:
    project, board = sent
    before = project.read_bytes()
    for path, words in _cases(board, tmp_path):
        r = run_cli("review", "import", str(project), str(path))
        assert r.returncode == 1, (path.name, r.stdout, r.stderr)
        assert words in r.stderr and r.stderr.count("\n") == 1, (path.name, r.stderr)
        assert "Traceback" not in r.stderr
    zh = run_cli("review", "import", str(project), str(tmp_path / "old.doc"), lang="zh")
    assert "另存为 .docx" in zh.stderr
    with ProjectFile.open(project, readonly=True) as pf:
        assert pf.project.review.comments == [] and pf.project.review.suggestions == []
    assert project.read_bytes() == before


def test_a_review_of_another_project_is_refused(sent: tuple[Path, Path], tmp_path: Path) -> None:
    project, _ = sent
    other = tmp_path / "other.studio"
    write_sample(other, "zh")
    assert run_cli("review", "send", str(other), "-o", str(tmp_path), "--only", "docx").returncode == 0
    (theirs,) = tmp_path.glob("*.docx")
    r = run_cli("review", "import", str(project), str(theirs))
    assert r.returncode == 1 and "another project" in r.stderr


def test_nothing_sent_yet(tmp_path: Path, sent: tuple[Path, Path]) -> None:
    fresh = tmp_path / "fresh.studio"
    write_sample(fresh, "en")
    r = run_cli("review", "import", str(fresh), str(sent[1]))
    assert r.returncode == 1 and "nothing was sent" in r.stderr
