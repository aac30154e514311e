"""A year of plausible visits for the demo community: care households visited at about their
interval (a few have slipped behind), routine visits elsewhere, and the needs they raised."""

from __future__ import annotations

import datetime as dt
import random

from jinsha_desk.audit import record_event
from jinsha_desk.db.bulk import indexes_built_after, insert_rows
from jinsha_desk.db.dialect import stored_date
from jinsha_desk.models import Need, Resident, Visit
from jinsha_desk.roster.households import household_choices
from jinsha_desk.visits.followup import care_categories_by_household, care_intervals
from jinsha_desk.visits.records import NEED_IN_PROGRESS, NEED_OPEN, NEED_RESOLVED

_FINDINGS = {
    "关爱探访": ("老人身体状况良好，生活能自理", "血压偏高，已提醒按时服药", "家中整洁，子女每周探望", "情绪有些低落，陪同聊天半小时"),
    "日常走访": ("家庭情况稳定", "登记信息无变化", "宣传反诈知识", "核对了联系电话"),
    "安全检查": ("燃气管道正常", "电动车未在楼道充电", "提醒更换老化插线板"),
    "需求收集": ("收集到居民意见", "居民反映小区停车难"),
}
_NEEDS = ("楼道灯不亮", "希望安装扶手", "申请助餐服务", "下水道堵塞", "想参加老年大学", "需要代买药品", "门禁卡损坏")


def _care_households() -> dict[int, int]:
    """Care household → its visit interval in days."""
    intervals = {tag: days for tag, days in care_intervals().items() if days}
    return {
        household_id: min(intervals[t] for t in tags)
        for household_id, tags in care_categories_by_household(list(intervals)).items()
    }


def seed_visits(rng: random.Random, today: dt.date) -> None:
    if Visit.select().exists():
        return
    care = _care_households()
    others = [
        hid for (hid,) in Resident.select(Resident.household).distinct().tuples() if hid not in care
    ]
    workers = {c.household_id: c.worker or "社区工作人员" for c in household_choices([*care, *others])}
    start = today - dt.timedelta(days=365)
    visits: list[tuple[int, dt.date, str, str]] = []
    for household_id, interval in care.items():
        # Most households are kept up to date; about one in eight has slipped behind.
        stop = today - dt.timedelta(days=interval + rng.randint(1, 20)) if rng.random() < 0.12 else today
        day = start + dt.timedelta(days=rng.randint(0, interval))
        while day <= stop:
            visits.append((household_id, day, "关爱探访", workers[household_id]))
            day += dt.timedelta(days=max(1, interval + rng.randint(-2, 1)))
    for household_id in rng.sample(others, k=min(len(others), 400)):
        kind = rng.choice(("日常走访", "日常走访", "安全检查", "需求收集"))
        visits.append((household_id, start + dt.timedelta(days=rng.randint(0, 365)), kind, workers[household_id]))
    visits.sort(key=lambda v: v[1])
    rows = [(hid, day.isoformat(), who, kind, rng.choice(_FINDINGS[kind])) for hid, day, kind, who in visits]
    # Generated, not entered: one audit entry says so instead of 350,000 (at 100,000 residents). In date
    # order, the visits reach the household indexes at random: those are built once the rows are in.
    with Visit._meta.database.atomic(), indexes_built_after(Visit, adding=len(rows)):
        insert_rows(Visit, [Visit.household, Visit.visit_date, Visit.visitor, Visit.kind, Visit.findings], rows,
                    audit_each=False)
    raised = []
    # Plain rows (dates as stored text): at 100,000 residents this reads 350,000 visits, and peewee's
    # per-value conversion would double the seeding time.
    stored = Visit.select(Visit.id, Visit.household, Visit.visit_date)
    for visit_id, household_id, day in Visit._meta.database.execute(stored).fetchall():
        if rng.random() < 0.03:
            status = rng.choice((NEED_OPEN, NEED_IN_PROGRESS, NEED_RESOLVED, NEED_RESOLVED))
            handler = "" if status == NEED_OPEN else rng.choice(("刘芳", "陈志强", "物业公司", "王丽萍"))
            resolved = ((stored_date(day) + dt.timedelta(days=rng.randint(1, 20))).isoformat()
                        if status == NEED_RESOLVED else None)
            raised.append((household_id, visit_id, rng.choice(_NEEDS), status, handler, day, resolved))
    insert_rows(
        Need,
        [Need.household, Need.visit, Need.description, Need.status, Need.handler, Need.raised_date, Need.resolved_date],
        raised,
        audit_each=False,
    )
    record_event("新增", "visit", f"生成示例数据：走访记录 {len(rows)} 次，需求 {len(raised)} 条")
