"""Send for Review, Import Review (a preview: nothing is stored until confirmed) and Changes Since Round.

Writing the files and reading a returned one run in the background, from a snapshot of the project taken
when the user pressed OK, while the window stays usable: their line in the status bar moves and cancels
(a storyboard with its pictures takes seconds); what they decide is one undo step, recorded when they are
done. A second round cannot be sent while one is being written (both would have its number).
"""

from __future__ import annotations

import logging
import pickle
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from studio.models import review as rv
from studio.ui import review_edits
from studio.ui.dialogs.buttons import ok_cancel, path_row
from studio.ui.views.view_common import ui_lang
from studio.wording import say

if TYPE_CHECKING:
    from studio.ui.background_jobs import BackgroundJob

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
#: The kind of job writing a review round's files (one at a time).
SENDING = "review-send"


class SendDialog(QDialog):
    """Who the round goes to, which variants, which files, where."""

    def __init__(self, view: Any) -> None:
        super().__init__(view)
        self.setWindowTitle(translate("ReviewDialogs", "Send for Review"))
        doc = view.doc
        latest = doc.project.review.latest
        self.client = QLineEdit(latest.client if latest else "", self)
        self.client.setPlaceholderText(translate("ReviewDialogs", "Brand or agency, e.g. 晨露品牌部"))
        self.variants = QListWidget(self)
        for v in doc.script.variants:
            item = QListWidgetItem(v.name, self.variants)
            item.setData(Qt.ItemDataRole.UserRole, v.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if v is doc.variant or v.is_base else Qt.CheckState.Unchecked
            )
        self.word = QCheckBox(
            translate("ReviewDialogs", "Word storyboard (comments and tracked changes)"), self
        )
        self.word.setChecked(True)
        self.workbook = QCheckBox(translate("ReviewDialogs", "Review workbook (意见 / 通过 columns)"), self)
        self.workbook.setChecked(True)
        self.folder = QLineEdit(str(doc.pf.path.parent), self)
        row = path_row(self, self.folder, translate("ReviewDialogs", "Browse…"), self._browse)
        form = QFormLayout()
        form.addRow(translate("ReviewDialogs", "Client:"), self.client)
        form.addRow(translate("ReviewDialogs", "Variants:"), self.variants)
        form.addRow("", self.word)
        form.addRow("", self.workbook)
        form.addRow(translate("ReviewDialogs", "Folder:"), row)
        self.buttons = ok_cancel(self, translate("ReviewDialogs", "Send"))
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.buttons)

    def _browse(self) -> None:
        name = QFileDialog.getExistingDirectory(
            self, translate("ReviewDialogs", "Send to folder"), self.folder.text()
        )
        if name:
            self.folder.setText(name)

    def chosen_ids(self) -> list[str]:
        """The ids of the variants ticked."""
        items = (self.variants.item(i) for i in range(self.variants.count()))
        return [
            str(i.data(Qt.ItemDataRole.UserRole)) for i in items if i.checkState() == Qt.CheckState.Checked
        ]


def open_send(view: Any) -> SendDialog:
    """Open the Send for Review dialog; on Send, write the files and record the round (one undo step)."""
    dialog = SendDialog(view)
    dialog.accepted.connect(lambda: _send(view, dialog))
    dialog.open()
    return dialog


def _send(view: Any, dialog: SendDialog) -> BackgroundJob | None:
    """Write the round's files in a child process from a snapshot of the project taken now, its line in the
    status bar with Cancel; once written, record the round with that snapshot (one undo step)."""
    from studio.review.background import send_files
    from studio.review.send import record_round
    from studio.ui import background_jobs

    doc = view.doc
    variants = [v for v in doc.script.variants if v.id in dialog.chosen_ids()]
    if not variants or not (dialog.word.isChecked() or dialog.workbook.isChecked()):
        view.tell(translate("ReviewDialogs", "Choose at least one variant and one file to send."))
        return None
    if background_jobs.busy_with(SENDING) is not None:  # both would be numbered as the same round
        view.tell(translate("ReviewDialogs", "A review round is still being written: wait for it, or cancel it "
                                             "in the status bar."))  # fmt: skip
        return None
    folder = Path(dialog.folder.text())
    # What the client gets is the script of this moment: the round's named version is that snapshot too
    # (packed in the child), not the script as edited while the files were written.

    def done(window: Any, result: tuple[Any, list[Path], Any]) -> None:
        sent, files, as_sent = result
        target = _review_view(window, doc)
        if target is None:
            log.info("review round written after its project was closed: %s", files)
            return
        review_edits.set_review(
            doc, record_round(doc.pf, sent, as_sent), translate("ReviewDialogs", "Send for review")
        )
        target.tell("")
        target.sent_files = files

    def failed(window: Any, exc: BaseException) -> None:
        target = _review_view(window, doc)
        text = translate("ReviewDialogs", "Could not write the review files: {error}").format(error=exc)
        if target is not None:
            target.tell(text)
        else:
            log.warning("%s", text)

    view.tell("")
    return background_jobs.start(view, translate("ReviewDialogs", "Writing the review files…"), [folder], done,
                                 failed, send_files, doc.project, doc.pf.path, doc.script.id,
                                 [v.id for v in variants], folder, dialog.client.text(), doc.project.language,
                                 dialog.word.isChecked(), dialog.workbook.isChecked(), kind=SENDING)  # fmt: skip


def _review_view(window: Any, doc: Any) -> Any:
    """The Review tab of ``window`` when it still shows ``doc`` (the project a job was started from), else None."""
    if window is None or getattr(window, "doc", None) is not doc or not hasattr(window, "view"):
        return None
    return window.view("review")


class ImportDialog(QDialog):
    """Every comment, suggestion and approval a returned file holds, with its shot; nothing is stored
    until Import is pressed."""

    def __init__(self, view: Any, plan: Any) -> None:
        super().__init__(view)
        self.plan = plan
        self.setWindowTitle(translate("ReviewDialogs", "Import Review"))
        codes = {s.id: s.code for sc in view.doc.project.scripts for _, _, s in sc.iter_shots()}
        lang = ui_lang()
        head = translate("ReviewDialogs", "{name}: {comments} comment(s), {edits} suggested edit(s), {approvals} approval(s); "
                  "{new} new.").format(name=plan.round.name(lang), comments=len(plan.comments),
                                       edits=len(plan.suggestions), approvals=len(plan.approvals),
                                       new=plan.counts.comments + plan.counts.suggestions + plan.counts.replies
                                       + plan.counts.approvals)  # fmt: skip
        if plan.already:
            head += " " + translate("ReviewDialogs", "This file was imported before.")
        self.heading = QLabel(head, self)
        self.heading.setWordWrap(True)
        self.items = QTreeWidget(self)
        self.items.setHeaderLabels(
            [
                translate("ReviewDialogs", "Shot"),
                say("label.kind"),
                translate("ReviewDialogs", "Who"),
                translate("ReviewDialogs", "What"),
            ]
        )
        self.items.setRootIsDecorated(False)
        for c in plan.comments:
            where = codes.get(c.shot, "") or translate("ReviewDialogs", "not placed: {where}").format(
                where=c.where
            )
            self.items.addTopLevelItem(
                QTreeWidgetItem([where, translate("ReviewDialogs", "Comment"), c.author, c.text])
            )
            for r in c.replies:
                self.items.addTopLevelItem(
                    QTreeWidgetItem([where, translate("ReviewDialogs", "Reply"), r.author, r.text])
                )
        for s in plan.suggestions:
            where = codes.get(s.shot, "") or translate("ReviewDialogs", "not placed")
            self.items.addTopLevelItem(
                QTreeWidgetItem([where, translate("ReviewDialogs", "Edit"), s.author, f"{s.old} → {s.new}"])
            )
        for a in plan.approvals:
            self.items.addTopLevelItem(
                QTreeWidgetItem(
                    [codes.get(a.shot, ""), translate("ReviewDialogs", "Approval"), a.author, a.status]
                )
            )
        for note in plan.notes:
            self.items.addTopLevelItem(QTreeWidgetItem(["", translate("ReviewDialogs", "Note"), "", note]))
        note = QLabel(
            translate(
                "ReviewDialogs",
                "Nothing in the script changes until you accept a suggestion in the Review tab.",
            ),
            self,
        )
        note.setWordWrap(True)
        self.buttons = ok_cancel(self, translate("ReviewDialogs", "Import"))
        box = QVBoxLayout(self)
        box.addWidget(self.heading)
        box.addWidget(self.items, 1)
        box.addWidget(note)
        box.addWidget(self.buttons)
        self.resize(760, 460)


def open_import(view: Any, path: str = "") -> BackgroundJob | None:
    """Choose a returned file and read it in the background (a thread, from a snapshot of the project taken
    now), its line in the status bar; then preview it (``view.import_dialog``). None when no file was chosen."""
    from studio.exports import child
    from studio.review.background import read_plan
    from studio.review.errors import ReviewFileError
    from studio.review.words import refusal
    from studio.ui import background_jobs

    doc = view.doc
    if not path:
        path, _ = QFileDialog.getOpenFileName(view, translate("ReviewDialogs", "Import a returned review"), str(doc.pf.path.parent),
                                              translate("ReviewDialogs", "Returned review (*.docx *.xlsx *.doc *.pdf)"))  # fmt: skip
        if not path:
            return None
    state, project_path = child.snapshot(doc.project), doc.pf.path

    def work(progress: Any) -> Any:
        progress(0, 1)
        plan = read_plan(pickle.loads(state), project_path, path)
        progress(0, 1)  # a Cancel pressed while it was read drops it (nothing was written)
        return plan

    def done(window: Any, plan: Any) -> None:
        target = _review_view(window, doc)
        if target is None:
            return
        target.tell("")
        dialog = ImportDialog(target, plan)
        dialog.accepted.connect(lambda: _store(target, plan))
        dialog.open()
        target.import_dialog = dialog

    def failed(window: Any, exc: BaseException) -> None:
        target = _review_view(window, doc)
        if target is None:
            return
        if isinstance(exc, ReviewFileError):
            target.tell(refusal(exc, ui_lang()))
        else:
            log.warning("reading %s failed: %r", path, exc)
            target.tell(translate("ReviewDialogs", "Could not read {name}: {error}").format(name=Path(path).name,
                                                                                          error=exc))  # fmt: skip

    view.tell("")
    return background_jobs.start_thread(view, translate("ReviewDialogs", "Reading the returned file…"), [], done,
                                        failed, work)  # fmt: skip


def _store(view: Any, plan: Any) -> None:
    review = view.doc.project.review
    merged, _ = rv.merge(
        review, plan.comments, plan.suggestions, plan.approvals, plan.round.number, plan.fingerprint
    )
    review_edits.set_review(view.doc, merged, translate("ReviewDialogs", "Import review"))


def write_changes(view: Any, path: str = "") -> BackgroundJob | None:
    """Write "changes since the latest round" to a .docx or .pdf chosen by the user, in the background (a
    child process), its line in the status bar with Cancel; None when nothing was started."""
    from studio.review.background import changes_file
    from studio.ui import background_jobs

    doc = view.doc
    rounds = doc.project.review.rounds
    if not rounds:
        view.tell(translate("ReviewDialogs", "Nothing was sent for review yet: send a round first."))
        return None
    latest = rounds[-1]
    if not path and len(rounds) > 1:
        from PySide6.QtWidgets import QInputDialog

        names = [r.name(ui_lang()) for r in rounds]
        name, ok = QInputDialog.getItem(view, translate("ReviewDialogs", "Changes Since Round"),
                                        translate("ReviewDialogs", "Since the client saw:"), names,
                                        len(names) - 1, False)  # fmt: skip
        if not ok:
            return None
        latest = rounds[names.index(name)]
    if not path:
        path, _ = QFileDialog.getSaveFileName(view, say("review.compare.title").format(name=latest.name(ui_lang())),
                                              str(doc.pf.path.parent), translate("ReviewDialogs", "Word (*.docx);;PDF (*.pdf)"))  # fmt: skip
        if not path:
            return None
    target = Path(path)
    if target.suffix.lower() not in (".docx", ".pdf"):
        target = target.with_suffix(".docx")
    if background_jobs.refuse_busy(view, translate("ReviewDialogs", "Changes Since Round"), [target]):
        return None

    def done(window: Any, written: Path) -> None:
        shown = _review_view(window, doc)
        if shown is not None:
            shown.tell("")
            shown.changes_file = written
        if window is not None:
            from studio.ui.dialogs.export import tell_exported

            tell_exported(window, [written], [])

    def failed(window: Any, exc: BaseException) -> None:
        text = translate("ReviewDialogs", "Could not write the changes: {error}").format(error=exc)
        shown = _review_view(window, doc)
        if shown is not None:
            shown.tell(text)
        else:
            log.warning("%s", text)

    view.tell("")
    # In a child process, from a snapshot of the project taken now (the changes are the script of this moment's).
    return background_jobs.start(view, translate("ReviewDialogs", "Writing the changes…"), [target], done, failed,
                                 changes_file, doc.project, doc.pf.path, doc.pf.path, latest.number, target,
                                 ui_lang())  # fmt: skip
