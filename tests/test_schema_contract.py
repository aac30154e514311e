"""The schema the migrations build and the one the models describe agree column by column, and the
audit triggers cover every column that is not explicitly left out."""

import sqlite3

import pytest
import sqlite_utils
from peewee import SqliteDatabase

from jinsha_desk.db import migrations
from jinsha_desk.models import MODELS, database


def _describe(path) -> dict[str, dict[str, object]]:
    """Table → columns (type, NOT NULL, default, primary key), indexes and foreign keys."""
    db = sqlite_utils.Database(str(path))
    found = {}
    for table in db.tables:
        if table.name.startswith("sqlite_"):
            continue
        found[table.name] = {
            "columns": {c.name: (c.type.upper(), bool(c.notnull), c.default_value, c.is_pk) for c in table.columns},
            "indexes": {(tuple(i.columns), bool(i.unique)) for i in table.indexes if not i.name.startswith("sqlite_")},
            "foreign_keys": {
                (row[3], row[2], row[4], row[6])  # column, table, column there, on delete
                for row in db.execute(f'PRAGMA foreign_key_list("{table.name}")').fetchall()
            },
        }
    return found


@pytest.fixture
def model_built(tmp_path):
    path = tmp_path / "from-models.db"
    built = SqliteDatabase(str(path))
    database.initialize(built)
    built.create_tables(MODELS)
    built.close()
    return path


def test_migrations_and_models_build_the_same_schema(db, db_path, model_built):
    migrated, modelled = _describe(db_path), _describe(model_built)
    assert set(migrated) == set(modelled)
    for table in migrated:
        for part in ("columns", "indexes", "foreign_keys"):
            assert migrated[table][part] == modelled[table][part], f"{table}: {part}"


def test_the_contract_notices_a_difference(db, db_path, model_built):
    """The comparison itself: a default the models do not know is caught."""
    conn = sqlite3.connect(model_built)
    conn.execute("ALTER TABLE grid ADD COLUMN extra TEXT NOT NULL DEFAULT 'x'")
    conn.commit()
    conn.close()
    assert _describe(db_path)["grid"]["columns"] != _describe(model_built)["grid"]["columns"]


def _trigger_sql(db, name: str) -> str:
    row = db.execute_sql("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (name,)).fetchone()
    return row[0] if row else ""


def test_every_column_is_audited_or_explicitly_left_out(db, db_path):
    tables = _describe(db_path)
    unaudited = []
    for table, shape in tables.items():
        if table in migrations.AUDIT_EXCLUDED_TABLES:
            continue
        for action in ("insert", "update", "delete"):
            assert _trigger_sql(db, f"audit_{table}_{action}"), f"{table} has no {action} audit trigger"
        update = _trigger_sql(db, f"audit_{table}_update")
        for column in shape["columns"]:
            if column not in migrations.AUDIT_EXCLUDED_COLUMNS and f"'{column}', new.\"{column}\"" not in update:
                unaudited.append(f"{table}.{column}")
    assert not unaudited, f"columns neither audited nor excluded: {unaudited}"


def test_the_audit_check_notices_a_new_column(db, db_path):
    db.execute_sql("ALTER TABLE visit ADD COLUMN mood TEXT NOT NULL DEFAULT ''")
    with pytest.raises(AssertionError, match="visit.mood"):
        test_every_column_is_audited_or_explicitly_left_out(db, db_path)


def test_every_audited_column_has_a_chinese_name(db, db_path):
    from jinsha_desk.audit import COLUMN_NAMES, TABLE_NAMES

    tables = _describe(db_path)
    missing = [f"{table}.{column}" for table, shape in tables.items()
               if table not in migrations.AUDIT_EXCLUDED_TABLES
               for column in shape["columns"] if column not in migrations.AUDIT_EXCLUDED_COLUMNS
               and column not in COLUMN_NAMES]
    assert not missing, f"the trail would show these in English: {missing}"
    assert set(tables) - set(migrations.AUDIT_EXCLUDED_TABLES) <= set(TABLE_NAMES)
