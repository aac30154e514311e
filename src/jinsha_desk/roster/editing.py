"""What the clerk does to one resident: add, correct, move out, record a death. Never a hard delete."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from jinsha_desk.changes import ROSTER, reports
from jinsha_desk.db import versions
from jinsha_desk.db.bulk import insert_rows
from jinsha_desk.errors import DeskError, NeedsAnswer
from jinsha_desk.models import (
    STATUS_ACTIVE,
    STATUS_DECEASED,
    STATUS_MOVED_OUT,
    Building,
    Grid,
    Resident,
    ResidentTag,
    database,
)
from jinsha_desk.roster import fields, idcard, vocabularies
from jinsha_desk.roster.households import household_choices
from jinsha_desk.roster.places import Places
from jinsha_desk.roster.residents import natural_key, refresh_search_text
from jinsha_desk.roster.search import address_text


@dataclass
class ResidentInput:
    """What the resident dialog collects; text as typed, cleaned here."""

    name: str
    id_number: str
    ethnicity: str = "汉族"
    phone: str = ""
    relation: str = ""
    political_status: str = "群众"
    education: str = ""
    residence_status: str = "常住"
    note: str = ""
    tags: list[str] = field(default_factory=list)
    grid: str = ""
    building: str = ""
    unit: str = ""
    room: str = ""
    household_no: str = ""
    # The clerk's answers to the questions a save may ask (see UnknownGrid and SecondHead).
    create_grid: bool = False
    make_head: bool = False
    # The version the clerk opened (db.versions); None for a save that reads the record itself.
    version: int | None = None


FIELD_LABELS = {
    "name": "姓名", "id_number": "身份证号", "ethnicity": "民族", "phone": "电话", "relation": "与户主关系",
    "political_status": "政治面貌", "education": "文化程度", "residence_status": "居住状态", "note": "备注",
    "tags": "人员类别", "grid": "网格", "building": "楼栋", "unit": "单元", "room": "房号", "household_no": "户号",
}


class UnknownGrid(NeedsAnswer):
    """The typed grid does not exist: the clerk is asked before one is created."""

    answer = "create_grid"

    def __init__(self, grid: str) -> None:
        super().__init__(f"还没有名为“{grid}”的网格。要新建这个网格吗？（网格也可以在“设置”中管理）")
        self.grid = grid


class SecondHead(NeedsAnswer):
    """The household already has a head: the clerk chooses to make this person head instead, or not."""

    answer = "make_head"

    def __init__(self, current_head: str) -> None:
        super().__init__(f"这一户已有户主“{current_head}”，一户只能有一位户主。要把这位居民改为户主吗？"
                         f"（“{current_head}”的与户主关系将清空，请随后更正。）")
        self.current_head = current_head


@dataclass(frozen=True)
class Member:
    resident_id: int
    name: str
    relation: str
    gender: str
    age: int
    id_number: str
    phone: str
    status: str
    tags: tuple[str, ...]


def _cleaned(data: ResidentInput) -> tuple[idcard.CitizenId, dict[str, object], ResidentInput]:
    for label, value in (("姓名", data.name), ("电话", data.phone), ("备注", data.note), ("楼栋", data.building),
                         ("单元", data.unit), ("房号", data.room), ("网格", data.grid)):
        if (code := fields.control_character(value)) is not None:
            raise DeskError(f"“{label}”中含有不可见的控制字符 {code}，请删除后再保存。")
    name = fields.clean_name(data.name)
    if not name:
        raise DeskError("请填写姓名。")
    try:
        citizen = idcard.parse(data.id_number)
    except idcard.IdNumberError as exc:
        raise DeskError(str(exc)) from exc
    address = ResidentInput(
        name=name,
        id_number=citizen.number,
        grid=fields.grid_name(data.grid),
        building=fields.building_name(data.building),
        unit=fields.unit_name(data.unit),
        room=fields.room_name(data.room),
        household_no=fields.text(data.household_no),
    )
    if not address.room:
        raise DeskError("请填写房号（门牌号），以便确定所在的户。")
    values = {
        "name": name,
        "id_number": citizen.number,
        "gender": citizen.gender,
        "birth_date": citizen.birth_date,
        "ethnicity": vocabularies.ethnicity(data.ethnicity),
        "phone": vocabularies.phone(data.phone),
        "relation": vocabularies.relation(data.relation, citizen.gender),
        "political_status": vocabularies.political_status(data.political_status),
        "education": fields.text(data.education),
        "residence_status": fields.text(data.residence_status),
        "note": fields.text(data.note),
        "address": address_text(address.building, address.unit, address.room),
    }
    return citizen, values, address


def _ensure_unique(number: str, resident_id: int | None) -> None:
    other = Resident.get_or_none(Resident.id_number == number)
    if other is not None and other.id != resident_id:
        raise DeskError(f"身份证号码 {idcard.mask(number)} 已登记在居民“{other.name}”名下，不能重复登记。")


def _check_grid(data: ResidentInput, grid: str) -> None:
    if not grid:
        return
    found = Grid.get_or_none(Grid.name == grid)
    if found is not None and found.retired:
        raise DeskError(f"网格“{grid}”已撤销，请选择其他网格。")
    if found is None and not data.create_grid:
        raise UnknownGrid(grid)


def _one_head(household_id: int, resident_id: int | None, relation: str, make_head: bool) -> None:
    """A household has at most one head; making this person head clears the former head's relation."""
    if relation != vocabularies.HEAD:
        return
    others = Resident.select().where(
        Resident.household == household_id, Resident.relation.in_(fields.HEAD_RELATIONS),
        Resident.status == STATUS_ACTIVE, Resident.id != (resident_id or 0),
    )
    current = others.first()
    if current is None:
        return
    if not make_head:
        raise SecondHead(current.name)
    Resident.update(relation="", updated_at=dt.datetime.now().replace(microsecond=0)).where(
        Resident.id == current.id).execute()


def _set_tags(resident_id: int, tags: list[str]) -> None:
    ResidentTag.delete().where(ResidentTag.resident == resident_id).execute()
    insert_rows(
        ResidentTag, [ResidentTag.resident, ResidentTag.tag],
        [(resident_id, t) for t in dict.fromkeys(t.strip() for t in tags) if t],
    )


@reports(ROSTER)
def add_resident(data: ResidentInput) -> int:
    """Register a resident at an address (the household is found or created); returns the id."""
    citizen, values, address = _cleaned(data)
    with database.atomic():
        _ensure_unique(citizen.number, None)
        _check_grid(data, address.grid)
        household_id = Places().households_of([address])[0]
        _one_head(household_id, None, values["relation"], data.make_head)
        resident_id = Resident.insert(household=household_id, **values).execute()
        _set_tags(resident_id, data.tags)
        refresh_search_text([resident_id])
    return resident_id


@reports(ROSTER)
def update_resident(resident_id: int, data: ResidentInput) -> None:
    """Save the dialog as the clerk left it: an emptied field is emptied."""
    citizen, values, address = _cleaned(data)
    with database.atomic():
        versions.claim(Resident, resident_id, data, f"居民“{data.name.strip()}”的信息", resident_input, FIELD_LABELS)
        _ensure_unique(citizen.number, resident_id)
        _check_grid(data, address.grid)
        household_id = Places().households_of([address])[0]
        _one_head(household_id, resident_id, values["relation"], data.make_head)
        values["updated_at"] = dt.datetime.now().replace(microsecond=0)
        Resident.update(household=household_id, **values).where(Resident.id == resident_id).execute()
        _set_tags(resident_id, data.tags)
        refresh_search_text([resident_id])


def _set_status(resident_id: int, status: str, day: dt.date) -> None:
    if day > dt.date.today():
        raise DeskError("日期不能晚于今天。")
    resident = Resident.get_by_id(resident_id)
    if day < resident.birth_date:
        raise DeskError("日期不能早于出生日期。")
    Resident.update(status=status, status_date=day, updated_at=dt.datetime.now().replace(microsecond=0)).where(
        Resident.id == resident_id
    ).execute()


@reports(ROSTER)
def move_out(resident_id: int, day: dt.date) -> None:
    _set_status(resident_id, STATUS_MOVED_OUT, day)


@reports(ROSTER)
def mark_deceased(resident_id: int, day: dt.date) -> None:
    _set_status(resident_id, STATUS_DECEASED, day)


@reports(ROSTER)
def reinstate(resident_id: int) -> None:
    """Undo a move-out or death recorded by mistake."""
    Resident.update(status=STATUS_ACTIVE, status_date=None).where(Resident.id == resident_id).execute()


def resident_input(resident_id: int) -> ResidentInput:
    """A stored resident as the dialog shows it."""
    r = Resident.get_by_id(resident_id)
    household = r.household
    unit = household.unit
    building = unit.building if unit else None
    grid = building.grid if building else None
    return ResidentInput(
        name=r.name, id_number=r.id_number, ethnicity=r.ethnicity, phone=r.phone, relation=r.relation,
        political_status=r.political_status, education=r.education, residence_status=r.residence_status,
        note=r.note, tags=[t.tag for t in r.tag_rows.order_by(ResidentTag.id)],
        grid=grid.name if grid else "", building=building.name if building else "",
        unit=unit.name if unit else "", room=household.room, household_no=household.household_no,
        version=r.version,
    )


def household_members(household_id: int, today: dt.date | None = None) -> list[Member]:
    """Everyone registered in the household, head first, including those who left."""
    today = today or dt.date.today()
    members = []
    residents = Resident.select().where(Resident.household == household_id).order_by(Resident.id)
    for r in residents:
        tags = tuple(t.tag for t in r.tag_rows.order_by(ResidentTag.id))
        members.append(
            Member(r.id, r.name, r.relation, r.gender, idcard.age_on(r.birth_date, today), r.id_number,
                   r.phone, r.status, tags)
        )
    members.sort(key=lambda m: (m.relation not in fields.HEAD_RELATIONS, m.status != STATUS_ACTIVE))
    return members


def household_address(household_id: int) -> str:
    """'第一网格 8栋1单元201', as the household panel heads the members."""
    place = household_choices([household_id])[0]
    return f"{place.grid} {place.address}" if place.grid else place.address


def grid_choices() -> list[tuple[int, str]]:
    """The grids in use (retired ones left out), 第一网格 … 第十网格 in number order."""
    rows = Grid.select(Grid.id, Grid.name).where(Grid.retired == 0).tuples()
    return sorted(rows, key=lambda g: natural_key(g[1]))


def building_choices(grid_id: int | None = None) -> list[tuple[int, str]]:
    query = Building.select(Building.id, Building.name).where(Building.name != "")
    if grid_id is not None:
        query = query.where(Building.grid == grid_id)
    return sorted(query.tuples(), key=lambda b: natural_key(b[1]))


def tag_choices() -> list[str]:
    used = [t for (t,) in ResidentTag.select(ResidentTag.tag).distinct().tuples()]
    return list(dict.fromkeys([*fields.CARE_CATEGORIES, *sorted(used)]))

