"""Excel import: what the size check before reading costs, against openpyxl's own load as the floor.

Prints medians of 5 measured in this run, for a 2,000-shot 分镜头脚本 of twelve columns: the check
(streams every XML part through expat), openpyxl's load of the same file, and the whole import
(check, load, column guesses, shots). The ratio check/load is what the safety costs.

Usage: python benchmarks/bench_import.py [--shots 2000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from openpyxl import Workbook, load_workbook
from timing import median_ms

from studio.imports.xlsx_import import read_xlsx
from studio.imports.xlsx_limits import check_workbook

HEADER = ["镜号", "景别", "运镜", "画面内容", "台词", "字幕", "时长", "音乐", "道具", "场景", "演员", "备注"]


def make(path: Path, shots: int) -> Path:
    """A plain shot table with ``shots`` rows."""
    wb = Workbook()
    ws = wb.active
    ws.append(HEADER)
    for i in range(1, shots + 1):
        ws.append([i, "特写", "推", f"第{i}个画面：精华滴落", "熬夜脸？一滴救回来", "熬夜脸", "3s", "鼓点", "精华",
                   "卧室", "小雅", ""])  # fmt: skip
    wb.save(path)
    return path


def main() -> None:
    """Build the workbook and print the medians and the ratio."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shots", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        book = make(Path(tmp) / "big.xlsx", args.shots)
        check = median_ms(lambda: check_workbook(book))
        load = median_ms(lambda: load_workbook(book, data_only=True))
        whole = median_ms(lambda: read_xlsx(book), repeat=3)
    print(
        f"{args.shots} shots: check {check:.0f} ms, openpyxl load {load:.0f} ms (floor), import {whole:.0f} ms"
    )
    print(f"check / load = {check / load:.2f}; check / import = {check / whole:.2f}")


if __name__ == "__main__":
    main()
