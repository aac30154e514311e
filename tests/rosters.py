"""Messy rosters as community offices really send them, built by the tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ids import make_id, wrong_check
from openpyxl import Workbook

# The people of the messy workbook, with the ID numbers tests look for.
WANG = make_id("510403", "19600512", 111)  # 王建国, head of 3-2-301
WANG_WIFE = make_id("510403", "19620818", 222)
WANG_SON = make_id("510403", "19881101", 331)
LI = make_id("510402", "19450203", 442)  # 李秀琼, lives alone in 3-2-302
AYI = make_id("513401", "19900615", 552)  # 阿依·古丽, 5-1-101
ZHAO = make_id("510411", "19791230", 661)  # on the second sheet, 5-1-102
ZHAO_DUP_WIFE = make_id("510411", "19810101", 772)


HEADER = [" 序号 ", " 姓  名 ", "性别", "公民身份号码", "出生日期", "民族", "与户主\n关系", "楼栋", "单元", "房号",
          "联系电话", "政治面貌", "特殊人群", "年龄", "备注"]


def messy_workbook(path: Path) -> Path:
    """A roster with a merged title, a 填报单位 line, merged address cells, a blank row inside,
    a total row and signature lines, a mangled and a mistyped ID, and an instructions sheet."""
    wb = Workbook()
    ws = wb.active
    ws.title = "居民花名册"
    ws.append(["金沙社区居民花名册"])  # row 1
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADER))
    ws.append(["填报单位：金沙社区居委会", None, None, None, None, None, None, None, None, None, "填报时间：2026年11月"])  # 2
    ws.append(HEADER)  # 3
    rows = [
        [1, " 王建国 ", "男", WANG, dt.date(1960, 5, 12), "汉族", "户主", 3, 2, "301", "138 1234 5678", "党员", "", None, ""],  # 4
        [2, "张\u3000梅", "女", WANG_WIFE, "1962.08.18", "汉族", "配偶", None, None, None, "+86 139-0000-1111", "群众", "", None, ""],  # 5
        [3, "王小军", "女", WANG_SON, "1988年11月1日", "汉族", "子女", None, None, None, "", "共青团员", "", None, "性别填错"],  # 6
        [None] * len(HEADER),  # 7: blank row in the middle
        [4, "李秀琼", "女", LI.lower() if LI.endswith("X") else LI, "19450203", "汉族", "户主", 3, 2, "302",
         "0812-5910065", "中共党员", "独居老人、低保", None, ""],  # 8
        [5, "阿依•古丽", "女", AYI, "1990-07-15", "彝族", "户主", 5, 1, "101", "＋86 188 8888 0000", "群众", "残疾人", None, ""],  # 9
        [6, "刘大海", "男", 510403198001011234.0, "", "汉族", "户主", 5, 1, "103", "", "群众", "", None, ""],  # 10: number cell
        [7, "陈错号", "男", wrong_check(make_id("510403", "19700101", 999)), "", "汉族", "户主", 5, 1, "104", "", "", "", None, ""],  # 11
        [8, "", "男", make_id("510403", "19700101", 997), "", "汉族", "户主", 5, 1, "105", "", "", "", None, ""],  # 12: no name
        [9, "无证号", "男", "", "", "汉族", "户主", 5, 1, "106", "", "", "", None, ""],  # 13: no ID
        ["合计", "共6人", None, None, None, None, None, None, None, None, None, None, None, None, None],  # 14
        ["填表人：刘芳", None, None, None, "审核人：张书记", None, None, None, None, None, None, None, None, None, None],  # 15
    ]
    for row in rows:
        ws.append(row)
    # The age column holds formulas: read, never imported.
    for r in (4, 5, 6, 8, 9):
        ws.cell(row=r, column=14, value=f"=2026-YEAR(E{r})")
    # The building, unit and room are merged over the Wang household's three rows.
    for column in (8, 9, 10):
        ws.merge_cells(start_row=4, start_column=column, end_row=6, end_column=column)

    second = wb.create_sheet("第二网格")
    second.append(["网格", "姓名", "身份证号", "楼号", "单元", "门牌号", "手机号码", "与户主关系", "人群类别"])
    second.append(["第二网格", "赵明", ZHAO, "5", "1", "102", "13700001111", "户主", "退役军人"])
    second.append(["第二网格", "钱丽", ZHAO_DUP_WIFE, "5", "1", "102", "", "配偶", ""])
    second.append(["第二网格", "钱丽", ZHAO_DUP_WIFE, "5", "1", "102", "", "配偶", ""])  # exact duplicate
    second.append(["第二网格", "李秀琼", LI, "3", "2", "302", "13911112222", "户主", ""])  # conflicting duplicate

    notes = wb.create_sheet("填表说明")
    notes.append(["1. 身份证号码请设置为文本格式。"])
    notes.append(["2. 特殊人群可填多项，用顿号分隔。"])
    wb.save(path)
    return path


def simple_rows(count: int, start: int = 0) -> list[list[object]]:
    """Plain roster rows: one resident per household, in building 1."""
    rows = []
    for i in range(start, start + count):
        number = make_id("510403", f"19{50 + i % 40:02d}0{1 + i % 9}1{i % 9}", i % 1000)
        rows.append([f"居民{i}", number, "1", "1", f"{100 + i}", "户主"])
    return rows


SIMPLE_HEADER = ["姓名", "身份证号码", "楼栋", "单元", "房号", "与户主关系"]


def simple_workbook(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(SIMPLE_HEADER)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path
