"""Opening the community database: pragmas in one place, schema upgrades, version checks."""

from __future__ import annotations

from pathlib import Path

from peewee import SqliteDatabase

from jinsha_desk import models
from jinsha_desk.db import migrations
from jinsha_desk.errors import DeskError

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": 5000,
    "synchronous": "normal",
    "cache_size": -64 * 1024,
}


def open_database(path: Path | str) -> SqliteDatabase:
    """Open (creating if needed) and upgrade the database at ``path``; binds the models to it."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    existed = path.exists() and path.stat().st_size > 0
    db = SqliteDatabase(str(path), pragmas=PRAGMAS)
    db.connect()
    version = migrations.schema_version(db)
    if version > migrations.LATEST_VERSION:
        db.close()
        raise DeskError(
            f"数据库文件 {path} 由更新版本的金沙社区工作台创建（结构版本 {version}），"
            f"当前程序只支持到版本 {migrations.LATEST_VERSION}。请先升级程序再打开。"
        )
    if existed and version < migrations.LATEST_VERSION:
        from jinsha_desk.db.backup import backup_database

        backup_database(db, path, reason=f"upgrade-v{version}")
    migrations.upgrade(db)
    models.database.initialize(db)
    return db
