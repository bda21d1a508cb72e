"""A throwaway PostgreSQL server for tests and benchmarks: initdb in a temporary folder, listening only on
a Unix socket in that folder (no TCP), stopped and removed afterwards.

PostgreSQL refuses to run as root, so under root the server runs as the ``postgres`` system user (the
Debian package creates it) in a folder that user owns. A watchdog process stops the server and removes the
folder if the process that started it dies without doing so (a killed pytest leaves nothing running).
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

#: The socket file is named after the port; with no TCP listener any number works.
PORT = 5432
#: A role that logs in with a password (the password tests use it); the superuser logs in by trust.
PASSWORD_ROLE = "writer"
PASSWORD = "s3cret-墨"  # non-ASCII on purpose: the URL must quote it


def find_bindir() -> Path | None:
    """The folder with initdb and pg_ctl: ``STUDIO_PG_BINDIR``, else PATH, else the newest Debian one."""
    env = os.environ.get("STUDIO_PG_BINDIR")
    if env:
        return Path(env) if (Path(env) / "initdb").exists() else None
    on_path = shutil.which("initdb")
    if on_path:
        return Path(on_path).parent
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3].split(".")[0])
    )
    return Path(found[-1]).parent if found else None


def _server_user() -> str | None:
    """The system user to run the server as: None for the current one, 'postgres' under root."""
    if os.geteuid() != 0:
        return None
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        return "nobody"
    return "postgres"


class PgServer:
    """One running server: its folder, its superuser and URLs to reach it."""

    def __init__(self, bindir: Path, root: Path, user: str | None) -> None:
        self.bindir, self.root, self.run_as = bindir, root, user
        self.data = root / "data"
        self.superuser = user or pwd.getpwuid(os.geteuid()).pw_name
        self._watchdog: subprocess.Popen[bytes] | None = None

    # -- addresses ---------------------------------------------------------------------------------
    def url(self, dbname: str = "postgres", user: str | None = None, password: str | None = None) -> str:
        """A ``postgresql://`` URL reaching this server's socket."""
        who = quote(user or self.superuser, safe="")
        if password is not None:
            who += ":" + quote(password, safe="")
        return f"postgresql://{who}@/{dbname}?host={quote(str(self.root), safe='')}&port={PORT}"

    @property
    def socket(self) -> Path:
        """The socket file the server listens on."""
        return self.root / f".s.PGSQL.{PORT}"

    # -- life ---------------------------------------------------------------------------------------
    def _run(self, *args: str, check: bool = True, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        cmd = list(args)
        if self.run_as:
            cmd = ["runuser", "-u", self.run_as, "--", *cmd]
        return subprocess.run(
            cmd, check=check, capture_output=True, text=True, timeout=timeout, cwd=self.root
        )

    def init(self) -> None:
        """initdb with trust for the superuser and passwords for everyone else, on the socket only."""
        self._run(
            str(self.bindir / "initdb"), "-D", str(self.data), "-U", self.superuser, "--no-sync",
            "-E", "UTF8", "--locale=C", "--auth-local=trust", "--auth-host=reject",
        )  # fmt: skip
        hba = self.data / "pg_hba.conf"
        hba.write_text(f"local all {self.superuser} trust\nlocal all all scram-sha-256\n", encoding="utf-8")
        conf = self.data / "postgresql.conf"
        with conf.open("a", encoding="utf-8") as f:
            # no TCP at all; the socket in our own folder; no fsync (an OS crash is never simulated), but
            # synchronous commits: a killed server keeps what it said it committed, as a real one does
            f.write(
                f"\nlisten_addresses = ''\nunix_socket_directories = '{self.root}'\nport = {PORT}\n"
                "fsync = off\nfull_page_writes = off\nmax_connections = 60\n"
                "shared_buffers = 32MB\nlogging_collector = off\n"
            )

    def start(self) -> None:
        """Start the server and wait until it takes connections."""
        self._run(
            str(self.bindir / "pg_ctl"), "-D", str(self.data), "-l", str(self.root / "server.log"),
            "-w", "-t", "60", "start",
        )  # fmt: skip

    def stop(self, mode: str = "fast") -> None:
        """Stop the server (mode 'immediate' drops every connection at once, as a crash would)."""
        if (self.data / "postmaster.pid").exists():
            self._run(
                str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "stop", check=False
            )

    def kill(self) -> None:
        """The server goes away as if the machine lost power: SIGKILL to the postmaster."""
        pid_file = self.data / "postmaster.pid"
        with contextlib.suppress(OSError, ValueError, IndexError):
            pid = int(pid_file.read_text().splitlines()[0])
            os.kill(pid, 9)
            for _ in range(200):  # its children leave when they notice the postmaster is gone
                try:
                    os.kill(pid, 0)
                except ProcessLookupError:
                    break
                time.sleep(0.05)
        # the children hold shared memory until they notice; an immediate stop finishes them off
        self.stop("immediate")

    def sql(self, statement: str, dbname: str = "postgres") -> None:
        """Run one statement as the superuser (psycopg, autocommit)."""
        import psycopg

        with psycopg.connect(self.url(dbname), autocommit=True) as conn:
            conn.execute(statement)  # type: ignore[arg-type]

    def create_database(self, name: str) -> str:
        """A fresh, empty database; returns its URL."""
        self.sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self.sql(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def add_password_role(self) -> None:
        """The role that logs in with a password (``PASSWORD_ROLE`` / ``PASSWORD``)."""
        self.sql(
            f"DO $$BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{PASSWORD_ROLE}') THEN "
            f"CREATE ROLE {PASSWORD_ROLE} LOGIN CREATEDB PASSWORD '{PASSWORD}'; END IF; END$$"
        )

    def watch(self, parent: int) -> None:
        """Start the watchdog: when ``parent`` dies, stop this server and remove its folder."""
        code = (
            "import os, shutil, subprocess, sys, time\n"
            "parent, root, pg_ctl, data = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]\n"
            "user = sys.argv[5] if len(sys.argv) > 5 else ''\n"
            "while True:\n"
            "    try:\n"
            "        os.kill(parent, 0)\n"
            "    except ProcessLookupError:\n"
            "        break\n"
            "    if not os.path.isdir(root):\n"
            "        sys.exit(0)\n"
            "    time.sleep(1)\n"
            "cmd = [pg_ctl, '-D', data, '-m', 'immediate', '-w', 'stop']\n"
            "if user:\n"
            "    cmd = ['runuser', '-u', user, '--', *cmd]\n"
            "subprocess.run(cmd, capture_output=True, timeout=60)\n"
            "shutil.rmtree(root, ignore_errors=True)\n"
        )
        args = [
            sys.executable,
            "-c",
            code,
            str(parent),
            str(self.root),
            str(self.bindir / "pg_ctl"),
            str(self.data),
        ]
        if self.run_as:
            args.append(self.run_as)
        self._watchdog = subprocess.Popen(
            args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True,
        )  # fmt: skip

    def remove(self) -> None:
        """Stop the server and delete its folder; the watchdog then leaves by itself."""
        self.stop("immediate")
        shutil.rmtree(self.root, ignore_errors=True)
        if self._watchdog is not None:
            with contextlib.suppress(subprocess.TimeoutExpired):
                self._watchdog.wait(timeout=5)
            if self._watchdog.poll() is None:
                self._watchdog.kill()
                self._watchdog.wait()


def unavailable_reason() -> str | None:
    """Why no server can be started here (None when one can)."""
    if find_bindir() is None:
        return "no PostgreSQL server binaries (initdb); scripts/setup.sh --test installs them"
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg is not installed; scripts/setup.sh --test installs it"
    if os.geteuid() == 0 and shutil.which("runuser") is None:
        return "running as root without runuser: PostgreSQL refuses to run as root"
    return None


@contextlib.contextmanager
def pg_server() -> Iterator[PgServer]:
    """A running throwaway server, stopped and removed on leaving (also when the body fails)."""
    bindir = find_bindir()
    if bindir is None:
        raise RuntimeError(unavailable_reason())
    user = _server_user()
    # Short, world-traversable parent (/tmp): the socket path must stay under ~100 bytes, and under root
    # the postgres user must reach the folder (pytest's own temp folders are private to root).
    root = Path(tempfile.mkdtemp(prefix="studio-pg-", dir="/tmp" if os.path.isdir("/tmp") else None))
    if user:
        entry = pwd.getpwnam(user)
        os.chown(root, entry.pw_uid, entry.pw_gid)
    os.chmod(root, 0o700)
    server = PgServer(bindir, root, user)
    try:
        server.watch(os.getpid())
        server.init()
        server.start()
        yield server
    finally:
        server.remove()
