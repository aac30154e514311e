import datetime as dt

import pytest
from ids import make_id, wrong_check

from jinsha_desk.errors import DeskError
from jinsha_desk.models import STATUS_MOVED_OUT, Resident
from jinsha_desk.roster import editing
from jinsha_desk.roster.browse import RosterFilter, matching_ids, rows_for

pytestmark = pytest.mark.both_engines  # the core's behaviour on SQLite and on a server


def person(**changes):
    data = editing.ResidentInput(
        name="赵丽", id_number=make_id(order=802), phone="13900001111", relation="户主",
        tags=["低保"], grid="第一网格", create_grid=True, building="8", unit="1", room="201",
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def test_add_and_find_resident(db):
    rid = editing.add_resident(person())
    resident = Resident.get_by_id(rid)
    assert resident.gender == "女" and resident.birth_date == dt.date(1985, 3, 7)
    assert editing.household_address(resident.household_id) == "第一网格 8栋1单元201"
    assert matching_ids(RosterFilter(search="zl")) == [rid]
    assert matching_ids(RosterFilter(search="8栋1单元")) == [rid]
    assert matching_ids(RosterFilter(tag="低保")) == [rid]


def test_edit_replaces_fields_and_refreshes_search(db):
    rid = editing.add_resident(person())
    data = editing.resident_input(rid)
    data.phone = ""
    data.tags = []
    data.building = "9"
    editing.update_resident(rid, data)
    row = rows_for([rid])[0]
    assert row.phone == ""
    assert row.address == "9栋1单元201"
    assert matching_ids(RosterFilter(search="8栋")) == []
    assert matching_ids(RosterFilter(search="9栋")) == [rid]
    assert matching_ids(RosterFilter(tag="低保")) == []


def test_bad_input_is_refused_in_chinese_and_nothing_saved(db):
    with pytest.raises(DeskError) as caught:
        editing.add_resident(person(id_number=wrong_check(make_id(order=802))))
    assert "校验位" in caught.value.message
    with pytest.raises(DeskError):
        editing.add_resident(person(name="  "))
    editing.add_resident(person())
    with pytest.raises(DeskError) as caught:
        editing.add_resident(person(name="另一人"))
    assert "已登记" in caught.value.message
    assert Resident.select().count() == 1


def test_move_out_keeps_the_record(db):
    rid = editing.add_resident(person())
    editing.move_out(rid, dt.date(2026, 3, 1))
    assert Resident.get_by_id(rid).status == STATUS_MOVED_OUT
    assert matching_ids(RosterFilter()) == []
    assert matching_ids(RosterFilter(include_inactive=True)) == [rid]
    with pytest.raises(DeskError):
        editing.mark_deceased(rid, dt.date.today() + dt.timedelta(days=1))


def test_household_members_head_first(db):
    wife = editing.add_resident(person(name="钱芳", id_number=make_id(order=804), relation="配偶"))
    head = editing.add_resident(person(name="孙强", id_number=make_id(order=805), relation="户主"))
    household = Resident.get_by_id(head).household_id
    members = editing.household_members(household)
    assert [m.resident_id for m in members] == [head, wife]
    assert members[1].tags == ("低保",)


def test_a_relation_split_by_sex_in_the_standard_follows_the_id_number(db):
    """子女 (as many rosters write it) is 子 or 女 in GB/T 4761: the ID number's sex decides."""
    son = editing.add_resident(person(relation="子女", id_number=make_id(born="20100101", order=101)))
    daughter = editing.add_resident(person(relation="儿女", id_number=make_id(born="20120101", order=102)))
    assert (Resident.get_by_id(son).relation, Resident.get_by_id(daughter).relation) == ("子", "女")
