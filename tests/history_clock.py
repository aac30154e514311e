"""Making the audit trail say that what a test just did happened on an earlier day.

The triggers stamp entries with SQLite's clock, which a test cannot set. A test that needs a history
spread over months does each step inside ``happened_on(day)``: afterwards the step's entries (and the
rows it created) are dated that day and the hash chain is recomputed, so the trail is as intact as if
the clerk had worked on those days."""

from __future__ import annotations

import contextlib
import datetime as dt

from jinsha_desk.db.audit_chain import chain
from jinsha_desk.db.dialect import is_sqlite
from jinsha_desk.models import AuditLog, Household, Resident, database


@contextlib.contextmanager
def happened_on(day: dt.date, hour: int = 10):
    before = AuditLog.select(AuditLog.id).order_by(AuditLog.id.desc()).scalar() or 0
    started = dt.datetime.now() - dt.timedelta(seconds=5)
    yield
    at = dt.datetime.combine(day, dt.time(hour)).strftime("%Y-%m-%d %H:%M:%S")
    p = database.obj.param
    with database.atomic(), _audit_log_editable():
        database.execute_sql(f'UPDATE "audit_log" SET "at" = {p} WHERE "id" > {p}', (at, before))
        previous = database.execute_sql(
            f'SELECT "hash" FROM "audit_log" WHERE "id" <= {p} ORDER BY "id" DESC LIMIT 1', (before,)).fetchone()
        previous = previous[0] if previous else None
        rows = database.execute_sql('SELECT "id", "at", "user", "table_name", "row_id", "action", "old_values", '
                                    f'"new_values" FROM "audit_log" WHERE "id" > {p} ORDER BY "id"', (before,)).fetchall()
        for entry_id, *values in rows:
            previous = chain(previous, *values)
            database.execute_sql(f'UPDATE "audit_log" SET "hash" = {p} WHERE "id" = {p}', (previous, entry_id))
        for model in (Resident, Household):
            model.update(created_at=at).where(model.created_at >= started).execute()


@contextlib.contextmanager
def _audit_log_editable():
    """The audit log's refusal of edits set aside for the test's own entries, on either engine."""
    if is_sqlite(database):
        trigger = database.execute_sql(
            "SELECT sql FROM sqlite_master WHERE name = 'audit_log_no_update'").fetchone()[0]
        database.execute_sql('DROP TRIGGER "audit_log_no_update"')
        yield
        database.execute_sql(trigger)
    else:
        database.execute_sql('ALTER TABLE "audit_log" DISABLE TRIGGER "audit_log_no_update"')
        yield
        database.execute_sql('ALTER TABLE "audit_log" ENABLE TRIGGER "audit_log_no_update"')
