"""Nothing lost, nothing leaked: killed processes, a second instance, the audit trail, roles."""

import datetime as dt
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from rosters import WANG, messy_workbook, simple_rows, simple_workbook

from jinsha_desk import audit, auth
from jinsha_desk.db.backup import backup_database, integrity_problems, list_backups, restore_database
from jinsha_desk.db.connection import DamagedDatabase, apply_role, open_database
from jinsha_desk.db.lock import acquire_instance_lock
from jinsha_desk.demo import seed_demo
from jinsha_desk.errors import DeskError
from jinsha_desk.importing.importer import import_rosters
from jinsha_desk.models import AuditLog, Resident
from jinsha_desk.returns.export import export_return
from jinsha_desk.roster import editing

CHILD = Path(__file__).with_name("kill_child.py")


def kill_midway(mode: str, db_path: Path, extra: str, data_home: Path) -> None:
    env = {**os.environ, "JINSHA_DESK_HOME": str(data_home), "PYTHONPATH": str(CHILD.parent)}
    child = subprocess.Popen([sys.executable, str(CHILD), mode, str(db_path), extra], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, env=env, text=True)
    try:
        assert child.stdout.readline().strip() == "MIDWAY"
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=60)
    assert child.returncode == -signal.SIGKILL


def reopen(db_path):
    assert integrity_problems(db_path) == []
    return open_database(db_path)


def test_import_killed_midway_leaves_nothing(db, db_path, data_home, tmp_path):
    import_rosters([messy_workbook(tmp_path / "m.xlsx")])
    before = Resident.select().count()
    db.close()
    big = simple_workbook(tmp_path / "big.xlsx", simple_rows(900, start=100))
    kill_midway("import", db_path, str(big), data_home)
    reopen(db_path)
    assert Resident.select().count() == before


def test_edit_killed_midway_leaves_the_resident_as_it_was(db, db_path, data_home, tmp_path):
    import_rosters([messy_workbook(tmp_path / "m.xlsx")])
    db.close()
    kill_midway("edit", db_path, WANG, data_home)
    reopen(db_path)
    wang = Resident.get(Resident.id_number == WANG)
    assert wang.phone == "13812345678" and wang.household.unit.building.name == "3栋"


def test_backup_killed_midway_leaves_no_false_backup(db, db_path, data_home):
    seed_demo(3000)
    db.close()
    kill_midway("backup", db_path, "", data_home)
    database = reopen(db_path)
    assert Resident.select().count() == 3000
    assert list_backups(db_path) == []  # the partial copy is not a backup
    assert list((data_home / "backups").glob("*.partial"))
    kept = backup_database(database, db_path)  # the next backup cleans up
    assert list_backups(db_path) == [kept] and not list((data_home / "backups").glob("*.partial"))


def test_a_damaged_database_is_not_opened(db_path, tmp_path):
    database = open_database(db_path)
    seed_demo(300)
    backup = backup_database(database, db_path)
    database.close()
    data = bytearray(db_path.read_bytes())
    data[4096 * 3: 4096 * 3 + 2000] = os.urandom(2000)  # scribble over a page of the roster
    db_path.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    with pytest.raises(DamagedDatabase) as caught:
        open_database(db_path)
    assert "已损坏" in caught.value.message
    restore_database(backup, db_path)
    open_database(db_path)
    assert Resident.select().count() == 300


def test_a_second_instance_is_refused(db_path, data_home):
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys; from jinsha_desk.db.lock import acquire_instance_lock; l = acquire_instance_lock(sys.argv[1]);"
         " print('LOCKED', flush=True); sys.stdin.read()", str(db_path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "LOCKED"
        with pytest.raises(DeskError, match="金沙社区工作台窗口.*使用"):
            acquire_instance_lock(db_path)
    finally:
        holder.kill()
        holder.wait()
    acquire_instance_lock(db_path).release()  # the killed holder's lock went with it


def test_every_change_is_audited_with_old_and_new_values(db, tmp_path):
    auth.create_account("admin", "secret-1", auth.ADMIN)
    auth.login("admin", "secret-1")
    rid = editing.add_resident(editing.ResidentInput(name="周红", id_number=WANG, phone="13800000000",
                                                     building="1", unit="1", room="101"))
    data = editing.resident_input(rid)
    data.phone = "13911112222"
    editing.update_resident(rid, data)
    changes = audit.entries(table="resident")
    update = next(e for e in changes if e.action == "修改" and e.old and e.old["phone"] != e.new["phone"])
    assert update.user == "admin" and update.row_id == rid
    assert "电话：13800000000 → 13911112222" in update.changes()
    assert any(e.action == "新增" and e.row_id == rid for e in changes)
    export_return("roster", tmp_path / "r.xlsx")
    assert audit.entries(table="return")[0].action == audit.EXPORT
    with pytest.raises(Exception, match="不能修改"):
        AuditLog.update(user="someone else").execute()
    with pytest.raises(Exception, match="不能删除"):
        AuditLog.delete().execute()
    assert audit.entries(user="admin", since=dt.date.today())


def test_roles(db, tmp_path):
    with pytest.raises(DeskError, match="第一个账号必须是管理员"):
        auth.create_account("clerk", "secret-1", auth.CLERK)
    auth.create_account("admin", "secret-1", auth.ADMIN)
    auth.login("admin", "secret-1")
    auth.create_account("clerk", "secret-2", auth.CLERK)
    auth.create_account("viewer", "secret-3", auth.VIEWER)
    with pytest.raises(DeskError, match="用户名或密码不对"):
        auth.login("clerk", "wrong")
    assert Resident.select().count() == 0

    auth.login("clerk", "secret-2")
    editing.add_resident(editing.ResidentInput(name="周红", id_number=WANG, building="1", unit="1", room="101"))
    with pytest.raises(DeskError, match="没有权限查看或导出完整身份证号"):
        export_return("roster", tmp_path / "full.xlsx", full_ids=True)
    export_return("roster", tmp_path / "masked.xlsx")
    with pytest.raises(DeskError, match="没有权限管理账号"):
        auth.create_account("another", "secret-4", auth.CLERK)
    with pytest.raises(DeskError, match="没有权限从备份恢复"):
        restore_database(tmp_path / "any.db", tmp_path / "x.db")

    session = auth.login("viewer", "secret-3")
    apply_role(db, session)
    with pytest.raises(Exception, match="readonly"):
        editing.add_resident(editing.ResidentInput(name="李四", id_number="11010519491231002X", room="1"))
    assert Resident.select().count() == 1
    apply_role(db, auth.login("admin", "secret-1"))
    assert [a[:2] for a in auth.accounts()] == [("admin", "管理员"), ("clerk", "工作人员"), ("viewer", "只读")]
    stored = db.execute_sql("SELECT password_hash FROM account WHERE username = 'admin'").fetchone()[0]
    assert "secret" not in stored and len(stored) == 64


def test_an_update_that_changes_nothing_leaves_no_trace(db):
    rid = editing.add_resident(editing.ResidentInput(name="周红", id_number=WANG, building="1", unit="1", room="101"))
    before = AuditLog.select().count()
    Resident.update(name="周红").where(Resident.id == rid).execute()
    assert AuditLog.select().count() == before
