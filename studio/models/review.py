"""The client review loop: rounds sent, comments and suggested edits read back, per-shot approval.

A :class:`Review` is one persisted value on the project (a JSON column), changed only by
replacing it whole through ``ops.set_field(project, project, "review", new)``, so every
decision is one undo step. The functions here are pure: they return a new Review and never
touch the shots; accepting a suggestion is a second, ordinary field edit the caller makes
(so the guide checks the client's words like any other edit).

Client approval (待审 / 通过 / 需修改) is the client's verdict on a shot's script and picture and
lives here, per round; the shot's own ``status`` (planned / shot / approved) stays the crew's
production state and is never written by the review.
"""

from __future__ import annotations

import copy
import uuid
from dataclasses import dataclass, field, replace

from studio.models.fields import Count, Flag, OneOf, Tags, declare
from studio.models.fields import text as words
from studio.models.records import Records
from studio.wording import say_in

#: A shot's client approval: pending (待审), approved (通过), changes requested (需修改).
APPROVAL_STATES = ("pending", "approved", "changes")
#: Where a suggested edit came from: a Word tracked change, text changed without tracking, a workbook cell.
SOURCES = ("tracked", "plain", "workbook")
#: A suggestion's fate.
SUGGESTION_STATES = ("pending", "accepted", "declined")
#: The shot fields a client may suggest text for.
REVIEW_FIELDS = ("visual", "voiceover", "onscreen_text", "sound", "notes")


def new_item_id() -> str:
    """A short stable id for a comment or a suggestion (what the user types to accept one)."""
    return uuid.uuid4().hex[:8]


@dataclass
class ReviewRound:
    """One round sent to the client: what was sent, to whom, when, and the version they saw."""

    number: int = declare(Count(), 0)
    client: str = words()
    date: str = words()
    #: Ids of the variants sent.
    variants: list[str] = declare(Tags(), factory=list)
    #: The name of the snapshot taken when it was sent (the text the client saw).
    snapshot: str = words()
    #: SHA-256 of each file sent (storyboard, workbook).
    fingerprints: list[str] = declare(Tags(), factory=list)
    #: SHA-256 of each returned file already imported (importing one twice adds nothing).
    imported: list[str] = declare(Tags(), factory=list)

    def name(self, lang: str) -> str:
        """The round's name, "Round N sent to <client>, <date>", in ``lang``."""
        client = self.client or say_in(lang, "review.round.client")
        return say_in(lang, "review.round.name", number=self.number, client=client, day=self.date[:10])


@dataclass
class Reply:
    """One answer in a comment's thread."""

    author: str = words()
    date: str = words()
    text: str = words()


@dataclass
class ReviewComment:
    """A client's comment (批注), attached to a shot and field when it could be placed."""

    id: str = words()
    round: int = declare(Count(), 0)
    #: The shot's id; '' when the comment could not be placed on a shot (listed, never dropped).
    shot: str = words()
    #: The shot field it was written on ('' for the whole shot; 'frame' for the picture).
    field: str = words()
    author: str = words()
    date: str = words()
    text: str = words()
    #: The words the comment was anchored on.
    quote: str = words()
    replies: list[Reply] = declare(Records(Reply), factory=list)
    resolved: bool = declare(Flag(), False)
    #: Where an unplaced comment was found in the returned file (the cover, a paragraph ...).
    where: str = words()

    def key(self) -> tuple[str, ...]:
        """What makes two imports of one comment the same comment."""
        return (self.shot, self.field, self.author, self.date, self.text, self.quote)


@dataclass
class Suggestion:
    """A suggested edit of one shot field: the text sent and the text the client wants."""

    id: str = words()
    round: int = declare(Count(), 0)
    shot: str = words()
    field: str = words()
    old: str = words()
    new: str = words()
    author: str = words()
    date: str = words()
    source: str = declare(OneOf(*SOURCES), "tracked")
    state: str = declare(OneOf(*SUGGESTION_STATES), "pending")
    where: str = words()

    def key(self) -> tuple[str, ...]:
        """What makes two imports of one suggestion the same suggestion."""
        return (self.shot, self.field, self.old, self.new)


@dataclass
class Approval:
    """A client's verdict on one shot in one round (the latest one counts)."""

    shot: str = words()
    status: str = declare(OneOf(*APPROVAL_STATES), "pending")
    round: int = declare(Count(), 0)
    author: str = words()
    date: str = words()


@dataclass
class Review:
    """Every round of a project's client review, with what came back and what was decided."""

    rounds: list[ReviewRound] = declare(Records(ReviewRound), factory=list)
    comments: list[ReviewComment] = declare(Records(ReviewComment), factory=list)
    suggestions: list[Suggestion] = declare(Records(Suggestion), factory=list)
    approvals: list[Approval] = declare(Records(Approval), factory=list)

    def round(self, key: str | int) -> ReviewRound | None:
        """A round by number ("2", 2, "Round 2", "第 2 轮") or by its snapshot's name."""
        for r in self.rounds:
            if key in (r.number, str(r.number), r.snapshot) or str(key).strip() in (
                f"Round {r.number}",
                f"第 {r.number} 轮",
                f"第{r.number}轮",
            ):
                return r
        return None

    @property
    def latest(self) -> ReviewRound | None:
        """The last round sent, if any."""
        return self.rounds[-1] if self.rounds else None


@dataclass(frozen=True)
class Merged:
    """What an import added (duplicates of items already held are not counted)."""

    comments: int = 0
    replies: int = 0
    suggestions: int = 0
    approvals: int = 0


@dataclass(frozen=True)
class RoundSummary:
    """A round at a glance: "18 of 24 shots approved, 6 comments open"."""

    shots: int
    approved: int
    changes: int
    open_comments: int
    pending_suggestions: int
    unplaced: int

    def line(self, lang: str) -> str:
        """The summary as one sentence in ``lang``."""
        text = say_in(lang, "review.summary", shots=self.shots, approved=self.approved, changes=self.changes,
                      open=self.open_comments, pending=self.pending_suggestions)  # fmt: skip
        return text + (
            say_in(lang, "review.summary.unplaced", unplaced=self.unplaced) if self.unplaced else ""
        )


class ReviewError(Exception):
    """A review decision that cannot be made; ``reason`` names why (no_round, no_item, stale, bad_status)."""

    def __init__(self, reason: str, **facts: object) -> None:
        super().__init__(reason)
        self.reason, self.facts = reason, facts


def _copy(review: Review) -> Review:
    return copy.deepcopy(review)


def add_round(review: Review, sent: ReviewRound) -> Review:
    """The review with one more round sent."""
    out = _copy(review)
    out.rounds.append(copy.deepcopy(sent))
    return out


def next_number(review: Review) -> int:
    """The number the next round sent will have."""
    return max((r.number for r in review.rounds), default=0) + 1


def merge(
    review: Review,
    comments: list[ReviewComment],
    suggestions: list[Suggestion],
    approvals: list[Approval],
    round_number: int,
    fingerprint: str = "",
) -> tuple[Review, Merged]:
    """The review with what came back added; what it already holds is not added twice.

    A comment held already gains only the replies it did not have; a suggestion equal to one
    held (same shot, field, old and new text) is skipped whatever its state.
    """
    out = _copy(review)
    held = {c.key(): c for c in out.comments}
    added_comments = added_replies = added_suggestions = added_approvals = 0
    for incoming in comments:
        same = held.get(incoming.key())
        if same is None:
            fresh = replace(copy.deepcopy(incoming), round=incoming.round or round_number)
            fresh.id = fresh.id or new_item_id()
            out.comments.append(fresh)
            held[fresh.key()] = fresh
            added_comments += 1
            continue
        have = {(r.author, r.date, r.text) for r in same.replies}
        for rep in incoming.replies:
            if (rep.author, rep.date, rep.text) not in have:
                same.replies.append(copy.deepcopy(rep))
                have.add((rep.author, rep.date, rep.text))
                added_replies += 1
        same.resolved = same.resolved or incoming.resolved
    keys = {s.key() for s in out.suggestions}
    for s in suggestions:
        if s.key() in keys:
            continue
        fresh_s = replace(copy.deepcopy(s), round=s.round or round_number)
        fresh_s.id = fresh_s.id or new_item_id()
        out.suggestions.append(fresh_s)
        keys.add(s.key())
        added_suggestions += 1
    for a in approvals:
        current = approval_of(out, a.shot)
        if current is not None and (current.status, current.round) == (a.status, a.round or round_number):
            continue
        out.approvals.append(replace(copy.deepcopy(a), round=a.round or round_number))
        added_approvals += 1
    if fingerprint:
        for r in out.rounds:
            if r.number == round_number and fingerprint not in r.imported:
                r.imported.append(fingerprint)
    return out, Merged(added_comments, added_replies, added_suggestions, added_approvals)


def approval_of(review: Review, shot_id: str) -> Approval | None:
    """The shot's latest client verdict, if any."""
    for a in reversed(review.approvals):
        if a.shot == shot_id:
            return a
    return None


def status_of(review: Review, shot_id: str) -> str:
    """The shot's client approval: pending, approved or changes."""
    latest = approval_of(review, shot_id)
    return latest.status if latest is not None else "pending"


def approve(review: Review, shot_id: str, status: str, author: str = "", date: str = "") -> Review:
    """The review with the shot's verdict set for the latest round."""
    if status not in APPROVAL_STATES:
        raise ReviewError("bad_status", value=status)
    out = _copy(review)
    number = out.latest.number if out.latest is not None else 0
    out.approvals.append(Approval(shot_id, status, number, author, date))
    return out


def find_suggestion(review: Review, item_id: str) -> Suggestion:
    """A suggestion by id (or a unique start of it)."""
    found = [s for s in review.suggestions if s.id == item_id or s.id.startswith(item_id)]
    if len(found) != 1:
        raise ReviewError("no_item", value=item_id)
    return found[0]


def find_comment(review: Review, item_id: str) -> ReviewComment:
    """A comment by id (or a unique start of it)."""
    found = [c for c in review.comments if c.id == item_id or c.id.startswith(item_id)]
    if len(found) != 1:
        raise ReviewError("no_item", value=item_id)
    return found[0]


def applied_text(current: str, suggestion: Suggestion) -> str:
    """The field's text once the suggestion is accepted; ReviewError('stale') when the field has
    changed since the client saw it so that the suggestion no longer fits."""
    if current == suggestion.old:
        return suggestion.new
    if suggestion.old and current.count(suggestion.old) == 1:
        return current.replace(suggestion.old, suggestion.new)
    if current == suggestion.new:
        return current  # already made by hand
    raise ReviewError("stale", value=suggestion.id)


def decided(review: Review, ids: list[str], state: str) -> Review:
    """The review with these suggestions marked accepted or declined."""
    if state not in SUGGESTION_STATES:
        raise ReviewError("bad_status", value=state)
    out = _copy(review)
    wanted = set(ids)
    for s in out.suggestions:
        if s.id in wanted:
            s.state = state
    return out


def with_reply(review: Review, comment_id: str, reply: Reply) -> Review:
    """The review with an answer added to a comment's thread."""
    out = _copy(review)
    find_comment(out, comment_id).replies.append(copy.deepcopy(reply))
    return out


def with_resolved(review: Review, comment_id: str, resolved: bool = True) -> Review:
    """The review with a comment marked resolved (or open again)."""
    out = _copy(review)
    find_comment(out, comment_id).resolved = resolved
    return out


def pending_of(review: Review, author: str | None = None) -> list[Suggestion]:
    """Pending suggestions placed on a shot, of one author when given (matched ignoring case)."""
    key = (author or "").strip().casefold()
    return [
        s
        for s in review.suggestions
        if s.state == "pending" and s.shot and (not key or s.author.strip().casefold() == key)
    ]


def summarize(review: Review, shot_ids: list[str]) -> RoundSummary:
    """The round's state over the shots sent (``shot_ids``)."""
    # each shot's latest verdict in one pass (status_of per shot is quadratic at 5,000 shots)
    latest = {a.shot: a.status for a in review.approvals}
    statuses = [latest.get(s, "pending") for s in shot_ids]
    return RoundSummary(
        shots=len(shot_ids),
        approved=statuses.count("approved"),
        changes=statuses.count("changes"),
        open_comments=sum(1 for c in review.comments if not c.resolved),
        pending_suggestions=sum(1 for s in review.suggestions if s.state == "pending"),
        unplaced=sum(1 for c in review.comments if not c.shot)
        + sum(1 for s in review.suggestions if not s.shot),
    )


@dataclass
class ShotReview:
    """Everything the review holds on one shot, for the dump and the panel."""

    status: str = "pending"
    comments: list[ReviewComment] = field(default_factory=list)
    suggestions: list[Suggestion] = field(default_factory=list)
    history: list[Approval] = field(default_factory=list)


def by_shot(review: Review) -> dict[str, ShotReview]:
    """The review's items grouped by shot id ('' holds those not placed)."""
    out: dict[str, ShotReview] = {}
    for c in review.comments:
        out.setdefault(c.shot, ShotReview()).comments.append(c)
    for s in review.suggestions:
        out.setdefault(s.shot, ShotReview()).suggestions.append(s)
    for a in review.approvals:
        entry = out.setdefault(a.shot, ShotReview())
        entry.history.append(a)
        entry.status = a.status
    return out


def history(review: Review, shot_id: str, lang: str) -> list[str]:
    """One line per round that touched the shot: its verdict, comments and what became of the edits."""
    words = {status: say_in(lang, f"review.st.{status}") for status in ("pending", "approved", "changes")}
    lines: list[str] = []
    for r in review.rounds:
        verdicts = [a.status for a in review.approvals if a.shot == shot_id and a.round == r.number]
        comments = sum(1 for c in review.comments if c.shot == shot_id and c.round == r.number)
        edits = [s.state for s in review.suggestions if s.shot == shot_id and s.round == r.number]
        if not (verdicts or comments or edits):
            continue
        verdict = words[verdicts[-1]] if verdicts else words["pending"]
        lines.append(say_in(lang, "review.history.round", round=r.number, verdict=verdict, comments=comments,
                            edits=len(edits), accepted=edits.count("accepted"), declined=edits.count("declined")))  # fmt: skip
    return lines
