"""Meeting commands: meetings, their agenda, sign-in sheet and minutes, and the topics lists."""

from __future__ import annotations

import argparse
from pathlib import Path

from jinsha_desk.cli.database import open_db
from jinsha_desk.cli.output import add_json_flag, show, wrote
from jinsha_desk.meetings import topics as t
from jinsha_desk.meetings.meetings import meetings

MEETING_COLUMNS = [("编号", "id"), ("时间", "starts_at"), ("类型", "kind"), ("会议", "title"), ("地点", "place"),
                   ("邀请", lambda r: f"{r['invited']} 人"), ("议题", lambda r: f"{r['topics']} 个")]
TOPIC_COLUMNS = [("编号", "id"), ("提出日期", "raised_date"), ("类别", "kind"), ("阶段", "step"), ("议题", "title"),
                 ("负责人", "owner")]
PAPERS = {"agenda": "会议议程", "signin": "签到表", "minutes": "会议纪要"}


def list_meetings(args: argparse.Namespace) -> int:
    open_db(args)
    rows = [m.as_json() for m in meetings(args.year)]
    return show(args, rows, MEETING_COLUMNS, summary=f"共 {len(rows)} 次会议")


def paper(args: argparse.Namespace) -> int:
    from jinsha_desk.documents import meeting_docs  # reportlab only when printing

    open_db(args)
    writer = {"agenda": meeting_docs.write_agenda, "signin": meeting_docs.write_signin,
              "minutes": meeting_docs.write_minutes}[args.command]
    return wrote(writer(args.meeting, args.out))


def list_topics(args: argparse.Namespace) -> int:
    open_db(args)
    rows = [r.as_json() for r in t.topics(args.kind, args.step)]
    return show(args, rows, TOPIC_COLUMNS, summary=f"共 {len(rows)} 个议题；{t.satisfaction(args.kind).text()}")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("meetings", help="议事会议列表（编号用于 agenda、signin、minutes）")
    p.add_argument("--year", type=int)
    add_json_flag(p)
    p.set_defaults(run=list_meetings)

    for name, title in PAPERS.items():
        p = sub.add_parser(name, help=f"生成{title} PDF")
        p.add_argument("meeting", type=int, help="会议编号（见 meetings）")
        p.add_argument("--out", type=Path, required=True)
        p.set_defaults(run=paper)

    p = sub.add_parser("topics", help="需求、问题、项目清单")
    p.add_argument("--kind", choices=("需求", "问题", "项目"))
    p.add_argument("--step", help="收集、议题确定、协商、实施、评价、不予采纳、已撤回")
    add_json_flag(p)
    p.set_defaults(run=list_topics)
