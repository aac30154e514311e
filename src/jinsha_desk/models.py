"""Every table of the community database, as peewee models.

The schema itself is created and upgraded by ``db.migrations`` with literal SQL; these classes
describe it for queries. ``tests/test_schema_contract.py`` checks that the two agree, column by column.
"""

from __future__ import annotations

import datetime as dt

from peewee import (
    SQL,
    AutoField,
    CharField,
    DatabaseProxy,
    DateField,
    DateTimeField,
    FloatField,
    ForeignKeyField,
    IntegerField,
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


class EditableModel(BaseModel):
    """A record clerks correct from several desks: each save bumps the version (see db.versions)."""

    version = IntegerField(default=1)


class Setting(BaseModel):
    """Community-wide settings such as the community and street office names."""

    key = CharField(primary_key=True)
    value = TextField()


class Grid(EditableModel):
    id = AutoField()
    name = CharField(unique=True)
    worker_name = CharField(default="")
    worker_phone = CharField(default="")
    retired = IntegerField(default=0)


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


class Resident(EditableModel):
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
    # The address exactly as the roster gave it (building, unit and room are parsed from it).
    address = TextField(default="")
    # 人员类别 values that are neither care categories nor a residence status, joined by 、.
    category = TextField(default="")
    other_phone = CharField(default="")

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


# Household visits (入户走访) and the needs they raise.


class Visit(EditableModel):
    id = AutoField()
    household = ForeignKeyField(Household, backref="visits", on_delete="RESTRICT")
    visit_date = DateField(index=True)
    visitor = CharField()
    kind = CharField()
    findings = TextField(default="")
    created_at = DateTimeField(default=_now)

    class Meta:
        # Each household's latest visit is read from the index alone (the due list at 100,000
        # residents: 0.54 s → 0.08 s).
        indexes = ((("household", "visit_date"), False),)


class VisitResident(BaseModel):
    """A resident met during a visit."""

    id = AutoField()
    visit = ForeignKeyField(Visit, backref="met", on_delete="CASCADE")
    resident = ForeignKeyField(Resident, backref="visits_met", on_delete="CASCADE")

    class Meta:
        indexes = ((("visit", "resident"), True),)


class Need(EditableModel):
    """An item on the community's needs list, often raised during a visit."""

    id = AutoField()
    household = ForeignKeyField(Household, null=True, backref="needs", on_delete="SET NULL")
    visit = ForeignKeyField(Visit, null=True, backref="needs", on_delete="SET NULL")
    description = TextField()
    status = CharField(default="待办")
    handler = CharField(default="")
    raised_date = DateField()
    resolved_date = DateField(null=True)


# Volunteers (志愿服务).


class Volunteer(EditableModel):
    """A resident who volunteers, or someone from outside the community with a name and phone."""

    id = AutoField()
    resident = ForeignKeyField(Resident, null=True, unique=True, backref="volunteer", on_delete="SET NULL")
    name = CharField()
    phone = CharField(default="")
    joined_date = DateField()
    note = TextField(default="")
    # 志愿者编号: the number of the national volunteer register (志愿中国) when the clerk has it.
    number = CharField(default="")


class ServiceCertificate(BaseModel):
    """A 志愿服务记录证明 issued: its number stays with the volunteer and period, so a reprint keeps it."""

    id = AutoField()
    number = CharField(unique=True)
    volunteer = ForeignKeyField(Volunteer, backref="certificates", on_delete="RESTRICT")
    date_from = DateField()
    date_to = DateField()
    hours = FloatField()
    issued_date = DateField()
    handler = CharField(default="")

    class Meta:
        indexes = ((("volunteer", "date_from", "date_to"), True),)


class Team(BaseModel):
    id = AutoField()
    name = CharField(unique=True)
    leader = ForeignKeyField(Volunteer, null=True, backref="led_teams", on_delete="SET NULL")
    description = TextField(default="")


class TeamMember(BaseModel):
    id = AutoField()
    team = ForeignKeyField(Team, backref="members", on_delete="CASCADE")
    volunteer = ForeignKeyField(Volunteer, backref="memberships", on_delete="CASCADE")

    class Meta:
        indexes = ((("team", "volunteer"), True),)


class Activity(EditableModel):
    id = AutoField()
    title = CharField()
    activity_date = DateField(index=True)
    place = CharField(default="")
    team = ForeignKeyField(Team, null=True, backref="activities", on_delete="SET NULL")
    group_served = CharField(default="")
    description = TextField(default="")


class Attendance(BaseModel):
    """Hours one volunteer served at one activity (0.5 to 24, in half hours)."""

    id = AutoField()
    activity = ForeignKeyField(Activity, backref="attendance", on_delete="CASCADE")
    volunteer = ForeignKeyField(Volunteer, backref="attendance", on_delete="RESTRICT")
    hours = FloatField()

    class Meta:
        indexes = ((("activity", "volunteer"), True),)


class Wish(EditableModel):
    """A micro-wish (微心愿): claimed by a volunteer or a partner unit, then fulfilled."""

    id = AutoField()
    resident = ForeignKeyField(Resident, backref="wishes", on_delete="RESTRICT")
    description = TextField()
    raised_date = DateField()
    status = CharField(default="待认领")
    claimed_by = ForeignKeyField(Volunteer, null=True, backref="wishes_claimed", on_delete="SET NULL")
    claimed_unit = CharField(default="")
    claimed_date = DateField(null=True)
    fulfilled_date = DateField(null=True)


MODELS += [Visit, VisitResident, Need, Volunteer, ServiceCertificate, Team, TeamMember, Activity, Attendance, Wish]


# Deliberation (议事协商): topics through their steps, meetings, agendas and minutes.


class Topic(EditableModel):
    """A 议题: a need, problem or project, from collection to the residents' evaluation."""

    id = AutoField()
    title = CharField()
    description = TextField(default="")
    kind = CharField()
    scope = CharField(default="社区")
    source = CharField(default="")
    raised_by = CharField(default="")
    raised_date = DateField()
    step = CharField(index=True)
    decision = TextField(default="")
    owner = CharField(default="")
    due_date = DateField(null=True)
    satisfaction = CharField(default="")
    evaluation = TextField(default="")
    closed_reason = TextField(default="")


class TopicEvent(BaseModel):
    """One dated step in a topic's history."""

    id = AutoField()
    topic = ForeignKeyField(Topic, backref="events", on_delete="CASCADE")
    step = CharField()
    event_date = DateField()
    note = TextField(default="")


class Meeting(EditableModel):
    id = AutoField()
    kind = CharField()
    title = CharField()
    starts_at = DateTimeField()
    place = CharField(default="")
    host = CharField(default="")
    recorder = CharField(default="")


class MeetingAttendee(BaseModel):
    """Someone invited to a meeting, and whether they came."""

    id = AutoField()
    meeting = ForeignKeyField(Meeting, backref="attendees", on_delete="CASCADE")
    resident = ForeignKeyField(Resident, null=True, on_delete="SET NULL")
    name = CharField()
    category = CharField(default="居民代表")
    unit = CharField(default="")
    phone = CharField(default="")
    attendance = CharField(default="")


class AgendaItem(EditableModel):
    """A topic on a meeting's agenda, and what the meeting made of it."""

    id = AutoField()
    meeting = ForeignKeyField(Meeting, backref="agenda", on_delete="CASCADE")
    topic = ForeignKeyField(Topic, backref="agenda_items", on_delete="RESTRICT")
    position = IntegerField()
    presenter = CharField(default="")
    time_slot = CharField(default="")
    discussion = TextField(default="")
    decision = TextField(default="")
    votes_for = IntegerField(null=True)
    votes_against = IntegerField(null=True)
    votes_abstain = IntegerField(null=True)
    owner = CharField(default="")
    due_date = DateField(null=True)

    class Meta:
        indexes = ((("meeting", "topic"), True),)


MODELS += [Topic, TopicEvent, Meeting, MeetingAttendee, AgendaItem]


# Honours (评选表彰): campaigns, nominees, objections during the public notice.


class Campaign(EditableModel):
    """One year's selection of an honour, such as 2026年度"文明家庭"."""

    id = AutoField()
    title = CharField()
    honour = CharField()
    year = IntegerField()
    nominee_kind = CharField()
    places = IntegerField()
    notice_days = IntegerField(default=5)
    objection_phone = CharField(default="")
    step = CharField()
    notice_from = DateField(null=True)
    notice_to = DateField(null=True)
    confirmed_date = DateField(null=True)
    issued_date = DateField(null=True)


class Nominee(EditableModel):
    id = AutoField()
    campaign = ForeignKeyField(Campaign, backref="nominees", on_delete="CASCADE")
    household = ForeignKeyField(Household, null=True, on_delete="RESTRICT")
    resident = ForeignKeyField(Resident, null=True, on_delete="RESTRICT")
    building = ForeignKeyField(Building, null=True, on_delete="RESTRICT")
    name = CharField()
    address = CharField(default="")
    nominated_by = CharField(default="")
    citation = TextField(default="")
    votes = IntegerField(null=True)
    score = FloatField(null=True)
    winner = IntegerField(default=0)
    serial = CharField(null=True, unique=True)

    class Meta:
        indexes = (
            (("campaign", "household"), True),
            (("campaign", "resident"), True),
            (("campaign", "building"), True),
        )


class Objection(BaseModel):
    """An objection raised against a nominee during the public notice, and how it was settled."""

    id = AutoField()
    nominee = ForeignKeyField(Nominee, backref="objections", on_delete="CASCADE")
    raised_date = DateField()
    raised_by = CharField(default="")
    content = TextField()
    resolution = TextField(default="")
    sustained = IntegerField(null=True)
    resolved_date = DateField(null=True)


MODELS += [Campaign, Nominee, Objection]


class ExportLog(BaseModel):
    """Every export of personal data: who, when, which return, whether ID numbers were masked."""

    id = AutoField()
    exported_at = DateTimeField(default=_now)
    user = CharField()
    return_name = CharField()
    period = CharField(default="")
    masked = IntegerField()
    rows = IntegerField()
    path = TextField(default="")


MODELS += [ExportLog]


# Accounts and the audit trail.


class Account(BaseModel):
    id = AutoField()
    username = CharField(unique=True)
    role = CharField()
    password_hash = CharField()
    salt = CharField()
    active = IntegerField(default=1)
    created_at = DateTimeField(default=_now)


class AuditLog(BaseModel):
    """Who changed which record, when, from what to what; written by triggers, never edited."""

    id = AutoField()
    at = DateTimeField()
    user = CharField()
    table_name = CharField(index=True)
    row_id = IntegerField(null=True)
    action = CharField()
    old_values = TextField(null=True)
    new_values = TextField(null=True)
    # Chained to the entry before (db.audit_chain): an entry changed or removed with another tool shows.
    hash = TextField(default="")


MODELS += [Account, AuditLog]


class Staff(EditableModel):
    """社区工作人员: who works in the office, their post and the grid they serve."""

    id = AutoField()
    name = CharField()
    post = CharField(default="")
    phone = CharField(default="")
    grid = ForeignKeyField(Grid, null=True, backref="staff", on_delete="SET NULL")
    active = IntegerField(default=1)


MODELS += [Staff]


def _sql_literal(value: object) -> str:
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    return str(int(value) if isinstance(value, bool) else value)


def _declare_defaults() -> None:
    """A plain default is the database's too (DEFAULT in the DDL), as the migrations declare it: rows
    written by other tools, and tables created from these models, get the same values."""
    for model in MODELS:
        for field in model._meta.sorted_fields:
            if field.default is not None and not callable(field.default):
                field.constraints = [*(field.constraints or []), SQL(f"DEFAULT {_sql_literal(field.default)}")]


_declare_defaults()
