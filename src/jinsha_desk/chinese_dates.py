"""Dates as Chinese documents write them: 二〇二六年十二月 on certificates, 2026年12月1日 in notices."""

from __future__ import annotations

import datetime as dt

_DIGITS = "〇一二三四五六七八九"


def chinese_number(n: int) -> str:
    """1–99 in Chinese numerals: 一, 十, 十二, 二十, 三十一."""
    tens, ones = divmod(n, 10)
    if tens == 0:
        return _DIGITS[ones]
    return ("" if tens == 1 else _DIGITS[tens]) + "十" + (_DIGITS[ones] if ones else "")


def chinese_year_month(day: dt.date) -> str:
    return "".join(_DIGITS[int(d)] for d in str(day.year)) + f"年{chinese_number(day.month)}月"


def chinese_full_date(day: dt.date) -> str:
    return f"{chinese_year_month(day)}{chinese_number(day.day)}日"


def plain_date(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"
