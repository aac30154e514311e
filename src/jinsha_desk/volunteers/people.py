"""Volunteers and the teams (志愿服务队) they serve in."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from jinsha_desk.changes import VOLUNTEERS, reports
from jinsha_desk.db import versions
from jinsha_desk.errors import DeskError
from jinsha_desk.models import Activity, Attendance, Resident, Team, TeamMember, Volunteer, Wish, database
from jinsha_desk.roster import fields


@reports(VOLUNTEERS)
def add_volunteer(
    resident_id: int | None = None, name: str = "", phone: str = "", joined: dt.date | None = None, note: str = ""
) -> int:
    """Register a resident as a volunteer, or someone from outside the community by name and phone."""
    joined = joined or dt.date.today()
    if resident_id is not None:
        resident = Resident.get_or_none(Resident.id == resident_id)
        if resident is None:
            raise DeskError("找不到这位居民。")
        existing = Volunteer.get_or_none(Volunteer.resident == resident_id)
        if existing is not None:
            raise DeskError(f"{resident.name} 已经是志愿者了。")
        name, phone = resident.name, phone or resident.phone
    name = fields.clean_name(name)
    if not name:
        raise DeskError("请填写志愿者姓名。")
    phone = fields.clean_phone(phone)
    if resident_id is None and not phone:
        raise DeskError("社区外的志愿者请填写联系电话。")
    return Volunteer.insert(resident=resident_id, name=name, phone=phone, joined_date=joined, note=note).execute()


def get_volunteer(volunteer_id: int) -> Volunteer:
    volunteer = Volunteer.get_or_none(Volunteer.id == volunteer_id)
    if volunteer is None:
        raise DeskError(f"找不到编号为 {volunteer_id} 的志愿者。")
    return volunteer


def volunteer_number(number: str) -> str:
    """志愿者编号 as the national register (志愿中国) gives it: letters, digits and hyphens."""
    number = "".join(number.split()).upper()
    if number and not (len(number) <= 40 and all(ch.isascii() and (ch.isalnum() or ch == "-") for ch in number)):
        raise DeskError(f"志愿者编号“{number}”只能由字母、数字和连字符组成（志愿中国上的注册编号）。")
    return number


@reports(VOLUNTEERS)
def correct_volunteer(volunteer_id: int, name: str, phone: str, note: str = "", number: str | None = None,
                      seen_version: int | None = None) -> None:
    """Correct a volunteer's details; ``number`` (志愿者编号) only when given; ``seen_version`` is the
    version the clerk corrected (db.versions)."""
    volunteer = get_volunteer(volunteer_id)
    name = fields.clean_name(name) if volunteer.resident_id is None else volunteer.name
    if not name:
        raise DeskError("请填写志愿者姓名。")
    mine = VolunteerDetails(name, fields.clean_phone(phone), note.strip(),
                            volunteer.number if number is None else volunteer_number(number), seen_version)
    with database.atomic():
        versions.claim(Volunteer, volunteer_id, mine, f"志愿者“{name}”", volunteer_details, VOLUNTEER_LABELS)
        Volunteer.update(name=mine.name, phone=mine.phone, note=mine.note, number=mine.number).where(
            Volunteer.id == volunteer_id).execute()


@dataclass
class VolunteerDetails:
    name: str
    phone: str
    note: str
    number: str
    version: int | None = None


VOLUNTEER_LABELS = {"name": "姓名", "phone": "电话", "note": "备注", "number": "志愿者编号"}


def volunteer_details(volunteer_id: int) -> VolunteerDetails:
    v = get_volunteer(volunteer_id)
    return VolunteerDetails(v.name, v.phone, v.note, v.number, v.version)


@reports(VOLUNTEERS)
def remove_volunteer(volunteer_id: int) -> None:
    """Someone registered by mistake. A volunteer with service hours is kept: their hours are a record."""
    volunteer = get_volunteer(volunteer_id)
    served = Attendance.select().where(Attendance.volunteer == volunteer_id).count()
    if served:
        raise DeskError(f"{volunteer.name} 已有 {served} 次服务时长记录，不能删除；如登记有误，请先更正或删除那些活动的时长。")
    with database.atomic():
        TeamMember.delete().where(TeamMember.volunteer == volunteer_id).execute()
        Team.update(leader=None).where(Team.leader == volunteer_id).execute()
        Wish.update(claimed_by=None).where(Wish.claimed_by == volunteer_id).execute()
        Volunteer.delete().where(Volunteer.id == volunteer_id).execute()


@reports(VOLUNTEERS)
def add_team(name: str, leader_id: int | None = None, description: str = "", member_ids: list[int] = ()) -> int:
    name = name.strip()
    if not name:
        raise DeskError("请填写服务队名称。")
    if Team.get_or_none(Team.name == name) is not None:
        raise DeskError(f"已有名为“{name}”的服务队。")
    with database.atomic():
        team_id = Team.insert(name=name, leader=leader_id, description=description.strip()).execute()
        join_team(team_id, [*([leader_id] if leader_id else []), *member_ids])
    return team_id


@reports(VOLUNTEERS)
def join_team(team_id: int, volunteer_ids: list[int]) -> None:
    for vid in dict.fromkeys(volunteer_ids):
        TeamMember.insert(team=team_id, volunteer=vid).on_conflict_ignore().execute()


@reports(VOLUNTEERS)
def leave_team(team_id: int, volunteer_ids: list[int]) -> None:
    TeamMember.delete().where(TeamMember.team == team_id, TeamMember.volunteer.in_(volunteer_ids)).execute()


@reports(VOLUNTEERS)
def remove_team(team_id: int) -> None:
    """A team no longer active: its members stay volunteers; its past activities keep their hours."""
    team = Team.get_or_none(Team.id == team_id)
    if team is None:
        raise DeskError(f"找不到编号为 {team_id} 的服务队。")
    with database.atomic():
        TeamMember.delete().where(TeamMember.team == team_id).execute()
        Activity.update(team=None).where(Activity.team == team_id).execute()
        Team.delete().where(Team.id == team_id).execute()


@dataclass(frozen=True)
class TeamRow:
    team_id: int
    name: str
    leader: str
    members: int
    description: str


def teams() -> list[TeamRow]:
    rows = []
    for team in Team.select().order_by(Team.id):
        rows.append(
            TeamRow(team.id, team.name, team.leader.name if team.leader else "", team.members.count(), team.description)
        )
    return rows


def team_names_by_volunteer() -> dict[int, list[str]]:
    names: dict[int, list[str]] = {}
    for vid, team in TeamMember.select(TeamMember.volunteer, Team.name).join(Team).order_by(Team.id).tuples():
        names.setdefault(vid, []).append(team)
    return names


def volunteer_choices() -> list[tuple[int, str]]:
    return list(Volunteer.select(Volunteer.id, Volunteer.name).order_by(Volunteer.id).tuples())
