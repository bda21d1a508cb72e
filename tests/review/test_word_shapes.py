"""Word and WPS shapes of a returned storyboard: a re-sorted table, a row that lost its anchors,
a comment with no range; and rounds over time (a later round's file, an earlier round's file)."""

from __future__ import annotations

from pathlib import Path

from studio.samples import write_sample
from studio.store.document import ProjectFile
from tests.cli_runner import run_cli
from tests.review.clientdoc import ClientDoc


def _send(project: Path, out: Path) -> Path:
    out.mkdir(exist_ok=True)
    assert (
        run_cli(
            "review", "send", str(project), "--client", "晨露", "--only", "docx", "-o", str(out)
        ).returncode
        == 0
    )
    (board,) = out.glob("*.docx")
    return board


def _shots(project: Path) -> list:
    """The base variant's shots that have words and a picture (what a default round sends)."""
    from studio.models.timeline import cut

    with ProjectFile.open(project, readonly=True) as pf:
        script = pf.project.scripts[0]
        return [t.shot for t in cut(script, script.base_variant) if t.shot.voiceover and t.shot.visual]


def test_resorted_table_lost_anchors_and_reference_only_comment(tmp_path: Path) -> None:
    project = tmp_path / "p.studio"
    write_sample(project, "zh")
    board = _send(project, tmp_path / "r1")
    in_cut = _shots(project)
    doc = ClientDoc(board)
    doc.plain(in_cut[1].id, "voiceover", "改过的口播")
    doc.track(in_cut[2].id, "visual", "", "", "新的画面")
    doc.reference_only(in_cut[3].id, "onscreen_text", "字幕太长")
    doc.comment(in_cut[1].id, "voiceover", "这句再短点")
    doc.resort()
    doc.drop_anchors(in_cut[1].id)  # found again by its code and its column's heading
    returned = doc.save(tmp_path / "back.docx")
    r = run_cli("review", "import", str(project), str(returned))
    assert r.returncode == 0, r.stderr
    with ProjectFile.open(project, readonly=True) as pf:
        review = pf.project.review
        sugg = {(s.shot, s.field): s.new for s in review.suggestions}
        assert sugg == {(in_cut[1].id, "voiceover"): "改过的口播", (in_cut[2].id, "visual"): "新的画面"}
        placed = {(c.shot, c.field, c.author, c.text) for c in review.comments}
        assert placed == {(in_cut[3].id, "onscreen_text", "WPS用户", "字幕太长"),
                          (in_cut[1].id, "voiceover", "王经理", "这句再短点")}  # fmt: skip


def test_rounds_over_time(tmp_path: Path) -> None:
    project = tmp_path / "p.studio"
    write_sample(project, "zh")
    first = _send(project, tmp_path / "r1")
    shots = _shots(project)
    doc = ClientDoc(first)
    doc.plain(shots[0].id, "voiceover", "第一轮的改法")
    doc.comment(shots[0].id, "voiceover", "第一轮意见")
    back1 = doc.save(tmp_path / "back1.docx")
    assert run_cli("review", "import", str(project), str(back1)).returncode == 0
    assert run_cli("review", "accept", str(project), "--all").returncode == 0
    second = _send(project, tmp_path / "r2")
    doc = ClientDoc(second)
    doc.comment(shots[0].id, "voiceover", "第二轮：好多了")
    back2 = doc.save(tmp_path / "back2.docx")
    assert run_cli("review", "import", str(project), str(back2)).returncode == 0
    # a late reply to round 1 still reads against round 1's snapshot: the accepted text is no new edit
    late = run_cli("review", "import", str(project), str(back1))
    assert late.returncode == 0 and "imported before" in late.stdout
    with ProjectFile.open(project, readonly=True) as pf:
        review = pf.project.review
        assert [r.number for r in review.rounds] == [1, 2]
        assert [(c.round, c.text) for c in review.comments] == [(1, "第一轮意见"), (2, "第二轮：好多了")]
        assert len(review.suggestions) == 1
    out = tmp_path / "since1.docx"
    assert run_cli("review", "changes", str(project), "--since", "Round 1", "-o", str(out)).returncode == 0
    import docx

    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "第一轮的改法" in text and "第一轮意见" in text
    unchanged = run_cli(
        "review", "changes", str(project), "--since", "2", "-o", str(tmp_path / "since2.docx")
    )
    assert unchanged.returncode == 0


def test_a_suggestion_that_no_longer_fits_changes_nothing(tmp_path: Path) -> None:
    project = tmp_path / "p.studio"
    write_sample(project, "en")
    board = _send(project, tmp_path / "r1")
    shots = _shots(project)
    doc = ClientDoc(board)
    doc.plain(shots[0].id, "voiceover", "Client words")
    assert run_cli("review", "import", str(project), str(doc.save(tmp_path / "b.docx"))).returncode == 0
    with ProjectFile.open(project) as pf:
        from studio.models import ops

        shot = next(s for _, _, s in pf.project.scripts[0].iter_shots() if s.id == shots[0].id)
        ops.set_field(pf.project, shot, "voiceover", "Rewritten since")
    r = run_cli("review", "accept", str(project), "--all")
    assert r.returncode == 1 and "no longer fits" in r.stderr
    with ProjectFile.open(project, readonly=True) as pf:
        shot = next(s for _, _, s in pf.project.scripts[0].iter_shots() if s.id == shots[0].id)
        assert shot.voiceover == "Rewritten since"
        assert [s.state for s in pf.project.review.suggestions] == ["pending"]
