"""The community's grids (网格): each with its grid worker and the buildings it covers. Grids are added,
renamed, merged and retired here; a grid is never created by typing a new name elsewhere."""

from __future__ import annotations

from dataclasses import dataclass

from peewee import fn

from jinsha_desk import auth
from jinsha_desk.changes import ROSTER, SETTINGS, reports
from jinsha_desk.errors import DeskError
from jinsha_desk.models import STATUS_ACTIVE, Building, Grid, Household, Resident, Staff, Unit, database
from jinsha_desk.roster import vocabularies
from jinsha_desk.roster.fields import grid_name
from jinsha_desk.roster.residents import natural_key


@dataclass(frozen=True)
class GridRow:
    grid_id: int
    name: str
    worker: str
    worker_phone: str
    buildings: tuple[str, ...]
    residents: int
    retired: bool

    def as_json(self) -> dict[str, object]:
        return {"id": self.grid_id, "name": self.name, "worker": self.worker, "worker_phone": self.worker_phone,
                "buildings": list(self.buildings), "residents": self.residents, "retired": self.retired}


def grids(include_retired: bool = False) -> list[GridRow]:
    """The grids in number order (第一网格 … 第十网格), with their buildings and active residents."""
    buildings: dict[int, list[str]] = {}
    for grid_id, name in Building.select(Building.grid, Building.name).where(Building.grid.is_null(False)).tuples():
        buildings.setdefault(grid_id, []).append(name)
    residents = dict(
        Resident.select(Building.grid, fn.COUNT(Resident.id))
        .join(Household).join(Unit).join(Building)
        .where(Resident.status == STATUS_ACTIVE).group_by(Building.grid).tuples()
    )
    query = Grid.select() if include_retired else Grid.select().where(Grid.retired == 0)
    rows = [
        GridRow(g.id, g.name, g.worker_name, g.worker_phone,
                tuple(sorted(buildings.get(g.id, []), key=natural_key)), residents.get(g.id, 0), bool(g.retired))
        for g in query
    ]
    return sorted(rows, key=lambda r: natural_key(r.name))


def find_grid(ref: str | int) -> Grid:
    """A grid by its number or its name."""
    text = str(ref).strip()
    found = Grid.get_or_none(Grid.id == int(text)) if text.isdigit() else None
    found = found or Grid.get_or_none(Grid.name == grid_name(text))
    if found is None:
        raise DeskError(f"没有找到网格“{text}”。")
    return found


def _check_new_name(name: str, keep_id: int | None = None) -> str:
    name = grid_name(name)
    if not name:
        raise DeskError("请填写网格名称，如 第一网格。")
    other = Grid.get_or_none(Grid.name == name)
    if other is not None and other.id != keep_id:
        raise DeskError(f"已有名为“{name}”的网格{'（已撤销）' if other.retired else ''}。")
    return name


@reports(SETTINGS, ROSTER)
def add_grid(name: str, worker: str = "", worker_phone: str = "") -> int:
    auth.require("settings")
    name = _check_new_name(name)
    return Grid.insert(name=name, worker_name=worker.strip(), worker_phone=vocabularies.phone(worker_phone)).execute()


@reports(SETTINGS, ROSTER)
def rename_grid(ref: str | int, new_name: str) -> None:
    auth.require("settings")
    grid = find_grid(ref)
    Grid.update(name=_check_new_name(new_name, grid.id)).where(Grid.id == grid.id).execute()


@reports(SETTINGS, ROSTER)
def set_grid_worker(ref: str | int, worker: str, worker_phone: str = "") -> None:
    auth.require("settings")
    grid = find_grid(ref)
    Grid.update(worker_name=worker.strip(), worker_phone=vocabularies.phone(worker_phone)).where(
        Grid.id == grid.id).execute()


@reports(SETTINGS, ROSTER)
def merge_grids(source: str | int, target: str | int) -> int:
    """Move every building and staff member of ``source`` into ``target`` and remove ``source``.
    Returns how many buildings moved."""
    auth.require("settings")
    from_grid, into = find_grid(source), find_grid(target)
    if from_grid.id == into.id:
        raise DeskError("不能把网格合并到它自己。")
    if into.retired:
        raise DeskError(f"网格“{into.name}”已撤销，不能合并到它。")
    with database.atomic():
        moved = Building.update(grid=into.id).where(Building.grid == from_grid.id).execute()
        Staff.update(grid=into.id).where(Staff.grid == from_grid.id).execute()
        if not into.worker_name and from_grid.worker_name:
            Grid.update(worker_name=from_grid.worker_name, worker_phone=from_grid.worker_phone).where(
                Grid.id == into.id).execute()
        Grid.delete().where(Grid.id == from_grid.id).execute()
    return moved


@reports(SETTINGS, ROSTER)
def retire_grid(ref: str | int) -> None:
    """A grid no longer used: hidden from every list; its buildings must first go to another grid."""
    auth.require("settings")
    grid = find_grid(ref)
    count = Building.select().where(Building.grid == grid.id).count()
    if count:
        raise DeskError(f"网格“{grid.name}”还有 {count} 栋楼。请先把楼栋划到其他网格，或把它合并到其他网格。")
    with database.atomic():
        Staff.update(grid=None).where(Staff.grid == grid.id).execute()
        Grid.update(retired=1).where(Grid.id == grid.id).execute()


@reports(SETTINGS, ROSTER)
def assign_building(building: str, ref: str | int) -> None:
    """Put a building into a grid."""
    auth.require("settings")
    grid = find_grid(ref)
    if grid.retired:
        raise DeskError(f"网格“{grid.name}”已撤销。")
    found = Building.get_or_none(Building.name == building.strip())
    if found is None:
        raise DeskError(f"没有找到楼栋“{building}”（楼栋在登记居民或导入花名册时建立）。")
    Building.update(grid=grid.id).where(Building.id == found.id).execute()
