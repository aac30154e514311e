"""Several clerks, one record: every editable record carries a version that each save bumps. A save
names the version the clerk opened; when someone else has saved since, it is refused with both
versions shown (EditConflict) instead of silently overwriting their change.

The check and the bump are one UPDATE … WHERE version = seen, so two desks saving at the same moment
cannot both pass it: on PostgreSQL the second waits for the first's row lock and then finds the
version moved on; on SQLite writers take turns anyway.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from peewee import Model

from jinsha_desk.errors import DeskError
from jinsha_desk.models import AuditLog


@dataclasses.dataclass(frozen=True)
class FieldDifference:
    field: str
    label: str
    mine: str
    theirs: str


def _shown(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "、".join(str(v) for v in value)
    return str(value)


class EditConflict(DeskError):
    """Someone saved this record after the clerk opened it. ``mine`` is what the clerk is saving,
    ``theirs`` the record as it is now (both the area's input dataclass, ``theirs.version`` current)."""

    def __init__(self, what: str, mine: Any, theirs: Any, labels: Mapping[str, str],
                 by: str = "", at: dt.datetime | None = None) -> None:
        self.what, self.mine, self.theirs, self.by, self.at = what, mine, theirs, by, at
        self.differences = [
            FieldDifference(name, label, _shown(getattr(mine, name)), _shown(getattr(theirs, name)))
            for name, label in labels.items() if getattr(mine, name) != getattr(theirs, name)
        ]
        who = f"“{by}”于 {at:%Y-%m-%d %H:%M} " if by and at else "其他人"
        listed = "；".join(f"{d.label}：我的“{d.mine}”，对方的“{d.theirs}”" for d in self.differences) or "各项内容相同"
        super().__init__(f"{what}在您打开之后已被{who}修改并保存，您的修改没有保存（以免覆盖对方的修改）。{listed}。"
                         "请选择保留哪一方的内容。")

    def merged(self, theirs_fields: set[str]) -> Any:
        """The clerk's choice field by field: the named fields from theirs, the rest mine, saved over
        the current version."""
        return dataclasses.replace(self.mine, version=self.theirs.version,
                                   **{name: getattr(self.theirs, name) for name in theirs_fields})


@dataclasses.dataclass
class Text:
    """The one field a quick correction (a need's or a wish's wording) changes, with its version."""

    text: str
    version: int | None = None


TEXT_LABELS = {"text": "内容"}


def last_change(model: type[Model], record_id: int) -> tuple[str, dt.datetime | None]:
    """Who saved the record last and when, from the audit trail."""
    entry = (AuditLog.select(AuditLog.user, AuditLog.at)
             .where(AuditLog.table_name == model._meta.table_name, AuditLog.row_id == record_id)
             .order_by(AuditLog.id.desc()).first())
    return (entry.user, entry.at) if entry else ("", None)


def claim(model: type[Model], record_id: int, mine: Any, what: str, current: Callable[[int], Any],
          labels: Mapping[str, str]) -> None:
    """Take the record for this save inside its transaction: bump its version, or raise EditConflict
    (``mine`` against ``current(record_id)``, the record as it is now) when it is no longer the version
    the clerk opened. ``mine.version`` None: a save that read the record in the same command."""
    query = model.update(version=model.version + 1).where(model.id == record_id)
    if mine.version is not None:
        query = query.where(model.version == mine.version)
    if query.execute() == 0:
        raise EditConflict(what, mine, current(record_id), labels, *last_change(model, record_id))


def reword(model: type[Model], record_id: int, text: str, seen_version: int | None, what: str) -> None:
    """A quick correction of a record's ``description`` (a need's or a wish's wording), claimed against
    the version the clerk saw; inside the caller's transaction."""
    def current(rid: int) -> Text:
        record = model.get_by_id(rid)
        return Text(record.description, record.version)

    claim(model, record_id, Text(text, seen_version), what, current, TEXT_LABELS)
    model.update(description=text).where(model.id == record_id).execute()


def current_version(model: type[Model], record_id: int) -> int:
    return model.select(model.version).where(model.id == record_id).scalar() or 0
