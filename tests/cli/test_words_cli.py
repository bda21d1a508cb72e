"""``studio words`` and ``studio new --category`` as a user types them, with word lists shaped like real ones."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import Workbook

from studio.guide.checker import check_project
from studio.store.document import ProjectFile
from tests.cli_runner import CliResult, run_cli


def run(*args: str, lang: str = "en") -> CliResult:
    return run_cli(*args, lang=lang)


def _adlaw_terms(path: Path) -> set[str]:
    with ProjectFile.open(path, readonly=True) as pf:
        return {f.args["term"] for f in check_project(pf.project) if f.rule.startswith("adlaw")}


def test_new_with_a_category_persists_it(tmp_path: Path) -> None:
    path = tmp_path / "c.studio"
    done = run("new", str(path), "--category", "cosmetics", "--lang", "zh")
    assert done.returncode == 0, done.stderr
    assert json.loads(run("info", str(path), "--json").stdout)["category"] == "cosmetics"
    dumped = json.loads(run("dump", str(path)).stdout)
    assert dumped["project"]["category"] == "cosmetics"
    bad = run("new", str(tmp_path / "d.studio"), "--category", "toys")
    assert bad.returncode == 2 and "toys" in bad.stderr and len(bad.stderr.strip().splitlines()) <= 2


def test_word_lists_from_txt_csv_and_xlsx(tmp_path: Path, sample_path: Path) -> None:
    # A platform's list pasted as one line with 、 (GB18030, as Windows Notepad saves it) ...
    txt = tmp_path / "平台违禁词.txt"
    txt.write_bytes("# 平台补充\n卡粉、熬夜、拼单\n".encode("gb18030"))
    # ... a tab-separated text export with its header row ...
    tsv = tmp_path / "导出.txt"
    tsv.write_text("违禁词\t替换词\n秒到账\t快速到账\n", encoding="utf-8")
    # ... a brand's sheet with a header row and a replacement column ...
    csv_file = tmp_path / "brand.csv"
    csv_file.write_text("违禁词,替换词\n烟酰胺,维生素B3\n", encoding="utf-8-sig")
    # ... and an allow-list kept in Excel.
    xlsx = tmp_path / "allow.xlsx"
    wb = Workbook()
    wb.active.append(["允许词"])
    wb.active.append(["熬夜"])
    wb.save(xlsx)

    done = run(
        "words",
        str(sample_path),
        "--ban",
        str(txt),
        "--ban",
        str(tsv),
        "--ban",
        str(csv_file),
        "--allow",
        str(xlsx),
        lang="zh",
    )
    assert done.returncode == 0, done.stderr
    assert "禁用词 5 个，允许词 1 个" in done.stdout
    data = json.loads(run("words", str(sample_path), "--json").stdout)
    assert data["banned"] == {"卡粉": "", "熬夜": "", "拼单": "", "秒到账": "快速到账", "烟酰胺": "维生素B3"}
    assert data["allowed"] == ["熬夜"]
    assert _adlaw_terms(sample_path) == {"卡粉", "烟酰胺"}  # 熬夜 is banned and allowed: allowed wins
    assert run("check", str(sample_path)).returncode == 1

    run("words", str(sample_path), "--remove", "卡粉", "--remove", "烟酰胺")
    assert _adlaw_terms(sample_path) == set()
    run("words", str(sample_path), "--clear")
    assert _adlaw_terms(sample_path) == set() and run("check", str(sample_path)).returncode == 0


def test_bad_word_lists_say_one_line_and_change_nothing(tmp_path: Path, sample_path: Path) -> None:
    before = sample_path.read_bytes()
    binary = tmp_path / "list.txt"
    binary.write_bytes(b"\x00\x01\x02PNG")
    empty = tmp_path / "empty.csv"
    empty.write_text("违禁词\n\n", encoding="utf-8")
    long = tmp_path / "long.txt"
    long.write_text("字" * 200, encoding="utf-8")
    for bad, words in ((binary, "not a text word list"), (empty, "holds no words"), (long, "longer than 40")):
        done = run("words", str(sample_path), "--ban", str(bad))
        assert done.returncode == 1 and words in done.stderr, done.stderr
        assert len(done.stderr.strip().splitlines()) == 1
    done = run("words", str(sample_path), "--ban", str(tmp_path / "missing.txt"), lang="zh")
    assert done.returncode != 0 and "missing.txt" in done.stderr
    assert sample_path.read_bytes() == before
