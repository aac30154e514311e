"""The server this PC's desk connects to, saved on this PC (not in the database it points to): the
app opens it when started without --db. Kept in the data folder, readable by this Windows account
only, since the address carries the password."""

from __future__ import annotations

import json

from jinsha_desk.db.location import Location, ServerAddress, parse_location
from jinsha_desk.errors import DeskError
from jinsha_desk.paths import data_dir, default_db_path

FILE_NAME = "connection.json"


def _file():
    return data_dir() / FILE_NAME


def saved_server() -> ServerAddress | None:
    try:
        url = json.loads(_file().read_text(encoding="utf-8")).get("server", "")
    except (OSError, ValueError):
        return None
    location = parse_location(url) if url else None
    return location if isinstance(location, ServerAddress) else None


def default_location() -> Location:
    """Where the desk's data is when no --db is given: the saved server, else the file on this PC."""
    return saved_server() or default_db_path()


def check_server(url: str) -> ServerAddress:
    """Connect once to the address typed: reachable, and holding this app's database (or empty, to be
    set up at the first start). Raises a DeskError that names the server and the reason."""
    import psycopg

    from jinsha_desk.db import migrations
    from jinsha_desk.db.server import open_failure

    location = parse_location(url.strip())
    if not isinstance(location, ServerAddress):
        raise DeskError("请填写数据库服务器地址，形如 postgresql://用户:密码@服务器:5432/jinsha。")
    try:
        with psycopg.connect(location.url, connect_timeout=10) as conn:
            found = conn.execute("SELECT to_regclass('jinsha_schema') IS NOT NULL").fetchone()[0]
            version = conn.execute('SELECT "version" FROM "jinsha_schema"').fetchone()[0] if found else None
    except psycopg.OperationalError as exc:
        raise open_failure(location, exc) from None
    if version is not None and version > migrations.LATEST_VERSION:
        raise DeskError(f"服务器 {location.shown} 上的数据库比本机程序新（结构版本 {version}），请先升级本机程序。")
    return location


def save_server(url: str) -> ServerAddress:
    """Check the address, then save it for the next start."""
    location = check_server(url)
    path = _file()
    path.write_text(json.dumps({"server": location.url}, ensure_ascii=False), encoding="utf-8")
    path.chmod(0o600)
    return location


def forget_server() -> None:
    """Back to the database file on this PC at the next start."""
    _file().unlink(missing_ok=True)
