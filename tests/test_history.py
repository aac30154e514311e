"""The roster as of any day (issue 18): rebuilt from the audit trail after moves, category changes, a
death recorded late and a newcomer, checked on days before, between and after them."""

import datetime as dt

import pytest
from history_clock import happened_on
from ids import make_id

from jinsha_desk.db.audit_chain import audit_problems
from jinsha_desk.models import Resident
from jinsha_desk.returns.period import Period
from jinsha_desk.returns.returns import build_return
from jinsha_desk.roster import editing
from jinsha_desk.roster.history import residents_on, stats_on
from jinsha_desk.roster.residents import resident_records
from jinsha_desk.roster.stats import community_stats

pytestmark = pytest.mark.both_engines  # the core's behaviour on SQLite and on a server

TODAY = dt.date.today()
START = TODAY - dt.timedelta(days=300)


def day(n: int) -> dt.date:
    return START + dt.timedelta(days=n)


def person(name, order, relation="", room="201", **more):
    return editing.ResidentInput(name=name, id_number=make_id(order=order), relation=relation, grid="第一网格",
                                 create_grid=True, building="8", unit="1", room=room, **more)


@pytest.fixture
def history(db):
    """Day 0: 王建华 (head), 李秀英 and 王小明 at 8栋1单元201. Day 50: 李秀英 becomes 低保. Day 100: 王小明
    moves to 9栋2单元502. Day 160: 王建华 dies on day 155 (recorded late). Day 200: 赵丽 registers in 301.
    Day 240: 李秀英 is 低保 no longer."""
    ids = {}
    with happened_on(day(0)):
        ids["head"] = editing.add_resident(person("王建华", 101, "户主"))
        ids["wife"] = editing.add_resident(person("李秀英", 102, "配偶"))
        ids["son"] = editing.add_resident(person("王小明", 103, "子"))
    with happened_on(day(50)):
        data = editing.resident_input(ids["wife"])
        data.tags = ["低保"]
        editing.update_resident(ids["wife"], data)
    with happened_on(day(100)):
        data = editing.resident_input(ids["son"])
        data.building, data.unit, data.room, data.relation = "9", "2", "502", "户主"
        editing.update_resident(ids["son"], data)
    with happened_on(day(160)):
        editing.mark_deceased(ids["head"], day(155))
    with happened_on(day(200)):
        ids["newcomer"] = editing.add_resident(person("赵丽", 104, "户主", room="301"))
    with happened_on(day(240)):
        data = editing.resident_input(ids["wife"])
        data.tags = []
        editing.update_resident(ids["wife"], data)
    return ids


def on(n: int) -> dict[str, object]:
    return {p.name: p for p in residents_on(day(n))}


def test_before_anyone_was_registered_the_roster_is_empty(history):
    assert residents_on(day(-1)) == []
    assert community_stats(as_of=day(-1))["residents"] == 0


def test_the_roster_between_the_changes(history):
    first = on(10)
    assert set(first) == {"王建华", "李秀英", "王小明"}
    assert {p.address for p in first.values()} == {"8栋1单元201"} and len({p.household_id for p in first.values()}) == 1
    assert first["李秀英"].tags == ()
    assert on(60)["李秀英"].tags == ("低保",)

    moved = on(120)
    assert moved["王小明"].address == "9栋2单元502" and moved["王小明"].relation == "户主"
    assert moved["王小明"].household_id != moved["王建华"].household_id
    assert on(99)["王小明"].address == "8栋1单元201"


def test_a_death_counts_from_the_day_it_happened_not_the_day_it_was_recorded(history):
    assert "王建华" in on(154)
    assert "王建华" not in on(156)  # recorded on day 160, happened on day 155
    gone = {p.name: p for p in residents_on(day(156), include_inactive=True)}
    assert gone["王建华"].status == "死亡" and gone["王建华"].status_date == day(155)
    assert Resident.get_by_id(history["head"]).status == "死亡"  # and today it stays recorded as such


def test_counts_on_each_day(history):
    expected = {10: (3, 1, 0), 60: (3, 1, 1), 120: (3, 2, 1), 156: (2, 2, 1), 210: (3, 3, 1), 250: (3, 3, 0)}
    for n, (residents, households, care) in expected.items():
        stats = community_stats(as_of=day(n))
        assert (stats["residents"], stats["households"], stats["care_residents"]) == (residents, households, care), n
    assert community_stats(as_of=day(120))["per_category"] == {"低保": 1}
    assert not audit_problems(Resident._meta.database)  # the backdated trail is still a valid chain


def test_today_rebuilt_from_the_history_agrees_with_the_roster(history):
    assert stats_on(TODAY) == community_stats()
    assert [p.resident_id for p in residents_on(TODAY)] == [r["id"] for r in resident_records()]


def test_a_past_months_statistics_return_is_not_changed_by_later_edits(history):
    period = Period(day(100), day(130), "那个月")
    before = build_return("statistics", period, full_ids=False)
    figures = [row[:5] for row in before.rows]
    assert figures[-1][:3] == ["合计", 2, 3]
    data = editing.resident_input(history["son"])
    data.building, data.room = "10", "101"
    editing.update_resident(history["son"], data)
    editing.add_resident(person("钱多多", 105, "户主", room="601"))
    editing.move_out(history["newcomer"], TODAY)
    after = build_return("statistics", period, full_ids=False)
    assert [row[:5] for row in after.rows] == figures
    assert any(f"统计截至{day(130).year}年{day(130).month}月{day(130).day}日" in note for note in after.notes)


def test_the_care_ledger_for_a_period_lists_who_was_in_care_at_its_end(history):
    def listed(n):
        table = build_return("care", Period(day(n - 20), day(n), "期间"), full_ids=False)
        return {(row[0], row[1]) for row in table.rows}

    assert listed(60) == {("低保", "李秀英")}
    assert listed(250) == set()  # no longer 低保 by then
    assert listed(30) == set()  # not yet


def test_the_command_line_shows_the_roster_and_figures_of_a_past_day(history, db_location, capsys):
    import json

    from jinsha_desk.cli import main

    def run(*args):
        code = main(["--db", db_location, *args])
        return code, capsys.readouterr()

    code, out = run("residents", "--as-of", day(120).isoformat(), "--json")
    listed = {r["name"]: r for r in json.loads(out.out)}
    assert code == 0 and set(listed) == {"王建华", "李秀英", "王小明"} and listed["王小明"]["address"] == "9栋2单元502"
    code, out = run("residents", "--as-of", day(156).isoformat(), "--all", "--json")
    assert {r["name"]: r["status"] for r in json.loads(out.out)}["王建华"] == "死亡"
    code, out = run("stats", "--as-of", day(60).isoformat())
    assert code == 0 and "居民 3 人" in out.out and "低保：1 人" in out.out
    code, out = run("stats", "--as-of", (TODAY + dt.timedelta(days=1)).isoformat())
    assert code != 0 and "晚于今天" in out.err


def test_a_residents_story_lists_each_kind_of_event_in_order(history):
    from jinsha_desk import story
    from jinsha_desk.visits import records

    son = history["son"]
    household = Resident.get_by_id(son).household_id
    with happened_on(day(110)):
        records.add_visit(records.VisitInput(household, day(110), "刘芳", "日常走访", "孩子刚搬来",
                                             met_resident_ids=[son], needs=["楼道灯坏了"]))
    story_kinds = [e.kind for e in story.resident_story(son).events]
    assert story_kinds[:3] == [story.REGISTERED, story.MOVED, story.VISIT]
    wife = story.resident_story(history["wife"])
    texts = [e.text for e in wife.events]
    assert texts[0].startswith("登记入册（8栋1单元201") and "列入关爱类别“低保”" in texts and "移出关爱类别“低保”" in texts
    assert texts.index("列入关爱类别“低保”") < texts.index("移出关爱类别“低保”")
    assert all(a.day <= b.day for a, b in zip(wife.events, wife.events[1:]))
    from jinsha_desk import auth

    assert wife.events[0].who == auth.current().username  # who recorded it
    head = story.resident_story(history["head"])
    assert any(e.kind == story.STATUS and "死亡" in e.text and e.day == day(160) for e in head.events)
    # the visit to 9栋2单元502 is not in the old household's story, the son's move out of it is
    old_home = story.household_story(Resident.get_by_id(history["wife"]).household_id)
    kinds = {e.kind for e in old_home.events}
    assert story.VISIT not in kinds and any("王小明：住址" in e.text for e in old_home.events)
    assert any("王建华：状态" in e.text for e in old_home.events)


def test_the_demo_residents_stories_hold_service_meetings_and_honours(db):
    from jinsha_desk import story
    from jinsha_desk.demo import seed_demo
    from jinsha_desk.models import Campaign, MeetingAttendee, Nominee, Volunteer

    seed_demo(residents=600)
    a_year_ago = community_stats(as_of=TODAY - dt.timedelta(days=365))["residents"]
    assert 0 < a_year_ago < community_stats()["residents"]  # the demo's households came over the years
    assert not audit_problems(Resident._meta.database)
    volunteer = Volunteer.select().where(Volunteer.resident.is_null(False)).first()
    kinds = {e.kind for e in story.resident_story(volunteer.resident_id).events}
    assert {story.REGISTERED, story.SERVICE} <= kinds
    attendee = MeetingAttendee.select().where(MeetingAttendee.resident.is_null(False)).first()
    assert story.MEETING in {e.kind for e in story.resident_story(attendee.resident_id).events}
    winner = (Nominee.select().join(Campaign)
              .where(Nominee.winner == 1, Campaign.confirmed_date.is_null(False)).first())
    honours = [e.text for e in story.household_story(winner.household_id).events if e.kind == story.HONOUR]
    assert any("获评“文明家庭”" in text for text in honours)


def test_a_story_prints_from_the_command_line(history, db_location, capsys, tmp_path):
    import json

    from pdfs import embedded_fonts, pdf_text

    from jinsha_desk.cli import main

    assert main(["--db", db_location, "story", "--resident", str(history["wife"]), "--json"]) == 0
    events = json.loads(capsys.readouterr().out)
    assert [e["date"] for e in events] == sorted(e["date"] for e in events) and events[0]["kind"] == "登记"
    out = tmp_path / "档案.pdf"
    assert main(["--db", db_location, "story", "--household", str(Resident.get_by_id(history["wife"]).household_id),
                 "--pdf", str(out)]) == 0
    reader, text = pdf_text(out)
    assert "家庭档案" in text and "王小明：住址" in text and "李秀英：列入关爱类别" in text
    assert all(embedded_fonts(reader).values())
    assert main(["--db", db_location, "story"]) == 1 and "二选一" in capsys.readouterr().err
