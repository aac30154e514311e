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


def test_every_other_correction_is_refused_over_a_newer_save(db, resident):
    """Topics, minutes, needs, wishes, volunteers, campaigns and nominees: the same rule."""
    from jinsha_desk.honours import campaigns
    from jinsha_desk.meetings import topics
    from jinsha_desk.models import Need
    from jinsha_desk.volunteers import wishes

    topic = topics.add_topic(topics.TopicInput("加装电梯", topics.KINDS[0], dt.date.today()))
    first, second = topics.topic_input(topic), topics.topic_input(topic)
    topics.correct_topic(topic, dataclasses.replace(first, raised_by="王大爷"))
    with pytest.raises(EditConflict):
        topics.correct_topic(topic, dataclasses.replace(second, description="8栋老人多"))

    household = Resident.get_by_id(resident).household_id
    visit = records.add_visit(records.VisitInput(household, dt.date.today(), "小李", "日常走访", needs=["修路灯"]))
    need = records.needs_list(None)[0]
    assert need.version == 1
    records.correct_need(need.need_id, "修8栋路灯", need.version)
    with pytest.raises(EditConflict, match="修8栋路灯"):
        records.correct_need(need.need_id, "修楼道灯", need.version)
    with pytest.raises(EditConflict):
        records.update_need(need.need_id, records.NEED_STATUSES[1], "小王", seen_version=need.version)
    assert Need.get_by_id(need.need_id).description == "修8栋路灯" and visit

    wish = wishes.add_wish(resident, "想要一台收音机")
    wishes.correct_wish(wish, "想要一台老年收音机", 1)
    with pytest.raises(EditConflict):
        wishes.correct_wish(wish, "想要收音机", 1)

    volunteer = people.add_volunteer(resident)
    people.correct_volunteer(volunteer, "赵丽", "13900000009", seen_version=1)
    with pytest.raises(EditConflict):
        people.correct_volunteer(volunteer, "赵丽", "13900000010", seen_version=1)

    campaign = campaigns.create_campaign(campaigns.CampaignInput("文明家庭", dt.date.today().year, campaigns.HOUSEHOLD, 3))
    first, second = campaigns.campaign_input(campaign), campaigns.campaign_input(campaign)
    campaigns.update_campaign(campaign, dataclasses.replace(first, places=5))
    with pytest.raises(EditConflict):
        campaigns.update_campaign(campaign, dataclasses.replace(second, notice_days=7))
    nominee = campaigns.nominate(campaign, household, "张书记", "孝老爱亲")
    campaigns.correct_nominee(nominee, "李主任", "邻里和睦", seen_version=1)
    with pytest.raises(EditConflict):
        campaigns.correct_nominee(nominee, "张书记", "孝老爱亲、热心公益", seen_version=1)


def test_minutes_corrected_from_two_desks(db, resident):
    from meetings_data import hold_meeting

    from jinsha_desk.meetings import meetings as m
    from jinsha_desk.models import AgendaItem

    meeting, _ = hold_meeting(resident)
    m.record_attendance(meeting, {a.attendee_id: m.PRESENT for a in m.meeting_detail(meeting).attendees})
    item = AgendaItem.get().id
    m.record_minutes(item, m.MinutesInput("讨论", "同意更换楼道灯", 1, 0, 0))
    first, second = m.minutes_input(item), m.minutes_input(item)
    m.correct_minutes(item, dataclasses.replace(first, decision="同意更换为声控灯"))
    with pytest.raises(EditConflict) as caught:
        m.correct_minutes(item, dataclasses.replace(second, owner="物业公司"))
    assert {d.label for d in caught.value.differences} == {"决定", "负责人"}
    m.correct_minutes(item, caught.value.merged({"decision"}))
    assert (m.minutes_input(item).decision, m.minutes_input(item).owner) == ("同意更换为声控灯", "物业公司")
