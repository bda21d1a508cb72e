"""Reaching a workspace on a PostgreSQL server: the saved URL (never with a password), passwords kept in
the system keyring or libpq's ``.pgpass``, bounded connection options, and driver errors as
:class:`WorkspaceError` codes.

Pure Python; psycopg is imported only when a server is actually reached.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import logging
import os
import socket
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, quote, unquote, urlsplit, urlunsplit

from studio.workspace.backend import Backend
from studio.workspace.errors import WorkspaceError
from studio.workspace.location import settings_file

log = logging.getLogger(__name__)

#: The small settings file beside the embedded database: {"url": "postgresql://user@host/db"}.
#: Seconds to wait for a server to answer before calling it unreachable (libpq's connect_timeout).
CONNECT_TIMEOUT = 5
#: The keyring service passwords are kept under (the user name is the URL without its password).
KEYRING_SERVICE = "studio-workspace"
SCHEMES = ("postgresql", "postgres")


def is_server_url(url: str) -> bool:
    """True for a ``postgresql://`` (or ``postgres://``) URL."""
    return url.split(":", 1)[0].lower() in SCHEMES


@dataclass(frozen=True)
class ServerAddress:
    """Where a server URL points: what .pgpass and the keyring match on, and how it is shown."""

    host: str
    port: str
    dbname: str
    user: str

    def shown(self) -> str:
        """``user@host:port/db`` for messages (never a password)."""
        return f"{self.user}@{self.host}:{self.port}/{self.dbname}"


def split_password(url: str) -> tuple[str, str | None]:
    """The URL without its password, and the password (None when it had none)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url, None
    user = parts.username or ""
    netloc = quote(unquote(user), safe="") if user else ""
    host = parts.netloc.rsplit("@", 1)[1]
    netloc = f"{netloc}@{host}" if netloc else host
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment)), unquote(
        parts.password
    )


def redact(url: str) -> str:
    """The URL as it may be shown or logged: a password replaced by ``***``."""
    bare, password = split_password(url)
    if password is None:
        return url
    parts = urlsplit(bare)
    user, _, host = parts.netloc.rpartition("@")
    return urlunsplit((parts.scheme, f"{user}:***@{host}", parts.path, parts.query, parts.fragment))


def address(url: str) -> ServerAddress:
    """Host, port, database and user a server URL names, with libpq's defaults filled in."""
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query))
    try:
        port_number = parts.port
    except ValueError:
        raise WorkspaceError("bad_url", url=redact(url)) from None
    host = unquote(parts.hostname or "") or query.get("host", "") or os.environ.get("PGHOST", "")
    # libpq matches .pgpass's host field against the host parameter (a socket folder's path too), and
    # against "localhost" when none is given
    host = host or "localhost"
    port = str(port_number or query.get("port") or os.environ.get("PGPORT") or 5432)
    user = unquote(parts.username or "") or query.get("user", "") or os.environ.get("PGUSER", "") or _me()
    dbname = unquote(parts.path.lstrip("/")) or query.get("dbname", "") or user
    return ServerAddress(host, port, dbname, user)


def _me() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def source_name() -> str:
    """Who publishes, as the server's ``heads.source`` shows it: ``user@host``."""
    return f"{_me() or 'someone'}@{socket.gethostname()}"


# --- the saved URL ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Saved:
    """What :func:`save_url` did: the URL kept (no password) and where a password went."""

    url: str
    #: "" (no password given), "keyring" or "pgpass"
    password_in: str = ""
    pgpass: str = ""


def save_url(url: str) -> Saved:
    """Keep ``url`` as the workspace's server (empty: back to the embedded database).

    The settings never hold a password: one given in the URL goes to the system keyring when there is
    one, else to libpq's password file (``~/.pgpass``, readable by the user only).
    """
    bare, password = split_password(url) if url else ("", None)
    if bare and not is_server_url(bare) and not bare.startswith("sqlite:"):
        raise WorkspaceError("bad_url", url=redact(url))
    where, pgpass = "", ""
    if password is not None and is_server_url(bare):
        if store_in_keyring(bare, password):
            where = "keyring"
        else:
            where, pgpass = "pgpass", str(write_pgpass(address(bare), password))
    path = settings_file()
    _write_atomically(path, json.dumps({"url": bare}, ensure_ascii=False, indent=2) + "\n")
    return Saved(bare, where, pgpass)


def _write_atomically(path: Path, text: str, mode: int = 0o644) -> None:
    """Write ``text`` to ``path`` through a temp file in the same folder (never half-written)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


# --- passwords ----------------------------------------------------------------------------------------


def _keyring() -> Any:
    """The keyring module when it is installed and has a usable backend, else None."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    try:
        if isinstance(keyring.get_keyring(), fail.Keyring):
            return None
    except Exception:  # a broken keyring backend must not stop the app
        return None
    return keyring


def store_in_keyring(url: str, password: str) -> bool:
    """Keep the password in the system keyring; False when there is none here."""
    ring = _keyring()
    if ring is None:
        return False
    try:
        ring.set_password(KEYRING_SERVICE, address(url).shown(), password)
    except Exception as exc:  # a locked or refusing keyring: fall back to .pgpass
        log.warning("keyring refused the password: %s", exc)
        return False
    return True


def keyring_password(url: str) -> str | None:
    """The password kept in the keyring for this server, or None."""
    ring = _keyring()
    if ring is None:
        return None
    try:
        value = ring.get_password(KEYRING_SERVICE, address(url).shown())
    except Exception:
        return None
    return value if isinstance(value, str) else None


def pgpass_path() -> Path:
    """libpq's password file: ``PGPASSFILE``, else ~/.pgpass (%APPDATA%/postgresql/pgpass.conf on Windows)."""
    env = os.environ.get("PGPASSFILE")
    if env:
        return Path(env)
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", str(Path.home()))) / "postgresql" / "pgpass.conf"
    return Path.home() / ".pgpass"


def _pgpass_field(text: str) -> str:
    return text.replace("\\", "\\\\").replace(":", "\\:")


def write_pgpass(where: ServerAddress, password: str) -> Path:
    """Add (or replace) this server's line in the password file, kept readable by the user only."""
    path = pgpass_path()
    key = ":".join(_pgpass_field(v) for v in (where.host, where.port, where.dbname, where.user)) + ":"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        lines = []
    kept = [line for line in lines if not line.startswith(key)]
    kept.append(key + _pgpass_field(password))
    _write_atomically(path, "\n".join(kept) + "\n", mode=0o600)
    return path


# --- connecting -------------------------------------------------------------------------------------


def connect_options(url: str) -> dict[str, Any]:
    """Keyword arguments for ``psycopg.connect``: the URL, a bounded wait, keepalives that notice a
    server gone away, and the keyring's password when the URL has none (libpq reads .pgpass itself)."""
    options: dict[str, Any] = {"conninfo": url, "application_name": "studio"}
    query = dict(parse_qsl(urlsplit(url).query))
    if "connect_timeout" not in query:
        options["connect_timeout"] = int(os.environ.get("STUDIO_WORKSPACE_TIMEOUT", CONNECT_TIMEOUT))
    if "keepalives_idle" not in query:
        options.update(keepalives=1, keepalives_idle=10, keepalives_interval=5, keepalives_count=3)
    if split_password(url)[1] is None:
        password = keyring_password(url)
        if password is not None:
            options["password"] = password
    return options


def connect_error(exc: BaseException, url: str) -> WorkspaceError:
    """A failure to connect as a WorkspaceError: auth, no_database or unreachable."""
    text = str(exc)
    where = address(url)
    facts: dict[str, object] = {"url": redact(url), "server": where.shown(), "detail": text.strip()}
    lowered = text.lower()
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        return WorkspaceError("auth", **facts)
    if "does not exist" in lowered and "database" in lowered:
        return WorkspaceError("no_database", **facts)
    if "timeout expired" in lowered or "timed out" in lowered:
        return WorkspaceError("unreachable", seconds=connect_options(url).get("connect_timeout", ""), **facts)
    return WorkspaceError("unreachable", seconds="", **facts)


def lost_error(exc: BaseException, url: str) -> WorkspaceError:
    """The server went away (or refused) in the middle of an operation."""
    return WorkspaceError("lost", url=redact(url), server=address(url).shown(), detail=str(exc).strip())


# --- offline: the laptop's own copy -------------------------------------------------------------------

#: The codes after which this computer's own copy is used instead of the server (the command line).
OFFLINE_CODES = ("unreachable", "lost")
#: The window falls back on any server trouble: it shows the line and keeps working on the copy.
SERVER_CODES = (*OFFLINE_CODES, "auth", "no_database", "newer_schema", "no_driver", "unwritable")


def local_url() -> str:
    """This computer's own copy: STUDIO_WORKSPACE_URL when it names an embedded file, else the default one."""
    from studio.workspace.location import ENV, default_url

    env = os.environ.get(ENV, "").strip()
    return env if env.startswith("sqlite:") else default_url()


def open_or_local(
    url: str | None, codes: tuple[str, ...] = OFFLINE_CODES
) -> tuple[Backend, WorkspaceError | None]:
    """The workspace ``url`` names (resolved as usual); when it is a server that cannot be reached, this
    computer's own copy and the error that says why (the caller shows it in one line and keeps working)."""
    from studio.workspace import open_workspace
    from studio.workspace.location import resolve_url

    chosen = resolve_url(url)
    try:
        return open_workspace(chosen), None
    except WorkspaceError as exc:
        if not is_server_url(chosen) or exc.code not in codes:
            raise
        log.info("server %s unreachable, using the local copy: %s", redact(chosen), exc)
        return open_workspace(local_url()), exc
