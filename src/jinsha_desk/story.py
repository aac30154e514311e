"""One resident's, or one household's, story in one list: registration, every change of address,
status or category (from the audit trail: who, when, old → new), visits and the needs they raised,
volunteer service, meetings attended, topics and wishes raised, honours.

Household matters (visits, needs, a household's honours) belong to a resident's story for the time
they lived in that household.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from dataclasses import dataclass

from jinsha_desk.audit import COLUMN_NAMES
from jinsha_desk.errors import DeskError
from jinsha_desk.models import (
    STATUS_ACTIVE,
    Activity,
    AuditLog,
    Campaign,
    Household,
    Meeting,
    MeetingAttendee,
    Need,
    Nominee,
    Resident,
    ResidentTag,
    Topic,
    Visit,
    VisitResident,
    Volunteer,
    Wish,
)
from jinsha_desk.models import Attendance as Served
from jinsha_desk.roster.history import CHANGED, DELETED, INSERTED
from jinsha_desk.roster.households import household_choices

# The kinds of event, as the clerk reads them in the 类别 column.
REGISTERED, MOVED, STATUS, CATEGORY, DETAILS = "登记", "住址变更", "状态", "关爱类别", "信息修改"
VISIT, NEED, SERVICE, MEETING, TOPIC, WISH, HONOUR = "入户走访", "需求", "志愿服务", "会议", "议题", "微心愿", "表彰"
# Changes that make a household's story (a member's phone or note does not).
_HOUSEHOLD_KINDS = {REGISTERED, MOVED, STATUS, CATEGORY}


@dataclass(frozen=True)
class Event:
    day: dt.date
    kind: str
    text: str
    who: str = ""  # who recorded it (the account in the audit trail), or who visited, or who handled it
    at: dt.datetime | None = None  # for the order within a day

    def as_json(self) -> dict[str, object]:
        return {"date": self.day.isoformat(), "kind": self.kind, "text": self.text, "who": self.who}


@dataclass(frozen=True)
class Story:
    title: str  # 王建华（510403********1012） or 8栋1单元201户
    subject: str  # the lines under the title: address, household members …
    events: list[Event]


def _when(value: object) -> dt.datetime:
    return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))


def _addresses(household_ids: set[int]) -> dict[int, str]:
    places = household_choices([h for h in household_ids if h])
    return {p.household_id: p.address for p in places}


def _resident_entries(resident_ids: set[int]) -> list[tuple]:
    return list(
        AuditLog.select(AuditLog.row_id, AuditLog.at, AuditLog.user, AuditLog.action, AuditLog.old_values,
                        AuditLog.new_values)
        .where(AuditLog.table_name == Resident._meta.table_name, AuditLog.row_id.in_(list(resident_ids)))
        .order_by(AuditLog.id).tuples()
    )


def _changed(old: dict, new: dict, addresses: dict[int, str]) -> tuple[str, str]:
    """(kind, text) of one edit: a move or a status change first, other fields listed old → new."""
    if old.get("status") != new.get("status"):
        since = f"（{new['status_date']}）" if new.get("status_date") else ""
        return STATUS, f"状态：{old.get('status')} → {new.get('status')}{since}"
    parts = []
    if old.get("household_id") != new.get("household_id"):
        parts.append(f"住址：{addresses.get(old.get('household_id'), '（已删除的户）')} → "
                     f"{addresses.get(new.get('household_id'), '（已删除的户）')}")
    for column, value in new.items():
        if column not in ("household_id", "status", "status_date") and old.get(column) != value:
            parts.append(f"{COLUMN_NAMES.get(column, column)}：{old.get(column) or '（空）'} → {value or '（空）'}")
    kind = MOVED if old.get("household_id") != new.get("household_id") else DETAILS
    return kind, "；".join(parts)


def _person_events(resident_ids: set[int], names: dict[int, str], with_names: bool
                   ) -> tuple[list[Event], dict[int, list[tuple[dt.date, int]]]]:
    """The residents' own changes from the trail, and where each lived from when: (since, household)."""
    entries = _resident_entries(resident_ids)
    current = {rid: (hid, _when(created)) for rid, hid, created in Resident.select(
        Resident.id, Resident.household, Resident.created_at).where(Resident.id.in_(list(resident_ids))).tuples()}
    # Where each lived when registered: before the first change of the trail, or today's household.
    first = {rid: hid for rid, (hid, _) in current.items()}
    households = set(first.values())
    for row_id, _, _, action, old, new in reversed(entries):
        if action == CHANGED:
            before, after = json.loads(old or "{}"), json.loads(new or "{}")
            first[row_id] = before.get("household_id")
            households |= {before.get("household_id"), after.get("household_id")}
    addresses = _addresses({h for h in households if h})
    events: list[Event] = []
    lived: dict[int, list[tuple[dt.date, int]]] = defaultdict(list)
    registered_ids: set[int] = set()

    def registered(rid: int, at: dt.datetime, user: str) -> None:
        registered_ids.add(rid)
        events.append(Event(at.date(), REGISTERED, f"{_named(rid, names, with_names)}登记入册"
                            f"（{addresses.get(first.get(rid), '')}）", user, at))
        lived[rid].insert(0, (at.date(), first.get(rid)))

    for row_id, at, user, action, old, new in entries:
        at = _when(at)
        if action == INSERTED:
            registered(row_id, at, user)
        elif action == CHANGED:
            before, after = json.loads(old or "{}"), json.loads(new or "{}")
            kind, text = _changed(before, after, addresses)
            if text:
                events.append(Event(at.date(), kind, _named(row_id, names, with_names) + text, user, at))
            if before.get("household_id") != after.get("household_id"):
                lived[row_id].append((at.date(), after.get("household_id")))
        elif action == DELETED:
            events.append(Event(at.date(), DETAILS, f"{_named(row_id, names, with_names)}从花名册删除", user, at))
    for rid, (_, created) in current.items():
        if rid not in registered_ids:
            registered(rid, created, "")  # written without an entry of its own (generated demo data)
    return events, lived


def _named(rid: int, names: dict[int, str], with_names: bool) -> str:
    return f"{names[rid]}：" if with_names else ""


def _tag_events(resident_ids: set[int], names: dict[int, str], with_names: bool) -> list[Event]:
    """Care categories given and taken away: an insertion's entry holds no values, so the row it
    added is read from the table (or from the entry that later deleted it)."""
    rows = {tid: (rid, tag) for tid, rid, tag in ResidentTag.select(ResidentTag.id, ResidentTag.resident, ResidentTag.tag)
            .where(ResidentTag.resident.in_(list(resident_ids))).tuples()}
    removed = (
        AuditLog.select(AuditLog.row_id, AuditLog.old_values)
        .where(AuditLog.table_name == ResidentTag._meta.table_name, AuditLog.action.in_([CHANGED, DELETED]))
        .tuples()
    )
    for tid, old in removed:
        values = json.loads(old or "{}")
        if values.get("resident_id") in resident_ids:
            rows.setdefault(tid, (values["resident_id"], values.get("tag")))
    entries = (
        AuditLog.select(AuditLog.row_id, AuditLog.at, AuditLog.user, AuditLog.action)
        .where(AuditLog.table_name == ResidentTag._meta.table_name, AuditLog.row_id.in_(list(rows)),
               AuditLog.action.in_([INSERTED, DELETED]))
        .order_by(AuditLog.id).tuples()
    )
    events = []
    for tid, at, user, action in entries:
        rid, tag = rows[tid]
        at = _when(at)
        verb = "列入关爱类别" if action == INSERTED else "移出关爱类别"
        events.append(Event(at.date(), CATEGORY, f"{_named(rid, names, with_names)}{verb}“{tag}”", user, at))
    return events


def _while_there(day: dt.date, household_id: int, lived: list[tuple[dt.date, int]]) -> bool:
    """Whether the resident lived in the household on that day (the first address counts from the start)."""
    current = lived[0][1] if lived else None
    for since, household in lived[1:]:
        if since > day:
            break
        current = household
    return current == household_id


def _household_events(household_ids: set[int]) -> list[tuple[int, Event]]:
    events: list[tuple[int, Event]] = []
    met = defaultdict(list)
    for vid, name in VisitResident.select(VisitResident.visit, Resident.name).join(Resident).where(
            VisitResident.visit.in_(Visit.select(Visit.id).where(Visit.household.in_(list(household_ids))))).tuples():
        met[vid].append(name)
    for vid, hid, day, visitor, kind, findings in Visit.select(
            Visit.id, Visit.household, Visit.visit_date, Visit.visitor, Visit.kind, Visit.findings).where(
            Visit.household.in_(list(household_ids))).tuples():
        seen = f"（见到：{'、'.join(met[vid])}）" if met[vid] else ""
        events.append((hid, Event(day, VISIT, f"{kind}{seen}{'：' + findings if findings else ''}", visitor)))
    for hid, text, status, handler, raised, resolved in Need.select(
            Need.household, Need.description, Need.status, Need.handler, Need.raised_date, Need.resolved_date).where(
            Need.household.in_(list(household_ids))).tuples():
        events.append((hid, Event(raised, NEED, f"提出需求：{text}（{status}）", handler)))
        if resolved:
            events.append((hid, Event(resolved, NEED, f"需求已解决：{text}", handler)))
    honours = (
        Nominee.select(Nominee.household, Campaign.title, Campaign.honour, Campaign.notice_from, Campaign.confirmed_date,
                       Nominee.winner, Nominee.serial, Nominee.nominated_by)
        .join(Campaign).where(Nominee.household.in_(list(household_ids))).tuples()
    )
    for hid, title, honour, noticed, confirmed, winner, serial, nominated_by in honours:
        events.extend((hid, e) for e in _honour_events(title, honour, noticed, confirmed, winner, serial, nominated_by))
    return events


def _honour_events(title, honour, noticed, confirmed, winner, serial, nominated_by) -> list[Event]:
    events = []
    if noticed:
        events.append(Event(noticed, HONOUR, f"{title}：被推荐并公示", nominated_by))
    if winner and confirmed:
        events.append(Event(confirmed, HONOUR, f"获评“{honour}”" + (f"（证书编号 {serial}）" if serial else "")))
    return events


def _own_events(resident_ids: set[int], names: dict[int, str], with_names: bool) -> list[Event]:
    """What the residents did themselves: service, meetings, topics, wishes, their own honours."""
    events = []

    def prefix(rid: int) -> str:
        return _named(rid, names, with_names)

    volunteers = dict(Volunteer.select(Volunteer.id, Volunteer.resident).where(
        Volunteer.resident.in_(list(resident_ids))).tuples())
    for vid, joined in Volunteer.select(Volunteer.id, Volunteer.joined_date).where(
            Volunteer.id.in_(list(volunteers))).tuples():
        events.append(Event(joined, SERVICE, f"{prefix(volunteers[vid])}注册为志愿者"))
    for vid, title, day, hours in Served.select(Served.volunteer, Activity.title, Activity.activity_date, Served.hours) \
            .join(Activity).where(Served.volunteer.in_(list(volunteers))).tuples():
        events.append(Event(day, SERVICE, f"{prefix(volunteers[vid])}参加志愿服务“{title}”，{hours:g} 小时"))
    for rid, title, starts, attendance in MeetingAttendee.select(
            MeetingAttendee.resident, Meeting.title, Meeting.starts_at, MeetingAttendee.attendance).join(Meeting).where(
            MeetingAttendee.resident.in_(list(resident_ids))).tuples():
        starts = _when(starts)
        events.append(Event(starts.date(), MEETING, f"{prefix(rid)}{attendance or '受邀参加'}：{title}", "", starts))
    by_name = {name: rid for rid, name in names.items()}
    for raised_by, title, day, step in Topic.select(Topic.raised_by, Topic.title, Topic.raised_date, Topic.step).where(
            Topic.raised_by.in_(list(by_name))).tuples():
        events.append(Event(day, TOPIC, f"{prefix(by_name[raised_by])}提出议题“{title}”（{step}）"))
    for rid, text, raised, fulfilled in Wish.select(Wish.resident, Wish.description, Wish.raised_date,
                                                    Wish.fulfilled_date).where(
            Wish.resident.in_(list(resident_ids))).tuples():
        events.append(Event(raised, WISH, f"{prefix(rid)}许下微心愿：{text}"))
        if fulfilled:
            events.append(Event(fulfilled, WISH, f"{prefix(rid)}微心愿实现：{text}"))
    honours = (
        Nominee.select(Nominee.resident, Campaign.title, Campaign.honour, Campaign.notice_from, Campaign.confirmed_date,
                       Nominee.winner, Nominee.serial, Nominee.nominated_by)
        .join(Campaign).where(Nominee.resident.in_(list(resident_ids))).tuples()
    )
    for rid, *facts in honours:
        events.extend(Event(e.day, e.kind, prefix(rid) + e.text, e.who) for e in _honour_events(*facts))
    return events


def _in_order(events: list[Event]) -> list[Event]:
    return sorted(events, key=lambda e: (e.day, e.at or dt.datetime.combine(e.day, dt.time(23, 59))))


def resident_story(resident_id: int) -> Story:
    resident = Resident.get_or_none(Resident.id == resident_id)
    if resident is None:
        raise DeskError(f"没有编号为 {resident_id} 的居民。")
    names = {resident_id: resident.name}
    events, lived = _person_events({resident_id}, names, with_names=False)
    events += _tag_events({resident_id}, names, with_names=False)
    events += _own_events({resident_id}, names, with_names=False)
    households = {h for _, h in lived[resident_id]} | {resident.household_id}
    events += [e for hid, e in _household_events(households) if _while_there(e.day, hid, lived[resident_id])]
    address = _addresses({resident.household_id}).get(resident.household_id, "")
    status = "" if resident.status == STATUS_ACTIVE else f"，{resident.status}（{resident.status_date or ''}）"
    return Story(f"{resident.name}（{resident.id_number[:6]}********{resident.id_number[-4:]}）",
                 f"现住址：{address}{status}", _in_order(events))


def household_story(household_id: int) -> Story:
    if Household.get_or_none(Household.id == household_id) is None:
        raise DeskError(f"没有编号为 {household_id} 的户。")
    members = set(Resident.select(Resident.id).where(Resident.household == household_id).tuples())
    members = {rid for (rid,) in members}
    for row_id, old, new in AuditLog.select(AuditLog.row_id, AuditLog.old_values, AuditLog.new_values).where(
            AuditLog.table_name == Resident._meta.table_name, AuditLog.action == CHANGED).tuples():
        before, after = json.loads(old or "{}"), json.loads(new or "{}")
        if household_id in (before.get("household_id"), after.get("household_id")):
            members.add(row_id)
    names = dict(Resident.select(Resident.id, Resident.name).where(Resident.id.in_(list(members))).tuples())
    members &= set(names)
    person, _ = _person_events(members, names, with_names=True)
    events = [e for e in person if e.kind in _HOUSEHOLD_KINDS]
    events += _tag_events(members, names, with_names=True)
    events += [e for _, e in _household_events({household_id})]
    address = _addresses({household_id}).get(household_id, "")
    now = [names[rid] for (rid,) in Resident.select(Resident.id).where(
        Resident.household == household_id, Resident.status == STATUS_ACTIVE).tuples()]
    return Story(f"{address}户", f"现有成员：{'、'.join(now) or '无'}", _in_order(events))
