"""Care follow-up: which care households are overdue for a visit, or due this week.

Each care category has a visit interval in days (Settings); a household takes the shortest
interval among its active members' categories and is due that many days after its last visit.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import fn

from jinsha_desk.changes import VISITS, reports
from jinsha_desk.db.dialect import stored_date
from jinsha_desk.db.id_lists import where_in
from jinsha_desk.errors import DeskError
from jinsha_desk.models import STATUS_ACTIVE, Resident, ResidentTag, Visit, database
from jinsha_desk.roster.households import household_choices
from jinsha_desk.settings import get_setting, set_setting

DEFAULT_INTERVALS = {"独居老人": 7, "空巢老人": 14, "留守儿童": 14, "残疾人": 30, "低保": 30}
_KEY = "visit_interval:"
OVERDUE, NEVER_VISITED, DUE_THIS_WEEK = "逾期", "从未走访", "本周到期"


def care_intervals() -> dict[str, int]:
    """Category → days between visits; 0 means the category needs no regular visit."""
    return {tag: int(get_setting(_KEY + tag, str(days))) for tag, days in DEFAULT_INTERVALS.items()}


@reports(VISITS)
def set_care_interval(tag: str, days: int) -> None:
    if tag not in DEFAULT_INTERVALS:
        raise DeskError(f"“{tag}”不是需要定期走访的关爱类别。")
    if not 0 <= days <= 366:
        raise DeskError("走访间隔应在 0 到 366 天之间（0 表示不要求定期走访）。")
    set_setting(_KEY + tag, str(days))


@reports(VISITS)
def set_care_intervals(days_by_tag: dict[str, int]) -> None:
    """Set several categories' intervals together: all are saved, or none."""
    with database.atomic():
        for tag, days in days_by_tag.items():
            set_care_interval(tag, days)


@dataclass(frozen=True)
class DueHousehold:
    household_id: int
    address: str
    head: str
    grid: str
    worker: str
    categories: tuple[str, ...]
    interval_days: int
    last_visit: dt.date | None
    due_date: dt.date | None
    state: str

    def days_overdue(self, today: dt.date) -> int | None:
        return None if self.due_date is None else (today - self.due_date).days

    def as_json(self, today: dt.date) -> dict[str, object]:
        return {
            "household_id": self.household_id, "address": self.address, "head": self.head, "grid": self.grid,
            "worker": self.worker, "categories": list(self.categories), "interval_days": self.interval_days,
            "last_visit": self.last_visit.isoformat() if self.last_visit else None,
            "due_date": self.due_date.isoformat() if self.due_date else None,
            "state": self.state, "days_overdue": self.days_overdue(today),
        }


def care_categories_by_household(tags: list[str]) -> dict[int, set[str]]:
    """Household → the care categories (among ``tags``) its active members hold."""
    categories: dict[int, set[str]] = {}
    care = (
        ResidentTag.select(Resident.household, ResidentTag.tag)
        .join(Resident)
        .where(ResidentTag.tag.in_(tags), Resident.status == STATUS_ACTIVE)
    )
    # Straight from the cursor: 18,000 rows at 100,000 residents, where peewee's row wrapping costs more.
    for household_id, tag in ResidentTag._meta.database.execute(care).fetchall():
        categories.setdefault(household_id, set()).add(tag)
    return categories


def last_visit_dates(household_ids: list[int], until: dt.date | None = None) -> dict[int, dt.date]:
    """Household → the date of its latest visit (up to ``until``); households never visited are absent."""
    query = where_in(Visit.select(Visit.household, fn.MAX(Visit.visit_date)), Visit.household, household_ids)
    if until is not None:
        query = query.where(Visit.visit_date <= until)
    # MAX() hands back the stored text rather than a date.
    rows = Visit._meta.database.execute(query.group_by(Visit.household)).fetchall()
    return {hid: stored_date(day) for hid, day in rows}


def end_of_week(day: dt.date) -> dt.date:
    return day + dt.timedelta(days=6 - day.weekday())


@dataclass(frozen=True)
class _Due:
    household_id: int
    tags: tuple[str, ...]
    interval: int
    last: dt.date | None
    due_date: dt.date | None
    state: str


def _due(today: dt.date, include_due_this_week: bool) -> list[_Due]:
    """Which care households are due, from the categories and the latest visits alone (no names or
    addresses: the dashboard only counts them)."""
    intervals = {tag: days for tag, days in care_intervals().items() if days > 0}
    if not intervals:
        return []
    categories = care_categories_by_household(list(intervals))
    last_visits = last_visit_dates(list(categories), until=today)
    week_end = end_of_week(today)
    order = list(intervals)
    due = []
    for household_id, tags in categories.items():
        interval = min(intervals[t] for t in tags)
        last = last_visits.get(household_id)
        due_date = last + dt.timedelta(days=interval) if last else None
        if due_date is None:
            state = NEVER_VISITED
        elif due_date < today:
            state = OVERDUE
        elif include_due_this_week and due_date <= week_end:
            state = DUE_THIS_WEEK
        else:
            continue
        due.append(_Due(household_id, tuple(sorted(tags, key=order.index)), interval, last, due_date, state))
    return due


def due_households(today: dt.date | None = None, include_due_this_week: bool = True) -> list[DueHousehold]:
    """Care households overdue (or never visited) and, optionally, due by Sunday; per grid worker."""
    due = _due(today or dt.date.today(), include_due_this_week)
    places = {c.household_id: c for c in household_choices([d.household_id for d in due])}
    listed = []
    for d in due:
        place = places[d.household_id]
        listed.append(DueHousehold(d.household_id, place.address, place.head, place.grid, place.worker, d.tags,
                                   d.interval, d.last, d.due_date, d.state))
    listed.sort(key=lambda d: (d.worker, d.due_date or dt.date.min, d.address))
    return listed


def overdue_count(today: dt.date | None = None) -> int:
    return len(_due(today or dt.date.today(), include_due_this_week=False))
