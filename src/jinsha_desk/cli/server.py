"""An office's own database server: set it up once, start and stop it, see whether it runs."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import secrets
from pathlib import Path

from jinsha_desk.cli.output import add_json_flag, show
from jinsha_desk.db import communities
from jinsha_desk.db.cluster import CONNECTION_FILE, DEFAULT_PORT, PASSWORD_ENV, OfficeServer, init_server
from jinsha_desk.db.location import is_server
from jinsha_desk.db.server import open_server
from jinsha_desk.errors import DeskError


def init(args: argparse.Namespace) -> int:
    server, password = init_server(args.folder, args.port)
    print(f"数据库服务器已建好并已启动：{server.folder}\n"
          f"办公室各台电脑用这个地址连接（在“设置”中填写，或命令行 --db）：\n  {server.url(password=password)}\n"
          f"地址和密码也保存在 {server.folder / CONNECTION_FILE}，请只告诉本办公室的工作人员。\n"
          f"这台电脑重启后，请运行 server start {server.folder}。")
    return 0


def start(args: argparse.Namespace) -> int:
    server = OfficeServer(args.folder)
    server.start()
    print(f"数据库服务器已启动，端口 {server.port}：{server.url()}")
    return 0


def stop(args: argparse.Namespace) -> int:
    OfficeServer(args.folder).stop()
    print("数据库服务器已停止。各台电脑在它再次启动前无法保存。")
    return 0


def status(args: argparse.Namespace) -> int:
    server = OfficeServer(args.folder)
    if server.running():
        print(f"数据库服务器正在运行，端口 {server.port}：{server.url()}")
        return 0
    print(f"数据库服务器没有运行（{server.folder}）。启动：server start {server.folder}")
    return 3


def add_community(args: argparse.Namespace) -> int:
    """On a street office's server database, as its owner: a new community with its own role."""
    if not is_server(args.db):
        raise DeskError("add-community 用在街道的数据库服务器上：请用 --db postgresql://…（数据库所有者的账号）。")
    password = os.environ.get(PASSWORD_ENV) or secrets.token_urlsafe(12)
    address = communities.add_community(open_server(args.db, set_up=False), args.db, args.code, args.name, password)
    print(f"已添加社区“{args.name}”。该社区各台电脑用这个地址连接（只看得到本社区的数据）：\n"
          f"  {address.signed_in_as(communities.role_of(args.db, args.code), password).url}\n"
          f"街道办账号 {communities.street_role(args.db)} 可查看所有社区（密码在添加第一个社区时设定）。")
    return 0


def street_stats(args: argparse.Namespace) -> int:
    from jinsha_desk.returns.form import write_return  # openpyxl only when writing
    from jinsha_desk.returns.period import parse_period
    from jinsha_desk.street import street_statistics

    if not is_server(args.db):
        raise DeskError("street 命令用在街道的数据库服务器上：请用 --db postgresql://jinsha_street@服务器/数据库。")
    db = open_server(args.db)
    table = street_statistics(db, parse_period(args.period))
    if args.out:
        write_return(table, args.out, args.unit, dt.date.today())
        print(f"已导出 {len(table.rows)} 行到 {args.out}。")
    rows = [dict(zip([c.header for c in table.columns], row, strict=True)) for row in table.rows]
    return show(args, rows, [(c.header, c.header) for c in table.columns], summary=f"{table.title}（{table.period}）")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("server", help="办公室自己的数据库服务器（PostgreSQL）：init 建立、start 启动、stop 停止、status 状态")
    actions = p.add_subparsers(dest="action", required=True, metavar="操作")
    a = actions.add_parser("init", help=f"在文件夹中建立数据库服务器并启动（密码可放在环境变量 {PASSWORD_ENV}，否则自动生成）")
    a.add_argument("folder", type=Path, metavar="文件夹")
    a.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"端口（默认 {DEFAULT_PORT}）")
    a.set_defaults(run=init)
    a = actions.add_parser("add-community", help="街道的数据库服务器上添加一个社区（独立的账号和数据，街道办可查看）")
    a.add_argument("code", metavar="代码", help="社区代码，小写字母和数字，如 jinsha")
    a.add_argument("--name", required=True, help="社区名称，如 金沙社区")
    a.set_defaults(run=add_community)
    for name, run, text in (("start", start, "启动数据库服务器"), ("stop", stop, "停止数据库服务器"),
                            ("status", status, "数据库服务器是否在运行（没有运行时退出码 3）")):
        a = actions.add_parser(name, help=text)
        a.add_argument("folder", type=Path, metavar="文件夹")
        a.set_defaults(run=run)

    p = sub.add_parser("street", help="街道办：所有社区的统计（用街道办账号连接街道的数据库服务器）")
    actions = p.add_subparsers(dest="action", required=True, metavar="操作")
    a = actions.add_parser("stats", help="各社区基本情况统计表：每个社区一行")
    a.add_argument("--period", required=True, help="2026-10（月）、2026-Q4（季度）或 2026（年）")
    a.add_argument("--out", type=Path, help="导出为 Excel 文件")
    a.add_argument("--unit", default="街道办事处", help="填报单位")
    add_json_flag(a)
    a.set_defaults(run=street_stats)
