"""The office's staff (社区工作人员): name, post, phone and the grid they serve. Whoever records a visit
is picked from this list."""

from __future__ import annotations

from dataclasses import dataclass

from peewee import JOIN

from jinsha_desk import auth
from jinsha_desk.changes import SETTINGS, reports
from jinsha_desk.db import versions
from jinsha_desk.errors import DeskError
from jinsha_desk.models import Grid, Staff, database
from jinsha_desk.office.grids import find_grid
from jinsha_desk.roster import vocabularies
from jinsha_desk.roster.fields import clean_name
from jinsha_desk.roster.residents import natural_key

POSTS = ("党委书记", "居委会主任", "副主任", "委员", "网格员", "社工", "办事员")


@dataclass
class StaffInput:
    name: str
    post: str = ""
    phone: str = ""
    grid: str = ""
    # The version the clerk opened (db.versions); None for a save that reads the record itself.
    version: int | None = None


STAFF_LABELS = {"name": "姓名", "post": "职务", "phone": "电话", "grid": "服务网格"}

@dataclass(frozen=True)
class StaffRow:
    staff_id: int
    name: str
    post: str
    phone: str
    grid: str
    active: bool

    def as_json(self) -> dict[str, object]:
        return {"id": self.staff_id, "name": self.name, "post": self.post, "phone": self.phone, "grid": self.grid,
                "active": self.active}


def staff(include_inactive: bool = False) -> list[StaffRow]:
    query = Staff.select(Staff.id, Staff.name, Staff.post, Staff.phone, Grid.name, Staff.active).join(
        Grid, join_type=JOIN.LEFT_OUTER, on=(Staff.grid == Grid.id))
    if not include_inactive:
        query = query.where(Staff.active == 1)
    rows = [StaffRow(sid, name, post, phone, grid or "", bool(active))
            for sid, name, post, phone, grid, active in query.tuples()]
    return sorted(rows, key=lambda r: (not r.active, natural_key(r.grid) if r.grid else ((2, 0, ""),), r.staff_id))


def _values(data: StaffInput) -> dict[str, object]:
    name = clean_name(data.name)
    if not name:
        raise DeskError("请填写工作人员的姓名。")
    return {"name": name, "post": data.post.strip(), "phone": vocabularies.phone(data.phone),
            "grid": find_grid(data.grid).id if data.grid.strip() else None}


@reports(SETTINGS)
def add_staff(data: StaffInput) -> int:
    auth.require("settings")
    values = _values(data)
    if Staff.get_or_none(Staff.name == values["name"], Staff.active == 1) is not None:
        raise DeskError(f"工作人员名单里已有“{values['name']}”。")
    return Staff.insert(**values).execute()


@reports(SETTINGS)
def update_staff(staff_id: int, data: StaffInput) -> None:
    auth.require("settings")
    values = _values(data)
    with database.atomic():
        versions.claim(Staff, staff_id, data, f"工作人员“{values['name']}”", staff_input, STAFF_LABELS)
        Staff.update(**values).where(Staff.id == staff_id).execute()


def staff_input(staff_id: int) -> StaffInput:
    """A member of staff as the dialog shows them for correcting."""
    person = Staff.get_or_none(Staff.id == staff_id)
    if person is None:
        raise DeskError(f"没有编号为 {staff_id} 的工作人员。")
    return StaffInput(person.name, person.post, person.phone, person.grid.name if person.grid else "", person.version)


@reports(SETTINGS)
def remove_staff(staff_id: int) -> None:
    """Someone who left the office: off the lists, still named on the visits they recorded."""
    auth.require("settings")
    if Staff.update(active=0).where(Staff.id == staff_id).execute() == 0:
        raise DeskError(f"没有编号为 {staff_id} 的工作人员。")


def staff_names() -> list[str]:
    return [row.name for row in staff()]
