"""Two clerks correcting the same record: the later save never silently overwrites the earlier one."""

import dataclasses
import datetime as dt
import json

import pytest
from ids import make_id

from jinsha_desk import auth
from jinsha_desk.cli import CONFLICT_EXIT, main
from jinsha_desk.db.versions import EditConflict
from jinsha_desk.models import Activity, Resident, Visit
from jinsha_desk.roster import editing
from jinsha_desk.visits import records
from jinsha_desk.volunteers import people, service

pytestmark = pytest.mark.both_engines


@pytest.fixture
def resident(db):
    return editing.add_resident(editing.ResidentInput(
        name="赵丽", id_number=make_id(order=812), phone="13900001111", relation="户主", grid="第一网格",
        create_grid=True, building="8", unit="1", room="201"))


def test_a_save_over_a_newer_change_is_refused_with_both_versions(db, resident):
    mine, theirs = editing.resident_input(resident), editing.resident_input(resident)
    auth.set_current(auth.Session("网格员小李", auth.ADMIN))
    theirs.phone = "13911112222"
    editing.update_resident(resident, theirs)
    auth.set_current(auth.Session("网格员小王", auth.ADMIN))
    mine.note = "独居，子女在外地"
    with pytest.raises(EditConflict) as caught:
        editing.update_resident(resident, mine)
    conflict = caught.value
    assert {d.label: (d.mine, d.theirs) for d in conflict.differences} == {
        "电话": ("13900001111", "13911112222"), "备注": ("独居，子女在外地", "")}
    assert conflict.by == "网格员小李" and "网格员小李" in conflict.message and "13911112222" in conflict.message
    stored = Resident.get_by_id(resident)
    assert (stored.phone, stored.note, stored.version) == ("13911112222", "", 2)

    editing.update_resident(resident, conflict.merged({"phone"}))
    stored = Resident.get_by_id(resident)
    assert (stored.phone, stored.note, stored.version) == ("13911112222", "独居，子女在外地", 3)


def test_keeping_mine_saves_over_theirs_and_the_trail_shows_both(db, resident):
    mine, theirs = editing.resident_input(resident), editing.resident_input(resident)
    theirs.phone = "13911112222"
    editing.update_resident(resident, theirs)
    mine.phone = "13933334444"
    with pytest.raises(EditConflict) as caught:
        editing.update_resident(resident, mine)
    editing.update_resident(resident, caught.value.merged(set()))
    assert Resident.get_by_id(resident).phone == "13933334444"


def test_visits_and_activities_carry_versions_too(db, resident):
    household = Resident.get_by_id(resident).household_id
    visit = records.add_visit(records.VisitInput(household, dt.date.today(), "小李", "日常走访"))
    first, second = records.visit_input(visit), records.visit_input(visit)
    records.update_visit(visit, dataclasses.replace(first, findings="身体尚好"))
    with pytest.raises(EditConflict) as caught:
        records.update_visit(visit, dataclasses.replace(second, visitor="小王"))
    assert {d.label for d in caught.value.differences} == {"走访人", "走访情况"}
    assert Visit.get_by_id(visit).visitor == "小李"

    volunteer = people.add_volunteer(resident)
    activity = service.add_activity(service.ActivityInput("清扫楼道", dt.date.today()), {volunteer: 2})
    first, second = service.activity_input(activity), service.activity_input(activity)
    service.update_activity(activity, dataclasses.replace(first, place="8栋"))
    with pytest.raises(EditConflict):
        service.correct_activity(activity, dataclasses.replace(second, place="9栋"), {volunteer: 3})
    assert (Activity.get_by_id(activity).place, service.activity_hours(activity)) == ("8栋", {volunteer: 2})


def test_the_command_line_refuses_a_stale_version_with_its_own_exit_code(db, db_location, resident, capsys):
    listed = {r["id"]: r for r in json.loads(_run(capsys, db_location, "residents", "--json")[1])}
    seen = listed[resident]["version"]
    assert _run(capsys, db_location, "resident", "edit", str(resident), "--phone", "13955556666")[0] == 0
    code, _, err = _run(capsys, db_location, "resident", "edit", str(resident), "--note", "腿脚不便",
                        "--version", str(seen))
    assert code == CONFLICT_EXIT and "备注：我的“腿脚不便”，对方的“”" in err and "当前版本 2" in err
    assert Resident.get_by_id(resident).note == ""
    code, out, _ = _run(capsys, db_location, "resident", "edit", str(resident), "--note", "腿脚不便")
    assert code == 0 and "版本 3" in out
    assert (Resident.get_by_id(resident).phone, Resident.get_by_id(resident).note) == ("13955556666", "腿脚不便")


def _run(capsys, location, *args):
    code = main(["--db", location, *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_meetings_and_staff_carry_versions_too(db):
    from jinsha_desk.meetings import meetings
    from jinsha_desk.office import staff

    meeting = meetings.plan_meeting(meetings.MeetingInput("居民议事会", "十一月议事会", dt.datetime(2026, 11, 28, 19, 0)))
    first, second = meetings.meeting_input(meeting), meetings.meeting_input(meeting)
    meetings.update_meeting(meeting, dataclasses.replace(first, place="社区活动室"))
    with pytest.raises(EditConflict) as caught:
        meetings.update_meeting(meeting, dataclasses.replace(second, host="张主任"))
    assert {d.label for d in caught.value.differences} == {"地点", "主持人"}

    person = staff.add_staff(staff.StaffInput("孙红", "网格员", "13800000002"))
    first, second = staff.staff_input(person), staff.staff_input(person)
    staff.update_staff(person, dataclasses.replace(first, phone="13800000003"))
    with pytest.raises(EditConflict):
        staff.update_staff(person, dataclasses.replace(second, post="社区书记"))
    assert staff.staff_input(person).post == "网格员"
