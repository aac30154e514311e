"""Data commands: backups, restore, encryption, and the demo community."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from jinsha_desk import auth
from jinsha_desk.audit import VIEWER_TAKE_OUT
from jinsha_desk.cli.database import SYSTEM_ACCESS, open_db, passphrase
from jinsha_desk.cli.output import add_json_flag, show
from jinsha_desk.db import migrations
from jinsha_desk.db.audit_chain import audit_problems
from jinsha_desk.db.backup import (
    BEFORE_ENCRYPT,
    MANUAL,
    backup_if_due,
    encrypt_with_backups,
    list_backups,
    restore_database,
)
from jinsha_desk.db.cipher import is_encrypted
from jinsha_desk.db.connection import DamagedDatabase, file_schema_version, open_database
from jinsha_desk.db.location import is_server, parse_location
from jinsha_desk.db.lock import acquire_instance_lock
from jinsha_desk.db.move import ensure_not_moved, move_to_server
from jinsha_desk.db.server import open_server
from jinsha_desk.errors import DeskError
from jinsha_desk.settings import set_setting


def seed_demo(args: argparse.Namespace) -> int:
    from jinsha_desk.demo import seed_demo as seed

    open_db(args)
    report = seed(args.residents)
    print(f"示例社区已生成：新增 {report.new} 人，已有 {report.unchanged} 人。")
    return 0


def backup(args: argparse.Namespace) -> int:
    db = open_db(args)
    print(f"已备份到 {backup_if_due(db, args.db, MANUAL)}")
    return 0


def restore(args: argparse.Namespace) -> int:
    try:
        db = open_db(args)  # as the account named, who needs the right to restore
        if args.held_by:
            raise DeskError(f"数据库正由{args.held_by}打开，不能恢复。请先关闭窗口。")
        db.close()
    except DamagedDatabase:
        pass  # a damaged database cannot be signed in to; restoring it is the way out
    kept = restore_database(Path(args.file), args.db, passphrase())
    open_db(args)
    print(f"已从 {args.file} 恢复数据库 {args.db}。")
    if kept:
        print(f"恢复前的数据库已另存为 {kept}。")
    return 0


def encrypt(args: argparse.Namespace) -> int:
    db = open_db(args)
    backup_if_due(db, args.db, BEFORE_ENCRYPT)
    db.close()
    secret = passphrase()
    if secret is None:
        secret = getpass.getpass("设置数据库密码（至少 8 位）：")
        if getpass.getpass("再输入一次：") != secret:
            raise DeskError("两次输入的密码不一样。")
    count = encrypt_with_backups(args.db, secret)
    print(f"数据库已加密，{count} 个备份也已加密。以后打开需要输入这个密码，请妥善保管：忘记密码将无法恢复数据。")
    return 0


def audit(args: argparse.Namespace) -> int:
    db = open_db(args)
    problems = audit_problems(db)
    if problems:
        print("审计记录有问题：", file=sys.stderr)
        for problem in problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    print("审计记录完整：触发器齐全，记录前后相连，没有被改动或删除的迹象。")
    return 0


def move_to(args: argparse.Namespace) -> int:
    """Copy this desk's database file into an empty database on a server."""
    if is_server(args.db):
        raise DeskError("move-to 把本机的数据库文件迁往服务器：--db 应写数据库文件，例如 --db jinsha.db move-to postgresql://…")
    desk = open_db(args)
    auth.require("accounts")
    ensure_not_moved(desk)
    if args.held_by:
        raise DeskError(f"数据库正由{args.held_by}打开，不能迁移。请先关闭窗口。")
    target = parse_location(args.server)
    if not is_server(target):
        raise DeskError(f"“{args.server}”不是数据库服务器地址，应写成 postgresql://用户@服务器:5432/数据库名。")
    checks = move_to_server(desk, open_server(target), target, progress=lambda text: print(text, file=sys.stderr))
    rows = [{"table": c.table, "rows": c.rows, "checksum": c.checksum[:16]} for c in checks]
    return show(args, rows, [("表", "table"), ("行数", "rows"), ("校验和", "checksum")], summary=f"已迁移到 {target.shown}：{len(checks)} 张表的行数和校验和都与本机一致。"
          f"本机文件 {args.db} 已保留并标记为“已迁移”，以后请用 --db {target.shown}。")


def upgrade(args: argparse.Namespace) -> int:
    """Bring this PC's database to the installed version's structure now, backed up first: the
    Windows installer runs it after copying a new version, so that a failed upgrade is told at install
    time rather than at the clerk's next start. A database that is not there yet, or that needs a
    password or lives on a server, is upgraded when it is next opened (also backed up first)."""
    if is_server(args.db):
        print(f"数据库在服务器 {args.db.shown} 上：第一台打开它的新版本工作台会先备份再升级。")
        return 0
    path = Path(args.db)
    if not path.exists() or path.stat().st_size == 0:
        print(f"这台电脑上还没有数据库 {path}，无需升级。")
        return 0
    secret = passphrase() if is_encrypted(path) else None  # a plain file is read without a key
    if is_encrypted(path) and not secret:
        print(f"数据库 {path} 已加密：下次打开并输入密码时自动升级，升级前先备份。")
        return 0
    lock = acquire_instance_lock(path, "升级程序")
    try:
        before = file_schema_version(path, secret)
        open_database(path, passphrase=secret).close()
    finally:
        lock.release()
    if before == migrations.LATEST_VERSION:
        print(f"数据库 {path} 已是当前结构（版本 {before}），无需升级。")
    else:
        print(f"数据库 {path} 已从结构版本 {before} 升级到 {migrations.LATEST_VERSION}，"
              f"升级前的备份：{list_backups(path)[0]}")
    return 0


# Switches only an administrator may turn: setting → what on and off mean for the clerk.
SWITCHES = {
    "system-access": (SYSTEM_ACCESS, "已允许定时脚本以“系统任务”身份使用命令行（--as-system），其操作记入审计记录。",
                      "已关闭“系统任务”身份。"),
    "viewer-exports": (VIEWER_TAKE_OUT, "已允许只读账号导出报表、打印文书和复制备份（每次都记入审计记录）。",
                       "只读账号不能再导出报表、打印文书或复制备份。"),
}


def switch(args: argparse.Namespace) -> int:
    open_db(args)
    auth.require("accounts")
    setting, on, off = SWITCHES[args.command]
    set_setting(setting, "1" if args.state == "on" else "0")
    print(on if args.state == "on" else off)
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("seed-demo", help="生成示例社区数据")
    p.add_argument("--residents", type=int, default=6000)
    p.set_defaults(run=seed_demo)

    p = sub.add_parser("encrypt", help="加密数据库及其备份（SQLCipher）")
    p.set_defaults(run=encrypt)

    p = sub.add_parser("audit", help="审计记录：verify 检查是否完整（触发器、记录链）")
    p.add_argument("action", choices=("verify",))
    p.set_defaults(run=audit)

    for name, help_text in (("system-access", "管理员：允许或禁止定时脚本用 --as-system"),
                            ("viewer-exports", "管理员：允许或禁止只读账号导出、打印和复制备份")):
        p = sub.add_parser(name, help=help_text)
        p.add_argument("state", choices=("on", "off"))
        p.set_defaults(run=switch)

    p = sub.add_parser("move-to", help="把本机的数据库文件整个迁到数据库服务器上的空数据库（逐表核对，本机文件保留）")
    p.add_argument("server", metavar="postgresql://用户@服务器:5432/数据库名")
    add_json_flag(p)
    p.set_defaults(run=move_to)

    p = sub.add_parser("upgrade", help="安装新版本后：先备份，再把数据库升级到新版本的结构")
    p.set_defaults(run=upgrade)

    p = sub.add_parser("backup", help="立即备份数据库")
    p.set_defaults(run=backup)

    p = sub.add_parser("restore", help="从备份文件恢复数据库（先校验备份文件）")
    p.add_argument("file", type=Path)
    p.set_defaults(run=restore)
