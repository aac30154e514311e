"""The street office's view of its communities: the statistics return with a row per community, each
community's figures computed by the same code as its own return (returns.statistics_return)."""

from __future__ import annotations

import datetime as dt

from peewee import Database

from jinsha_desk.db.communities import communities, look_at
from jinsha_desk.errors import DeskError
from jinsha_desk.returns.form import NUMBER, Column, ReturnTable
from jinsha_desk.returns.period import Period
from jinsha_desk.returns.returns import statistics_return

TITLE = "各社区基本情况统计表"


def street_statistics(db: Database, period: Period, today: dt.date | None = None) -> ReturnTable:
    """One row per community (its return's 合计 row), then the street's total."""
    today = today or dt.date.today()
    found = communities(db)
    if not found:
        raise DeskError("这个数据库里还没有社区（用 server add-community 添加），或当前账号不是街道办账号。")
    totals: list[tuple[str, dict[str, object]]] = []
    for _code, name, schema in found:
        look_at(db, schema)
        table = statistics_return(period, today)
        totals.append((name, dict(zip((c.header for c in table.columns[1:]), table.rows[-1][1:], strict=True))))
    titles = list(dict.fromkeys(title for _, figures in totals for title in figures))
    columns = [Column("社区"), *(Column(title, NUMBER) for title in titles)]
    rows = [[name, *(figures.get(title, 0) for title in titles)] for name, figures in totals]
    rows.append(["合计", *(round(sum(r[i] or 0 for r in rows), 1) for i in range(1, len(columns)))])
    return ReturnTable("street-statistics", TITLE, columns, rows, period.label, notes=[
        f"每个社区一行，为该社区“社区基本情况统计表”的合计行；共 {len(found)} 个社区。"])
