import datetime as dt

import pytest
from ids import make_id

from jinsha_desk.errors import DeskError
from jinsha_desk.models import Attendance
from jinsha_desk.roster import editing
from jinsha_desk.volunteers import people, service, wishes

pytestmark = pytest.mark.both_engines  # the core's behaviour on SQLite and on a server


@pytest.fixture
def resident(db):
    return editing.add_resident(editing.ResidentInput(name="周红", id_number=make_id(order=611), phone="13800001234",
                                                      building="1", unit="1", room="101"))


def test_star_levels():
    assert [service.star_level(h) for h in (0, 99.5, 100, 299.5, 300, 600, 999.5, 1000, 1500, 4000)] == [
        0, 0, 1, 1, 2, 3, 3, 4, 5, 5,
    ]
    assert service.stars_text(3) == "★★★"


@pytest.mark.parametrize("hours", [0, 0.25, 1.25, 24.5, -1, "两小时"])
def test_hours_must_be_half_hours_between_half_and_24(hours):
    with pytest.raises(DeskError):
        service.check_hours(hours)


@pytest.mark.parametrize("hours", [0.5, 1, 2.5, 24, "3.5"])
def test_good_hours(hours):
    assert service.check_hours(hours) == float(hours)


def test_volunteers_from_the_roster_and_outside(resident):
    inside = people.add_volunteer(resident)
    with pytest.raises(DeskError, match="已经是志愿者"):
        people.add_volunteer(resident)
    with pytest.raises(DeskError, match="联系电话"):
        people.add_volunteer(name="外来者")
    outside = people.add_volunteer(name="  陈 医生 ", phone="139-0000-2222")
    team = people.add_team("红袖标巡逻队", leader_id=inside, member_ids=[outside])
    assert people.teams()[0].members == 2 and people.teams()[0].leader == "周红"
    with pytest.raises(DeskError):
        people.add_team("红袖标巡逻队")
    assert people.team_names_by_volunteer()[outside] == ["红袖标巡逻队"]
    assert team


def test_totals_per_year_and_stars(resident):
    a = people.add_volunteer(resident)
    b = people.add_volunteer(name="陈医生", phone="13900002222")
    today = dt.date(2026, 12, 31)
    for day, hours in ((dt.date(2026, 3, 1), 8), (dt.date(2026, 9, 1), 2.5)):
        service.add_activity(service.ActivityInput("助老服务", day), {a: hours}, today=today)
    # 90 hours in 2025, as four long shifts.
    for day in range(4):
        service.add_activity(service.ActivityInput(f"值守{day}", dt.date(2025, 7, 2 + day)), {a: 22.5}, today=today)
    big = service.add_activity(service.ActivityInput("防汛值守", dt.date(2025, 7, 1)), today=today)
    service.record_hours(big, {b: 3})
    year = {r.name: r for r in service.hours_for_year(2026)}
    assert year["周红"].hours == 10.5 and year["周红"].activities == 2
    assert year["周红"].total_hours == 100.5 and year["周红"].stars == 1
    assert year["陈医生"].hours == 0 and year["陈医生"].total_hours == 3
    assert year["周红"].as_json() == {"name": "周红", "team": "", "activities": 2, "hours": 10.5, "total_hours": 100.5, "star": 1}


def test_duplicate_attendance_is_refused_whole(resident):
    a = people.add_volunteer(resident)
    b = people.add_volunteer(name="陈医生", phone="13900002222")
    activity = service.add_activity(service.ActivityInput("义诊", dt.date(2026, 4, 1)), {a: 2})
    with pytest.raises(DeskError, match="周红 已登记过"):
        service.record_hours(activity, {b: 2, a: 1})
    assert Attendance.select().count() == 1  # 陈医生 was not half-saved either


def test_bad_hours_in_a_batch_save_nothing(resident):
    a = people.add_volunteer(resident)
    b = people.add_volunteer(name="陈医生", phone="13900002222")
    with pytest.raises(DeskError, match="陈医生的服务时长"):
        service.add_activity(service.ActivityInput("义诊", dt.date(2026, 4, 1)), {a: 2, b: 0.3})
    assert service.activities() == []


def test_micro_wish_lifecycle(resident):
    volunteer = people.add_volunteer(resident)
    wish = wishes.add_wish(resident, "想要一台收音机", dt.date(2026, 3, 1))
    with pytest.raises(DeskError):
        wishes.fulfil_wish(wish)
    with pytest.raises(DeskError):
        wishes.claim_wish(wish)
    wishes.claim_wish(wish, volunteer_id=volunteer, day=dt.date(2026, 3, 2))
    with pytest.raises(DeskError):
        wishes.claim_wish(wish, unit="金沙银行")
    with pytest.raises(DeskError, match="早于"):
        wishes.fulfil_wish(wish, dt.date(2026, 3, 1))
    wishes.fulfil_wish(wish, dt.date(2026, 3, 8))
    assert [w.status for w in wishes.wishes()] == [wishes.FULFILLED]
    assert wishes.wishes(wishes.FULFILLED)[0].claimed_by == "周红"
    other = wishes.add_wish(resident, "学习智能手机")
    wishes.claim_wish(other, unit="金沙银行")
    assert wishes.wishes(wishes.CLAIMED)[0].claimed_by == "金沙银行"


def test_service_certificate_pdf(resident, tmp_path):
    from pypdf import PdfReader

    from jinsha_desk.documents.volunteer_docs import write_service_certificate

    volunteer = people.add_volunteer(resident)
    service.add_activity(service.ActivityInput("敬老院慰问", dt.date(2026, 3, 1)), {volunteer: 2.5})
    service.add_activity(service.ActivityInput("环境整治", dt.date(2026, 6, 1)), {volunteer: 3})
    service.add_activity(service.ActivityInput("去年的活动", dt.date(2025, 6, 1)), {volunteer: 8})
    pdf = write_service_certificate(volunteer, dt.date(2026, 1, 1), dt.date(2026, 12, 31), tmp_path / "证明.pdf",
                                    today=dt.date(2026, 12, 31))
    words = "".join(p.extract_text() for p in PdfReader(str(pdf)).pages).replace("\n", "")
    assert "志愿服务记录证明" in words and "兹证明周红于2026年1月1日至2026年12月31日期间" in words
    assert "参加志愿服务2次，累计志愿服务时间5.5小时" in words and "去年的活动" not in words
    with pytest.raises(DeskError):
        write_service_certificate(volunteer, dt.date(2026, 2, 1), dt.date(2026, 1, 1), tmp_path / "x.pdf")
