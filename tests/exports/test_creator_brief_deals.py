"""The creator brief shows a creator their own deliverables, dates and usage rights, and in no format
(Word, PDF, the phone picture) any creator's fee or commission: briefs get forwarded."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import docx
import pypdfium2 as pdfium
import pytest
from PIL import ImageDraw

from studio.exports.creator_brief import export_creator_brief
from studio.models.entities import Project
from studio.samples import write_sample
from studio.store.document import ProjectFile

#: Each creator's fee in fen (¥73,519.00 …) and commission: none may be printed on any brief.
FEES = [7351900, 6428300, 5917700, 4836100, 3795300, 2684900]
RATES = [1750, 1325, 1175, 1925, 1650, 1450]


def _money_texts(fen: int) -> list[str]:
    yuan = fen // 100
    return [str(yuan), f"{yuan:,}", f"{yuan / 10000:g}万", str(fen)]


def _rate_texts(bp: int) -> list[str]:
    return [f"{bp / 100:g}%", f"{bp / 100:g}％", f"{bp / 10000:g}"]


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> tuple[Project, dict[str, bytes]]:
    path = tmp_path_factory.mktemp("tbd") / "zh.studio"
    write_sample(path, "zh")
    with ProjectFile.open(path, readonly=True) as pf:
        p = pf.project
        frames = {key: pf.frame_bytes(key) for key in p.frames}
    p.creators = [
        dataclasses.replace(t, fee=fee, commission=bp, deal="guaranteed", guaranteed_plays=0)
        for t, fee, bp in zip(p.creators, FEES, RATES, strict=True)
    ]
    may = next(i for i, t in enumerate(p.creators) if t.name == "阿May")
    p.creators[may] = dataclasses.replace(
        p.creators[may], deliverables="1 条 60 秒视频 + 3 张图", draft_due="2026-12-10", final_due="2026-12-14",
        post_due="2026-12-18", rights_platforms=["douyin", "xiaohongshu"], paid_ads=True,
        rights_until="2027-06-30", exclusive_days=30,
    )  # fmt: skip
    return p, frames


def _export(
    project: tuple[Project, dict[str, bytes]], path: Path, creator: str = "阿May", lang: str = "zh"
) -> Path:
    p, frames = project
    return export_creator_brief(p, p.scripts[0], [], frames.get, path, lang, creator=creator)


def _docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    header = [p.text for s in document.sections for p in s.header.paragraphs]
    return "\n".join([*(p.text for p in document.paragraphs), *cells, *header])


def _pdf_text(path: Path) -> str:
    pdf = pdfium.PdfDocument(str(path))
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in pdf)
    finally:
        pdf.close()


def _png_text(project: tuple[Project, dict[str, bytes]], path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """Every string drawn on the phone picture (the picture holds no text to read back)."""
    drawn: list[str] = []
    real = ImageDraw.ImageDraw.text

    def record(self: ImageDraw.ImageDraw, xy: object, text: str, *args: object, **kwargs: object) -> None:
        drawn.append(str(text))
        real(self, xy, text, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ImageDraw.ImageDraw, "text", record)
    _export(project, path)
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    return "\n".join(drawn)


@pytest.mark.parametrize("suffix", [".docx", ".pdf", ".png"])
def test_every_format_shows_her_own_dates_and_rights_and_no_fee(
    project, tmp_path: Path, suffix: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / f"brief{suffix}"
    if suffix == ".png":
        text = _png_text(project, path, monkeypatch)
    else:
        _export(project, path)
        text = _docx_text(path) if suffix == ".docx" else _pdf_text(path)
    flat = "".join(text.split())  # PDF and picture lines break anywhere
    for words in ("交付内容：1条60秒视频+3张图", "你的日期：初稿2026-12-10前·终稿2026-12-14前·发布2026-12-18",
                  "授权平台：抖音、小红书·可投流·授权至2027-06-30·独家期：发布后30天（至2027-01-17）"):  # fmt: skip
        assert words in flat, (suffix, words)
    for fee, bp in zip(FEES, RATES, strict=True):  # hers and everyone else's
        for secret in [*_money_texts(fee), *_rate_texts(bp)]:
            assert secret not in text and secret.replace(",", "") not in flat, (suffix, secret)


def test_a_brief_for_every_creator_names_none_of_their_fees(project, tmp_path: Path) -> None:
    path = _export(project, tmp_path / "all.docx", creator="")
    text = _docx_text(path)
    p, _ = project
    assert all(t.name in text for t in p.creators)
    for fee in FEES:
        assert not any(secret in text for secret in _money_texts(fee))


def test_the_english_brief_words_the_deal_too(project, tmp_path: Path) -> None:
    text = _docx_text(_export(project, tmp_path / "en.docx", lang="en"))
    assert "You deliver: 1 条 60 秒视频 + 3 张图" in text
    assert "Your dates: draft by 2026-12-10, final cut by 2026-12-14, post on 2026-12-18" in text
    assert (
        "may run it as a paid ad" in text and "exclusivity: 30 days after posting (until 2027-01-17)" in text
    )
