"""Honour campaigns (评选表彰): nominate → public notice → confirmed → certificates issued.

Winners are confirmed only after the notice period has ended and every objection is settled; an
objection that is sustained takes the nominee off the winners. Certificate serial numbers are given
once, when certificates are issued, and stay with the winner for every reprint.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import IntegrityError

from jinsha_desk.changes import HONOURS, reports
from jinsha_desk.db import versions
from jinsha_desk.errors import DeskError, NeedsAnswer
from jinsha_desk.models import Building, Campaign, Household, Nominee, Objection, Resident, database
from jinsha_desk.office.profile import community_code, initials
from jinsha_desk.roster.households import household_choices

HOUSEHOLD, RESIDENT, BUILDING = "家庭", "个人", "楼栋"
NOMINEE_KINDS = (HOUSEHOLD, RESIDENT, BUILDING)
NOMINATING, NOTICE, CONFIRMED, ISSUED = "提名", "公示", "确认", "已发证"
STEPS = (NOMINATING, NOTICE, CONFIRMED, ISSUED)


@dataclass
class CampaignInput:
    honour: str
    year: int
    nominee_kind: str
    places: int
    title: str = ""
    notice_days: int = 5
    objection_phone: str = ""
    # The version the clerk opened (db.versions); None for a save that reads the record itself.
    version: int | None = None


CAMPAIGN_LABELS = {"honour": "荣誉", "year": "年度", "nominee_kind": "评选对象", "places": "名额", "title": "名称",
                   "notice_days": "公示天数", "objection_phone": "异议电话"}


@dataclass
class Nomination:
    nominated_by: str
    citation: str
    version: int | None = None


NOMINATION_LABELS = {"nominated_by": "推荐人", "citation": "事迹"}


@dataclass(frozen=True)
class NomineeRow:
    nominee_id: int
    name: str
    address: str
    nominated_by: str
    citation: str
    votes: int | None
    score: float | None
    winner: bool
    serial: str | None
    open_objections: int
    sustained_objections: int
    household_id: int | None = None  # whose story the nominee's 档案 opens
    resident_id: int | None = None

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.nominee_id, "name": self.name, "address": self.address, "nominated_by": self.nominated_by,
            "citation": self.citation, "votes": self.votes, "score": self.score, "winner": self.winner,
            "serial": self.serial,
        }


def _checked_campaign(data: CampaignInput) -> dict[str, object]:
    honour = data.honour.strip()
    if not honour:
        raise DeskError("请填写荣誉名称，如 文明家庭。")
    if data.nominee_kind not in NOMINEE_KINDS:
        raise DeskError(f"评选对象只能是：{'、'.join(NOMINEE_KINDS)}。")
    if data.places < 1:
        raise DeskError("名额至少为 1。")
    if not 1 <= data.notice_days <= 30:
        raise DeskError("公示期应在 1 到 30 个工作日之间。")
    return {"title": data.title.strip() or f"{data.year}年度“{honour}”评选", "honour": honour, "year": data.year,
            "nominee_kind": data.nominee_kind, "places": data.places, "notice_days": data.notice_days,
            "objection_phone": data.objection_phone.strip()}


@reports(HONOURS)
def create_campaign(data: CampaignInput) -> int:
    return Campaign.insert(**_checked_campaign(data), step=NOMINATING).execute()


@reports(HONOURS)
def update_campaign(campaign_id: int, data: CampaignInput) -> None:
    """Correct a campaign while nominations are open (the kind of nominee only while nobody is nominated)."""
    campaign = get_campaign(campaign_id)
    _in_step(campaign, NOMINATING)
    values = _checked_campaign(data)
    if values["nominee_kind"] != campaign.nominee_kind and campaign.nominees.exists():
        raise DeskError("已有提名对象，不能再改评选对象的类别。")
    with database.atomic():
        versions.claim(Campaign, campaign_id, data, f"评选“{campaign.title}”", campaign_input, CAMPAIGN_LABELS)
        Campaign.update(**values).where(Campaign.id == campaign_id).execute()


def campaign_input(campaign_id: int) -> CampaignInput:
    c = get_campaign(campaign_id)
    return CampaignInput(c.honour, c.year, c.nominee_kind, c.places, c.title, c.notice_days, c.objection_phone,
                         c.version)


@reports(HONOURS)
def remove_campaign(campaign_id: int) -> None:
    """A campaign started by mistake: only before its public notice."""
    campaign = get_campaign(campaign_id)
    _in_step(campaign, NOMINATING)
    with database.atomic():
        Nominee.delete().where(Nominee.campaign == campaign_id).execute()
        Campaign.delete().where(Campaign.id == campaign_id).execute()


@reports(HONOURS)
def correct_nominee(nominee_id: int, nominated_by: str, citation: str, seen_version: int | None = None) -> None:
    """Correct who nominated and the citation, until the certificates are issued."""
    nominee = _nominee(nominee_id)
    _in_step(nominee.campaign, NOMINATING, NOTICE, CONFIRMED)
    mine = Nomination(nominated_by.strip(), citation.strip(), seen_version)
    with database.atomic():
        versions.claim(Nominee, nominee_id, mine, "这项提名", _nomination, NOMINATION_LABELS)
        Nominee.update(nominated_by=mine.nominated_by, citation=mine.citation).where(Nominee.id == nominee_id).execute()


def _nomination(nominee_id: int) -> Nomination:
    nominee = _nominee(nominee_id)
    return Nomination(nominee.nominated_by, nominee.citation, nominee.version)


@reports(HONOURS)
def remove_nominee(nominee_id: int) -> None:
    """Withdraw a nomination while nominations are open (afterwards an objection decides)."""
    nominee = _nominee(nominee_id)
    _in_step(nominee.campaign, NOMINATING)
    Nominee.delete().where(Nominee.id == nominee_id).execute()


def _nominee(nominee_id: int) -> Nominee:
    nominee = Nominee.get_or_none(Nominee.id == nominee_id)
    if nominee is None:
        raise DeskError(f"找不到编号为 {nominee_id} 的提名对象。")
    return nominee


def get_campaign(campaign_id: int) -> Campaign:
    campaign = Campaign.get_or_none(Campaign.id == campaign_id)
    if campaign is None:
        raise DeskError(f"找不到编号为 {campaign_id} 的评选。")
    return campaign


def _in_step(campaign: Campaign, *steps: str) -> None:
    if campaign.step not in steps:
        raise DeskError(f"“{campaign.title}”目前处于“{campaign.step}”阶段，不能进行这项操作。")


@reports(HONOURS)
def nominate(campaign_id: int, record_id: int, nominated_by: str = "", citation: str = "") -> int:
    """Nominate a household, resident or building (by its id, as the campaign's kind says)."""
    campaign = get_campaign(campaign_id)
    _in_step(campaign, NOMINATING)
    fields: dict[str, object]
    if campaign.nominee_kind == HOUSEHOLD:
        choice = household_choices([record_id])[0] if Household.get_or_none(Household.id == record_id) else None
        if choice is None:
            raise DeskError("找不到这一户。")
        fields = {"household": record_id, "name": f"{choice.named_after}家庭" if choice.named_after else choice.name, "address": choice.address}
    elif campaign.nominee_kind == RESIDENT:
        resident = Resident.get_or_none(Resident.id == record_id)
        if resident is None:
            raise DeskError("找不到这位居民。")
        place = household_choices([resident.household_id])[0]
        fields = {"resident": record_id, "name": resident.name, "address": place.address}
    else:
        building = Building.get_or_none(Building.id == record_id)
        if building is None:
            raise DeskError("找不到这栋楼。")
        fields = {"building": record_id, "name": building.name, "address": building.name}
    try:
        return Nominee.insert(campaign=campaign_id, nominated_by=nominated_by.strip(), citation=citation.strip(),
                              **fields).execute()
    except IntegrityError:
        raise DeskError(f"{fields['name']}已在本次评选中被提名，不能重复提名。") from None


@reports(HONOURS)
def set_scores(nominee_id: int, votes: int | None, score: float | None) -> None:
    nominee = Nominee.get_by_id(nominee_id)
    _in_step(nominee.campaign, NOMINATING)
    if (votes is not None and votes < 0) or (score is not None and not 0 <= score <= 100):
        raise DeskError("票数不能为负，评分应在 0 到 100 之间。")
    Nominee.update(votes=votes, score=score).where(Nominee.id == nominee_id).execute()


@reports(HONOURS)
def set_winner(nominee_id: int, winner: bool) -> None:
    nominee = Nominee.get_by_id(nominee_id)
    campaign = nominee.campaign
    _in_step(campaign, NOMINATING)
    if winner and not nominee.winner:
        chosen = Nominee.select().where(Nominee.campaign == campaign.id, Nominee.winner == 1).count()
        if chosen >= campaign.places:
            raise DeskError(f"本次评选名额为 {campaign.places} 个，已经选满。")
    Nominee.update(winner=int(winner)).where(Nominee.id == nominee_id).execute()


@reports(HONOURS)
def choose_top(campaign_id: int) -> None:
    """Mark the highest ranked nominees as winners, up to the number of places."""
    campaign = get_campaign(campaign_id)
    _in_step(campaign, NOMINATING)
    ranked = [n.nominee_id for n in ranking(campaign_id)]
    with database.atomic():
        Nominee.update(winner=0).where(Nominee.campaign == campaign_id).execute()
        Nominee.update(winner=1).where(Nominee.id.in_(ranked[: campaign.places])).execute()


class CalendarUnknown(DeskError):
    """The official calendar of a year is not published (or not known to this version) yet."""

    def __init__(self, year: int) -> None:
        super().__init__(f"{year}年的法定节假日和调休安排尚未收录，无法推算公示期的截止日期；请直接填写公示截止日期。")
        self.year = year


def add_working_days(start: dt.date, days: int) -> dt.date:
    """The last day of a period of ``days`` working days starting on ``start``, on China's official
    calendar: public holidays are not counted, the weekend days worked in exchange (调休) are."""
    import chinese_calendar  # the State Council's schedule, year by year

    day = start
    counted = 0
    while True:
        try:
            working = chinese_calendar.is_workday(day)
        except NotImplementedError:
            raise CalendarUnknown(day.year) from None
        if working:
            counted += 1
            if counted == days:
                return day
        day += dt.timedelta(days=1)


@reports(HONOURS)
def start_notice(campaign_id: int, start: dt.date, end: dt.date | None = None) -> tuple[dt.date, dt.date]:
    """Start the public notice; its last day is counted in working days, or given (``end``) for a year
    whose official calendar is not known yet."""
    campaign = get_campaign(campaign_id)
    _in_step(campaign, NOMINATING)
    winners = Nominee.select().where(Nominee.campaign == campaign_id, Nominee.winner == 1).count()
    if winners == 0:
        raise DeskError("请先确定拟表彰对象，再开始公示。")
    if end is not None and end < start:
        raise DeskError("公示截止日期不能早于开始日期。")
    end = end or add_working_days(start, campaign.notice_days)
    Campaign.update(step=NOTICE, notice_from=start, notice_to=end).where(Campaign.id == campaign_id).execute()
    return start, end


@reports(HONOURS)
def raise_objection(nominee_id: int, content: str, raised_by: str, day: dt.date) -> int:
    nominee = Nominee.get_by_id(nominee_id)
    campaign = nominee.campaign
    _in_step(campaign, NOTICE)
    if not (campaign.notice_from <= day <= campaign.notice_to):
        raise DeskError(f"异议应在公示期内（{campaign.notice_from:%Y-%m-%d} 至 {campaign.notice_to:%Y-%m-%d}）提出。")
    if not content.strip():
        raise DeskError("请填写异议内容。")
    return Objection.insert(nominee=nominee_id, raised_date=day, raised_by=raised_by.strip(),
                            content=content.strip()).execute()


@reports(HONOURS)
def resolve_objection(objection_id: int, resolution: str, sustained: bool, day: dt.date) -> None:
    """Record how an objection was settled; a sustained one takes the nominee off the winners."""
    objection = Objection.get_by_id(objection_id)
    _in_step(objection.nominee.campaign, NOTICE)
    if not resolution.strip():
        raise DeskError("请填写核实和处理情况。")
    with database.atomic():
        Objection.update(resolution=resolution.strip(), sustained=int(sustained), resolved_date=day).where(
            Objection.id == objection_id
        ).execute()
        if sustained:
            Nominee.update(winner=0).where(Nominee.id == objection.nominee_id).execute()


@reports(HONOURS)
def confirm(campaign_id: int, today: dt.date) -> None:
    campaign = get_campaign(campaign_id)
    _in_step(campaign, NOTICE)
    if today <= campaign.notice_to:
        raise DeskError(f"公示期到 {campaign.notice_to:%Y-%m-%d} 才结束，结束后才能确认结果。")
    open_objections = (
        Objection.select().join(Nominee).where(Nominee.campaign == campaign_id, Objection.sustained.is_null()).count()
    )
    if open_objections:
        raise DeskError(f"还有 {open_objections} 条异议没有处理完，处理后才能确认结果。")
    Campaign.update(step=CONFIRMED, confirmed_date=today).where(Campaign.id == campaign_id).execute()


def serial_prefix(campaign: Campaign) -> str:
    return f"{community_code()}-{initials(campaign.honour)}-{campaign.year}"


@reports(HONOURS)
def issue_certificates(campaign_id: int, today: dt.date, without_head_ok: bool = False) -> list[str]:
    """Give each confirmed winner a serial number (once, best ranked first) and mark the campaign issued.
    A winning household with no recorded head is named after its eldest member; the clerk is asked
    first (NeedsAnswer), since a head may simply not have been entered yet."""
    campaign = get_campaign(campaign_id)
    _in_step(campaign, CONFIRMED, ISSUED)
    if campaign.nominee_kind == HOUSEHOLD and not without_head_ok:
        winners = {w.household_id: w.name for w in Nominee.select().where(Nominee.campaign == campaign_id,
                                                                          Nominee.winner == 1, Nominee.serial.is_null())}
        headless = [f"{winners[h.household_id]}（{h.address}）" for h in household_choices(list(winners)) if not h.head]
        if headless:
            raise NeedsAnswer(f"以下获奖家庭没有登记户主，证书上以家中最年长的成员命名：{'、'.join(headless)}。"
                              "如要按户主命名，请先在居民花名册中登记户主。仍要发放证书吗？")
    prefix = serial_prefix(campaign)
    with database.atomic():
        winners = winners_ranked(campaign_id)
        taken = {n.serial for n in Nominee.select(Nominee.serial).where(Nominee.serial.startswith(prefix))}
        number = 0
        for nominee in (n for n in winners if not n.serial):
            number += 1
            while f"{prefix}-{number:03d}" in taken:
                number += 1
            Nominee.update(serial=f"{prefix}-{number:03d}").where(Nominee.id == nominee.nominee_id).execute()
            taken.add(f"{prefix}-{number:03d}")
        if campaign.step == CONFIRMED:
            Campaign.update(step=ISSUED, issued_date=today).where(Campaign.id == campaign_id).execute()
    return [n.serial for n in winners_ranked(campaign_id)]


def winners_ranked(campaign_id: int) -> list[NomineeRow]:
    """The winners in ranking order: the order of the notice and of the certificates."""
    return [n for n in ranking(campaign_id) if n.winner]


def nominees(campaign_id: int, winners_only: bool = False) -> list[NomineeRow]:
    query = Nominee.select().where(Nominee.campaign == campaign_id).order_by(Nominee.id)
    if winners_only:
        query = query.where(Nominee.winner == 1)
    rows = []
    for n in query:
        objections = list(n.objections)
        rows.append(NomineeRow(
            n.id, n.name, n.address, n.nominated_by, n.citation, n.votes, n.score, bool(n.winner), n.serial,
            sum(o.sustained is None for o in objections), sum(bool(o.sustained) for o in objections),
            n.household_id, n.resident_id,
        ))
    return rows


def ranking(campaign_id: int) -> list[NomineeRow]:
    """Nominees best first: committee score, then residents' votes, then order of nomination."""
    return sorted(
        nominees(campaign_id),
        key=lambda n: (-(n.score if n.score is not None else -1), -(n.votes if n.votes is not None else -1), n.nominee_id),
    )


@dataclass(frozen=True)
class CampaignRow:
    campaign_id: int
    title: str
    honour: str
    year: int
    nominee_kind: str
    places: int
    step: str
    notice_from: dt.date | None
    notice_to: dt.date | None
    nominees: int
    winners: int
    notice_days: int

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.campaign_id, "title": self.title, "honour": self.honour, "year": self.year,
            "nominee_kind": self.nominee_kind, "places": self.places, "step": self.step,
            "notice_from": self.notice_from.isoformat() if self.notice_from else None,
            "notice_to": self.notice_to.isoformat() if self.notice_to else None,
            "nominees": self.nominees, "winners": self.winners,
        }


def campaigns() -> list[CampaignRow]:
    rows = []
    for c in Campaign.select().order_by(Campaign.year.desc(), Campaign.id.desc()):
        count = c.nominees.count()
        winners = c.nominees.where(Nominee.winner == 1).count()
        rows.append(CampaignRow(c.id, c.title, c.honour, c.year, c.nominee_kind, c.places, c.step, c.notice_from,
                                c.notice_to, count, winners, c.notice_days))
    return rows


def objections(campaign_id: int) -> list[tuple[int, str, dt.date, str, str, bool | None]]:
    """(objection id, nominee, date, content, resolution, sustained) for a campaign."""
    query = Objection.select(Objection, Nominee).join(Nominee).where(Nominee.campaign == campaign_id).order_by(Objection.id)
    return [
        (o.id, o.nominee.name, o.raised_date, o.content, o.resolution, None if o.sustained is None else bool(o.sustained))
        for o in query
    ]
