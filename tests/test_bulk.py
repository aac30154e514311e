"""Bulk inserts write the audit trail's entries in one pass: the same entries, chained the same way,
as the insert trigger writes for a single row; the trigger is back afterwards."""

import pytest
from rosters import messy_workbook

from jinsha_desk.db.audit_chain import audit_problems
from jinsha_desk.db.bulk import indexes_built_after, insert_rows
from jinsha_desk.db.dialect import is_sqlite
from jinsha_desk.importing.importer import import_rosters
from jinsha_desk.models import AuditLog, Grid, Resident, Staff

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



def _indexes(db, table):
    if is_sqlite(db):
        query = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ?"
    else:
        query = "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename = %s"
    return sorted(db.execute_sql(query, (table,)).fetchall())


def test_indexes_set_aside_for_a_large_insert_come_back_and_still_refuse_duplicates(db):
    before = _indexes(db, "grid")
    assert any("UNIQUE" in (sql or "") for _, sql in before)  # a grid's name is unique
    with db.atomic(), indexes_built_after(Grid, adding=3):
        # On SQLite only SQLite's own are left; a server's stay (dropping one would lock the other desks out).
        inside = _indexes(db, "grid")
        assert inside == ([i for i in before if i[1] is None] if is_sqlite(db) else before)
        insert_rows(Grid, [Grid.name], [("第一网格",), ("第二网格",), ("第三网格",)])
    assert _indexes(db, "grid") == before
    with pytest.raises(Exception) as refused, db.atomic(), indexes_built_after(Grid, adding=10):
        insert_rows(Grid, [Grid.name], [("第四网格",), ("第一网格",)])  # a name already there
    # The rebuilt index refuses it on SQLite (peewee's error), the kept one on a server (the driver's).
    assert "IntegrityError" in {c.__name__ for c in type(refused.value).__mro__}
    assert _indexes(db, "grid") == before and Grid.select().count() == 3


def test_indexes_stay_for_an_insert_smaller_than_the_table(db):
    insert_rows(Grid, [Grid.name], [(f"第{i}网格",) for i in range(5)])
    before = _indexes(db, "grid")
    with db.atomic(), indexes_built_after(Grid, adding=2):
        assert _indexes(db, "grid") == before
