"""Bulk inserts write the audit trail's entries in one pass: the same entries, chained the same way,
as the insert trigger writes for a single row; the trigger is back afterwards."""

import pytest
from rosters import messy_workbook

from jinsha_desk.db.audit_chain import audit_problems
from jinsha_desk.db.bulk import insert_rows
from jinsha_desk.importing.importer import import_rosters
from jinsha_desk.models import AuditLog, Resident, Staff

pytestmark = pytest.mark.both_engines  # the core's behaviour on SQLite and on a server


def test_an_import_leaves_one_entry_per_resident_and_an_intact_chain(db, tmp_path):
    Staff.create(name="刘芳")  # one entry written by the trigger itself, before the bulk
    import_rosters([messy_workbook(tmp_path / "m.xlsx")])
    added = {e.row_id for e in AuditLog.select().where(AuditLog.table_name == "resident", AuditLog.action == "新增")}
    assert added == {r.id for r in Resident.select()} and len(added) == 7
    Staff.create(name="陈志强")  # and one after: the trigger is back and continues the chain
    assert AuditLog.select().where(AuditLog.table_name == "staff").count() == 2
    assert audit_problems(db) == []


def test_a_failed_bulk_insert_leaves_trigger_and_trail_as_they_were(db):
    before = AuditLog.select().count()
    with pytest.raises(Exception), db.atomic():
        insert_rows(Staff, [Staff.name], [("王丽萍",), (None,)])  # NOT NULL fails on the second row
    assert AuditLog.select().count() == before and Staff.select().count() == 0
    Staff.create(name="王丽萍")
    assert AuditLog.select().count() == before + 1 and audit_problems(db) == []


def test_generated_rows_can_go_in_without_an_entry_each(db):
    before = AuditLog.select().count()
    insert_rows(Staff, [Staff.name], [("示例一",), ("示例二",)], audit_each=False)
    assert Staff.select().count() == 2 and AuditLog.select().count() == before
    Staff.create(name="刘芳")  # the trigger is back
    assert AuditLog.select().count() == before + 1 and audit_problems(db) == []
