"""``studio workspace publish`` and ``studio workspace connect``: the team's workspace on a PostgreSQL server.

Also the zh/en words for what only a server can do wrong (``ws.e.<code>``, worded by cmd_workspace's
describer), and :func:`open_for_cli`: a server that cannot be reached falls back to the laptop's own copy
with a one-line note, so the workspace keeps working offline.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from studio.cli.i18n import CliError, add_messages, register_error, say
from studio.cli.workspace_scan import describe_workspace_error, scan
from studio.workspace.errors import WorkspaceError

add_messages(
    {
        "ws.publish": (
            "publish this computer's projects (summaries, lines, dates, results) and library to the team's "
            "server; never the project files",
            "把本机项目的摘要、台词、日期、投放结果和素材库发布到团队服务器；不上传项目文件",
        ),
        "ws.connect": (
            "use a PostgreSQL server as the team's workspace (saved without its password), or show which "
            "database is used",
            "使用 PostgreSQL 服务器作为团队工作区（保存时不含密码），或查看当前使用的数据库",
        ),
        "ws.connect_url": (
            "postgresql://user[:password]@host[:port]/database; a password goes to the system keyring or "
            "~/.pgpass, never into the settings",
            "postgresql://用户[:密码]@主机[:端口]/数据库；密码存入系统钥匙串或 ~/.pgpass，绝不写进设置",
        ),
        "ws.forget": ("go back to the embedded database on this computer", "改回本机内置数据库"),
        "ws.no_check": ("save without trying the server first", "不先连接服务器，直接保存"),
        "ws.from": (
            "the local copy to publish from (default: the embedded database)",
            "要发布的本地副本（默认：内置数据库）",
        ),
        "ws.needs_server": (
            "{url}: publishing needs a server; give --url postgresql://user@host/db or save one with "
            "'studio workspace connect URL'",
            "{url}：发布需要服务器；请给出 --url postgresql://用户@主机/数据库，或先用 'studio workspace connect 地址' 保存",
        ),
        "ws.published": (
            "published to {server}: {heads} project(s) ({projects} new revision(s)), {library} library "
            "entr(y/ies), {retired} retired; {pulled} library entr(y/ies) came back",
            "已发布到 {server}：{heads} 个项目（{projects} 个新版本），素材库 {library} 条，停用 {retired} 条；"
            "从服务器取回素材库 {pulled} 条",
        ),
        "ws.server_holds": (
            "the server holds {projects} project(s) and {library} library entr(y/ies)",
            "服务器上共有 {projects} 个项目、素材库 {library} 条",
        ),
        "ws.nothing_to_publish": ("{server}: already up to date, nothing to publish", "{server}：已是最新，无需发布"),
        "ws.publish_cancelled": (
            "publishing stopped; what was sent is kept, the rest goes with the next publish",
            "发布已停止；已发送的内容保留，其余的下次发布时发送",
        ),
        "ws.connected": ("{server}: connected; saved as the team's workspace", "{server}：已连接，并保存为团队工作区"),
        "ws.saved_unchecked": ("{server}: saved as the team's workspace (not tried)", "{server}：已保存为团队工作区（未试连）"),
        "ws.password_keyring": ("the password is kept in the system keyring", "密码已存入系统钥匙串"),
        "ws.password_pgpass": (
            "the password is kept in {path} (readable by you only), where PostgreSQL's tools find it too",
            "密码已存入 {path}（仅你本人可读），PostgreSQL 的工具也从这里读取",
        ),
        "ws.forgotten": (
            "the workspace is the embedded database on this computer again: {url}",
            "工作区已改回本机内置数据库：{url}",
        ),
        "ws.using": ("workspace: {url} (from {origin})", "工作区：{url}（来自{origin}）"),
        "ws.origin.flag": ("--url", "--url"),
        "ws.origin.env": ("STUDIO_WORKSPACE_URL", "STUDIO_WORKSPACE_URL"),
        "ws.origin.settings": ("the settings", "设置"),
        "ws.origin.default": ("the default", "默认设置"),
        "ws.to_publish": (
            "{count} project(s) or library entr(y/ies) of this computer not yet on the server",
            "本机还有 {count} 个项目或素材条目未发布到服务器",
        ),
        "ws.offline": (
            "{server} cannot be reached; working from this computer's copy ({why}); run "
            "'studio workspace publish' when back online",
            "无法连接 {server}；改用本机副本继续工作（{why}）；恢复联网后请运行 'studio workspace publish'",
        ),
        # WorkspaceError codes only a server gives (cmd_workspace words the others)
        "ws.e.auth": (
            "{server}: the server refused the user or password; put the right one in ~/.pgpass or run "
            "'studio workspace connect postgresql://user:PASSWORD@host/db'",
            "{server}：服务器拒绝了该用户或密码；请在 ~/.pgpass 中改正，或运行 "
            "'studio workspace connect postgresql://用户:密码@主机/数据库'",
        ),
        "ws.e.unreachable": (
            "{server}: the server does not answer{waited}; check the address and the network — your work stays "
            "on this computer",
            "{server}：服务器没有响应{waited}；请检查地址和网络——你的工作仍保存在本机",
        ),
        "ws.e.no_database": (
            "{server}: there is no such database on the server; ask its administrator to create it (createdb)",
            "{server}：服务器上没有这个数据库；请管理员先创建（createdb）",
        ),
        "ws.e.lost": (
            "{server}: the server went away mid-way; what it confirmed is kept and nothing here is lost — run "
            "the command again when it is back",
            "{server}：服务器中途断开；已确认的内容已保留，本机没有丢失任何内容——服务器恢复后请重新运行",
        ),
        "ws.waited": (" (waited {seconds} s)", "（已等待 {seconds} 秒）"),
    }
)  # fmt: skip


def server_words(exc: WorkspaceError) -> dict[str, object]:
    """Facts to fill a server error's sentence (``waited`` worded from the seconds)."""
    seconds = exc.facts.get("seconds", "")
    waited = say("ws.waited", seconds=seconds) if seconds not in ("", None) else ""
    return {"server": exc.facts.get("url", ""), **exc.facts, "waited": waited}


def open_for_cli(url: str | None) -> Any:
    """The workspace ``url`` names; a server that cannot be reached gives the laptop's copy and a note."""
    from studio.workspace.server import open_or_local

    backend, offline = open_or_local(url)
    if offline is not None:
        why = str(offline.facts.get("detail", offline.code)).strip().splitlines() or [offline.code]
        print(say("ws.offline", server=offline.facts.get("server", ""), why=why[-1]), file=sys.stderr)
    return backend


def _origin(explicit: str | None) -> str:
    import os

    from studio.workspace.location import ENV, saved_url

    if explicit:
        return "flag"
    if os.environ.get(ENV, "").strip():
        return "env"
    return "settings" if saved_url() else "default"


def cmd_publish(args: argparse.Namespace) -> int:
    """Index the local copy, then send what the server lacks; the library comes back."""
    from studio.workspace.location import resolve_url
    from studio.workspace.publish import open_sql, publish
    from studio.workspace.server import is_server_url, local_url, redact, source_name

    target = resolve_url(args.url)
    if not is_server_url(target):
        raise CliError("ws.needs_server", code=2, url=redact(target))
    local = open_sql(args.source or local_url())
    try:
        if not args.no_scan:
            scan(local, quiet=args.json)
        server = open_sql(target)
        try:
            done = publish(local, server, source_name())
        finally:
            server.close()
    finally:
        local.close()
    shown = redact(target)
    if args.json:
        print(json.dumps({"server": shown, **done.__dict__}, ensure_ascii=False, indent=2))
        return 0
    if done.heads + done.library + done.retired == 0:
        print(say("ws.nothing_to_publish", server=shown))
    else:
        print(say("ws.published", server=shown, **done.__dict__))
    print(say("ws.server_holds", projects=done.server_projects, library=done.server_library))
    return 0


def cmd_connect(args: argparse.Namespace) -> int:
    """Save a server URL (tried first), forget it, or show which workspace is used and its state."""
    from studio.workspace import open_workspace
    from studio.workspace.location import default_url
    from studio.workspace.server import is_server_url, redact, save_url, split_password

    if args.forget:
        save_url("")
        print(say("ws.forgotten", url=default_url()))
        return 0
    if not args.server:
        return _show(args)
    if not is_server_url(args.server):
        raise WorkspaceError("bad_url", url=redact(args.server))
    shown = redact(split_password(args.server)[0])
    if not args.no_check:
        open_workspace(args.server).close()  # a wrong password or host is said now, and nothing saved
    saved = save_url(args.server)
    print(say("ws.saved_unchecked" if args.no_check else "ws.connected", server=shown))
    if saved.password_in == "keyring":
        print(say("ws.password_keyring"))
    elif saved.password_in == "pgpass":
        print(say("ws.password_pgpass", path=saved.pgpass))
    return 0


def _show(args: argparse.Namespace) -> int:
    from studio.workspace.location import resolve_url
    from studio.workspace.publish import counts, open_sql, pending
    from studio.workspace.server import is_server_url, local_url, redact

    url = resolve_url(args.url)
    origin = _origin(args.url)
    print(say("ws.using", url=redact(url), origin=say(f"ws.origin.{origin}")))
    if not is_server_url(url):
        return 0
    server = open_sql(url)
    try:
        projects, library = counts(server)
        print(say("ws.server_holds", projects=projects, library=library))
        local = open_sql(local_url())
        try:
            waiting = pending(local, server).count
        finally:
            local.close()
    finally:
        server.close()
    if waiting:
        print(say("ws.to_publish", count=waiting))
    return 0


def describe(exc: WorkspaceError) -> str:
    """A server's error in one line (auth, unreachable, no_database, lost); the rest as cmd_workspace words them."""
    if exc.code in SERVER_CODES:
        return say(f"ws.e.{exc.code}", **server_words(exc))
    return describe_workspace_error(exc)


SERVER_CODES = ("auth", "unreachable", "no_database", "lost")


def register(
    actions: argparse._SubParsersAction[argparse.ArgumentParser], url_help: str
) -> list[argparse.ArgumentParser]:
    """Add ``publish`` and ``connect`` to ``studio workspace``; returns their parsers."""
    register_error(WorkspaceError, describe)
    pub = actions.add_parser("publish", help=say("ws.publish"), description=say("ws.publish"))
    pub.add_argument("--from", dest="source", metavar="URL", help=say("ws.from"))
    pub.add_argument("--json", action="store_true", help=say("ws.json"))
    pub.add_argument("--no-scan", action="store_true", help=say("ws.no_scan"))
    pub.set_defaults(func=cmd_publish)
    con = actions.add_parser("connect", help=say("ws.connect"), description=say("ws.connect"))
    con.add_argument("server", metavar="URL", nargs="?", help=say("ws.connect_url"))
    con.add_argument("--forget", action="store_true", help=say("ws.forget"))
    con.add_argument("--no-check", action="store_true", help=say("ws.no_check"))
    con.set_defaults(func=cmd_connect)
    for p in (pub, con):
        p.add_argument("--url", metavar="URL", default=argparse.SUPPRESS, help=url_help)
    return [pub, con]
