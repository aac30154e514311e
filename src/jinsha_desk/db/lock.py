"""One desktop app per database: a second one is refused with a clear message, not left to race."""

from __future__ import annotations

from pathlib import Path

from filelock import FileLock, Timeout

from jinsha_desk.errors import DeskError


def lock_path(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + ".lock")


def acquire_instance_lock(db_path: Path) -> FileLock:
    """Hold the database's lock for as long as the returned object is kept (released at exit, even
    when the process is killed, because the operating system drops the file lock)."""
    lock = FileLock(str(lock_path(db_path)), timeout=0)
    try:
        lock.acquire()
    except Timeout:
        raise DeskError(
            f"另一个金沙社区工作台窗口正在使用数据库 {db_path}。请切换到已经打开的窗口，或先关闭它再打开。"
        ) from None
    return lock
