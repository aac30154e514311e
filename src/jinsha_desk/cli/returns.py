"""The returns for the street office, as Excel workbooks."""

from __future__ import annotations

import argparse
from pathlib import Path

from jinsha_desk.cli.database import iso_date, open_db
from jinsha_desk.errors import DeskError

RETURNS = ("roster", "care", "visits", "volunteer-hours", "meetings", "statistics")
WITH_IDS = ("roster", "care")


def export(args: argparse.Namespace) -> int:
    from jinsha_desk.returns.export import export_return  # openpyxl only when exporting
    from jinsha_desk.returns.period import between, parse_period

    open_db(args)
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
    if args.return_name in WITH_IDS:
        masked = "（完整身份证号）" if args.full_ids else "（身份证号已遮盖）"
    print(f"已导出 {result.rows} 行到 {result.path}{masked}。")
    if result.unfilled:
        print(f"模板中这些列没有可填的数据：{'、'.join(result.unfilled)}")
    if result.unmatched:
        print(f"这些内容在模板的下拉列表中没有对应项，已按原样填写：{'；'.join(result.unmatched)}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="导出报表：" + ", ".join(RETURNS))
    p.add_argument("return_name", metavar="RETURN", choices=RETURNS)
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--period", help="2026-10（月）、2026-Q4（季度）或 2026（年）")
    p.add_argument("--from", dest="date_from", type=iso_date)
    p.add_argument("--to", dest="date_to", type=iso_date)
    p.add_argument("--full-ids", action="store_true", help="导出完整身份证号（默认遮盖出生日期部分）")
    p.add_argument("--template", type=Path, help="街道下发的 Excel 模板")
    p.set_defaults(run=export)
