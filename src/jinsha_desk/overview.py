"""The community at a glance, for the 首页 and the printed 社区概况: the figures a secretary reports
each month and the series behind the charts, for today or for any past day (the roster as it stood
then, activity up to then).

The roster's shapes (age and sex, care categories per grid) are counted in the database for today
and from the rebuilt roster (roster.history) for a past day; both feed the same tallies.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from peewee import JOIN, fn

from jinsha_desk.db.dialect import stored_date
from jinsha_desk.meetings import topics as t
from jinsha_desk.models import (
    STATUS_ACTIVE,
    Activity,
    Attendance,
    Grid,
    Meeting,
    Need,
    Resident,
    ResidentTag,
    Team,
    Topic,
    Visit,
    database,
)
from jinsha_desk.roster.history import NO_GRID, residents_on
from jinsha_desk.roster.idcard import age_on
from jinsha_desk.roster.residents import natural_key, with_address
from jinsha_desk.roster.stats import community_stats
from jinsha_desk.visits.followup import care_intervals
from jinsha_desk.visits.records import NEED_RESOLVED

# The charts' colours, on screen and printed: distinct in grey print too.
PALETTE = ("#c0392b", "#2e86c1", "#27ae60", "#f39c12", "#8e44ad", "#16a085", "#d35400", "#7f8c8d", "#2c3e50",
           "#e84393")
MEN_WOMEN = (PALETTE[1], PALETTE[0])
# Ten-year bands, the last open: what a population pyramid at a residents' meeting shows.
AGE_BANDS = ((0, 9), (10, 19), (20, 29), (30, 39), (40, 49), (50, 59), (60, 69), (70, 79), (80, 89), (90, None))
NEED_AGES = (("一周内", 0, 7), ("8–30天", 8, 30), ("31–90天", 31, 90), ("90天以上", 91, None))


def band_label(low: int, high: int | None) -> str:
    return f"{low}岁以上" if high is None else f"{low}–{high}岁"


def born_between(low: int, high: int | None, day: dt.date) -> tuple[dt.date | None, dt.date]:
    """The birth dates of people aged ``low`` to ``high`` on ``day``: (earliest or None, latest)."""
    latest = day.replace(year=day.year - low) if not (day.month == 2 and day.day == 29) else dt.date(day.year - low, 2, 28)
    if high is None:
        return None, latest
    earliest = latest.replace(year=latest.year - (high + 1 - low)) + dt.timedelta(days=1)
    return earliest, latest


@dataclass(frozen=True)
class Month:
    start: dt.date
    end: dt.date

    @property
    def label(self) -> str:
        return f"{self.start.year % 100:02d}年{self.start.month}月"

    @property
    def short_label(self) -> str:
        """12 months side by side on screen: the month alone, the year only where it begins."""
        return self.label if self.start.month == 1 else f"{self.start.month}月"


def months_up_to(day: dt.date, count: int = 12) -> list[Month]:
    """The ``count`` calendar months ending with ``day``'s month, oldest first."""
    months = []
    year, month = day.year, day.month
    for _ in range(count):
        start = dt.date(year, month, 1)
        following = dt.date(year + month // 12, month % 12 + 1, 1)
        months.append(Month(start, following - dt.timedelta(days=1)))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return months[::-1]


@dataclass
class Overview:
    day: dt.date
    stats: dict[str, object]
    visits_this_month: int = 0
    needs_open: int = 0
    needs_resolved_this_month: int = 0
    hours_this_year: float = 0.0
    meetings_this_year: int = 0
    # (band label, men, women), youngest first.
    pyramid: list[tuple[str, int, int]] = field(default_factory=list)
    # grid → care category → residents.
    care_by_grid: dict[str, dict[str, int]] = field(default_factory=dict)
    # (month, care households due a visit, of those visited that month, all households visited).
    visits_by_month: list[tuple[Month, int, int, int]] = field(default_factory=list)
    hours_by_month: list[tuple[Month, float]] = field(default_factory=list)
    hours_by_team: list[tuple[str, float]] = field(default_factory=list)  # this year
    topics_by_step: list[tuple[str, int]] = field(default_factory=list)
    # (list name, evaluated, satisfied).
    satisfaction: list[tuple[str, int, int]] = field(default_factory=list)
    open_needs_by_age: list[tuple[str, int]] = field(default_factory=list)
    party_by_branch: list[tuple[str, int]] = field(default_factory=list)


def _pyramid(people: Iterable[tuple[str, dt.date, int]], day: dt.date) -> list[tuple[str, int, int]]:
    """From (gender, birth date, count)."""
    counts = {band: [0, 0] for band in AGE_BANDS}
    for gender, born, count in people:
        age = age_on(born, day)
        band = next(b for b in AGE_BANDS if age >= b[0] and (b[1] is None or age <= b[1]))
        counts[band][gender == "女"] += count
    return [(band_label(*band), men, women) for band, (men, women) in counts.items()]


def _care_by_grid(rows: Iterable[tuple[str | None, str, int]]) -> dict[str, dict[str, int]]:
    """From (grid, category, count)."""
    grids: dict[str, dict[str, int]] = defaultdict(dict)
    for grid, tag, count in rows:
        grids[grid or NO_GRID][tag] = grids[grid or NO_GRID].get(tag, 0) + count
    return dict(sorted(grids.items(), key=lambda g: (g[0] != NO_GRID, natural_key(g[0]))))


def _roster_shapes(day: dt.date, today: dt.date) -> tuple[list, list, dict[int, int]]:
    """(gender, birth date, count) and (grid, category, count) of the residents on the roster that
    day, and each care household's shortest visit interval."""
    intervals = care_intervals()
    household_interval: dict[int, int] = {}

    def cared(household_id: int, tag: str) -> None:
        if intervals.get(tag):
            household_interval[household_id] = min(intervals[tag], household_interval.get(household_id, 999))

    if day >= today:
        active = Resident.status == STATUS_ACTIVE
        ages = list(Resident.select(Resident.gender, Resident.birth_date, fn.COUNT(Resident.id)).where(active)
                    .group_by(Resident.gender, Resident.birth_date).tuples())
        care = list(with_address(ResidentTag.select(Grid.name, ResidentTag.tag, fn.COUNT(ResidentTag.id)).join(Resident))
                    .where(active).group_by(Grid.name, ResidentTag.tag).tuples())
        for household_id, tag in ResidentTag.select(Resident.household, ResidentTag.tag).join(Resident).where(
                active).tuples():
            cared(household_id, tag)
        return ages, care, household_interval
    people = residents_on(day)
    ages = [(gender, born, count) for (gender, born), count in Counter((p.gender, p.birth_date) for p in people).items()]
    care = [(grid, tag, count) for (grid, tag), count in Counter(
        (p.grid, tag) for p in people for tag in p.tags).items()]
    for person in people:
        for tag in person.tags:
            cared(person.household_id, tag)
    return ages, care, household_interval


def _visits_by_month(months: list[Month], household_interval: dict[int, int]) -> list[tuple[Month, int, int, int]]:
    """A care household is due a visit in a month when, by the month's end, its last visit before the
    month is older than its interval (or it was never visited)."""
    first, last = months[0].start, months[-1].end
    since = first - dt.timedelta(days=max(household_interval.values(), default=0))
    query = Visit.select(Visit.household, Visit.visit_date).where(Visit.visit_date.between(since, last))
    visits: dict[int, list[dt.date]] = defaultdict(list)
    visited: list[set[int]] = [set() for _ in months]
    starts = [m.start for m in months]
    # Plain rows: at 100,000 residents this reads 350,000 visits, and peewee's row wrapping would
    # take seconds.
    for household_id, day in database.execute(query).fetchall():
        day = stored_date(day)
        if day >= first:
            visited[bisect.bisect_right(starts, day) - 1].add(household_id)
        if household_id in household_interval:
            visits[household_id].append(day)
    due, done = [0] * len(months), [0] * len(months)
    for household_id, interval in household_interval.items():
        days, seen, previous = sorted(visits.get(household_id, [])), 0, None
        for index, month in enumerate(months):
            while seen < len(days) and days[seen] < month.start:
                previous, seen = days[seen], seen + 1
            if previous is None or previous + dt.timedelta(days=interval) <= month.end:
                due[index] += 1
                done[index] += seen < len(days) and days[seen] <= month.end
    return [(m, due[i], done[i], len(visited[i])) for i, m in enumerate(months)]


def _month_index(months: list[Month], day: dt.date) -> int:
    return next(i for i, m in enumerate(months) if m.start <= day <= m.end)


def overview(day: dt.date | None = None, today: dt.date | None = None) -> Overview:
    """Everything the 首页 and the printed 社区概况 show, as of ``day`` (default today)."""
    today = today or dt.date.today()
    day = min(day or today, today)
    stats = community_stats(as_of=day if day < today else None)
    months = months_up_to(day)
    this_month, year_start = months[-1], dt.date(day.year, 1, 1)
    ages, care, household_interval = _roster_shapes(day, today)
    result = Overview(day, stats)
    result.pyramid = _pyramid(ages, day)
    result.care_by_grid = _care_by_grid(care)
    result.visits_by_month = _visits_by_month(months, household_interval)
    result.visits_this_month = Visit.select().where(Visit.visit_date.between(this_month.start, day)).count()
    open_on_day = (Need.raised_date <= day) & (Need.resolved_date.is_null() | (Need.resolved_date > day))
    open_raised = [raised for (raised,) in Need.select(Need.raised_date).where(
        open_on_day & ((Need.status != NEED_RESOLVED) | Need.resolved_date.is_null(False))).tuples()]
    result.needs_open = len(open_raised)
    result.open_needs_by_age = [
        (label, sum(low <= (day - raised).days and (high is None or (day - raised).days <= high) for raised in open_raised))
        for label, low, high in NEED_AGES
    ]
    result.needs_resolved_this_month = Need.select().where(
        Need.resolved_date.between(this_month.start, day)).count()
    served = Attendance.select(Activity.activity_date, Attendance.hours).join(Activity).where(
        Activity.activity_date.between(months[0].start, day))
    by_month: dict[int, float] = defaultdict(float)
    for served_on, hours in served.tuples():
        by_month[_month_index(months, served_on)] += hours
    result.hours_by_month = [(m, round(by_month[i], 1)) for i, m in enumerate(months)]
    result.hours_this_year = round(Attendance.select(fn.SUM(Attendance.hours)).join(Activity).where(
        Activity.activity_date.between(year_start, day)).scalar() or 0, 1)
    teams = (Attendance.select(fn.COALESCE(Team.name, "（未分队）"), fn.SUM(Attendance.hours)).join(Activity)
             .join(Team, JOIN.LEFT_OUTER, on=(Activity.team == Team.id))
             .where(Activity.activity_date.between(year_start, day)).group_by(Team.name).tuples())
    result.hours_by_team = sorted(((name, round(hours, 1)) for name, hours in teams), key=lambda t_: -t_[1])
    result.meetings_this_year = Meeting.select().where(
        Meeting.starts_at.between(dt.datetime.combine(year_start, dt.time()),
                                  dt.datetime.combine(day, dt.time(23, 59, 59)))).count()
    steps = dict(Topic.select(Topic.step, fn.COUNT(Topic.id)).where(Topic.raised_date <= day)
                 .group_by(Topic.step).tuples())
    result.topics_by_step = [(step, steps.get(step, 0)) for step in t.STEPS]
    result.satisfaction = []
    for kind in t.KINDS:
        verdicts = [s for (s,) in Topic.select(Topic.satisfaction).where(
            Topic.step == t.EVALUATED, Topic.kind == kind, Topic.raised_date <= day).tuples()]
        satisfied = sum(v in (t.SATISFIED, t.BASICALLY_SATISFIED) for v in verdicts)
        result.satisfaction.append((t.LIST_NAMES[kind], len(verdicts), satisfied))
    result.party_by_branch = [(f"{g['grid']}党支部" if g["grid"] != NO_GRID else NO_GRID, g["party_members"])
                              for g in stats["per_grid"]]  # type: ignore[union-attr]
    return result

