"""Writing one entry into the audit trail from Python (exports, prints, sign-ins), chained to the entry
before it by the same SQL function the database's triggers use (db.audit_chain)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from contextlib import contextmanager

from peewee import SqliteDatabase

from jinsha_desk.models import AuditLog


@contextmanager
def recording() -> Iterator[None]:
    """Let a read-only connection (a viewer's) write what it must record of itself: the trail and the
    export log. Everything else stays refused by SQLite."""
    db = AuditLog._meta.database
    if not isinstance(getattr(db, "obj", db), SqliteDatabase):  # a server account's rights are the server's
        yield
        return
    locked = db.execute_sql("PRAGMA query_only").fetchone()[0]
    if locked:
        db.execute_sql("PRAGMA query_only = 0")
    try:
        yield
    finally:
        if locked:
            db.execute_sql("PRAGMA query_only = 1")


def append_entry(user: str, table: str, action: str, content: str, at: dt.datetime | None = None) -> None:
    """``at`` is now unless given (sign-in rules count failures on the clock they are given)."""
    at = (at or dt.datetime.now()).replace(microsecond=0).isoformat(" ")
    values = json.dumps({"内容": content}, ensure_ascii=False)
    db = AuditLog._meta.database
    p = getattr(db, "obj", db).param  # ? for SQLite, %s for PostgreSQL
    with recording():
        db.execute_sql(
            'INSERT INTO "audit_log" ("at", "user", "table_name", "row_id", "action", "old_values", "new_values", '
            f'"hash") SELECT {p}, {p}, {p}, NULL, {p}, NULL, {p}, jinsha_chain((SELECT "hash" FROM "audit_log" '
            f'ORDER BY "id" DESC LIMIT 1), {p}, {p}, {p}, NULL, {p}, NULL, {p})',
            (at, user, table, action, values, at, user, table, action, values))
