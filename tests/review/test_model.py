"""The review model: rounds, comments, suggestions and approvals, kept in the project file."""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.models import ops
from studio.models import review as rv
from studio.samples import write_sample
from studio.store.document import ProjectFile


def _comment(shot: str, text: str, author: str = "王经理") -> rv.ReviewComment:
    return rv.ReviewComment(
        shot=shot, field="voiceover", author=author, date="2026-12-01T10:00:00Z", text=text
    )


def test_merge_adds_once_and_keeps_new_replies() -> None:
    review = rv.add_round(rv.Review(), rv.ReviewRound(number=1, client="晨露"))
    first = _comment("s1", "开头太慢")
    sug = rv.Suggestion(shot="s1", field="voiceover", old="旧", new="新", author="王经理")
    once, counts = rv.merge(review, [first], [sug], [rv.Approval("s1", "changes")], 1, "abc")
    assert counts == rv.Merged(1, 0, 1, 1)
    again = _comment("s1", "开头太慢")
    again.replies.append(rv.Reply("李", "2026-12-02", "已改"))
    twice, counts = rv.merge(once, [again], [sug], [rv.Approval("s1", "changes")], 1, "abc")
    assert counts == rv.Merged(0, 1, 0, 0)
    assert len(twice.comments) == 1 and [r.text for r in twice.comments[0].replies] == ["已改"]
    assert twice.rounds[0].imported == ["abc"] and twice.comments[0].round == 1 and twice.comments[0].id


def test_applied_text_and_stale() -> None:
    s = rv.Suggestion(id="x1", old="今天下单", new="现在下单")
    assert rv.applied_text("今天下单", s) == "现在下单"
    assert rv.applied_text("快！今天下单。", s) == "快！现在下单。"
    with pytest.raises(rv.ReviewError) as err:
        rv.applied_text("完全不同", s)
    assert err.value.reason == "stale"


def test_summary_counts_latest_verdict() -> None:
    review = rv.approve(rv.approve(rv.Review(), "a", "changes"), "a", "approved")
    review = rv.approve(review, "b", "changes")
    review, _ = rv.merge(review, [_comment("a", "x"), _comment("", "封面写错了")], [], [], 1)
    summary = rv.summarize(review, ["a", "b", "c"])
    assert (summary.approved, summary.changes, summary.open_comments, summary.unplaced) == (1, 1, 2, 1)
    assert summary.line("en").startswith("1 of 3 shots approved")
    assert summary.line("zh").startswith("3 个镜头中 1 个已通过")
    with pytest.raises(rv.ReviewError):
        rv.approve(review, "a", "maybe")


def test_review_is_saved_and_undone_as_one_field(tmp_path: Path) -> None:
    path = tmp_path / "p.studio"
    write_sample(path, "zh")
    with ProjectFile.open(path) as pf:
        p = pf.project
        shot = next(s for _, _, s in p.scripts[0].iter_shots())
        new, _ = rv.merge(p.review, [_comment(shot.id, "口播太长")], [], [], 1)
        old = ops.set_field(p, p, "review", rv.with_resolved(new, new.comments[0].id))
        assert old.comments == []
    with ProjectFile.open(path, readonly=True) as pf:
        (c,) = pf.project.review.comments
        assert c.text == "口播太长" and c.resolved and c.shot == shot.id


def test_history_has_a_line_per_round() -> None:
    review = rv.add_round(rv.add_round(rv.Review(), rv.ReviewRound(number=1)), rv.ReviewRound(number=2))
    review, _ = rv.merge(review, [_comment("a", "太慢")], [rv.Suggestion(shot="a", field="voiceover", new="x")],
                         [rv.Approval("a", "changes")], 1)  # fmt: skip
    review = rv.decided(review, [review.suggestions[0].id], "accepted")
    review, _ = rv.merge(review, [], [], [rv.Approval("a", "approved")], 2)
    assert rv.history(review, "a", "en") == [
        "Round 1: changes requested, 1 comment(s), 1 edit(s) (1 accepted, 0 declined)",
        "Round 2: approved, 0 comment(s), 0 edit(s) (0 accepted, 0 declined)",
    ]
    assert rv.history(review, "a", "zh")[1].startswith("第 2 轮：通过")
    assert rv.history(review, "b", "en") == []
