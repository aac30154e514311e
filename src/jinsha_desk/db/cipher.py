"""Optional encryption at rest with SQLCipher (the `sqlcipher3` module, from `sqlcipher3-wheels`).

Every connection to a database file goes through connect_file, so backups, restores and integrity
checks work the same on an encrypted file, given its passphrase.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from jinsha_desk.errors import DeskError

_SQLITE_HEADER = b"SQLite format 3\x00"


def is_encrypted(path: Path) -> bool:
    """A non-empty file that does not start with SQLite's header: encrypted (or not a database)."""
    path = Path(path)
    if not path.exists() or path.stat().st_size == 0:
        return False
    with path.open("rb") as handle:
        head = handle.read(16)
    # SQLCipher's first bytes are its random salt; a header of zeros is damage, not encryption.
    return head != _SQLITE_HEADER and head.strip(b"\0") != b"" and len(head) == 16


def cipher_module():
    try:
        import sqlcipher3.dbapi2 as dbapi
    except ImportError:
        raise DeskError(
            "这个数据库已加密，但本机没有安装加密组件。请安装：pip install \"jinsha-desk[encryption]\""
        ) from None
    return dbapi


def key_pragma(passphrase: str) -> str:
    return "PRAGMA key = '" + passphrase.replace("'", "''") + "'"


def writable(path: Path) -> bool:
    """Whether the database file and its folder (where SQLite keeps its journal) can be written."""
    path = Path(path)
    return os.access(path.parent, os.W_OK) and (not path.exists() or os.access(path, os.W_OK))


def connect_file(path: Path, passphrase: str | None = None, readonly: bool = False):
    """A DB-API connection to a database file, keyed when a passphrase is given. A file on a read-only
    disk or folder is opened immutable: SQLite then needs no journal files beside it."""
    mode = "mode=ro" if writable(path) else "immutable=1"
    target = f"file:{Path(path)}?{mode}" if readonly else str(path)
    if passphrase is None:
        return sqlite3.connect(target, uri=readonly)
    conn = cipher_module().connect(target, uri=readonly)
    conn.execute(key_pragma(passphrase))
    return conn


def encrypt_database(path: Path, passphrase: str) -> None:
    """Encrypt a plain database file in place (through SQLCipher's sqlcipher_export)."""
    path = Path(path)
    if len(passphrase) < 8:
        raise DeskError("加密密码至少 8 位。")
    if is_encrypted(path):
        raise DeskError("这个数据库已经加密了。")
    dbapi = cipher_module()
    encrypted = path.with_name(path.name + ".encrypting")
    encrypted.unlink(missing_ok=True)
    conn = dbapi.connect(str(path))
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(encrypted), passphrase))
        conn.execute("SELECT sqlcipher_export('encrypted')")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        conn.execute("DETACH DATABASE encrypted")
    finally:
        conn.close()
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    encrypted.replace(path)
