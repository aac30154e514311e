"""Setting up the office: the community's profile, its grids and its staff."""

from __future__ import annotations

import argparse

from jinsha_desk.cli.database import open_db
from jinsha_desk.cli.output import add_json_flag, show
from jinsha_desk.errors import DeskError
from jinsha_desk.office import grids as g
from jinsha_desk.office import profile
from jinsha_desk.office import staff as s

PROFILE_COLUMNS = [("项目", "label"), ("键", "key"), ("内容", lambda r: r["value"] or "（未填）")]
GRID_COLUMNS = [("编号", "id"), ("网格", "name"), ("网格员", "worker"), ("电话", "worker_phone"),
                ("楼栋", "buildings"), ("在册居民", "residents"), ("状态", lambda r: "已撤销" if r["retired"] else "")]
STAFF_COLUMNS = [("编号", "id"), ("姓名", "name"), ("职务", "post"), ("电话", "phone"), ("服务网格", "grid"),
                 ("状态", lambda r: "" if r["active"] else "已离开")]


def settings(args: argparse.Namespace) -> int:
    open_db(args)
    wanted = {}
    for setting in args.set or []:
        key, sep, value = setting.partition("=")
        if not sep:
            raise DeskError(f"设置应写成 键=内容，例如 community_name=金沙社区，而不是 {setting}")
        wanted[key] = value
    if wanted:
        profile.update_profile(wanted)
    current = profile.profile()
    if args.json:
        return show(args, current)
    rows = [{"key": key, "label": label, "value": current[key]} for key, label, _ in profile.FIELDS]
    return show(args, rows, PROFILE_COLUMNS)


def grids(args: argparse.Namespace) -> int:
    open_db(args)
    if args.action == "add":
        g.add_grid(args.name, args.worker or "", args.phone or "")
    elif args.action == "rename":
        g.rename_grid(args.grid, args.new_name)
    elif args.action == "worker":
        g.set_grid_worker(args.grid, args.worker, args.phone or "")
    elif args.action == "merge":
        g.merge_grids(args.grid, args.into)
    elif args.action == "remove":
        g.retire_grid(args.grid)
    elif args.action == "assign":
        g.assign_building(args.building, args.grid)
    rows = [r.as_json() for r in g.grids(include_retired=args.all)]
    return show(args, rows, GRID_COLUMNS, summary=f"共 {len(rows)} 个网格")


def staff(args: argparse.Namespace) -> int:
    open_db(args)
    if args.action in ("add", "edit"):
        data = s.StaffInput(args.name, args.post or "", args.phone or "", args.grid or "")
        if args.action == "add":
            s.add_staff(data)
        else:
            s.update_staff(args.id, data)
    elif args.action == "remove":
        s.remove_staff(args.id)
    rows = [r.as_json() for r in s.staff(include_inactive=args.all)]
    return show(args, rows, STAFF_COLUMNS, summary=f"共 {len(rows)} 名工作人员")


def _listing(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument("--all", action="store_true", help=f"包括{what}")
    add_json_flag(parser)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("settings", help="社区基本信息：名称、居委会全称、街道、代码、地址、电话、填报单位、填表人、审核人")
    p.add_argument("--set", action="append", metavar="键=内容",
                   help="如 community_name=金沙社区 或 社区名称=金沙社区（可多次使用）")
    add_json_flag(p)
    p.set_defaults(run=settings)

    p = sub.add_parser("grids", help="网格：列出、新增、改名、设网格员、合并、撤销、划分楼栋")
    actions = p.add_subparsers(dest="action", metavar="操作")
    _listing(p, "已撤销的网格")
    a = actions.add_parser("add", help="新增网格")
    a.add_argument("name")
    a.add_argument("--worker", help="网格员")
    a.add_argument("--phone", help="网格员电话")
    a = actions.add_parser("rename", help="网格改名")
    a.add_argument("grid", help="网格编号或名称")
    a.add_argument("new_name")
    a = actions.add_parser("worker", help="设置网格员")
    a.add_argument("grid", help="网格编号或名称")
    a.add_argument("--worker", required=True)
    a.add_argument("--phone")
    a = actions.add_parser("merge", help="把一个网格合并到另一个（楼栋和工作人员一并转入）")
    a.add_argument("grid", help="被合并的网格")
    a.add_argument("--into", required=True, help="并入的网格")
    a = actions.add_parser("remove", help="撤销网格（须先没有楼栋）")
    a.add_argument("grid", help="网格编号或名称")
    a = actions.add_parser("assign", help="把楼栋划入网格")
    a.add_argument("building", help="楼栋，如 3栋")
    a.add_argument("grid", help="网格编号或名称")
    p.set_defaults(run=grids)

    p = sub.add_parser("staff", help="社区工作人员：列出、新增、修改、移出名单")
    actions = p.add_subparsers(dest="action", metavar="操作")
    _listing(p, "已离开的工作人员")
    for name, help_text in (("add", "新增工作人员"), ("edit", "修改工作人员")):
        a = actions.add_parser(name, help=help_text)
        if name == "edit":
            a.add_argument("id", type=int, help="工作人员编号（见 staff）")
        a.add_argument("name")
        a.add_argument("--post", help="职务，如 网格员、社工")
        a.add_argument("--phone")
        a.add_argument("--grid", help="服务的网格")
    a = actions.add_parser("remove", help="移出名单（走访记录中的姓名保留）")
    a.add_argument("id", type=int)
    p.set_defaults(run=staff)
