"""Micro-wishes (微心愿): a resident's wish, claimed by a volunteer or a partner unit, fulfilled."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from jinsha_desk.changes import VOLUNTEERS, reports
from jinsha_desk.db import versions
from jinsha_desk.errors import DeskError
from jinsha_desk.models import Resident, Volunteer, Wish, database

OPEN, CLAIMED, FULFILLED = "待认领", "已认领", "已实现"
WISH_STATUSES = (OPEN, CLAIMED, FULFILLED)


@reports(VOLUNTEERS)
def add_wish(resident_id: int, description: str, raised: dt.date | None = None) -> int:
    if Resident.get_or_none(Resident.id == resident_id) is None:
        raise DeskError("请选择许愿的居民。")
    if not description.strip():
        raise DeskError("请填写心愿内容。")
    return Wish.insert(resident=resident_id, description=description.strip(), raised_date=raised or dt.date.today()).execute()


@reports(VOLUNTEERS)
def claim_wish(wish_id: int, volunteer_id: int | None = None, unit: str = "", day: dt.date | None = None) -> None:
    wish = Wish.get_by_id(wish_id)
    if wish.status != OPEN:
        raise DeskError(f"这个心愿已经{wish.status}。")
    if volunteer_id is None and not unit.strip():
        raise DeskError("请选择认领的志愿者，或填写认领单位。")
    if volunteer_id is not None and Volunteer.get_or_none(Volunteer.id == volunteer_id) is None:
        raise DeskError("找不到这位志愿者。")
    Wish.update(status=CLAIMED, claimed_by=volunteer_id, claimed_unit=unit.strip(), claimed_date=day or dt.date.today()).where(
        Wish.id == wish_id
    ).execute()


@reports(VOLUNTEERS)
def fulfil_wish(wish_id: int, day: dt.date | None = None) -> None:
    wish = Wish.get_by_id(wish_id)
    if wish.status != CLAIMED:
        raise DeskError("心愿要先被认领，才能标记为已实现。")
    day = day or dt.date.today()
    if day < wish.claimed_date:
        raise DeskError("实现日期不能早于认领日期。")
    Wish.update(status=FULFILLED, fulfilled_date=day).where(Wish.id == wish_id).execute()


def _get_wish(wish_id: int) -> Wish:
    wish = Wish.get_or_none(Wish.id == wish_id)
    if wish is None:
        raise DeskError(f"找不到编号为 {wish_id} 的心愿。")
    return wish


@reports(VOLUNTEERS)
def correct_wish(wish_id: int, description: str, seen_version: int | None = None) -> None:
    _get_wish(wish_id)
    if not description.strip():
        raise DeskError("请填写心愿内容。")
    with database.atomic():
        versions.reword(Wish, wish_id, description.strip(), seen_version, "这个心愿")


@reports(VOLUNTEERS)
def unclaim_wish(wish_id: int) -> None:
    """A claim recorded by mistake (or given up): the wish is open again."""
    if _get_wish(wish_id).status != CLAIMED:
        raise DeskError("只有“已认领”的心愿可以撤销认领。")
    Wish.update(status=OPEN, claimed_by=None, claimed_unit="", claimed_date=None).where(Wish.id == wish_id).execute()


@reports(VOLUNTEERS)
def remove_wish(wish_id: int) -> None:
    """A wish entered by mistake; one already fulfilled is a record and stays."""
    if _get_wish(wish_id).status == FULFILLED:
        raise DeskError("已实现的心愿是服务记录，不能删除。")
    Wish.delete().where(Wish.id == wish_id).execute()


@dataclass(frozen=True)
class WishRow:
    wish_id: int
    resident: str
    description: str
    status: str
    raised_date: dt.date
    claimed_by: str
    claimed_date: dt.date | None
    fulfilled_date: dt.date | None
    resident_id: int | None = None


def wishes(status: str | None = None) -> list[WishRow]:
    query = Wish.select(Wish, Resident.name).join(Resident).order_by(Wish.raised_date.desc(), Wish.id.desc())
    if status:
        query = query.where(Wish.status == status)
    rows = []
    for w in query:
        claimer = w.claimed_by.name if w.claimed_by_id else w.claimed_unit
        rows.append(WishRow(w.id, w.resident.name, w.description, w.status, w.raised_date, claimer, w.claimed_date,
                            w.fulfilled_date, w.resident_id))
    return rows
