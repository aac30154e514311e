"""Every table of the community database, as peewee models.

The schema itself is created and upgraded by ``db.migrations`` with literal SQL; these classes
describe it for queries. ``tests/test_schema.py`` checks that the two agree.
"""

from __future__ import annotations

import datetime as dt

from peewee import (
    AutoField,
    CharField,
    DatabaseProxy,
    DateField,
    DateTimeField,
    ForeignKeyField,
    Model,
    TextField,
)

database = DatabaseProxy()

PARTY_STATUSES = ("中共党员", "预备党员")
STATUS_ACTIVE = "在册"
STATUS_MOVED_OUT = "迁出"
STATUS_DECEASED = "死亡"


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


class Setting(BaseModel):
    """Community-wide settings such as the community and street office names."""

    key = CharField(primary_key=True)
    value = TextField()


class Grid(BaseModel):
    id = AutoField()
    name = CharField(unique=True)
    worker_name = CharField(default="")
    worker_phone = CharField(default="")


class Building(BaseModel):
    id = AutoField()
    name = CharField(unique=True)
    grid = ForeignKeyField(Grid, null=True, backref="buildings", on_delete="SET NULL")


class Unit(BaseModel):
    id = AutoField()
    building = ForeignKeyField(Building, backref="units", on_delete="CASCADE")
    name = CharField(default="")

    class Meta:
        indexes = ((("building", "name"), True),)


class Household(BaseModel):
    """A 户: the people registered together in one room (or, without an address, one family)."""

    id = AutoField()
    unit = ForeignKeyField(Unit, null=True, backref="households", on_delete="RESTRICT")
    room = CharField(default="")
    household_no = CharField(default="")
    created_at = DateTimeField(default=_now)

    class Meta:
        indexes = ((("unit", "room", "household_no"), False),)


class Resident(BaseModel):
    id = AutoField()
    household = ForeignKeyField(Household, backref="members", on_delete="RESTRICT")
    name = CharField()
    id_number = CharField(unique=True)
    gender = CharField()
    birth_date = DateField()
    ethnicity = CharField(default="")
    phone = CharField(default="")
    relation = CharField(default="")
    political_status = CharField(default="")
    education = CharField(default="")
    residence_status = CharField(default="")
    note = TextField(default="")
    status = CharField(default=STATUS_ACTIVE)
    status_date = DateField(null=True)
    created_at = DateTimeField(default=_now)
    updated_at = DateTimeField(default=_now)

    @property
    def party_member(self) -> bool:
        return self.political_status in PARTY_STATUSES


class ResidentSearch(BaseModel):
    """Lower-case haystack of a resident's name, pinyin, ID, phone and address; see roster.search.

    A narrow table of its own: scanning it for a typed word reads a third of the pages that
    scanning the residents would.
    """

    resident = ForeignKeyField(Resident, primary_key=True, backref="search_rows", on_delete="CASCADE")
    text = TextField()


class ResidentTag(BaseModel):
    """A care category (空巢老人, 低保 …) held by a resident; several per person."""

    id = AutoField()
    resident = ForeignKeyField(Resident, backref="tag_rows", on_delete="CASCADE")
    tag = CharField(index=True)

    class Meta:
        indexes = ((("resident", "tag"), True),)


class ResidentRole(BaseModel):
    """A role such as 楼栋长 or 网格员, optionally for a scope (a building, a grid)."""

    id = AutoField()
    resident = ForeignKeyField(Resident, backref="roles", on_delete="CASCADE")
    role = CharField(index=True)
    scope = CharField(default="")

    class Meta:
        indexes = ((("resident", "role", "scope"), True),)


MODELS = [Setting, Grid, Building, Unit, Household, Resident, ResidentSearch, ResidentTag, ResidentRole]
