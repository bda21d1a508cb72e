"""Properties of the review's pure parts: the diff rebuilds both texts, the review survives its stored
form, and the review package stays free of Qt."""

from __future__ import annotations

import subprocess
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from studio.models import review as rv
from studio.models.records import Record
from studio.review.textdiff import diff

TEXT = st.text(alphabet=st.sampled_from(list("熬夜脸暗沉一瓶救回来？！ abcXYZ'12\n🙂")), max_size=40)


@given(TEXT, TEXT)
@settings(max_examples=300, deadline=None)
def test_diff_rebuilds_old_and_new(old: str, new: str) -> None:
    pieces = diff(old, new)
    assert "".join(t for k, t in pieces if k != "+") == old
    assert "".join(t for k, t in pieces if k != "-") == new


@given(st.lists(st.tuples(TEXT, TEXT, st.sampled_from(rv.SOURCES), st.sampled_from(rv.SUGGESTION_STATES)),
                max_size=5), st.lists(TEXT, max_size=4))  # fmt: skip
@settings(max_examples=100, deadline=None)
def test_a_review_survives_its_stored_form(edits: list, comments: list[str]) -> None:
    review = rv.add_round(rv.Review(), rv.ReviewRound(number=1, client="晨露", variants=["v1"]))
    suggestions = [rv.Suggestion(shot="s", field="voiceover", old=o, new=n, source=src, state=state)
                   for o, n, src, state in edits]  # fmt: skip
    notes = [rv.ReviewComment(shot="s", text=t, replies=[rv.Reply("a", "", t)]) for t in comments]
    review, _ = rv.merge(review, notes, suggestions, [rv.Approval("s", "approved")], 1)
    kind = Record(rv.Review)
    back = kind.from_column(kind.to_column(review))
    assert back == kind.check("review", review)


def test_the_review_package_needs_no_qt() -> None:
    code = (
        "import sys, importlib, pkgutil, studio.review as r\n"
        "[importlib.import_module(i.name) for i in pkgutil.walk_packages(r.__path__, 'studio.review.')]\n"
        "import studio.models.review\n"
        "print('PySide6' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
