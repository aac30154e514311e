"""Meeting commands: meetings, their agenda, sign-in sheet and minutes, and the topics lists."""

from __future__ import annotations

import argparse
from pathlib import Path

from jinsha_desk.cli.database import open_db
from jinsha_desk.cli.output import add_json_flag, show, wrote
from jinsha_desk.meetings import meetings as m
from jinsha_desk.meetings import topics as t

MEETING_COLUMNS = [("编号", "id"), ("时间", "starts_at"), ("类型", "kind"), ("会议", "title"), ("地点", "place"),
                   ("邀请", lambda r: f"{r['invited']} 人"), ("议题", lambda r: f"{r['topics']} 个")]
TOPIC_COLUMNS = [("编号", "id"), ("提出日期", "raised_date"), ("类别", "kind"), ("阶段", "step"), ("议题", "title"),
                 ("负责人", "owner")]
PAPERS = {"agenda": "会议议程", "signin": "签到表", "minutes": "会议纪要"}


def list_meetings(args: argparse.Namespace) -> int:
    open_db(args)
    if args.action == "show":
        detail = m.meeting_detail(args.id)
        people = "\n".join(f"  {a.attendee_id}\t{a.name}\t{a.category}\t{a.unit}\t{a.attendance}" for a in detail.attendees)
        agenda = "\n".join(f"  {i.item_id}\t{i.position}. {i.title}（{i.step}）{i.decision}" for i in detail.agenda)
        return show(args, detail.as_json(), text=f"{detail.title}　{detail.when()}　{detail.place}\n"
                    f"参会人员（编号 姓名 类别 单位 出席）：\n{people}\n议程（编号 议题）：\n{agenda}")
    if args.action == "remove":
        m.remove_meeting(args.id)
    elif args.action == "uninvite":
        m.uninvite(args.attendee)
    rows = [r.as_json() for r in m.meetings(args.year)]
    return show(args, rows, MEETING_COLUMNS, summary=f"共 {len(rows)} 次会议")


def paper(args: argparse.Namespace) -> int:
    from jinsha_desk.documents import meeting_docs  # reportlab only when printing

    open_db(args)
    writer = {"agenda": meeting_docs.write_agenda, "signin": meeting_docs.write_signin,
              "minutes": meeting_docs.write_minutes}[args.command]
    return wrote(writer(args.meeting, args.out))


def list_topics(args: argparse.Namespace) -> int:
    open_db(args)
    if args.action == "back":
        print(f"议题 {args.id} 已退回到“{t.step_back(args.id, args.reason)}”。")
    rows = [r.as_json() for r in t.topics(args.kind, args.step)]
    return show(args, rows, TOPIC_COLUMNS, summary=f"共 {len(rows)} 个议题；{t.satisfaction(args.kind).text()}")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("meetings", help="议事会议列表（编号用于 agenda、signin、minutes）")
    p.add_argument("--year", type=int)
    add_json_flag(p)
    actions = p.add_subparsers(dest="action", metavar="操作")
    a = actions.add_parser("show", help="一次会议的参会人员和议程（带编号）")
    a.add_argument("id", type=int, help="会议编号")
    add_json_flag(a, under_command=True)
    a = actions.add_parser("remove", help="删除误建或取消的会议（已有纪要的不能删除）")
    a.add_argument("id", type=int, help="会议编号")
    a = actions.add_parser("uninvite", help="把一位参会人员移出邀请名单")
    a.add_argument("attendee", type=int, help="参会人员编号（见 meetings show）")
    p.set_defaults(run=list_meetings)

    for name, title in PAPERS.items():
        p = sub.add_parser(name, help=f"生成{title} PDF")
        p.add_argument("meeting", type=int, help="会议编号（见 meetings）")
        p.add_argument("--out", type=Path, required=True)
        if name == "signin":
            p.add_argument("--full", action="store_true", help="显示完整电话和门牌号（默认遮盖，签到表要传阅）")
        p.set_defaults(run=paper)

    p = sub.add_parser("topics", help="需求、问题、项目清单")
    p.add_argument("--kind", choices=("需求", "问题", "项目"))
    p.add_argument("--step", help="收集、议题确定、协商、实施、评价、不予采纳、已撤回")
    add_json_flag(p)
    actions = p.add_subparsers(dest="action", metavar="操作")
    a = actions.add_parser("back", help="把议题退回上一步（须写明原因）")
    a.add_argument("id", type=int, help="议题编号")
    a.add_argument("--reason", required=True)
    p.set_defaults(run=list_topics)
