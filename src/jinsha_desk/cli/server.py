"""An office's own database server: set it up once, start and stop it, see whether it runs."""

from __future__ import annotations

import argparse
from pathlib import Path

from jinsha_desk.db.cluster import CONNECTION_FILE, DEFAULT_PORT, PASSWORD_ENV, OfficeServer, init_server


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


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("server", help="办公室自己的数据库服务器（PostgreSQL）：init 建立、start 启动、stop 停止、status 状态")
    actions = p.add_subparsers(dest="action", required=True, metavar="操作")
    a = actions.add_parser("init", help=f"在文件夹中建立数据库服务器并启动（密码可放在环境变量 {PASSWORD_ENV}，否则自动生成）")
    a.add_argument("folder", type=Path, metavar="文件夹")
    a.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"端口（默认 {DEFAULT_PORT}）")
    a.set_defaults(run=init)
    for name, run, text in (("start", start, "启动数据库服务器"), ("stop", stop, "停止数据库服务器"),
                            ("status", status, "数据库服务器是否在运行（没有运行时退出码 3）")):
        a = actions.add_parser(name, help=text)
        a.add_argument("folder", type=Path, metavar="文件夹")
        a.set_defaults(run=run)
