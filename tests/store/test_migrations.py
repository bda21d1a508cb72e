"""Old files open: each frozen fixture is migrated step by step, and its content survives."""

from __future__ import annotations

import dataclasses
import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from studio.models.brief import unlinked_answers
from studio.models.deals import project_currency
from studio.models.enums import ShotStatus, TestVariable
from studio.models.timeline import cut
from studio.store.document import ProjectFile
from studio.store.schema import MIGRATIONS, SCHEMA_VERSION

DATA = Path(__file__).resolve().parents[1] / "data"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_every_old_version_has_a_frozen_fixture() -> None:
    for version in range(1, SCHEMA_VERSION):
        assert (DATA / f"project_v{version}.studio").is_file(), f"missing fixture for version {version}"
    assert len(MIGRATIONS) <= SCHEMA_VERSION - 1


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION))
def test_old_file_migrates_and_keeps_content(tmp_path: Path, version: int) -> None:
    path = tmp_path / "old.studio"
    shutil.copy2(DATA / f"project_v{version}.studio", path)
    original = path.read_bytes()
    with ProjectFile.open(path) as pf:
        p = pf.project
        assert p.title == "老版本项目"
        script = p.scripts[0]
        assert [b.kind.value for b in script.beats] == ["hook", "cta"]
        assert [a.label for a in script.beats[0].alternatives] == ["A", "B"]
        hook_b = script.variant("价格钩子")
        assert hook_b is not None and hook_b.variable is TestVariable.HOOK
        assert [t.shot.code for t in cut(script, hook_b)] == ["H-B-01", "C-A-01"]
        shot = script.beats[1].alternatives[0].shots[0]
        assert shot.notes == "=SUM(A1)" and shot.status is ShotStatus.APPROVED
        assert len(p.frames) == 1 and pf.frame_bytes(next(iter(p.frames)), "original")
        if version >= 2:
            assert p.settings == {"hook_limit_s": 5.0}
            assert hook_b.notes == "v2 notes"
        else:
            assert p.settings == {} and hook_b.notes == ""
        if version >= 3:
            kept = p.results[hook_b.id]
            assert (kept.impressions, kept.clicks, kept.spend) == (12000, 310, 1520.5)
            if version >= 4:
                assert kept.gmv == 8815.0 and kept.retention == [1.0, 0.62, 0.41]
            else:
                assert kept.gmv == 0.0 and kept.retention == []
        if version >= 5:
            assert p.category.value == "cosmetics" and p.banned_words == {"最": "很"}
            assert p.allowed_words == ["晨露"]
        else:
            # files from before product categories check as general products with no lists of their own
            assert p.category.value == "general" and p.banned_words == {} and p.allowed_words == []
        if version >= 6:
            # creators named their variant; from version 7 they hold its id, so a rename keeps them
            assert [t.variant for t in p.creators] == [hook_b.id, script.base_variant.id, "早没了的版本"]
            assert p.brief.pains == ["熬夜脸暗沉", "上妆卡粉"]
            # selling points linked their pain by text; from version 8 by id, matched once: the exact
            # text, then a paraphrase folded ("卡粉" is not "上妆卡粉": kept as text and listed)
            ids = p.brief.pain_ids
            assert len(ids) == 2 and all(ids) and ids[0] != ids[1]
            assert [sp.answers for sp in p.brief.selling_points] == [ids[0], "卡粉", "太贵"]
            assert unlinked_answers(p.brief) == ["卡粉", "太贵"]
            assert [sp.point for sp in p.brief.answering(0)] == ["烟酰胺"]
            # personas had no id before version 10: each gets one, and no selling point names one yet
            (persona,) = p.brief.personas
            assert persona.name == "熬夜党" and persona.id
            assert [sp.for_persona for sp in p.brief.selling_points] == ["", "", ""]
            # creators had no deal before version 13: no fee, no commission, no dates; the money
            # follows the platform (yuan on Douyin)
            assert [(t.fee, t.commission, t.deal, t.post_due) for t in p.creators] == [(0, 0, "", "")] * 3
            assert p.currency == "" and project_currency(p) == "CNY"
        else:
            # files from before the brief open with an empty one and no creators
            assert p.brief.is_empty() and p.creators == []
        # files from before frame formats are 9:16, every variant in the project's format, every picture fitted
        assert p.frame_format.value == "9:16" and [v.frame_format for v in script.variants] == [None, None]
        assert {s.crop.mode.value for _b, _a, s in script.iter_shots()} == {"fit"}
        # files from before per-variant post dates open with none
        assert [v.post_date for v in script.variants] == ["", ""]
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()
    backup = tmp_path / f"old.studio.v{version}.bak"
    assert backup.read_bytes() == original


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION))
def test_read_only_open_of_old_file_changes_nothing(tmp_path: Path, version: int) -> None:
    path = tmp_path / "old.studio"
    shutil.copy2(DATA / f"project_v{version}.studio", path)
    before = digest(path)
    with ProjectFile.open(path, readonly=True) as pf:
        assert pf.project.title == "老版本项目"
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.studio"]


def test_migrated_file_can_be_edited_and_reopened(tmp_path: Path) -> None:
    from studio.models import ops

    path = tmp_path / "old.studio"
    shutil.copy2(DATA / "project_v1.studio", path)
    with ProjectFile.open(path) as pf:
        ops.set_field(pf.project, pf.project, "settings", {"hook_limit_s": 3.0})
    with ProjectFile.open(path) as pf:
        assert pf.project.settings == {"hook_limit_s": 3.0}


def test_creators_follow_a_renamed_variant_after_migration(tmp_path: Path) -> None:
    from studio.models import ops
    from studio.results.creators import analyse_creators

    path = tmp_path / "old.studio"
    shutil.copy2(DATA / "project_v6.studio", path)
    with ProjectFile.open(path) as pf:
        assert pf.project.brief.pain_ids  # migrated through 7 and 8 in one open
        script = pf.project.scripts[0]
        hook_b = script.variant("价格钩子")
        assert hook_b is not None
        ops.set_field(pf.project, hook_b, "name", "低价钩子")
    with ProjectFile.open(path, readonly=True) as pf:
        groups = analyse_creators(pf.project, pf.project.scripts[0]).groups
        named = {g.name: [r.name for r in (*g.creators, *g.pending)] for g in groups}
        assert named["低价钩子"] == ["小鹿"] and "价格钩子" not in named
        assert named["基础版"] == ["阿May"] and named["早没了的版本"] == ["大白"]


def test_creators_edited_now_are_kept_where_every_version_keeps_them(tmp_path: Path) -> None:
    """Project.creators is stored in the project's "talents" column, as since version 6: a creator added
    today is in that column, so a file written now is still the version older Studios open."""
    from studio.models import ops
    from studio.models.brief import Creator

    path = tmp_path / "old.studio"
    shutil.copy2(DATA / f"project_v{SCHEMA_VERSION - 1}.studio", path)
    with ProjectFile.open(path) as pf:
        ops.set_field(pf.project, pf.project, "creators", [*pf.project.creators, Creator(name="糖糖")])
    conn = sqlite3.connect(path)
    try:
        (stored,) = conn.execute("SELECT talents FROM project").fetchone()
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        conn.close()
    assert '"糖糖"' in stored
    with ProjectFile.open(path, readonly=True) as pf:
        assert [c.name for c in pf.project.creators][-1] == "糖糖"


def test_persona_ids_given_on_migration_hold_across_opens(tmp_path: Path) -> None:
    from studio.models import ops

    path = tmp_path / "old.studio"
    shutil.copy2(DATA / "project_v9.studio", path)
    with ProjectFile.open(path) as pf:
        b = pf.project.brief
        pid = b.personas[0].id
        assert pid and b.pain_ids == ["pain1", "pain2"]
        point = dataclasses.replace(b.selling_points[0], for_persona=pid)
        ops.set_field(pf.project, pf.project, "brief", dataclasses.replace(b, selling_points=[point]))
    with ProjectFile.open(path, readonly=True) as pf:
        b = pf.project.brief
        assert b.personas[0].id == pid and b.persona_for(b.selling_points[0]) == "熬夜党"
