"""The store's checkpoint: the project file by itself holds every committed edit, and nothing is given up for it."""

from __future__ import annotations

import shutil
from pathlib import Path

from studio.models import ops
from studio.store.document import ProjectFile


def _title_of_copy(source: Path, target: Path) -> str:
    shutil.copyfile(source, target)
    with ProjectFile.open(target, readonly=True) as pf:
        return pf.project.title


def test_checkpoint_brings_the_file_alone_up_to_date(sample_path: Path, tmp_path: Path) -> None:
    with ProjectFile.open(sample_path) as pf:
        ops.set_field(pf.project, pf.project, "title", "新标题")
        assert _title_of_copy(sample_path, tmp_path / "before.studio") != "新标题"
        assert pf.checkpoint() is True
        assert _title_of_copy(sample_path, tmp_path / "after.studio") == "新标题"
        # Still editing in write-ahead mode: the next edit goes to the log again.
        ops.set_field(pf.project, pf.project, "title", "再改一次")
        assert _title_of_copy(sample_path, tmp_path / "again.studio") == "新标题"


def test_checkpoint_waits_for_an_open_transaction(sample_path: Path) -> None:
    with ProjectFile.open(sample_path) as pf, pf.batch():
        ops.set_field(pf.project, pf.project, "title", "批量中")
        assert pf.checkpoint() is False


def test_save_copy_of_an_open_file_holds_the_edits(sample_path: Path, tmp_path: Path) -> None:
    with ProjectFile.open(sample_path) as pf:
        ops.set_field(pf.project, pf.project, "title", "另存副本")
        pf.save_copy(tmp_path / "copy.studio")
        assert _title_of_copy(sample_path, tmp_path / "plain.studio") == "另存副本"
    with ProjectFile.open(tmp_path / "copy.studio", readonly=True) as copy:
        assert copy.project.title == "另存副本"


def test_read_only_file_has_nothing_to_checkpoint(sample_path: Path) -> None:
    with ProjectFile.open(sample_path, readonly=True) as pf:
        assert pf.checkpoint() is False
