from jinsha_desk.roster.pinyin import pinyin_keys
from jinsha_desk.roster.search import haystack


def test_full_pinyin_and_initials():
    assert pinyin_keys("刘秀华") == ["liuxiuhua", "lxh"]


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
