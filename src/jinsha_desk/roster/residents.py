"""Reading residents back and keeping their search haystack current."""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Iterable

from peewee import JOIN

from jinsha_desk.db.bulk import insert_rows
from jinsha_desk.models import (
    PARTY_STATUSES,
    STATUS_ACTIVE,
    Building,
    Grid,
    Household,
    Resident,
    ResidentSearch,
    ResidentTag,
    Unit,
)
from jinsha_desk.roster import idcard
from jinsha_desk.roster.fields import HEAD_RELATIONS
from jinsha_desk.roster.search import address_text, haystack, matches


def with_address(query):
    """Join a resident query to its household, unit, building and grid (any of which may be missing)."""
    return (
        query.join(Household)
        .join(Unit, JOIN.LEFT_OUTER)
        .join(Building, JOIN.LEFT_OUTER)
        .join(Grid, JOIN.LEFT_OUTER)
    )


_CHINESE_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
                   "八": 8, "九": 9}
_CHINESE_UNITS = {"十": 10, "百": 100, "千": 1000}
_NUMBER_RUNS = re.compile(r"(\d+|[零〇一二两三四五六七八九十百千]+)")


def _chinese_number(run: str) -> int:
    """一 → 1, 十 → 10, 十二 → 12, 二十三 → 23, 一百零五 → 105."""
    total, digit = 0, 0
    for ch in run:
        if ch in _CHINESE_DIGITS:
            digit = _CHINESE_DIGITS[ch]
        else:
            total += (digit or 1) * _CHINESE_UNITS[ch]
            digit = 0
    return total + digit


@functools.lru_cache(maxsize=65536)  # the roster's few thousand grid, building, unit and room names
def natural_key(text: str | None) -> tuple[object, ...]:
    """'2栋' before '10栋', '301' before '1201', 第二网格 before 第十网格: numbers, Arabic or Chinese,
    compare as numbers (and sort before text in the same place)."""
    key: list[object] = []
    for part in _NUMBER_RUNS.split(text or ""):
        if part.isdigit():
            key.append((0, int(part), ""))
        elif part and _NUMBER_RUNS.fullmatch(part):
            key.append((0, _chinese_number(part), ""))
        elif part:
            key.append((1, 0, part))
    return tuple(key)


def _roster_order(row: tuple) -> tuple:
    # Residents without a grid first (to be given one), then grids in number order (第二网格 before
    # 第十网格), the address numerically (601 before 1002), the household head before the other members.
    grid, building, unit, room, relation, household_id = row[7], row[8], row[9], row[10], row[11], row[15]
    return (
        grid is not None, natural_key(grid), natural_key(building), natural_key(unit), natural_key(room),
        household_id, relation not in HEAD_RELATIONS, row[0],
    )


def tags_by_resident(resident_ids: Iterable[int] | None = None) -> dict[int, list[str]]:
    query = ResidentTag.select(ResidentTag.resident, ResidentTag.tag).order_by(ResidentTag.id)
    if resident_ids is not None:
        query = query.where(ResidentTag.resident.in_(list(resident_ids)))
    tags: dict[int, list[str]] = defaultdict(list)
    for resident_id, tag in query.tuples():
        tags[resident_id].append(tag)
    return tags


def refresh_search_text(resident_ids: Iterable[int]) -> None:
    """Rebuild the search haystack after a resident's name, phone or address changed."""
    ids = list(resident_ids)
    ResidentSearch.delete().where(ResidentSearch.resident.in_(ids)).execute()
    for start in range(0, len(ids), 500):
        query = with_address(
            Resident.select(
                Resident.id, Resident.name, Resident.id_number, Resident.phone,
                Grid.name, Building.name, Unit.name, Household.room, Resident.category, Resident.address,
            )
        ).where(Resident.id.in_(ids[start : start + 500]))
        rows = [
            (rid, haystack(name, number, phone, grid or "", address_text(building or "", unit or "", room),
                           category, address))
            for rid, name, number, phone, grid, building, unit, room, category, address in query.tuples()
        ]
        insert_rows(ResidentSearch, [ResidentSearch.resident, ResidentSearch.text], rows)


def resident_records(
    search: str = "", include_inactive: bool = False, with_details: bool = False
) -> list[dict[str, object]]:
    """One dict per resident in roster order (grid, building, unit, room, head first); with
    ``with_details`` also education and note, as the exported roster carries them."""
    query = with_address(
        Resident.select(
            Resident.id, Resident.id_number, Resident.name, Resident.gender, Resident.birth_date,
            Resident.ethnicity, Resident.phone, Grid.name, Building.name, Unit.name, Household.room,
            Resident.relation, Resident.political_status, Resident.residence_status,
            Grid.id, Household.id, Resident.education, Resident.note, Resident.address, Resident.category,
            Resident.other_phone, Resident.version,
        )
    )
    where = matches(search)
    if where is not None:
        query = query.where(where)
    if not include_inactive:
        query = query.where(Resident.status == STATUS_ACTIVE)
    rows = sorted(query.tuples(), key=_roster_order)
    tags = tags_by_resident(r[0] for r in rows) if len(rows) < 5000 else tags_by_resident()
    records = []
    for row in rows:
        rid, number, name, gender, born, ethnicity, phone, grid, building, unit, room, relation, political, residence = row[:14]
        records.append(
            {
                "id": rid,
                "id_number": number,
                "name": name,
                "gender": gender,
                "birth_date": born.isoformat(),
                "ethnicity": ethnicity,
                "phone": phone,
                "grid": grid or "",
                "building": building or "",
                "unit": unit or "",
                "room": room,
                "relation": relation,
                "political_status": political,
                "party_member": political in PARTY_STATUSES,
                "tags": tags.get(rid, []),
                "residence_status": residence,
                "household": row[15],
                "address": row[18] or address_text(building or "", unit or "", room),
                "category": [c for c in (row[19] or "").split("、") if c],
                "other_phone": row[20],
                "document_type": idcard.document_type(number),
                "version": row[21],
            }
        )
        if with_details:
            records[-1].update(education=row[16], note=row[17])
    return records
