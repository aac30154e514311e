"""A year of deliberation for the demo community: monthly 党群议事会, courtyard meetings, and topics
in every step, most evaluated by residents."""

from __future__ import annotations

import datetime as dt
import random

from jinsha_desk.meetings import meetings as m
from jinsha_desk.meetings import topics as t
from jinsha_desk.models import STATUS_ACTIVE, Meeting, Resident

_TOPICS = (
    ("楼道照明改造", "问题"), ("增设电动自行车充电桩", "项目"), ("老年助餐点选址", "需求"), ("小区停车位划线", "问题"),
    ("儿童游乐设施更新", "项目"), ("垃圾分类亭改造", "项目"), ("单元门禁维修", "问题"), ("社区食堂延长营业时间", "需求"),
    ("加装电梯意见征集", "项目"), ("绿化带补种", "需求"), ("雨污管网疏通", "问题"), ("增设健身器材", "需求"),
    ("楼顶防水维修", "问题"), ("设立共享工具屋", "项目"), ("宠物管理公约", "问题"), ("四点半课堂扩班", "需求"),
)
_PEOPLE = ("王丽萍", "陈志强", "刘芳", "张建华", "杨雪梅")


def seed_meetings(rng: random.Random, today: dt.date) -> None:
    if Meeting.select().exists():
        return
    residents = [
        rid for (rid,) in Resident.select(Resident.id).where(Resident.status == STATUS_ACTIVE, Resident.phone != "").tuples()
    ]
    pending: list[int] = []
    for months_ago in range(12, 0, -1):
        day = today - dt.timedelta(days=30 * months_ago)
        for _ in range(2):
            title, kind = rng.choice(_TOPICS)
            building = f"{rng.randint(1, 22)}栋"
            pending.append(t.add_topic(t.TopicInput(
                f"{building}{title}", kind, day - dt.timedelta(days=rng.randint(5, 20)), f"居民反映{building}{title}的问题。",
                building, rng.choice(t.SOURCES), rng.choice(_PEOPLE),
            )))
        starts = dt.datetime.combine(day, dt.time(19, 0))
        meeting_id = m.plan_meeting(m.MeetingInput(
            "党群议事会", f"{starts:%Y年%m月}党群议事会", starts, "社区党群服务中心二楼会议室", "张书记", "刘芳"))
        m.invite_residents(meeting_id, rng.sample(residents, k=min(len(residents), 25)))
        m.invite(meeting_id, [m.AttendeeInput("陈经理", "物业公司", "蓝湖物业公司", "13800001111")])
        on_agenda, pending = pending[:2], pending[2:]
        m.set_agenda(meeting_id, [m.AgendaEntry(tid, rng.choice(_PEOPLE), f"19:{20 * i:02d}—19:{20 * i + 20:02d}")
                                  for i, tid in enumerate(on_agenda)])
        detail = m.meeting_detail(meeting_id)
        m.record_attendance(meeting_id, {
            a.attendee_id: rng.choices(m.ATTENDANCE, weights=(85, 5, 10))[0] for a in detail.attendees
        })
        present = len(m.meeting_detail(meeting_id).counted(m.PRESENT))
        for item in detail.agenda:
            votes_for = rng.randint(present * 2 // 3, present)
            against = rng.randint(0, present - votes_for)
            owner = rng.choice(("社区物业办", "蓝湖物业公司", "网格员" + rng.choice(_PEOPLE), ""))
            m.record_minutes(item.item_id, m.MinutesInput(
                "与会人员充分讨论，多数赞成。", f"同意实施“{item.title}”", votes_for, against, present - votes_for - against,
                owner, day + dt.timedelta(days=rng.randint(20, 60)) if owner else None,
            ))
            done = day + dt.timedelta(days=rng.randint(40, 80))
            if owner and done < today:
                verdict = rng.choices(t.SATISFACTION, weights=(85, 12, 3))[0]
                t.evaluate(item.topic_id, verdict, "居民评议", done)
    # Next week's meeting, its agenda set and its papers still to print.
    upcoming = today + dt.timedelta(days=7)
    starts = dt.datetime.combine(upcoming, dt.time(19, 0))
    meeting_id = m.plan_meeting(m.MeetingInput(
        "院落议事会", f"{starts:%Y年%m月}蓝湖小区院落议事会", starts, "蓝湖小区凉亭", "王丽萍", "刘芳"))
    m.invite_residents(meeting_id, rng.sample(residents, k=min(len(residents), 18)))
    next_topics = [
        t.add_topic(t.TopicInput(title, kind, today - dt.timedelta(days=3), "", "蓝湖小区", "议事会议", "王丽萍"))
        for title, kind in rng.sample(_TOPICS, k=2)
    ]
    m.set_agenda(meeting_id, [m.AgendaEntry(tid, rng.choice(_PEOPLE), f"19:{20 * i:02d}—19:{20 * i + 20:02d}")
                              for i, tid in enumerate(next_topics)])
    # Topics still being collected, and one not taken up.
    for title, kind in rng.sample(_TOPICS, k=4):
        t.add_topic(t.TopicInput(title, kind, today - dt.timedelta(days=rng.randint(1, 20)), "", "社区", "居民建议"))
    closed = t.add_topic(t.TopicInput("小区内设立收费停车场", "项目", today - dt.timedelta(days=60)))
    t.close(closed, t.REJECTED, "涉及公共收益分配，需业主大会表决，已转交业委会", today - dt.timedelta(days=50))
