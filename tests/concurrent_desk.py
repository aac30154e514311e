"""One desk of several working against one server at the same time (run as its own process by
tests/test_concurrent_desks.py and bench/bench_server.py): for the given seconds it records visits,
activities with hours, and corrections of its own residents and of one resident every desk corrects;
then writes what it saved, how long each save took, and anything that went wrong, as JSON."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sys
import time
import traceback

from jinsha_desk import auth
from jinsha_desk.db.location import parse_location
from jinsha_desk.db.server import open_server
from jinsha_desk.db.versions import EditConflict
from jinsha_desk.models import Household, Resident, Volunteer
from jinsha_desk.roster import editing
from jinsha_desk.visits import records
from jinsha_desk.volunteers import service


def work(url: str, desk: int, desks: int, seconds: float, shared: int) -> dict:
    open_server(parse_location(url))
    auth.set_current(auth.Session(f"网格员{desk}", auth.ADMIN))
    households = [h for (h,) in Household.select(Household.id).order_by(Household.id).tuples()]
    own = [r for (r,) in Resident.select(Resident.id).where(Resident.id != shared).order_by(Resident.id).tuples()
           if r % desks == desk]
    volunteers = [v for (v,) in Volunteer.select(Volunteer.id).order_by(Volunteer.id).tuples()]
    saved = {"visits": [], "activities": [], "phones": {}, "conflicts": 0, "errors": [], "latencies": []}
    deadline, turn = time.monotonic() + seconds, 0
    while time.monotonic() < deadline:
        started = time.perf_counter()
        try:
            kind = turn % 4
            if kind == 0:
                household = households[(desk * 7919 + turn) % len(households)]
                saved["visits"].append(records.add_visit(records.VisitInput(
                    household, dt.date.today(), f"网格员{desk}", "日常走访", findings=f"第{turn}次")))
            elif kind == 1:
                served = volunteers[(desk + turn) % len(volunteers)]
                saved["activities"].append(service.add_activity(
                    service.ActivityInput(f"服务{desk}-{turn}", dt.date.today()), {served: 1.5}))
            elif kind == 2:
                resident = own[turn % len(own)]
                data = editing.resident_input(resident)
                data.phone = f"139{desk:02d}{turn:06d}"
                editing.update_resident(resident, data)
                saved["phones"][str(resident)] = data.phone
            else:
                data = editing.resident_input(shared)
                editing.update_resident(shared, dataclasses.replace(data, note=f"网格员{desk}第{turn}次"))
            saved["latencies"].append(time.perf_counter() - started)
        except EditConflict:
            saved["conflicts"] += 1
        except Exception:  # every other failure is a finding
            saved["errors"].append(traceback.format_exc())
        turn += 1
    return saved


if __name__ == "__main__":
    url, desk, desks, seconds, shared = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5])
    print(json.dumps(work(url, desk, desks, seconds, shared)))
