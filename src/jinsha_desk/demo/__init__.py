"""The whole demo community for the demo window, tests and benchmarks: the roster first, then a year of
visits, three years of volunteer service, meetings and honours, each from its own area's seeder.

Everything is drawn from seeded random generators, so the same size gives the same community. This
package sits above every area and imports downward only.
"""

from __future__ import annotations

import datetime as dt
import random

from peewee import fn

from jinsha_desk.audit import record_event
from jinsha_desk.db.bulk import inserts_unaudited
from jinsha_desk.db.dialect import placeholder
from jinsha_desk.demo.community import COMMUNITY, GRIDS, STREET_OFFICE, assign_roles, demo_candidates
from jinsha_desk.honours.demo import seed_honours
from jinsha_desk.importing.importer import ImportReport, store_candidates
from jinsha_desk.meetings.demo import seed_meetings
from jinsha_desk.models import Building, Grid, Household, Resident, ResidentRole, ResidentTag, Staff, Unit, database
from jinsha_desk.office.profile import update_profile
from jinsha_desk.office.staff import StaffInput, add_staff
from jinsha_desk.visits.demo import seed_visits
from jinsha_desk.volunteers.demo import seed_volunteers

__all__ = ["demo_candidates", "seed_demo"]


def seed_demo(residents: int = 6000, seed: int = 2026) -> ImportReport:
    """Fill the bound database with the demo community; idempotent for the same size and seed."""
    today = dt.date.today()
    # Generated, not entered: one audit entry says so, and the households registered over the past
    # years, so that the roster as of last month or last year (roster.history) looks like a real one.
    with database.atomic(), inserts_unaudited(Grid, Building, Unit, Household, Resident, ResidentTag):
        last = Household.select(fn.MAX(Household.id)).scalar() or 0
        report = store_candidates(demo_candidates(residents, seed), ImportReport())
    if report.new:
        _registered_over_the_years(random.Random(seed + 5), today, last)
        record_event("新增", "resident", f"生成示例数据：居民 {report.new} 人")
    with database.atomic():
        update_profile({
            "community_name": COMMUNITY, "committee_name": f"{COMMUNITY}居民委员会", "street_office": STREET_OFFICE,
            "community_code": "JS", "area_code": "510403001001", "address": "民族大道100号", "phone": "0812-3331234",
            "return_unit": COMMUNITY, "preparer": GRIDS[2][1], "reviewer": GRIDS[0][1],
            "person_in_charge": GRIDS[0][1], "handler": GRIDS[2][1],  # the demo's certificates have signers
        })
        for name, worker, phone in GRIDS:
            Grid.update(worker_name=worker, worker_phone=phone).where(Grid.name == name).execute()
        if not Staff.select().exists():
            for name, worker, phone in GRIDS:
                add_staff(StaffInput(worker, "网格员", phone, name))
        if report.new and not ResidentRole.select().exists():
            assign_roles(random.Random(seed))
        # Visits and service hours run up to today, so that the overdue list means something.
        seed_visits(random.Random(seed + 1), today)
        seed_volunteers(random.Random(seed + 2), today)
        seed_meetings(random.Random(seed + 3), today)
        seed_honours(random.Random(seed + 4), today)
    return report


def _registered_over_the_years(rng: random.Random, today: dt.date, after_household: int) -> None:
    """Each new household registered on a day in the past eight years (one in seven within the last
    year); its members with it, or at birth if born since."""
    households = [hid for (hid,) in Household.select(Household.id).where(Household.id > after_household).tuples()]
    since = {}
    for hid in households:
        days = rng.randint(1, 365) if rng.random() < 1 / 7 else rng.randint(366, 8 * 365)
        since[hid] = today - dt.timedelta(days=days)
    members = Resident.select(Resident.id, Resident.household, Resident.birth_date).where(
        Resident.household.in_(Household.select(Household.id).where(Household.id > after_household)))
    p = placeholder(database)
    with database.atomic():
        cursor = database.cursor()
        cursor.executemany(f'UPDATE "household" SET "created_at" = {p} WHERE "id" = {p}',
                           [(f"{day} 09:00:00", hid) for hid, day in since.items()])
        cursor.executemany(f'UPDATE "resident" SET "created_at" = {p} WHERE "id" = {p}',
                           [(f"{max(since[hid], born)} 09:00:00", rid) for rid, hid, born in list(members.tuples())])
