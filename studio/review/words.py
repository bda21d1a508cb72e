"""Words of the review loop that lower layers and every front share: why a returned file is refused
(with the way forward), in Simplified Chinese and English."""

from __future__ import annotations

from studio.review.errors import ReviewFileError
from studio.wording import has, pair


def refusal(exc: ReviewFileError, lang: str) -> str:
    """One line saying why the file was refused and what to do instead, in ``lang``.

    The lines are review.refused.<reason> in resources/wording/review_words.json, with ``str.format``
    fields from the error (path, limit, part ...).
    """
    key = f"review.refused.{exc.reason}"
    zh, en = pair(key if has(key) else "review.refused.unreadable")
    try:
        return (zh if lang == "zh" else en).format(path=exc.path, **exc.facts)
    except (KeyError, IndexError, ValueError):
        return (zh if lang == "zh" else en).replace("{path}", exc.path)
