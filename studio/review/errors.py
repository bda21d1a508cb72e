"""Why a returned review file is refused: one reason the fronts put in words (studio.cli.cmd_review)."""

from __future__ import annotations


class ReviewFileError(Exception):
    """A returned file that cannot be read as this project's review.

    ``reason``: doc (an old .doc), pdf, not_docx, not_xlsx, unreadable, unsafe (entities, a
    document type, absurd nesting), too_large, too_large_part, comment_too_long, too_many_comments,
    not_ours (no anchors of a sent review), other_project, unknown_round, no_round (nothing sent yet).
    """

    def __init__(self, reason: str, path: str = "", **facts: object) -> None:
        super().__init__(f"{path}: {reason}")
        self.reason, self.path, self.facts = reason, path, facts
