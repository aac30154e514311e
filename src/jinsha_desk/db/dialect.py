"""Which engine a database is: the few places where SQLite and PostgreSQL need different SQL ask here."""

from __future__ import annotations

import datetime as dt

from peewee import Database, SqliteDatabase


def is_sqlite(db: Database) -> bool:
    """For a database or the models' proxy to one."""
    return isinstance(getattr(db, "obj", db), SqliteDatabase)


def trigger_names(db: Database) -> set[str]:
    if is_sqlite(db):
        return {name for (name,) in db.execute_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    return {name for (name,) in db.execute_sql("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")}


def placeholder(db: Database) -> str:
    """The parameter marker of raw SQL: ? for SQLite, %s for PostgreSQL."""
    return getattr(db, "obj", db).param


def stored_date(value: dt.date | str) -> dt.date:
    """A date read as a plain value: SQLite hands back its text, PostgreSQL a date."""
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)
