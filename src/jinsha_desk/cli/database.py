"""Opening the database a command names, with an encrypted file's passphrase from the environment."""

from __future__ import annotations

import argparse
import datetime as dt
import os

from peewee import SqliteDatabase

from jinsha_desk.db.connection import NeedsPassphrase, open_database
from jinsha_desk.errors import DeskError

PASSPHRASE_ENV = "JINSHA_DESK_PASSPHRASE"


def passphrase() -> str | None:
    """An encrypted database's passphrase, from the environment (scripts) — never a command-line argument."""
    return os.environ.get(PASSPHRASE_ENV) or None


def open_db(args: argparse.Namespace) -> SqliteDatabase:
    try:
        return open_database(args.db, passphrase=passphrase())
    except NeedsPassphrase as exc:
        raise DeskError(f"{exc.message}（命令行从环境变量 {PASSPHRASE_ENV} 读取密码）") from None


def iso_date(text: str) -> dt.date:
    """An argparse type: a date written YYYY-MM-DD."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期应写成 YYYY-MM-DD，例如 2026-11-23，而不是 {text}") from None
