"""The six returns the street office asks for, each gathered from the core into a ReturnTable."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from jinsha_desk.chinese_dates import plain_date
from jinsha_desk.errors import DeskError
from jinsha_desk.meetings import meetings as m
from jinsha_desk.meetings import topics as t
from jinsha_desk.models import Activity, Attendance, Topic, Visit, Volunteer
from jinsha_desk.returns.form import DATE, ID, NUMBER, PHONE, Column, ReturnTable
from jinsha_desk.returns.period import Period
from jinsha_desk.roster.browse import rows_for
from jinsha_desk.roster.fields import CARE_CATEGORIES, HEAD_RELATIONS
from jinsha_desk.roster.history import NO_GRID, ResidentThen, residents_on
from jinsha_desk.roster.households import household_choices
from jinsha_desk.roster.idcard import age_on, mask
from jinsha_desk.roster.residents import natural_key, resident_records
from jinsha_desk.visits.followup import care_intervals, last_visit_dates
from jinsha_desk.visits.records import list_visits
from jinsha_desk.volunteers.service import stars_text, volunteer_hours

RETURNS = {
    "roster": "居民花名册",
    "care": "特殊人群台账",
    "visits": "入户走访台账",
    "volunteer-hours": "志愿服务时长统计表",
    "meetings": "议事协商台账",
    "statistics": "社区基本情况统计表",
}
NEEDS_PERIOD = {"visits", "volunteer-hours", "meetings", "statistics"}


def _id(number: str, full_ids: bool) -> str:
    return number if full_ids else mask(number)


def roster_return(full_ids: bool) -> ReturnTable:
    columns = [
        Column("网格", key="grid"), Column("楼栋", key="building"), Column("单元", key="unit"), Column("房号", key="room"),
        Column("姓名", key="name"), Column("性别", key="gender"), Column("公民身份号码", ID, "id_number"),
        Column("出生日期", DATE, "birth_date"), Column("民族", key="ethnicity"), Column("联系电话", PHONE, "phone"),
        Column("与户主关系", key="relation"), Column("政治面貌", key="political_status"),
        Column("文化程度", key="education"), Column("居住状态", key="residence_status"),
        Column("特殊人群", key="tags"), Column("人员类别", key="category"), Column("其他电话", PHONE, "other_phone"),
        Column("住址", key="address"), Column("备注", key="note"),
    ]
    rows = [
        [r["grid"], r["building"], r["unit"], r["room"], r["name"], r["gender"], _id(r["id_number"], full_ids),
         dt.date.fromisoformat(r["birth_date"]), r["ethnicity"], r["phone"], r["relation"], r["political_status"],
         r["education"], r["residence_status"], "、".join(r["tags"]), "、".join(r["category"]), r["other_phone"],
         r["address"], r["note"]]
        for r in resident_records(with_details=True)
    ]
    return ReturnTable("roster", RETURNS["roster"], columns, rows)


def _contact(person: ResidentThen, household: list[ResidentThen], day: dt.date) -> tuple[str, str]:
    """Who to call about a care resident: the head, else another adult of the household with a phone."""
    others = [p for p in household if p.resident_id != person.resident_id and age_on(p.birth_date, day) >= 18]
    others.sort(key=lambda p: (p.relation not in HEAD_RELATIONS, not p.phone))
    with_phone = [p for p in others if p.phone]
    chosen = with_phone[0] if with_phone else others[0] if others else None
    return (chosen.name, chosen.phone) if chosen else ("", "")


def care_return(full_ids: bool, today: dt.date, period: Period | None = None) -> ReturnTable:
    """Everyone in a care category with whom to call and when they are due a visit; with a period, as the
    roster stood at its end (rebuilt from the history) and with the visits made by then."""
    day = min(period.end, today) if period else today
    columns = [
        Column("类别"), Column("姓名", key="name"), Column("性别", key="gender"), Column("年龄", NUMBER),
        Column("公民身份号码", ID, "id_number"), Column("联系电话", PHONE, "phone"), Column("住址", key="address"),
        Column("网格", key="grid"), Column("网格员"), Column("监护人/联系人"), Column("联系人电话", PHONE),
        Column("上次走访", DATE), Column("下次应走访", DATE),
    ]
    people = residents_on(day)
    households: dict[int, list[ResidentThen]] = defaultdict(list)
    for person in people:
        households[person.household_id].append(person)
    cared = [p for p in people if p.tags]
    workers = {c.household_id: c.worker for c in household_choices(list({p.household_id for p in cared}))}
    last_visits = last_visit_dates(list({p.household_id for p in cared}), until=day)
    intervals = care_intervals()
    order = {tag: n for n, tag in enumerate(CARE_CATEGORIES)}
    rows = []
    for person in cared:
        contact, contact_phone = _contact(person, households[person.household_id], day)
        last = last_visits.get(person.household_id)
        for tag in person.tags:
            interval = intervals.get(tag, 0)
            due = (last + dt.timedelta(days=interval) if last else day) if interval else None
            rows.append([tag, person.name, person.gender, age_on(person.birth_date, day),
                         _id(person.id_number, full_ids), person.phone, person.address, person.grid,
                         workers.get(person.household_id, ""), contact, contact_phone, last, due])
    rows.sort(key=lambda r: (order.get(r[0], 99), r[0], r[7], r[6]))
    label = period.label if period else ""
    return ReturnTable("care", RETURNS["care"], columns, rows, label,
                       notes=[f"名单为{plain_date(day)}在册的人（统计截至{plain_date(day)}）。"])


def visits_return(period: Period) -> ReturnTable:
    columns = [
        Column("走访日期", DATE), Column("住址", key="address"), Column("户主"), Column("网格", key="grid"),
        Column("走访类型"), Column("走访人"), Column("见到的居民"), Column("走访情况"), Column("需求和问题"),
    ]
    rows = [
        [v.visit_date, v.address, v.head, v.grid, v.kind, v.visitor, "、".join(v.met), v.findings, "；".join(v.needs)]
        for v in sorted(list_visits(period.start, period.end), key=lambda v: (v.visit_date, v.visit_id))
    ]
    return ReturnTable("visits", RETURNS["visits"], columns, rows, period.label)


def volunteer_hours_return(period: Period) -> ReturnTable:
    columns = [
        Column("姓名", key="name"), Column("联系电话", PHONE, "phone"), Column("服务队"), Column("活动次数", NUMBER),
        Column("本期服务时长（小时）", NUMBER), Column("累计服务时长（小时）", NUMBER), Column("星级"),
    ]
    rows = [
        [r.name, r.phone, "、".join(r.teams), r.activities, r.hours, r.total_hours, stars_text(r.stars)]
        for r in volunteer_hours(period.start, period.end)
        if r.activities
    ]
    return ReturnTable("volunteer-hours", RETURNS["volunteer-hours"], columns, rows, period.label,
                       notes=["星级按累计时长：一星100小时，二星300小时，三星600小时，四星1000小时，五星1500小时。"])


def meetings_return(period: Period) -> ReturnTable:
    columns = [
        Column("会议日期", DATE), Column("会议名称"), Column("会议类型"), Column("议题"), Column("类别"),
        Column("目前进度"), Column("决定"), Column("表决"), Column("负责人"), Column("完成期限", DATE), Column("居民评价"),
    ]
    rows = []
    for meeting in sorted(m.meetings(), key=lambda r: r.starts_at):
        if not period.start <= meeting.starts_at.date() <= period.end:
            continue
        detail = m.meeting_detail(meeting.meeting_id)
        for item in detail.agenda:
            topic = Topic.get_by_id(item.topic_id)
            rows.append([meeting.starts_at.date(), meeting.title, meeting.kind, item.title, topic.kind, topic.step,
                         item.decision, item.vote_text(), item.owner or topic.owner, item.due_date or topic.due_date,
                         topic.satisfaction])
    return ReturnTable("meetings", RETURNS["meetings"], columns, rows, period.label)


OUTSIDE_VOLUNTEERS = "社区外志愿者"


def statistics_return(period: Period, today: dt.date) -> ReturnTable:
    """Activity in the period per grid, and the roster as it stood at the period's end (rebuilt from
    the history, so a return for last month made today gives last month's figures). Hours served by
    volunteers who do not live here have their own row, with no roster figures."""
    counted_on = min(period.end, today)
    people = residents_on(counted_on)
    per_grid: dict[str, dict[str, object]] = {}
    grid_of_household, grid_of_resident = {}, {}
    care: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for person in people:
        grid = person.grid or NO_GRID
        counts = per_grid.setdefault(grid, {"households": set(), "residents": 0, "party_members": 0})
        counts["households"].add(person.household_id)
        counts["residents"] += 1
        counts["party_members"] += person.party_member
        grid_of_household[person.household_id] = grid_of_resident[person.resident_id] = grid
        for tag in person.tags:
            care[grid][tag] += 1
    held = {tag for tags in care.values() for tag in tags}
    categories = [c for c in CARE_CATEGORIES if c in held]
    columns = [Column("网格"), Column("户数", NUMBER), Column("居民", NUMBER), Column("党员", NUMBER)]
    columns += [Column(c, NUMBER) for c in categories]
    columns += [Column("走访次数", NUMBER), Column("志愿服务时长（小时）", NUMBER), Column("议题提出", NUMBER),
                Column("议题办结", NUMBER)]
    visits = defaultdict(int)
    for (hid,) in Visit.select(Visit.household).where(Visit.visit_date.between(period.start, period.end)).tuples():
        visits[grid_of_household.get(hid, NO_GRID)] += 1
    hours = defaultdict(float)
    served = (
        Attendance.select(Volunteer.resident, Attendance.hours).join(Activity).switch(Attendance).join(Volunteer)
        .where(Activity.activity_date.between(period.start, period.end)).tuples()
    )
    served = list(served)
    # A volunteer who lives here but was registered after the period's end serves under today's grid.
    later = [rid for rid, _ in served if rid is not None and rid not in grid_of_resident]
    grid_of_resident.update({r.resident_id: r.grid or NO_GRID for r in rows_for(list(set(later)))})
    for rid, value in served:
        hours[grid_of_resident.get(rid, OUTSIDE_VOLUNTEERS)] += value
    raised = Topic.select().where(Topic.raised_date.between(period.start, period.end)).count()
    resolved = (
        Topic.select().where(Topic.raised_date.between(period.start, period.end), Topic.step == t.EVALUATED).count()
    )
    grids = sorted(dict.fromkeys([*per_grid, *visits, *hours]),
                   key=lambda g: (g == OUTSIDE_VOLUNTEERS, g != NO_GRID, natural_key(g)))
    rows = []
    for grid in grids:
        if grid == OUTSIDE_VOLUNTEERS:
            rows.append([grid, None, None, None, *(None for _ in categories), None, round(hours[grid], 1), None, None])
            continue
        g = per_grid.get(grid, {"households": set(), "residents": 0, "party_members": 0})
        rows.append([grid, len(g["households"]), g["residents"], g["party_members"],
                     *(care[grid][c] for c in categories), visits[grid], round(hours[grid], 1), None, None])
    total = ["合计", *(sum(r[i] or 0 for r in rows) for i in range(1, len(columns) - 2)), raised, resolved]
    total[len(columns) - 3] = round(total[len(columns) - 3], 1)
    rows.append(total)
    counted = plain_date(counted_on)
    return ReturnTable("statistics", RETURNS["statistics"], columns, rows, period.label, notes=[
        f"户数、居民、党员和各类人群为{counted}在册的人数（统计截至{counted}），"
        f"走访次数、服务时长和议题为{period.label}期间的数。",
        f"议题按全社区统计，列在合计行；{OUTSIDE_VOLUNTEERS}一行是不住在本社区的志愿者的服务时长。",
    ])


def build_return(code: str, period: Period | None, full_ids: bool, today: dt.date | None = None) -> ReturnTable:
    today = today or dt.date.today()
    if code not in RETURNS:
        raise DeskError(f"没有名为 {code} 的报表。可选：{'、'.join(RETURNS)}")
    if code in NEEDS_PERIOD and period is None:
        raise DeskError(f"“{RETURNS[code]}”需要指定期间（月、季度、年或起止日期）。")
    if code == "roster":
        return roster_return(full_ids)
    if code == "care":
        return care_return(full_ids, today, period)
    if code == "statistics":
        return statistics_return(period, today)
    builders = {"visits": visits_return, "volunteer-hours": volunteer_hours_return, "meetings": meetings_return}
    return builders[code](period)
