import datetime as dt

import pytest

from jinsha_desk.roster import fields


@pytest.mark.parametrize(
    "typed, stored",
    [
        ("138 1234 5678", "13812345678"),
        ("138-1234-5678", "13812345678"),
        ("+86 138 1234 5678", "13812345678"),
        ("＋86１３８１２３４５６７８", "13812345678"),
        (13812345678.0, "13812345678"),
        ("0812-5910065", "0812-5910065"),
        ("", ""),
    ],
)
def test_phones(typed, stored):
    assert fields.clean_phone(typed) == stored


@pytest.mark.parametrize(
    "typed, stored",
    [(" 王  芳 ", "王芳"), ("\u3000李\u3000强\u3000", "李强"), ("阿依•古丽", "阿依·古丽"), ("阿依・古丽", "阿依·古丽"), ("阿依·古丽", "阿依·古丽")],
)
def test_names(typed, stored):
    assert fields.clean_name(typed) == stored


@pytest.mark.parametrize(
    "typed",
    [dt.date(1985, 3, 7), dt.datetime(1985, 3, 7), "1985.03.07", "1985-3-7", "1985/03/07", "1985年3月7日", "19850307", 19850307.0, "1985-03-07 00:00:00"],
)
def test_dates(typed):
    assert fields.parse_date(typed) == dt.date(1985, 3, 7)


def test_empty_and_bad_dates():
    assert fields.parse_date("") is None
    with pytest.raises(ValueError):
        fields.parse_date("三月七日")


def test_birth_month_only_agrees():
    assert fields.birth_agrees("1985.03", dt.date(1985, 3, 7))
    assert not fields.birth_agrees("1985.04", dt.date(1985, 3, 7))


def test_tags_split_on_every_separator():
    assert fields.split_tags("空巢老人、低保，残疾人,特困；退役军人 独居老人") == [
        "空巢老人", "低保", "残疾人", "特困", "退役军人", "独居老人",
    ]


def test_addresses_read_the_same_however_typed():
    assert fields.building_name("3") == "3栋"
    assert fields.building_name(3.0) == "3栋"
    assert fields.unit_name("２") == "2单元"
    assert fields.building_name("3号楼") == "3号楼"
