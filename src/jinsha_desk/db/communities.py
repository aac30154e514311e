"""A street office's server database: several communities side by side, each seeing only its own.

Each community has its own schema (namespace) in the one database, owned by the community's login role
and first on that role's search_path: its tables, unique names (楼栋 "1栋" exists in every community),
settings and audit chain are its own, unchanged from a desk of its own, and the server refuses any
other community's role — there is no query, by the app or any other tool, that reaches another
community's rows. The street-office role reads every community's schema and writes none.

Row-level security with a community column in every table was weighed and not taken: every unique
index, primary key of the settings and conflict target would have to carry the column, and the audit
chain would interleave communities so that no community could check its own trail.
"""

from __future__ import annotations

import re

from peewee import Database

from jinsha_desk.db.location import ServerAddress
from jinsha_desk.errors import DeskError

REGISTRY = '"public"."jinsha_community"'
_CODE = re.compile(r"^[a-z][a-z0-9_]{1,20}$")


def schema_of(code: str) -> str:
    return f"c_{code}"


def viewer_role_name(database: str, schema: str) -> str:
    """The SELECT-only role of one schema's tables (roles belong to the whole server): read-only
    accounts act as it (db.server)."""
    return f"{database}_{schema}_viewer"


def role_of(address: ServerAddress, code: str) -> str:
    """Roles belong to the whole server: named with the database, two street databases never collide."""
    return f"{address.database}_{code}"


def street_role(address: ServerAddress) -> str:
    return f"{address.database}_street"


def _literal(db: Database, text: str) -> str:
    """A password as an SQL string constant, quoted by the driver (CREATE ROLE takes no parameters)."""
    from psycopg import sql

    return sql.Literal(text).as_string(db.connection())


def _role_exists(db: Database, role: str) -> bool:
    return db.execute_sql("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone() is not None


def _ensure_street_role(db: Database, street: str, password: str) -> None:
    if not _role_exists(db, street):
        db.execute_sql(f'CREATE ROLE "{street}" LOGIN PASSWORD {_literal(db, password)}')
    db.execute_sql(f"CREATE TABLE IF NOT EXISTS {REGISTRY} (code text PRIMARY KEY, name text NOT NULL, "
                   "schema_name text NOT NULL)")
    db.execute_sql(f"REVOKE ALL ON {REGISTRY} FROM PUBLIC")
    db.execute_sql(f'GRANT SELECT ON {REGISTRY} TO "{street}"')


def add_community(db: Database, address: ServerAddress, code: str, name: str, password: str) -> ServerAddress:
    """Make the community's role and schema (with the tables, triggers and schema version), readable by
    the street office. ``db`` is the street database opened by its owner. Returns the address the
    community's desks use (without the password)."""
    from jinsha_desk.db.server import create_schema

    if not _CODE.match(code):
        raise DeskError(f"社区代码“{code}”只能用小写字母开头，含小写字母、数字和下划线（2–21 位），如 jinsha。")
    if db.execute_sql(f"SELECT to_regclass('{REGISTRY}')").fetchone()[0] and db.execute_sql(
            f"SELECT 1 FROM {REGISTRY} WHERE code = %s", (code,)).fetchone():
        raise DeskError(f"社区代码“{code}”已经有了。")
    role, schema, street = role_of(address, code), schema_of(code), street_role(address)
    if _role_exists(db, role):
        raise DeskError(f"这台服务器上已有账号“{role}”，请换一个社区代码。")
    with db.atomic():
        _ensure_street_role(db, street, password)
        db.execute_sql(f'CREATE ROLE "{role}" LOGIN PASSWORD {_literal(db, password)}')
        db.execute_sql(f'GRANT "{role}" TO CURRENT_USER')
        viewer = viewer_role_name(address.database, schema)  # made here: the community may not
        db.execute_sql(f'CREATE ROLE "{viewer}" NOLOGIN')
        db.execute_sql(f'GRANT "{viewer}" TO "{role}"')
        db.execute_sql(f'CREATE SCHEMA "{schema}" AUTHORIZATION "{role}"')
        db.execute_sql(f'ALTER ROLE "{role}" IN DATABASE "{address.database}" SET search_path = "{schema}"')
        db.execute_sql(f'SET LOCAL ROLE "{role}"')
        db.execute_sql(f'SET LOCAL search_path = "{schema}"')
        create_schema(db)
        db.execute_sql(f'GRANT USAGE ON SCHEMA "{schema}" TO "{street}"')
        db.execute_sql(f'GRANT SELECT ON ALL TABLES IN SCHEMA "{schema}" TO "{street}"')
        db.execute_sql(f'ALTER DEFAULT PRIVILEGES IN SCHEMA "{schema}" GRANT SELECT ON TABLES TO "{street}"')
        db.execute_sql("RESET ROLE")
        db.execute_sql(f"INSERT INTO {REGISTRY} (code, name, schema_name) VALUES (%s, %s, %s)", (code, name, schema))
    return address.signed_in_as(role)


def communities(db: Database) -> list[tuple[str, str, str]]:
    """(code, name, schema) of every community in the street database, as the street office sees them."""
    if not db.execute_sql(f"SELECT to_regclass('{REGISTRY}')").fetchone()[0]:
        return []
    return list(db.execute_sql(f"SELECT code, name, schema_name FROM {REGISTRY} ORDER BY code").fetchall())


def is_street_connection(db: Database) -> bool:
    """Signed in as the street office (or the owner) on a street database: no community's tables on
    the search path, the registry beside them."""
    return bool(db.execute_sql(f"SELECT to_regclass('{REGISTRY}')").fetchone()[0])


def look_at(db: Database, schema: str) -> None:
    """Read one community's tables next (the street office's session only; a community's role has no
    right to any other schema, so this reaches nothing for it)."""
    db.execute_sql(f'SET search_path TO "{schema}"')
