"""Recognising a roster's header row and what each column holds, whatever the office called it."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from jinsha_desk.errors import DeskError

# Canonical field → the headers offices use for it (after spaces and brackets are removed).
HEADER_SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "名字", "居民姓名", "人员姓名", "成员姓名", "业主姓名", "业主名称", "户主姓名", "党员姓名",
             "团员姓名", "会员姓名", "职工姓名", "住户姓名", "被采集人姓名"),
    "id_number": (
        "身份证号码", "身份证号", "公民身份号码", "公民身份证号码", "身份证", "证件号码", "居民身份号码",
        "身份证件号码", "证件号", "身份号码", "居民身份证号码", "身份证件号", "证件编号",
    ),
    "gender": ("性别",),
    "birth_date": ("出生日期", "出生年月", "出生年月日", "生日", "出生时间"),
    "ethnicity": ("民族",),
    # A mobile column and a phone column may both be present: the mobile is the phone, the other is kept.
    "mobile": ("手机", "手机号码", "手机号", "移动电话", "手机电话"),
    "phone": ("联系电话", "电话", "联系方式", "电话号码", "联系号码", "固定电话", "座机", "家庭电话", "住宅电话"),
    "other_phone": ("其他电话", "备用电话", "第二联系电话", "其他联系电话"),
    "grid": ("网格", "所属网格", "网格名称", "网格号"),
    "building": ("楼栋", "楼号", "栋号", "楼栋号", "幢", "栋", "楼", "楼栋名称", "所属楼栋", "楼宇", "所属楼宇"),
    "unit": ("单元", "单元号", "所属单元"),
    "room": ("房号", "门牌号", "房间号", "室", "户室号", "房屋号", "门牌", "所属房屋", "房屋", "房屋编号", "房间"),
    "address": ("住址", "现住址", "居住地址", "地址", "家庭住址", "现居住地址", "现住门详址", "现住门楼详址",
                "居住处所", "现居住地", "实际居住地址", "房屋地址", "居住详址", "详细地址", "现住地址"),
    # Used for the address only where no residence address is given.
    "registered_address": ("户籍地址", "户籍地详址", "户籍所在地", "户口所在地", "户籍地"),
    "household_no": ("户号", "户编号", "户籍编号", "家庭编号", "户籍户号"),
    "relation": ("与户主关系", "与户主的关系", "关系", "家庭关系", "户主关系", "与户主关系名称"),
    "political_status": ("政治面貌",),
    "education": ("文化程度", "学历"),
    "residence_status": ("居住状态", "人户状态", "居住情况", "居住类型", "户籍状态"),
    # 人员类别: split into residence status, care categories and the category list (importing.rows).
    "category": ("人员类型", "人员类别", "人口类型", "户籍类别", "人员属性", "人口类别", "人员分类"),
    "tags": ("特殊人群", "人群类别", "关爱对象", "特殊群体", "重点人群", "标签", "特殊人群类别", "关爱类别"),
    "note": ("备注", "说明"),
}
FIELD_LABELS = {
    "name": "姓名", "id_number": "身份证号", "gender": "性别", "birth_date": "出生日期", "ethnicity": "民族",
    "mobile": "手机", "phone": "电话", "other_phone": "其他电话", "grid": "网格", "building": "楼栋", "unit": "单元", "room": "房号",
    "address": "住址", "registered_address": "户籍地址", "household_no": "户号", "relation": "与户主关系",
    "political_status": "政治面貌", "education": "文化程度", "residence_status": "居住状态",
    "category": "人员类别", "tags": "关爱类别", "note": "备注",
}
REQUIRED = ("name", "id_number")

_BRACKETS = re.compile(r"[(（\[【].*?[)）\]】]")
_NOISE = re.compile(r"[\s*＊:：]")
_LOOKUP = {syn: field for field, names in HEADER_SYNONYMS.items() for syn in names}
# Header rows sit near the top; looking further only invites false matches in the data.
HEADER_SEARCH_ROWS = 30


def clean_header(value: object) -> str:
    """' 姓  名 ', '与户主\\n关系', '联系电话（手机）' → '姓名', '与户主关系', '联系电话'."""
    raw = unicodedata.normalize("NFKC", str(value or ""))
    return _NOISE.sub("", _BRACKETS.sub("", raw))


# Asked of every row's 姓名 cell, to spot a header repeated down the sheet: room for the distinct names
# of a 100,000-row roster (half as many), or each would be cleaned again.
@lru_cache(maxsize=1 << 17)
def field_for(header: object) -> str | None:
    return _LOOKUP.get(clean_header(header))


def column_fields(row: list[object], mapping: dict[str, str | None] | None = None) -> dict[int, str]:
    """Column index → field for each recognised header cell; the first column for a field wins.
    ``mapping`` (header → field, or None for 不导入) overrides what the headers say."""
    found: dict[int, str] = {}
    for index, cell in enumerate(row):
        cleaned = clean_header(cell)
        field = mapping[cleaned] if mapping and cleaned in mapping else field_for(cell)
        if field and field not in found.values():
            found[index] = field
    return found


def is_header_row(row: list[object], mapping: dict[str, str | None] | None = None) -> bool:
    fields = set(column_fields(row, mapping).values())
    return all(f in fields for f in REQUIRED)


def _is_subheader(row: list[object]) -> bool:
    filled = [cell for cell in row if str(cell).strip()]
    return bool(filled) and all(field_for(cell) for cell in filled)


def find_header(
    rows: list[list[object]], mapping: dict[str, str | None] | None = None,
) -> tuple[int, int, dict[int, str]] | None:
    """(index of the header row, how many rows it spans, column → field), or None for a sheet
    that holds no roster.

    A two-row header (a merged '地址' over '楼栋 单元 房号') is read as one: the names in the
    second row replace those above them.
    """
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        if not is_header_row(row, mapping):
            continue
        if index + 1 < len(rows) and _is_subheader(rows[index + 1]):
            below = rows[index + 1]
            combined = [b if field_for(b) else a for a, b in zip(row, below)]
            return index, 2, column_fields(combined, mapping)
        return index, 1, column_fields(row, mapping)
    return None


SKIP = "不导入"


def parse_mapping(pairs: list[str]) -> dict[str, str | None]:
    """'现住门（楼）详址=address' or '人员类型=人员类别' or '备注=不导入' → cleaned header → field (None: not
    imported). Fields may be named by their key or their Chinese label."""
    by_label = {label: key for key, label in FIELD_LABELS.items()}
    mapping: dict[str, str | None] = {}
    for pair in pairs:
        header, sep, target = pair.rpartition("=")
        target = target.strip()
        if not sep or not clean_header(header):
            raise DeskError(f"列的对应应写成 表头=字段，例如 现住址=address，而不是 {pair}")
        if target in (SKIP, "none", ""):
            mapping[clean_header(header)] = None
            continue
        field = target if target in FIELD_LABELS else by_label.get(target)
        if field is None:
            known = "、".join(f"{k}（{v}）" for k, v in FIELD_LABELS.items())
            raise DeskError(f"没有“{target}”这个字段。可以对应到：{known}，或“{SKIP}”。")
        mapping[clean_header(header)] = field
    return mapping
