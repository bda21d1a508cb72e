"""The review's items shown on their shots in ``studio dump`` (comments, suggestions, approval)."""

from __future__ import annotations

from typing import Any

from studio.models.records import Record
from studio.models.review import Approval, ReviewComment, Suggestion, by_shot


def annotate(data: dict[str, Any]) -> None:
    """Put each shot's review under its ``review`` key in a dumped project (``project_to_dict``'s
    form); the project's own ``review`` stays whole, so loading the dump loses nothing."""
    from studio.models.review import Review

    stored = data.get("project", {}).get("review")
    if not isinstance(stored, dict):
        return
    review = Record(Review).load(stored, None)
    grouped = by_shot(review)
    for script in data.get("scripts", []):
        for beat in script.get("beats", []):
            for alt in beat.get("alternatives", []):
                for shot in alt.get("shots", []):
                    entry = grouped.get(shot.get("id", ""))
                    if entry is not None:
                        shot["review"] = {
                            "status": entry.status,
                            "comments": [Record(ReviewComment).dump(c) for c in entry.comments],
                            "suggestions": [Record(Suggestion).dump(s) for s in entry.suggestions],
                            "approvals": [Record(Approval).dump(a) for a in entry.history],
                        }
