"""Volunteer commands: volunteers with their totals, activities, hours per year, the service certificate."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from jinsha_desk.cli.database import iso_date, open_db
from jinsha_desk.cli.output import add_json_flag, show, wrote
from jinsha_desk.errors import DeskError
from jinsha_desk.volunteers.people import correct_volunteer, get_volunteer, remove_volunteer
from jinsha_desk.volunteers.service import (
    activities,
    activity_input,
    hours_for_year,
    remove_activity,
    set_activity_hours,
    stars_text,
    update_activity,
    volunteer_hours,
)

VOLUNTEER_COLUMNS = [("编号", "id"), ("姓名", "name"), ("电话", "phone"), ("服务队", "team"),
                     ("累计", lambda r: f"{r['total_hours']:g} 小时"), ("星级", lambda r: stars_text(r["star"]))]
ACTIVITY_COLUMNS = [("编号", "id"), ("日期", "date"), ("活动", "title"), ("服务队", "team"), ("地点", "place"),
                    ("人数", "volunteers"), ("时长", lambda r: f"{r['hours']:g} 小时")]
HOURS_COLUMNS = [("姓名", "name"), ("服务队", "team"), ("本年", lambda r: f"{r['hours']:g} 小时"),
                 ("累计", lambda r: f"{r['total_hours']:g} 小时"), ("星级", lambda r: stars_text(r["star"]))]


def volunteers(args: argparse.Namespace) -> int:
    open_db(args)
    if args.action == "remove":
        remove_volunteer(args.id)
    elif args.action == "edit":
        current = get_volunteer(args.id)
        correct_volunteer(args.id, args.name or current.name, current.phone if args.phone is None else args.phone,
                          current.note, args.number, seen_version=current.version)
    rows = [{"id": r.volunteer_id, **r.as_json(), "phone": r.phone} for r in volunteer_hours()]
    return show(args, rows, VOLUNTEER_COLUMNS, summary=f"共 {len(rows)} 名志愿者")


def _hours(pairs: list[str]) -> dict[int, float]:
    hours = {}
    for pair in pairs:
        volunteer, _, value = pair.partition("=")
        if not volunteer.strip().isdigit() or not value:
            raise DeskError(f"时长应写成 志愿者编号=小时，例如 12=2.5，而不是 {pair}")
        hours[int(volunteer)] = value
    return hours


def list_activities(args: argparse.Namespace) -> int:
    open_db(args)
    if args.action == "edit":
        data = activity_input(args.id)
        data.title = args.title or data.title
        data.activity_date = args.date or data.activity_date
        data.place = args.place if args.place is not None else data.place
        update_activity(args.id, data)
        if args.hours:
            set_activity_hours(args.id, _hours(args.hours))
    elif args.action == "remove":
        remove_activity(args.id)
    rows = [a.as_json() for a in activities(args.year)]
    return show(args, rows, ACTIVITY_COLUMNS, summary=f"共 {len(rows)} 次活动")


def hours(args: argparse.Namespace) -> int:
    open_db(args)
    rows = [r.as_json() for r in hours_for_year(args.year)]
    return show(args, rows, HOURS_COLUMNS, summary=f"{args.year}年共 {len(rows)} 名志愿者参加服务")


def service_certificate(args: argparse.Namespace) -> int:
    from jinsha_desk.documents.volunteer_docs import write_service_certificate  # reportlab only when printing

    open_db(args)
    return wrote(write_service_certificate(args.volunteer, args.date_from, args.date_to, args.out,
                                           handler=args.handler or "", full_id=args.full_id))


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("volunteers", help="志愿者及累计时长（编号用于 service-certificate）")
    add_json_flag(p)
    actions = p.add_subparsers(dest="action", metavar="操作")
    a = actions.add_parser("remove", help="删除误登记的志愿者（已有服务时长的不能删除）")
    a.add_argument("id", type=int)
    a = actions.add_parser("edit", help="更正志愿者信息（只改写出的项目）")
    a.add_argument("id", type=int)
    a.add_argument("--name", help="姓名（社区外志愿者）")
    a.add_argument("--phone")
    a.add_argument("--number", help="志愿者编号（志愿中国注册编号），印在志愿服务记录证明上")
    p.set_defaults(run=volunteers)

    p = sub.add_parser("activities", help="志愿服务活动：列出、更正、删除")
    p.add_argument("--year", type=int)
    add_json_flag(p)
    actions = p.add_subparsers(dest="action", metavar="操作")
    a = actions.add_parser("edit", help="更正活动（只改写出的项目；--hours 给出时，时长改为所列的）")
    a.add_argument("id", type=int, help="活动编号（见 activities）")
    a.add_argument("--title")
    a.add_argument("--date", type=iso_date)
    a.add_argument("--place")
    a.add_argument("--hours", action="append", metavar="志愿者编号=小时", help="如 12=2.5（可多次使用）")
    a = actions.add_parser("remove", help="删除误录的活动（连同其服务时长）")
    a.add_argument("id", type=int)
    p.set_defaults(run=list_activities)

    p = sub.add_parser("hours", help="志愿服务时长统计")
    p.add_argument("--year", type=int, default=dt.date.today().year)
    add_json_flag(p)
    p.set_defaults(run=hours)

    p = sub.add_parser("service-certificate", help="生成志愿服务记录证明 PDF（同一志愿者同一期间补打时证明编号不变）")
    p.add_argument("volunteer", type=int, help="志愿者编号（见 volunteers）")
    p.add_argument("--from", dest="date_from", type=iso_date, required=True)
    p.add_argument("--to", dest="date_to", type=iso_date, required=True, help="不能晚于今天")
    p.add_argument("--handler", help="经办人（默认取设置中的经办人）")
    p.add_argument("--full-id", action="store_true", help="印出完整证件号码（默认隐去中间部分）")
    p.add_argument("--out", type=Path, required=True)
    p.set_defaults(run=service_certificate)
