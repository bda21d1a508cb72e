"""Reports from sources of unknown size, numbers as people write them, and counts no file can hold."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from studio.imports.creator_list_import import CreatorImportError, read_rows
from studio.imports.report_import import MAX_BYTES, ReportError, guess_mapping, preview, read_report
from studio.imports.wordlist_import import WordListError, read_word_list


@pytest.fixture
def script():
    from studio.samples import sample_project

    return sample_project("zh", frame_edge=120)[0].scripts[0]


def _preview(path: Path, script):
    table = read_report(path)
    return preview(table, guess_mapping(table.headers), script, {})


@pytest.mark.parametrize(
    ("reader", "error"),
    [(read_report, ReportError), (read_rows, CreatorImportError), (read_word_list, WordListError)],
)
def test_dev_zero_is_refused_at_the_limit_not_read_for_ever(reader, error) -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero here")
    with pytest.raises(error) as info:
        reader("/dev/zero")
    assert (getattr(info.value, "kind", None) or info.value.reason) == "too_large"


def _writer(fifo: Path, data: bytes, times: int = 1) -> threading.Thread:
    """A writer connected to the pipe before the import opens it (as with `--import <(curl …)`)."""
    fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)  # succeeds: the caller holds a reader end open
    os.set_blocking(fd, True)

    def pour() -> None:
        try:
            for _ in range(times):
                os.write(fd, data)
        except BrokenPipeError:
            pass  # the reader stopped at its limit, as it should
        finally:
            os.close(fd)

    thread = threading.Thread(target=pour, daemon=True)
    thread.start()
    return thread


def test_a_pipe_is_read_with_a_byte_limit(tmp_path: Path, script) -> None:
    fifo = tmp_path / "report.csv"
    os.mkfifo(fifo)
    holder = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    writer = _writer(fifo, "素材名称,展示数,点击数\n基础版,1.2万,300\n".encode())
    found = _preview(fifo, script)
    writer.join(timeout=60)
    assert found.merged[script.variant("基础版").id].impressions == 12000
    # A pipe pouring more than the limit is refused once the limit is passed, not read to the end.
    block = b"x" * (1 << 20)
    endless = _writer(fifo, block, MAX_BYTES // len(block) + 8)
    with pytest.raises(ReportError) as info:
        read_report(fifo)
    os.close(holder)  # the writer's next write now fails: it stops
    endless.join(timeout=60)
    assert info.value.kind == "too_large" and not endless.is_alive()


@pytest.mark.parametrize(
    ("cell", "value"),
    [("1.2万", 12000), ("1.2w", 12000), ('"3,980"', 3980), ("3.5W", 35000), ("1.2E+04", 12000)],
)
def test_counts_are_read_as_rosters_read_them(tmp_path: Path, script, cell: str, value: int) -> None:
    path = tmp_path / "r.csv"
    path.write_text(f"素材名称,展示数,点击数,消耗(元)\n基础版,{cell},30,¥1.2万\n", "utf-8")
    result = _preview(path, script).merged[script.variant("基础版").id]
    assert result.impressions == value and result.spend == 12000.0


def test_a_count_beyond_any_report_is_one_clear_refusal(tmp_path: Path, script) -> None:
    path = tmp_path / "r.csv"
    path.write_text(f"素材名称,展示数,点击数\n基础版,{2**63 + 5},30\n", "utf-8")
    with pytest.raises(ReportError) as info:
        _preview(path, script)
    assert info.value.kind == "too_big" and info.value.fields["row"] == 2


def test_cli_says_one_line_for_a_huge_count(sample_path: Path, tmp_path: Path, capsys) -> None:
    from studio.cli import main

    path = tmp_path / "r.csv"
    path.write_text(f"素材名称,展示数,点击数\n基础版,{2**64},30\n", "utf-8")
    for lang, words in (("en", "larger than any report's number"), ("zh", "超出报表数值的上限")):
        assert main(["--ui-lang", lang, "results", str(sample_path), "--import", str(path)]) == 1
        err = capsys.readouterr().err.strip()
        assert len(err.splitlines()) == 1 and words in err and "OverflowError" not in err, err


def test_a_returned_script_from_dev_zero_is_refused_at_the_limit() -> None:
    from studio.imports.returned_docx import ReturnedScriptError, read_returned

    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero here")
    with pytest.raises(ReturnedScriptError) as info:
        read_returned("/dev/zero")
    assert info.value.reason == "too_large"
