"""Backups with SQLite's online backup API, verified before they are kept: every backup of the last
ten days, then the newest of each month for a year.

A backup is written under a temporary name and renamed only once it passes the integrity check, so
a backup cut short (power loss, a killed process) never looks like a good one.
"""

from __future__ import annotations

import datetime as dt
import filecmp
import os
import re
import shutil
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from peewee import SqliteDatabase

from jinsha_desk import auth
from jinsha_desk.changes import ALL, DATA, reports
from jinsha_desk.db import server_backup
from jinsha_desk.db.cipher import connect_file, encrypt_database, is_encrypted
from jinsha_desk.db.dialect import is_sqlite
from jinsha_desk.db.location import Location, is_server
from jinsha_desk.errors import DeskError
from jinsha_desk.paths import backup_dir, demo_db_path

KEEP_DAYS = 10
KEEP_MONTHS_DAYS = 366
STAMP = "%Y%m%d-%H%M%S"


def _passphrase(db: SqliteDatabase) -> str | None:
    return getattr(db, "jinsha_passphrase", None)


def integrity_problems(path: Path, quick: bool = False, passphrase: str | None = None) -> list[str]:
    """What ``PRAGMA integrity_check`` (or the faster ``quick_check``) reports; empty when sound."""
    try:
        conn = connect_file(path, passphrase, readonly=True)
        try:
            rows = conn.execute("PRAGMA quick_check" if quick else "PRAGMA integrity_check").fetchall()
        finally:
            conn.close()
    except Exception as exc:  # sqlite3's and sqlcipher3's DatabaseError alike
        return [str(exc)]
    problems = [row[0] for row in rows]
    return [] if problems == ["ok"] else problems


@reports(DATA)
def backup_database(
    db: SqliteDatabase, db_path: Path, reason: str = "manual", dest_dir: Path | None = None,
    progress: Callable[[int, int, int], object] | None = None,
) -> Path:
    """Copy the open database into the backup folder; the copy is checked before it is kept."""
    dest_dir = dest_dir or backup_dir()
    stem = Path(db_path).stem
    stamp = dt.datetime.now().strftime(STAMP)
    # Each process writes its own partial file, so two backups taken at once never collide.
    partial = dest_dir / f"{stem}-{stamp}-{reason}.{os.getpid()}.{threading.get_ident()}.partial"
    try:
        dest = connect_file(partial, _passphrase(db))
        try:
            db.connection().backup(dest, pages=256, progress=progress)
        finally:
            dest.close()
        problems = integrity_problems(partial, passphrase=_passphrase(db))
        if problems:
            raise DeskError(f"备份文件校验失败，未保留：{problems[0]}")
        target = claim_name(partial, dest_dir, f"{stem}-{stamp}-{reason}")
    finally:
        for leftover in (partial, partial.with_name(partial.name + "-wal"), partial.with_name(partial.name + "-shm")):
            leftover.unlink(missing_ok=True)
    prune_backups(dest_dir, stem)
    return target


def claim_name(partial: Path, folder: Path, name: str, suffix: str = ".db") -> Path:
    """Give the finished backup its name; a name another process took a moment ago gets a counter.
    A hard link claims a name atomically: it fails rather than replacing a file that exists."""
    counter = 0
    while True:
        target = folder / (f"{name}{suffix}" if counter == 0 else f"{name}-{counter}{suffix}")
        try:
            os.link(partial, target)
            return target
        except FileExistsError:
            counter += 1
        except OSError:  # a file system without hard links (some USB sticks): rename if still free
            if not target.exists():
                partial.replace(target)
                return target
            counter += 1


# The occasions on which a backup may be taken; the name is also the backup file's suffix.
MANUAL = "manual"
DAILY = "daily"
CLOSE = "close"
BEFORE_IMPORT = "before-import"
BEFORE_ENCRYPT = "before-encrypt"
ALWAYS = (MANUAL, BEFORE_ENCRYPT)
UPGRADE = "upgrade-v"


def before_upgrade(version: int) -> str:
    """The occasion of upgrading a file from schema ``version``: always backed up first."""
    return f"{UPGRADE}{version}"


_REASONS = {MANUAL: "手动备份", DAILY: "每日备份", CLOSE: "关闭时备份", BEFORE_IMPORT: "导入前备份",
            BEFORE_ENCRYPT: "加密前备份"}


def reason_label(reason: str) -> str:
    """Why a backup was taken, as the clerk reads it."""
    if reason.startswith(UPGRADE):
        return f"升级前备份（原结构版本 {reason[len(UPGRADE):]}）"
    return _REASONS.get(reason, reason)


def holds_data(db: SqliteDatabase) -> bool:
    """Whether the database holds anything worth a copy: residents, or any change a clerk made
    (grids, staff and settings entered before the first roster leave audit rows)."""
    return bool(db.execute_sql(
        "SELECT EXISTS (SELECT 1 FROM resident) OR EXISTS (SELECT 1 FROM audit_log)").fetchone()[0])


def backup_due(db: SqliteDatabase, db_path: Path, occasion: str) -> bool:
    """The backup rules in one place, for the command line and the desktop alike: a manual backup
    (and one before encrypting) is always taken; the demo community is never backed up otherwise; an
    empty database never; once a day at start; on every close and before every import. (A restore keeps
    the current file aside itself.)"""
    if occasion in ALWAYS or occasion.startswith(UPGRADE):
        return True
    if Path(db_path).resolve() == demo_db_path().resolve() or not holds_data(db):
        return False
    if occasion == DAILY:
        return not backup_taken_today(db_path)
    return occasion in (CLOSE, BEFORE_IMPORT)


def backup_if_due(
    db: SqliteDatabase, db_path: Path, occasion: str, progress: Callable[[int, int, int], object] | None = None,
) -> Path | None:
    """Take the backup the rules call for on this occasion; the backup's path, or None when none was due.
    A server database is dumped when a clerk asks, before an import and before an upgrade; its daily
    backup is the server PC's scheduled ``backup`` command, not one dump per desk."""
    if not is_sqlite(db):
        if occasion in (DAILY, CLOSE) or (occasion == BEFORE_IMPORT and not holds_data(db)):
            return None
        return server_backup.dump_server(db.address, occasion, backup_dir())
    if not backup_due(db, db_path, occasion):
        return None
    return backup_database(db, db_path, reason=occasion, progress=progress)


def _stem_and_suffix(location: Location) -> tuple[str, str]:
    if is_server(location):
        return server_backup.stem(location), server_backup.SUFFIX
    return Path(location).stem, ".db"


def list_backups(location: Location, dest_dir: Path | None = None) -> list[Path]:
    dest_dir = dest_dir or backup_dir()
    stem, suffix = _stem_and_suffix(location)
    return sorted(dest_dir.glob(f"{stem}-*{suffix}"), reverse=True)


def _backup_time(path: Path, stem: str) -> dt.datetime | None:
    stamp = path.stem[len(stem) + 1 : len(stem) + 1 + 15]
    try:
        return dt.datetime.strptime(stamp, STAMP)
    except ValueError:
        return None


def prune_backups(dest_dir: Path, stem: str, suffix: str = ".db", now: dt.datetime | None = None) -> list[Path]:
    """Keep every backup of the last KEEP_DAYS days and the newest of each month for a year;
    delete the rest, and any partial backup left behind. Returns what was removed."""
    now = now or dt.datetime.now()
    recent = now - dt.timedelta(days=KEEP_DAYS)
    oldest = now - dt.timedelta(days=KEEP_MONTHS_DAYS)
    removed = [p for p in dest_dir.glob(f"{stem}-*.partial*") if not _in_progress(p)]
    dated = sorted(((t, p) for p in dest_dir.glob(f"{stem}-*{suffix}") if (t := _backup_time(p, stem))), reverse=True)
    months_kept: set[tuple[int, int]] = set()
    for taken, path in dated:
        if taken >= recent:
            continue
        month = (taken.year, taken.month)
        if taken >= oldest and month not in months_kept:
            months_kept.add(month)
            continue
        removed.append(path)
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


_WRITER = re.compile(r"\.(\d+)\.\d+\.partial")


def _in_progress(partial: Path) -> bool:
    """Whether a partial backup is still being written by a running process (else it was cut short:
    power loss, a killed process, and is removed)."""
    found = _WRITER.search(partial.name)
    if found is None:
        return False
    if os.name == "nt":  # no harmless way to ask Windows about a process: trust the last hour
        return partial.stat().st_mtime > dt.datetime.now().timestamp() - 3600
    try:
        os.kill(int(found.group(1)), 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's running process
        return True
    return True


def backup_taken_today(db_path: Path, dest_dir: Path | None = None) -> bool:
    today = dt.date.today()
    stem = Path(db_path).stem
    return any(
        (taken := _backup_time(p, stem)) is not None and taken.date() == today
        for p in list_backups(db_path, dest_dir)
    )


@reports(*ALL)
def restore_database(backup_file: Path, db_path: Location, passphrase: str | None = None) -> Path | None:
    """Replace the database with a verified backup; the current file is kept aside first.

    Returns where the replaced file was kept, or None when there was no database yet.
    """
    auth.require("restore")
    if is_server(db_path):
        return server_backup.restore_server(Path(backup_file), db_path, backup_dir())
    backup_file = Path(backup_file)
    if not backup_file.is_file():
        raise DeskError(f"找不到备份文件：{backup_file}")
    problems = integrity_problems(backup_file, passphrase=passphrase)
    if problems:
        raise DeskError(f"备份文件 {backup_file} 已损坏（或密码不对），不能用于恢复：{problems[0]}")
    db_path = Path(db_path)
    kept_aside = None
    stamp = dt.datetime.now().strftime(STAMP)
    if db_path.exists() and db_path.stat().st_size and not integrity_problems(db_path, quick=True,
                                                                              passphrase=passphrase):
        kept_aside = db_path.with_name(f"{db_path.stem}-before-restore-{stamp}.db")
        _copy(db_path, kept_aside, passphrase)
    elif db_path.exists():
        # A damaged file cannot be read through SQLite: kept aside as it is, under a name that says so,
        # and its journal files go with it (they belong to the damaged file, not to the backup).
        kept_aside = db_path.with_name(f"{db_path.stem}-damaged-{stamp}.db")
        db_path.replace(kept_aside)
        for suffix in ("-wal", "-shm"):
            journal = db_path.with_name(db_path.name + suffix)
            if journal.exists():
                journal.replace(kept_aside.with_name(kept_aside.name + suffix))
    _copy(backup_file, db_path, passphrase)
    return kept_aside


def _copy(source_path: Path, target_path: Path, passphrase: str | None = None) -> None:
    """Copy one database file into another through SQLite, never by copying bytes."""
    source = connect_file(source_path, passphrase, readonly=True)
    target = connect_file(target_path, passphrase)
    try:
        source.backup(target)
    finally:
        target.close()
        source.close()



def encrypt_with_backups(db_path: Path, passphrase: str) -> int:
    """Encrypt the database and every plain backup of it, so no readable copy stays behind.
    Returns how many backups were encrypted."""
    encrypt_database(db_path, passphrase)
    plain = [p for p in list_backups(db_path) if not is_encrypted(p)]
    for path in plain:
        encrypt_database(path, passphrase)
    return len(plain)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken: dt.datetime | None
    reason: str
    size_mb: float
    residents: int | None


def newest_good_backup(db_path: Path, passphrase: str | None = None) -> Path | None:
    """The newest backup of the database that passes its integrity check."""
    return next((b for b in list_backups(db_path) if not integrity_problems(b, passphrase=passphrase)), None)


def backup_summaries(db_path: Location, dest_dir: Path | None = None, passphrase: str | None = None) -> list[BackupInfo]:
    """Each backup, newest first, with its size and how many residents it holds (a server's dumps
    were checked by restoring them when taken; they are not restored again to count)."""
    stem, _ = _stem_and_suffix(db_path)
    found = []
    for path in list_backups(db_path, dest_dir):
        residents = None
        if is_server(db_path):
            found.append(BackupInfo(path, _backup_time(path, stem), path.stem[len(stem) + 17:],
                                    path.stat().st_size / 1024 / 1024, None))
            continue
        try:
            conn = connect_file(path, passphrase, readonly=True)
            try:
                residents = conn.execute("SELECT COUNT(*) FROM resident WHERE status = '在册'").fetchone()[0]
            finally:
                conn.close()
        except Exception:  # unreadable: damaged, or encrypted with another passphrase
            residents = None
        reason = path.stem[len(stem) + 17 :] or "manual"
        found.append(BackupInfo(path, _backup_time(path, stem), reason, path.stat().st_size / 1024 / 1024, residents))
    return found


def copy_backup(backup_file: Path, folder: Path, passphrase: str | None = None) -> Path:
    """Copy a backup to another folder (a USB stick) and check the copy (still encrypted if it was)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / Path(backup_file).name
    if Path(backup_file).suffix == server_backup.SUFFIX:  # a server's dump: a file like any other
        shutil.copyfile(backup_file, target)
        if not filecmp.cmp(backup_file, target, shallow=False):
            target.unlink(missing_ok=True)
            raise DeskError(f"复制到 {folder} 的备份与原文件不一致，请换一个U盘再试。")
        return target
    _copy(Path(backup_file), target, passphrase)
    problems = integrity_problems(target, passphrase=passphrase)
    if problems:
        target.unlink(missing_ok=True)
        raise DeskError(f"复制到 {folder} 的备份校验失败：{problems[0]}")
    return target
