"""The log file: rotated, in the platform's log folder, where unexpected errors leave their traceback."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from jinsha_desk.paths import log_dir

LOG_NAME = "jinsha-desk.log"


def log_file() -> Path:
    return log_dir() / LOG_NAME


def setup_logging() -> Path:
    """Log to a file of at most 1 MB, keeping five older ones; returns its path."""
    path = log_file()
    root = logging.getLogger()
    if not any(isinstance(h, RotatingFileHandler) and Path(h.baseFilename) == path for h in root.handlers):
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        root.setLevel(logging.INFO)
    return path
