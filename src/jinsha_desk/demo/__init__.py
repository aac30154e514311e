"""The whole demo community for the demo window, tests and benchmarks: the roster first, then a year of
visits, three years of volunteer service, meetings and honours, each from its own area's seeder.

Everything is drawn from seeded random generators, so the same size gives the same community. This
package sits above every area and imports downward only.
"""

from __future__ import annotations

import datetime as dt
import random

from jinsha_desk.demo.community import COMMUNITY, GRIDS, STREET_OFFICE, assign_roles, demo_candidates
from jinsha_desk.honours.demo import seed_honours
from jinsha_desk.importing.importer import ImportReport, store_candidates
from jinsha_desk.meetings.demo import seed_meetings
from jinsha_desk.models import Grid, ResidentRole, Staff, database
from jinsha_desk.office.profile import update_profile
from jinsha_desk.office.staff import StaffInput, add_staff
from jinsha_desk.visits.demo import seed_visits
from jinsha_desk.volunteers.demo import seed_volunteers

__all__ = ["demo_candidates", "seed_demo"]


def seed_demo(residents: int = 6000, seed: int = 2026) -> ImportReport:
    """Fill the bound database with the demo community; idempotent for the same size and seed."""
    report = store_candidates(demo_candidates(residents, seed), ImportReport())
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
        today = dt.date.today()
        seed_visits(random.Random(seed + 1), today)
        seed_volunteers(random.Random(seed + 2), today)
        seed_meetings(random.Random(seed + 3), today)
        seed_honours(random.Random(seed + 4), today)
    return report
