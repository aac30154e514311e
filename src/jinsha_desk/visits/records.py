"""Logging a household visit and keeping the needs list it feeds."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from jinsha_desk.changes import VISITS, reports
from jinsha_desk.db import versions
from jinsha_desk.errors import DeskError
from jinsha_desk.models import (
    Grid,
    Household,
    Need,
    Resident,
    Visit,
    VisitResident,
    database,
)
from jinsha_desk.office.staff import staff_names
from jinsha_desk.roster.households import household_choices

VISIT_KINDS = ("日常走访", "关爱探访", "需求收集", "矛盾调解", "安全检查", "政策宣传")
NEED_OPEN, NEED_IN_PROGRESS, NEED_RESOLVED = "待办", "办理中", "已解决"
NEED_STATUSES = (NEED_OPEN, NEED_IN_PROGRESS, NEED_RESOLVED)


@dataclass
class VisitInput:
    household_id: int
    visit_date: dt.date
    visitor: str
    kind: str
    findings: str = ""
    met_resident_ids: list[int] = field(default_factory=list)
    # Each need or problem raised becomes an item on the needs list.
    needs: list[str] = field(default_factory=list)
    # The version the clerk opened (db.versions); None for a save that reads the record itself.
    version: int | None = None


FIELD_LABELS = {"household_id": "户", "visit_date": "走访日期", "visitor": "走访人", "kind": "走访类型",
                "findings": "走访情况", "met_resident_ids": "见到的居民", "needs": "提出的需求"}


@dataclass(frozen=True)
class VisitRow:
    visit_id: int
    visit_date: dt.date
    household_id: int
    address: str
    head: str
    grid: str
    visitor: str
    kind: str
    findings: str
    met: tuple[str, ...]
    needs: tuple[str, ...]

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.visit_id, "date": self.visit_date.isoformat(), "household": self.address, "head": self.head,
            "grid": self.grid, "visitor": self.visitor, "kind": self.kind, "findings": self.findings,
            "met": list(self.met), "needs": list(self.needs),
        }


@dataclass(frozen=True)
class NeedRow:
    need_id: int
    description: str
    status: str
    handler: str
    raised_date: dt.date
    resolved_date: dt.date | None
    address: str
    head: str
    household_id: int | None = None
    version: int = 1


def _checked(data: VisitInput, today: dt.date | None) -> tuple[str, str, list[str]]:
    """The visit as it may be stored: its visitor, kind and needs, or a DeskError saying what is wrong."""
    today = today or dt.date.today()
    if Household.get_or_none(Household.id == data.household_id) is None:
        raise DeskError("请选择被走访的户。")
    if data.visit_date > today:
        raise DeskError("走访日期不能晚于今天。")
    if data.visit_date < today - dt.timedelta(days=3 * 366):
        raise DeskError("走访日期早于三年前，请核对日期。")
    visitor = data.visitor.strip()
    if not visitor:
        raise DeskError("请填写走访人。")
    kind = data.kind.strip()
    if not kind:
        raise DeskError("请选择走访类型。")
    members = {
        rid for (rid,) in Resident.select(Resident.id).where(Resident.household == data.household_id).tuples()
    }
    if set(data.met_resident_ids) - members:
        raise DeskError("见到的居民必须是被走访户的成员。")
    return visitor, kind, [n.strip() for n in data.needs if n.strip()]


def _store_met_and_needs(visit_id: int, data: VisitInput, needs: list[str]) -> None:
    VisitResident.delete().where(VisitResident.visit == visit_id).execute()
    for rid in dict.fromkeys(data.met_resident_ids):
        VisitResident.insert(visit=visit_id, resident=rid).execute()
    known = {d for (d,) in Need.select(Need.description).where(Need.visit == visit_id).tuples()}
    for text in needs:
        if text not in known:
            Need.insert(household=data.household_id, visit=visit_id, description=text, raised_date=data.visit_date
                        ).execute()


@reports(VISITS)
def add_visit(data: VisitInput, today: dt.date | None = None) -> int:
    """Record a visit with the residents met and the needs raised, all or nothing."""
    visitor, kind, needs = _checked(data, today)
    with database.atomic():
        visit_id = Visit.insert(
            household=data.household_id, visit_date=data.visit_date, visitor=visitor, kind=kind,
            findings=data.findings.strip(),
        ).execute()
        _store_met_and_needs(visit_id, data, needs)
    return visit_id


def get_visit(visit_id: int) -> Visit:
    visit = Visit.get_or_none(Visit.id == visit_id)
    if visit is None:
        raise DeskError(f"找不到编号为 {visit_id} 的走访记录。")
    return visit


def visit_input(visit_id: int) -> VisitInput:
    """A stored visit as the dialog shows it for correcting (needs already raised are listed)."""
    visit = get_visit(visit_id)
    return VisitInput(
        household_id=visit.household_id, visit_date=visit.visit_date, visitor=visit.visitor, kind=visit.kind,
        findings=visit.findings,
        met_resident_ids=[r for (r,) in VisitResident.select(VisitResident.resident).where(
            VisitResident.visit == visit_id).tuples()],
        needs=[d for (d,) in Need.select(Need.description).where(Need.visit == visit_id).order_by(Need.id).tuples()],
        version=visit.version,
    )


@reports(VISITS)
def update_visit(visit_id: int, data: VisitInput, today: dt.date | None = None) -> None:
    """Correct a visit; needs it raised stay (correct or remove them on the needs list), new ones are added."""
    get_visit(visit_id)
    visitor, kind, needs = _checked(data, today)
    with database.atomic():
        versions.claim(Visit, visit_id, data, f"{data.visit_date:%Y-%m-%d} 的走访记录", visit_input, FIELD_LABELS)
        Visit.update(household=data.household_id, visit_date=data.visit_date, visitor=visitor, kind=kind,
                     findings=data.findings.strip()).where(Visit.id == visit_id).execute()
        Need.update(household=data.household_id).where(Need.visit == visit_id).execute()
        _store_met_and_needs(visit_id, data, needs)


@reports(VISITS)
def remove_visit(visit_id: int) -> None:
    """A visit entered by mistake: removed with the residents met and the needs it raised (the audit
    trail keeps all of it)."""
    get_visit(visit_id)
    with database.atomic():
        Need.delete().where(Need.visit == visit_id).execute()
        VisitResident.delete().where(VisitResident.visit == visit_id).execute()
        Visit.delete().where(Visit.id == visit_id).execute()


def list_visits(
    date_from: dt.date | None = None, date_to: dt.date | None = None, household_id: int | None = None
) -> list[VisitRow]:
    """Visits of a period, newest first."""
    conditions = []
    if date_from:
        conditions.append(Visit.visit_date >= date_from)
    if date_to:
        conditions.append(Visit.visit_date <= date_to)
    if household_id is not None:
        conditions.append(Visit.household == household_id)
    chosen = Visit.select(Visit.id).where(*conditions) if conditions else Visit.select(Visit.id)
    visits = list(
        Visit.select(Visit.id, Visit.visit_date, Visit.household, Visit.visitor, Visit.kind, Visit.findings)
        .where(Visit.id.in_(chosen)).order_by(Visit.visit_date.desc(), Visit.id.desc()).tuples()
    )
    met: dict[int, list[str]] = {}
    for visit_id, name in (
        VisitResident.select(VisitResident.visit, Resident.name).join(Resident)
        .where(VisitResident.visit.in_(chosen)).tuples()
    ):
        met.setdefault(visit_id, []).append(name)
    needs: dict[int, list[str]] = {}
    for visit_id, text in Need.select(Need.visit, Need.description).where(Need.visit.in_(chosen)).tuples():
        needs.setdefault(visit_id, []).append(text)
    places = {c.household_id: c for c in household_choices(list({v[2] for v in visits}))}
    rows = []
    for visit_id, day, hid, visitor, kind, findings in visits:
        place = places[hid]
        rows.append(VisitRow(visit_id, day, hid, place.address, place.head, place.grid, visitor, kind, findings,
                             tuple(met.get(visit_id, ())), tuple(needs.get(visit_id, ()))))
    return rows


def needs_list(status: str | None = None) -> list[NeedRow]:
    query = Need.select().order_by(Need.raised_date.desc(), Need.id.desc())
    if status:
        query = query.where(Need.status == status)
    needs = list(query)
    places = {c.household_id: c for c in household_choices(list({n.household_id for n in needs if n.household_id}))}
    rows = []
    for n in needs:
        place = places.get(n.household_id)
        rows.append(
            NeedRow(n.id, n.description, n.status, n.handler, n.raised_date, n.resolved_date,
                    place.address if place else "", place.head if place else "", n.household_id, n.version)
        )
    return rows


def _get_need(need_id: int) -> Need:
    need = Need.get_or_none(Need.id == need_id)
    if need is None:
        raise DeskError(f"找不到编号为 {need_id} 的需求。")
    return need


@reports(VISITS)
def correct_need(need_id: int, description: str, seen_version: int | None = None) -> None:
    """Reword a need; ``seen_version`` is the need's version as the clerk saw it listed (db.versions)."""
    _get_need(need_id)
    if not description.strip():
        raise DeskError("需求内容不能为空。")
    with database.atomic():
        versions.reword(Need, need_id, description.strip(), seen_version, "这条需求")


@reports(VISITS)
def remove_need(need_id: int) -> None:
    _get_need(need_id)
    Need.delete().where(Need.id == need_id).execute()


@reports(VISITS)
def update_need(need_id: int, status: str, handler: str = "", today: dt.date | None = None,
                seen_version: int | None = None) -> None:
    """Move a need along: 待办 → 办理中 → 已解决, with who handles it."""
    if status not in NEED_STATUSES:
        raise DeskError(f"需求状态只能是：{'、'.join(NEED_STATUSES)}。")
    if status != NEED_OPEN and not handler.strip():
        raise DeskError("请填写负责办理的人。")
    resolved = (today or dt.date.today()) if status == NEED_RESOLVED else None
    with database.atomic():
        versions.claim(Need, need_id, NeedState(status, handler.strip(), seen_version), "这条需求的办理情况",
                       _need_state, NEED_STATE_LABELS)
        Need.update(status=status, handler=handler.strip(), resolved_date=resolved).where(Need.id == need_id).execute()


@dataclass
class NeedState:
    status: str
    handler: str
    version: int | None = None


NEED_STATE_LABELS = {"status": "状态", "handler": "负责人"}


def _need_state(need_id: int) -> NeedState:
    need = _get_need(need_id)
    return NeedState(need.status, need.handler, need.version)


def visitor_choices() -> list[str]:
    """The office's staff first, then the grid workers, then anyone else who has recorded visits."""
    workers = [w for (w,) in Grid.select(Grid.worker_name).where(Grid.worker_name != "", Grid.retired == 0).tuples()]
    visitors = [v for (v,) in Visit.select(Visit.visitor).distinct().order_by(Visit.visitor).tuples()]
    return list(dict.fromkeys([*staff_names(), *workers, *visitors]))
