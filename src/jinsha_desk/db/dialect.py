"""Which engine a database is: the few places where SQLite and PostgreSQL need different SQL ask here."""

from __future__ import annotations

from peewee import Database, SqliteDatabase


def is_sqlite(db: Database) -> bool:
    """For a database or the models' proxy to one."""
    return isinstance(getattr(db, "obj", db), SqliteDatabase)


def trigger_names(db: Database) -> set[str]:
    if is_sqlite(db):
        return {name for (name,) in db.execute_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    return {name for (name,) in db.execute_sql("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")}
