"""The period a return covers: a month (2026-10), a quarter (2026-Q4), a year (2026), or two dates."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from jinsha_desk.errors import DeskError


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date
    label: str


def parse_period(text: str) -> Period:
    text = text.strip()
    if match := re.fullmatch(r"(\d{4})-(\d{1,2})", text):
        year, month = int(match[1]), int(match[2])
        if not 1 <= month <= 12:
            raise DeskError(f"月份不对：{text}")
        last = calendar.monthrange(year, month)[1]
        return Period(dt.date(year, month, 1), dt.date(year, month, last), f"{year}年{month}月")
    if match := re.fullmatch(r"(\d{4})-?[Qq]([1-4])", text):
        year, quarter = int(match[1]), int(match[2])
        start = dt.date(year, 3 * quarter - 2, 1)
        end_month = 3 * quarter
        end = dt.date(year, end_month, calendar.monthrange(year, end_month)[1])
        return Period(start, end, f"{year}年第{'一二三四'[quarter - 1]}季度")
    if match := re.fullmatch(r"(\d{4})", text):
        year = int(match[1])
        return Period(dt.date(year, 1, 1), dt.date(year, 12, 31), f"{year}年度")
    raise DeskError(f"期间应写成 2026-10（月）、2026-Q4（季度）或 2026（年），而不是 {text}")


def between(start: dt.date, end: dt.date) -> Period:
    if start > end:
        raise DeskError("开始日期不能晚于结束日期。")
    return Period(start, end, f"{start:%Y年%m月%d日}至{end:%Y年%m月%d日}")
