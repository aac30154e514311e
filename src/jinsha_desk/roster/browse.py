"""The roster table: residents matching a search and filters, counted and fetched a page at a time,
so that 100,000 residents scroll and sort without loading them all."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from jinsha_desk.models import (
    PARTY_STATUSES,
    STATUS_ACTIVE,
    Building,
    Grid,
    Household,
    Resident,
    ResidentTag,
    Unit,
    database,
)
from jinsha_desk.roster import typing_search
from jinsha_desk.roster.fields import HEAD_RELATIONS
from jinsha_desk.roster.history import ResidentThen, residents_on
from jinsha_desk.roster.idcard import age_on, mask
from jinsha_desk.roster.residents import natural_key, with_address
from jinsha_desk.roster.search import address_text, matches

# The table's columns: (key, Chinese heading).
COLUMNS = (
    ("name", "姓名"),
    ("gender", "性别"),
    ("age", "年龄"),
    ("id_number", "身份证号码"),
    ("phone", "联系电话"),
    ("grid", "网格"),
    ("address", "住址"),
    ("relation", "与户主关系"),
    ("political_status", "政治面貌"),
    ("status", "状态"),
)
# Sort key → the columns it orders by; True marks a column that runs against the heading
# (older residents have earlier birth dates, so age ascending is birth date descending).
_SORT_FIELDS = {
    "name": ((Resident.name, False),),
    "gender": ((Resident.gender, False),),
    "age": ((Resident.birth_date, True),),
    "id_number": ((Resident.id_number, False),),
    "phone": ((Resident.phone, False),),
    "grid": ((Grid.id, False), (Resident.household, False)),
    "address": ((Resident.household, False),),
    "relation": ((Resident.relation, False),),
    "political_status": ((Resident.political_status, False),),
    "status": ((Resident.status, False),),
}


@dataclass(frozen=True)
class RosterFilter:
    search: str = ""
    grid_id: int | None = None
    building_id: int | None = None
    tag: str = ""
    party_only: bool = False
    # Residents who moved out or died are listed only when asked for.
    include_inactive: bool = False
    # The roster as it stood on this day (roster.history) instead of today's.
    as_of: dt.date | None = None
    # One sex, and birth dates in a range (an age band of the 首页's pyramid).
    gender: str = ""
    born_from: dt.date | None = None
    born_to: dt.date | None = None

    def describe(self) -> str:
        """The conditions the filter combos do not show, for the roster's count line."""
        parts = [self.gender] if self.gender else []
        if self.born_from or self.born_to:
            parts.append(f"出生于{self.born_from or '…'}至{self.born_to or '…'}")
        return "，".join(parts)

    def admits(self, gender: str, born: dt.date) -> bool:
        return (not self.gender or gender == self.gender) and (self.born_from is None or born >= self.born_from) \
            and (self.born_to is None or born <= self.born_to)


@dataclass(frozen=True)
class RosterRow:
    resident_id: int
    household_id: int
    name: str
    gender: str
    birth_date: dt.date
    id_number: str
    phone: str
    grid: str
    address: str
    relation: str
    political_status: str
    status: str

    def value(self, key: str, today: dt.date) -> object:
        if key == "age":
            return age_on(self.birth_date, today)
        return getattr(self, key)


def _filtered(query, roster_filter: RosterFilter):
    where = matches(roster_filter.search)
    if where is not None:
        query = query.where(where)
    if not roster_filter.include_inactive:
        query = query.where(Resident.status == STATUS_ACTIVE)
    if roster_filter.party_only:
        query = query.where(Resident.political_status.in_(PARTY_STATUSES))
    if roster_filter.gender:
        query = query.where(Resident.gender == roster_filter.gender)
    if roster_filter.born_from is not None:
        query = query.where(Resident.birth_date >= roster_filter.born_from)
    if roster_filter.born_to is not None:
        query = query.where(Resident.birth_date <= roster_filter.born_to)
    if roster_filter.tag:
        tagged = ResidentTag.select(ResidentTag.resident).where(ResidentTag.tag == roster_filter.tag)
        query = query.where(Resident.id.in_(tagged))
    if roster_filter.building_id is not None or roster_filter.grid_id is not None:
        households = Household.select(Household.id).join(Unit).join(Building)
        if roster_filter.building_id is not None:
            households = households.where(Building.id == roster_filter.building_id)
        if roster_filter.grid_id is not None:
            households = households.where(Building.grid == roster_filter.grid_id)
        query = query.where(Resident.household.in_(households))
    return query


def matching_ids(roster_filter: RosterFilter, sort_key: str = "address", descending: bool = False) -> list[int]:
    """Every matching resident's id in display order; its length is the count.

    The table keeps this list and fetches rows for the part on screen (rows_for). The order for the
    filters and sort is read once and kept; the search is answered from memory (typing_search), so
    a keystroke does not scan the residents in the database again."""
    unsearched = replace(roster_filter, search="")
    key = (unsearched, sort_key, descending)
    order = typing_search.ordered(key, lambda: _ordered_ids(unsearched, sort_key, descending))
    found = typing_search.matching_in_order(roster_filter.search, key, order)
    return list(order) if found is None else found


def _ordered_ids(roster_filter: RosterFilter, sort_key: str, descending: bool) -> list[int]:
    query = Resident.select(Resident.id)
    if sort_key == "grid":
        query = with_address(query)
    order = [f.desc() if inverted != descending else f.asc() for f, inverted in _SORT_FIELDS[sort_key]]
    query = _filtered(query, roster_filter).order_by(*order, Resident.id)
    # Straight from the cursor: peewee's row wrapping costs more than the scan at 100,000 rows.
    return [rid for (rid,) in database.execute(query).fetchall()]


def rows_for(resident_ids: list[int]) -> list[RosterRow]:
    """The table rows of these residents, in the order given."""
    query = with_address(
        Resident.select(
            Resident.id, Resident.household, Resident.name, Resident.gender, Resident.birth_date,
            Resident.id_number, Resident.phone, Grid.name, Building.name, Unit.name, Household.room,
            Resident.relation, Resident.political_status, Resident.status,
        )
    ).where(Resident.id.in_(resident_ids))
    rows = {}
    for rid, hid, name, gender, born, number, phone, grid, building, unit, room, relation, political, status in query.tuples():
        rows[rid] = RosterRow(
            rid, hid, name, gender, born, number, phone, grid or "",
            address_text(building or "", unit or "", room), relation, political, status,
        )
    return [rows[rid] for rid in resident_ids if rid in rows]


def resident_choices(text: str, limit: int = 30) -> list[tuple[int, str]]:
    """(id, '姓名　住址　510403********1234') for active residents matching what was typed."""
    if not text.strip():
        return []
    rows = rows_for(matching_ids(RosterFilter(search=text))[:limit])
    return [(r.resident_id, f"{r.name}　{r.address}　{mask(r.id_number)}") for r in rows]


def _people_on(day: dt.date) -> list[ResidentThen]:
    """Everyone on the roster of a past day, moved out and deceased included; kept until the roster changes."""
    return typing_search.ordered(("as_of", day), lambda: residents_on(day, include_inactive=True))


def rows_on(roster_filter: RosterFilter, sort_key: str = "address", descending: bool = False) -> list[RosterRow]:
    """The table rows of the roster as it stood on ``roster_filter.as_of``, filtered and sorted as
    today's are (the search finds people by today's name, ID, phone and address)."""
    day = roster_filter.as_of
    found = typing_search.matching_set(roster_filter.search)
    f = roster_filter
    rows = [
        RosterRow(p.resident_id, p.household_id, p.name, p.gender, p.birth_date, p.id_number, p.phone, p.grid,
                  p.address, p.relation, p.political_status, p.status)
        for p in _people_on(day)
        if (found is None or p.resident_id in found) and (f.include_inactive or p.status == STATUS_ACTIVE)
        and (not f.party_only or p.party_member) and (not f.tag or f.tag in p.tags)
        and f.grid_id in (None, p.grid_id) and f.building_id in (None, p.building_id)
        and f.admits(p.gender, p.birth_date)
    ]
    if sort_key != "address" or descending:
        def order(row: RosterRow) -> tuple:
            value = row.value(sort_key, day)
            return natural_key(value) if isinstance(value, str) else (value,)

        rows.sort(key=order, reverse=descending)
    return rows


def household_on(household_id: int, day: dt.date) -> list[ResidentThen]:
    """The household's members on a past day, head first."""
    members = [p for p in _people_on(day) if p.household_id == household_id]
    return sorted(members, key=lambda p: (p.relation not in HEAD_RELATIONS, p.status != STATUS_ACTIVE))
