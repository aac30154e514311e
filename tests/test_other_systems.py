"""Rosters from other systems (grid management, police population forms, party/league/union rosters,
property companies): addresses kept, households right, one ID one person."""

import csv
import json

import pytest
from ids import make_id
from openpyxl import Workbook

from jinsha_desk.cli import main
from jinsha_desk.importing.headers import FIELD_LABELS, HEADER_SYNONYMS, field_for, parse_mapping
from jinsha_desk.importing.importer import import_rosters
from jinsha_desk.models import Resident
from jinsha_desk.roster import idcard
from jinsha_desk.roster.addresses import parse_address
from jinsha_desk.roster.residents import resident_records

pytestmark = pytest.mark.both_engines  # the core's behaviour on SQLite and on a server


def workbook(path, rows, title=None, merges=()):
    wb = Workbook()
    ws = wb.active
    if title:
        ws.append([title])
    for row in rows:
        ws.append(row)
    for merge in merges:
        ws.merge_cells(merge)
    wb.save(path)
    return path


def records():
    return {r["name"]: r for r in resident_records(include_inactive=True)}


@pytest.mark.parametrize(("field", "header"), [(f, h) for f, names in HEADER_SYNONYMS.items() for h in names])
def test_every_header_synonym(field, header):
    assert field_for(f" {header} ") == field
    assert field in FIELD_LABELS


@pytest.mark.parametrize(("text", "parts"), [
    ("3栋2单元301", ("3栋", "2单元", "301")), ("3号楼2单元301室", ("3栋", "2单元", "301")),
    ("3幢2单元301", ("3栋", "2单元", "301")), ("3-2-301", ("3栋", "2单元", "301")), ("4号楼403", ("4栋", "", "403")),
    ("3座", ("3座", "", "")), ("民族大道100号1栋1单元101", ("民族大道100号1栋", "1单元", "101")),
    ("金沙村3组15号", ("金沙村3组15号", "", "")),
])
def test_addresses_in_every_common_form(text, parts):
    parsed = parse_address(text)
    assert (parsed.building_label, parsed.unit, parsed.room) == parts


def test_people_at_different_addresses_never_share_a_household(db, tmp_path):
    path = workbook(tmp_path / "网格.xlsx", [
        ["姓名", "公民身份号码", "现住门（楼）详址", "与户主关系"],
        ["王一", make_id(order=101), "民族大道100号1栋1单元101", "户主"],
        ["王二", make_id(order=102), "民族大道100号1栋1单元101", "妻"],
        ["李一", make_id(order=103), "民族大道112号1栋1单元101", "户主"],
    ], title="实有人口批量采集表")
    report = import_rosters([path])
    assert report.new == 3
    people = records()
    assert people["王一"]["household"] == people["王二"]["household"] != people["李一"]["household"]
    assert people["李一"]["address"] == "民族大道112号1栋1单元101"
    assert {c["header"]: c["field"] for c in report.to_json()["columns"]}["现住门详址"] == "address"


def test_a_roster_without_address_or_household_column_invents_no_household(db, tmp_path):
    path = workbook(tmp_path / "党员花名册.xlsx", [
        ["序号", "党员姓名", "居民身份号码", "手机", "电话"],
        [1, "赵一", make_id(order=201), "13800000001", "0812-3331234"],
        [2, "赵二", make_id(order=202), "13800000002", ""],
        [3, "赵三", make_id(order=203), "", "0812-3330000"],
    ], title="金沙社区党员花名册")
    import_rosters([path])
    people = records()
    assert len({p["household"] for p in people.values()}) == 3
    assert (people["赵一"]["phone"], people["赵一"]["other_phone"]) == ("13800000001", "0812-3331234")
    assert (people["赵三"]["phone"], people["赵三"]["other_phone"]) == ("0812-3330000", "")


def test_the_same_household_number_is_one_household(db, tmp_path):
    path = workbook(tmp_path / "物业.xlsx", [
        ["业主姓名", "证件号码", "户号", "所属楼栋", "所属单元", "所属房屋"],
        ["钱一", make_id(order=301), "H001", "8", "1", "101"],
        ["钱二", make_id(order=302), "H001", "8", "1", "101"],
        ["孙一", make_id(order=303), "", "8", "1", "102"],
        ["孙二", make_id(order=304), "", "8", "1", "102"],
    ])
    import_rosters([path])
    people = records()
    assert people["钱一"]["household"] == people["钱二"]["household"]
    assert people["孙一"]["household"] != people["孙二"]["household"]  # same flat, no relation said
    assert (people["孙一"]["building"], people["孙一"]["unit"], people["孙一"]["room"]) == ("8栋", "1单元", "102")


def test_categories_go_where_they_belong(db, tmp_path):
    path = workbook(tmp_path / "网格系统.xlsx", [
        ["姓名", "身份证号码", "人员类型", "现住址"],
        ["周一", make_id(order=401), "流动", "3栋2单元301"],
        ["周二", make_id(order=402), "户籍、空巢老人", "3栋2单元302"],
        ["周三", make_id(order=403), "重点青少年、网格员", "3栋2单元303"],
    ])
    import_rosters([path])
    people = records()
    assert people["周一"]["residence_status"] == "流动" and people["周一"]["category"] == []
    assert people["周二"]["tags"] == ["空巢老人"] and people["周二"]["residence_status"] == "户籍"
    assert people["周三"]["category"] == ["重点青少年", "网格员"] and people["周三"]["tags"] == []


def test_one_id_one_person(db, tmp_path):
    first = workbook(tmp_path / "a.xlsx", [["姓名", "身份证号码"], ["吴一", make_id(order=501)],
                                           ["吴一", make_id(order=501)], ["冒名", make_id(order=501)]])
    second = workbook(tmp_path / "b.xlsx", [["姓名", "身份证号码"], ["另一人", make_id(order=501)]])
    report = import_rosters([first, second])
    assert report.new == 1
    assert [(r.ref.file, r.ref.row, r.reason) for r in report.rejected] == [
        ("a.xlsx", 4, "id_conflict"), ("b.xlsx", 2, "id_conflict")]
    assert "吴一" in report.rejected[0].detail
    assert [(s.ref.row, s.kind) for s in report.skipped if s.kind == "duplicate"] == [(3, "duplicate")]
    again = import_rosters([workbook(tmp_path / "c.xlsx", [["姓名", "身份证号码"], ["郑某", make_id(order=501)]])])
    assert again.rejected[0].reason == "id_conflict" and "吴一" in again.rejected[0].detail
    assert Resident.get().name == "吴一"


def test_a_row_empty_but_for_merged_cells_is_blank(db, tmp_path):
    path = workbook(tmp_path / "m.xlsx", [
        ["楼栋", "单元", "房号", "姓名", "身份证号码"],
        ["5", "1", "101", "冯一", make_id(order=601)],
        [None, None, None, "冯二", make_id(order=602)],
        [None, None, None, None, None],
        ["6", "1", "101", "冯三", make_id(order=603)],
    ], merges=["A2:A4", "B2:B4", "C2:C4"])
    report = import_rosters([path])
    assert report.new == 3 and report.rejected == []
    assert [(s.ref.row, s.kind) for s in report.skipped] == [(1, "header"), (4, "blank")]


def test_a_foreign_permanent_resident_id_card(db, tmp_path):
    first17 = "951840" + "19850307" + "123"
    number = first17 + idcard.check_char(first17)
    assert idcard.document_type(number) == "外国人永久居留身份证"
    import_rosters([workbook(tmp_path / "f.xlsx", [["姓名", "证件号码"], ["约翰", number],
                                                   ["港人", make_id(region="810000")]])])
    assert records()["约翰"]["document_type"] == "外国人永久居留身份证"
    assert records()["港人"]["document_type"] == "港澳台居民居住证"


def test_the_clerk_maps_a_column_from_the_command_line(capsys, db_path, tmp_path):
    path = tmp_path / "采集表.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        csv.writer(out).writerows([["姓名", "身份证号码", "居所", "类型"],
                                   ["陈一", make_id(order=701), "9栋1单元101", "退役军人"]])
    assert main(["--db", str(db_path), "import", str(path), "--json", "--map", "居所=address",
                 "--map", "类型=人员类别"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert {(c["header"], c["field"]) for c in report["columns"]} >= {("居所", "address"), ("类型", "category")}
    main(["--db", str(db_path), "residents", "--json"])
    chen = json.loads(capsys.readouterr().out)[0]
    assert (chen["building"], chen["address"], chen["tags"]) == ("9栋", "9栋1单元101", ["退役军人"])
    assert main(["--db", str(db_path), "import", str(path), "--map", "居所=小区"]) == 1
    assert "没有“小区”这个字段" in capsys.readouterr().err


def test_a_mapping_can_leave_a_column_out():
    assert parse_mapping(["备注=不导入", "现住门（楼）详址=住址"]) == {"备注": None, "现住门详址": "address"}


def test_the_wizard_shows_and_takes_the_clerks_mapping_and_remembers_it(window, qtbot, tmp_path):
    path = workbook(tmp_path / "物业导出.xlsx", [
        ["住户姓名", "身份证号码", "居所", "车牌"],
        ["何一", make_id(order=801), "7栋2单元502", "川L12345"],
    ])
    wizard = window.open_import_wizard([path])
    qtbot.addWidget(wizard)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview is not None, timeout=20000)
    table = wizard.ui.mappingTable
    rows = {table.item(r, 1).text(): r for r in range(table.rowCount())}
    assert table.cellWidget(rows["居所"], 3).currentText() == "不导入"
    assert table.item(rows["居所"], 2).text() == "7栋2单元502"
    wizard.preview = None
    combo = table.cellWidget(rows["居所"], 3)
    combo.setCurrentIndex(combo.findData("address"))
    qtbot.waitUntil(lambda: wizard.preview is not None, timeout=20000)
    with qtbot.waitSignal(wizard.imported, timeout=20000):
        wizard.next()
    assert records()["何一"]["address"] == "7栋2单元502"
    again = import_rosters([workbook(tmp_path / "下月.xlsx", [
        ["住户姓名", "身份证号码", "居所", "车牌"], ["何二", make_id(order=802), "7栋2单元503", ""]])])
    assert {(c.header, c.field) for c in again.columns} >= {("居所", "address"), ("车牌", None)}
    assert records()["何二"]["room"] == "503"


def test_a_third_party_template_is_filled_in_its_own_vocabulary(db, tmp_path):
    from openpyxl import load_workbook
    from openpyxl.styles import Border, Side
    from openpyxl.worksheet.datavalidation import DataValidation

    from jinsha_desk.office.profile import update_profile
    from jinsha_desk.returns.export import export_return

    update_profile({"community_name": "金沙社区", "preparer": "刘芳"})
    import_rosters([workbook(tmp_path / "r.xlsx", [
        ["姓名", "身份证号码", "政治面貌", "文化程度", "住址", "与户主关系"],
        ["王建国", make_id(order=901), "中共党员", "本科", "3栋2单元301", "户主"],
        ["李秀琼", make_id(order=902), "群众", "初中", "3栋2单元301", "妻"],
    ])])
    template = Workbook()
    sheet = template.active
    sheet["A1"] = "居民信息采集模板"
    sheet["A2"] = "填报单位："
    thin = Side(style="thin")
    sheet.append(["序号", "姓名", "公民身份号码", "出生日期", "政治面貌", "文化程度", "婚姻状况"])
    for cell in sheet[3]:
        cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    sheet.append([1, "张三（示例）", "510403198001011234", "1980-01-01", "中国共产党党员", "大学本科毕业", "已婚"])
    sheet.append([])
    sheet.append(["填表人：", None, None, "统计截止日期："])
    lists = template.create_sheet("字典")
    for row, value in enumerate(["中国共产党党员", "中国共产主义青年团团员", "群众"], start=1):
        lists.cell(row=row, column=1, value=value)
    for row, value in enumerate(["大学本科毕业", "初中毕业"], start=1):
        lists.cell(row=row, column=2, value=value)
    political = DataValidation(type="list", formula1="=字典!$A$1:$A$3")
    political.add("E4:E200")
    education = DataValidation(type="list", formula1='"大学本科毕业,初中毕业,高中毕业"')
    education.add("F4:F200")
    sheet.add_data_validation(political)
    sheet.add_data_validation(education)
    sheet.column_dimensions["D"].width = 6
    path = tmp_path / "第三方模板.xlsx"
    template.save(path)
    result = export_return("roster", tmp_path / "filled.xlsx", full_ids=True, template=path)
    filled = load_workbook(result.path).active
    rows = [r for r in filled.iter_rows(min_row=4, max_row=5, values_only=True)]
    assert [r[0] for r in rows] == [1, 2]
    assert {r[1]: (r[4], r[5], r[6]) for r in rows} == {
        "王建国": ("中国共产党党员", "大学本科毕业", None), "李秀琼": ("群众", "初中毕业", None)}
    everything = [c.value for row in filled.iter_rows() for c in row if c.value]
    assert not any("张三" in str(v) or v == "已婚" for v in everything), "the example row was left behind"
    assert "填报单位：金沙社区" in everything and "填表人：刘芳" in everything
    assert any(str(v).startswith("统计截止日期：") for v in everything)
    assert filled.column_dimensions["D"].width >= 12 and filled["B5"].border.left.style == "thin"
    assert filled.page_setup.orientation == "landscape" and filled.print_title_rows == "$3:$3"
    assert result.unfilled == ["婚姻状况"] and result.unmatched == []


def test_the_category_list_is_searchable(db, tmp_path):
    import_rosters([workbook(tmp_path / "c.xlsx", [["姓名", "身份证号码", "人员类别"],
                                                   ["蒋一", make_id(order=951), "重点青少年"]])])
    assert [r["name"] for r in resident_records("重点青少年")] == ["蒋一"]


def test_a_filled_template_fits_its_content_and_keeps_its_grid(db, tmp_path):
    from openpyxl import load_workbook
    from openpyxl.styles import Border, Side

    from jinsha_desk.returns.export import export_return

    import_rosters([workbook(tmp_path / "r.xlsx", [["姓名", "身份证号码", "政治面貌", "住址"],
                                                   ["王建国", make_id(order=991), "中共党员", "民族大道100号1栋1单元101"]])])
    template = Workbook()
    thin = Side(style="thin")
    template.active.append(["姓名", "公民身份号码", "政治面貌", "现住址", "婚姻状况"])
    for cell in template.active[1]:
        cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for column in "ABCDE":
        template.active.column_dimensions[column].width = 6
    template.save(tmp_path / "t.xlsx")
    sheet = load_workbook(export_return("roster", tmp_path / "f.xlsx", full_ids=True, template=tmp_path / "t.xlsx")
                          .path).active
    widths = {c: sheet.column_dimensions[c].width for c in "ABCD"}
    assert widths["B"] >= 20 and widths["C"] >= 10 and widths["D"] >= 26, widths  # IDs and addresses not cut
    assert sheet["E2"].border.left.style == "thin" and sheet["E2"].value is None
