"""The roster as it stood on any day, rebuilt from today's rows and the audit trail.

Every change to an audited table is in the trail with its old values (db.migrations), so a table on a
past day is today's rows with the later changes undone, newest first: a later edit gives back its
old values, a later deletion gives back the deleted row, a later insertion takes the row away. Rows
written without an entry of their own (generated demo data) count from their ``created_at``.

A resident's status is the exception: a death or a move-out is often recorded days after it
happened, with the day it happened (``status_date``). The status on a day is therefore the one of the
last status change that had taken effect by then, whenever it was recorded.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from dataclasses import dataclass

from peewee import DateField, Model

from jinsha_desk.db.migrations import AUDITED
from jinsha_desk.errors import DeskError
from jinsha_desk.models import (
    PARTY_STATUSES,
    STATUS_ACTIVE,
    AuditLog,
    Building,
    Grid,
    Household,
    Resident,
    ResidentTag,
    Team,
    Unit,
    Volunteer,
    database,
)
from jinsha_desk.roster.fields import HEAD_RELATIONS
from jinsha_desk.roster.residents import natural_key
from jinsha_desk.roster.search import address_text

INSERTED, CHANGED, DELETED = "新增", "修改", "删除"
NO_GRID = "未分网格"


def check_day(day: dt.date) -> None:
    """The roster can be shown as it was, not as it will be."""
    if day > dt.date.today():
        raise DeskError(f"日期 {day:%Y-%m-%d} 晚于今天：只能查看今天或以前某一天的花名册。")


def _after(day: dt.date) -> dt.datetime:
    """The first moment after ``day``: what was recorded from then on had not happened by the day."""
    return dt.datetime.combine(day + dt.timedelta(days=1), dt.time())


def _typed(model: type[Model], values: dict[str, object]) -> dict[str, object]:
    """Values read from an entry's JSON, as the model's fields give them (dates as dates)."""
    columns = model._meta.columns
    return {name: columns[name].python_value(value) if name in columns else value for name, value in values.items()}


def table_on(model: type[Model], day: dt.date) -> dict[int, dict[str, object]]:
    """Every row of an audited table as it stood at the end of ``day``, by id; each row holds the
    audited columns under their column names (household_id, not household)."""
    columns = AUDITED[model._meta.table_name]
    fields = [model._meta.columns[c] for c in columns]
    created = model._meta.fields.get("created_at")
    end = _after(day)
    query = model.select(model._meta.primary_key, *fields)
    if created is not None:
        query = query.where(created < end)
    # Plain rows, only dates converted: at 100,000 residents peewee's per-value conversion of every
    # column took two thirds of the time.
    dates = [i for i, f in enumerate(fields) if isinstance(f, DateField)]
    rows = {}
    for row in database.execute(query).fetchall():
        values = list(row[1:])
        for i in dates:
            values[i] = fields[i].python_value(values[i])
        rows[row[0]] = dict(zip(columns, values))
    later = (
        AuditLog.select(AuditLog.row_id, AuditLog.action, AuditLog.old_values)
        .where(AuditLog.table_name == model._meta.table_name, AuditLog.at >= end)
        .order_by(AuditLog.id.desc())
        .tuples()
    )
    for row_id, action, old in later:
        if action == INSERTED:
            rows.pop(row_id, None)
        elif action in (CHANGED, DELETED) and old:
            rows[row_id] = {**rows.get(row_id, {}), **_typed(model, json.loads(old))}
    return rows


@dataclass(frozen=True)
class StatusChange:
    recorded: dt.datetime
    took_effect: dt.date
    old: str
    new: str


def status_changes(resident_ids: set[int] | None = None) -> dict[int, list[StatusChange]]:
    """Each resident's changes of status (在册 → 迁出, 死亡, back), in the order they were recorded."""
    query = (
        AuditLog.select(AuditLog.row_id, AuditLog.at, AuditLog.old_values, AuditLog.new_values)
        .where(AuditLog.table_name == Resident._meta.table_name, AuditLog.action == CHANGED)
        .order_by(AuditLog.id)
        .tuples()
    )
    changes: dict[int, list[StatusChange]] = defaultdict(list)
    for row_id, at, old, new in query:
        if resident_ids is not None and row_id not in resident_ids:
            continue
        before, after = json.loads(old or "{}"), json.loads(new or "{}")
        if before.get("status") == after.get("status"):
            continue
        recorded = at if isinstance(at, dt.datetime) else dt.datetime.fromisoformat(str(at))
        effective = after.get("status_date") if after.get("status") != STATUS_ACTIVE else None
        took_effect = dt.date.fromisoformat(effective) if effective else recorded.date()
        changes[row_id].append(StatusChange(recorded, took_effect, before.get("status"), after.get("status")))
    return changes


def status_on(changes: list[StatusChange], day: dt.date, recorded_status: str) -> tuple[str, dt.date | None]:
    """(status, the day it took effect) on ``day``; ``recorded_status`` when nothing ever changed."""
    if not changes:
        return recorded_status, None
    effective = [c for c in changes if c.took_effect <= day]
    if not effective:
        return changes[0].old, None
    last = max(effective, key=lambda c: (c.took_effect, c.recorded))
    return last.new, last.took_effect if last.new != STATUS_ACTIVE else None


@dataclass(frozen=True)
class ResidentThen:
    """A resident as the roster held them on a past day."""

    resident_id: int
    household_id: int
    name: str
    id_number: str
    gender: str
    birth_date: dt.date
    phone: str
    relation: str
    political_status: str
    residence_status: str
    status: str
    status_date: dt.date | None
    grid: str
    building: str
    unit: str
    room: str
    tags: tuple[str, ...]
    grid_id: int | None = None
    building_id: int | None = None

    @property
    def address(self) -> str:
        return address_text(self.building, self.unit, self.room)

    @property
    def party_member(self) -> bool:
        return self.political_status in PARTY_STATUSES

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.resident_id, "household": self.household_id, "name": self.name, "id_number": self.id_number,
            "gender": self.gender, "birth_date": self.birth_date.isoformat(), "phone": self.phone,
            "relation": self.relation, "political_status": self.political_status,
            "residence_status": self.residence_status, "status": self.status,
            "status_date": self.status_date.isoformat() if self.status_date else None, "grid": self.grid,
            "building": self.building, "unit": self.unit, "room": self.room, "address": self.address,
            "tags": list(self.tags),
        }


def residents_on(day: dt.date, include_inactive: bool = False) -> list[ResidentThen]:
    """Who lived where on ``day``, in which household, with which categories, in roster order."""
    check_day(day)
    residents = table_on(Resident, day)
    households, units = table_on(Household, day), table_on(Unit, day)
    buildings, grids = table_on(Building, day), table_on(Grid, day)
    tags: dict[int, list[str]] = defaultdict(list)
    for tag_id, row in sorted(table_on(ResidentTag, day).items()):
        tags[row["resident_id"]].append(row["tag"])
    changes = status_changes(set(residents))
    people = []
    for rid, row in residents.items():
        status, status_date = status_on(changes.get(rid, []), day, row["status"])
        if status != STATUS_ACTIVE and not include_inactive:
            continue
        household = households.get(row["household_id"], {})
        unit = units.get(household.get("unit_id"), {})
        building = buildings.get(unit.get("building_id"), {})
        grid = grids.get(building.get("grid_id"), {})
        people.append(ResidentThen(
            rid, row["household_id"], row["name"], row["id_number"], row["gender"], row["birth_date"], row["phone"],
            row["relation"], row["political_status"], row["residence_status"], status, status_date,
            grid.get("name", ""), building.get("name", ""), unit.get("name", ""), household.get("room", ""),
            tuple(tags.get(rid, ())), building.get("grid_id"), unit.get("building_id"),
        ))
    people.sort(key=lambda p: (bool(p.grid), natural_key(p.grid), natural_key(p.building), natural_key(p.unit),
                               natural_key(p.room), p.household_id, p.relation not in HEAD_RELATIONS, p.resident_id))
    return people


def stats_on(day: dt.date) -> dict[str, object]:
    """community_stats() as it would have answered at the end of ``day``."""
    people = residents_on(day)
    grids = table_on(Grid, day)
    workers = {row["name"]: row["worker_name"] for row in grids.values()}
    per_grid: dict[str, list] = {}
    per_tag: dict[str, int] = defaultdict(int)
    for person in people:
        counts = per_grid.setdefault(person.grid or NO_GRID, [0, set(), 0])
        counts[0] += 1
        counts[1].add(person.household_id)
        counts[2] += person.party_member
        for tag in person.tags:
            per_tag[tag] += 1
    return {
        "grids": len(grids),
        "buildings": sum(1 for row in table_on(Building, day).values() if row["name"]),
        "households": len({p.household_id for p in people}),
        "residents": len(people),
        "party_members": sum(p.party_member for p in people),
        "care_residents": sum(1 for p in people if p.tags),
        "volunteers": len(table_on(Volunteer, day)),
        "teams": len(table_on(Team, day)),
        "per_grid": [
            {"grid": grid, "worker": workers.get(grid, ""), "residents": residents, "households": len(households),
             "party_members": party}
            for grid, (residents, households, party) in sorted(
                per_grid.items(), key=lambda g: (g[0] != NO_GRID, natural_key(g[0])))
        ],
        "per_category": dict(sorted(per_tag.items(), key=lambda t: -t[1])),
    }
