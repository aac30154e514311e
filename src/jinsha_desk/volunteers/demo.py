"""Three years of volunteer service for the demo community: teams, activities with hours (a core of
regulars has earned stars), and micro-wishes at every stage."""

from __future__ import annotations

import datetime as dt
import random

from jinsha_desk.db.bulk import insert_rows
from jinsha_desk.models import (
    STATUS_ACTIVE,
    Activity,
    Attendance,
    Resident,
    Team,
    Volunteer,
    Wish,
)
from jinsha_desk.roster.idcard import age_on
from jinsha_desk.volunteers.people import join_team
from jinsha_desk.volunteers.wishes import CLAIMED, FULFILLED, OPEN

_TEAMS = (
    ("党员先锋志愿服务队", "全体居民"),
    ("巾帼志愿服务队", "困难家庭"),
    ("红袖标平安巡逻队", "全体居民"),
    ("助老志愿服务队", "空巢老人"),
    ("青少年志愿服务队", "未成年人"),
    ("环境卫生志愿服务队", "全体居民"),
)
_ACTIVITIES = (
    ("敬老院慰问演出", "金沙敬老院"), ("空巢老人上门助洁", "蓝湖小区"), ("小区环境大扫除", "蓝湖小区中心花园"),
    ("夜间平安巡逻", "蓝湖小区"), ("四点半课堂", "社区活动室"), ("义诊与健康讲座", "社区卫生服务站"),
    ("垃圾分类宣传", "小区东门"), ("反诈宣传进楼栋", "各楼栋"), ("助残陪伴", "居民家中"), ("节日包饺子", "社区食堂"),
)
_WISHES = ("想要一台收音机", "希望有人教用智能手机", "想要一套新被褥", "孩子想要一套课外书", "想要一副老花镜",
           "希望有人陪同去医院复查", "想要一个助行器", "想学写毛笔字")
_UNITS = ("金沙银行蓝湖支行", "蓝湖物业公司", "区供电公司党支部", "金沙小学")


def seed_volunteers(rng: random.Random, today: dt.date) -> None:
    if Volunteer.select().exists():
        return
    adults = [
        (rid, name, phone)
        for rid, name, phone, born in Resident.select(Resident.id, Resident.name, Resident.phone, Resident.birth_date)
        .where(Resident.status == STATUS_ACTIVE, Resident.phone != "")
        .tuples()
        if 18 <= age_on(born, today) <= 72
    ]
    chosen = rng.sample(adults, k=min(len(adults), 120))
    joined = today - dt.timedelta(days=3 * 365)
    insert_rows(
        Volunteer, [Volunteer.resident, Volunteer.name, Volunteer.phone, Volunteer.joined_date],
        [(rid, name, phone, joined.isoformat()) for rid, name, phone in chosen],
    )
    insert_rows(
        Volunteer, [Volunteer.name, Volunteer.phone, Volunteer.joined_date, Volunteer.note],
        [("陈医生", "13981230001", joined.isoformat(), "社区卫生服务站"), ("赵老师", "13981230002", joined.isoformat(), "金沙小学")],
    )
    volunteer_ids = [vid for (vid,) in Volunteer.select(Volunteer.id).order_by(Volunteer.id).tuples()]
    regulars = volunteer_ids[:20]
    teams = []
    for index, (name, _) in enumerate(_TEAMS):
        members = rng.sample(volunteer_ids, k=min(len(volunteer_ids), 25))
        leader = regulars[index % len(regulars)] if regulars else None
        team_id = Team.insert(name=name, leader=leader).execute()
        join_team(team_id, [*([leader] if leader else []), *members])
        teams.append(team_id)
    attendance = []
    for day_offset in range(3 * 365, 0, -7):
        for _ in range(rng.choice((1, 1, 2))):
            # Within the week that ends ``day_offset`` days ago, never after today.
            day = min(today, today - dt.timedelta(days=day_offset - rng.randint(0, 6)))
            title, place = rng.choice(_ACTIVITIES)
            team_index = rng.randrange(len(_TEAMS))
            activity_id = Activity.insert(
                title=title, activity_date=day, place=place, team=teams[team_index],
                group_served=_TEAMS[team_index][1],
            ).execute()
            present = set(rng.sample(regulars, k=min(len(regulars), 8)))
            present |= set(rng.sample(volunteer_ids, k=min(len(volunteer_ids), rng.randint(3, 10))))
            for vid in present:
                attendance.append((activity_id, vid, rng.choice((1.0, 1.5, 2.0, 2.5, 3.0, 4.0))))
    insert_rows(Attendance, [Attendance.activity, Attendance.volunteer, Attendance.hours], attendance)
    residents = [rid for rid, _, _ in rng.sample(adults, k=min(len(adults), 30))]
    for index, rid in enumerate(residents):
        raised = today - dt.timedelta(days=rng.randint(20, 300))
        stage = (OPEN, CLAIMED, FULFILLED)[index % 3]
        claimed = raised + dt.timedelta(days=rng.randint(1, 5)) if stage != OPEN else None
        by_unit = rng.random() < 0.4
        Wish.insert(
            resident=rid, description=rng.choice(_WISHES), raised_date=raised, status=stage,
            claimed_by=None if stage == OPEN or by_unit else rng.choice(volunteer_ids),
            claimed_unit=rng.choice(_UNITS) if stage != OPEN and by_unit else "",
            claimed_date=claimed,
            fulfilled_date=claimed + dt.timedelta(days=rng.randint(1, 8)) if stage == FULFILLED else None,
        ).execute()
