"""Exporting a return: into our own form or the street office's template, recorded in the export log."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from jinsha_desk import auth
from jinsha_desk.audit import EXPORT, may_take_out, record_event
from jinsha_desk.changes import DATA, reports
from jinsha_desk.errors import DeskError
from jinsha_desk.models import ExportLog, database
from jinsha_desk.office.profile import return_unit, signers
from jinsha_desk.paths import buffers_in
from jinsha_desk.returns.form import write_return
from jinsha_desk.returns.period import Period
from jinsha_desk.returns.returns import NEEDS_PERIOD, RETURNS, build_return
from jinsha_desk.returns.template import fill_template
from jinsha_desk.trail import recording


@dataclass
class ExportResult:
    path: Path
    rows: int
    # Template columns that no data could be found for.
    unfilled: list[str] = field(default_factory=list)
    # Values a drop-down list of the template has no entry for ("政治面貌：群众"), written as they are.
    unmatched: list[str] = field(default_factory=list)


@reports(DATA)
def export_return(
    code: str,
    out: Path,
    period: Period | None = None,
    full_ids: bool = False,
    template: Path | None = None,
    progress: Callable[[float, str], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    today: dt.date | None = None,
) -> ExportResult:
    today = today or dt.date.today()
    may_take_out()
    if period is not None and code not in NEEDS_PERIOD:
        raise DeskError(f"“{RETURNS[code]}”反映当前情况，不按期间统计，请不要指定期间。")
    if full_ids:
        auth.require("full_ids")
    table = build_return(code, period, full_ids, today)
    table.period = period.label if period else ""
    unfilled: list[str] = []
    unmatched: list[str] = []
    out = Path(out)
    # Written beside the destination under a temporary name, shown under its own name only when whole:
    # a failure or a kill leaves no readable partial file, and nothing goes to the system temp folder.
    partial = out.with_name(f".{out.stem}.{os.getpid()}.partial{out.suffix}")
    try:
        if template is not None:
            preparer, reviewer = signers()
            day = f"{today.year}年{today.month}月{today.day}日"
            end = period.end if period and period.end < today else today
            info = {"填报单位": return_unit(), "填报日期": day, "填表日期": day, "填表人": preparer, "制表人": preparer,
                    "审核人": reviewer, "统计截止日期": f"{end.year}年{end.month}月{end.day}日"}
            info["截止日期"] = info["统计截止日期"]
            filled = fill_template(table, Path(template), partial, info, cancel=cancel)
            unfilled, unmatched = filled.unfilled, filled.unmatched
        else:
            with buffers_in(out.parent):
                write_return(table, partial, return_unit(), today, signers(), progress, cancel)
        with recording(), database.atomic():  # logged in the same step that makes the file visible
            ExportLog.insert(user=auth.current().username, return_name=table.title, period=table.period,
                             masked=int(not full_ids), rows=len(table.rows), path=str(out)).execute()
            record_event(EXPORT, "return", f"{table.title}{table.period}，{len(table.rows)} 行，"
                         f"{'完整身份证号' if full_ids else '身份证号已遮盖'}，{out}")
            partial.replace(out)
    finally:
        partial.unlink(missing_ok=True)
    path = out
    return ExportResult(path, len(table.rows), unfilled, unmatched)


def export_log(limit: int = 200) -> list[ExportLog]:
    return list(ExportLog.select().order_by(ExportLog.id.desc()).limit(limit))
