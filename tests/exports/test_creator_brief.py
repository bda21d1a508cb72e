"""The creator brief read back from Word, PDF and the long picture; a returned script checked against the brief."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from PIL import Image

from studio.exports.creator_brief import export_creator_brief
from studio.exports.formats import find
from studio.guide.rules.returned import check_returned
from studio.imports.returned_docx import ReturnedScriptError, read_returned
from studio.models.errors import NotFoundError
from studio.samples import write_sample
from studio.store.document import ProjectFile
from tests.cli_runner import run_cli


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("tb") / "zh.studio"
    write_sample(path, "zh")
    return path


def _docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]  # key shots sit in a grid
    return "\n".join([*(p.text for p in document.paragraphs), *cells])


def test_word_brief_has_one_page_per_creator_with_what_they_need(sample: Path, tmp_path: Path) -> None:
    with ProjectFile.open(sample, readonly=True) as pf:
        p = pf.project
        out = export_creator_brief(p, p.scripts[0], [], pf.frame_bytes, tmp_path / "tb.docx", "zh")
        document = docx.Document(str(out))
    text = _docx_text(out)
    assert text.count("达人简报：5% 烟酰胺焕亮精华 30ml") == len(p.creators) >= 2
    assert "小鹿 · @xiaolu_skin · 抖音" in text and "阿May · @amay · 抖音" in text
    assert "烟酰胺（要展示的证据：第三方检测：肤色亮度 +23%）" in text
    assert "温和提亮" in text and "美白、根治、第一" in text and "12 月 15 日前" in text
    assert "#熬夜党护肤 #烟酰胺精华" in text and "今天下单立减50" in text
    # 阿May films the price hook: her page names it; key shots come with their frames
    assert "价格钩子" in text and len(document.inline_shapes) > 0
    assert "H-A-01" in text and "S-A-03" in text


def test_one_creator_by_name_and_an_unknown_one_refused(sample: Path, tmp_path: Path) -> None:
    with ProjectFile.open(sample, readonly=True) as pf:
        p = pf.project
        out = export_creator_brief(
            p, p.scripts[0], [], pf.frame_bytes, tmp_path / "one.docx", "en", creator="@amay"
        )
        assert _docx_text(out).count("Creator brief:") == 1 and "Never say" in _docx_text(out)
        with pytest.raises(NotFoundError):
            export_creator_brief(p, p.scripts[0], [], None, tmp_path / "none.docx", "zh", creator="nobody")
    assert not (tmp_path / "none.docx").exists()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_pdf_brief_reads_back_in_chinese(sample: Path, tmp_path: Path) -> None:
    with ProjectFile.open(sample, readonly=True) as pf:
        p = pf.project
        out = export_creator_brief(
            p, p.scripts[0], [], pf.frame_bytes, tmp_path / "tb.pdf", "zh", creator="小鹿"
        )
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    squeezed = text.replace(" ", "").replace("\n", "")
    for needed in ("达人简报", "必须说", "温和提亮", "绝对不能说", "美白、根治、第一", "#熬夜党护肤", "小鹿"):
        assert needed in squeezed, needed
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    # the whole script comes with the brief now: two pages a creator at most
    assert re.search(r"^Pages:\s+[12]$", info, re.M) and "(A4)" in info


def test_long_picture_and_the_registry(sample: Path, tmp_path: Path) -> None:
    fmt = find("creator-brief")
    assert fmt.suffixes == (".docx", ".pdf", ".png") and "creator" in fmt.options
    assert find("talent-brief") is fmt  # its name until creators were called creators everywhere
    with ProjectFile.open(sample, readonly=True) as pf:
        p = pf.project
        (out,) = fmt.write(
            p, p.scripts[0], [], pf.frame_bytes, tmp_path / "tb.png", "zh", None, creator="小鹿"
        )
    with Image.open(out) as image:
        assert image.width == 1080 and image.height > 2 * image.width


@pytest.mark.parametrize(("fmt", "option"), [("creator-brief", "--creator"), ("talent-brief", "--talent")])
def test_cli_exports_a_creator_brief(sample: Path, tmp_path: Path, fmt: str, option: str) -> None:
    """``-f creator-brief --creator NAME``, and the names scripts used before, ``talent-brief --talent``."""
    done = run_cli(
        "export", str(sample), "-f", fmt, option, "小鹿", "-o", str(tmp_path / "x.docx"), lang="en"
    )
    assert done.returncode == 0, done.stderr
    text = _docx_text(tmp_path / "x.docx")
    assert "小鹿" in text and "阿May" not in text
    bad = run_cli(
        "export", str(sample), "-f", fmt, option, "nobody", "-o", str(tmp_path / "y.docx"), lang="en"
    )
    assert bad.returncode == 2 and "no creator named 'nobody'" in bad.stderr
    assert not (tmp_path / "y.docx").exists()


def test_returned_script_checked_from_text_and_docx(sample: Path, tmp_path: Path) -> None:
    returned = tmp_path / "back.docx"
    document = docx.Document()
    document.add_paragraph("熬夜党看过来！这瓶烟酰胺精华")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "镜头2"
    table.rows[0].cells[1].text = "用了一周，美白效果第一"
    document.save(str(returned))
    with ProjectFile.open(sample, readonly=True) as pf:
        p = pf.project
        bad = check_returned(p, read_returned(returned))
        assert bad.missing == ("温和提亮",) and bad.banned == ("美白", "第一") and not bad.ok
        good = check_returned(p, "熬夜党看过来！这瓶烟酰胺精华，温和提亮。\n今天下单立减50。")
        assert good.ok and 0 < good.seconds < 25
        long = check_returned(p, "温和提亮" + "，每天坚持用" * 30)
        assert long.too_long and not long.missing and not long.banned
    (tmp_path / "junk.docx").write_bytes(b"not a zip")
    with pytest.raises(ReturnedScriptError) as caught:
        read_returned(tmp_path / "junk.docx")
    assert caught.value.reason == "not_docx"


@pytest.mark.parametrize("encoding", ["gb18030", "utf-16", "utf-8-sig"])
def test_returned_text_as_creators_save_it_is_read(sample: Path, tmp_path: Path, encoding: str) -> None:
    """Notepad on a Chinese Windows saves GB18030, Word's "Unicode text" UTF-16: both were "unreadable"."""
    back = tmp_path / "back.txt"
    back.write_bytes("熬夜党看过来！这瓶烟酰胺精华，美白第一\n".encode(encoding))
    with ProjectFile.open(sample, readonly=True) as pf:
        result = check_returned(pf.project, read_returned(back))
    assert result.banned == ("美白", "第一") and result.missing == ("温和提亮",)


def test_an_empty_returned_script_is_said_to_be_empty(sample: Path, tmp_path: Path) -> None:
    """An empty file (or a .docx with only blank lines) is refused as empty in one line, not checked as a
    script missing every must-say line."""
    blank = tmp_path / "blank.docx"
    document = docx.Document()
    document.add_paragraph("   ")
    document.save(str(blank))
    (tmp_path / "empty.txt").write_bytes(b"")
    for path in (blank, tmp_path / "empty.txt"):
        with pytest.raises(ReturnedScriptError) as caught:
            read_returned(path)
        assert caught.value.reason == "empty"
    for lang, words in (("zh", "里没有脚本文字"), ("en", "holds no script text")):
        done = run_cli("brief", str(sample), "--check-script", str(tmp_path / "empty.txt"), lang=lang)
        assert done.returncode == 1 and words in done.stderr and done.stdout == ""
        assert len(done.stderr.strip().splitlines()) == 1


def test_cli_checks_a_returned_script(sample: Path, tmp_path: Path) -> None:
    back = tmp_path / "back.txt"
    back.write_text("这瓶烟酰胺精华，美白\n", "utf-8")
    done = run_cli("brief", str(sample), "--check-script", str(back), lang="zh")
    assert done.returncode == 1
    assert "缺少必说话术：温和提亮" in done.stdout and "用了禁用词：美白" in done.stdout
    (tmp_path / "junk.docx").write_bytes(b"x")
    bad = run_cli("brief", str(sample), "--check-script", str(tmp_path / "junk.docx"), lang="zh")
    assert bad.returncode == 1 and "不是 Word 文档" in bad.stderr and "Traceback" not in bad.stderr
