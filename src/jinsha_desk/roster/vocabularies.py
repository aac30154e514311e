"""The national vocabularies a resident's record is checked against, with the short and common forms
clerks type accepted on input.

- Relation to the head of household: GB/T 4761-2008 家庭关系代码.
- Ethnicity: GB 3304-1991 中国各民族名称, with 其他 and 外国血统 (codes 97 and 98).
- Political status: GB/T 4762-1984 政治面貌代码, stored as the standard's short names (中共党员 …).
"""

from __future__ import annotations

import re

from jinsha_desk.errors import DeskError

RELATIONS: tuple[str, ...] = (
    "户主", "配偶", "夫", "妻",
    "子", "独生子", "长子", "次子", "三子", "四子", "五子", "养子或继子", "女婿", "其他儿子",
    "女", "独生女", "长女", "次女", "三女", "四女", "五女", "养女或继女", "儿媳", "其他女儿",
    "孙子、孙女或外孙子、外孙女", "孙子", "孙女", "外孙子", "外孙女", "孙媳妇或外孙媳妇", "孙女婿或外孙女婿",
    "曾孙子或外曾孙子", "曾孙女或外曾孙女", "其他孙子、孙女或外孙子、外孙女",
    "父母", "父亲", "母亲", "公公", "婆婆", "岳父", "岳母", "继父或养父", "继母或养母", "其他父母关系",
    "祖父母或外祖父母", "祖父", "祖母", "外祖父", "外祖母", "配偶的祖父母或外祖父母", "曾祖父", "曾祖母",
    "配偶的曾祖父母或外曾祖父母", "其他祖父母或外祖父母关系",
    "兄弟姐妹", "兄", "嫂", "弟", "弟媳", "姐姐", "姐夫", "妹妹", "妹夫", "其他兄弟姐妹",
    "其他", "伯父", "伯母", "叔父", "婶母", "舅父", "舅母", "姨父", "姨母", "姑父", "姑母",
    "堂兄弟、堂姐妹", "表兄弟、表姐妹", "侄子", "侄女", "外甥", "外甥女", "其他亲属", "非亲属",
)
HEAD = "户主"
_RELATION_SYNONYMS = {
    "本人": "户主", "户主本人": "户主", "丈夫": "夫", "妻子": "妻", "老公": "夫", "老婆": "妻",
    "儿子": "子", "之子": "子", "女儿": "女", "之女": "女", "儿媳妇": "儿媳", "媳妇": "儿媳",
    "父": "父亲", "母": "母亲", "爸爸": "父亲", "妈妈": "母亲", "哥哥": "兄", "嫂子": "嫂", "弟弟": "弟",
    "姐": "姐姐", "妹": "妹妹", "孙": "孙子", "外孙": "外孙子", "侄儿": "侄子", "外甥儿": "外甥",
    "祖父母": "祖父母或外祖父母", "爷爷": "祖父", "奶奶": "祖母", "外公": "外祖父", "外婆": "外祖母",
    "养子": "养子或继子", "继子": "养子或继子", "养女": "养女或继女", "继女": "养女或继女",
    "继父": "继父或养父", "养父": "继父或养父", "继母": "继母或养母", "养母": "继母或养母",
    "租户": "非亲属", "保姆": "非亲属", "亲属": "其他亲属",
}

ETHNICITIES: tuple[str, ...] = (
    "汉族", "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族", "布依族", "朝鲜族", "满族", "侗族",
    "瑶族", "白族", "土家族", "哈尼族", "哈萨克族", "傣族", "黎族", "傈僳族", "佤族", "畲族", "高山族",
    "拉祜族", "水族", "东乡族", "纳西族", "景颇族", "柯尔克孜族", "土族", "达斡尔族", "仫佬族", "羌族",
    "布朗族", "撒拉族", "毛南族", "仡佬族", "锡伯族", "阿昌族", "普米族", "塔吉克族", "怒族", "乌孜别克族",
    "俄罗斯族", "鄂温克族", "德昂族", "保安族", "裕固族", "京族", "塔塔尔族", "独龙族", "鄂伦春族", "赫哲族",
    "门巴族", "珞巴族", "基诺族", "其他", "外国血统",
)
_ETHNICITY_SYNONYMS = {"其他未识别民族": "其他", "未识别民族": "其他", "外国血统中国籍人士": "外国血统",
                       "外籍": "外国血统", "蒙族": "蒙古族", "维族": "维吾尔族"}

# GB/T 4762's short names, as stored; each accepts its full name and the forms clerks type.
POLITICAL_STATUSES: tuple[str, ...] = (
    "中共党员", "预备党员", "共青团员", "民革会员", "民盟盟员", "民建会员", "民进会员", "农工党党员",
    "致公党党员", "九三学社社员", "台盟盟员", "无党派人士", "民主党派", "群众",
)
_POLITICAL_SYNONYMS = {
    "中国共产党党员": "中共党员", "共产党员": "中共党员", "党员": "中共党员",
    "中国共产党预备党员": "预备党员", "中共预备党员": "预备党员",
    "中国共产主义青年团团员": "共青团员", "共青团团员": "共青团员", "团员": "共青团员",
    "中国国民党革命委员会会员": "民革会员", "中国民主同盟盟员": "民盟盟员", "中国民主建国会会员": "民建会员",
    "中国民主促进会会员": "民进会员", "中国农工民主党党员": "农工党党员", "中国致公党党员": "致公党党员",
    "台湾民主自治同盟盟员": "台盟盟员", "无党派民主人士": "无党派人士", "无党派": "无党派人士",
    "普通居民": "群众", "无": "群众",
}

_MOBILE = re.compile(r"^1[3-9]\d{9}$")
_LANDLINE = re.compile(r"^0\d{2,3}-?[2-9]\d{6,7}(?:-\d{1,6})?$")
_SERVICE = re.compile(r"^[48]00-?\d{3}-?\d{4}$")


def _compact(value: str) -> str:
    return re.sub(r"\s+", "", value or "")


def _lookup(value: str, synonyms: dict[str, str], names: tuple[str, ...], refusal: str) -> str:
    """The standard name for what was typed ('' for nothing), or ``refusal`` (with {value}) as a DeskError."""
    raw = _compact(value)
    if not raw:
        return ""
    found = synonyms.get(raw, raw)
    if found not in names and f"{found}族" in names:  # 彝 → 彝族
        found = f"{found}族"
    if found not in names:
        raise DeskError(refusal.format(value=value))
    return found


# Common words GB/T 4761 splits by sex: the person's sex (from the ID number) decides.
_BY_SEX = {"子女": {"男": "子", "女": "女"}, "儿女": {"男": "子", "女": "女"}}


def relation(value: str, sex: str = "") -> str:
    """The GB/T 4761 name of a relation typed in any common form; '' for none."""
    value = _BY_SEX.get(_compact(value), {}).get(sex, value)
    return _lookup(value, _RELATION_SYNONYMS, RELATIONS,
                   "与户主关系“{value}”不在《家庭关系代码》(GB/T 4761)中，请选择如 户主、配偶、子、女、父亲、母亲、孙子。")


def ethnicity(value: str) -> str:
    return _lookup(value, _ETHNICITY_SYNONYMS, ETHNICITIES,
                   "民族“{value}”不是《中国各民族名称》(GB 3304)中的名称，请选择如 汉族、彝族、回族，或“其他”。")


def political_status(value: str) -> str:
    return _lookup(value, _POLITICAL_SYNONYMS, POLITICAL_STATUSES,
                   "政治面貌“{value}”不在《政治面貌代码》(GB/T 4762)中，请选择如 中共党员、共青团员、群众。")


def phone(value: str) -> str:
    """An 11-digit mobile or a landline with its area code (0812-3331234), as typed digits; '' for none."""
    raw = re.sub(r"[\s()（）]", "", value or "").replace("－", "-").replace("—", "-")
    if not raw:
        return ""
    digits = re.sub(r"^(?:\+?86-?)", "", raw)
    if _MOBILE.match(digits.replace("-", "")):
        return digits.replace("-", "")
    if _SERVICE.match(digits):
        return digits
    if _LANDLINE.match(digits):
        if "-" in digits:
            return digits
        # Area codes 010 and 02x have three digits, all others four.
        split = 3 if digits[:2] in ("01", "02") else 4
        return f"{digits[:split]}-{digits[split:]}"
    raise DeskError(f"电话“{value}”不对：应为 11 位手机号，或带区号的座机号（如 0812-3331234）。")
