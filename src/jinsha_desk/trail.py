"""Writing one entry into the audit trail from Python (exports, prints, sign-ins), chained to the entry
before it by the same SQL function the database's triggers use (db.audit_chain)."""

from __future__ import annotations

import datetime as dt
import json

from jinsha_desk.models import AuditLog


def append_entry(user: str, table: str, action: str, content: str, at: dt.datetime | None = None) -> None:
    """``at`` is now unless given (sign-in rules count failures on the clock they are given)."""
    at = (at or dt.datetime.now()).replace(microsecond=0).isoformat(" ")
    values = json.dumps({"内容": content}, ensure_ascii=False)
    AuditLog._meta.database.execute_sql(
        'INSERT INTO "audit_log" ("at", "user", "table_name", "row_id", "action", "old_values", "new_values", "hash") '
        'SELECT ?, ?, ?, NULL, ?, NULL, ?, jinsha_chain((SELECT "hash" FROM "audit_log" ORDER BY "id" DESC LIMIT 1), '
        "?, ?, ?, NULL, ?, NULL, ?)", (at, user, table, action, values, at, user, table, action, values))
