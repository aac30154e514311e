"""Grids, buildings, units and households: found by name or created, once each per operation."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from peewee import fn

from jinsha_desk.db.bulk import insert_rows
from jinsha_desk.models import Building, Grid, Household, Unit


class Address(Protocol):
    grid: str
    building: str
    unit: str
    room: str
    household_no: str


HouseholdKey = tuple[int | None, str, str]


class Places:
    """Caches of what exists, so one import or edit looks each place up once."""

    def __init__(self) -> None:
        self.grids = {name: gid for gid, name in Grid.select(Grid.id, Grid.name).tuples()}
        self.buildings = {
            name: (bid, grid_id) for bid, name, grid_id in Building.select(Building.id, Building.name, Building.grid).tuples()
        }
        self.units = {(b, name): uid for uid, b, name in Unit.select(Unit.id, Unit.building, Unit.name).tuples()}
        self.households = {
            (unit_id, room, number): hid
            for hid, unit_id, room, number in Household.select(
                Household.id, Household.unit, Household.room, Household.household_no
            ).where(Household.unit.is_null(False) | (Household.household_no != "")).tuples()
        }
        self._last_place: tuple[str, str, str] | None = None
        self._last_unit = 0

    def grid(self, name: str) -> int | None:
        if not name:
            return None
        if name not in self.grids:
            self.grids[name] = Grid.insert(name=name).execute()
        return self.grids[name]

    def building(self, name: str, grid_name: str) -> int:
        grid_id = self.grid(grid_name)
        if name not in self.buildings:
            self.buildings[name] = (Building.insert(name=name, grid=grid_id).execute(), grid_id)
        building_id, current_grid = self.buildings[name]
        if grid_id is not None and grid_id != current_grid:
            Building.update(grid=grid_id).where(Building.id == building_id).execute()
            self.buildings[name] = (building_id, grid_id)
        return building_id

    def household_key(self, address: Address) -> HouseholdKey:
        """Where a household stands: its unit (None without an address), room and household number."""
        if not (address.building or address.unit or address.room):
            return (None, "", address.household_no)
        place = (address.grid, address.building, address.unit)
        if place != self._last_place:  # a roster lists a unit's households one after another
            building_id = self.building(address.building, address.grid)
            unit_key = (building_id, address.unit)
            if unit_key not in self.units:
                self.units[unit_key] = Unit.insert(building=building_id, name=address.unit).execute()
            self._last_place, self._last_unit = place, self.units[unit_key]
        return (self._last_unit, address.room, address.household_no)

    def create_households(self, keys: Sequence[HouseholdKey]) -> list[int]:
        """A new household at each key, in one batch (two may stand at one key: two families in a flat)."""
        if not keys:
            return []
        last = Household.select(fn.MAX(Household.id)).scalar() or 0
        insert_rows(Household, [Household.unit, Household.room, Household.household_no], list(keys))
        # One transaction, one writer: the new rows have the ids after ``last``, in insertion order.
        query = Household.select(Household.id).where(Household.id > last).order_by(Household.id)
        return [hid for (hid,) in Household._meta.database.execute(query).fetchall()]

    def households_of(self, addresses: Sequence[Address]) -> list[int]:
        """The household at each address (the one already there, or one new household per address)."""
        keys = [self.household_key(a) for a in addresses]
        missing = list(dict.fromkeys(k for k in keys if k not in self.households))
        for key, hid in zip(missing, self.create_households(missing)):
            self.households[key] = hid
        return [self.households[k] for k in keys]
