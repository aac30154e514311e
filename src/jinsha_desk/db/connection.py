"""Opening the community database: pragmas in one place, schema upgrades, version checks."""

from __future__ import annotations

from pathlib import Path

from peewee import Database, SqliteDatabase

from jinsha_desk import auth, models
from jinsha_desk.db import audit_chain, migrations
from jinsha_desk.db.backup import (
    backup_if_due,
    before_upgrade,
    integrity_problems,
    list_backups,
    newest_good_backup,
)
from jinsha_desk.db.cipher import connect_file, is_encrypted, writable
from jinsha_desk.db.dialect import is_sqlite
from jinsha_desk.errors import DeskError, explain

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": 5000,
    "synchronous": "normal",
    "cache_size": -64 * 1024,
}


def _key_opens(path: Path, passphrase: str) -> bool:
    try:
        conn = connect_file(path, passphrase, readonly=True)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except Exception:  # sqlcipher3's "file is not a database" for a wrong key
        return False
    return True


def apply_role(db: Database, session: auth.Session) -> None:
    """A read-only account gets read-only connections: the database itself refuses its writes."""
    value = 0 if session.can("write") and not getattr(db, "jinsha_read_only", False) else 1
    if not is_sqlite(db):
        getattr(db, "obj", db).look_only(bool(value))  # every connection, the pool's too (db.server)
        return
    db._pragmas = [(k, v) for k, v in db._pragmas if k != "query_only"] + [("query_only", value)]
    db.execute_sql(f"PRAGMA query_only = {value}")


class DamagedDatabase(DeskError):
    def __init__(self, path: Path, problems: list[str]) -> None:
        newest = newest_good_backup(path)
        offer = (f"最近的完好备份是 {newest.name}，可以用它恢复（命令行：jinsha-desk --db {path} restore {newest}）。"
                 if newest else "没有找到完好的备份，请联系技术支持。")
        super().__init__(
            f"数据库文件 {path} 已损坏或缺失（{_in_chinese(problems[0])}），为免数据进一步损失，程序不会打开它。{offer}"
        )
        self.path = path
        self.problems = problems
        self.newest_backup = newest


def _in_chinese(problem: str) -> str:
    return problem if not problem.isascii() else explain(Exception(problem)).rstrip("。")


class NeedsPassphrase(DeskError):
    def __init__(self, path: Path, wrong: bool = False) -> None:
        super().__init__(f"数据库 {path} 的密码不对。" if wrong else f"数据库 {path} 已加密，请输入密码。")
        self.wrong = wrong


# Up to this size PRAGMA quick_check takes about a quarter of a second here (bench/README.md) and is
# run before the file is opened; a larger file is checked by the desktop in the background instead,
# so the window of a 100,000-resident office does not wait for it.
CHECK_AT_OPEN_BYTES = 64 * 1024 * 1024


def checked_at_open(path: Path | str) -> bool:
    """Whether the desktop checks this file before opening it (else in the background once open)."""
    path = Path(path)
    return not path.exists() or path.stat().st_size <= CHECK_AT_OPEN_BYTES


def file_schema_version(path: Path, passphrase: str | None = None) -> int:
    """The structure version of a database file, read without opening it for the app (no upgrade)."""
    conn = connect_file(path, passphrase, readonly=True)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def open_database(path: Path | str, check: bool = True, passphrase: str | None = None) -> SqliteDatabase:
    """Open (creating if needed) and upgrade the database at ``path``; binds the models to it.

    An existing file is checked first (``PRAGMA quick_check``); a damaged one is never opened for
    writing: DamagedDatabase is raised instead.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    existed = path.exists() and path.stat().st_size > 0
    if not existed and list_backups(path):
        # A database that has backups was there before: never start a new empty one in its place.
        raise DamagedDatabase(path, ["文件是空的" if path.exists() else "文件不见了"])
    if is_encrypted(path):
        if not passphrase:
            raise NeedsPassphrase(path)
        if not _key_opens(path, passphrase):
            raise NeedsPassphrase(path, wrong=True)
    else:
        passphrase = None
    if existed and check:
        problems = integrity_problems(path, quick=True, passphrase=passphrase)
        if problems:
            raise DamagedDatabase(path, problems)
    read_only = existed and not writable(path)
    # A file on a read-only disk or in a read-only folder is opened to look at: nothing can be written.
    target, pragmas = (f"file:{path}?immutable=1", {"query_only": 1}) if read_only else (str(path), PRAGMAS)
    if passphrase:
        from playhouse.sqlcipher_ext import SqlCipherDatabase

        db = SqlCipherDatabase(target, passphrase=passphrase, pragmas=pragmas, uri=read_only)
    else:
        db = SqliteDatabase(target, pragmas=pragmas, uri=read_only)
    db.jinsha_passphrase = passphrase
    db.jinsha_read_only = read_only
    # Every connection the app opens (worker threads too) tells the audit triggers who is at the desk.
    db.register_function(lambda: auth.current().username, "jinsha_user", 0)
    audit_chain.register(db)
    db.connect()
    version = migrations.schema_version(db)
    if version > migrations.LATEST_VERSION:
        db.close()
        raise DeskError(
            f"数据库文件 {path} 由更新版本的金沙社区工作台创建（结构版本 {version}），"
            f"当前程序只支持到版本 {migrations.LATEST_VERSION}。请先升级程序再打开。"
        )
    if read_only and version < migrations.LATEST_VERSION:
        db.close()
        raise DeskError(f"数据库文件 {path} 需要升级到新版本才能使用，但文件或所在文件夹是只读的。"
                        "请把它复制到可以写入的位置后再打开。")
    if existed and version < migrations.LATEST_VERSION:
        backup_if_due(db, path, before_upgrade(version))
    migrations.upgrade(db)
    models.database.initialize(db)
    return db
