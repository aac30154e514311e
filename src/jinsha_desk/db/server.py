"""A community's database on a PostgreSQL server, for an office whose clerks work at several PCs.

The same models and queries as the desk's SQLite file (peewee's PostgresqlDatabase, psycopg 3). What
SQLite did with functions registered from Python, the server does natively: the audit trail is written
by PL/pgSQL triggers with the same hash chain (jinsha_chain, the formula of db.audit_chain) and the
signed-in user passed on each connection (jinsha.user); entries are appended one transaction at a time
(an advisory lock), so concurrent desks never fork the chain.
"""

from __future__ import annotations

import threading

from peewee import InterfaceError, OperationalError, PostgresqlDatabase
from playhouse.shortcuts import ReconnectMixin

from jinsha_desk import auth, models
from jinsha_desk.db import migrations
from jinsha_desk.db.communities import is_street_connection, viewer_role_name
from jinsha_desk.db.location import INSTALL_HINT, ServerAddress
from jinsha_desk.errors import DeskError

_CHAIN_LOCK = 7_2026_1124  # the advisory lock every audit entry takes: one writer of the chain at a time

FUNCTIONS = r"""
CREATE OR REPLACE FUNCTION jinsha_user() RETURNS text LANGUAGE sql STABLE AS
$$ SELECT coalesce(current_setting('jinsha.user', true), '') $$;

CREATE OR REPLACE FUNCTION jinsha_chain(VARIADIC parts text[]) RETURNS text LANGUAGE sql IMMUTABLE AS
$$ SELECT encode(sha256(convert_to(array_to_string(
       ARRAY(SELECT coalesce(p, '') FROM unnest(parts) WITH ORDINALITY AS t(p, n) ORDER BY n), E'\x1f'),
       'UTF8')), 'hex') $$;

CREATE OR REPLACE FUNCTION jinsha_audit() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    at_text text := to_char(localtimestamp(0), 'YYYY-MM-DD HH24:MI:SS');
    who text := jinsha_user();
    row_key bigint;
    action text;
    old_v text;
    new_v text;
    previous text;
BEGIN
    -- A bulk insert that writes its own entry (db.bulk.inserts_unaudited) names its tables for its
    -- transaction only: no ALTER TABLE, so no table lock that would stop other desks saving meanwhile.
    IF TG_OP = 'INSERT' AND position(',' || TG_TABLE_NAME || ',' IN
            coalesce(current_setting('jinsha.unaudited', true), '')) > 0 THEN
        RETURN NULL;
    END IF;
    PERFORM pg_advisory_xact_lock(%(lock)s);
    IF TG_OP = 'INSERT' THEN
        row_key := (to_jsonb(NEW) ->> 'id')::bigint;
        action := '新增';
    ELSIF TG_OP = 'UPDATE' THEN
        row_key := (to_jsonb(NEW) ->> 'id')::bigint;
        action := '修改';
        old_v := (SELECT json_object_agg(k, to_json(OLD) -> k ORDER BY n) FROM unnest(TG_ARGV) WITH ORDINALITY AS t(k, n))::text;
        new_v := (SELECT json_object_agg(k, to_json(NEW) -> k ORDER BY n) FROM unnest(TG_ARGV) WITH ORDINALITY AS t(k, n))::text;
    ELSE
        row_key := (to_jsonb(OLD) ->> 'id')::bigint;
        action := '删除';
        old_v := (SELECT json_object_agg(k, to_json(OLD) -> k ORDER BY n) FROM unnest(TG_ARGV) WITH ORDINALITY AS t(k, n))::text;
    END IF;
    SELECT "hash" INTO previous FROM "audit_log" ORDER BY "id" DESC LIMIT 1;
    INSERT INTO "audit_log" ("at", "user", "table_name", "row_id", "action", "old_values", "new_values", "hash")
    VALUES (at_text::timestamp, who, TG_TABLE_NAME, row_key, action, old_v, new_v,
            jinsha_chain(previous, at_text, who, TG_TABLE_NAME, row_key::text, action, old_v, new_v));
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION jinsha_audit_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '审计记录不能修改或删除';
END $$;
""".replace("%(lock)s", str(_CHAIN_LOCK))


def audit_triggers() -> list[str]:
    """The audit triggers of every audited table, and the audit log's refusal of edits."""
    statements = [
        f'CREATE TRIGGER "audit_log_no_{action.lower()}" BEFORE {action} ON "audit_log" '
        "FOR EACH ROW EXECUTE FUNCTION jinsha_audit_refuse()"
        for action in ("UPDATE", "DELETE")
    ]
    for table, columns in migrations.AUDITED.items():
        names = ", ".join(f"'{c}'" for c in columns)
        changed = " OR ".join(f'OLD."{c}" IS DISTINCT FROM NEW."{c}"' for c in columns)
        statements += [
            f'CREATE TRIGGER "audit_{table}_insert" AFTER INSERT ON "{table}" '
            f"FOR EACH ROW EXECUTE FUNCTION jinsha_audit({names})",
            f'CREATE TRIGGER "audit_{table}_update" AFTER UPDATE ON "{table}" FOR EACH ROW WHEN ({changed}) '
            f"EXECUTE FUNCTION jinsha_audit({names})",
            f'CREATE TRIGGER "audit_{table}_delete" AFTER DELETE ON "{table}" '
            f"FOR EACH ROW EXECUTE FUNCTION jinsha_audit({names})",
        ]
    return statements


_WHERE_AM_I = "SELECT current_database(), current_schema()"


def viewer_role(db: PostgresqlDatabase) -> str:
    """The SELECT-only role of this database's community tables."""
    return viewer_role_name(*db.execute_sql(_WHERE_AM_I).fetchone())


class _TellsTheUser(PostgresqlDatabase):
    """A connection per thread, as with SQLite; each tells the triggers who is signed in at this desk,
    again whenever that changes (the window opens the database before the clerk signs in), and a
    read-only account's connections act as the SELECT-only viewer role (db.connection.apply_role)."""

    def __init__(self, address: ServerAddress) -> None:
        super().__init__(address.url, prefer_psycopg3=True)
        self.address = address
        self.viewer = False
        self._told = threading.local()

    def look_only(self, viewer: bool) -> None:
        """From now on every connection of this desk reads only (or writes again)."""
        self.viewer = viewer
        self._told = threading.local()

    def execute_sql(self, sql, params=None, *args, **kwargs):
        told = (auth.current().username, self.viewer)
        if getattr(self._told, "what", None) != told or getattr(self._told, "conn", None) is not self._state.conn:
            conn = self.connection()
            with conn.cursor() as cursor:
                cursor.execute("SELECT set_config('jinsha.user', %s, false)", (told[0],))
                cursor.execute("RESET ROLE")
                if self.viewer:
                    cursor.execute(_WHERE_AM_I)
                    role = viewer_role_name(*cursor.fetchone())
                    cursor.execute("SELECT pg_has_role(%s, 'MEMBER') FROM pg_roles WHERE rolname = %s", (role, role))
                    member = cursor.fetchone()
                    if member and member[0]:
                        cursor.execute(f'SET ROLE "{role}"')
                mode = "READ ONLY" if self.viewer else "READ WRITE"
                cursor.execute(f"SET SESSION CHARACTERISTICS AS TRANSACTION {mode}")
            self._told.what, self._told.conn = told, conn
        return super().execute_sql(sql, params, *args, **kwargs)


class ServerDatabase(ReconnectMixin, _TellsTheUser):
    """A server restarted, or a network that dropped for a moment: the next statement outside a
    transaction (or a transaction's BEGIN) connects again and carries on. Within a transaction the
    failure is raised and the transaction is lost whole — never half-written, never silently redone."""

    reconnect_errors = (
        (OperationalError, "terminating connection"),
        (OperationalError, "the connection is closed"),
        (OperationalError, "server closed the connection"),
        (OperationalError, "consuming input failed"),
        (OperationalError, "connection is lost"),
        (InterfaceError, "connection already closed"),
        (InterfaceError, "the connection is closed"),
    )


class ServerUnreachable(DeskError):
    """The desk's server does not answer; the desk never falls back to another database."""


def open_failure(address: ServerAddress, exc: Exception) -> ServerUnreachable:
    """The server could not be reached: which server, and the driver's reason."""
    reason = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
    return ServerUnreachable(f"无法连接数据库服务器 {address.shown}：{reason}。请检查服务器是否开着、网络是否通、"
                     "用户名和密码是否正确；本机输入的内容没有丢失，可以稍后再试。")


def _driver() -> None:
    try:
        import psycopg  # noqa: F401
    except ImportError:
        raise DeskError(f"连接数据库服务器需要 PostgreSQL 驱动（psycopg），本机还没有安装。请运行：{INSTALL_HINT}") from None


def schema_version(db: PostgresqlDatabase) -> int:
    if not db.table_exists("jinsha_schema"):
        return 0
    return db.execute_sql('SELECT "version" FROM "jinsha_schema"').fetchone()[0]


def create_schema(db: PostgresqlDatabase) -> None:
    """An empty server database gets the latest schema at once (tables from the models, the audit
    functions and triggers), in one transaction."""
    with db.atomic():
        db.create_tables(models.MODELS)
        db.execute_sql(FUNCTIONS)
        for statement in audit_triggers():
            db.execute_sql(statement)
        db.execute_sql('CREATE TABLE "jinsha_schema" ("version" INTEGER NOT NULL)')
        db.execute_sql('INSERT INTO "jinsha_schema" ("version") VALUES (%s)', (migrations.LATEST_VERSION,))
        _grant_viewer(db)


def _grant_viewer(db: PostgresqlDatabase) -> None:
    """Read-only accounts read through a role that may only SELECT. The role is made here when this
    account may make roles (an office's own server); a street database makes it with the community."""
    role = viewer_role(db)
    if not db.execute_sql("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone():
        if not db.execute_sql("SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user").fetchone()[0]:
            return
        db.execute_sql(f'CREATE ROLE "{role}" NOLOGIN')
        db.execute_sql(f'GRANT "{role}" TO CURRENT_USER')
    schema = db.execute_sql("SELECT current_schema()").fetchone()[0]
    db.execute_sql(f'GRANT USAGE ON SCHEMA "{schema}" TO "{role}"')
    db.execute_sql(f'GRANT SELECT ON ALL TABLES IN SCHEMA "{schema}" TO "{role}"')


def upgrade_server(db: PostgresqlDatabase) -> int:
    """Bring an older server database to the latest version, each step in its own transaction with
    its version; returns the version it had."""
    start = schema_version(db)
    for version in range(start, migrations.LATEST_VERSION):
        with db.atomic():
            migrations.SERVER_STEPS[version](db)
            db.execute_sql('UPDATE "jinsha_schema" SET "version" = %s', (version + 1,))
    if start < migrations.LATEST_VERSION:
        db.execute_sql(FUNCTIONS)  # the audit functions as this version of the app writes them
    return start


def open_server(address: ServerAddress, set_up: bool = True) -> ServerDatabase:
    """Connect to the server and bind the models to it; an empty database is set up first (unless
    ``set_up`` is False: a street database's owner adding communities). Says at once, naming the
    server, when it cannot be reached — never falls back to another database. On a street database
    the street office's connection has no community tables of its own (db.communities)."""
    _driver()
    db = ServerDatabase(address)
    try:
        db.connect()
    except OperationalError as exc:  # peewee's, wrapping psycopg's
        raise open_failure(address, exc) from None
    models.database.initialize(db)
    version = schema_version(db)
    if version == 0 and (not set_up or is_street_connection(db)):
        return db
    if version == 0 and not db.get_tables():
        create_schema(db)
    elif min(migrations.SERVER_STEPS) <= version < migrations.LATEST_VERSION:
        upgrade_server(db)
    elif version != migrations.LATEST_VERSION:
        db.close()
        newer = version > migrations.LATEST_VERSION
        raise DeskError(f"服务器上的数据库 {address.shown} 的结构版本是 {version}，本程序是 {migrations.LATEST_VERSION}。"
                        + ("请先升级本机程序。" if newer else "请用新版程序升级服务器上的数据库。"))
    return db
