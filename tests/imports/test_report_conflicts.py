"""A report that disagrees with earlier values it does not carry: shown, then replaced or kept where it agrees."""

from __future__ import annotations

import hashlib
import pkgutil
from pathlib import Path

import pytest

from studio.imports.report_import import ReportError, import_report
from studio.models.entities import VariantResult

#: A 巨量引擎 report as it is exported: impressions, clicks, conversions and cost, but no plays.
OCEAN = (
    "计划名称,展现数据-展示数,展现数据-点击数,转化数据-转化数,展现数据-总花费\n"
    '1130_焕亮精华_基础版,"10,000",300,12,650.00\n'
)
#: What the variant held before: plays far above the report's new impressions.
EARLIER = dict(impressions=50000, plays=41300, views_3s=20000, completions=5000, clicks=900, conversions=40,
               spend=700.0, gmv=3000.0)  # fmt: skip


@pytest.fixture
def run_cli(monkeypatch: pytest.MonkeyPatch):
    """studio.cli.main with only the results command."""
    import studio.cli as cli

    real = pkgutil.iter_modules
    monkeypatch.setattr(
        cli.pkgutil, "iter_modules", lambda path: [m for m in real(path) if m.name == "cmd_results"]
    )
    return cli.main


@pytest.fixture
def project(sample_path: Path) -> Path:
    """The sample with only 基础版 holding results (EARLIER)."""
    from studio.models import ops
    from studio.store.document import ProjectFile

    with ProjectFile.open(sample_path) as pf, pf.batch():
        for variant_id in list(pf.project.results):
            ops.set_result(pf.project, None, variant_id)
        base = pf.project.scripts[0].variant("基础版")
        ops.set_result(pf.project, VariantResult(base.id, **EARLIER), base.id)
    return sample_path


def _stored(path: Path) -> VariantResult:
    from studio.store.document import ProjectFile

    with ProjectFile.open(path, readonly=True) as pf:
        return pf.project.results[pf.project.scripts[0].variant("基础版").id]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _report(tmp_path: Path) -> Path:
    path = tmp_path / "巨量引擎_计划报表.csv"
    path.write_text(OCEAN, "utf-8-sig")
    return path


def test_the_preview_names_the_conflict_and_what_each_choice_drops(project: Path, tmp_path: Path) -> None:
    from studio.imports.report_import import preview, read_report
    from studio.imports.report_profiles import detect, guess
    from studio.store.document import ProjectFile

    table = read_report(_report(tmp_path))
    profile = detect(table.headers)
    assert profile is not None and profile.key == "oceanengine"
    with ProjectFile.open(project, readonly=True) as pf:
        script, earlier = pf.project.scripts[0], pf.project.results
        base = script.variant("基础版").id
        shown = preview(table, guess(table.headers, profile), script, earlier, profile=profile)
        assert shown.unresolved and shown.merged == {}
        [c] = shown.conflicts
        assert (c.small, c.small_value, c.large, c.large_value, c.kept) == (
            "plays",
            41300,
            "impressions",
            10000,
            "plays",
        )
        # Keeping what agrees drops plays, then 3-second views (now above impressions); completions still fit.
        assert shown.dropped["agree"] == {base: {"plays": 41300, "views_3s": 20000}}
        assert shown.dropped["replace"] == {base: {"plays": 41300, "views_3s": 20000, "completions": 5000,
                                                   "gmv": 3000.0}}  # fmt: skip
        agree = preview(
            table, guess(table.headers, profile), script, earlier, profile=profile, choice="agree"
        )
        kept = agree.merged[base]
        assert (kept.impressions, kept.plays, kept.views_3s, kept.completions, kept.clicks, kept.gmv) == (
            10000, 0, 0, 5000, 300, 3000.0)  # fmt: skip
        replaced = preview(
            table, guess(table.headers, profile), script, earlier, profile=profile, choice="replace"
        )
        new = replaced.merged[base]
        assert (new.impressions, new.plays, new.completions, new.clicks, new.conversions, new.spend, new.gmv) == (
            10000, 0, 0, 300, 12, 650.0, 0.0)  # fmt: skip
        assert earlier[base].plays == 41300  # the preview never touches what it was given


def test_import_report_refuses_an_unresolved_conflict_naming_the_choices(
    project: Path, tmp_path: Path
) -> None:
    from studio.store.document import ProjectFile

    with ProjectFile.open(project, readonly=True) as pf:
        script, earlier = pf.project.scripts[0], pf.project.results
        with pytest.raises(ReportError) as info:
            import_report(_report(tmp_path), script, earlier=earlier)
        assert info.value.kind == "exceeds_kept"
        assert ("基础版", "plays", 41300) in info.value.fields["replace_drops"]
        found = import_report(_report(tmp_path), script, earlier=earlier, choice="replace")
        assert found.merged[script.variant("基础版").id].plays == 0


def test_cli_refuses_naming_replace_and_changes_nothing(
    run_cli, project: Path, tmp_path: Path, capsys
) -> None:
    before = _digest(project)
    report = _report(tmp_path)
    assert run_cli(["--ui-lang", "en", "results", str(project), "--import", str(report)]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "--replace" in err and "--keep-agreeing" in err
    assert "Plays 41,300" in err and _digest(project) == before
    assert run_cli(["--ui-lang", "zh", "results", str(project), "--import", str(report)]) == 1
    err = capsys.readouterr().err
    assert "--replace" in err and "舍弃" in err and "41,300" in err


def test_cli_dry_run_shows_the_conflict_and_both_choices(
    run_cli, project: Path, tmp_path: Path, capsys
) -> None:
    before = _digest(project)
    args = ["--ui-lang", "en", "results", str(project), "--import", str(_report(tmp_path)), "--dry-run"]
    assert run_cli(args) == 0
    out = capsys.readouterr().out
    assert "Conflict: 基础版 would have Plays (41,300) above Impressions (10,000)" in out
    replace = next(line for line in out.splitlines() if "--replace:" in line)
    assert "Plays 41,300" in replace and "Completions 5,000" in replace and "GMV 3,000.00" in replace
    agree = next(line for line in out.splitlines() if "--keep-agreeing:" in line)
    assert "Plays 41,300" in agree and "Completions" not in agree
    assert _digest(project) == before
    assert run_cli([*args, "--replace"]) == 0
    out = capsys.readouterr().out
    assert "Earlier values dropped:" in out and "GMV 3,000.00" in out and _digest(project) == before


def test_cli_replace_stores_the_report_and_lists_what_it_dropped(run_cli, project: Path, tmp_path: Path,
                                                                 capsys) -> None:  # fmt: skip
    args = ["--ui-lang", "en", "results", str(project), "--import", str(_report(tmp_path)), "--replace"]
    assert run_cli(args) == 0
    out = capsys.readouterr().out
    assert "Earlier values dropped:" in out and "Plays 41,300" in out
    after = _stored(project)
    assert (after.impressions, after.plays, after.views_3s, after.completions, after.clicks, after.conversions,
            after.spend, after.gmv) == (10000, 0, 0, 0, 300, 12, 650.0, 0.0)  # fmt: skip


def test_cli_keep_agreeing_keeps_what_still_fits(run_cli, project: Path, tmp_path: Path, capsys) -> None:
    args = ["--ui-lang", "zh", "results", str(project), "--import", str(_report(tmp_path)), "--keep-agreeing"]
    assert run_cli(args) == 0
    assert "舍弃的旧数值" in capsys.readouterr().out
    after = _stored(project)
    assert (after.impressions, after.plays, after.views_3s, after.completions, after.clicks, after.gmv) == (
        10000, 0, 0, 5000, 300, 3000.0)  # fmt: skip


def test_replace_needs_an_import(run_cli, project: Path, capsys) -> None:
    assert run_cli(["--ui-lang", "en", "results", str(project), "--replace"]) == 2  # a usage error
    assert "--replace" in capsys.readouterr().err


def test_no_conflict_keeps_every_earlier_value(project: Path, tmp_path: Path) -> None:
    from studio.store.document import ProjectFile

    path = tmp_path / "r.csv"
    path.write_text("计划名称,展现数据-展示数,展现数据-点击数\n1130_焕亮精华_基础版,60000,1000\n", "utf-8")
    with ProjectFile.open(project, readonly=True) as pf:
        found = import_report(path, pf.project.scripts[0], earlier=pf.project.results)
    assert not found.conflicts and not found.unresolved
    [after] = found.merged.values()
    assert (after.impressions, after.plays, after.clicks, after.gmv) == (60000, 41300, 1000, 3000.0)
