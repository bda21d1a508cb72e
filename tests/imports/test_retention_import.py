"""Retention curves from CSV/XLSX exports: three layouts, matched to variants, read against the beats."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from studio.imports.report_import import ReportError
from studio.imports.retention_import import preview_retention, resample
from studio.models.entities import VariantResult
from studio.results.retention import read_curve, sentences, share_at


@pytest.fixture
def project():
    from studio.samples import sample_project

    return sample_project("zh", frame_edge=120)[0]


def _csv(tmp_path: Path, rows: list[list[object]], name: str = "r.csv") -> Path:
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    (tmp_path / name).write_text(out.getvalue(), "utf-8-sig")
    return tmp_path / name


def test_resample_fills_whole_seconds_and_starts_everyone_watching() -> None:
    assert resample([(1.0, 0.8), (3.0, 0.6)]) == [1.0, 0.8, 0.7, 0.6]
    assert resample([(0.0, 1.0), (0.5, 0.9), (2.0, 0.6)]) == [1.0, 0.8, 0.6]


def test_long_layout_per_video_and_second(tmp_path: Path, project) -> None:
    script = project.scripts[0]
    rows = [["视频名称", "时间（秒）", "观众留存率"]]
    rows += [["1130_焕亮精华_价格钩子_v2", s, f"{100 - 9 * s}%"] for s in range(0, 11)]
    rows += [["1130_焕亮精华_基础版", f"0:{s:02d}", f"{100 - 12 * s}%"] for s in range(0, 8)]
    found = preview_retention(_csv(tmp_path, rows), script, project.results)
    assert found.layout == "long" and not found.unmatched
    price, base = script.variants[1], script.variants[0]
    assert found.merged[price.id].retention[3] == 0.73 and len(found.merged[price.id].retention) == 11
    assert found.merged[base.id].retention[:3] == [1.0, 0.88, 0.76]
    # Only the curve changes: the counts imported before stay.
    assert found.merged[price.id].clicks == project.results[price.id].clicks


def test_wide_layout_and_unmatched_curves_first(tmp_path: Path, project) -> None:
    script = project.scripts[0]
    rows = [["Second", "口碑证明-1201", "神秘素材"], [0, "1.0", "1.0"], [1, "0.9", "0.8"], [2, "0.85", "0.7"]]
    found = preview_retention(_csv(tmp_path, rows), script, {})
    assert found.layout == "wide"
    assert [c.name for c in found.curves] == ["神秘素材", "口碑证明-1201"]
    assert [c.name for c in found.unmatched] == ["神秘素材"]
    picked = preview_retention(_csv(tmp_path, rows), script, {}, {"神秘素材": script.variants[3].id})
    assert picked.merged[script.variants[3].id].retention == [1.0, 0.8, 0.7]


def test_single_curve_is_named_by_its_file(tmp_path: Path, project) -> None:
    script = project.scripts[0]
    path = _csv(tmp_path, [["时间", "留存"], ["0s", "100"], ["5s", "50"]], "1130_价格钩子.csv")
    found = preview_retention(path, script, {})
    assert found.layout == "single" and found.curves[0].variant_id == script.variants[1].id
    assert found.curves[0].curve == [1.0, 0.9, 0.8, 0.7, 0.6, 0.5]


@pytest.mark.parametrize(
    ("rows", "kind"),
    [
        ([["视频名称", "留存率"], ["基础版", "50%"]], "no_time_column"),
        ([["视频名称", "时间", "留存率"], ["基础版", "soon", "50%"]], "bad_time"),
        ([["视频名称", "时间", "留存率"], ["基础版", "1", "150%"], ["基础版", "2", "0.5"]], "bad_share"),
        ([["视频名称", "时间", "留存率"], ["基础版", "1", "lots"]], "not_a_number"),
    ],
)
def test_bad_curves_are_refused(tmp_path: Path, project, rows, kind: str) -> None:
    with pytest.raises(ReportError) as info:
        preview_retention(_csv(tmp_path, rows), project.scripts[0], {})
    assert info.value.kind == kind


def test_reading_finds_the_beat_that_loses_most_and_the_hook_difference(project) -> None:
    script = project.scripts[0]
    base = script.variants[0]
    reading = read_curve(script, base, project.results[base.id].retention)
    assert reading.at_3s == pytest.approx(0.618) and reading.completion == pytest.approx(0.15)
    # 38 % gone by 3 s is about the usual scroll-on (35 % on Douyin); the pain beat then loses 3.6 points
    # a second where the curve's usual pace is 2.2: the pain is named, not the hook
    assert reading.worst is not None and reading.worst.span.beat.kind.value == "pain"
    assert share_at([1.0, 0.8], 0.5) == pytest.approx(0.9) and share_at([1.0], 2) is None
    zh = sentences(script, project.results, "zh")
    assert "「价格钩子」的开头钩子 B在 3 秒比对照组的开头钩子 A多留住 12 个百分点的观众。" in zh
    en = sentences(script, project.results, "en")
    assert any("keeps 12 points more viewers at 3 s" in s for s in en)
    # A curve that is flat in the hook and falls in the proof puts the blame on the proof.
    flat = [1.0] * 15 + [0.7, 0.65, 0.6, 0.55, 0.5, 0.45] + [0.45] * 5
    proof_reading = read_curve(script, base, flat)
    assert proof_reading.worst.span.beat.kind.value == "proof"
    # The steepest second names the shot on screen: 14–15 s lies in the proof's first shot (from 14.2 s).
    assert proof_reading.steepest_s == 14 and proof_reading.steepest_shot.shot.code.startswith("P")
    assert not sentences(script, {base.id: VariantResult(base.id)}, "en")


def test_cli_previews_then_stores_curves_and_says_where_viewers_leave(
    sample_path: Path, tmp_path: Path, capsys
) -> None:
    import hashlib

    from studio.cli import main
    from studio.store.document import ProjectFile

    rows = [["视频名称", "时间（秒）", "观众留存率"]]
    rows += [["1130_价格钩子", s, f"{100 - 5 * s}%"] for s in range(0, 21)]
    curves = _csv(tmp_path, rows)
    before = hashlib.sha256(sample_path.read_bytes()).hexdigest()
    args = ["--ui-lang", "en", "results", str(sample_path), "--retention", str(curves)]
    assert main([*args, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "1130_价格钩子 -> 价格钩子 (name found in the ad name), 20 s" in out
    assert "keeps 23 points more viewers at 3 s" in out and "Nothing was changed" in out.replace(
        "nothing", "Nothing"
    )
    assert hashlib.sha256(sample_path.read_bytes()).hexdigest() == before
    assert main(args) == 0
    with ProjectFile.open(sample_path, readonly=True) as pf:
        price = pf.project.results[pf.project.scripts[0].variants[1].id]
        assert price.retention[3] == 0.85 and price.clicks == 1390  # the counts stay
    bad = _csv(tmp_path, [["视频名称", "留存率"], ["基础版", "50%"]], "bad.csv")
    assert main(["--ui-lang", "zh", "results", str(sample_path), "--retention", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "找不到留存曲线的时间列" in err and len(err.strip().splitlines()) == 1


def test_a_replaced_curve_is_listed_before_it_goes(tmp_path: Path, project, capsys) -> None:
    """The earlier curve a new one replaces is in the preview (length and shares), never dropped unseen."""
    script = project.scripts[0]
    price = script.variants[1]
    old = list(project.results[price.id].retention)
    rows = [["视频名称", "时间（秒）", "观众留存率"]] + [
        ["1130_价格钩子", s, f"{100 - 5 * s}%"] for s in range(0, 16)
    ]
    found = preview_retention(_csv(tmp_path, rows), script, project.results)
    assert found.replaced == {price.id: old} and len(old) == 26
    # The same curve again replaces nothing.
    again = preview_retention(_csv(tmp_path, rows), script, {**project.results, **found.merged})
    assert again.replaced == {}


def test_cli_lists_the_curve_it_replaces(sample_path: Path, tmp_path: Path, capsys) -> None:
    from studio.cli import main

    rows = [["视频名称", "时间（秒）", "观众留存率"]] + [
        ["1130_价格钩子", s, f"{100 - 5 * s}%"] for s in range(0, 16)
    ]
    args = [
        "--ui-lang",
        "en",
        "results",
        str(sample_path),
        "--retention",
        str(_csv(tmp_path, rows)),
        "--dry-run",
    ]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert (
        "Earlier curves replaced:" in out and "价格钩子: replaces its earlier curve (25 s: 100% at 0 s" in out
    )
    args[1] = "zh"
    assert main(args) == 0
    assert "替换原有曲线（25 秒" in capsys.readouterr().out


def test_keep_agreeing_keeps_an_earlier_curves_later_seconds(tmp_path: Path, project) -> None:
    script = project.scripts[0]
    price = script.variants[1]
    old = list(project.results[price.id].retention)
    new = [1.0, *(round(s - 0.01, 4) for s in old[1:16])]  # the first 15 s again, a little lower
    rows = [["视频名称", "时间（秒）", "观众留存率"]] + [
        ["1130_价格钩子", t, f"{s:.4f}"] for t, s in enumerate(new)
    ]
    path = _csv(tmp_path, rows)
    plain = preview_retention(path, script, project.results)
    assert plain.merged[price.id].retention == new and plain.replaced == {price.id: old}
    kept = preview_retention(path, script, project.results, choice="agree")
    assert kept.kept_tail == {price.id: old[16:]}
    assert kept.merged[price.id].retention == new + old[16:]
    # A tail that starts above where the new curve ends does not agree: it goes, listed as replaced.
    rising = [["视频名称", "时间（秒）", "观众留存率"]] + [
        ["1130_价格钩子", t, "0.01" if t else "1"] for t in range(16)
    ]
    steep = preview_retention(_csv(tmp_path, rising, "steep.csv"), script, project.results, choice="agree")
    assert steep.kept_tail == {} and len(steep.merged[price.id].retention) == 16


def test_cli_keep_agreeing_with_retention(sample_path: Path, tmp_path: Path, capsys) -> None:
    from studio.cli import main
    from studio.store.document import ProjectFile

    rows = [["视频名称", "时间（秒）", "观众留存率"]] + [
        ["1130_价格钩子", s, f"{100 - 3 * s}%"] for s in range(0, 16)
    ]
    args = [
        "--ui-lang",
        "en",
        "results",
        str(sample_path),
        "--retention",
        str(_csv(tmp_path, rows)),
        "--dry-run",
    ]
    assert main(args) == 0
    assert "--keep-agreeing keeps an earlier curve's later seconds" in capsys.readouterr().out
    assert main([*args[:-1], "--keep-agreeing"]) == 0
    out = capsys.readouterr().out
    assert "价格钩子: keeps its earlier curve's seconds 16-25 s" in out
    with ProjectFile.open(sample_path, readonly=True) as pf:
        assert len(pf.project.results[pf.project.scripts[0].variants[1].id].retention) == 26
