import datetime as dt

import pytest
from ids import make_id

from jinsha_desk.errors import DeskError
from jinsha_desk.models import Need, Resident, Visit
from jinsha_desk.roster import editing
from jinsha_desk.roster.households import find_households
from jinsha_desk.visits import followup, records

pytestmark = pytest.mark.both_engines  # the core's behaviour on SQLite and on a server


def household_with(name, order, tags, room="101", building="1"):
    rid = editing.add_resident(
        editing.ResidentInput(name=name, id_number=make_id(born="19400101", order=order), relation="户主",
                              tags=tags, grid="第一网格", create_grid=True, building=building, unit="1", room=room)
    )
    return Resident.get_by_id(rid).household_id, rid


def visit(household_id, day, **extra):
    return records.add_visit(
        records.VisitInput(household_id=household_id, visit_date=day, visitor="王丽萍", kind="关爱探访", **extra),
        today=dt.date(2026, 12, 31),
    )


def test_default_intervals_and_settings(db):
    assert followup.care_intervals()["独居老人"] == 7
    assert followup.care_intervals()["空巢老人"] == 14
    assert followup.care_intervals()["残疾人"] == followup.care_intervals()["低保"] == 30
    assert followup.care_intervals()["留守儿童"] == 14
    followup.set_care_interval("空巢老人", 10)
    assert followup.care_intervals()["空巢老人"] == 10
    with pytest.raises(DeskError):
        followup.set_care_interval("空巢老人", -1)
    with pytest.raises(DeskError):
        followup.set_care_interval("党员", 7)


def test_overdue_across_a_month_end(db):
    alone, _ = household_with("独居甲", 101, ["独居老人"])
    visit(alone, dt.date(2026, 1, 28))  # due 7 days later: 2026-02-04
    due = {d.household_id: d for d in followup.due_households(today=dt.date(2026, 2, 4))}
    assert due[alone].due_date == dt.date(2026, 2, 4)
    assert due[alone].state == followup.DUE_THIS_WEEK
    due = {d.household_id: d for d in followup.due_households(today=dt.date(2026, 2, 5))}
    assert due[alone].state == followup.OVERDUE
    assert due[alone].days_overdue(dt.date(2026, 2, 5)) == 1
    # Across a year end as well: visited on 27 December, due on 3 January.
    visit(alone, dt.date(2026, 12, 27))
    assert followup.due_households(today=dt.date(2027, 1, 4))[0].due_date == dt.date(2027, 1, 3)


def test_shortest_interval_wins_and_never_visited_is_overdue(db):
    both, _ = household_with("甲", 102, ["空巢老人", "独居老人"])
    disabled, _ = household_with("乙", 103, ["残疾人"], room="102")
    household_with("丙", 104, [], room="103")  # no care category: never listed
    visit(disabled, dt.date(2026, 3, 1))
    due = {d.household_id: d for d in followup.due_households(today=dt.date(2026, 3, 10))}
    assert set(due) == {both}
    assert due[both].state == followup.NEVER_VISITED and due[both].interval_days == 7
    assert due[both].worker == "" and due[both].grid == "第一网格"
    due = {d.household_id: d for d in followup.due_households(today=dt.date(2026, 3, 30))}
    assert due[disabled].state == followup.DUE_THIS_WEEK  # due 31 March, a Tuesday in that week
    assert followup.overdue_count(today=dt.date(2026, 3, 30)) == 1


def test_due_this_week_ends_on_sunday(db):
    alone, _ = household_with("丁", 105, ["独居老人"])
    visit(alone, dt.date(2026, 11, 16))  # due Monday 23 November
    assert followup.due_households(today=dt.date(2026, 11, 17)) == []  # a Tuesday: due next week
    assert followup.due_households(today=dt.date(2026, 11, 23))[0].state == followup.DUE_THIS_WEEK


def test_moved_out_residents_need_no_visits(db):
    alone, rid = household_with("戊", 106, ["独居老人"])
    editing.move_out(rid, dt.date(2026, 1, 1))
    assert followup.due_households(today=dt.date(2026, 2, 1)) == []


def test_visit_with_needs_and_residents_met(db):
    household, rid = household_with("己", 107, ["低保"])
    visit_id = visit(household, dt.date(2026, 5, 6), findings="身体尚可", met_resident_ids=[rid],
                     needs=["楼道灯坏了", "  ", "申请助餐"])
    assert Need.select().count() == 2
    row = records.list_visits(dt.date(2026, 5, 1), dt.date(2026, 5, 31))[0]
    assert (row.visit_id, row.met, row.needs, row.head) == (visit_id, ("己",), ("楼道灯坏了", "申请助餐"), "己")
    assert records.list_visits(dt.date(2026, 6, 1)) == []
    need = records.needs_list(records.NEED_OPEN)[0]
    with pytest.raises(DeskError):
        records.update_need(need.need_id, records.NEED_IN_PROGRESS, handler="")
    records.update_need(need.need_id, records.NEED_RESOLVED, handler="刘芳", today=dt.date(2026, 5, 9))
    assert Need.get_by_id(need.need_id).resolved_date == dt.date(2026, 5, 9)


def test_bad_visits_are_refused_and_nothing_half_saved(db):
    household, _ = household_with("庚", 108, [])
    other, stranger = household_with("辛", 109, [], room="109")
    with pytest.raises(DeskError, match="晚于今天"):
        visit(household, dt.date(2027, 1, 1))
    with pytest.raises(DeskError, match="走访人"):
        records.add_visit(records.VisitInput(household, dt.date(2026, 1, 1), " ", "日常走访"), today=dt.date(2026, 2, 1))
    with pytest.raises(DeskError, match="成员"):
        visit(household, dt.date(2026, 1, 2), met_resident_ids=[stranger], needs=["x"])
    assert Visit.select().count() == 0 and Need.select().count() == 0


def test_households_found_by_name_pinyin_or_address(db):
    household, _ = household_with("欧阳娜", 110, [], building="7", room="702")
    for text in ("欧阳", "oyn", "7栋1单元702"):
        assert [c.household_id for c in find_households(text)] == [household]
    assert find_households("7栋")[0].label() == "7栋1单元702　欧阳娜家（1人）"
