"""Fast bulk inserts that stay portable.

peewee's ``insert_many`` rebuilds SQL for every chunk (8.6 s per 100,000 rows, against 1.5 s for a
plain ``executemany``; bench/README.md). Here peewee writes the INSERT statement once, in
the dialect of whatever database the models are bound to, and the DB-API driver runs it for all rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from peewee import Field, Model


def insert_rows(model: type[Model], fields: Sequence[Field], rows: Iterable[Sequence[object]]) -> None:
    """Insert rows of plain database values (dates as ISO text) into ``model``'s table."""
    given = {field.name: index for index, field in enumerate(fields)}
    sql, params = model.insert({field: None for field in fields}).sql()
    # peewee lists the columns in model order and fills the fields not given with their defaults.
    columns = [f for f in model._meta.sorted_fields if f.name in given or f.default is not None]
    columns = [f for f in columns if not f.primary_key or f.name in given]
    if len(columns) != len(params):
        raise RuntimeError(f"unexpected INSERT layout for {model.__name__}: {sql}")
    layout = [(given.get(f.name), _plain(value)) for f, value in zip(columns, params)]
    cursor = model._meta.database.cursor()
    cursor.executemany(
        sql, ([default if index is None else row[index] for index, default in layout] for row in rows)
    )


def _plain(value: object) -> object:
    if isinstance(value, dt.datetime):
        return value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value
