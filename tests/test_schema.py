import sqlite3

import pytest
import sqlite_utils

from jinsha_desk.db import migrations
from jinsha_desk.db.backup import list_backups
from jinsha_desk.db.connection import open_database
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


def test_a_version_1_roster_opens_in_this_version(db_path, monkeypatch, tmp_path):
    from rosters import messy_workbook

    from jinsha_desk.importing.importer import import_rosters
    from jinsha_desk.models import Resident, Visit

    all_steps, latest = migrations.STEPS, migrations.LATEST_VERSION
    monkeypatch.setattr(migrations, "STEPS", all_steps[:1])
    monkeypatch.setattr(migrations, "LATEST_VERSION", 1)
    database = open_database(db_path)
    import_rosters([messy_workbook(tmp_path / "m.xlsx")])
    database.close()
    monkeypatch.setattr(migrations, "STEPS", all_steps)
    monkeypatch.setattr(migrations, "LATEST_VERSION", latest)
    upgraded = open_database(db_path)
    assert migrations.schema_version(upgraded) == migrations.LATEST_VERSION
    assert Resident.select().count() == 7
    assert Visit.select().count() == 0
    assert len(list_backups(db_path)) == 1  # taken before the upgrade
    upgraded.close()
