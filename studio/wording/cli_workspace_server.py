"""Wording of ``studio.cli.workspace_server``: key -> (Chinese, English)."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "ws.publish": (
        "把本机项目的摘要、台词、日期、投放结果和素材库发布到团队服务器；不上传项目文件",
        "publish this computer's projects (summaries, lines, dates, results) and library to the team's "
        "server; never the project files",
    ),
    "ws.connect": (
        "使用 PostgreSQL 服务器作为团队工作区（保存时不含密码），或查看当前使用的数据库",
        "use a PostgreSQL server as the team's workspace (saved without its password), or show which "
        "database is used",
    ),
    "ws.connect_url": (
        "postgresql://用户[:密码]@主机[:端口]/数据库；密码存入系统钥匙串或 ~/.pgpass，绝不写进设置",
        "postgresql://user[:password]@host[:port]/database; a password goes to the system keyring or "
        "~/.pgpass, never into the settings",
    ),
    "ws.forget": ("改回本机内置数据库", "go back to the embedded database on this computer"),
    "ws.no_check": ("不先连接服务器，直接保存", "save without trying the server first"),
    "ws.from": (
        "要发布的本地副本（默认：内置数据库）",
        "the local copy to publish from (default: the embedded database)",
    ),
    "ws.needs_server": (
        "{url}：发布需要服务器；请给出 --url postgresql://用户@主机/数据库，或先用 'studio workspace connect 地址' 保存",
        "{url}: publishing needs a server; give --url postgresql://user@host/db or save one with 'studio "
        "workspace connect URL'",
    ),
    "ws.published": (
        "已发布到 {server}：{heads} 个项目（{projects} 个新版本），素材库 {library} 条，停用 {retired} 条；从服务器取回素材库 {pulled} 条",
        "published to {server}: {heads} project(s) ({projects} new revision(s)), {library} library "
        "entr(y/ies), {retired} retired; {pulled} library entr(y/ies) came back",
    ),
    "ws.server_holds": (
        "服务器上共有 {projects} 个项目、素材库 {library} 条",
        "the server holds {projects} project(s) and {library} library entr(y/ies)",
    ),
    "ws.nothing_to_publish": (
        "{server}：已是最新，无需发布",
        "{server}: already up to date, nothing to publish",
    ),
    "ws.publish_cancelled": (
        "发布已停止；已发送的内容保留，其余的下次发布时发送",
        "publishing stopped; what was sent is kept, the rest goes with the next publish",
    ),
    "ws.connected": (
        "{server}：已连接，并保存为团队工作区",
        "{server}: connected; saved as the team's workspace",
    ),
    "ws.saved_unchecked": (
        "{server}：已保存为团队工作区（未试连）",
        "{server}: saved as the team's workspace (not tried)",
    ),
    "ws.password_keyring": ("密码已存入系统钥匙串", "the password is kept in the system keyring"),
    "ws.password_pgpass": (
        "密码已存入 {path}（仅你本人可读），PostgreSQL 的工具也从这里读取",
        "the password is kept in {path} (readable by you only), where PostgreSQL's tools find it too",
    ),
    "ws.forgotten": (
        "工作区已改回本机内置数据库：{url}",
        "the workspace is the embedded database on this computer again: {url}",
    ),
    "ws.using": ("工作区：{url}（来自{origin}）", "workspace: {url} (from {origin})"),
    "ws.origin.flag": ("--url", "--url"),
    "ws.origin.env": ("STUDIO_WORKSPACE_URL", "STUDIO_WORKSPACE_URL"),
    "ws.origin.settings": ("设置", "the settings"),
    "ws.origin.default": ("默认设置", "the default"),
    "ws.to_publish": (
        "本机还有 {count} 个项目或素材条目未发布到服务器",
        "{count} project(s) or library entr(y/ies) of this computer not yet on the server",
    ),
    "ws.offline": (
        "无法连接 {server}；改用本机副本继续工作（{why}）；恢复联网后请运行 'studio workspace publish'",
        "{server} cannot be reached; working from this computer's copy ({why}); run 'studio workspace "
        "publish' when back online",
    ),
    "ws.e.auth": (
        "{server}：服务器拒绝了该用户或密码；请在 ~/.pgpass 中改正，或运行 'studio workspace connect postgresql://用户:密码@主机/数据库'",
        "{server}: the server refused the user or password; put the right one in ~/.pgpass or run 'studio "
        "workspace connect postgresql://user:PASSWORD@host/db'",
    ),
    "ws.e.unreachable": (
        "{server}：服务器没有响应{waited}；请检查地址和网络——你的工作仍保存在本机",
        "{server}: the server does not answer{waited}; check the address and the network — your work stays "
        "on this computer",
    ),
    "ws.e.no_database": (
        "{server}：服务器上没有这个数据库；请管理员先创建（createdb）",
        "{server}: there is no such database on the server; ask its administrator to create it (createdb)",
    ),
    "ws.e.lost": (
        "{server}：服务器中途断开；已确认的内容已保留，本机没有丢失任何内容——服务器恢复后请重新运行",
        "{server}: the server went away mid-way; what it confirmed is kept and nothing here is lost — run "
        "the command again when it is back",
    ),
    "ws.waited": ("（已等待 {seconds} 秒）", " (waited {seconds} s)"),
}
