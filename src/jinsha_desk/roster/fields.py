"""How each roster field is cleaned from what clerks type into spreadsheets."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import lru_cache

from jinsha_desk.errors import DeskError
from jinsha_desk.roster import vocabularies

CARE_CATEGORIES = (
    "空巢老人",
    "独居老人",
    "留守儿童",
    "残疾人",
    "低保",
    "特困",
    "退役军人",
    "失独家庭",
    "重病患者",
    "优抚对象",
)
HEAD_RELATIONS = ("户主", "本人")
# What a 人员类别 column says about where someone lives → the residence status it is stored as.
RESIDENCE_STATUSES = {
    "户籍": "户籍", "户籍人口": "户籍", "常住": "常住", "常住人口": "常住", "流动": "流动", "流动人口": "流动",
    "暂住": "流动", "暂住人口": "流动", "寄住": "寄住", "寄住人口": "寄住", "境外": "境外", "境外人员": "境外",
    "境外人口": "境外", "未落户": "未落户", "未落户人口": "未落户", "人户分离": "人户分离",
}
_MIDDLE_DOTS = re.compile(r"[•・･‧∙⋅●.．]")
_SPACES = re.compile(r"\s+")
_TAG_SPLIT = re.compile(r"[、，,；;/／\s]+")
_DATE_PATTERNS = (
    re.compile(r"^(\d{4})[.\-/年](\d{1,2})[.\-/月](\d{1,2})日?$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
)
# Zero-width characters and bidi overrides: invisible, and removed from whatever is typed or imported.
_INVISIBLE = re.compile("[\u200b-\u200d\u2060\ufeff\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# Control characters other than tab, line feed and carriage return.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_MOBILE = re.compile(r"^(?:\+?86)?(1[3-9]\d{9})$")


def text(value: object) -> str:
    """A cell as trimmed text; numbers keep no trailing '.0'."""
    if type(value) is str:  # the common case, kept fast: called for every cell of an import
        if value.isascii() or not _INVISIBLE.search(value):
            return value.strip()
        return _INVISIBLE.sub("", value).strip()
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.strftime("%Y-%m-%d")
    return str(value).strip()


def control_character(value: object) -> str | None:
    """The first control character in a text (NUL, BEL, ESC, backspace …) as U+0007, or None. Such
    text is refused: it would break every export that carries it."""
    if isinstance(value, str):
        found = _CONTROL.search(value)
        if found:
            return f"U+{ord(found.group()):04X}"
    return None


def clean_name(value: object) -> str:
    """Padding removed (ASCII or full-width, also between characters); minority-name dots as '·'."""
    name = _SPACES.sub("", text(value))
    return _MIDDLE_DOTS.sub("·", name)


def clean_phone(value: object) -> str:
    """Mobile numbers become their 11 digits; anything else (landlines) is kept as typed."""
    raw = text(value)
    if not raw:
        return ""
    if len(raw) == 11 and raw.isascii() and raw.isdigit():
        return raw  # the usual mobile number, and what the cleaning below would make of any 11 digits
    compact = re.sub(r"[\s\-()（）]", "", unicodedata.normalize("NFKC", raw))
    match = _MOBILE.match(compact)
    return match.group(1) if match else raw


def mask_phone(phone: str) -> str:
    """138****5678 for a mobile; a landline keeps its area code and last four digits."""
    if sum(ch.isdigit() for ch in phone) < 7:
        return phone
    if len(phone) == 11 and phone.isdigit():
        kept = 3
    else:
        kept = phone.find("-") + 1 if "-" in phone else 4
    return phone[:kept] + "****" + phone[-4:]


def parse_date(value: object) -> dt.date | None:
    """Real date cells, 1985.03.07, 1985-3-7, 1985年3月7日 and 19850307; None when empty.

    Raises ValueError for text that is not a date.
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    # Text dates exported with a time part ("1985-03-07 00:00:00") keep only the date.
    parts = unicodedata.normalize("NFKC", text(value)).split()
    raw = parts[0] if parts else ""
    if not raw:
        return None
    for pattern in _DATE_PATTERNS:
        match = pattern.match(raw)
        if match:
            year, month, day = (int(g) for g in match.groups())
            return dt.date(year, month, day)
    raise ValueError(raw)


_YEAR_MONTH = re.compile(r"^(\d{4})[.\-/年](\d{1,2})月?$")


def birth_agrees(value: object, born: dt.date) -> bool:
    """Whether a typed birth date (or a bare 出生年月 such as 1985.03) agrees with the ID's."""
    if isinstance(value, dt.datetime):
        return value.date() == born
    if isinstance(value, dt.date):
        return value == born
    raw = unicodedata.normalize("NFKC", text(value)).replace(" ", "")
    match = _YEAR_MONTH.match(raw)
    if match:
        return (int(match[1]), int(match[2])) == (born.year, born.month)
    try:
        typed = parse_date(value)
    except ValueError:
        return False
    return typed is None or typed == born


# The cleaners below see the same few values on every row of a roster (genders, buildings,
# units …), so their results are cached by the raw cell value and its type (1, 1.0 and True are
# equal keys to Python, but not the same cell).
cached = lru_cache(maxsize=8192, typed=True)

# text() of a column whose values repeat down a roster (民族, 文化程度, 与户主关系 …).
repeated_text = cached(text)


@cached
def clean_gender(value: object) -> str:
    raw = text(value).upper()
    if raw in ("男", "男性", "M", "1"):
        return "男"
    if raw in ("女", "女性", "F", "2"):
        return "女"
    return ""


@cached
def clean_political_status(value: object) -> str:
    """The standard short name (中国共产党党员 → 中共党员); a value outside the vocabulary is kept as
    written, for the import report to show."""
    raw = _SPACES.sub("", text(value))
    try:
        return vocabularies.political_status(raw)
    except DeskError:
        return raw


def split_tags(value: object) -> list[str]:
    """Care categories typed into one cell, separated by 、，,；; / or spaces."""
    seen: list[str] = []
    for tag in _TAG_SPLIT.split(text(value)):
        if tag and tag not in seen:
            seen.append(tag)
    return seen


@cached
def building_name(value: object) -> str:
    """'3' becomes '3栋' so that addresses read and search the same whichever way they were typed."""
    raw = _SPACES.sub("", unicodedata.normalize("NFKC", text(value)))
    return f"{raw}栋" if raw.isdigit() else raw


@cached
def unit_name(value: object) -> str:
    raw = _SPACES.sub("", unicodedata.normalize("NFKC", text(value)))
    return f"{raw}单元" if raw.isdigit() else raw


@cached
def room_name(value: object) -> str:
    return _SPACES.sub("", unicodedata.normalize("NFKC", text(value)))


@cached
def grid_name(value: object) -> str:
    raw = _SPACES.sub("", unicodedata.normalize("NFKC", text(value)))
    return f"第{raw}网格" if raw.isdigit() else raw
