"""The Review tab: per shot the client's comment threads, suggested edits as a diff, the client's
approval; accept or decline one suggestion or all of one person's; the round's summary.

Every decision is one undo step (see :mod:`studio.ui.review_edits`). Sending and importing live in
:mod:`studio.ui.dialogs.review_dialogs`.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studio.models import review as rv
from studio.models.changes import Change, Op
from studio.models.entities import Project, Shot, now_iso
from studio.review.decide import sent_shot_ids
from studio.review.textdiff import diff
from studio.ui import review_edits
from studio.ui.document_controller import DocumentController
from studio.ui.views.view_common import ui_lang
from studio.wording import say

ID_ROLE = Qt.ItemDataRole.UserRole
#: The row of the shot list holding what could not be placed on a shot.
UNPLACED = ""


#: Shots' items the list gets in one turn of the event loop. A 5,000-shot review's list took 64-80 ms of the GUI
#: thread's CPU in one block when the tab was first shown, 168 ms with a full garbage collection falling in it
#: (its 5,000 new items are what set the collection off); the rest follow a slice a turn.
FILL_SLICE = 500


class ReviewView(QWidget):
    """The client review of the open project, shot by shot."""

    def __init__(self, doc: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.setObjectName("ReviewView")
        #: The project's shots by id, taken at each refresh (the document's lookup walks every shot).
        self._shots: dict[str, Shot] = {}
        #: True when a change came while the tab was hidden: the list is rebuilt when it is shown.
        self._stale = False
        self._details_stale = False  # the shown shot's comments and suggestions wait for the tab to show
        self._fill_round = 0  # each refresh's list fill, a slice a turn: a newer one stops an older one
        self.summary = QLabel(self)
        self.summary.setObjectName("reviewSummary")
        self.summary.setWordWrap(True)
        self.send_button = QPushButton(self.tr("Send for Review…"), self)
        self.import_button = QPushButton(self.tr("Import Review…"), self)
        self.changes_button = QPushButton(self.tr("Changes Since Round…"), self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        self.message.hide()
        self.shots = QTreeWidget(self)
        self.shots.setObjectName("reviewShots")
        self.shots.setHeaderLabels(
            [self.tr("Shot"), self.tr("Approval"), self.tr("Comments"), self.tr("Edits")]
        )
        self.shots.setRootIsDecorated(False)
        # one row height for all: the view never asks 5,000 rows for their size to lay itself out
        self.shots.setUniformRowHeights(True)
        self.shots.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.approval = QComboBox(self)
        self.approval.setObjectName("reviewApproval")
        for state, text in self._states().items():
            self.approval.addItem(text, state)
        self.history = QLabel(self)
        self.history.setObjectName("reviewHistory")
        self.history.setWordWrap(True)
        self.comments = QTreeWidget(self)
        self.comments.setObjectName("reviewComments")
        self.comments.setHeaderLabels([self.tr("Who"), self.tr("Comment")])
        self.comments.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.reply_edit = QLineEdit(self)
        self.reply_edit.setPlaceholderText(self.tr("Answer the selected comment"))
        self.reply_button = QPushButton(self.tr("Reply"), self)
        self.resolve_button = QPushButton(self.tr("Resolve"), self)
        self.suggestions = QTreeWidget(self)
        self.suggestions.setObjectName("reviewSuggestions")
        self.suggestions.setHeaderLabels(
            [say("review.compare.field"), self.tr("Who"), self.tr("From"), say("label.state")]
        )
        self.suggestions.setRootIsDecorated(False)
        self.diff = QTextBrowser(self)
        self.diff.setObjectName("reviewDiff")
        self.accept_button = QPushButton(self.tr("Accept"), self)
        self.decline_button = QPushButton(self.tr("Decline"), self)
        self.author = QComboBox(self)
        self.accept_all_button = QPushButton(self.tr("Accept All of"), self)
        self.decline_all_button = QPushButton(self.tr("Decline All of"), self)
        self._layout()
        self._connect()
        self.refresh()

    # --- building ------------------------------------------------------------------

    def _states(self) -> dict[str, str]:
        return {"pending": self.tr("Pending"), "approved": self.tr("Approved"),
                "changes": self.tr("Changes requested")}  # fmt: skip

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        for b in (self.send_button, self.import_button, self.changes_button):
            top.addWidget(b)
        right = QWidget(self)
        box = QVBoxLayout(right)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Client approval:"), right))
        row.addWidget(self.approval, 1)
        box.addLayout(row)
        box.addWidget(self.history)
        box.addWidget(QLabel(self.tr("Comments"), right))
        box.addWidget(self.comments, 2)
        row = QHBoxLayout()
        row.addWidget(self.reply_edit, 1)
        row.addWidget(self.reply_button)
        row.addWidget(self.resolve_button)
        box.addLayout(row)
        box.addWidget(QLabel(self.tr("Suggested edits"), right))
        box.addWidget(self.suggestions, 2)
        box.addWidget(self.diff, 1)
        row = QHBoxLayout()
        row.addWidget(self.accept_button)
        row.addWidget(self.decline_button)
        row.addStretch(1)
        row.addWidget(self.accept_all_button)
        row.addWidget(self.decline_all_button)
        row.addWidget(self.author)
        box.addLayout(row)
        split = QSplitter(self)
        split.addWidget(self.shots)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([440, 660])
        outer = QVBoxLayout(self)
        outer.addLayout(top)
        outer.addWidget(self.message)
        outer.addWidget(split, 1)

    def _connect(self) -> None:
        self.doc.changed.connect(self._on_change)
        self.doc.reset.connect(self.refresh)
        self.shots.currentItemChanged.connect(lambda *_: self._show_shot())
        self.suggestions.currentItemChanged.connect(lambda *_: self._show_diff())
        self.approval.activated.connect(self._approve)
        self.reply_button.clicked.connect(self._reply)
        self.reply_edit.returnPressed.connect(self._reply)
        self.resolve_button.clicked.connect(self._resolve)
        self.accept_button.clicked.connect(lambda: self._decide(True, every=False))
        self.decline_button.clicked.connect(lambda: self._decide(False, every=False))
        self.accept_all_button.clicked.connect(lambda: self._decide(True, every=True))
        self.decline_all_button.clicked.connect(lambda: self._decide(False, every=True))
        self.send_button.clicked.connect(self.send_dialog)
        self.import_button.clicked.connect(self.import_review)
        self.changes_button.clicked.connect(self.export_changes)

    # --- reading the model ------------------------------------------------------------

    @property
    def project(self) -> Project:
        """The open project."""
        return self.doc.project

    @property
    def review(self) -> rv.Review:
        """The project's review."""
        return self.doc.project.review

    def _shot_ids(self) -> list[str]:
        ids = sent_shot_ids(self.project, self.review.latest)
        known = set(ids)
        # shots the review speaks of that the latest round did not send (an earlier round's)
        spoken = [c.shot for c in self.review.comments] + [s.shot for s in self.review.suggestions]
        for sid in spoken:
            if sid and sid not in known and sid in self._shots:
                ids.append(sid)
                known.add(sid)
        return ids

    def _placed(self, shot_id: str) -> bool:
        """True when the item's shot is in the project (a shot removed since is listed as not placed)."""
        return bool(shot_id) and shot_id in self._shots

    def _shown_on(self, item_shot: str, row: str) -> bool:
        return item_shot == row if row != UNPLACED else not self._placed(item_shot)

    def current_shot(self) -> str | None:
        """The id of the shot shown ('' for the items not placed), or None."""
        item = self.shots.currentItem()
        return None if item is None else str(item.data(0, ID_ROLE))

    def current_suggestion(self) -> rv.Suggestion | None:
        """The suggestion selected in the list, if any."""
        item = self.suggestions.currentItem()
        if item is None:
            return None
        found = [s for s in self.review.suggestions if s.id == item.data(0, ID_ROLE)]
        return found[0] if found else None

    def current_comment(self) -> rv.ReviewComment | None:
        """The comment selected (a reply selects its thread)."""
        item = self.comments.currentItem()
        if item is None:
            return None
        top = item.parent()
        while top is not None:
            item, top = top, top.parent()
        found = [c for c in self.review.comments if c.id == item.data(0, ID_ROLE)]
        return found[0] if found else None

    # --- showing ------------------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        # the review itself, a shot added or removed (its items move to "Not placed"), a shot's code
        if change.is_set(Project, "review") or (
            isinstance(change.target, Shot) and (change.op is not Op.SET or change.field == "code")
        ):
            self._refresh_when_seen()
        elif isinstance(change.target, Shot):
            # A shot's text: only the shown shot's comments and suggestions (their diffs) read it. Rebuilding
            # the list's 5,000 items for it blocked the window 70-80 ms of the GUI thread's CPU.
            if self.isVisible():
                self._show_shot()
            else:
                self._details_stale = True

    def _refresh_when_seen(self) -> None:
        # a hidden tab is rebuilt when shown: typing in another tab never waits for this list
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        """Catch up with the changes made while the tab was hidden."""
        if self._stale:
            self.refresh()
        elif self._details_stale:
            self._details_stale = False
            self._show_shot()
        super().showEvent(event)

    def refresh(self) -> None:
        """Show the review as it is now, keeping the shot and suggestion shown."""
        self._stale = self._details_stale = False
        self._shots = {s.id: s for script in self.project.scripts for _, _, s in script.iter_shots()}
        lang = ui_lang()
        review = self.review
        latest = review.latest
        if latest is None:
            self.summary.setText(self.tr("Nothing sent for review yet: Send for Review… writes the Word storyboard "
                                         "and the review workbook for the client."))  # fmt: skip
        else:
            line = rv.summarize(review, sent_shot_ids(self.project, latest)).line(lang)
            self.summary.setText(f"<b>{html.escape(latest.name(lang))}</b>: {html.escape(line)}")
        keep = self.current_shot()
        self._fill_round += 1
        self.shots.blockSignals(True)
        self.shots.clear()
        self.shots.blockSignals(False)
        self._fill(self._fill_round, self._shot_ids(), rv.by_shot(review), self._states(), keep, first=True)
        authors = sorted({s.author for s in review.suggestions if s.state == "pending" and s.author})
        current = self.author.currentText()
        self.author.clear()
        self.author.addItems(authors)
        if current in authors:
            self.author.setCurrentText(current)
        for w in (self.accept_all_button, self.decline_all_button, self.author):
            w.setEnabled(bool(authors) and not self.doc.readonly)

    def _fill(self, round_: int, ids: list[str], grouped: dict[str, rv.ShotReview], states: dict[str, str],
              keep: str | None, first: bool = False) -> None:  # fmt: skip
        """Add the list's items for ``ids``, FILL_SLICE of them now and the rest a slice a turn; then the
        items not placed. The shot shown before stays shown (else the first)."""
        if round_ != self._fill_round:
            return  # a newer refresh started over
        none = rv.ShotReview()
        items = []
        for sid in ids[:FILL_SLICE]:
            shot = self._shots.get(sid)
            entry = grouped.get(sid, none)
            item = QTreeWidgetItem([
                shot.code if shot else sid[:8], states[entry.status],
                str(sum(1 for c in entry.comments if not c.resolved)),
                str(sum(1 for s in entry.suggestions if s.state == "pending")),
            ])  # fmt: skip
            item.setData(0, ID_ROLE, sid)
            items.append(item)
        rest = ids[FILL_SLICE:]
        self.shots.blockSignals(True)
        self.shots.addTopLevelItems(items)  # one insertion, not one per shot
        loose = [] if rest else [entry for sid, entry in grouped.items() if not self._placed(sid)]
        if loose:
            item = QTreeWidgetItem(
                [
                    self.tr("Not placed"),
                    "",
                    str(sum(len(e.comments) for e in loose)),
                    str(sum(len(e.suggestions) for e in loose)),
                ]
            )
            item.setData(0, ID_ROLE, UNPLACED)
            self.shots.addTopLevelItem(item)
            items.append(item)
        self.shots.blockSignals(False)
        found = next((r for r in items if r.data(0, ID_ROLE) == keep), None)
        if found is None and self.shots.currentItem() is None and (keep is None or not rest):
            found = self.shots.topLevelItem(0)  # nothing was shown, or the shot shown is gone: the first
        if found is not None:
            self.shots.setCurrentItem(found)
        if first:
            self._show_shot()
        if rest:
            QTimer.singleShot(0, self, lambda: self._fill(round_, rest, grouped, states, keep))

    def _show_shot(self) -> None:
        sid = self.current_shot()
        review = self.review
        self.approval.setEnabled(bool(sid) and not self.doc.readonly)
        if sid:
            self.approval.setCurrentIndex(self.approval.findData(rv.status_of(review, sid)))
        # every round that touched the shot, oldest first
        self.history.setText("\n".join(rv.history(review, sid, ui_lang())) if sid else "")
        self.history.setVisible(bool(self.history.text()))
        keep = self.current_suggestion()
        from studio.exports.common import word

        self.comments.clear()
        for c in review.comments:
            if sid is None or not self._shown_on(c.shot, sid):
                continue
            where = f" · {word(c.field, ui_lang())}" if c.field else ""
            where += f" · R{c.round}" if len(review.rounds) > 1 else ""
            text = c.text + (f"  ({self.tr('resolved')})" if c.resolved else "")
            if not c.shot:
                text = f"{c.where}: {text}"
            item = QTreeWidgetItem([f"{c.author}{where}", text])
            item.setData(0, ID_ROLE, c.id)
            item.setToolTip(1, c.quote or c.text)
            for r in c.replies:
                item.addChild(QTreeWidgetItem([f"↳ {r.author}", r.text]))
            self.comments.addTopLevelItem(item)
        self.comments.expandAll()
        self.suggestions.blockSignals(True)
        self.suggestions.clear()
        sources = {
            "tracked": self.tr("Tracked change"),
            "plain": self.tr("Edited"),
            "workbook": self.tr("Workbook"),
        }
        decided = {
            "pending": self.tr("Undecided"),
            "accepted": self.tr("Accepted"),
            "declined": self.tr("Declined"),
        }
        from studio.exports.common import word

        chosen = None
        for s in review.suggestions:
            if sid is None or not self._shown_on(s.shot, sid):
                continue
            item = QTreeWidgetItem([word(s.field, ui_lang()) if s.field else "", s.author, sources[s.source],
                                    decided[s.state]])  # fmt: skip
            item.setData(0, ID_ROLE, s.id)
            self.suggestions.addTopLevelItem(item)
            if (keep is not None and s.id == keep.id) or (chosen is None and s.state == "pending"):
                chosen = item
        self.suggestions.blockSignals(False)
        if chosen is None and self.suggestions.topLevelItemCount():
            chosen = self.suggestions.topLevelItem(0)
        if chosen is not None:
            self.suggestions.setCurrentItem(chosen)
        self._show_diff()
        has_comment = self.comments.topLevelItemCount() > 0 and not self.doc.readonly
        self.reply_button.setEnabled(has_comment)
        self.resolve_button.setEnabled(has_comment)

    def _show_diff(self) -> None:
        s = self.current_suggestion()
        pending = s is not None and s.state == "pending" and not self.doc.readonly
        self.accept_button.setEnabled(pending)
        self.decline_button.setEnabled(pending)
        if s is None:
            self.diff.clear()
            return
        parts = []
        for kind, piece in diff(s.old, s.new):
            text = html.escape(piece).replace("\n", "<br>")
            if kind == "-":
                parts.append(f'<span style="color:#c00000;text-decoration:line-through">{text}</span>')
            elif kind == "+":
                parts.append(f'<span style="color:#008000;text-decoration:underline">{text}</span>')
            else:
                parts.append(text)
        self.diff.setHtml("".join(parts))

    def tell(self, text: str) -> None:
        """Show why something was refused; an empty text hides the line."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # --- deciding -------------------------------------------------------------------

    def _approve(self, _index: int = 0) -> None:
        sid = self.current_shot()
        state = self.approval.currentData()
        if not sid or state == rv.status_of(self.review, sid):
            return
        new = rv.approve(self.review, sid, str(state), date=now_iso())
        review_edits.set_review(self.doc, new, self.tr("Set client approval"))

    def _reply(self) -> None:
        comment = self.current_comment()
        text = self.reply_edit.text().strip()
        if comment is None or not text:
            return
        new = rv.with_reply(self.review, comment.id, rv.Reply(self.tr("me"), now_iso(), text))
        if review_edits.set_review(self.doc, new, self.tr("Reply to comment")):
            self.reply_edit.clear()

    def _resolve(self) -> None:
        comment = self.current_comment()
        if comment is not None:
            new = rv.with_resolved(self.review, comment.id, not comment.resolved)
            review_edits.set_review(self.doc, new, self.tr("Resolve comment"))

    def _decide(self, accept: bool, every: bool) -> None:
        if every:
            chosen = rv.pending_of(self.review, self.author.currentText())
        else:
            one = self.current_suggestion()
            chosen = [one] if one is not None and one.state == "pending" else []
        if not chosen:
            return
        self.tell("")
        if not accept:
            review_edits.decline(self.doc, chosen, self.tr("Decline suggested edit(s)"))
            return
        try:
            review_edits.accept(self.doc, chosen, self.tr("Accept suggested edit(s)"))
        except rv.ReviewError as exc:
            if exc.reason == "gone":
                self.tell(self.tr("That suggestion is on a shot since removed: decline it."))
            else:
                self.tell(self.tr("The field changed since the client saw it, so the suggestion no longer fits: "
                                  "decline it or edit the shot by hand. Nothing was changed."))  # fmt: skip

    # --- sending, importing, changes -------------------------------------------------

    def send_dialog(self) -> object:
        """Open the Send for Review dialog (returned for tests)."""
        from studio.ui.dialogs.review_dialogs import open_send

        return open_send(self)

    def import_review(self, path: str = "") -> object:
        """Choose a returned file, read it in the background and then preview it (the job, for tests)."""
        from studio.ui.dialogs.review_dialogs import open_import

        return open_import(self, path)

    def export_changes(self, path: str = "") -> object:
        """Write the changes since the latest round in the background (the job, for tests)."""
        from studio.ui.dialogs.review_dialogs import write_changes

        return write_changes(self, path)
