"""Ordered schema upgrades, recorded in ``PRAGMA user_version``.

Each step names its tables literally (never through today's model classes), so an old database
upgrades the same way whatever the models look like later. A step and its version bump run in
one transaction: a failed upgrade leaves the file at its old version.
"""

from __future__ import annotations

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


def _run_script(script: str) -> Callable[[Database], None]:
    def step(db: Database) -> None:
        for statement in script.split(";"):
            if statement.strip():
                db.execute_sql(statement)

    return step


# Position i upgrades a database from version i to version i + 1.
STEPS: list[Callable[[Database], None]] = [
    _run_script(V1_ROSTER),
]

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
