"""The review's verbs for the window: each decision is one undo step through the document."""

from __future__ import annotations

from studio.models import review as rv
from studio.review.decide import FieldEdit, planned_edits
from studio.ui.document_controller import DocumentController


def set_review(doc: DocumentController, new: rv.Review, text: str) -> bool:
    """Replace the project's review (one undo step named ``text``); False when not made."""
    project = doc.project
    if new == project.review:
        return False
    return doc.set_field(project, "review", new, text)


def accept(doc: DocumentController, suggestions: list[rv.Suggestion], text: str) -> list[FieldEdit]:
    """Put the suggestions' text into their shots and mark them accepted, as one undo step.

    Raises :class:`studio.models.review.ReviewError` (stale, gone) before anything changes.
    """
    project = doc.project
    edits = planned_edits(project, suggestions)
    decided = rv.decided(project.review, [s.id for s in suggestions], "accepted")
    doc.set_fields([*((e.shot, e.field, e.new) for e in edits), (project, "review", decided)], text)
    return edits


def decline(doc: DocumentController, suggestions: list[rv.Suggestion], text: str) -> bool:
    """Mark the suggestions declined (one undo step)."""
    return set_review(doc, rv.decided(doc.project.review, [s.id for s in suggestions], "declined"), text)
