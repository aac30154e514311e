"""Fast bulk inserts that stay portable.

peewee's ``insert_many`` rebuilds SQL for every chunk (8.6 s per 100,000 rows, against 1.5 s for a
plain ``executemany``; bench/README.md). Here peewee writes the INSERT statement once, in
the dialect of whatever database the models are bound to, and the DB-API driver runs it for all rows.

The audit trail's insert trigger costs three calls back into Python per row (who, the chain's hash
…). For a bulk insert into an audited table the trigger is set aside inside the same transaction and
the very entries it would have written — same time, user, row, action and hash chain — are added in
one pass afterwards; the trigger is back before the transaction commits, and a failure rolls all of it
back together.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import operator
from collections.abc import Iterable, Iterator, Sequence
from contextlib import nullcontext

from peewee import Field, Model

from jinsha_desk import auth
from jinsha_desk.db.audit_chain import chain_rows
from jinsha_desk.db.dialect import is_sqlite

_INSERTED = "新增"


def insert_rows(model: type[Model], fields: Sequence[Field], rows: Iterable[Sequence[object]],
                audit_each: bool = True) -> None:
    """Insert rows of plain database values (dates as ISO text) into ``model``'s table. With
    ``audit_each`` false (generated demo data only) no entry is written per row: the caller records
    one entry saying what it generated."""
    database = model._meta.database
    table = model._meta.table_name
    if not is_sqlite(database):  # PostgreSQL's PL/pgSQL triggers write the entries without calling out
        with database.atomic(), (nullcontext() if audit_each else inserts_unaudited(model)):
            _insert(model, fields, rows)
        return
    with database.atomic(), inserts_unaudited(model) as had_trigger:
        last_id = database.execute_sql(f'SELECT COALESCE(MAX(rowid), 0) FROM "{table}"').fetchone()[0]
        _insert(model, fields, rows)
        if audit_each and had_trigger:
            _audit_inserted(database, table, last_id)


@contextlib.contextmanager
def inserts_unaudited(*models: type[Model]) -> Iterator[bool]:
    """Inside a transaction, set the insert triggers of these tables aside and put them back before it
    ends, whatever happens: for a bulk insert that writes its entries itself, and for generated demo
    data, which records one entry saying what it generated. Yields whether any trigger was there."""
    database = models[0]._meta.database
    if not is_sqlite(database):  # the server's audit function skips the tables named (db.server)
        named = "," + ",".join(model._meta.table_name for model in models) + ","
        database.execute_sql("SELECT set_config('jinsha.unaudited', %s, true)", (named,))
        try:
            yield True
        finally:
            database.execute_sql("SELECT set_config('jinsha.unaudited', '', true)")
        return
    saved = []
    for model in models:
        name = f"audit_{model._meta.table_name}_insert"
        found = database.execute_sql("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                                     (name,)).fetchone()
        if found is not None:
            database.execute_sql(f'DROP TRIGGER "{name}"')
            saved.append(found[0])
    try:
        yield bool(saved)
    finally:
        for sql in saved:
            database.execute_sql(sql)


@contextlib.contextmanager
def indexes_built_after(model: type[Model], adding: int) -> Iterator[None]:
    """Inside a transaction, for an insert of ``adding`` rows into a SQLite table holding fewer: the
    table's indexes set aside and built again once the rows are in, one sort each instead of a B-tree
    insert per row (100,000 residents went in in 0.36 s instead of 0.62–1.3 s, their ID numbers' unique
    index hit at random; building both indexes took 0.1 s). A row the unique index refuses makes the
    rebuild fail, and the transaction with it, as the insert itself would have. Elsewhere nothing is
    changed: a PostgreSQL index dropped in a transaction locks the table against every other desk."""
    database = model._meta.database
    table = model._meta.table_name
    held = database.execute_sql(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0] if is_sqlite(database) else None
    if held is None or adding <= held:
        yield
        return
    indexes = database.execute_sql("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                                   "AND sql IS NOT NULL", (table,)).fetchall()
    for name, _ in indexes:
        database.execute_sql(f'DROP INDEX "{name}"')
    yield
    for _, sql in indexes:
        database.execute_sql(sql)


def _audit_inserted(database, table: str, last_id: int) -> None:
    """The 新增 entries of the rows above ``last_id``, chained as the trigger chains them."""
    at = dt.datetime.now().strftime("%Y-%m-%d %H:%M:%S")
    user = auth.current().username
    previous = database.execute_sql('SELECT "hash" FROM "audit_log" ORDER BY "id" DESC LIMIT 1').fetchone()
    previous = previous[0] if previous else None
    count, last = database.execute_sql(f'SELECT COUNT(*), MAX(rowid) FROM "{table}" WHERE rowid > ?',
                                       (last_id,)).fetchone()
    if not count:
        return
    if last != last_id + count:  # SQLite numbers a transaction's inserts one after another
        raise RuntimeError(f"rows inserted into {table} were not numbered one after another")
    hashes = chain_rows(previous, at, user, table, _INSERTED, range(last_id + 1, last + 1))
    # The hashes as one JSON text that SQLite unpacks itself: half the time of an executemany binding
    # the same six values for each of 100,000 entries.
    database.execute_sql(
        'INSERT INTO "audit_log" ("at", "user", "table_name", "row_id", "action", "old_values", "new_values", "hash") '
        "SELECT ?, ?, ?, ? + \"key\", ?, NULL, NULL, \"value\" FROM json_each(?)",
        (at, user, table, last_id + 1, _INSERTED, json.dumps(list(hashes))))


def _insert(model: type[Model], fields: Sequence[Field], rows: Iterable[Sequence[object]]) -> None:
    given = {field.name: index for index, field in enumerate(fields)}
    sql, params = model.insert({field: None for field in fields}).sql()
    # peewee lists the columns in model order and fills the fields not given with their defaults.
    columns = [f for f in model._meta.sorted_fields if f.name in given or f.default is not None]
    columns = [f for f in columns if not f.primary_key or f.name in given]
    if len(columns) != len(params):
        raise RuntimeError(f"unexpected INSERT layout for {model.__name__}: {sql}")
    # Each row's values in the statement's order, the defaults appended after the row's own: one
    # itemgetter call per row rather than a Python loop over its columns.
    defaults = [_plain(value) for f, value in zip(columns, params) if f.name not in given]
    default_places = iter(range(len(fields), len(fields) + len(defaults)))
    places = [given[f.name] if f.name in given else next(default_places) for f in columns]
    if not defaults and places == list(range(len(fields))):  # given in the statement's order, all of them
        model._meta.database.cursor().executemany(sql, rows)
        return
    pick = operator.itemgetter(*places) if len(places) > 1 else lambda row: (row[places[0]],)
    model._meta.database.cursor().executemany(sql, (pick((*row, *defaults)) for row in rows))


def _plain(value: object) -> object:
    if isinstance(value, dt.datetime):
        return value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value
