"""Meetings: who is invited, the agenda of topics, attendance, and the minutes of each topic."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from jinsha_desk.changes import MEETINGS, reports
from jinsha_desk.chinese_dates import plain_date
from jinsha_desk.db import versions
from jinsha_desk.errors import DeskError
from jinsha_desk.meetings import topics as t
from jinsha_desk.models import AgendaItem, Meeting, MeetingAttendee, Topic, TopicEvent, database
from jinsha_desk.roster.browse import rows_for

MEETING_KINDS = ("党群议事会", "院落议事会", "网格党支部联席会", "板凳会", "夜谈会")
ATTENDEE_CATEGORIES = ("居民代表", "党员", "单位代表", "物业公司", "列席嘉宾", "社区工作人员")
PRESENT, ABSENT, ON_LEAVE = "出席", "缺席", "请假"
ATTENDANCE = (PRESENT, ABSENT, ON_LEAVE)


@dataclass
class MeetingInput:
    kind: str
    title: str
    starts_at: dt.datetime
    place: str = ""
    host: str = ""
    recorder: str = ""
    # The version the clerk opened (db.versions); None for a save that reads the record itself.
    version: int | None = None


MEETING_LABELS = {"kind": "会议类型", "title": "会议名称", "starts_at": "时间", "place": "地点", "host": "主持人",
                  "recorder": "记录人"}


@dataclass
class AttendeeInput:
    name: str
    category: str = "居民代表"
    unit: str = ""
    phone: str = ""
    resident_id: int | None = None


@dataclass
class AgendaEntry:
    topic_id: int
    presenter: str = ""
    time_slot: str = ""


@dataclass
class MinutesInput:
    discussion: str
    decision: str
    votes_for: int | None = None
    votes_against: int | None = None
    votes_abstain: int | None = None
    owner: str = ""
    due_date: dt.date | None = None
    # The version the clerk opened (db.versions); None for a save that reads the record itself.
    version: int | None = None


MINUTES_LABELS = {"discussion": "讨论情况", "decision": "决定", "votes_for": "同意", "votes_against": "反对",
                  "votes_abstain": "弃权", "owner": "负责人", "due_date": "完成期限"}


@dataclass(frozen=True)
class AgendaRow:
    item_id: int
    position: int
    topic_id: int
    title: str
    kind: str
    step: str
    presenter: str
    time_slot: str
    discussion: str
    decision: str
    votes: tuple[int | None, int | None, int | None]
    owner: str
    due_date: dt.date | None

    def vote_text(self) -> str:
        if all(v is None for v in self.votes):
            return ""
        agree, against, abstain = (v or 0 for v in self.votes)
        return f"同意 {agree} 票，反对 {against} 票，弃权 {abstain} 票"


@dataclass(frozen=True)
class AttendeeRow:
    attendee_id: int
    name: str
    category: str
    unit: str
    phone: str
    attendance: str


@dataclass
class MeetingDetail:
    meeting_id: int
    kind: str
    title: str
    starts_at: dt.datetime
    place: str
    host: str
    recorder: str
    attendees: list[AttendeeRow] = field(default_factory=list)
    agenda: list[AgendaRow] = field(default_factory=list)

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.meeting_id, "kind": self.kind, "title": self.title,
            "starts_at": self.starts_at.isoformat(sep=" ", timespec="minutes"), "place": self.place,
            "host": self.host, "recorder": self.recorder,
            "attendees": [{"id": a.attendee_id, "name": a.name, "category": a.category, "unit": a.unit,
                           "attendance": a.attendance} for a in self.attendees],
            "agenda": [{"id": i.item_id, "position": i.position, "topic_id": i.topic_id, "title": i.title,
                        "step": i.step, "decision": i.decision, "owner": i.owner} for i in self.agenda],
        }

    def counted(self, status: str) -> list[AttendeeRow]:
        return [a for a in self.attendees if a.attendance == status]

    def when(self) -> str:
        weekday = "一二三四五六日"[self.starts_at.weekday()]
        return f"{plain_date(self.starts_at)}（星期{weekday}）{self.starts_at:%H:%M}"


@reports(MEETINGS)
def plan_meeting(data: MeetingInput) -> int:
    return Meeting.insert(**_checked_meeting(data)).execute()


def get_meeting(meeting_id: int) -> Meeting:
    meeting = Meeting.get_or_none(Meeting.id == meeting_id)
    if meeting is None:
        raise DeskError(f"找不到编号为 {meeting_id} 的会议。")
    return meeting


@reports(MEETINGS)
def invite(meeting_id: int, attendees: list[AttendeeInput]) -> None:
    get_meeting(meeting_id)
    invited = {
        (a.resident_id, a.name) for a in MeetingAttendee.select().where(MeetingAttendee.meeting == meeting_id)
    }
    with database.atomic():
        for a in attendees:
            if not a.name.strip():
                raise DeskError("参会人员的姓名不能为空。")
            if (a.resident_id, a.name.strip()) in invited:
                continue
            MeetingAttendee.insert(
                meeting=meeting_id, resident=a.resident_id, name=a.name.strip(), category=a.category,
                unit=a.unit.strip(), phone=a.phone.strip(),
            ).execute()
            invited.add((a.resident_id, a.name.strip()))


@reports(MEETINGS)
def invite_residents(meeting_id: int, resident_ids: list[int], category: str = "居民代表") -> None:
    """Invite residents from the roster, with their building and phone for the sign-in sheet."""
    invite(
        meeting_id,
        [AttendeeInput(r.name, category, r.address, r.phone, r.resident_id) for r in rows_for(resident_ids)],
    )


@reports(MEETINGS)
def set_agenda(meeting_id: int, entries: list[AgendaEntry]) -> None:
    """The meeting's topics in order; topics still 收集 are accepted (议题确定) as of the meeting date."""
    meeting = get_meeting(meeting_id)
    day = meeting.starts_at.date() if isinstance(meeting.starts_at, dt.datetime) else meeting.starts_at
    minuted = {
        item.topic_id for item in AgendaItem.select().where(AgendaItem.meeting == meeting_id, AgendaItem.decision != "")
    }
    wanted = [e.topic_id for e in entries]
    if len(set(wanted)) != len(wanted):
        raise DeskError("同一议题不能在议程中出现两次。")
    if minuted - set(wanted):
        raise DeskError("已记录纪要的议题不能从议程中移除。")
    with database.atomic():
        AgendaItem.delete().where(AgendaItem.meeting == meeting_id, AgendaItem.topic.not_in(list(minuted))).execute()
        for position, entry in enumerate(entries, start=1):
            topic = t.get_topic(entry.topic_id)
            if topic.step == t.COLLECTED:
                t.accept(topic.id, max(day, topic.raised_date), meeting.title)
            elif topic.id not in minuted and topic.step != t.ACCEPTED:
                raise DeskError(f"议题“{topic.title}”处于“{topic.step}”，不能再列入议程。")
            if topic.id in minuted:
                AgendaItem.update(position=position, presenter=entry.presenter.strip(), time_slot=entry.time_slot.strip()).where(
                    AgendaItem.meeting == meeting_id, AgendaItem.topic == topic.id
                ).execute()
            else:
                AgendaItem.insert(
                    meeting=meeting_id, topic=topic.id, position=position, presenter=entry.presenter.strip(),
                    time_slot=entry.time_slot.strip(),
                ).execute()


@reports(MEETINGS)
def record_attendance(meeting_id: int, attendance: dict[int, str]) -> None:
    for status in attendance.values():
        if status not in ATTENDANCE:
            raise DeskError(f"出席情况只能是：{'、'.join(ATTENDANCE)}。")
    with database.atomic():
        for attendee_id, status in attendance.items():
            MeetingAttendee.update(attendance=status).where(
                MeetingAttendee.id == attendee_id, MeetingAttendee.meeting == meeting_id
            ).execute()


def _votes(data: MinutesInput, present: int) -> None:
    votes = [v for v in (data.votes_for, data.votes_against, data.votes_abstain) if v is not None]
    if any(v < 0 for v in votes):
        raise DeskError("票数不能为负数。")
    if present and sum(votes) > present:
        raise DeskError(f"同意、反对、弃权合计 {sum(votes)} 票，多于出席的 {present} 人。")


@reports(MEETINGS)
def record_minutes(item_id: int, data: MinutesInput, today: dt.date | None = None) -> None:
    """What the meeting made of one topic: 协商 with decision and vote, then 实施 when an owner is named."""
    item = AgendaItem.get_or_none(AgendaItem.id == item_id)
    if item is None:
        raise DeskError("找不到这一议程。")
    meeting = item.meeting
    day = meeting.starts_at.date()
    if day > (today or dt.date.today()):
        raise DeskError(f"会议定于 {day:%Y-%m-%d} 召开，开会之后才能记录纪要。")
    present = MeetingAttendee.select().where(
        MeetingAttendee.meeting == meeting.id, MeetingAttendee.attendance == PRESENT
    ).count()
    _votes(data, present)
    with database.atomic():
        topic = t.get_topic(item.topic_id)
        if topic.step == t.ACCEPTED:
            t.consult(topic.id, data.decision, day, meeting.title)
        elif topic.step != t.CONSULTED or item.decision:
            raise DeskError(f"议题“{topic.title}”处于“{topic.step}”，这次会议不能再记录它的协商结果。")
        AgendaItem.update(
            discussion=data.discussion.strip(), decision=data.decision.strip(), votes_for=data.votes_for,
            votes_against=data.votes_against, votes_abstain=data.votes_abstain, owner=data.owner.strip(),
            due_date=data.due_date,
        ).where(AgendaItem.id == item_id).execute()
        if data.owner.strip():
            t.implement(topic.id, data.owner, data.due_date, day)


def _checked_meeting(data: MeetingInput) -> dict[str, object]:
    if not data.title.strip():
        raise DeskError("请填写会议名称。")
    if not data.kind.strip():
        raise DeskError("请选择会议类型。")
    return {"kind": data.kind.strip(), "title": data.title.strip(),
            "starts_at": data.starts_at.replace(second=0, microsecond=0), "place": data.place.strip(),
            "host": data.host.strip(), "recorder": data.recorder.strip()}


def _minuted(meeting_id: int) -> bool:
    return AgendaItem.select().where(AgendaItem.meeting == meeting_id, AgendaItem.decision != "").exists()


@reports(MEETINGS)
def update_meeting(meeting_id: int, data: MeetingInput) -> None:
    get_meeting(meeting_id)
    values = _checked_meeting(data)
    with database.atomic():
        versions.claim(Meeting, meeting_id, data, f"会议“{values['title']}”", meeting_input, MEETING_LABELS)
        Meeting.update(**values).where(Meeting.id == meeting_id).execute()


def meeting_input(meeting_id: int) -> MeetingInput:
    """A stored meeting as the dialog shows it for correcting."""
    meeting = get_meeting(meeting_id)
    return MeetingInput(meeting.kind, meeting.title, meeting.starts_at, meeting.place, meeting.host,
                        meeting.recorder, meeting.version)


@reports(MEETINGS)
def remove_meeting(meeting_id: int) -> None:
    """A meeting planned by mistake or called off. One with minutes is a record and stays; topics put on
    its agenda keep their history."""
    meeting = get_meeting(meeting_id)
    if _minuted(meeting_id):
        raise DeskError(f"“{meeting.title}”已有会议纪要，不能删除；请先撤销纪要中的议题记录。")
    with database.atomic():
        AgendaItem.delete().where(AgendaItem.meeting == meeting_id).execute()
        MeetingAttendee.delete().where(MeetingAttendee.meeting == meeting_id).execute()
        Meeting.delete().where(Meeting.id == meeting_id).execute()


@reports(MEETINGS)
def uninvite(attendee_id: int) -> None:
    """Take someone off the invitation list (invited by mistake, or not coming after all)."""
    attendee = MeetingAttendee.get_or_none(MeetingAttendee.id == attendee_id)
    if attendee is None:
        raise DeskError("找不到这位参会人员。")
    if attendee.attendance == PRESENT and _minuted(attendee.meeting_id):
        raise DeskError(f"{attendee.name} 已签到出席，且会议纪要已按出席人数记录表决，不能移除。")
    MeetingAttendee.delete().where(MeetingAttendee.id == attendee_id).execute()


@reports(MEETINGS)
def remove_agenda_item(item_id: int) -> None:
    item = _agenda_item(item_id)
    if item.decision:
        raise DeskError("这一议程已记录纪要，请先撤销纪要记录。")
    AgendaItem.delete().where(AgendaItem.id == item_id).execute()


def _agenda_item(item_id: int) -> AgendaItem:
    item = AgendaItem.get_or_none(AgendaItem.id == item_id)
    if item is None:
        raise DeskError("找不到这一议程。")
    return item


@reports(MEETINGS)
def minutes_input(item_id: int) -> MinutesInput:
    """What the minutes say of one topic, as the minutes form shows it (votes not taken show as 0)."""
    item = _agenda_item(item_id)
    return MinutesInput(item.discussion, item.decision, item.votes_for or 0, item.votes_against or 0,
                        item.votes_abstain or 0, item.owner, item.due_date if item.owner else None, item.version)


def correct_minutes(item_id: int, data: MinutesInput) -> None:
    """Correct what the minutes say of one topic (discussion, decision, votes, owner and deadline)."""
    item = _agenda_item(item_id)
    if not item.decision:
        raise DeskError("这一议程还没有记录纪要。")
    if not data.decision.strip():
        raise DeskError("请填写协商形成的决定。")
    present = MeetingAttendee.select().where(
        MeetingAttendee.meeting == item.meeting_id, MeetingAttendee.attendance == PRESENT).count()
    _votes(data, present)
    topic = t.get_topic(item.topic_id)
    day = item.meeting.starts_at.date()
    with database.atomic():
        versions.claim(AgendaItem, item_id, data, f"议题“{topic.title}”的纪要", minutes_input, MINUTES_LABELS)
        AgendaItem.update(
            discussion=data.discussion.strip(), decision=data.decision.strip(), votes_for=data.votes_for,
            votes_against=data.votes_against, votes_abstain=data.votes_abstain, owner=data.owner.strip(),
            due_date=data.due_date,
        ).where(AgendaItem.id == item_id).execute()
        Topic.update(decision=data.decision.strip()).where(Topic.id == topic.id).execute()
        if topic.step == t.IMPLEMENTING and data.owner.strip():
            Topic.update(owner=data.owner.strip(), due_date=data.due_date).where(Topic.id == topic.id).execute()
        elif topic.step == t.CONSULTED and data.owner.strip():
            t.implement(topic.id, data.owner, data.due_date, day)


@reports(MEETINGS)
def withdraw_minutes(item_id: int, reason: str) -> None:
    """Minutes recorded against the wrong topic: cleared, and the topic back to 议题确定 with the reason."""
    item = _agenda_item(item_id)
    if not item.decision:
        raise DeskError("这一议程还没有记录纪要。")
    if not reason.strip():
        raise DeskError("请写明撤销的原因。")
    topic = t.get_topic(item.topic_id)
    if topic.step not in (t.CONSULTED, t.IMPLEMENTING):
        raise DeskError(f"议题“{topic.title}”已进入“{topic.step}”，不能再撤销这次会议的纪要。")
    with database.atomic():
        AgendaItem.update(discussion="", decision="", votes_for=None, votes_against=None, votes_abstain=None,
                          owner="", due_date=None).where(AgendaItem.id == item_id).execute()
        Topic.update(step=t.ACCEPTED, decision="", owner="", due_date=None).where(Topic.id == topic.id).execute()
        TopicEvent.insert(topic=topic.id, step=t.ACCEPTED, event_date=dt.date.today(),
                          note=f"撤销会议纪要：{reason.strip()}").execute()


def meeting_detail(meeting_id: int) -> MeetingDetail:
    m = get_meeting(meeting_id)
    detail = MeetingDetail(m.id, m.kind, m.title, m.starts_at, m.place, m.host, m.recorder)
    detail.attendees = [
        AttendeeRow(a.id, a.name, a.category, a.unit, a.phone, a.attendance)
        for a in MeetingAttendee.select().where(MeetingAttendee.meeting == meeting_id).order_by(MeetingAttendee.id)
    ]
    items = (
        AgendaItem.select(AgendaItem, Topic)
        .join(Topic)
        .where(AgendaItem.meeting == meeting_id)
        .order_by(AgendaItem.position)
    )
    detail.agenda = [
        AgendaRow(i.id, i.position, i.topic.id, i.topic.title, i.topic.kind, i.topic.step, i.presenter, i.time_slot,
                  i.discussion, i.decision, (i.votes_for, i.votes_against, i.votes_abstain), i.owner, i.due_date)
        for i in items
    ]
    return detail


@dataclass(frozen=True)
class MeetingRow:
    meeting_id: int
    kind: str
    title: str
    starts_at: dt.datetime
    place: str
    invited: int
    topics: int

    def as_json(self) -> dict[str, object]:
        return {"id": self.meeting_id, "kind": self.kind, "title": self.title,
                "starts_at": self.starts_at.isoformat(sep=" ", timespec="minutes"), "place": self.place,
                "invited": self.invited, "topics": self.topics}


def meetings(year: int | None = None) -> list[MeetingRow]:
    query = Meeting.select().order_by(Meeting.starts_at.desc())
    if year is not None:
        query = query.where(Meeting.starts_at.between(dt.datetime(year, 1, 1), dt.datetime(year, 12, 31, 23, 59)))
    rows = []
    for m in query:
        rows.append(MeetingRow(m.id, m.kind, m.title, m.starts_at, m.place, m.attendees.count(), m.agenda.count()))
    return rows

