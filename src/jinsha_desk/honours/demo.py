"""Honours for the demo community: last year's 文明家庭 issued, this year's in its public notice."""

from __future__ import annotations

import datetime as dt
import random

from jinsha_desk.honours import campaigns as c
from jinsha_desk.models import Campaign, Household

_CITATIONS = (
    "孝老爱亲，三代同堂和睦相处，常年悉心照顾卧床老人，邻里称赞。",
    "热心公益，主动参与楼栋环境整治和垃圾分类宣传。",
    "家风淳朴，重视子女教育，全家积极参加社区志愿服务。",
    "邻里互助，多次帮助独居老人买菜就医。",
    "勤俭持家，家庭和睦，热心调解邻里矛盾。",
    "积极参与平安巡逻，协助社区做好疫情防控和防汛工作。",
)


def _notice(campaign: int, start: dt.date) -> None:
    """The demo's notice: counted on the official calendar, or a week where that year's is not known."""
    try:
        c.start_notice(campaign, start)
    except c.CalendarUnknown:
        c.start_notice(campaign, start, start + dt.timedelta(days=7))


def seed_honours(rng: random.Random, today: dt.date) -> None:
    if Campaign.select().exists():
        return
    households = [h for (h,) in Household.select(Household.id).where(Household.unit.is_null(False)).tuples()]
    for year, finished in ((today.year - 1, True), (today.year, False)):
        campaign = c.create_campaign(c.CampaignInput("文明家庭", year, c.HOUSEHOLD, 10, objection_phone="0812-5910065"))
        for hid in rng.sample(households, k=min(len(households), 16)):
            nominee = c.nominate(campaign, hid, rng.choice(("楼栋长推荐", "网格员推荐", "居民联名推荐")),
                                 rng.choice(_CITATIONS))
            c.set_scores(nominee, rng.randint(20, 60), round(rng.uniform(75, 98), 1))
        c.choose_top(campaign)
        if finished:
            start = dt.date(year, 12, 1)
            _notice(campaign, start)
            c.confirm(campaign, start + dt.timedelta(days=10))
            c.issue_certificates(campaign, start + dt.timedelta(days=12))
        else:
            _notice(campaign, today - dt.timedelta(days=2))
