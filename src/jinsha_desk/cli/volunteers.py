"""Volunteer commands: volunteers with their totals, activities, hours per year, the service certificate."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from jinsha_desk.cli.database import iso_date, open_db
from jinsha_desk.cli.output import add_json_flag, show, wrote
from jinsha_desk.volunteers.service import activities, hours_for_year, stars_text, volunteer_hours

VOLUNTEER_COLUMNS = [("编号", "id"), ("姓名", "name"), ("电话", "phone"), ("服务队", "team"),
                     ("累计", lambda r: f"{r['total_hours']:g} 小时"), ("星级", lambda r: stars_text(r["star"]))]
ACTIVITY_COLUMNS = [("编号", "id"), ("日期", "date"), ("活动", "title"), ("服务队", "team"), ("地点", "place"),
                    ("人数", "volunteers"), ("时长", lambda r: f"{r['hours']:g} 小时")]
HOURS_COLUMNS = [("姓名", "name"), ("服务队", "team"), ("本年", lambda r: f"{r['hours']:g} 小时"),
                 ("累计", lambda r: f"{r['total_hours']:g} 小时"), ("星级", lambda r: stars_text(r["star"]))]


def volunteers(args: argparse.Namespace) -> int:
    open_db(args)
    rows = [{"id": r.volunteer_id, **r.as_json(), "phone": r.phone} for r in volunteer_hours()]
    return show(args, rows, VOLUNTEER_COLUMNS, summary=f"共 {len(rows)} 名志愿者")


def list_activities(args: argparse.Namespace) -> int:
    open_db(args)
    rows = [a.as_json() for a in activities(args.year)]
    return show(args, rows, ACTIVITY_COLUMNS, summary=f"共 {len(rows)} 次活动")


def hours(args: argparse.Namespace) -> int:
    open_db(args)
    rows = [r.as_json() for r in hours_for_year(args.year)]
    return show(args, rows, HOURS_COLUMNS, summary=f"{args.year}年共 {len(rows)} 名志愿者参加服务")


def service_certificate(args: argparse.Namespace) -> int:
    from jinsha_desk.documents.volunteer_docs import write_service_certificate  # reportlab only when printing

    open_db(args)
    return wrote(write_service_certificate(args.volunteer, args.date_from, args.date_to, args.out))


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("volunteers", help="志愿者及累计时长（编号用于 service-certificate）")
    add_json_flag(p)
    p.set_defaults(run=volunteers)

    p = sub.add_parser("activities", help="志愿服务活动")
    p.add_argument("--year", type=int)
    add_json_flag(p)
    p.set_defaults(run=list_activities)

    p = sub.add_parser("hours", help="志愿服务时长统计")
    p.add_argument("--year", type=int, default=dt.date.today().year)
    add_json_flag(p)
    p.set_defaults(run=hours)

    p = sub.add_parser("service-certificate", help="生成志愿服务证明 PDF")
    p.add_argument("volunteer", type=int, help="志愿者编号（见 volunteers）")
    p.add_argument("--from", dest="date_from", type=iso_date, required=True)
    p.add_argument("--to", dest="date_to", type=iso_date, required=True)
    p.add_argument("--out", type=Path, required=True)
    p.set_defaults(run=service_certificate)
