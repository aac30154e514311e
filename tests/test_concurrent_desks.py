"""Eight desks, each its own process, saving against one server at once for a minute: every save is
there afterwards, none failed, the audit chain is whole; desks correcting the same resident from the
same version get one save and conflicts, never a silent overwrite."""

import json
import os
import subprocess
import sys
from pathlib import Path

from jinsha_desk.cli import CONFLICT_EXIT
from jinsha_desk.db.audit_chain import audit_problems
from jinsha_desk.demo import seed_demo
from jinsha_desk.models import Activity, Attendance, Resident, Visit

DESKS = 8
SECONDS = float(os.environ.get("JINSHA_DESKS_SECONDS", "60"))
WORKER = Path(__file__).with_name("concurrent_desk.py")


def test_eight_desks_save_at_once_and_nothing_is_lost(server_db):
    seed_demo(400)
    shared = Resident.select().order_by(Resident.id).first().id
    url = server_db.address.url
    desks = [subprocess.Popen([sys.executable, str(WORKER), url, str(n), str(DESKS), str(SECONDS), str(shared)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for n in range(DESKS)]
    results = []
    for desk in desks:
        out, err = desk.communicate(timeout=SECONDS + 120)
        assert desk.returncode == 0, err
        results.append(json.loads(out))
    assert [r["errors"] for r in results] == [[]] * DESKS
    assert all(len(r["latencies"]) > 10 for r in results)

    visits = [v for r in results for v in r["visits"]]
    activities = [a for r in results for a in r["activities"]]
    assert Visit.select().where(Visit.id.in_(visits)).count() == len(visits) == len(set(visits))
    assert Activity.select().where(Activity.id.in_(activities)).count() == len(activities)
    assert Attendance.select().where(Attendance.activity.in_(activities)).count() == len(activities)
    phones = {int(k): v for r in results for k, v in r["phones"].items()}
    assert dict(Resident.select(Resident.id, Resident.phone).where(Resident.id.in_(list(phones))).tuples()) == phones
    assert audit_problems(server_db) == []


def test_desks_correcting_one_resident_from_the_same_version_get_one_save(server_db):
    seed_demo(60)
    resident = Resident.select().order_by(Resident.id).first()
    url = server_db.address.url
    desks = [subprocess.Popen([sys.executable, "-m", "jinsha_desk", "--db", url, "resident", "edit", str(resident.id),
                               "--note", f"第{n}台的修改", "--version", str(resident.version)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for n in range(DESKS)]
    codes = [desk.wait(timeout=120) for desk in desks]
    assert sorted(codes) == [0] + [CONFLICT_EXIT] * (DESKS - 1)
    winner = codes.index(0)
    stored = Resident.get_by_id(resident.id)
    assert stored.note == f"第{winner}台的修改" and stored.version == resident.version + 1
