"""Opening the database a command names: the passphrase of an encrypted file from the environment, the
account the command acts under, and the desktop's hold on the database respected."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import sys

from peewee import SqliteDatabase

from jinsha_desk import auth
from jinsha_desk.db.connection import NeedsPassphrase, apply_role, open_database
from jinsha_desk.db.location import is_server
from jinsha_desk.db.lock import HeldElsewhere, acquire_instance_lock
from jinsha_desk.db.move import moved_notice, moved_to
from jinsha_desk.db.server import open_server
from jinsha_desk.errors import DeskError
from jinsha_desk.settings import get_setting

PASSPHRASE_ENV = "JINSHA_DESK_PASSPHRASE"
PASSWORD_ENV = "JINSHA_DESK_PASSWORD"
SYSTEM_ACCESS = "system_cli"  # setting: "1" when an administrator allows --as-system
SYSTEM_USER = "系统任务（命令行）"


def passphrase() -> str | None:
    """An encrypted database's passphrase, from the environment (scripts) — never a command-line argument."""
    return os.environ.get(PASSPHRASE_ENV) or None


def add_account_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--user", help=f"以此账号操作（密码从提示输入，或从环境变量 {PASSWORD_ENV} 读取）")
    parser.add_argument("--as-system", action="store_true",
                        help="以“系统任务”身份操作（用于定时脚本；须管理员先用 system-access on 开启）")


def _session(args: argparse.Namespace) -> auth.Session:
    """Who the command acts as: the account named, the system (if allowed), or — on a database that
    has no accounts yet — the person at this computer."""
    if args.user:
        password = os.environ.get(PASSWORD_ENV)
        if password is None:
            password = getpass.getpass(f"账号“{args.user}”的密码：")
        return auth.login(args.user, password)
    if args.as_system:
        if get_setting(SYSTEM_ACCESS) != "1":
            raise DeskError("管理员尚未允许以“系统任务”身份使用命令行（请管理员运行 --user 管理员 system-access on）。")
        return auth.Session(SYSTEM_USER, auth.ADMIN)
    if auth.has_accounts():
        raise DeskError("这个数据库已设有账号，命令行也要以账号身份操作：请加上 --user 用户名"
                        f"（密码可放在环境变量 {PASSWORD_ENV}），定时脚本可用 --as-system。")
    return auth.current()


def open_db(args: argparse.Namespace) -> SqliteDatabase:
    """Open the database as the command's account. While the desktop app has it open, the command may
    read but not write: SQLite refuses its writes, and the refusal names who has the database."""
    if is_server(args.db):  # the server keeps desks apart itself: no lock file, no passphrase
        db = open_server(args.db)
        args.held_by = None
        session = _session(args)
        auth.set_current(session)
        apply_role(db, session)
        return db
    try:
        db = open_database(args.db, passphrase=passphrase())
    except NeedsPassphrase as exc:
        raise DeskError(f"{exc.message}（命令行从环境变量 {PASSPHRASE_ENV} 读取密码）") from None
    try:
        args.lock = acquire_instance_lock(args.db, "命令行")
        args.held_by = None
    except HeldElsewhere as exc:
        args.held_by = exc.holder
    session = _session(args)
    auth.set_current(session)
    server = moved_to(db)
    if server:
        print(f"注意：{moved_notice(args.db, server)}", file=sys.stderr)
    read_only = args.held_by is not None or bool(server)
    apply_role(db, auth.Session(session.username, auth.VIEWER) if read_only else session)
    return db


def iso_date(text: str) -> dt.date:
    """An argparse type: a date written YYYY-MM-DD."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期应写成 YYYY-MM-DD，例如 2026-11-23，而不是 {text}") from None
