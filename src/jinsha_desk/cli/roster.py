"""Roster commands: import rosters, list and search residents, the community's figures."""

from __future__ import annotations

import argparse
from pathlib import Path

from jinsha_desk.cli.database import iso_date, open_db
from jinsha_desk.cli.output import add_json_flag, show, wrote
from jinsha_desk.db.versions import current_version
from jinsha_desk.errors import DeskError
from jinsha_desk.importing.headers import parse_mapping
from jinsha_desk.importing.importer import import_with_backup
from jinsha_desk.importing.report import report_text, write_rejected
from jinsha_desk.models import STATUS_ACTIVE, Resident
from jinsha_desk.roster import editing
from jinsha_desk.roster.history import residents_on
from jinsha_desk.roster.idcard import mask
from jinsha_desk.roster.residents import resident_records
from jinsha_desk.roster.stats import community_stats

RESIDENT_COLUMNS = [
    ("编号", "id"), ("姓名", "name"), ("身份证号", lambda r: mask(str(r["id_number"]))), ("性别", "gender"),
    ("出生日期", "birth_date"), ("电话", "phone"), ("网格", "grid"),
    ("住址", lambda r: f"{r['building']}{r['unit']}{r['room']}"),
]


def import_files(args: argparse.Namespace) -> int:
    open_db(args)
    report = import_with_backup(args.files, dry_run=args.dry_run, mapping=parse_mapping(args.map or []))
    if args.errors and report.rejected:
        write_rejected(report, Path(args.errors))
    saved = f"未导入的行已保存到 {args.errors}，修改后可直接重新导入。" if args.errors and report.rejected else ""
    return show(args, report.to_json(), text=report_text(report), summary=saved)


def residents(args: argparse.Namespace) -> int:
    open_db(args)
    if args.as_of is None:
        records = resident_records(args.search or "", include_inactive=args.all)
        return show(args, records, RESIDENT_COLUMNS, summary=f"共 {len(records)} 人")
    people = residents_on(args.as_of, include_inactive=args.all)
    if args.search:
        found = {r["id"] for r in resident_records(args.search, include_inactive=True)}
        people = [p for p in people if p.resident_id in found]
    columns = [*RESIDENT_COLUMNS, ("状态", "status")] if args.all else RESIDENT_COLUMNS
    return show(args, [p.as_json() for p in people], columns,
                summary=f"{args.as_of:%Y年%m月%d日}在册 {sum(p.status == STATUS_ACTIVE for p in people)} 人")


EDITABLE_FIELDS = ("name", "phone", "ethnicity", "relation", "political_status", "education", "residence_status",
                   "note", "grid", "building", "unit", "room")


def edit_resident(args: argparse.Namespace) -> int:
    """Correct the fields named; the rest stay as they are. Saved over the version read here (or the
    one given with --version), so a change another desk saved meanwhile is never overwritten."""
    open_db(args)
    data = editing.resident_input(args.id)
    if args.version is not None:
        data.version = args.version
    for name in EDITABLE_FIELDS:
        if getattr(args, name) is not None:
            setattr(data, name, getattr(args, name))
    if args.tags is not None:
        data.tags = [t for t in args.tags.replace("，", "、").replace(",", "、").split("、") if t.strip()]
    data.create_grid = data.make_head = args.yes
    editing.update_resident(args.id, data)
    print(f"已保存居民“{data.name}”（编号 {args.id}，版本 {current_version(Resident, args.id)}）。")
    return 0


def _stats_text(stats: dict[str, object]) -> str:
    lines = [
        f"网格 {stats['grids']} 个，楼栋 {stats['buildings']} 栋，户数 {stats['households']} 户，"
        f"居民 {stats['residents']} 人，党员 {stats['party_members']} 人"
    ]
    for grid in stats["per_grid"]:  # type: ignore[attr-defined]
        lines.append(f"  {grid['grid']}：{grid['households']} 户，{grid['residents']} 人，党员 {grid['party_members']} 人")
    for tag, count in stats["per_category"].items():  # type: ignore[attr-defined]
        lines.append(f"  {tag}：{count} 人")
    return "\n".join(lines)


def stats(args: argparse.Namespace) -> int:
    open_db(args)
    if args.pdf:
        from jinsha_desk.documents.overview_docs import write_overview  # reportlab only when printing
        from jinsha_desk.overview import overview

        return wrote(write_overview(overview(args.as_of), args.pdf))
    figures = community_stats(as_of=args.as_of)
    heading = f"截至{args.as_of:%Y年%m月%d日}：\n" if args.as_of else ""
    return show(args, figures, text=heading + _stats_text(figures))


STORY_COLUMNS = [("日期", "date"), ("类别", "kind"), ("内容", "text"), ("记录人", "who")]


def story(args: argparse.Namespace) -> int:
    from jinsha_desk import story as stories

    open_db(args)
    if (args.resident is None) == (args.household is None):
        raise DeskError("请指定 --resident 居民编号 或 --household 户编号（二选一）。")
    told = stories.resident_story(args.resident) if args.resident else stories.household_story(args.household)
    if args.pdf:
        from jinsha_desk.documents.story_docs import write_story  # reportlab only when printing

        paper = "居民档案" if args.resident else "家庭档案"
        return wrote(write_story(told, args.pdf, paper))
    return show(args, [e.as_json() for e in told.events], STORY_COLUMNS,
                summary=f"{told.title}　{told.subject}　共 {len(told.events)} 条")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help="导入花名册（.xlsx、.xls、.csv）")
    p.add_argument("files", nargs="+", type=Path)
    p.add_argument("--dry-run", action="store_true", help="只检查并报告，不写入数据库")
    p.add_argument("--errors", type=Path, help="把未导入的行连同原因保存为Excel文件")
    p.add_argument("--map", action="append", metavar="表头=字段",
                   help="指定某列导入到哪个字段，如 \"现住门（楼）详址=address\"、\"人员类型=人员类别\"、\"备注=不导入\"（可多次使用）")
    add_json_flag(p)
    p.set_defaults(run=import_files)

    p = sub.add_parser("residents", help="列出或搜索居民")
    p.add_argument("--search", help="姓名、拼音、身份证号、电话或地址")
    p.add_argument("--all", action="store_true", help="包括已迁出和已故居民")
    p.add_argument("--as-of", type=iso_date, metavar="日期", help="那一天的花名册（如 2026-06-30），按历史记录还原")
    add_json_flag(p)
    p.set_defaults(run=residents)

    p = sub.add_parser("resident", help="更正一位居民的信息（只改写出的项目）")
    actions = p.add_subparsers(dest="action", required=True, metavar="操作")
    p = actions.add_parser("edit", help="更正一位居民（只改写出的项目）；别人已先保存时不覆盖，退出码 3")
    p.add_argument("id", type=int, help="居民编号（residents 列出的编号）")
    for name, label in editing.FIELD_LABELS.items():
        if name in EDITABLE_FIELDS:
            p.add_argument(f"--{name.replace('_', '-')}", dest=name, metavar=label)
    p.add_argument("--tags", metavar="人员类别", help="全部人员类别，用顿号分隔，如“低保、独居老人”；写空串清空")
    p.add_argument("--version", type=int, metavar="版本",
                   help="所依据的版本（residents --json 中的 version）；此后有人保存过则不覆盖")
    p.add_argument("--yes", action="store_true", help="需要新建网格或改换户主时直接同意")
    p.set_defaults(run=edit_resident)

    p = sub.add_parser("story", help="一位居民或一户的档案：登记、迁居、状态和类别变化、走访、服务、会议、表彰")
    p.add_argument("--resident", type=int, metavar="编号", help="居民编号（residents 列出的编号）")
    p.add_argument("--household", type=int, metavar="编号", help="户编号")
    p.add_argument("--pdf", type=Path, metavar="文件", help="打印成PDF")
    add_json_flag(p)
    p.set_defaults(run=story)

    p = sub.add_parser("stats", help="社区基本情况统计")
    p.add_argument("--as-of", type=iso_date, metavar="日期", help="那一天的统计（如 2026-06-30），按历史记录还原")
    p.add_argument("--pdf", type=Path, metavar="文件", help="打印社区概况（数字和图表，A4）")
    add_json_flag(p)
    p.set_defaults(run=stats)
