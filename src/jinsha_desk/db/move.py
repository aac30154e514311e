"""Moving a desk up to a server: the whole database file copied into an empty server database in one
transaction, checked table by table (row count and a checksum of every row) before it commits. The
file stays where it was, marked as moved, so nobody keeps writing to it by mistake.

The audit trail moves as it was — same entries, same hash chain — and the copied rows write no new
entries (their insert triggers are set aside for the copy), so the trail still tells the desk's history.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from peewee import Database, Model, sort_models

from jinsha_desk import models
from jinsha_desk.db.audit_chain import audit_problems
from jinsha_desk.db.bulk import inserts_unaudited
from jinsha_desk.db.location import ServerAddress
from jinsha_desk.db.migrations import AUDITED
from jinsha_desk.errors import DeskError

MOVED_TO = "moved_to"  # setting of a desk file: the server it was moved to
_BATCH = 2000


@dataclass(frozen=True)
class TableCheck:
    table: str
    rows: int
    checksum: str


def _rows(model: type[Model]) -> list[tuple]:
    return list(model.select().order_by(*model._meta.get_primary_keys()).tuples())


def table_check(model: type[Model]) -> TableCheck:
    """Rows and a checksum of a table as Python values, the same on either engine."""
    digest, count = hashlib.sha256(), 0
    for row in _rows(model):
        digest.update(repr(row).encode("utf-8"))
        count += 1
    return TableCheck(model._meta.table_name, count, digest.hexdigest())


def moved_to(db: Database) -> str:
    """The server a desk file was moved to ('' when it was not)."""
    with db.bind_ctx([models.Setting]):
        found = models.Setting.get_or_none(models.Setting.key == MOVED_TO)
    return found.value if found else ""


def ensure_not_moved(desk: Database) -> None:
    server = moved_to(desk)
    if server:
        raise DeskError(f"这个数据库文件已经迁移到 {server}，不能再迁移一次。")


def _ensure_empty(server: Database, address: ServerAddress) -> None:
    with server.bind_ctx(models.MODELS):
        filled = [m._meta.table_name for m in models.MODELS if m.select().exists()]
    if filled:
        raise DeskError(f"服务器上的数据库 {address.shown} 已有数据（{'、'.join(filled[:5])} 等），"
                        "只能迁入一个空的数据库。请在服务器上新建一个数据库后再迁移。")


def _copy(model: type[Model], rows: list[tuple]) -> None:
    fields = model._meta.sorted_fields
    for start in range(0, len(rows), _BATCH):
        model.insert_many(rows[start:start + _BATCH], fields).execute()


def _restart_ids(server: Database) -> None:
    """New rows on the server continue after the copied ids."""
    for model in models.MODELS:
        key = model._meta.primary_key
        if key.field_type == "AUTO":
            server.execute_sql(
                f"SELECT setval(pg_get_serial_sequence('\"{model._meta.table_name}\"', '{key.column_name}'), "
                f'COALESCE((SELECT MAX("{key.column_name}") FROM "{model._meta.table_name}"), 0) + 1, false)')


def move_to_server(desk: Database, server: Database, address: ServerAddress,
                   progress: Callable[[str], None] = lambda _: None) -> list[TableCheck]:
    """Copy every table of ``desk`` (a SQLite desk) into ``server`` (an empty server database with the
    schema), verify each table, commit, then mark the desk as moved. Nothing is left half-copied."""
    ensure_not_moved(desk)
    _ensure_empty(server, address)
    ordered = sort_models(models.MODELS)
    checks = []
    with desk.atomic(), server.atomic():  # the desk read as one snapshot, the server written as one transaction
        for model in ordered:
            with desk.bind_ctx([model]):
                rows = _rows(model)
                expected = table_check(model)
            with server.bind_ctx([model]):
                progress(f"正在复制 {model._meta.table_name}（{len(rows)} 行）")
                if model._meta.table_name in AUDITED:
                    with inserts_unaudited(model):
                        _copy(model, rows)
                else:
                    _copy(model, rows)
                copied = table_check(model)
            if copied != expected:
                raise DeskError(f"迁移后核对不一致：{model._meta.table_name} 本机 {expected.rows} 行，"
                                f"服务器 {copied.rows} 行（或内容不同）。服务器上的数据库未作改动。")
            checks.append(copied)
        _restart_ids(server)
        problems = audit_problems(server)
        if problems:
            raise DeskError(f"迁移后审计记录核对不通过：{problems[0]}。服务器上的数据库未作改动。")
    with desk.bind_ctx([models.Setting]), desk.atomic():
        models.Setting.insert(key=MOVED_TO, value=address.shown).on_conflict(
            conflict_target=[models.Setting.key], update={models.Setting.value: address.shown}).execute()
    return checks


def moved_notice(path: Path, server: str) -> str:
    return (f"数据库文件 {path} 已迁移到数据库服务器 {server}，这里只能查看迁移前的数据。"
            f"请改用 --db {server}（或在“设置”中连接服务器）。")
