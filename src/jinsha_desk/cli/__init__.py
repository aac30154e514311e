"""The command line: the same core functions the desktop app calls, for scripts and for the clerk.

One module per area, each defining its commands' parsers beside their handlers; every handler shows
its result through ``cli.output.show``.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from jinsha_desk import __version__
from jinsha_desk.cli import data, honours, meetings, office, returns, roster, server, visits, volunteers
from jinsha_desk.cli.database import add_account_options
from jinsha_desk.db.location import parse_location
from jinsha_desk.db.versions import EditConflict
from jinsha_desk.errors import DeskError, explain
from jinsha_desk.logs import setup_logging

CONFLICT_EXIT = 3  # a save refused because another desk saved the record first (db.versions)
AREAS = (office, roster, visits, volunteers, meetings, honours, returns, data, server)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="jinsha-desk", description="金沙社区工作台：居民花名册、走访、志愿服务、议事与报表。不带命令时打开桌面程序。"
    )
    parser.add_argument("--db", help="数据库文件（默认在用户数据目录下的 jinsha.db），"
                        "或数据库服务器 postgresql://用户@服务器:5432/数据库名")
    parser.add_argument("--demo", action="store_true", help="打开示例社区（单独的示例数据库，不影响真实数据）")
    parser.add_argument("--version", action="version", version=f"jinsha-desk {__version__}")
    add_account_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="命令")
    for area in AREAS:
        area.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from jinsha_desk.db.saved_connection import default_location
    from jinsha_desk.paths import demo_db_path

    try:
        args.db = parse_location(args.db) if args.db is not None else demo_db_path() if args.demo else default_location()
        if args.command is None:
            from jinsha_desk.ui.app import run_app  # Qt only for the desktop

            return run_app(args.db, demo=args.demo)
        setup_logging()
        return args.run(args)
    except EditConflict as exc:
        print(f"未保存：{exc.message}核对后，用 --version 写上当前版本 {exc.theirs.version} 再运行即保存您的内容。",
              file=sys.stderr)
        return CONFLICT_EXIT
    except DeskError as exc:
        print(f"错误：{exc.message}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # Output piped into `head` and closed early: not an error for the clerk.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("已中断，数据库未作改动。", file=sys.stderr)
        return 130
    except Exception as exc:  # one Chinese line for the clerk; the detail goes to the log
        logging.getLogger("jinsha_desk").exception("command failed")
        if getattr(args, "held_by", None) and "readonly" in str(exc).lower():
            print(f"错误：数据库正由{args.held_by}打开，命令行只能查看、不能修改。请关闭窗口后再运行这个命令。",
                  file=sys.stderr)
        else:
            print(f"错误：{explain(exc)}", file=sys.stderr)
        return 1
