"""The audit trail's hash chain: each entry's hash covers the entry before it, so that an entry changed
or deleted with another tool, or an audit trigger dropped, is found by `audit verify` and at start."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator

from peewee import Database

from jinsha_desk.db.dialect import trigger_names
from jinsha_desk.db.migrations import _ACTIONS, AUDITED

_SEPARATOR = "\x1f"


def chain(previous: str | None, *values: object) -> str:
    """jinsha_chain(): the hash of the previous entry's hash and this entry's values."""
    text = _SEPARATOR.join("" if v is None else str(v) for v in (previous or "", *values))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def chain_rows(previous: str | None, at: str, user: str, table: str, action: str, row_ids: Iterable[int],
               ) -> Iterator[str]:
    """chain() for a run of entries alike but for their row and with no old or new values (a bulk
    insert's 新增 entries), with the common part of the text joined once."""
    middle = f"{_SEPARATOR}{at}{_SEPARATOR}{user}{_SEPARATOR}{table}{_SEPARATOR}"
    end = f"{_SEPARATOR}{action}{_SEPARATOR}{_SEPARATOR}"
    for row_id in row_ids:
        previous = hashlib.sha256(f"{previous or ''}{middle}{row_id}{end}".encode()).hexdigest()
        yield previous


def register(db: Database) -> None:
    db.register_function(chain, "jinsha_chain", -1)


def audit_problems(db: Database) -> list[str]:
    """What is wrong with the trail (Chinese, for administrators); empty when it is intact."""
    problems = []
    triggers = trigger_names(db)
    expected = {f"audit_{table}_{action}" for table in AUDITED for action in _ACTIONS}
    expected |= {"audit_log_no_update", "audit_log_no_delete"}
    missing = sorted(expected - triggers)
    if missing:
        problems.append(f"审计触发器被删除：{'、'.join(missing)}（此后的修改可能没有记录）")
    previous, last_id = None, None
    # "user" quoted: unquoted, PostgreSQL reads it as the connection's role, not the column.
    rows = db.execute_sql('SELECT "id", "at", "user", "table_name", "row_id", "action", "old_values", '
                          '"new_values", "hash" FROM "audit_log" WHERE "hash" != \'\' ORDER BY "id"')
    for entry_id, at, user, table, row_id, action, old, new, stored in rows:
        if last_id is not None and entry_id != last_id + 1:
            problems.append(f"审计记录第 {last_id + 1} 至 {entry_id - 1} 条被删除")
        if stored != chain(previous, at, user, table, row_id, action, old, new):
            problems.append(f"审计记录第 {entry_id} 条被改动过（或它之前的记录被删除）")
            if len(problems) > 20:
                break
        previous, last_id = stored, entry_id
    return problems
