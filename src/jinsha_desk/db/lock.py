"""One desktop app per database: a second one is refused with a clear message, not left to race."""

from __future__ import annotations

import getpass
import os
import socket
from pathlib import Path

from filelock import FileLock, Timeout

from jinsha_desk.errors import DeskError


def lock_path(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + ".lock")


def _holder_path(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + ".holder")


def holder(db_path: Path) -> str:
    """Who holds the database's lock, as they wrote it when they took it."""
    try:
        return _holder_path(db_path).read_text(encoding="utf-8").strip() or "另一个程序"
    except OSError:
        return "另一个程序"


class HeldElsewhere(DeskError):
    def __init__(self, db_path: Path) -> None:
        self.holder = holder(db_path)
        super().__init__(f"数据库 {db_path} 正由{self.holder}使用。请切换到已经打开的窗口，或先关闭它再打开。")


def acquire_instance_lock(db_path: Path, who: str = "金沙社区工作台窗口") -> FileLock:
    """Hold the database's lock for as long as the returned object is kept (released at exit, even
    when the process is killed, because the operating system drops the file lock). ``who`` is
    written beside it, so that others can say who has the database."""
    lock = FileLock(str(lock_path(db_path)), timeout=0)
    try:
        lock.acquire()
    except Timeout:
        raise HeldElsewhere(Path(db_path)) from None
    try:
        _holder_path(db_path).write_text(f"{_user()}@{socket.gethostname()} 的{who}（进程 {os.getpid()}）",
                                         encoding="utf-8")
    except OSError:  # a read-only folder: the lock still holds
        pass
    return lock


def _user() -> str:
    try:
        return getpass.getuser()
    except OSError:
        return "未知用户"
