"""Turning one spreadsheet row into a resident, a rejection with its reason, or a skipped line."""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import repeat
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


@lru_cache(maxsize=1 << 16, typed=True)  # a flat's residents share one; 37,000 flats in 100,000 rows
def _address_parts(building: object, unit: object, room: object, address: object, registered: object,
                   ) -> tuple[str, str, str, str]:
    """(building, unit, room, the full address as given). Building, unit and room columns win; else they
    are read from the address text, whose road, number and 小区 stay part of the building's name."""
    given = f.text(address) or f.text(registered)
    building, unit, room = f.building_name(building), f.unit_name(unit), f.room_name(room)
    if building or unit or room:
        return building, unit, room, given or address_text(building, unit, room)
    parsed = parse_address(given)
    return parsed.building_label, parsed.unit, parsed.room, given


@f.cached
def _categories(value: object) -> tuple[str, tuple[str, ...], str]:
    """A 人员类别 cell split into (residence status, care categories, the other categories joined by 、)."""
    residence, care, other = "", [], []
    for part in f.split_tags(value):
        if part in f.RESIDENCE_STATUSES:
            residence = residence or f.RESIDENCE_STATUSES[part]
        elif part in f.CARE_CATEGORIES:
            care.append(part)
        else:
            other.append(part)
    return residence, tuple(care), "、".join(other)


@f.cached
def _typed_tags(value: object) -> tuple[str, ...]:
    return tuple(f.split_tags(value))


def _shown_id(raw: object) -> str:
    """The ID cell as the report shows it: a number cell as Excel held it (5.10104e+17)."""
    return f.text(raw) if not isinstance(raw, float) else repr(raw)


def _control_rejection(ref: RowRef, row: list[object], columns: dict[int, str], raw_id: object) -> Rejection:
    """The row refused, naming the first column with a control character."""
    name, code = next((name, code) for index, name in columns.items()
                      if (code := f.control_character(row[index])) is not None)
    return Rejection(ref, f.text(raw_id), "control_characters", row, f"“{FIELD_LABELS.get(name, name)}”一栏含有 {code}")


def parse_rows(refs: list[RowRef], rows: list[list[object]], columns: dict[int, str]) -> list[Candidate | Rejection]:
    """Each row as a candidate, or why it is refused.

    Column by column: the values of most columns repeat down a roster (genders, buildings, 民族 …) and
    are cleaned once per distinct value; only the name, the ID and the phone are looked at row by row.
    """
    picked = list(map(operator.itemgetter(*columns), rows))
    given = dict(zip(columns.values(), zip(*picked))) if picked else {}

    def column(name: str, clean: Callable[[object], object]) -> Iterable[object]:
        values = given.get(name)
        return repeat(clean(None), len(rows)) if values is None else map(clean, values)

    def raw(name: str) -> Iterable[object]:
        return given.get(name, repeat(None, len(rows)))

    addresses = map(_address_parts, raw("building"), raw("unit"), raw("room"), raw("address"),
                    raw("registered_address"))
    relations_given = "relation" in given
    results: list[Candidate | Rejection] = []
    for (ref, row, cells, name, raw_id, typed_gender, gender_text, birth, mobile, phone, other_phone, ethnicity,
         relation, political_status, education, residence_status, note, (residence, care, other), typed_tags,
         grid, (building, unit, room, address), household_no) in zip(
            refs, rows, picked, column("name", f.clean_name), raw("id_number"), column("gender", f.clean_gender),
            column("gender", f.repeated_text), raw("birth_date"), column("mobile", f.clean_phone),
            column("phone", f.clean_phone), column("other_phone", f.clean_phone),
            column("ethnicity", f.repeated_text), column("relation", f.repeated_text),
            column("political_status", f.clean_political_status), column("education", f.repeated_text),
            column("residence_status", f.repeated_text), column("note", f.repeated_text),
            column("category", _categories), column("tags", _typed_tags), column("grid", f.grid_name),
            addresses, column("household_no", f.repeated_text)):
        # One search over the row's text; the field is looked for only in the rare row that has one.
        if f.control_character("\n".join([v for v in cells if type(v) is str])) is not None:
            results.append(_control_rejection(ref, row, columns, raw_id))
            continue
        if not name:
            results.append(Rejection(ref, _shown_id(raw_id), "name_missing", row))
            continue
        try:
            citizen = idcard.parse(raw_id)
        except idcard.IdNumberError as exc:
            results.append(Rejection(ref, _shown_id(raw_id), exc.code, row))
            continue
        warnings = []
        if gender_text and typed_gender != citizen.gender:
            warnings.append("gender_mismatch")
        if birth != citizen.birth_date and not f.birth_agrees(birth, citizen.birth_date):
            warnings.append("birth_mismatch")
        values: dict[str, object] = {
            "name": name,
            "gender": citizen.gender,
            "birth_date": citizen.birth_date,
            "ethnicity": ethnicity,
            "phone": mobile or phone,
            "relation": relation,
            "political_status": political_status,
            "education": education,
            "residence_status": residence_status or residence,
            "note": note,
            "address": address,
            "category": other,
            "other_phone": other_phone or (phone if mobile and phone != mobile else ""),
        }
        tags = list(dict.fromkeys((*typed_tags, *care))) if typed_tags or care else None
        results.append(Candidate(ref, citizen.number, values, tags, grid, building, unit, room,
                                 household_no, warnings, relations_given, row))
    return results
