"""The Workspace window's server strip: which team server is used, what it holds, what waits to be published,
a Publish button that works in the background, and the Server dialog that connects to one (the password kept
in the system keyring or ~/.pgpass, never in the settings).

Everything that reaches the server runs in a :class:`studio.ui.jobs.Job`: a server that does not answer
costs the window nothing but a line saying so.
"""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import quote, urlsplit, urlunsplit

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio.ui.jobs import Cancelled, Job
from studio.workspace.errors import WorkspaceError

log = logging.getLogger(__name__)


#: error_text's sentences are in one context ("ServerBar") whoever shows them: window, bar or dialog.
translate = QCoreApplication.translate


def error_text(_owner: QWidget, exc: BaseException) -> str:
    """A workspace error as one line in the interface's language, naming the way forward."""
    if not isinstance(exc, WorkspaceError):
        return translate("ServerBar", "The server could not be used: %1").replace(
            "%1", str(exc).splitlines()[0] if str(exc) else ""
        )
    server = str(exc.facts.get("server") or exc.facts.get("url") or "")
    texts = {
        "auth": translate("ServerBar", "%1 refused the user or password. Enter the right one under Server…"),
        "unreachable": translate(
            "ServerBar",
            "%1 does not answer. You keep working on this computer's copy; publish when it is back.",
        ),
        "lost": translate(
            "ServerBar",
            "%1 went away mid-way. What it confirmed is kept and nothing here is lost; publish again when it is back.",
        ),
        "no_database": translate("ServerBar", "%1 has no such database. Ask its administrator to create it."),
        "newer_schema": translate("ServerBar", "%1 was set up by a newer Studio. Update Studio to use it."),
        "no_driver": translate(
            "ServerBar", "This Studio has no PostgreSQL support (psycopg). Install Studio with it."
        ),
        "bad_url": translate(
            "ServerBar", "%1 is not a server address. Write it as postgresql://user@host/database."
        ),
    }
    text = texts.get(exc.code) or translate("ServerBar", "%1 cannot be used (%2).").replace("%2", exc.code)
    return text.replace("%1", server)


class ServerBar(QWidget):
    """Server state and Publish, for the Workspace window's status bar."""

    #: Emitted when a state check or a publish has finished (well or not): tests and the window wait on it.
    settled = Signal()
    #: The Server dialog changed the saved workspace: the window reads everything again.
    server_changed = Signal()

    def __init__(self, url: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.url = url
        self.job: Job | None = None
        #: The state was asked for while other work ran: read it once that is done.
        self._again = False
        self.state = QLabel(self)
        self.state.setObjectName("server_state")
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(140)
        self.progress.hide()
        self.publish_button = QPushButton(self.tr("&Publish"), self)
        self.publish_button.setToolTip(
            self.tr(
                "Send this computer's projects and library to the team's server (never the project files)"
            )
        )
        self.stop_button = QPushButton(self.tr("Stop"), self)
        self.stop_button.hide()
        self.server_button = QPushButton(self.tr("Ser&ver…"), self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for w in (self.state, self.progress, self.publish_button, self.stop_button, self.server_button):
            row.addWidget(w)
        self.publish_button.clicked.connect(self.publish)
        self.stop_button.clicked.connect(self.stop)
        self.server_button.clicked.connect(self.open_dialog)
        self.publish_button.setEnabled(False)
        self.state.setText(self.tr("Server: checking…"))

    # --- state ---------------------------------------------------------------------------------

    def check(self) -> None:
        """Read the server's state in the background (again after the work under way, if any)."""
        if self.job is not None:
            self._again = True
            return
        from studio.workspace.publish import server_state

        url = self.url
        self._start(Job(lambda _p: server_state(url), self), self._show_state)

    def _start(self, job: Job, done: Any) -> None:
        self.job = job
        job.done.connect(done)
        job.failed.connect(self._failed)
        job.progressed.connect(self._progressed)
        job.start()

    def _show_state(self, state: Any) -> None:
        self.job = None
        self._idle()
        if not state.is_server:
            self.state.setText(self.tr("This computer only"))
            self.publish_button.setEnabled(False)
        else:
            text = self.tr("Server %1: %2 projects, %3 library entries").replace("%1", state.shown)
            text = text.replace("%2", str(state.projects)).replace("%3", str(state.library))
            if state.waiting:
                text += " · " + self.tr("%1 waiting to publish").replace("%1", str(state.waiting))
            self.state.setText(text)
            self.publish_button.setEnabled(True)
        self._settle()

    def _failed(self, exc: Any) -> None:
        self.job = None
        self._idle()
        if isinstance(exc, Cancelled):
            self.state.setText(self.tr("Publishing stopped; what was sent is kept."))
        else:
            self.state.setText(error_text(self, exc))
        # the server may be back any moment: Publish stays offered
        self.publish_button.setEnabled(True)
        self._settle()

    # --- publishing ----------------------------------------------------------------------------

    def publish(self) -> None:
        """Publish in the background with progress and Stop; the window stays usable meanwhile."""
        if self.job is not None:
            return
        from studio.workspace.publish import publish_now

        url = self.url
        self.publish_button.setEnabled(False)
        self.stop_button.show()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.state.setText(self.tr("Publishing…"))
        self._start(Job(lambda progress: publish_now(url, progress), self), self._published)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _published(self, done: Any) -> None:
        self.job = None
        self._idle()
        self.publish_button.setEnabled(True)
        text = self.tr("Published %1 projects and %2 library entries; the server holds %3 projects.")
        text = text.replace("%1", str(done.heads)).replace("%2", str(done.library + done.retired))
        self.state.setText(text.replace("%3", str(done.server_projects)))
        self._settle()

    def stop(self) -> None:
        """Stop publishing after the batch under way (what was sent stays)."""
        if self.job is not None:
            self.job.cancel()

    def _idle(self) -> None:
        self.progress.hide()
        self.stop_button.hide()

    def _settle(self) -> None:
        """The work is done: read the state again if that was asked meanwhile, else say so."""
        if self._again:
            self._again = False
            self.check()
            return
        self.settled.emit()

    # --- connecting ----------------------------------------------------------------------------

    def open_dialog(self) -> ServerDialog:
        """Show the Server dialog (not modal: the window works on while it tries a server)."""
        dialog = ServerDialog(self)
        dialog.changed.connect(self._server_changed)
        dialog.show()
        self._dialog = dialog
        return dialog

    def _server_changed(self) -> None:
        self.url = None  # from now on the saved choice
        self.server_changed.emit()
        self.check()


def with_password(url: str, password: str) -> str:
    """``url`` with ``password`` put in (quoted); as it was when the password is empty."""
    if not password:
        return url
    parts = urlsplit(url)
    user, _, host = parts.netloc.rpartition("@")
    user = user.split(":", 1)[0]
    netloc = f"{user}:{quote(password, safe='')}@{host}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


class ServerDialog(QDialog):
    """Connect the workspace to a team server, or go back to this computer only."""

    #: The saved choice changed (connected to a server, or back to this computer).
    changed = Signal()
    #: A try finished (tests wait on it).
    settled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from studio.workspace.location import saved_url

        self.setWindowTitle(self.tr("Team Server"))
        self.job: Job | None = None
        self.address = QLineEdit(saved_url() if saved_url().startswith("postgres") else "", self)
        self.address.setPlaceholderText("postgresql://user@host:5432/team")
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("leave empty to use the saved one"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Server &address:"), self.address)
        form.addRow(self.tr("Pass&word:"), self.password)
        buttons = QDialogButtonBox(self)
        self.connect_button = buttons.addButton(self.tr("&Connect"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.local_button = buttons.addButton(
            self.tr("&This Computer Only"), QDialogButtonBox.ButtonRole.ResetRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.connect_button.clicked.connect(self.try_connect)
        self.local_button.clicked.connect(self.forget)
        note = QLabel(
            self.tr(
                "Laptops publish their projects' summaries, lines, dates, results and library to the server; "
                "project files stay where they are. The password goes to the system keyring or ~/.pgpass."
            ),
            self,
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(560, 240)

    def try_connect(self) -> None:
        """Try the server in the background; save it only once it answered."""
        from studio.workspace.server import is_server_url

        url = self.address.text().strip()
        if not is_server_url(url):
            self.message.setText(
                self.tr("%1 is not a server address. Write it as postgresql://user@host/database.").replace(
                    "%1", url
                )
            )
            self.settled.emit()
            return
        if self.job is not None:
            return
        full = with_password(url, self.password.text())
        self.connect_button.setEnabled(False)
        self.message.setText(self.tr("Trying %1…").replace("%1", url))

        def work(_progress: Any) -> Any:
            from studio.workspace import open_workspace
            from studio.workspace.server import save_url

            open_workspace(full).close()
            return save_url(full)

        job = Job(work, self)
        job.done.connect(self._connected)
        job.failed.connect(self._failed)
        self.job = job
        job.start()

    def _connected(self, saved: Any) -> None:
        self.job = None
        self.connect_button.setEnabled(True)
        self.password.clear()
        text = self.tr("Connected. This workspace now lives on %1.").replace("%1", saved.url)
        if saved.password_in == "keyring":
            text += " " + self.tr("The password is in the system keyring.")
        elif saved.password_in == "pgpass":
            text += " " + self.tr("The password is in %1, readable by you only.").replace("%1", saved.pgpass)
        self.message.setText(text)
        self.changed.emit()
        self.settled.emit()

    def _failed(self, exc: Any) -> None:
        self.job = None
        self.connect_button.setEnabled(True)
        self.message.setText(error_text(self, exc))
        self.settled.emit()

    def forget(self) -> None:
        """Back to the embedded database on this computer."""
        from studio.workspace.server import save_url

        save_url("")
        self.message.setText(self.tr("The workspace is on this computer only again."))
        self.changed.emit()
        self.settled.emit()
