"""Community-wide settings kept in the database (names, later the visit intervals)."""

from __future__ import annotations

from jinsha_desk.changes import SETTINGS, reports
from jinsha_desk.models import Setting


def get_setting(key: str, default: str = "") -> str:
    row = Setting.get_or_none(Setting.key == key)
    return row.value if row else default


@reports(SETTINGS)
def set_setting(key: str, value: str) -> None:
    # An upsert both engines speak; a change is one 修改 in the audit trail.
    Setting.insert(key=key, value=value).on_conflict(conflict_target=[Setting.key],
                                                     update={Setting.value: value}).execute()


def community_name() -> str:
    return get_setting("community_name")
