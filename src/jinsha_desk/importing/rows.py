"""Turning one spreadsheet row into a resident, a rejection with its reason, or a skipped line."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

from jinsha_desk.importing.headers import FIELD_LABELS
from jinsha_desk.roster import fields as f
from jinsha_desk.roster import idcard
from jinsha_desk.roster.addresses import parse_address
from jinsha_desk.roster.fields import HEAD_RELATIONS
from jinsha_desk.roster.search import address_text

_TOTAL = re.compile(r"^(合计|总计|小计|共计)|共\s*\d+\s*[人户名]")
_SIGNATURE = re.compile(r"填表人|审核人|制表人|填报人|统计人|负责人|签字|签名|盖章|制表日期|填表日期|审核日期")
_ID_LIKE = re.compile(r"\d{6}")
RESIDENT_FIELDS = (
    "name", "gender", "birth_date", "ethnicity", "phone", "relation",
    "political_status", "education", "residence_status", "note", "address", "category", "other_phone",
)


class RowRef(NamedTuple):  # one per row read: a tuple is made in a fifth of a frozen dataclass's time
    file: str
    sheet: str
    row: int


@dataclass(slots=True)
class Candidate:
    """A row that will become (or update) a resident."""

    ref: RowRef
    id_number: str
    values: dict[str, object]
    tags: list[str] | None
    grid: str
    building: str
    unit: str
    room: str
    household_no: str
    warnings: list[str] = field(default_factory=list)
    # Whether the file said how people relate to a head of household (a 与户主关系 column).
    relations_given: bool = False
    # The row as read, for the rejected-rows workbook should the row be refused later.
    cells: list[object] = field(default_factory=list)

    @property
    def has_address(self) -> bool:
        return bool(self.building or self.room or self.household_no)

    @property
    def is_head(self) -> bool:
        return self.values.get("relation") in HEAD_RELATIONS


@dataclass(slots=True)
class Rejection:
    ref: RowRef
    value: str
    reason: str
    cells: list[object]
    detail: str = ""  # what the clerk needs besides the reason (the name already on file …)


def is_blank(row: list[object]) -> bool:
    # Called for every row of every sheet: checks cells directly rather than through f.text.
    for cell in row:
        if cell is None or cell == "":
            continue
        if isinstance(cell, str) and not cell.replace("\u3000", " ").strip():
            continue
        return False
    return True


def row_texts(row: list[object]) -> list[str]:
    return [f.text(c).replace(" ", "") for c in row]


def non_person_kind(row: list[object], id_column: int) -> str | None:
    """'total' or 'signature' for the summary and signature lines at the foot of a roster."""
    id_cell = row[id_column]
    # A row that carries something like an ID is a person, whatever its other cells say.
    if isinstance(id_cell, (int, float)) or _ID_LIKE.search(f.text(id_cell)):
        return None
    texts = row_texts(row)
    if any(_TOTAL.search(t) for t in texts if t):
        return "total"
    if any(_SIGNATURE.search(t) for t in texts if t):
        return "signature"
    return None


def _address_parts(cells: dict[str, object]) -> tuple[str, str, str, str]:
    """(building, unit, room, the full address as given). Building, unit and room columns win; else they
    are read from the address text, whose road, number and 小区 stay part of the building's name."""
    given = f.text(cells.get("address")) or f.text(cells.get("registered_address"))
    building = f.building_name(cells.get("building"))
    unit = f.unit_name(cells.get("unit"))
    room = f.room_name(cells.get("room"))
    if building or unit or room:
        return building, unit, room, given or address_text(building, unit, room)
    parsed = parse_address(given)
    return parsed.building_label, parsed.unit, parsed.room, given


def _categories(cells: dict[str, object]) -> tuple[str, list[str], list[str]]:
    """A 人员类别 cell split into (residence status, care categories, other categories)."""
    residence, care, other = "", [], []
    for value in f.split_tags(cells.get("category")):
        if value in f.RESIDENCE_STATUSES:
            residence = residence or f.RESIDENCE_STATUSES[value]
        elif value in f.CARE_CATEGORIES:
            care.append(value)
        else:
            other.append(value)
    return residence, care, other


def parse_row(ref: RowRef, row: list[object], columns: dict[int, str]) -> Candidate | Rejection:
    cells = {name: row[index] for index, name in columns.items()}
    # One search over the row's text; the field is looked for only in the rare row that has one.
    if f.control_character("\n".join([v for v in cells.values() if type(v) is str])) is not None:
        for name, value in cells.items():
            if (code := f.control_character(value)) is not None:
                return Rejection(ref, f.text(cells.get("id_number")), "control_characters", row,
                                 f"“{FIELD_LABELS.get(name, name)}”一栏含有 {code}")
    name = f.clean_name(cells.get("name"))
    raw_id = cells.get("id_number")
    shown_id = f.text(raw_id) if not isinstance(raw_id, float) else repr(raw_id)
    if not name:
        return Rejection(ref, shown_id, "name_missing", row)
    try:
        citizen = idcard.parse(raw_id)
    except idcard.IdNumberError as exc:
        return Rejection(ref, shown_id, exc.code, row)

    warnings = []
    typed_gender = f.clean_gender(cells.get("gender"))
    if f.text(cells.get("gender")) and typed_gender != citizen.gender:
        warnings.append("gender_mismatch")
    if not f.birth_agrees(cells.get("birth_date"), citizen.birth_date):
        warnings.append("birth_mismatch")

    mobile, phone = f.clean_phone(cells.get("mobile")), f.clean_phone(cells.get("phone"))
    residence, care, other = _categories(cells)
    building, unit, room, address = _address_parts(cells)
    values: dict[str, object] = {
        "name": name,
        "gender": citizen.gender,
        "birth_date": citizen.birth_date,
        "ethnicity": f.text(cells.get("ethnicity")),
        "phone": mobile or phone,
        "relation": f.text(cells.get("relation")),
        "political_status": f.clean_political_status(cells.get("political_status")),
        "education": f.text(cells.get("education")),
        "residence_status": f.text(cells.get("residence_status")) or residence,
        "note": f.text(cells.get("note")),
        "address": address,
        "category": "、".join(other),
        "other_phone": f.clean_phone(cells.get("other_phone")) or (phone if mobile and phone != mobile else ""),
    }
    tags = None
    if "tags" in cells or care:
        tags = list(dict.fromkeys([*f.split_tags(cells.get("tags")), *care]))
    return Candidate(
        ref=ref,
        id_number=citizen.number,
        values=values,
        tags=tags or None,
        grid=f.grid_name(cells.get("grid")),
        building=building,
        unit=unit,
        room=room,
        household_no=f.text(cells.get("household_no")),
        warnings=warnings,
        relations_given="relation" in cells,
        cells=row,
    )
