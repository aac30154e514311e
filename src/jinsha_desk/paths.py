"""Where the community's database, backups and logs live on this PC."""

from __future__ import annotations

import os
import sys
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
