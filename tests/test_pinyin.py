from jinsha_desk.roster.pinyin import pinyin_keys
from jinsha_desk.roster.search import haystack


def test_full_pinyin_and_initials():
    assert pinyin_keys("刘秀华") == ("liuxiuhua", "lxh")


def test_polyphonic_surnames_are_found_by_every_reading():
    keys = pinyin_keys("曾国华")
    assert {"zengguohua", "zgh", "cengguohua", "cgh"} <= set(keys)
    assert {"shanxiongxin", "sxx"} <= set(pinyin_keys("单雄信"))
    assert "oxm" in pinyin_keys("区小明")


def test_minority_name_dot_is_not_part_of_the_pinyin():
    assert "aygl" in pinyin_keys("阿依·古丽")


def test_haystack_holds_every_searchable_part():
    text = haystack("李秀琼", "51040319850307123X", "13812345678", "第一网格", "3栋2单元301")
    for part in ("李秀琼", "lxq", "lixiuqiong", "51040319850307123x", "13812345678", "第一网格", "3栋2单元301"):
        assert part in text


def test_haystack_carries_the_given_address_only_when_it_says_more():
    plain = haystack("李秀琼", "51040319850307123X", "", "", "3栋2单元301", "低保户", "3栋2单元301")
    assert plain.count("3栋2单元301") == 1 and "低保户" in plain
    fuller = haystack("李秀琼", "51040319850307123X", "", "", "3栋2单元301", "", "民族大道100号3栋2单元301")
    assert "民族大道100号3栋2单元301" in fuller


def test_an_address_search_is_exact_on_building_and_unit(db):
    from ids import make_id

    from jinsha_desk.models import Resident
    from jinsha_desk.roster import editing
    from jinsha_desk.roster.residents import resident_records
    from jinsha_desk.roster.search import matches

    for n, (building, unit) in enumerate([("3", "2"), ("13", "2"), ("263", "2"), ("3", "12"), ("蓝湖小区3栋", "2")]):
        editing.add_resident(editing.ResidentInput(name=f"居民{n}", id_number=make_id(order=60 + n), relation="户主",
                                                   building=building, unit=unit, room="101"))

    def found(query):
        return sorted(r.name for r in Resident.select().where(matches(query)))

    assert found("3栋2单元") == ["居民0", "居民4"]
    assert found("13栋2单元") == ["居民1"]
    assert found("3栋") == ["居民0", "居民3", "居民4"]
    assert found("3栋2单元101") == ["居民0", "居民4"] and found("蓝湖小区3栋") == ["居民4"]
    assert len(resident_records()) == 5


def test_the_roster_search_sees_changes_from_this_desk_and_from_other_connections(db, db_path):
    import sqlite3

    from ids import make_id

    from jinsha_desk.roster import editing
    from jinsha_desk.roster.browse import RosterFilter, matching_ids

    first = editing.add_resident(editing.ResidentInput(name="周红", id_number=make_id(order=71), relation="户主",
                                                       building="1", unit="1", room="101"))
    assert matching_ids(RosterFilter(search="zh")) == [first]
    data = editing.resident_input(first)
    data.name = "郑红"
    editing.update_resident(first, data)  # announced by this desk
    assert matching_ids(RosterFilter(search="zh")) == [first] and matching_ids(RosterFilter(search="周")) == []
    assert matching_ids(RosterFilter(search="郑")) == [first]
    other = sqlite3.connect(db_path)  # another program, or a worker thread's connection, commits
    other.execute("UPDATE resident_search SET text = text || ' 另一台电脑' WHERE resident_id = ?", (first,))
    other.commit()
    other.close()
    assert matching_ids(RosterFilter(search="另一台")) == [first]
