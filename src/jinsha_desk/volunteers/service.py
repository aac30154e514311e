"""Service activities, the hours each volunteer served, yearly totals and star levels."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN, fn

from jinsha_desk.changes import VOLUNTEERS, reports
from jinsha_desk.db import versions
from jinsha_desk.errors import DeskError
from jinsha_desk.models import Activity, Attendance, Team, Volunteer, database
from jinsha_desk.volunteers.people import team_names_by_volunteer

GROUPS_SERVED = ("空巢老人", "独居老人", "留守儿童", "未成年人", "残疾人", "困难家庭", "全体居民")
# Cumulative hours for each star (1★ … 5★).
STAR_HOURS = (100, 300, 600, 1000, 1500)


def star_level(total_hours: float) -> int:
    return sum(total_hours >= h for h in STAR_HOURS)


def stars_text(level: int) -> str:
    return "★" * level


def check_hours(hours: float, who: str = "") -> float:
    """Hours between 0.5 and 24, in half hours."""
    label = f"{who}的" if who else ""
    try:
        value = float(hours)
    except (TypeError, ValueError):
        raise DeskError(f"{label}服务时长不是数字。") from None
    if not 0.5 <= value <= 24:
        raise DeskError(f"{label}服务时长应在 0.5 到 24 小时之间。")
    if value * 2 != int(value * 2):
        raise DeskError(f"{label}服务时长以半小时计，例如 1.5 或 2。")
    return value


@dataclass
class ActivityInput:
    title: str
    activity_date: dt.date
    place: str = ""
    team_id: int | None = None
    group_served: str = ""
    description: str = ""
    # The version the clerk opened (db.versions); None for a save that reads the record itself.
    version: int | None = None


FIELD_LABELS = {"title": "活动名称", "activity_date": "活动日期", "place": "地点", "team_id": "服务队",
                "group_served": "服务对象", "description": "活动内容"}

@reports(VOLUNTEERS)
def add_activity(data: ActivityInput, hours: dict[int, float] | None = None, today: dt.date | None = None) -> int:
    """Record an activity, and the hours of those who served at it, in one go."""
    if not data.title.strip():
        raise DeskError("请填写活动名称。")
    if data.activity_date > (today or dt.date.today()):
        raise DeskError("活动日期不能晚于今天。")
    with database.atomic():
        activity_id = Activity.insert(
            title=data.title.strip(), activity_date=data.activity_date, place=data.place.strip(), team=data.team_id,
            group_served=data.group_served.strip(), description=data.description.strip(),
        ).execute()
        if hours:
            record_hours(activity_id, hours)
    return activity_id


def _get_activity(activity_id: int) -> Activity:
    activity = Activity.get_or_none(Activity.id == activity_id)
    if activity is None:
        raise DeskError(f"找不到编号为 {activity_id} 的活动。")
    return activity


@reports(VOLUNTEERS)
def update_activity(activity_id: int, data: ActivityInput, today: dt.date | None = None) -> None:
    _get_activity(activity_id)
    if not data.title.strip():
        raise DeskError("请填写活动名称。")
    if data.activity_date > (today or dt.date.today()):
        raise DeskError("活动日期不能晚于今天。")
    with database.atomic():
        versions.claim(Activity, activity_id, data, f"活动“{data.title.strip()}”", activity_input, FIELD_LABELS)
        Activity.update(
            title=data.title.strip(), activity_date=data.activity_date, place=data.place.strip(), team=data.team_id,
            group_served=data.group_served.strip(), description=data.description.strip(),
        ).where(Activity.id == activity_id).execute()


@reports(VOLUNTEERS)
def set_activity_hours(activity_id: int, hours: dict[int, float]) -> None:
    """Correct who served at an activity and for how long: the hours become exactly ``hours``."""
    _get_activity(activity_id)
    if not hours:
        raise DeskError("请至少勾选一位参加活动的志愿者；要删除整次活动，请用“删除活动”。")
    with database.atomic():
        Attendance.delete().where(Attendance.activity == activity_id).execute()
        record_hours(activity_id, hours)


@reports(VOLUNTEERS)
def correct_activity(activity_id: int, data: ActivityInput, hours: dict[int, float]) -> None:
    """Correct an activity and who served at it for how long, together."""
    with database.atomic():
        update_activity(activity_id, data)
        set_activity_hours(activity_id, hours)


def activity_hours(activity_id: int) -> dict[int, float]:
    """Volunteer → hours recorded at one activity."""
    return dict(Attendance.select(Attendance.volunteer, Attendance.hours).where(
        Attendance.activity == activity_id).tuples())


def activity_input(activity_id: int) -> ActivityInput:
    a = _get_activity(activity_id)
    return ActivityInput(a.title, a.activity_date, a.place, a.team_id, a.group_served, a.description, a.version)


@reports(VOLUNTEERS)
def remove_activity(activity_id: int) -> None:
    """An activity entered by mistake, with the hours recorded at it."""
    _get_activity(activity_id)
    with database.atomic():
        Attendance.delete().where(Attendance.activity == activity_id).execute()
        Activity.delete().where(Activity.id == activity_id).execute()


@reports(VOLUNTEERS)
def record_hours(activity_id: int, hours: dict[int, float]) -> None:
    """Hours per volunteer for one activity; a volunteer already recorded there is refused."""
    names = dict(Volunteer.select(Volunteer.id, Volunteer.name).where(Volunteer.id.in_(list(hours))).tuples())
    missing = set(hours) - set(names)
    if missing:
        raise DeskError("有志愿者不存在，请重新选择。")
    already = {
        vid for (vid,) in Attendance.select(Attendance.volunteer)
        .where(Attendance.activity == activity_id, Attendance.volunteer.in_(list(hours))).tuples()
    }
    if already:
        who = "、".join(names[v] for v in already)
        raise DeskError(f"{who} 已登记过这次活动的时长，同一活动不能重复登记。")
    rows = [(activity_id, vid, check_hours(h, names[vid])) for vid, h in hours.items()]
    with database.atomic():
        for activity, volunteer, value in rows:
            Attendance.insert(activity=activity, volunteer=volunteer, hours=value).execute()


@dataclass(frozen=True)
class VolunteerHours:
    volunteer_id: int
    name: str
    phone: str
    teams: tuple[str, ...]
    activities: int
    hours: float
    total_hours: float

    @property
    def stars(self) -> int:
        return star_level(self.total_hours)

    def as_json(self) -> dict[str, object]:
        return {
            "name": self.name, "team": "、".join(self.teams), "activities": self.activities, "hours": self.hours,
            "total_hours": self.total_hours, "star": self.stars,
        }


def _year_bounds(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def volunteer_hours(date_from: dt.date | None = None, date_to: dt.date | None = None) -> list[VolunteerHours]:
    """Every volunteer's hours in a period (all time when open), with cumulative totals and stars."""
    period = Attendance.select(
        Attendance.volunteer, fn.COUNT(Attendance.id), fn.SUM(Attendance.hours)
    ).join(Activity)
    if date_from:
        period = period.where(Activity.activity_date >= date_from)
    if date_to:
        period = period.where(Activity.activity_date <= date_to)
    in_period = {vid: (count, hours) for vid, count, hours in period.group_by(Attendance.volunteer).tuples()}
    totals = dict(
        Attendance.select(Attendance.volunteer, fn.SUM(Attendance.hours)).group_by(Attendance.volunteer).tuples()
    )
    teams = team_names_by_volunteer()
    rows = []
    for vid, name, phone in Volunteer.select(Volunteer.id, Volunteer.name, Volunteer.phone).tuples():
        count, hours = in_period.get(vid, (0, 0.0))
        rows.append(
            VolunteerHours(vid, name, phone, tuple(teams.get(vid, ())), count, float(hours or 0),
                           float(totals.get(vid) or 0))
        )
    rows.sort(key=lambda r: (-r.hours, -r.total_hours, r.volunteer_id))
    return rows


def hours_for_year(year: int) -> list[VolunteerHours]:
    return volunteer_hours(*_year_bounds(year))


@dataclass(frozen=True)
class ActivityRow:
    activity_id: int
    title: str
    activity_date: dt.date
    place: str
    team: str
    group_served: str
    volunteers: int
    hours: float

    def as_json(self) -> dict[str, object]:
        return {"id": self.activity_id, "date": self.activity_date.isoformat(), "title": self.title,
                "place": self.place, "team": self.team, "group_served": self.group_served,
                "volunteers": self.volunteers, "hours": self.hours}


def activities(year: int | None = None) -> list[ActivityRow]:
    query = (
        Activity.select(
            Activity.id, Activity.title, Activity.activity_date, Activity.place, Team.name, Activity.group_served,
            fn.COUNT(Attendance.id), fn.SUM(Attendance.hours),
        )
        .join(Team, join_type=JOIN.LEFT_OUTER, on=(Activity.team == Team.id))
        .join_from(Activity, Attendance, join_type=JOIN.LEFT_OUTER)
        .group_by(Activity.id, Activity.title, Activity.activity_date, Activity.place, Team.name, Activity.group_served)
        .order_by(Activity.activity_date.desc(), Activity.id.desc())
    )
    if year is not None:
        start, end = _year_bounds(year)
        query = query.where(Activity.activity_date.between(start, end))
    return [
        ActivityRow(aid, title, day, place, team or "", group, count, float(hours or 0))
        for aid, title, day, place, team, group, count, hours in query.tuples()
    ]


@dataclass(frozen=True)
class ServiceRecord:
    activity_date: dt.date
    title: str
    team: str
    hours: float
    content: str = ""


def service_records(volunteer_id: int, date_from: dt.date, date_to: dt.date) -> list[ServiceRecord]:
    """One volunteer's activities in a period, oldest first, for a service certificate."""
    query = (
        Attendance.select(Activity.activity_date, Activity.title, Team.name, Attendance.hours, Activity.place,
                          Activity.group_served, Activity.description)
        .join(Activity)
        .join(Team, JOIN.LEFT_OUTER, on=(Activity.team == Team.id))
        .where(Attendance.volunteer == volunteer_id, Activity.activity_date.between(date_from, date_to))
        .order_by(Activity.activity_date, Activity.id)
    )
    return [ServiceRecord(day, title, team or "", float(hours), _content(place, served, description))
            for day, title, team, hours, place, served, description in query.tuples()]


def _content(place: str, served: str, description: str) -> str:
    """服务内容 as the certificate states it: what was done, for whom, where."""
    parts = [description.strip(), f"服务对象：{served}" if served else "", f"地点：{place}" if place else ""]
    return "；".join(p for p in parts if p)
