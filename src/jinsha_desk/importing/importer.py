"""Bringing roster files into the database: every row accounted for, all or nothing.

Every row of every sheet ends up in exactly one place of the report: a resident (new, updated or
unchanged), a rejection with its reason, or a skipped line (blank, title, header, total,
signature). The writes happen in one transaction; a cancel, an error or Ctrl-C leaves the database
as it was.
"""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from peewee import fn

from jinsha_desk.changes import ROSTER, announce
from jinsha_desk.db.backup import BEFORE_IMPORT, backup_if_due
from jinsha_desk.db.bulk import indexes_built_after, insert_rows
from jinsha_desk.errors import Cancelled
from jinsha_desk.importing.headers import clean_header, field_for, find_header
from jinsha_desk.importing.households import households_for_new
from jinsha_desk.importing.mappings import remember, remembered
from jinsha_desk.importing.readers import SheetCells, read_cells
from jinsha_desk.importing.rows import (
    RESIDENT_FIELDS,
    Candidate,
    Rejection,
    RowRef,
    is_blank,
    non_person_kind,
    parse_rows,
)
from jinsha_desk.models import (
    Building,
    Household,
    Resident,
    ResidentSearch,
    ResidentTag,
    Unit,
    database,
)
from jinsha_desk.roster.fields import text
from jinsha_desk.roster.pinyin import load_in_background
from jinsha_desk.roster.places import Places
from jinsha_desk.roster.residents import refresh_search_text
from jinsha_desk.roster.search import address_text, haystack

Progress = Callable[[float, str], None]
CancelCheck = Callable[[], bool]
_CHUNK = 5000


@dataclass(frozen=True)
class RowWarning:
    ref: RowRef
    id_number: str
    code: str


@dataclass(frozen=True)
class Skipped:
    ref: RowRef
    kind: str


@dataclass(frozen=True)
class ColumnUse:
    file: str
    sheet: str
    header: str
    field: str | None  # None: not imported
    samples: tuple[str, ...]


@dataclass
class ImportReport:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    warnings: list[RowWarning] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    sheets_skipped: list[tuple[str, str]] = field(default_factory=list)
    # (file, sheet) → the header row's cells, for writing rejected rows back out.
    headers: dict[tuple[str, str], list[object]] = field(default_factory=dict)
    # How each column of each sheet was understood, with a few of its values.
    columns: list[ColumnUse] = field(default_factory=list)
    dry_run: bool = False

    def to_json(self) -> dict[str, object]:
        return {
            "new": self.new,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "rejected": [
                {"file": r.ref.file, "sheet": r.ref.sheet, "row": r.ref.row, "value": r.value, "reason": r.reason,
                 "detail": r.detail}
                for r in self.rejected
            ],
            "warnings": [
                {"file": w.ref.file, "sheet": w.ref.sheet, "row": w.ref.row, "id_number": w.id_number, "code": w.code}
                for w in self.warnings
            ],
            "skipped": [
                {"file": s.ref.file, "sheet": s.ref.sheet, "row": s.ref.row, "kind": s.kind} for s in self.skipped
            ],
            "sheets_skipped": [{"file": f, "sheet": s} for f, s in self.sheets_skipped],
            "columns": [{"file": c.file, "sheet": c.sheet, "header": c.header, "field": c.field}
                        for c in self.columns],
            "dry_run": self.dry_run,
        }


@contextmanager
def _collector_paused() -> Iterator[None]:
    # Python's cyclic GC makes bulk loads superlinear (bench/README.md: 10 s → 5 s at 100k rows).
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _check(cancel: CancelCheck | None) -> None:
    if cancel is not None and cancel():
        raise Cancelled()


def read_rosters(
    paths: Sequence[Path], report: ImportReport, progress: Progress | None = None,
    cancel: CancelCheck | None = None, mapping: dict[str, str | None] | None = None,
) -> list[Candidate]:
    """Parse every file into candidates (first occurrence of each ID), filling the report."""
    by_id: dict[str, Candidate] = {}
    # pypinyin, which the search keys need, loads while the first workbook's cells are read.
    while_reading = None if report.dry_run else load_in_background
    for file_index, path in enumerate(paths):
        _check(cancel)
        if progress:
            progress(0.4 * file_index / len(paths), f"正在读取 {Path(path).name}")
        for sheet in read_cells(Path(path), while_reading):
            _read_sheet(sheet, report, by_id, cancel, mapping)
    return list(by_id.values())


def _column_uses(sheet, header_index: int, header_rows: int, columns: dict[int, str]) -> list[ColumnUse]:
    header = sheet.rows[header_index + header_rows - 1]
    uses = []
    for index, cell in enumerate(header):
        name = clean_header(cell) or clean_header(sheet.rows[header_index][index])
        if not name:
            continue
        values = (text(r[index]) for r in sheet.rows[header_index + header_rows:header_index + header_rows + 50])
        samples = tuple(dict.fromkeys(v for v in values if v))[:3]
        uses.append(ColumnUse(sheet.file, sheet.sheet, name, columns.get(index), samples))
    return uses


def _read_sheet(
    sheet, report: ImportReport, by_id: dict[str, Candidate], cancel: CancelCheck | None,
    mapping: dict[str, str | None] | None,
) -> None:
    found = find_header(sheet.rows, mapping)
    earlier = remembered(sheet.rows[found[0]]) if found is not None else None
    if earlier:  # the clerk's choices for this header last time, under any made now
        found = find_header(sheet.rows, {**earlier, **(mapping or {})}) or found
    if found is None:
        if not all(is_blank(r) for r in sheet.rows):
            report.sheets_skipped.append((sheet.file, sheet.sheet))
        return
    header_index, header_rows, columns = found
    report.headers[(sheet.file, sheet.sheet)] = list(sheet.rows[header_index])
    report.columns.extend(_column_uses(sheet, header_index, header_rows, columns))
    id_column = next(c for c, name in columns.items() if name == "id_number")
    # A header repeated down the sheet (a roster printed page by page) shows its 姓名 again.
    name_column = next(c for c, name in columns.items() if name == "name")
    people: list[int] = []
    first_data_row = header_index + header_rows
    for index, row in enumerate(sheet.rows):
        if index % 5000 == 0:
            _check(cancel)
        id_cell = row[id_column]
        if (index >= first_data_row and type(id_cell) is str and id_cell[:6].isdecimal()
                and field_for(row[name_column]) != "name" and index not in sheet.blank_under_merges):
            people.append(index)  # the usual row, told apart at once: below the header, with an ID
        elif is_blank(row) or index in sheet.blank_under_merges:
            report.skipped.append(Skipped(_ref(sheet, index), "blank"))
        elif index < header_index:
            report.skipped.append(Skipped(_ref(sheet, index), "title"))
        elif index < first_data_row or field_for(row[name_column]) == "name":
            report.skipped.append(Skipped(_ref(sheet, index), "header"))
        elif kind := non_person_kind(row, id_column):
            report.skipped.append(Skipped(_ref(sheet, index), kind))
        else:
            people.append(index)
    for start in range(0, len(people), _CHUNK):
        _check(cancel)
        chunk = people[start:start + _CHUNK]
        for parsed in parse_rows([_ref(sheet, i) for i in chunk], [sheet.rows[i] for i in chunk], columns):
            _take(parsed, report, by_id)


def _ref(sheet: SheetCells, index: int) -> RowRef:
    return RowRef(sheet.file, sheet.sheet, sheet.first_row + index + 1)


def _take(parsed: Candidate | Rejection, report: ImportReport, by_id: dict[str, Candidate]) -> None:
    """A parsed row into the report, or as the candidate for its ID (one ID, one person)."""
    if isinstance(parsed, Rejection):
        report.rejected.append(parsed)
        return
    for code in parsed.warnings:
        report.warnings.append(RowWarning(parsed.ref, parsed.id_number, code))
    first = by_id.get(parsed.id_number)
    if first is None:
        by_id[parsed.id_number] = parsed
    elif first.values["name"] != parsed.values["name"]:
        # Never merged, never only a warning.
        report.rejected.append(Rejection(
            parsed.ref, parsed.id_number, "id_conflict", parsed.cells,
            f"{first.values['name']}（{first.ref.file}「{first.ref.sheet}」第{first.ref.row}行）"))
    elif _differs(first, parsed):
        report.warnings.append(RowWarning(parsed.ref, parsed.id_number, "conflicting_duplicate"))
    else:
        report.skipped.append(Skipped(parsed.ref, "duplicate"))


def _address(c: Candidate) -> tuple[str, str, str, str]:
    return (c.building, c.unit, c.room, c.household_no)


def _differs(first: Candidate, later: Candidate) -> bool:
    """A later row for the same ID that says something else than the first one."""
    for name in RESIDENT_FIELDS:
        value = later.values[name]
        if value not in ("", None) and value != first.values[name]:
            return True
    if later.has_address and _address(later) != _address(first):
        return True
    return later.tags is not None and set(later.tags) != set(first.tags or ())


def _db_value(value: object) -> object:
    return value.isoformat() if isinstance(value, dt.date) else value


@dataclass
class _Existing:
    resident_id: int
    household_id: int
    values: dict[str, object]


@dataclass
class _Plan:
    new: list[Candidate] = field(default_factory=list)
    # (candidate, changed fields, move to its address?, replace tags?)
    updates: list[tuple[Candidate, dict[str, object], bool, bool]] = field(default_factory=list)
    unchanged: int = 0
    # Rows whose ID is on file under another name.
    conflicts: list[Rejection] = field(default_factory=list)


def _load_existing() -> tuple[dict[str, _Existing], dict[int, tuple[str, str, str, str]], dict[int, set[str]]]:
    columns = [getattr(Resident, name) for name in RESIDENT_FIELDS]
    residents = {}
    query = Resident.select(Resident.id, Resident.id_number, Resident.household, *columns).tuples()
    for rid, number, household_id, *values in query:
        residents[number] = _Existing(rid, household_id, dict(zip(RESIDENT_FIELDS, map(_db_value, values))))
    addresses = {}
    households = (
        Household.select(Household.id, Building.name, Unit.name, Household.room, Household.household_no)
        .join(Unit, on=(Household.unit == Unit.id))
        .join(Building)
        .tuples()
    )
    for hid, building, unit, room, number in households:
        addresses[hid] = (building, unit, room, number)
    tags: dict[int, set[str]] = {}
    for rid, tag in ResidentTag.select(ResidentTag.resident, ResidentTag.tag).tuples():
        tags.setdefault(rid, set()).add(tag)
    return residents, addresses, tags


def _plan(candidates: list[Candidate]) -> _Plan:
    existing, addresses, tags = _load_existing()
    plan = _Plan()
    for cand in candidates:
        known = existing.get(cand.id_number)
        if known is None:
            plan.new.append(cand)
            continue
        if known.values["name"] != cand.values["name"]:
            plan.conflicts.append(Rejection(cand.ref, cand.id_number, "id_conflict", cand.cells,
                                            f"{known.values['name']}（花名册中已有）"))
            continue
        changes = {
            name: value
            for name, value in cand.values.items()
            if value not in ("", None) and _db_value(value) != known.values[name]
        }
        move = cand.has_address and addresses.get(known.household_id) != _address(cand)
        retag = cand.tags is not None and set(cand.tags) != tags.get(known.resident_id, set())
        if changes or move or retag:
            plan.updates.append((cand, changes, move, retag))
        else:
            plan.unchanged += 1
    return plan


# In the order peewee writes the INSERT's columns (the model's), every one given: the rows go to the
# driver as they are made, with no reordering and no defaults appended per row (db.bulk).
_NEW_FIELDS = [
    Resident.version, Resident.household, Resident.name, Resident.id_number, Resident.gender,
    Resident.birth_date, Resident.ethnicity, Resident.phone, Resident.relation, Resident.political_status,
    Resident.education, Resident.residence_status, Resident.note, Resident.status, Resident.created_at,
    Resident.updated_at, Resident.address, Resident.category, Resident.other_phone,
]


def _new_resident_row(cand: Candidate, household_id: int, now: str) -> tuple[object, ...]:
    """A new resident's values in the order of _NEW_FIELDS."""
    v = cand.values
    return (Resident.version.default, household_id, v["name"], cand.id_number, v["gender"],
            v["birth_date"].isoformat(), v["ethnicity"], v["phone"], v["relation"], v["political_status"],
            v["education"], v["residence_status"], v["note"], Resident.status.default, now, now, v["address"],
            v["category"], v["other_phone"])


def _ids_by_number(since: int = 0) -> dict[str, int]:
    """ID number → resident id, for residents whose id is above ``since``."""
    query = Resident.select(Resident.id_number, Resident.id).where(Resident.id > since)
    return dict(database.execute(query).fetchall())


def _insert_new(new: list[Candidate], places: Places, progress: Progress | None, cancel: CancelCheck | None) -> None:
    household_ids = households_for_new(new, places)
    now = dt.datetime.now().replace(microsecond=0).isoformat(" ")
    last_id = Resident.select(fn.MAX(Resident.id)).scalar() or 0

    def rows() -> Iterator[tuple[object, ...]]:
        for index, (cand, household_id) in enumerate(zip(new, household_ids)):
            if index % _CHUNK == 0:
                _check(cancel)
                if progress:
                    progress(0.5 + 0.4 * index / len(new), f"正在写入居民 {index}/{len(new)}")
            yield _new_resident_row(cand, household_id, now)

    # One insert for all: each insert into an audited table sets its trigger aside and back, and every
    # such change of the schema makes SQLite prepare its statements again.
    with indexes_built_after(Resident, adding=len(new)):
        insert_rows(Resident, _NEW_FIELDS, rows())
    if progress:
        progress(0.9, "正在写入关爱类别和搜索索引")
    ids = _ids_by_number(since=last_id)
    grid_of = {name: g for name, (_, g) in places.buildings.items()}
    grid_names = {gid: name for name, gid in places.grids.items()}
    haystacks = []
    for cand in new:
        grid = cand.grid or grid_names.get(grid_of.get(cand.building), "")
        address = address_text(cand.building, cand.unit, cand.room)
        haystacks.append(
            (ids[cand.id_number], haystack(cand.values["name"], cand.id_number, cand.values["phone"], grid, address,
                                           cand.values["category"], cand.values["address"]))
        )
    insert_rows(ResidentSearch, [ResidentSearch.resident, ResidentSearch.text], haystacks)
    insert_rows(
        ResidentTag, [ResidentTag.resident, ResidentTag.tag],
        [(ids[c.id_number], tag) for c in new for tag in c.tags or ()],
    )


def _apply_updates(plan: _Plan, places: Places, cancel: CancelCheck | None) -> None:
    everyone = _ids_by_number()
    ids = {cand.id_number: everyone[cand.id_number] for cand, *_ in plan.updates}
    now = dt.datetime.now().replace(microsecond=0)
    for index, (cand, changes, move, retag) in enumerate(plan.updates):
        if index % 500 == 0:
            _check(cancel)
        rid = ids[cand.id_number]
        values: dict[str, object] = {getattr(Resident, k): v for k, v in changes.items()}
        if move:
            values[Resident.household] = places.households_of([cand])[0]
        values[Resident.updated_at] = now
        Resident.update(values).where(Resident.id == rid).execute()
        if retag:
            ResidentTag.delete().where(ResidentTag.resident == rid).execute()
            insert_rows(ResidentTag, [ResidentTag.resident, ResidentTag.tag], [(rid, t) for t in cand.tags or ()])
    refresh_search_text(ids.values())


def store_candidates(
    candidates: list[Candidate],
    report: ImportReport,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> ImportReport:
    """Compare candidates with the roster and write new and changed residents in one transaction."""
    if progress:
        progress(0.45, "正在与现有花名册比对")
    with _collector_paused(), database.atomic() as transaction:
        plan = _plan(candidates)
        report.new, report.updated, report.unchanged = len(plan.new), len(plan.updates), plan.unchanged
        report.rejected.extend(plan.conflicts)
        if report.dry_run:
            transaction.rollback()
            return report
        places = Places()
        _insert_new(plan.new, places, progress, cancel)
        if plan.updates:
            _apply_updates(plan, places, cancel)
        _check(cancel)
    # Announced only for a real import: a dry run (the wizard's check) changes nothing to show.
    announce(ROSTER)
    if progress:
        progress(1.0, "导入完成")
    return report


def _read_and_store(paths: list[Path], report: ImportReport, progress: Progress | None, cancel: CancelCheck | None,
                    mapping: dict[str, str | None] | None) -> None:
    # A function of its own so that the candidates are gone before the collector runs again: it would
    # otherwise walk every one of them (0.3 s at 100,000 rows), all still in its youngest generation.
    candidates = read_rosters(paths, report, progress, cancel, mapping)
    store_candidates(candidates, report, progress, cancel)


def import_rosters(
    paths: Sequence[Path | str],
    dry_run: bool = False,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
    mapping: dict[str, str | None] | None = None,
) -> ImportReport:
    """Import roster files into the bound database; with ``dry_run`` only report what would happen.

    Raises DeskError for a file that cannot be read and Cancelled when ``cancel`` returns True;
    in both cases nothing has been written.
    """
    report = ImportReport(dry_run=dry_run)
    with _collector_paused():
        _read_and_store([Path(p) for p in paths], report, progress, cancel, mapping)
    if mapping and not dry_run:
        for header in report.headers.values():
            remember(header, mapping)
    return report


def import_with_backup(
    paths: Sequence[Path | str],
    dry_run: bool = False,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
    mapping: dict[str, str | None] | None = None,
) -> ImportReport:
    """The clerk's import, from the command line and the wizard alike: the backup the rules call for
    first (none for a dry run), then the import."""
    if not dry_run:
        bound = database.obj
        backup_if_due(bound, Path(bound.database), BEFORE_IMPORT)
    return import_rosters(paths, dry_run, progress, cancel, mapping)
