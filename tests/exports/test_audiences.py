"""Each export goes to its receiver: no sales figure leaves in a client's, crew's, editor's or creator's file
unless the user asks for the results (``--include results``); packs never carry them."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from pathlib import Path

import docx
import openpyxl
import pypdfium2 as pdfium
import pytest

from studio.cli import main
from studio.exports.common import word
from studio.samples import sample_project
from studio.store.document import ProjectFile


def _source(tmp_path: Path, lang: str) -> Path:
    project, blobs = sample_project(lang, frame_edge=120)
    path = tmp_path / f"sample-{lang}.studio"
    ProjectFile.create(path, project, blobs).close()
    return path


def _figures(lang: str) -> set[str]:
    """The sample's sales figures as any of our files would print them, and the results pages' titles."""
    project, _ = sample_project(lang, frame_edge=120)
    found: set[str] = {word("results.title", lang), word("cr.title", lang), word("results.p", lang)}
    numbers = [n for r in project.results.values() for n in (r.spend, r.gmv, r.plays, r.impressions)]
    numbers += [n for t in project.creators for n in (t.plays, t.gmv) if n]
    for n in numbers:
        found |= {f"{n:.0f}", f"{n:,.0f}"}
    return {f for f in found if len(f) >= 4}  # short numbers would match a duration or a shot code


def _docx_text(data: bytes) -> str:
    doc = docx.Document(io.BytesIO(data))
    parts = [p.text for p in doc.paragraphs]
    parts += [c.text for t in doc.tables for row in t.rows for c in row.cells]
    for section in doc.sections:
        parts += [p.text for p in section.header.paragraphs + section.footer.paragraphs]
    return "\n".join(parts)


def _xlsx_text(data: bytes) -> str:
    wb = openpyxl.load_workbook(io.BytesIO(data))
    return "\n".join(
        str(v) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for v in row if v is not None
    )


def _pdf_text(data: bytes) -> str:
    pdf = pdfium.PdfDocument(data)
    return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))


def _text(path: Path) -> str:
    """Every word a receiver can read in ``path`` (inside a zip, each file it holds)."""
    suffix = path.suffix.lower()
    if suffix == ".zip":
        with zipfile.ZipFile(path) as z:
            return "\n".join(_text_of(name, z.read(name)) for name in z.namelist())
    return _text_of(path.name, path.read_bytes())


def _text_of(name: str, data: bytes) -> str:
    suffix = Path(name).suffix.lower()
    if suffix == ".docx":
        return _docx_text(data)
    if suffix == ".xlsx":
        return _xlsx_text(data)
    if suffix == ".pdf":
        return _pdf_text(data)
    if suffix == ".csv":
        return "\n".join(",".join(r) for r in csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    if suffix == ".fcpxml":
        # Final Cut's uids are hex in groups of four ("…-8870-…"): digits of an id, not a figure anyone reads.
        return re.sub(r'uid="[^"]*"', "", data.decode("utf-8", "replace"))
    if suffix in (".md", ".txt", ".srt", ".xml", ".edl", ".json", ".html"):
        return data.decode("utf-8", "replace")
    return ""


def _leaks(path: Path, figures: set[str]) -> list[str]:
    text = _text(path)
    # Whole numbers only: a picture's hash in a manifest may hold the digits of a figure.
    return sorted(f for f in figures if re.search(rf"(?<![0-9A-Za-z]){re.escape(f)}(?![0-9A-Za-z])", text))


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_no_sales_figure_reaches_client_crew_editor_or_creator(tmp_path: Path, lang: str) -> None:
    source, figures = _source(tmp_path, lang), _figures(lang)
    out = tmp_path / "out"
    for fmt, suffix in (("docx", ".docx"), ("xlsx", ".xlsx"), ("pdf", ".pdf"), ("script", ".docx"), ("script", ".md"),
                        ("csv", ".csv"), ("creator-brief", ".docx"), ("creator-brief", ".pdf")):  # fmt: skip
        target = out / f"{fmt}{suffix}"
        args = ["export", str(source), "--format", fmt, "-o", str(target), "--lang", lang]
        assert main(args + ([] if fmt == "creator-brief" else ["--all"])) == 0
    assert main(["pack", str(source), "--all", "-o", str(tmp_path / "packs")]) == 0
    files = [p for p in out.rglob("*") if p.is_file()] + [
        p for p in (tmp_path / "packs").rglob("*") if p.is_file()
    ]
    assert len(files) >= 12
    assert any(p.name.endswith(".xlsx") for p in files) and any("shotlist" in _names(p) for p in files)
    leaks = {p.name: _leaks(p, figures) for p in files}
    assert not any(leaks.values()), {k: v for k, v in leaks.items() if v}


def _names(path: Path) -> str:
    if path.suffix == ".zip":
        with zipfile.ZipFile(path) as z:
            return " ".join(z.namelist())
    return str(path)


@pytest.mark.parametrize("fmt", ["pdf", "xlsx"])
def test_the_operator_asks_for_the_results(tmp_path: Path, fmt: str) -> None:
    source, figures = _source(tmp_path, "zh"), _figures("zh")
    plain, report = tmp_path / f"plain.{fmt}", tmp_path / f"report.{fmt}"
    assert main(["export", str(source), "--format", fmt, "--all", "-o", str(plain)]) == 0
    assert (
        main(["export", str(source), "--format", fmt, "--all", "-o", str(report), "--include", "results"])
        == 0
    )
    assert not _leaks(plain, figures)
    shown = _leaks(report, figures)
    assert word("results.title", "zh") in shown and word("cr.title", "zh") in shown, shown
    assert len(shown) >= 6, shown  # the figures themselves, not only the titles
