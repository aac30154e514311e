"""Every record a clerk enters can be corrected and, where the domain allows, removed; the audit trail
records both."""

import datetime as dt
import json

import pytest
from ids import make_id
from meetings_data import hold_meeting

from jinsha_desk.errors import DeskError
from jinsha_desk.honours import campaigns as c
from jinsha_desk.meetings import meetings as m
from jinsha_desk.meetings import topics as t
from jinsha_desk.models import AgendaItem, Attendance, AuditLog, Household, MeetingAttendee, Need, Visit, VisitResident
from jinsha_desk.roster import editing
from jinsha_desk.visits import records
from jinsha_desk.volunteers import people, service, wishes

pytestmark = pytest.mark.both_engines  # the core's behaviour on SQLite and on a server

TODAY = dt.date.today()


def audited(table: str, action: str) -> list[AuditLog]:
    return list(AuditLog.select().where(AuditLog.table_name == table, AuditLog.action == action))


@pytest.fixture
def household(db):
    rid = editing.add_resident(editing.ResidentInput(name="王建国", id_number=make_id(order=101), relation="户主",
                                                     building="3", unit="2", room="301", phone="13800000001"))
    return Household.select().first().id, rid


def test_a_visit_is_corrected_and_removed_with_its_needs(household):
    household_id, rid = household
    visit_id = records.add_visit(records.VisitInput(household_id, TODAY, "刘芳", "日常走访", "身体好", [rid], ["修灯"]))
    data = records.visit_input(visit_id)
    assert (data.visitor, data.needs, data.met_resident_ids) == ("刘芳", ["修灯"], [rid])
    data.visitor, data.findings, data.needs = "王丽萍", "腿脚不便", ["修灯", "助餐"]
    records.update_visit(visit_id, data)
    visit = Visit.get_by_id(visit_id)
    assert (visit.visitor, visit.findings) == ("王丽萍", "腿脚不便")
    assert {n.description for n in Need.select()} == {"助餐", "修灯"}
    changed = audited("visit", "修改")[0]
    assert json.loads(changed.old_values)["visitor"] == "刘芳" and json.loads(changed.new_values)["visitor"] == "王丽萍"
    records.correct_need(Need.get(Need.description == "助餐").id, "申请助餐服务")
    records.remove_need(Need.get(Need.description == "修灯").id)
    assert [n.description for n in Need.select()] == ["申请助餐服务"]
    records.remove_visit(visit_id)
    assert Visit.select().count() == Need.select().count() == VisitResident.select().count() == 0
    assert len(audited("visit", "删除")) == 1 and len(audited("need", "删除")) == 2


def test_an_activitys_hours_are_corrected(household):
    _, rid = household
    li = people.add_volunteer(rid)
    zhao = people.add_volunteer(name="赵敏", phone="13800000002")
    activity = service.add_activity(service.ActivityInput("敬老院慰问", TODAY), {li: 3, zhao: 2})
    service.set_activity_hours(activity, {li: 2.5})
    assert service.activity_hours(activity) == {li: 2.5}
    assert len(audited("attendance", "删除")) == 2
    with pytest.raises(DeskError, match="至少勾选一位"):
        service.set_activity_hours(activity, {})
    data = service.activity_input(activity)
    data.title = "敬老院重阳慰问"
    service.update_activity(activity, data)
    assert service.activities()[0].title == "敬老院重阳慰问"
    with pytest.raises(DeskError, match="已有 1 次服务时长"):
        people.remove_volunteer(li)
    people.remove_volunteer(zhao)
    service.remove_activity(activity)
    assert Attendance.select().count() == 0 and service.activities() == []
    people.remove_volunteer(li)
    assert people.volunteer_choices() == []


def test_wishes_and_teams(household):
    _, rid = household
    li = people.add_volunteer(rid)
    team = people.add_team("巾帼志愿服务队", leader_id=li)
    people.remove_team(team)
    assert people.teams() == []
    wish = wishes.add_wish(rid, "想要一台收音机")
    wishes.correct_wish(wish, "想要一台老年收音机")
    wishes.claim_wish(wish, li)
    wishes.unclaim_wish(wish)
    wishes.claim_wish(wish, li)
    wishes.fulfil_wish(wish)
    with pytest.raises(DeskError, match="不能删除"):
        wishes.remove_wish(wish)


@pytest.fixture
def held_meeting(household):
    return hold_meeting(household[1])


def test_an_invitee_is_removed_and_minutes_corrected_then_withdrawn(held_meeting):
    meeting, topic = held_meeting
    guest = MeetingAttendee.get(MeetingAttendee.name == "物业经理")
    m.uninvite(guest.id)
    assert [a.name for a in m.meeting_detail(meeting).attendees] == ["王建国"]
    assert audited("meeting_attendee", "删除")[0].old_values.count("物业经理") == 1
    item = AgendaItem.get()
    m.record_attendance(meeting, {a.attendee_id: m.PRESENT for a in m.meeting_detail(meeting).attendees})
    m.record_minutes(item.id, m.MinutesInput("讨论", "同意更换楼道灯", 1, 0, 0))
    m.correct_minutes(item.id, m.MinutesInput("讨论充分", "同意更换为声控灯", 1, 0, 0, "物业公司"))
    assert t.get_topic(topic).step == t.IMPLEMENTING and t.get_topic(topic).decision == "同意更换为声控灯"
    assert AgendaItem.get_by_id(item.id).decision == "同意更换为声控灯"
    assert any("同意更换楼道灯" in a.old_values for a in audited("agenda_item", "修改"))
    with pytest.raises(DeskError, match="已有会议纪要"):
        m.remove_meeting(meeting)
    m.withdraw_minutes(item.id, "记错了议题")
    assert t.get_topic(topic).step == t.ACCEPTED and AgendaItem.get_by_id(item.id).decision == ""
    assert t.history(topic)[-1][2] == "撤销会议纪要：记错了议题"
    m.remove_meeting(meeting)
    assert m.meetings() == []


def test_a_topic_goes_back_one_step_with_the_reason(db):
    topic = t.add_topic(t.TopicInput("加装电梯", "项目", TODAY - dt.timedelta(days=10)))
    t.accept(topic, TODAY - dt.timedelta(days=9))
    with pytest.raises(DeskError, match="原因"):
        t.step_back(topic, " ")
    assert t.step_back(topic, "议题确定错了") == t.COLLECTED
    assert t.history(topic)[-1][1:] == (t.COLLECTED, "退回：议题确定错了")
    with pytest.raises(DeskError, match="没有可以退回"):
        t.step_back(topic, "再退")
    t.close(topic, t.WITHDRAWN, "居民撤回", TODAY)
    assert t.step_back(topic, "撤回有误") == t.COLLECTED and t.get_topic(topic).closed_reason == ""


def test_campaigns_and_nominees_as_far_as_their_step_allows(household):
    household_id, _ = household
    campaign = c.create_campaign(c.CampaignInput("文明家庭", TODAY.year, c.HOUSEHOLD, 1))
    nominee = c.nominate(campaign, household_id, "张书记", "孝老爱亲")
    c.correct_nominee(nominee, "李主任", "邻里和睦")
    assert c.nominees(campaign)[0].citation == "邻里和睦"
    data = c.CampaignInput("文明家庭", TODAY.year, c.RESIDENT, 2)
    with pytest.raises(DeskError, match="不能再改评选对象"):
        c.update_campaign(campaign, data)
    c.remove_nominee(nominee)
    c.update_campaign(campaign, data)
    c.remove_campaign(campaign)
    assert c.campaigns() == []


def test_corrections_from_the_command_line(capsys, db_path, tmp_path):
    from jinsha_desk.cli import main

    db = str(db_path)
    main(["--db", db, "seed-demo", "--residents", "300"])
    capsys.readouterr()
    main(["--db", db, "visits", "list", "--json"])
    visit = json.loads(capsys.readouterr().out)[0]
    assert main(["--db", db, "visits", "edit", str(visit["id"]), "--visitor", "赵敏", "--need", "申请助餐"]) == 0
    assert "已更正走访" in capsys.readouterr().out
    main(["--db", db, "visits", "list", "--json"])
    edited = next(v for v in json.loads(capsys.readouterr().out) if v["id"] == visit["id"])
    assert edited["visitor"] == "赵敏" and "申请助餐" in edited["needs"]
    assert main(["--db", db, "visits", "remove", str(visit["id"])]) == 0
    capsys.readouterr()
    main(["--db", db, "activities", "--json"])
    activity = json.loads(capsys.readouterr().out)[0]
    main(["--db", db, "volunteers", "--json"])
    volunteer = json.loads(capsys.readouterr().out)[0]
    assert main(["--db", db, "activities", "edit", str(activity["id"]), "--title", "更正后的活动",
                 "--hours", f"{volunteer['id']}=2.5"]) == 0
    capsys.readouterr()
    main(["--db", db, "activities", "--json"])
    corrected = next(a for a in json.loads(capsys.readouterr().out) if a["id"] == activity["id"])
    assert (corrected["title"], corrected["volunteers"], corrected["hours"]) == ("更正后的活动", 1, 2.5)
    main(["--db", db, "meetings", "--json"])
    planned = json.loads(capsys.readouterr().out)[0]
    main(["--db", db, "meetings", "show", str(planned["id"]), "--json"])
    attendee = json.loads(capsys.readouterr().out)["attendees"][0]
    assert main(["--db", db, "meetings", "uninvite", str(attendee["id"])]) == 0
    capsys.readouterr()
    main(["--db", db, "meetings", "show", str(planned["id"]), "--json"])
    assert attendee["id"] not in {a["id"] for a in json.loads(capsys.readouterr().out)["attendees"]}
    assert main(["--db", db, "visits", "remove", str(visit["id"])]) == 1
    assert "找不到编号为" in capsys.readouterr().err
