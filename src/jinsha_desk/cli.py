"""The command line: the same core functions the desktop app calls, for scripts and for the clerk."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from jinsha_desk import __version__
from jinsha_desk.errors import DeskError


def _print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, default=str))


def _cmd_import(args: argparse.Namespace) -> int:
    from jinsha_desk.importing.importer import import_rosters
    from jinsha_desk.importing.report import report_text, write_rejected

    db = _open(args)
    if not args.dry_run:
        _backup_before_change(db, args.db, "before-import")
    report = import_rosters(args.files, dry_run=args.dry_run)
    if args.errors and report.rejected:
        write_rejected(report, Path(args.errors))
    if args.json:
        _print_json(report.to_json())
    else:
        print(report_text(report))
        if args.errors and report.rejected:
            print(f"未导入的行已保存到 {args.errors}，修改后可直接重新导入。")
    return 0


def _cmd_residents(args: argparse.Namespace) -> int:
    from jinsha_desk.roster.idcard import mask
    from jinsha_desk.roster.residents import resident_records

    _open(args)
    records = resident_records(args.search or "", include_inactive=args.all)
    if args.json:
        for record in records:
            _print_json(record)
        return 0
    for r in records:
        address = f"{r['building']}{r['unit']}{r['room']}"
        print(f"{r['name']}\t{mask(str(r['id_number']))}\t{r['gender']}\t{r['birth_date']}\t{r['phone']}\t{r['grid']}\t{address}")
    print(f"共 {len(records)} 人")
    return 0


def _cmd_stats(args: argparse.Namespace) -> int:
    from jinsha_desk.roster.stats import community_stats

    _open(args)
    stats = community_stats()
    if args.json:
        _print_json(stats)
        return 0
    print(
        f"网格 {stats['grids']} 个，楼栋 {stats['buildings']} 栋，户数 {stats['households']} 户，"
        f"居民 {stats['residents']} 人，党员 {stats['party_members']} 人"
    )
    for grid in stats["per_grid"]:  # type: ignore[union-attr]
        print(f"  {grid['grid']}：{grid['households']} 户，{grid['residents']} 人，党员 {grid['party_members']} 人")
    for tag, count in stats["per_category"].items():  # type: ignore[union-attr]
        print(f"  {tag}：{count} 人")
    return 0


def _cmd_seed_demo(args: argparse.Namespace) -> int:
    from jinsha_desk.demo import seed_demo

    _open(args)
    report = seed_demo(args.residents)
    print(f"示例社区已生成：新增 {report.new} 人，已有 {report.unchanged} 人。")
    return 0


def _cmd_backup(args: argparse.Namespace) -> int:
    from jinsha_desk.db.backup import backup_database

    db = _open(args)
    target = backup_database(db, args.db, reason="manual")
    print(f"已备份到 {target}")
    return 0


def _cmd_restore(args: argparse.Namespace) -> int:
    from jinsha_desk.db.backup import restore_database

    kept = restore_database(Path(args.file), args.db, _passphrase())
    _open(args)
    print(f"已从 {args.file} 恢复数据库 {args.db}。")
    if kept:
        print(f"恢复前的数据库已另存为 {kept}。")
    return 0


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期应写成 YYYY-MM-DD，例如 2026-11-23，而不是 {text}") from None


def _one_household(text: str) -> int:
    from jinsha_desk.roster.households import find_households

    found = find_households(text, limit=6)
    if len(found) == 1:
        return found[0].household_id
    if not found:
        raise DeskError(f"没有找到与“{text}”相符的户，请输入门牌地址或户内成员的姓名。")
    listed = "；".join(c.label() for c in found[:5])
    raise DeskError(f"“{text}”对应多户：{listed}。请写得更具体，例如加上楼栋和房号。")


def _cmd_visits(args: argparse.Namespace) -> int:
    from jinsha_desk.visits import followup, records

    _open(args)
    if args.action == "add":
        visit_id = records.add_visit(
            records.VisitInput(
                household_id=_one_household(args.household), visit_date=args.date or dt.date.today(),
                visitor=args.visitor, kind=args.kind, findings=args.findings or "", needs=args.need or [],
            )
        )
        print(f"已记录走访（编号 {visit_id}）。")
    elif args.action == "list":
        rows = records.list_visits(args.date_from, args.date_to)
        if args.json:
            _print_json([r.as_json() for r in rows])
        else:
            for r in rows:
                print(f"{r.visit_date}\t{r.address}\t{r.head}\t{r.kind}\t{r.visitor}\t{r.findings}")
            print(f"共 {len(rows)} 次走访")
    elif args.action == "intervals":
        for setting in args.set or []:
            tag, _, days = setting.partition("=")
            if not days.strip().isdigit():
                raise DeskError(f"间隔应写成 类别=天数，例如 独居老人=7，而不是 {setting}")
            followup.set_care_interval(tag.strip(), int(days))
        for tag, days in followup.care_intervals().items():
            print(f"{tag}\t{'每 %d 天' % days if days else '不要求定期走访'}")
    else:
        today = args.today or dt.date.today()
        due = followup.due_households(today)
        if args.json:
            _print_json([d.as_json(today) for d in due])
        else:
            for d in due:
                last = d.last_visit.isoformat() if d.last_visit else "从未走访"
                print(f"{d.worker or '（未定网格员）'}\t{d.state}\t{d.address}\t{d.head}\t{'、'.join(d.categories)}\t上次 {last}")
            print(f"逾期 {sum(d.state != followup.DUE_THIS_WEEK for d in due)} 户，本周到期 "
                  f"{sum(d.state == followup.DUE_THIS_WEEK for d in due)} 户")
    return 0


def _cmd_volunteers(args: argparse.Namespace) -> int:
    from jinsha_desk.volunteers.service import stars_text, volunteer_hours

    _open(args)
    rows = volunteer_hours()
    if args.json:
        _print_json([{**r.as_json(), "phone": r.phone} for r in rows])
        return 0
    for r in rows:
        print(f"{r.name}\t{r.phone}\t{'、'.join(r.teams)}\t累计 {r.total_hours:g} 小时\t{stars_text(r.stars)}")
    print(f"共 {len(rows)} 名志愿者")
    return 0


def _cmd_activities(args: argparse.Namespace) -> int:
    from jinsha_desk.volunteers.service import activities

    _open(args)
    rows = activities(args.year)
    if args.json:
        _print_json([
            {"date": a.activity_date.isoformat(), "title": a.title, "place": a.place, "team": a.team,
             "group_served": a.group_served, "volunteers": a.volunteers, "hours": a.hours}
            for a in rows
        ])
        return 0
    for a in rows:
        print(f"{a.activity_date}\t{a.title}\t{a.team}\t{a.place}\t{a.volunteers} 人\t{a.hours:g} 小时")
    print(f"共 {len(rows)} 次活动")
    return 0


def _cmd_hours(args: argparse.Namespace) -> int:
    from jinsha_desk.volunteers.service import hours_for_year, stars_text

    _open(args)
    rows = hours_for_year(args.year)
    if args.json:
        _print_json([r.as_json() for r in rows])
        return 0
    for r in rows:
        print(f"{r.name}\t{'、'.join(r.teams)}\t{args.year}年 {r.hours:g} 小时\t累计 {r.total_hours:g} 小时\t{stars_text(r.stars)}")
    return 0


def _cmd_meetings(args: argparse.Namespace) -> int:
    from jinsha_desk.meetings.meetings import meetings

    _open(args)
    rows = meetings(args.year)
    if args.json:
        _print_json([r.as_json() for r in rows])
        return 0
    for r in rows:
        print(f"{r.meeting_id}\t{r.starts_at:%Y-%m-%d %H:%M}\t{r.kind}\t{r.title}\t{r.place}\t{r.invited} 人\t{r.topics} 个议题")
    print(f"共 {len(rows)} 次会议")
    return 0


def _cmd_meeting_paper(args: argparse.Namespace) -> int:
    from jinsha_desk.documents import meeting_docs

    _open(args)
    writer = {"agenda": meeting_docs.write_agenda, "signin": meeting_docs.write_signin,
              "minutes": meeting_docs.write_minutes}[args.command]
    print(f"已生成 {writer(args.meeting, args.out)}")
    return 0


def _cmd_topics(args: argparse.Namespace) -> int:
    from jinsha_desk.meetings import topics

    _open(args)
    rows = topics.topics(args.kind, args.step)
    if args.json:
        _print_json([r.as_json() for r in rows])
        return 0
    for r in rows:
        print(f"{r.topic_id}\t{r.raised_date}\t{r.kind}\t{r.step}\t{r.title}\t{r.owner}")
    print(f"共 {len(rows)} 个议题；{topics.satisfaction(args.kind).text()}")
    return 0


def _cmd_honours(args: argparse.Namespace) -> int:
    from jinsha_desk.honours import campaigns

    _open(args)
    if args.campaign is not None:
        rows = campaigns.ranking(args.campaign)
        if args.json:
            _print_json([r.as_json() for r in rows])
            return 0
        for n, r in enumerate(rows, start=1):
            mark = "当选" if r.winner else ""
            print(f"{n}\t{r.name}\t{r.address}\t票数 {r.votes if r.votes is not None else '-'}\t"
                  f"评分 {r.score if r.score is not None else '-'}\t{mark}\t{r.serial or ''}")
        return 0
    rows = campaigns.campaigns()
    if args.json:
        _print_json([r.as_json() for r in rows])
        return 0
    for r in rows:
        print(f"{r.campaign_id}\t{r.title}\t{r.step}\t提名 {r.nominees}\t当选 {r.winners}/{r.places}")
    return 0


def _cmd_notice(args: argparse.Namespace) -> int:
    from jinsha_desk.documents.honour_docs import write_notice

    _open(args)
    print(f"已生成 {write_notice(args.campaign, args.out)}")
    return 0


def _cmd_certificates(args: argparse.Namespace) -> int:
    from jinsha_desk.documents.honour_docs import write_certificates

    _open(args)
    print(f"已生成 {write_certificates(args.campaign, args.out, nominee_id=args.nominee)}")
    return 0


def _cmd_service_certificate(args: argparse.Namespace) -> int:
    from jinsha_desk.documents.volunteer_docs import write_service_certificate

    _open(args)
    print(f"已生成 {write_service_certificate(args.volunteer, args.date_from, args.date_to, args.out)}")
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from jinsha_desk.returns.export import export_return
    from jinsha_desk.returns.period import between, parse_period

    _open(args)
    if args.period and (args.date_from or args.date_to):
        raise DeskError("--period 与 --from/--to 只能选一种。")
    period = None
    if args.period:
        period = parse_period(args.period)
    elif args.date_from or args.date_to:
        if not (args.date_from and args.date_to):
            raise DeskError("--from 和 --to 要一起写。")
        period = between(args.date_from, args.date_to)
    result = export_return(args.return_name, args.out, period, args.full_ids, args.template)
    masked = ""
    if args.return_name in ("roster", "care"):
        masked = "（完整身份证号）" if args.full_ids else "（身份证号已遮盖）"
    print(f"已导出 {result.rows} 行到 {result.path}{masked}。")
    if result.unfilled:
        print(f"模板中这些列没有可填的数据：{'、'.join(result.unfilled)}")
    return 0


PASSPHRASE_ENV = "JINSHA_DESK_PASSPHRASE"


def _passphrase() -> str | None:
    """An encrypted database's passphrase, from the environment (scripts) — never a command-line argument."""
    return os.environ.get(PASSPHRASE_ENV) or None


def _open(args: argparse.Namespace):
    from jinsha_desk.db.connection import NeedsPassphrase, open_database

    try:
        return open_database(args.db, passphrase=_passphrase())
    except NeedsPassphrase as exc:
        raise DeskError(f"{exc.message}（命令行从环境变量 {PASSPHRASE_ENV} 读取密码）") from None


def _cmd_encrypt(args: argparse.Namespace) -> int:
    import getpass

    from jinsha_desk.db.backup import backup_database, encrypt_with_backups

    db = _open(args)
    backup_database(db, args.db, reason="before-encrypt")
    db.close()
    passphrase = _passphrase()
    if passphrase is None:
        passphrase = getpass.getpass("设置数据库密码（至少 8 位）：")
        if getpass.getpass("再输入一次：") != passphrase:
            raise DeskError("两次输入的密码不一样。")
    count = encrypt_with_backups(args.db, passphrase)
    print(f"数据库已加密，{count} 个备份也已加密。以后打开需要输入这个密码，请妥善保管：忘记密码将无法恢复数据。")
    return 0


def _backup_before_change(db, db_path: Path, reason: str) -> None:
    from jinsha_desk.db.backup import backup_database
    from jinsha_desk.models import Resident

    if Resident.select().exists():
        backup_database(db, db_path, reason=reason)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="jinsha-desk", description="金沙社区工作台：居民花名册、走访、志愿服务、议事与报表。不带命令时打开桌面程序。"
    )
    parser.add_argument("--db", type=Path, help="数据库文件（默认在用户数据目录下的 jinsha.db）")
    parser.add_argument("--demo", action="store_true", help="打开示例社区（单独的示例数据库，不影响真实数据）")
    parser.add_argument("--version", action="version", version=f"jinsha-desk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="命令")

    p = sub.add_parser("import", help="导入花名册（.xlsx、.xls、.csv）")
    p.add_argument("files", nargs="+", type=Path)
    p.add_argument("--dry-run", action="store_true", help="只检查并报告，不写入数据库")
    p.add_argument("--errors", type=Path, help="把未导入的行连同原因保存为Excel文件")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=_cmd_import)

    p = sub.add_parser("residents", help="列出或搜索居民")
    p.add_argument("--search", help="姓名、拼音、身份证号、电话或地址")
    p.add_argument("--all", action="store_true", help="包括已迁出和已故居民")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=_cmd_residents)

    p = sub.add_parser("stats", help="社区基本情况统计")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=_cmd_stats)

    p = sub.add_parser("seed-demo", help="生成示例社区数据")
    p.add_argument("--residents", type=int, default=6000)
    p.set_defaults(run=_cmd_seed_demo)

    p = sub.add_parser("visits", help="入户走访：登记、列表、待走访")
    visit_sub = p.add_subparsers(dest="action", required=True, metavar="操作")
    add = visit_sub.add_parser("add", help="登记一次走访")
    add.add_argument("--household", required=True, help="门牌地址或户内成员姓名/拼音，如“3栋2单元301”")
    add.add_argument("--date", type=_date, help="走访日期（默认今天）")
    add.add_argument("--visitor", required=True, help="走访人")
    add.add_argument("--kind", default="日常走访", help="走访类型，如 日常走访、关爱探访、需求收集")
    add.add_argument("--findings", help="走访情况")
    add.add_argument("--need", action="append", help="提出的需求或问题（可多次使用）")
    listing = visit_sub.add_parser("list", help="列出走访记录")
    listing.add_argument("--from", dest="date_from", type=_date)
    listing.add_argument("--to", dest="date_to", type=_date)
    listing.add_argument("--json", action="store_true")
    due = visit_sub.add_parser("due", help="逾期和本周到期的关爱走访")
    due.add_argument("--today", type=_date, help=argparse.SUPPRESS)
    due.add_argument("--json", action="store_true")
    intervals = visit_sub.add_parser("intervals", help="查看或设置各类关爱对象的走访间隔")
    intervals.add_argument("--set", action="append", metavar="类别=天数", help="如 独居老人=7（0 表示不要求定期走访）")
    p.set_defaults(run=_cmd_visits)

    p = sub.add_parser("volunteers", help="志愿者及累计时长")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=_cmd_volunteers)

    p = sub.add_parser("activities", help="志愿服务活动")
    p.add_argument("--year", type=int)
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=_cmd_activities)

    p = sub.add_parser("hours", help="志愿服务时长统计")
    p.add_argument("--year", type=int, default=dt.date.today().year)
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=_cmd_hours)

    p = sub.add_parser("meetings", help="议事会议列表")
    p.add_argument("--year", type=int)
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=_cmd_meetings)

    for name, paper in (("agenda", "会议议程"), ("signin", "签到表"), ("minutes", "会议纪要")):
        p = sub.add_parser(name, help=f"生成{paper} PDF")
        p.add_argument("meeting", type=int, help="会议编号（见 meetings）")
        p.add_argument("--out", type=Path, required=True)
        p.set_defaults(run=_cmd_meeting_paper)

    p = sub.add_parser("topics", help="需求、问题、项目清单")
    p.add_argument("--kind", choices=("需求", "问题", "项目"))
    p.add_argument("--step", help="收集、议题确定、协商、实施、评价、不予采纳、已撤回")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=_cmd_topics)

    p = sub.add_parser("honours", help="评选表彰：评选列表，或某次评选的提名排名")
    p.add_argument("campaign", type=int, nargs="?", help="评选编号：列出它的提名对象（按得分排名）")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=_cmd_honours)

    p = sub.add_parser("notice", help="生成评选结果公示 PDF")
    p.add_argument("campaign", type=int)
    p.add_argument("--out", type=Path, required=True)
    p.set_defaults(run=_cmd_notice)

    p = sub.add_parser("certificates", help="生成荣誉证书 PDF（整次评选，或用 --nominee 补打一张）")
    p.add_argument("campaign", type=int)
    p.add_argument("--nominee", type=int, help="只补打这位获奖对象的证书（编号不变）")
    p.add_argument("--out", type=Path, required=True)
    p.set_defaults(run=_cmd_certificates)

    p = sub.add_parser("service-certificate", help="生成志愿服务证明 PDF")
    p.add_argument("volunteer", type=int)
    p.add_argument("--from", dest="date_from", type=_date, required=True)
    p.add_argument("--to", dest="date_to", type=_date, required=True)
    p.add_argument("--out", type=Path, required=True)
    p.set_defaults(run=_cmd_service_certificate)

    p = sub.add_parser("export", help="导出报表：roster, care, visits, volunteer-hours, meetings, statistics")
    p.add_argument("return_name", metavar="RETURN",
                   choices=("roster", "care", "visits", "volunteer-hours", "meetings", "statistics"))
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--period", help="2026-10（月）、2026-Q4（季度）或 2026（年）")
    p.add_argument("--from", dest="date_from", type=_date)
    p.add_argument("--to", dest="date_to", type=_date)
    p.add_argument("--full-ids", action="store_true", help="导出完整身份证号（默认遮盖出生日期部分）")
    p.add_argument("--template", type=Path, help="街道下发的 Excel 模板")
    p.set_defaults(run=_cmd_export)

    p = sub.add_parser("encrypt", help="加密数据库及其备份（SQLCipher）")
    p.set_defaults(run=_cmd_encrypt)

    p = sub.add_parser("backup", help="立即备份数据库")
    p.set_defaults(run=_cmd_backup)

    p = sub.add_parser("restore", help="从备份文件恢复数据库（先校验备份文件）")
    p.add_argument("file", type=Path)
    p.set_defaults(run=_cmd_restore)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from jinsha_desk.paths import default_db_path, demo_db_path

    if args.db is None:
        args.db = demo_db_path() if args.demo else default_db_path()
    try:
        if args.command is None:
            from jinsha_desk.ui.app import run_app

            return run_app(args.db, demo=args.demo)
        return args.run(args)
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
