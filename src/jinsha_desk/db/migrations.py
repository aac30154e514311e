"""Ordered schema upgrades, recorded in ``PRAGMA user_version``.

Each step names its tables literally (never through today's model classes), so an old database
upgrades the same way whatever the models look like later. A step and its version bump run in
one transaction: a failed upgrade leaves the file at its old version.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from peewee import Database

V1_ROSTER = """
CREATE TABLE "setting" ("key" VARCHAR(255) NOT NULL PRIMARY KEY, "value" TEXT NOT NULL);
CREATE TABLE "grid" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(255) NOT NULL,
    "worker_name" VARCHAR(255) NOT NULL DEFAULT '', "worker_phone" VARCHAR(255) NOT NULL DEFAULT '');
CREATE UNIQUE INDEX "grid_name" ON "grid" ("name");
CREATE TABLE "building" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(255) NOT NULL,
    "grid_id" INTEGER, FOREIGN KEY ("grid_id") REFERENCES "grid" ("id") ON DELETE SET NULL);
CREATE UNIQUE INDEX "building_name" ON "building" ("name");
CREATE INDEX "building_grid_id" ON "building" ("grid_id");
CREATE TABLE "unit" ("id" INTEGER NOT NULL PRIMARY KEY, "building_id" INTEGER NOT NULL,
    "name" VARCHAR(255) NOT NULL DEFAULT '',
    FOREIGN KEY ("building_id") REFERENCES "building" ("id") ON DELETE CASCADE);
CREATE INDEX "unit_building_id" ON "unit" ("building_id");
CREATE UNIQUE INDEX "unit_building_id_name" ON "unit" ("building_id", "name");
CREATE TABLE "household" ("id" INTEGER NOT NULL PRIMARY KEY, "unit_id" INTEGER,
    "room" VARCHAR(255) NOT NULL DEFAULT '', "household_no" VARCHAR(255) NOT NULL DEFAULT '',
    "created_at" DATETIME NOT NULL,
    FOREIGN KEY ("unit_id") REFERENCES "unit" ("id") ON DELETE RESTRICT);
CREATE INDEX "household_unit_id" ON "household" ("unit_id");
CREATE INDEX "household_unit_id_room_household_no" ON "household" ("unit_id", "room", "household_no");
CREATE TABLE "resident" ("id" INTEGER NOT NULL PRIMARY KEY, "household_id" INTEGER NOT NULL,
    "name" VARCHAR(255) NOT NULL, "id_number" VARCHAR(255) NOT NULL, "gender" VARCHAR(255) NOT NULL,
    "birth_date" DATE NOT NULL, "ethnicity" VARCHAR(255) NOT NULL DEFAULT '',
    "phone" VARCHAR(255) NOT NULL DEFAULT '', "relation" VARCHAR(255) NOT NULL DEFAULT '',
    "political_status" VARCHAR(255) NOT NULL DEFAULT '', "education" VARCHAR(255) NOT NULL DEFAULT '',
    "residence_status" VARCHAR(255) NOT NULL DEFAULT '', "note" TEXT NOT NULL DEFAULT '',
    "status" VARCHAR(255) NOT NULL DEFAULT '在册', "status_date" DATE,
    "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL,
    FOREIGN KEY ("household_id") REFERENCES "household" ("id") ON DELETE RESTRICT);
CREATE INDEX "resident_household_id" ON "resident" ("household_id");
CREATE UNIQUE INDEX "resident_id_number" ON "resident" ("id_number");
CREATE TABLE "resident_search" ("resident_id" INTEGER NOT NULL PRIMARY KEY, "text" TEXT NOT NULL,
    FOREIGN KEY ("resident_id") REFERENCES "resident" ("id") ON DELETE CASCADE);
CREATE TABLE "resident_tag" ("id" INTEGER NOT NULL PRIMARY KEY, "resident_id" INTEGER NOT NULL,
    "tag" VARCHAR(255) NOT NULL,
    FOREIGN KEY ("resident_id") REFERENCES "resident" ("id") ON DELETE CASCADE);
CREATE INDEX "resident_tag_resident_id" ON "resident_tag" ("resident_id");
CREATE INDEX "resident_tag_tag" ON "resident_tag" ("tag");
CREATE UNIQUE INDEX "resident_tag_resident_id_tag" ON "resident_tag" ("resident_id", "tag");
CREATE TABLE "resident_role" ("id" INTEGER NOT NULL PRIMARY KEY, "resident_id" INTEGER NOT NULL,
    "role" VARCHAR(255) NOT NULL, "scope" VARCHAR(255) NOT NULL DEFAULT '',
    FOREIGN KEY ("resident_id") REFERENCES "resident" ("id") ON DELETE CASCADE);
CREATE INDEX "resident_role_resident_id" ON "resident_role" ("resident_id");
CREATE INDEX "resident_role_role" ON "resident_role" ("role");
CREATE UNIQUE INDEX "resident_role_resident_id_role_scope" ON "resident_role" ("resident_id", "role", "scope");
"""

V2_VISITS_AND_VOLUNTEERS = """
CREATE TABLE "visit" ("id" INTEGER NOT NULL PRIMARY KEY, "household_id" INTEGER NOT NULL,
    "visit_date" DATE NOT NULL, "visitor" VARCHAR(255) NOT NULL, "kind" VARCHAR(255) NOT NULL,
    "findings" TEXT NOT NULL DEFAULT '', "created_at" DATETIME NOT NULL,
    FOREIGN KEY ("household_id") REFERENCES "household" ("id") ON DELETE RESTRICT);
CREATE INDEX "visit_household_id" ON "visit" ("household_id");
CREATE INDEX "visit_visit_date" ON "visit" ("visit_date");
CREATE TABLE "visit_resident" ("id" INTEGER NOT NULL PRIMARY KEY, "visit_id" INTEGER NOT NULL,
    "resident_id" INTEGER NOT NULL,
    FOREIGN KEY ("visit_id") REFERENCES "visit" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("resident_id") REFERENCES "resident" ("id") ON DELETE CASCADE);
CREATE INDEX "visit_resident_visit_id" ON "visit_resident" ("visit_id");
CREATE INDEX "visit_resident_resident_id" ON "visit_resident" ("resident_id");
CREATE UNIQUE INDEX "visit_resident_visit_id_resident_id" ON "visit_resident" ("visit_id", "resident_id");
CREATE TABLE "need" ("id" INTEGER NOT NULL PRIMARY KEY, "household_id" INTEGER, "visit_id" INTEGER,
    "description" TEXT NOT NULL, "status" VARCHAR(255) NOT NULL DEFAULT '待办',
    "handler" VARCHAR(255) NOT NULL DEFAULT '', "raised_date" DATE NOT NULL, "resolved_date" DATE,
    FOREIGN KEY ("household_id") REFERENCES "household" ("id") ON DELETE SET NULL,
    FOREIGN KEY ("visit_id") REFERENCES "visit" ("id") ON DELETE SET NULL);
CREATE INDEX "need_household_id" ON "need" ("household_id");
CREATE INDEX "need_visit_id" ON "need" ("visit_id");
CREATE TABLE "volunteer" ("id" INTEGER NOT NULL PRIMARY KEY, "resident_id" INTEGER,
    "name" VARCHAR(255) NOT NULL, "phone" VARCHAR(255) NOT NULL DEFAULT '', "joined_date" DATE NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    FOREIGN KEY ("resident_id") REFERENCES "resident" ("id") ON DELETE SET NULL);
CREATE UNIQUE INDEX "volunteer_resident_id" ON "volunteer" ("resident_id");
CREATE TABLE "team" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(255) NOT NULL, "leader_id" INTEGER,
    "description" TEXT NOT NULL DEFAULT '',
    FOREIGN KEY ("leader_id") REFERENCES "volunteer" ("id") ON DELETE SET NULL);
CREATE UNIQUE INDEX "team_name" ON "team" ("name");
CREATE INDEX "team_leader_id" ON "team" ("leader_id");
CREATE TABLE "team_member" ("id" INTEGER NOT NULL PRIMARY KEY, "team_id" INTEGER NOT NULL,
    "volunteer_id" INTEGER NOT NULL,
    FOREIGN KEY ("team_id") REFERENCES "team" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("volunteer_id") REFERENCES "volunteer" ("id") ON DELETE CASCADE);
CREATE INDEX "team_member_team_id" ON "team_member" ("team_id");
CREATE INDEX "team_member_volunteer_id" ON "team_member" ("volunteer_id");
CREATE UNIQUE INDEX "team_member_team_id_volunteer_id" ON "team_member" ("team_id", "volunteer_id");
CREATE TABLE "activity" ("id" INTEGER NOT NULL PRIMARY KEY, "title" VARCHAR(255) NOT NULL,
    "activity_date" DATE NOT NULL, "place" VARCHAR(255) NOT NULL DEFAULT '', "team_id" INTEGER,
    "group_served" VARCHAR(255) NOT NULL DEFAULT '', "description" TEXT NOT NULL DEFAULT '',
    FOREIGN KEY ("team_id") REFERENCES "team" ("id") ON DELETE SET NULL);
CREATE INDEX "activity_activity_date" ON "activity" ("activity_date");
CREATE INDEX "activity_team_id" ON "activity" ("team_id");
CREATE TABLE "attendance" ("id" INTEGER NOT NULL PRIMARY KEY, "activity_id" INTEGER NOT NULL,
    "volunteer_id" INTEGER NOT NULL, "hours" REAL NOT NULL,
    FOREIGN KEY ("activity_id") REFERENCES "activity" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("volunteer_id") REFERENCES "volunteer" ("id") ON DELETE RESTRICT);
CREATE INDEX "attendance_activity_id" ON "attendance" ("activity_id");
CREATE INDEX "attendance_volunteer_id" ON "attendance" ("volunteer_id");
CREATE UNIQUE INDEX "attendance_activity_id_volunteer_id" ON "attendance" ("activity_id", "volunteer_id");
CREATE TABLE "wish" ("id" INTEGER NOT NULL PRIMARY KEY, "resident_id" INTEGER NOT NULL,
    "description" TEXT NOT NULL, "raised_date" DATE NOT NULL, "status" VARCHAR(255) NOT NULL DEFAULT '待认领',
    "claimed_by_id" INTEGER, "claimed_unit" VARCHAR(255) NOT NULL DEFAULT '', "claimed_date" DATE,
    "fulfilled_date" DATE,
    FOREIGN KEY ("resident_id") REFERENCES "resident" ("id") ON DELETE RESTRICT,
    FOREIGN KEY ("claimed_by_id") REFERENCES "volunteer" ("id") ON DELETE SET NULL);
CREATE INDEX "wish_resident_id" ON "wish" ("resident_id");
CREATE INDEX "wish_claimed_by_id" ON "wish" ("claimed_by_id");
"""

V3_DELIBERATION = """
CREATE TABLE "topic" ("id" INTEGER NOT NULL PRIMARY KEY, "title" VARCHAR(255) NOT NULL,
    "description" TEXT NOT NULL DEFAULT '', "kind" VARCHAR(255) NOT NULL, "scope" VARCHAR(255) NOT NULL DEFAULT '社区',
    "source" VARCHAR(255) NOT NULL DEFAULT '', "raised_by" VARCHAR(255) NOT NULL DEFAULT '', "raised_date" DATE NOT NULL,
    "step" VARCHAR(255) NOT NULL, "decision" TEXT NOT NULL DEFAULT '', "owner" VARCHAR(255) NOT NULL DEFAULT '',
    "due_date" DATE, "satisfaction" VARCHAR(255) NOT NULL DEFAULT '', "evaluation" TEXT NOT NULL DEFAULT '',
    "closed_reason" TEXT NOT NULL DEFAULT '');
CREATE INDEX "topic_step" ON "topic" ("step");
CREATE TABLE "topic_event" ("id" INTEGER NOT NULL PRIMARY KEY, "topic_id" INTEGER NOT NULL,
    "step" VARCHAR(255) NOT NULL, "event_date" DATE NOT NULL, "note" TEXT NOT NULL DEFAULT '',
    FOREIGN KEY ("topic_id") REFERENCES "topic" ("id") ON DELETE CASCADE);
CREATE INDEX "topic_event_topic_id" ON "topic_event" ("topic_id");
CREATE TABLE "meeting" ("id" INTEGER NOT NULL PRIMARY KEY, "kind" VARCHAR(255) NOT NULL,
    "title" VARCHAR(255) NOT NULL, "starts_at" DATETIME NOT NULL, "place" VARCHAR(255) NOT NULL DEFAULT '',
    "host" VARCHAR(255) NOT NULL DEFAULT '', "recorder" VARCHAR(255) NOT NULL DEFAULT '');
CREATE TABLE "meeting_attendee" ("id" INTEGER NOT NULL PRIMARY KEY, "meeting_id" INTEGER NOT NULL,
    "resident_id" INTEGER, "name" VARCHAR(255) NOT NULL, "category" VARCHAR(255) NOT NULL DEFAULT '居民代表',
    "unit" VARCHAR(255) NOT NULL DEFAULT '', "phone" VARCHAR(255) NOT NULL DEFAULT '',
    "attendance" VARCHAR(255) NOT NULL DEFAULT '',
    FOREIGN KEY ("meeting_id") REFERENCES "meeting" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("resident_id") REFERENCES "resident" ("id") ON DELETE SET NULL);
CREATE INDEX "meeting_attendee_meeting_id" ON "meeting_attendee" ("meeting_id");
CREATE INDEX "meeting_attendee_resident_id" ON "meeting_attendee" ("resident_id");
CREATE TABLE "agenda_item" ("id" INTEGER NOT NULL PRIMARY KEY, "meeting_id" INTEGER NOT NULL,
    "topic_id" INTEGER NOT NULL, "position" INTEGER NOT NULL, "presenter" VARCHAR(255) NOT NULL DEFAULT '',
    "time_slot" VARCHAR(255) NOT NULL DEFAULT '', "discussion" TEXT NOT NULL DEFAULT '',
    "decision" TEXT NOT NULL DEFAULT '', "votes_for" INTEGER, "votes_against" INTEGER, "votes_abstain" INTEGER,
    "owner" VARCHAR(255) NOT NULL DEFAULT '', "due_date" DATE,
    FOREIGN KEY ("meeting_id") REFERENCES "meeting" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("topic_id") REFERENCES "topic" ("id") ON DELETE RESTRICT);
CREATE INDEX "agenda_item_meeting_id" ON "agenda_item" ("meeting_id");
CREATE INDEX "agenda_item_topic_id" ON "agenda_item" ("topic_id");
CREATE UNIQUE INDEX "agenda_item_meeting_id_topic_id" ON "agenda_item" ("meeting_id", "topic_id");
"""

V4_HONOURS = """
CREATE TABLE "campaign" ("id" INTEGER NOT NULL PRIMARY KEY, "title" VARCHAR(255) NOT NULL,
    "honour" VARCHAR(255) NOT NULL, "year" INTEGER NOT NULL, "nominee_kind" VARCHAR(255) NOT NULL,
    "places" INTEGER NOT NULL, "notice_days" INTEGER NOT NULL DEFAULT 5,
    "objection_phone" VARCHAR(255) NOT NULL DEFAULT '', "step" VARCHAR(255) NOT NULL, "notice_from" DATE,
    "notice_to" DATE, "confirmed_date" DATE, "issued_date" DATE);
CREATE TABLE "nominee" ("id" INTEGER NOT NULL PRIMARY KEY, "campaign_id" INTEGER NOT NULL, "household_id" INTEGER,
    "resident_id" INTEGER, "building_id" INTEGER, "name" VARCHAR(255) NOT NULL,
    "address" VARCHAR(255) NOT NULL DEFAULT '', "nominated_by" VARCHAR(255) NOT NULL DEFAULT '',
    "citation" TEXT NOT NULL DEFAULT '', "votes" INTEGER, "score" REAL, "winner" INTEGER NOT NULL DEFAULT 0,
    "serial" VARCHAR(255),
    FOREIGN KEY ("campaign_id") REFERENCES "campaign" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("household_id") REFERENCES "household" ("id") ON DELETE RESTRICT,
    FOREIGN KEY ("resident_id") REFERENCES "resident" ("id") ON DELETE RESTRICT,
    FOREIGN KEY ("building_id") REFERENCES "building" ("id") ON DELETE RESTRICT);
CREATE INDEX "nominee_campaign_id" ON "nominee" ("campaign_id");
CREATE INDEX "nominee_household_id" ON "nominee" ("household_id");
CREATE INDEX "nominee_resident_id" ON "nominee" ("resident_id");
CREATE INDEX "nominee_building_id" ON "nominee" ("building_id");
CREATE UNIQUE INDEX "nominee_serial" ON "nominee" ("serial");
CREATE UNIQUE INDEX "nominee_campaign_id_household_id" ON "nominee" ("campaign_id", "household_id");
CREATE UNIQUE INDEX "nominee_campaign_id_resident_id" ON "nominee" ("campaign_id", "resident_id");
CREATE UNIQUE INDEX "nominee_campaign_id_building_id" ON "nominee" ("campaign_id", "building_id");
CREATE TABLE "objection" ("id" INTEGER NOT NULL PRIMARY KEY, "nominee_id" INTEGER NOT NULL,
    "raised_date" DATE NOT NULL, "raised_by" VARCHAR(255) NOT NULL DEFAULT '', "content" TEXT NOT NULL,
    "resolution" TEXT NOT NULL DEFAULT '', "sustained" INTEGER, "resolved_date" DATE,
    FOREIGN KEY ("nominee_id") REFERENCES "nominee" ("id") ON DELETE CASCADE);
CREATE INDEX "objection_nominee_id" ON "objection" ("nominee_id");
"""

V5_EXPORT_LOG = """
CREATE TABLE "export_log" ("id" INTEGER NOT NULL PRIMARY KEY, "exported_at" DATETIME NOT NULL,
    "user" VARCHAR(255) NOT NULL, "return_name" VARCHAR(255) NOT NULL, "period" VARCHAR(255) NOT NULL DEFAULT '',
    "masked" INTEGER NOT NULL, "rows" INTEGER NOT NULL, "path" TEXT NOT NULL DEFAULT '');
"""

V6_ACCOUNTS_AND_AUDIT = """
CREATE TABLE "account" ("id" INTEGER NOT NULL PRIMARY KEY, "username" VARCHAR(255) NOT NULL,
    "role" VARCHAR(255) NOT NULL, "password_hash" VARCHAR(255) NOT NULL, "salt" VARCHAR(255) NOT NULL,
    "active" INTEGER NOT NULL DEFAULT 1, "created_at" DATETIME NOT NULL);
CREATE UNIQUE INDEX "account_username" ON "account" ("username");
CREATE TABLE "audit_log" ("id" INTEGER NOT NULL PRIMARY KEY, "at" DATETIME NOT NULL, "user" VARCHAR(255) NOT NULL,
    "table_name" VARCHAR(255) NOT NULL, "row_id" INTEGER, "action" VARCHAR(255) NOT NULL,
    "old_values" TEXT, "new_values" TEXT);
CREATE INDEX "audit_log_table_name" ON "audit_log" ("table_name");
CREATE TRIGGER "audit_log_no_update" BEFORE UPDATE ON "audit_log" BEGIN SELECT RAISE(ABORT, '审计记录不能修改'); END;
CREATE TRIGGER "audit_log_no_delete" BEFORE DELETE ON "audit_log" BEGIN SELECT RAISE(ABORT, '审计记录不能删除'); END;
"""

# Table → the columns whose old and new values the audit trail keeps (never password hashes).
V6_AUDITED = {
    "setting": ("key", "value"),
    "grid": ("name", "worker_name", "worker_phone"),
    "building": ("name", "grid_id"),
    "unit": ("building_id", "name"),
    "household": ("unit_id", "room", "household_no"),
    "resident": ("household_id", "name", "id_number", "gender", "birth_date", "ethnicity", "phone", "relation",
                 "political_status", "education", "residence_status", "note", "status", "status_date"),
    "resident_tag": ("resident_id", "tag"),
    "resident_role": ("resident_id", "role", "scope"),
    "visit": ("household_id", "visit_date", "visitor", "kind", "findings"),
    "visit_resident": ("visit_id", "resident_id"),
    "need": ("household_id", "visit_id", "description", "status", "handler", "raised_date", "resolved_date"),
    "volunteer": ("resident_id", "name", "phone", "joined_date", "note"),
    "team": ("name", "leader_id", "description"),
    "team_member": ("team_id", "volunteer_id"),
    "activity": ("title", "activity_date", "place", "team_id", "group_served", "description"),
    "attendance": ("activity_id", "volunteer_id", "hours"),
    "wish": ("resident_id", "description", "raised_date", "status", "claimed_by_id", "claimed_unit",
             "claimed_date", "fulfilled_date"),
    "topic": ("title", "description", "kind", "scope", "source", "raised_by", "raised_date", "step", "decision",
              "owner", "due_date", "satisfaction", "evaluation", "closed_reason"),
    "topic_event": ("topic_id", "step", "event_date", "note"),
    "meeting": ("kind", "title", "starts_at", "place", "host", "recorder"),
    "meeting_attendee": ("meeting_id", "resident_id", "name", "category", "unit", "phone", "attendance"),
    "agenda_item": ("meeting_id", "topic_id", "position", "presenter", "time_slot", "discussion", "decision",
                    "votes_for", "votes_against", "votes_abstain", "owner", "due_date"),
    "campaign": ("title", "honour", "year", "nominee_kind", "places", "notice_days", "objection_phone", "step",
                 "notice_from", "notice_to", "confirmed_date", "issued_date"),
    "nominee": ("campaign_id", "household_id", "resident_id", "building_id", "name", "address", "nominated_by",
                "citation", "votes", "score", "winner", "serial"),
    "objection": ("nominee_id", "raised_date", "raised_by", "content", "resolution", "sustained", "resolved_date"),
    "account": ("username", "role", "active"),
}


# What the audit trail leaves out, and why; tests/test_schema_contract.py checks that every other
# column of every table is audited, so a column added later cannot escape the trail unnoticed.
AUDIT_EXCLUDED_TABLES = {
    "audit_log": "the trail itself",
    "export_log": "every export is written to the trail as it is made (audit.record_event)",
    "resident_search": "derived from the resident table, rebuilt from it",
}
AUDIT_EXCLUDED_COLUMNS = {
    "id": "the trail's row_id",
    "created_at": "the trail's own time of the insert",
    "updated_at": "the trail's own time of the change",
    "password_hash": "secrets never enter the trail",
    "salt": "secrets never enter the trail",
    "version": "a save's claim on the record (db.versions); the trail has who saved and when",
}


def _audit_triggers(audited: dict[str, tuple[str, ...]]) -> str:
    """Insert, update and delete triggers writing who (jinsha_user(), registered on every connection
    the app opens), when and what into audit_log. An insert is recorded without its values: they are
    the row itself, and the first change records them as its old values."""
    statements = []
    for table, columns in audited.items():
        def values(prefix: str) -> str:
            return "json_object(" + ", ".join(f"'{c}', {prefix}.\"{c}\"" for c in columns) + ")"

        head = 'INSERT INTO "audit_log" ("at", "user", "table_name", "row_id", "action", "old_values", "new_values")'
        key = "rowid"
        statements.append(
            f'CREATE TRIGGER "audit_{table}_insert" AFTER INSERT ON "{table}" BEGIN {head} '
            f"VALUES (datetime('now', 'localtime'), jinsha_user(), '{table}', new.{key}, '新增', NULL, NULL); END"
        )
        changed = " OR ".join(f'old."{c}" IS NOT new."{c}"' for c in columns)
        statements.append(
            f'CREATE TRIGGER "audit_{table}_update" AFTER UPDATE ON "{table}" WHEN {changed} BEGIN {head} '
            f"VALUES (datetime('now', 'localtime'), jinsha_user(), '{table}', new.{key}, '修改', "
            f"{values('old')}, {values('new')}); END"
        )
        statements.append(
            f'CREATE TRIGGER "audit_{table}_delete" AFTER DELETE ON "{table}" BEGIN {head} '
            f"VALUES (datetime('now', 'localtime'), jinsha_user(), '{table}', old.{key}, '删除', {values('old')}, NULL); END"
        )
    return ";\n".join(statements) + ";"


V7_COMMUNITY_SETUP = """
ALTER TABLE "grid" ADD COLUMN "retired" INTEGER NOT NULL DEFAULT 0;
CREATE TABLE "staff" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(255) NOT NULL,
    "post" VARCHAR(255) NOT NULL DEFAULT '', "phone" VARCHAR(255) NOT NULL DEFAULT '', "grid_id" INTEGER,
    "active" INTEGER NOT NULL DEFAULT 1,
    FOREIGN KEY ("grid_id") REFERENCES "grid" ("id") ON DELETE SET NULL);
CREATE INDEX "staff_grid_id" ON "staff" ("grid_id");
DROP TRIGGER "audit_grid_insert";
DROP TRIGGER "audit_grid_update";
DROP TRIGGER "audit_grid_delete";
"""
V7_AUDITED = {
    "grid": ("name", "worker_name", "worker_phone", "retired"),
    "staff": ("name", "post", "phone", "grid_id", "active"),
}


V8_ADDRESSES_AND_CATEGORIES = """
ALTER TABLE "resident" ADD COLUMN "address" TEXT NOT NULL DEFAULT '';
ALTER TABLE "resident" ADD COLUMN "category" TEXT NOT NULL DEFAULT '';
ALTER TABLE "resident" ADD COLUMN "other_phone" VARCHAR(255) NOT NULL DEFAULT '';
DROP TRIGGER "audit_resident_insert";
DROP TRIGGER "audit_resident_update";
DROP TRIGGER "audit_resident_delete";
"""
V8_AUDITED = {"resident": (*V6_AUDITED["resident"], "address", "category", "other_phone")}


V9_AUDITED = {**V6_AUDITED, **V7_AUDITED, **V8_AUDITED}
_ACTIONS = ("insert", "update", "delete")


def _chained_audit_triggers(audited: dict[str, tuple[str, ...]]) -> str:
    """The audit triggers with each entry's hash chained to the one before (jinsha_chain(), registered
    on every connection the app opens, hashes the previous entry's hash with this entry's values)."""
    previous = '(SELECT "hash" FROM "audit_log" ORDER BY "id" DESC LIMIT 1)'
    head = 'INSERT INTO "audit_log" ("at", "user", "table_name", "row_id", "action", "old_values", "new_values", "hash")'
    statements = []
    for table, columns in audited.items():
        def values(prefix: str) -> str:
            return "json_object(" + ", ".join(f"'{c}', {prefix}.\"{c}\"" for c in columns) + ")"

        def entry(row: str, action: str, old: str, new: str) -> str:
            at = "datetime('now', 'localtime')"
            return (f"SELECT {at}, jinsha_user(), '{table}', {row}, '{action}', {old}, {new}, "
                    f"jinsha_chain({previous}, {at}, jinsha_user(), '{table}', {row}, '{action}', {old}, {new})")

        changed = " OR ".join(f'old."{c}" IS NOT new."{c}"' for c in columns)
        statements += [
            f'CREATE TRIGGER "audit_{table}_insert" AFTER INSERT ON "{table}" BEGIN {head} '
            f"{entry('new.rowid', '新增', 'NULL', 'NULL')}; END",
            f'CREATE TRIGGER "audit_{table}_update" AFTER UPDATE ON "{table}" WHEN {changed} BEGIN {head} '
            f"{entry('new.rowid', '修改', values('old'), values('new'))}; END",
            f'CREATE TRIGGER "audit_{table}_delete" AFTER DELETE ON "{table}" BEGIN {head} '
            f"{entry('old.rowid', '删除', values('old'), 'NULL')}; END",
        ]
    return ";\n".join(statements) + ";"


def _drop_triggers(tables) -> str:
    return "".join(f'DROP TRIGGER "audit_{table}_{action}";\n' for table in tables for action in _ACTIONS)


V9_AUDIT_CHAIN = 'ALTER TABLE "audit_log" ADD COLUMN "hash" TEXT NOT NULL DEFAULT \'\';\n' + _drop_triggers(V9_AUDITED)


V10_SERVICE_CERTIFICATES = """
ALTER TABLE "volunteer" ADD COLUMN "number" VARCHAR(255) NOT NULL DEFAULT '';
CREATE TABLE "service_certificate" ("id" INTEGER NOT NULL PRIMARY KEY, "number" VARCHAR(255) NOT NULL,
    "volunteer_id" INTEGER NOT NULL, "date_from" DATE NOT NULL, "date_to" DATE NOT NULL, "hours" REAL NOT NULL,
    "issued_date" DATE NOT NULL, "handler" VARCHAR(255) NOT NULL DEFAULT '',
    FOREIGN KEY ("volunteer_id") REFERENCES "volunteer" ("id") ON DELETE RESTRICT);
CREATE UNIQUE INDEX "service_certificate_number" ON "service_certificate" ("number");
CREATE INDEX "service_certificate_volunteer_id" ON "service_certificate" ("volunteer_id");
CREATE UNIQUE INDEX "service_certificate_volunteer_id_date_from_date_to"
    ON "service_certificate" ("volunteer_id", "date_from", "date_to");
""" + _drop_triggers(["volunteer"])
V10_AUDITED = {
    "volunteer": (*V6_AUDITED["volunteer"], "number"),
    "service_certificate": ("number", "volunteer_id", "date_from", "date_to", "hours", "issued_date", "handler"),
}
AUDITED = {**V9_AUDITED, **V10_AUDITED}

V11_LATEST_VISITS = """
CREATE INDEX "visit_household_id_visit_date" ON "visit" ("household_id", "visit_date");
"""

EDITABLE_TABLES = ("grid", "resident", "visit", "need", "volunteer", "activity", "wish", "topic", "meeting",
                   "agenda_item", "campaign", "nominee", "staff")
V12_RECORD_VERSIONS = "".join(
    f'ALTER TABLE "{table}" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;\n' for table in EDITABLE_TABLES)


def statements(script: str) -> list[str]:
    """Split a script into statements; a trigger's body keeps its inner semicolons."""
    found, buffer = [], ""
    for piece in script.split(";"):
        buffer += piece + ";"
        if sqlite3.complete_statement(buffer):
            if buffer.strip(" \n;"):
                found.append(buffer.strip())
            buffer = ""
    return found


def _run_script(script: str) -> Callable[[Database], None]:
    def step(db: Database) -> None:
        for statement in statements(script):
            db.execute_sql(statement)

    return step


# Position i upgrades a database from version i to version i + 1.
STEPS: list[Callable[[Database], None]] = [
    _run_script(V1_ROSTER),
    _run_script(V2_VISITS_AND_VOLUNTEERS),
    _run_script(V3_DELIBERATION),
    _run_script(V4_HONOURS),
    _run_script(V5_EXPORT_LOG),
    _run_script(V6_ACCOUNTS_AND_AUDIT + _audit_triggers(V6_AUDITED)),
    _run_script(V7_COMMUNITY_SETUP + _audit_triggers(V7_AUDITED)),
    _run_script(V8_ADDRESSES_AND_CATEGORIES + _audit_triggers(V8_AUDITED)),
    _run_script(V9_AUDIT_CHAIN + _chained_audit_triggers(V9_AUDITED)),
    _run_script(V10_SERVICE_CERTIFICATES + _chained_audit_triggers(V10_AUDITED)),
    _run_script(V11_LATEST_VISITS),
    _run_script(V12_RECORD_VERSIONS),
]

# A server database is created at the latest version from the models (db.server); an older one is
# upgraded by these steps, under the same version numbers (SQL that differs per dialect lives here).
SERVER_STEPS: dict[int, Callable[[Database], None]] = {11: _run_script(V12_RECORD_VERSIONS)}

LATEST_VERSION = len(STEPS)


def schema_version(db: Database) -> int:
    return db.execute_sql("PRAGMA user_version").fetchone()[0]


def upgrade(db: Database) -> int:
    """Bring the schema to LATEST_VERSION; returns the version the file had before."""
    start = schema_version(db)
    for version in range(start, LATEST_VERSION):
        with db.atomic():
            STEPS[version](db)
            db.execute_sql(f"PRAGMA user_version = {version + 1}")
    return start
