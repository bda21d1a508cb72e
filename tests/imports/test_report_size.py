"""A report's row limit counts data rows only: a title and the header never tip a full report over it."""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.imports.report_import import MAX_ROWS, ReportError, read_report


def _report(path: Path, rows: int) -> Path:
    lines = ["巨量千川 素材报表 2025-11-01 ~ 2025-11-30", "素材名称,展示数,点击数,整体消耗"]
    lines += [f"素材{i % 50},{1000 + i % 9},{i % 30},1.5" for i in range(rows)]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def test_a_full_report_with_a_title_and_header_is_read(tmp_path: Path) -> None:
    seen: list[int] = []
    table = read_report(_report(tmp_path / "full.csv", MAX_ROWS), lambda done, total: seen.append(done))
    assert table.headers[0] == "素材名称" and len(table.rows) == MAX_ROWS == 100_000
    assert seen and seen == sorted(seen)  # progress moved forward while reading


def test_one_row_more_is_refused_naming_the_way_forward(tmp_path: Path) -> None:
    with pytest.raises(ReportError) as info:
        read_report(_report(tmp_path / "over.csv", MAX_ROWS + 1))
    assert info.value.kind == "too_large"


def test_a_progress_callback_can_stop_the_reading(tmp_path: Path) -> None:
    class Stop(Exception):
        pass

    def stop(done: int, total: int) -> None:
        raise Stop

    with pytest.raises(Stop):
        read_report(_report(tmp_path / "full.csv", 10_000), stop)
