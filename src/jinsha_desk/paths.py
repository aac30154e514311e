"""Where the community's database, backups and logs live on this PC."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

APP_NAME = "jinsha-desk"
# Tests and portable installs point the whole data folder elsewhere with this variable.
HOME_ENV = "JINSHA_DESK_HOME"


def data_dir() -> Path:
    override = os.environ.get(HOME_ENV)
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    return data_dir() / "jinsha.db"


def demo_db_path() -> Path:
    return data_dir() / "demo.db"


def backup_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def scratch_dir() -> Path:
    """A fresh folder for documents made to be previewed and printed. It lies in the user's own data
    folder, never the system temp folder that other users and programs share; folders older than a
    day are removed when the next one is made."""
    root = data_dir() / "documents"
    root.mkdir(parents=True, exist_ok=True)
    cutoff = time.time() - 86400
    for old in root.iterdir():
        if old.is_dir() and old.stat().st_mtime < cutoff:
            shutil.rmtree(old, ignore_errors=True)
    return Path(tempfile.mkdtemp(dir=root))


@contextmanager
def buffers_in(folder: Path) -> Iterator[None]:
    """Have libraries that buffer through temporary files (openpyxl's write-only sheets) do it in
    ``folder`` (an export's own destination) instead of the system temp folder."""
    folder.mkdir(parents=True, exist_ok=True)
    before = tempfile.tempdir
    tempfile.tempdir = str(folder)
    try:
        yield
    finally:
        tempfile.tempdir = before


def resource_path(*parts: str) -> Path:
    """A file under resources/: beside src/ in a checkout, inside the bundle when frozen."""
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[2]))
    return base.joinpath("resources", *parts)


def log_dir() -> Path:
    override = os.environ.get(HOME_ENV)
    if override:
        path = Path(override) / "logs"
    else:
        from platformdirs import user_log_dir

        path = Path(user_log_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path
