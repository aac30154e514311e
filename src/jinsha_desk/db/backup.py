"""Backups with SQLite's online backup API, verified, kept for the last ten days."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from peewee import SqliteDatabase

from jinsha_desk.errors import DeskError
from jinsha_desk.paths import backup_dir

KEEP_DAYS = 10
_STAMP = "%Y%m%d-%H%M%S"


def integrity_problems(path: Path) -> list[str]:
    """What ``PRAGMA integrity_check`` reports for the file; empty when it is sound."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    problems = [row[0] for row in rows]
    return [] if problems == ["ok"] else problems


def backup_database(
    db: SqliteDatabase, db_path: Path, reason: str = "manual", dest_dir: Path | None = None
) -> Path:
    """Copy the open database into the backup folder; the copy is checked before it is kept."""
    dest_dir = dest_dir or backup_dir()
    stamp = dt.datetime.now().strftime(_STAMP)
    target = dest_dir / f"{Path(db_path).stem}-{stamp}-{reason}.db"
    counter = 1
    while target.exists():
        target = dest_dir / f"{Path(db_path).stem}-{stamp}-{reason}-{counter}.db"
        counter += 1
    dest = sqlite3.connect(str(target))
    try:
        db.connection().backup(dest)
    finally:
        dest.close()
    problems = integrity_problems(target)
    if problems:
        target.unlink(missing_ok=True)
        raise DeskError(f"备份文件校验失败，未保留：{problems[0]}")
    prune_backups(dest_dir, Path(db_path).stem)
    return target


def list_backups(db_path: Path, dest_dir: Path | None = None) -> list[Path]:
    dest_dir = dest_dir or backup_dir()
    return sorted(dest_dir.glob(f"{Path(db_path).stem}-*.db"), reverse=True)


def _backup_time(path: Path, stem: str) -> dt.datetime | None:
    stamp = path.stem[len(stem) + 1 : len(stem) + 1 + 15]
    try:
        return dt.datetime.strptime(stamp, _STAMP)
    except ValueError:
        return None


def prune_backups(dest_dir: Path, stem: str, now: dt.datetime | None = None) -> list[Path]:
    """Delete backups of this database older than KEEP_DAYS; returns what was removed."""
    cutoff = (now or dt.datetime.now()) - dt.timedelta(days=KEEP_DAYS)
    removed = []
    for path in dest_dir.glob(f"{stem}-*.db"):
        taken = _backup_time(path, stem)
        if taken is not None and taken < cutoff:
            path.unlink()
            removed.append(path)
    return removed


def backup_taken_today(db_path: Path, dest_dir: Path | None = None) -> bool:
    today = dt.date.today()
    stem = Path(db_path).stem
    return any(
        (taken := _backup_time(p, stem)) is not None and taken.date() == today
        for p in list_backups(db_path, dest_dir)
    )


def restore_database(backup_file: Path, db_path: Path) -> Path | None:
    """Replace the database with a verified backup; the current file is kept aside first.

    Returns where the replaced file was kept, or None when there was no database yet.
    """
    backup_file = Path(backup_file)
    if not backup_file.is_file():
        raise DeskError(f"找不到备份文件：{backup_file}")
    problems = integrity_problems(backup_file)
    if problems:
        raise DeskError(f"备份文件 {backup_file} 已损坏，不能用于恢复：{problems[0]}")
    db_path = Path(db_path)
    kept_aside = None
    if db_path.exists():
        stamp = dt.datetime.now().strftime(_STAMP)
        kept_aside = db_path.with_name(f"{db_path.stem}-before-restore-{stamp}.db")
        _copy(db_path, kept_aside)
    _copy(backup_file, db_path)
    return kept_aside


def _copy(source_path: Path, target_path: Path) -> None:
    """Copy one database file into another through SQLite, never by copying bytes."""
    source = sqlite3.connect(f"file:{source_path}?mode=ro", uri=True)
    target = sqlite3.connect(str(target_path))
    try:
        source.backup(target)
    finally:
        target.close()
        source.close()

