"""The storyboard's rows copied from a blank one are the very rows python-docx's add_row makes."""

from __future__ import annotations

import zipfile
from pathlib import Path

from studio.exports import docx_export


def _document_xml(path: Path) -> bytes:
    with zipfile.ZipFile(path) as zf:
        return zf.read("word/document.xml")


def test_copied_rows_match_added_ones(sample_file, tmp_path: Path, monkeypatch) -> None:
    pf = sample_file
    script = pf.project.scripts[0]
    copied = docx_export.export_docx(
        pf.project, script, script.variants, pf.frame_bytes, tmp_path / "a.docx", "zh"
    )
    monkeypatch.setattr(docx_export._BlankRow, "add", lambda self: self.table.add_row())
    added = docx_export.export_docx(
        pf.project, script, script.variants, pf.frame_bytes, tmp_path / "b.docx", "zh"
    )
    first, second = _document_xml(copied), _document_xml(added)
    assert first.count(b"<w:tr") > 3 * len(script.variants)  # a band and rows for every variant
    assert first == second
