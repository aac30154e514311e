"""Honour commands: campaigns and their rankings, the public notice and the certificates."""

from __future__ import annotations

import argparse
from pathlib import Path

from jinsha_desk.cli.database import open_db
from jinsha_desk.cli.output import add_json_flag, show, wrote
from jinsha_desk.honours import campaigns

CAMPAIGN_COLUMNS = [("编号", "id"), ("评选", "title"), ("阶段", "step"), ("提名", "nominees"),
                    ("当选", lambda r: f"{r['winners']}/{r['places']}")]
NOMINEE_COLUMNS = [("排名", "rank"), ("编号", "id"), ("名称", "name"), ("住址", "address"),
                   ("票数", lambda r: "-" if r["votes"] is None else r["votes"]),
                   ("评分", lambda r: "-" if r["score"] is None else r["score"]),
                   ("当选", lambda r: "当选" if r["winner"] else ""), ("证书编号", "serial")]


def honours(args: argparse.Namespace) -> int:
    open_db(args)
    if args.campaign is None:
        return show(args, [r.as_json() for r in campaigns.campaigns()], CAMPAIGN_COLUMNS)
    ranked = [{"rank": n, **r.as_json()} for n, r in enumerate(campaigns.ranking(args.campaign), start=1)]
    return show(args, ranked, NOMINEE_COLUMNS)


def notice(args: argparse.Namespace) -> int:
    from jinsha_desk.documents.honour_docs import write_notice  # reportlab only when printing

    open_db(args)
    return wrote(write_notice(args.campaign, args.out))


def certificates(args: argparse.Namespace) -> int:
    from jinsha_desk.documents.honour_docs import write_certificates
    from jinsha_desk.honours.paper import paper_offsets, save_paper_offsets

    open_db(args)
    if args.offset_right is not None or args.offset_down is not None:
        right, down = paper_offsets()
        save_paper_offsets(right if args.offset_right is None else args.offset_right,
                           down if args.offset_down is None else args.offset_down)
    return wrote(write_certificates(args.campaign, args.out, nominee_id=args.nominee, preprinted=args.preprinted))


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("honours", help="评选表彰：评选列表，或某次评选的提名排名")
    p.add_argument("campaign", type=int, nargs="?", help="评选编号：列出它的提名对象（按得分排名）")
    add_json_flag(p)
    p.set_defaults(run=honours)

    p = sub.add_parser("notice", help="生成评选结果公示 PDF")
    p.add_argument("campaign", type=int, help="评选编号（见 honours）")
    p.add_argument("--out", type=Path, required=True)
    p.set_defaults(run=notice)

    p = sub.add_parser("certificates", help="生成荣誉证书 PDF（整次评选，或用 --nominee 补打一张）")
    p.add_argument("campaign", type=int, help="评选编号（见 honours）")
    p.add_argument("--nominee", type=int, help="只补打这位获奖对象的证书（编号见 honours 评选编号，不变）")
    p.add_argument("--preprinted", action="store_true", help="套打：只印文字，用于已印好边框和标题的证书纸")
    p.add_argument("--offset-right", type=float, metavar="毫米", help="套打时文字整体右移（负数左移），记住供以后使用")
    p.add_argument("--offset-down", type=float, metavar="毫米", help="套打时文字整体下移（负数上移），记住供以后使用")
    p.add_argument("--out", type=Path, required=True)
    p.set_defaults(run=certificates)
