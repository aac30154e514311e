import datetime as dt

import pytest
from ids import make_id
from pdfs import embedded_fonts, pdf_text

from jinsha_desk.chinese_dates import chinese_number
from jinsha_desk.documents.meeting_docs import write_agenda, write_minutes, write_signin
from jinsha_desk.errors import DeskError
from jinsha_desk.meetings import meetings as m
from jinsha_desk.meetings import topics as t
from jinsha_desk.models import Resident
from jinsha_desk.roster import editing
from jinsha_desk.settings import set_setting

pytestmark = pytest.mark.both_engines  # the core's behaviour on SQLite and on a server

DAY = dt.date(2026, 10, 8)


def topic(title="3栋楼道照明改造", kind="问题", day=DAY):
    return t.add_topic(t.TopicInput(title, kind, day, "楼道灯长期损坏", "3栋", "入户走访", "李秀琼"))


def test_life_cycle_in_order_with_history(db):
    tid = topic()
    assert t.get_topic(tid).step == t.COLLECTED
    t.accept(tid, dt.date(2026, 10, 10))
    t.consult(tid, "同意更换楼道灯", dt.date(2026, 10, 20))
    t.implement(tid, "物业公司", dt.date(2026, 11, 30), dt.date(2026, 10, 21))
    t.evaluate(tid, t.SATISFIED, "灯亮了", dt.date(2026, 12, 5))
    assert [step for _, step, _ in t.history(tid)] == list(t.STEPS)
    assert t.history(tid)[3] == (dt.date(2026, 10, 21), t.IMPLEMENTING, "物业公司负责")


@pytest.mark.parametrize("jump", ["consult", "implement", "evaluate"])
def test_a_step_cannot_be_skipped(db, jump):
    tid = topic()
    with pytest.raises(DeskError, match="不能跳过步骤"):
        {
            "consult": lambda: t.consult(tid, "决定", DAY),
            "implement": lambda: t.implement(tid, "物业", None, DAY),
            "evaluate": lambda: t.evaluate(tid, t.SATISFIED, "", DAY),
        }[jump]()
    assert t.get_topic(tid).step == t.COLLECTED
    assert len(t.history(tid)) == 1


def test_rejected_topic_keeps_its_reason_and_stops(db):
    tid = topic()
    with pytest.raises(DeskError, match="原因"):
        t.close(tid, t.REJECTED, " ", DAY)
    t.close(tid, t.REJECTED, "属于市政道路，已转交街道", DAY)
    row = t.topics(step=t.REJECTED)[0]
    assert row.closed_reason == "属于市政道路，已转交街道"
    with pytest.raises(DeskError, match="不能再推进"):
        t.accept(tid, DAY)


def test_dates_cannot_run_backwards(db):
    tid = topic()
    with pytest.raises(DeskError, match="不能早于"):
        t.accept(tid, DAY - dt.timedelta(days=1))


def test_satisfaction_rate_per_list(db):
    verdicts = [t.SATISFIED] * 33 + [t.BASICALLY_SATISFIED] * 2 + [t.DISSATISFIED]
    for n, verdict in enumerate(verdicts):
        tid = topic(f"议题{n}", kind="需求")
        t.accept(tid, DAY)
        t.consult(tid, "办", DAY)
        t.implement(tid, "社区", None, DAY)
        t.evaluate(tid, verdict, "", DAY)
    topic("未评价的议题", kind="需求")
    summary = t.satisfaction("需求")
    assert (summary.evaluated, summary.satisfied) == (36, 35)
    assert summary.text() == "已评价 36 项，满意率 97%"
    assert t.satisfaction("项目").text() == "尚无评价"
    assert len(t.topics(kind="需求", step=t.EVALUATED)) == 36


@pytest.fixture
def meeting(db):
    set_setting("community_name", "金沙社区")
    residents = [
        editing.add_resident(editing.ResidentInput(name=f"代表{n:02d}", id_number=make_id(order=100 + n),
                                                   phone=f"138{n:08d}", building=str(1 + n % 5), unit="1", room=f"{n}01"))
        for n in range(60)
    ]
    mid = m.plan_meeting(m.MeetingInput("党群议事会", "2026年11月党群议事会", dt.datetime(2026, 11, 20, 19, 0),
                                        "社区党群服务中心", "张书记", "刘芳"))
    m.invite_residents(mid, residents)
    m.invite(mid, [m.AttendeeInput("陈经理", "物业公司", "蓝湖物业公司", "13800001111")])
    return mid


def test_agenda_accepts_topics_and_minutes_move_them_to_implementation(meeting):
    light, charger = topic(), topic("增设电动自行车充电桩", kind="项目")
    m.set_agenda(meeting, [m.AgendaEntry(light, "王丽萍", "19:00—19:20"), m.AgendaEntry(charger, "陈志强", "19:20—19:50")])
    assert t.get_topic(light).step == t.ACCEPTED
    detail = m.meeting_detail(meeting)
    assert [a.title for a in detail.agenda] == ["3栋楼道照明改造", "增设电动自行车充电桩"]
    m.record_attendance(meeting, {a.attendee_id: (m.PRESENT if n < 50 else m.ON_LEAVE) for n, a in enumerate(detail.attendees)})
    with pytest.raises(DeskError, match="多于出席"):
        m.record_minutes(detail.agenda[0].item_id, m.MinutesInput("讨论", "同意", 45, 5, 1))
    m.record_minutes(detail.agenda[0].item_id,
                     m.MinutesInput("一致同意尽快更换", "同意更换楼道灯24盏", 45, 3, 2, "社区物业办", dt.date(2026, 12, 15)))
    m.record_minutes(detail.agenda[1].item_id, m.MinutesInput("一楼住户有顾虑", "先征求一楼住户意见", 30, 15, 5))
    assert t.get_topic(light).step == t.IMPLEMENTING and t.get_topic(light).owner == "社区物业办"
    assert t.get_topic(charger).step == t.CONSULTED
    item = m.meeting_detail(meeting).agenda[0]
    assert item.vote_text() == "同意 45 票，反对 3 票，弃权 2 票"
    with pytest.raises(DeskError):
        m.record_minutes(item.item_id, m.MinutesInput("再议", "再决定", 1, 0, 0))
    with pytest.raises(DeskError, match="不能从议程中移除"):
        m.set_agenda(meeting, [m.AgendaEntry(charger)])


def test_only_open_topics_go_on_an_agenda(meeting):
    done = topic()
    t.close(done, t.WITHDRAWN, "居民已自行解决", DAY)
    with pytest.raises(DeskError, match="不能再列入议程"):
        m.set_agenda(meeting, [m.AgendaEntry(done)])
    with pytest.raises(DeskError, match="两次"):
        other = topic("另一个")
        m.set_agenda(meeting, [m.AgendaEntry(other), m.AgendaEntry(other)])


def test_documents_read_back(meeting, tmp_path):
    light = topic()
    m.set_agenda(meeting, [m.AgendaEntry(light, "王丽萍", "19:00—19:20")])
    detail = m.meeting_detail(meeting)
    m.record_attendance(meeting, {a.attendee_id: m.PRESENT for a in detail.attendees[:40]}
                        | {a.attendee_id: m.ABSENT for a in detail.attendees[40:]})
    m.record_minutes(detail.agenda[0].item_id,
                     m.MinutesInput("一致同意尽快更换", "同意更换楼道灯24盏", 38, 1, 1, "社区物业办", dt.date(2026, 12, 15)))

    reader, agenda = pdf_text(write_agenda(meeting, tmp_path / "议程.pdf"))
    assert "会议议程" in agenda and "3栋楼道照明改造" in agenda and "王丽萍" in agenda
    assert "2026年11月20日（星期五）19:00" in agenda and "第 1 页 共 1 页" in agenda
    assert embedded_fonts(reader) and all(embedded_fonts(reader).values())

    reader, signin = pdf_text(write_signin(meeting, tmp_path / "签到表.pdf"))
    # 61 invited + 8 spare rows at 10 mm a row: 19 fit under the title, 24 on each later page,
    # so four A4 pages, each with the header repeated.
    assert len(reader.pages) == 4
    assert all(page.extract_text().count("签名") == 1 for page in reader.pages)
    assert "代表00" in signin and "代表59" in signin and "蓝湖物业公司" in signin
    # Handed round the room: phones masked by default (issue 16), in full only when asked for.
    assert "13800000007" not in signin and "138****0007" in signin
    assert "13800000007" in pdf_text(write_signin(meeting, tmp_path / "全.pdf", full=True))[1]
    assert "第 4 页 共 4 页" in signin and "69" in reader.pages[3].extract_text()
    assert all(embedded_fonts(reader).values())

    reader, minutes = pdf_text(write_minutes(meeting, tmp_path / "纪要.pdf"))
    assert "应到 61 人，实到 40 人，缺席 21 人，请假 0 人" in minutes
    assert "同意 38 票，反对 1 票，弃权 1 票" in minutes
    assert "由社区物业办负责，2026年12月15日前完成" in minutes
    assert "主持人（签字）" in minutes and "记录人（签字）" in minutes
    assert all(embedded_fonts(reader).values())
    assert "Helvetica" not in str(list(embedded_fonts(reader)))


def test_chinese_numbers():
    assert [chinese_number(n) for n in (1, 9, 10, 11, 20, 23)] == ["一", "九", "十", "十一", "二十", "二十三"]


def test_meetings_listed_newest_first(meeting):
    later = m.plan_meeting(m.MeetingInput("院落议事会", "3栋院落议事会", dt.datetime(2026, 12, 2, 19, 30)))
    assert [r.meeting_id for r in m.meetings(2026)] == [later, meeting]
    assert m.meetings(2025) == []
    assert Resident.select().count() == 60


def test_minutes_wait_for_the_meeting(meeting):
    light = topic()
    m.set_agenda(meeting, [m.AgendaEntry(light)])
    item = m.meeting_detail(meeting).agenda[0]
    with pytest.raises(DeskError, match="开会之后"):
        m.record_minutes(item.item_id, m.MinutesInput("讨论", "决定"), today=dt.date(2026, 11, 19))
    m.record_minutes(item.item_id, m.MinutesInput("讨论", "决定"), today=dt.date(2026, 11, 20))
    assert t.get_topic(light).step == t.CONSULTED
