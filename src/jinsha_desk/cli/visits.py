"""Visit commands: record a visit, list visits, who is due, the care categories' intervals."""

from __future__ import annotations

import argparse
import datetime as dt

from jinsha_desk.cli.database import iso_date, open_db
from jinsha_desk.cli.output import add_json_flag, show
from jinsha_desk.errors import DeskError
from jinsha_desk.roster.households import the_household
from jinsha_desk.visits import followup, records

VISIT_COLUMNS = [("编号", "id"), ("日期", "date"), ("住址", "household"), ("户主", "head"), ("类型", "kind"),
                 ("走访人", "visitor"), ("走访情况", "findings")]
DUE_COLUMNS = [("网格员", lambda d: d["worker"] or "（未定网格员）"), ("状态", "state"), ("住址", "address"),
               ("户主", "head"), ("关爱类别", "categories"), ("上次走访", lambda d: d["last_visit"] or "从未走访")]
INTERVAL_COLUMNS = [("类别", "category"), ("走访间隔", lambda r: f"每 {r['days']} 天" if r["days"] else "不要求定期走访")]


def add(args: argparse.Namespace) -> int:
    open_db(args)
    visit_id = records.add_visit(
        records.VisitInput(
            household_id=the_household(args.household), visit_date=args.date or dt.date.today(),
            visitor=args.visitor, kind=args.kind, findings=args.findings or "", needs=args.need or [],
        )
    )
    print(f"已记录走访（编号 {visit_id}）。")
    return 0


def edit(args: argparse.Namespace) -> int:
    open_db(args)
    data = records.visit_input(args.id)
    for name in ("visitor", "kind", "findings"):
        if getattr(args, name) is not None:
            setattr(data, name, getattr(args, name))
    if args.household:
        data.household_id, data.met_resident_ids = the_household(args.household), []
    data.visit_date = args.date or data.visit_date
    data.needs = [*data.needs, *(args.need or [])]
    records.update_visit(args.id, data)
    print(f"已更正走访（编号 {args.id}）。")
    return 0


def remove(args: argparse.Namespace) -> int:
    open_db(args)
    records.remove_visit(args.id)
    print(f"已删除走访（编号 {args.id}）及其提出的需求。")
    return 0


def list_visits(args: argparse.Namespace) -> int:
    open_db(args)
    rows = [r.as_json() for r in records.list_visits(args.date_from, args.date_to)]
    return show(args, rows, VISIT_COLUMNS, summary=f"共 {len(rows)} 次走访")


def due(args: argparse.Namespace) -> int:
    open_db(args)
    today = args.today or dt.date.today()
    rows = [d.as_json(today) for d in followup.due_households(today)]
    this_week = sum(d["state"] == followup.DUE_THIS_WEEK for d in rows)
    return show(args, rows, DUE_COLUMNS, summary=f"逾期 {len(rows) - this_week} 户，本周到期 {this_week} 户")


def intervals(args: argparse.Namespace) -> int:
    open_db(args)
    wanted = {}
    for setting in args.set or []:
        tag, _, days = setting.partition("=")
        if not days.strip().isdigit():
            raise DeskError(f"间隔应写成 类别=天数，例如 独居老人=7，而不是 {setting}")
        wanted[tag.strip()] = int(days)
    followup.set_care_intervals(wanted)
    rows = [{"category": tag, "days": days} for tag, days in followup.care_intervals().items()]
    return show(args, rows, INTERVAL_COLUMNS)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("visits", help="入户走访：登记、列表、待走访")
    actions = p.add_subparsers(dest="action", required=True, metavar="操作")

    p = actions.add_parser("add", help="登记一次走访")
    p.add_argument("--household", required=True, help="门牌地址或户内成员姓名/拼音，如“3栋2单元301”")
    p.add_argument("--date", type=iso_date, help="走访日期（默认今天）")
    p.add_argument("--visitor", required=True, help="走访人")
    p.add_argument("--kind", default="日常走访", help="走访类型，如 日常走访、关爱探访、需求收集")
    p.add_argument("--findings", help="走访情况")
    p.add_argument("--need", action="append", help="提出的需求或问题（可多次使用）")
    p.set_defaults(run=add)

    p = actions.add_parser("edit", help="更正一次走访（只改写出的项目）")
    p.add_argument("id", type=int, help="走访编号（见 visits list）")
    p.add_argument("--household", help="改为另一户")
    p.add_argument("--date", type=iso_date)
    p.add_argument("--visitor")
    p.add_argument("--kind")
    p.add_argument("--findings")
    p.add_argument("--need", action="append", help="补充提出的需求（可多次使用）")
    p.set_defaults(run=edit)

    p = actions.add_parser("remove", help="删除误录的走访（连同它提出的需求）")
    p.add_argument("id", type=int, help="走访编号（见 visits list）")
    p.set_defaults(run=remove)

    p = actions.add_parser("list", help="列出走访记录")
    p.add_argument("--from", dest="date_from", type=iso_date)
    p.add_argument("--to", dest="date_to", type=iso_date)
    add_json_flag(p)
    p.set_defaults(run=list_visits)

    p = actions.add_parser("due", help="逾期和本周到期的关爱走访")
    p.add_argument("--today", type=iso_date, help=argparse.SUPPRESS)
    add_json_flag(p)
    p.set_defaults(run=due)

    p = actions.add_parser("intervals", help="查看或设置各类关爱对象的走访间隔")
    p.add_argument("--set", action="append", metavar="类别=天数", help="如 独居老人=7（0 表示不要求定期走访）")
    add_json_flag(p)
    p.set_defaults(run=intervals)
