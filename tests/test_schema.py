import sqlite3

import pytest
import sqlite_utils
from ids import make_id

from jinsha_desk.cli import main
from jinsha_desk.db import migrations
from jinsha_desk.db.backup import list_backups
from jinsha_desk.db.connection import open_database
from jinsha_desk.db.lock import acquire_instance_lock
from jinsha_desk.errors import DeskError
from jinsha_desk.models import MODELS


def test_new_database_is_at_the_latest_version_with_pragmas(db, db_path):
    assert migrations.schema_version(db) == migrations.LATEST_VERSION
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1


def test_models_match_the_migrated_schema(db, db_path):
    inspected = sqlite_utils.Database(str(db_path))
    for model in MODELS:
        table = inspected[model._meta.table_name]
        assert table.exists(), model.__name__
        columns = {c.name for c in table.columns}
        assert columns == {f.column_name for f in model._meta.sorted_fields}, model.__name__


def test_old_database_is_upgraded_after_a_backup(db_path, data_home, monkeypatch):
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE scratch (x)")
    conn.commit()
    conn.close()  # a file at version 0 with data in it
    steps = list(migrations.STEPS)
    monkeypatch.setattr(migrations, "STEPS", steps)
    monkeypatch.setattr(migrations, "LATEST_VERSION", len(steps))
    database = open_database(db_path)
    assert migrations.schema_version(database) == migrations.LATEST_VERSION
    database.close()
    backups = list_backups(db_path)
    assert len(backups) == 1 and "upgrade-v0" in backups[0].name


def test_failed_upgrade_keeps_the_old_version(db_path, monkeypatch):
    database = open_database(db_path)
    database.close()
    version_before = migrations.LATEST_VERSION

    def broken(db):
        db.execute_sql('CREATE TABLE "half_done" ("x" INTEGER)')
        raise RuntimeError("upgrade failed")

    monkeypatch.setattr(migrations, "STEPS", [*migrations.STEPS, broken])
    monkeypatch.setattr(migrations, "LATEST_VERSION", len(migrations.STEPS))
    with pytest.raises(RuntimeError):
        open_database(db_path)
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == version_before
    assert not conn.execute("SELECT name FROM sqlite_master WHERE name='half_done'").fetchall()
    conn.close()


def test_database_from_a_newer_app_is_refused(db_path):
    database = open_database(db_path)
    database.execute_sql(f"PRAGMA user_version = {migrations.LATEST_VERSION + 1}")
    database.close()
    with pytest.raises(DeskError) as caught:
        open_database(db_path)
    assert "更新版本" in caught.value.message


def _write_version_1_roster(path, count: int) -> None:
    """A roster as the version 1 app wrote it, in that version's own tables (literal SQL, as the
    migrations name them: today's models no longer fit a version 1 file)."""
    conn = sqlite3.connect(path)
    for statement in migrations.statements(migrations.V1_ROSTER):
        conn.execute(statement)
    conn.execute("INSERT INTO grid (id, name) VALUES (1, '第一网格')")
    conn.execute("INSERT INTO building (id, name, grid_id) VALUES (1, '3栋', 1)")
    conn.execute("INSERT INTO unit (id, building_id, name) VALUES (1, 1, '2单元')")
    conn.execute("INSERT INTO household (id, unit_id, room, created_at) VALUES (1, 1, '301', '2026-01-05 09:00:00')")
    for n in range(count):
        conn.execute(
            "INSERT INTO resident (household_id, name, id_number, gender, birth_date, created_at, updated_at) "
            "VALUES (1, ?, ?, '男', '1960-05-12', '2026-01-05 09:00:00', '2026-01-05 09:00:00')",
            (f"居民{n}", make_id(born="19600512", order=100 + n)))
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()


def test_a_version_1_roster_opens_in_this_version(db_path):
    from jinsha_desk.models import Resident, Visit

    _write_version_1_roster(db_path, 7)
    upgraded = open_database(db_path)
    assert migrations.schema_version(upgraded) == migrations.LATEST_VERSION
    assert Resident.select().count() == 7
    assert Visit.select().count() == 0
    assert len(list_backups(db_path)) == 1  # taken before the upgrade
    upgraded.close()


def _one_more_step(monkeypatch) -> None:
    """Stand in for the next version of the app: one migration more than this one has."""
    steps = [*migrations.STEPS, lambda db: db.execute_sql('CREATE TABLE "next_version" ("x" INTEGER)')]
    monkeypatch.setattr(migrations, "STEPS", steps)
    monkeypatch.setattr(migrations, "LATEST_VERSION", len(steps))


def test_the_installers_upgrade_backs_up_then_upgrades(db_path, monkeypatch, capsys):
    open_database(db_path).close()
    old = migrations.LATEST_VERSION
    _one_more_step(monkeypatch)
    assert main(["--db", str(db_path), "upgrade"]) == 0
    said = capsys.readouterr().out
    backups = list_backups(db_path)
    assert len(backups) == 1 and f"upgrade-v{old}" in backups[0].name and str(backups[0]) in said
    conn = sqlite3.connect(backups[0])
    assert conn.execute("PRAGMA user_version").fetchone()[0] == old  # the backup is the file as it was
    conn.close()
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == old + 1
    conn.close()
    assert main(["--db", str(db_path), "upgrade"]) == 0
    assert "无需升级" in capsys.readouterr().out and len(list_backups(db_path)) == 1


def test_the_installers_upgrade_leaves_a_missing_or_open_database(db_path, monkeypatch, capsys):
    assert main(["--db", str(db_path), "upgrade"]) == 0
    assert "还没有数据库" in capsys.readouterr().out and not db_path.exists()
    open_database(db_path).close()
    _one_more_step(monkeypatch)
    window = acquire_instance_lock(db_path)  # the app is still open on this PC
    try:
        assert main(["--db", str(db_path), "upgrade"]) == 1
    finally:
        window.release()
    assert "正由" in capsys.readouterr().err and not list_backups(db_path)
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST_VERSION - 1
    conn.close()


def test_the_installers_upgrade_reads_a_plain_file_while_a_passphrase_is_set(db_path, monkeypatch, capsys):
    """A script's passphrase variable, left set for an encrypted office database, is no key to a plain file."""
    from jinsha_desk.cli.database import PASSPHRASE_ENV

    open_database(db_path).close()
    _one_more_step(monkeypatch)
    monkeypatch.setenv(PASSPHRASE_ENV, "some-passphrase")
    assert main(["--db", str(db_path), "upgrade"]) == 0, capsys.readouterr().err
    assert "升级到" in capsys.readouterr().out
