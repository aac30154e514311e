import datetime as dt
import sqlite3

import pytest
import xlwt
from ids import make_id
from openpyxl import Workbook, load_workbook
from rosters import (
    AYI,
    LI,
    SIMPLE_HEADER,
    WANG,
    WANG_SON,
    WANG_WIFE,
    ZHAO,
    ZHAO_DUP_WIFE,
    messy_workbook,
    simple_rows,
    simple_workbook,
)

from jinsha_desk.errors import Cancelled, DeskError
from jinsha_desk.importing.importer import import_rosters
from jinsha_desk.importing.report import report_text, write_rejected
from jinsha_desk.models import Household, Resident, ResidentTag
from jinsha_desk.roster.residents import resident_records

pytestmark = pytest.mark.both_engines  # the core's behaviour on SQLite and on a server


def by_id(number):
    return Resident.get(Resident.id_number == number)


@pytest.fixture
def messy(tmp_path):
    return messy_workbook(tmp_path / "金沙社区花名册.xlsx")


def test_messy_workbook_is_imported_row_by_row(db, messy):
    report = import_rosters([messy])
    assert (report.new, report.updated, report.unchanged) == (7, 0, 0)
    assert Resident.select().count() == 7

    rejected = {(r.ref.sheet, r.ref.row): r.reason for r in report.rejected}
    assert rejected == {
        ("居民花名册", 10): "id_number_mangled",
        ("居民花名册", 11): "id_checksum",
        ("居民花名册", 12): "name_missing",
        ("居民花名册", 13): "id_missing",
    }
    skipped = {(s.ref.sheet, s.ref.row): s.kind for s in report.skipped}
    assert skipped[("居民花名册", 1)] == "title"
    assert skipped[("居民花名册", 2)] == "title"
    assert skipped[("居民花名册", 3)] == "header"
    assert skipped[("居民花名册", 7)] == "blank"
    assert skipped[("居民花名册", 14)] == "total"
    assert skipped[("居民花名册", 15)] == "signature"
    assert skipped[("第二网格", 1)] == "header"
    assert report.sheets_skipped == [(messy.name, "填表说明")]

    warnings = {(w.ref.sheet, w.ref.row, w.code) for w in report.warnings}
    assert warnings == {
        ("居民花名册", 6, "gender_mismatch"),
        ("居民花名册", 9, "birth_mismatch"),
        ("第二网格", 5, "conflicting_duplicate"),
    }


def test_every_row_is_accounted_for(db, messy):
    report = import_rosters([messy])
    imported_rows = {("居民花名册", r) for r in (4, 5, 6, 8, 9)} | {("第二网格", r) for r in (2, 3)}
    duplicates = {("第二网格", 4), ("第二网格", 5)}
    seen = imported_rows | duplicates
    seen |= {(r.ref.sheet, r.ref.row) for r in report.rejected}
    seen |= {(s.ref.sheet, s.ref.row) for s in report.skipped}
    assert seen == {("居民花名册", r) for r in range(1, 16)} | {("第二网格", r) for r in range(1, 6)}


def test_values_are_cleaned_and_taken_from_the_id(db, messy):
    import_rosters([messy])
    wang = by_id(WANG)
    assert wang.name == "王建国"
    assert wang.phone == "13812345678"
    assert wang.political_status == "中共党员" and wang.party_member
    assert wang.birth_date == dt.date(1960, 5, 12)
    wife = by_id(WANG_WIFE)
    assert wife.name == "张梅"
    assert wife.phone == "13900001111"
    son = by_id(WANG_SON)
    assert son.gender == "男"  # the ID says male; the sheet said 女
    assert son.note == "性别填错"
    ayi = by_id(AYI)
    assert ayi.name == "阿依·古丽"
    assert ayi.birth_date == dt.date(1990, 6, 15)
    assert ayi.ethnicity == "彝族"
    assert ayi.phone == "18888880000"
    li = by_id(LI)
    assert li.phone == "0812-5910065"  # the first row wins over the conflicting duplicate
    assert sorted(t.tag for t in li.tag_rows) == ["低保", "独居老人"]


def test_merged_address_cells_make_one_household(db, messy):
    import_rosters([messy])
    wang_household = by_id(WANG).household
    assert {r.id_number for r in wang_household.members} == {WANG, WANG_WIFE, WANG_SON}
    assert (wang_household.unit.building.name, wang_household.unit.name, wang_household.room) == ("3栋", "2单元", "301")
    zhao = by_id(ZHAO)
    assert zhao.household == by_id(ZHAO_DUP_WIFE).household
    assert zhao.household.unit.building.grid.name == "第二网格"
    assert Household.select().count() == 4


def test_reimport_creates_nothing_new(db, messy):
    import_rosters([messy])
    again = import_rosters([messy])
    assert (again.new, again.updated, again.unchanged) == (0, 0, 7)
    assert Resident.select().count() == 7
    assert Household.select().count() == 4


def test_changed_rows_update_and_empty_cells_keep_stored_values(db, tmp_path):
    number = make_id()
    first = simple_workbook(tmp_path / "a.xlsx", [["王芳", number, "1", "1", "101", "户主"]])
    import_rosters([first])
    wb = Workbook()
    ws = wb.active
    ws.append(["姓名", "身份证号码", "联系电话", "楼栋", "单元", "房号"])
    ws.append(["王芳", number, "13812345678", "2", "1", "201"])
    wb.save(tmp_path / "b.xlsx")
    report = import_rosters([tmp_path / "b.xlsx"])
    assert (report.new, report.updated, report.unchanged) == (0, 1, 0)
    resident = by_id(number)
    assert resident.phone == "13812345678"
    assert resident.relation == "户主"  # not in the second file: kept
    assert resident.household.unit.building.name == "2栋"
    assert resident_records("2栋1单元201")[0]["id_number"] == number


def test_same_id_across_files_is_one_resident(db, tmp_path):
    rows = simple_rows(3)
    a = simple_workbook(tmp_path / "a.xlsx", rows)
    b = simple_workbook(tmp_path / "b.xlsx", rows[1:])
    report = import_rosters([a, b])
    assert report.new == 3
    assert Resident.select().count() == 3


def test_dry_run_changes_nothing(db, messy):
    report = import_rosters([messy], dry_run=True)
    assert report.new == 7
    assert Resident.select().count() == 0
    assert Household.select().count() == 0


def test_cancel_leaves_the_database_as_it_was(db, tmp_path):
    import_rosters([simple_workbook(tmp_path / "first.xlsx", simple_rows(5))])
    before = Resident.select().count()
    calls = []

    def cancel_while_writing():
        calls.append(1)
        return len(calls) > 3

    big = simple_workbook(tmp_path / "big.xlsx", simple_rows(300, start=5))
    with pytest.raises(Cancelled):
        import_rosters([big], cancel=cancel_while_writing)
    assert Resident.select().count() == before


def test_failure_midway_rolls_back(db, tmp_path, monkeypatch):
    import jinsha_desk.importing.importer as importer

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(importer, "refresh_search_text", broken)
    import_rosters([simple_workbook(tmp_path / "a.xlsx", simple_rows(3))])
    changed = simple_rows(3)
    changed[0][2] = "9"
    with pytest.raises(RuntimeError):
        import_rosters([simple_workbook(tmp_path / "b.xlsx", changed + simple_rows(4, start=10))])
    assert Resident.select().count() == 3
    assert {h.unit.building.name for h in Household.select()} == {"1栋"}


def test_legacy_xls_with_merged_cells(db, tmp_path):
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("花名册")
    sheet.write(0, 0, "2026年居民登记表")
    for col, title in enumerate(["姓名", "身份证号", "楼号", "单元", "房号", "与户主关系"]):
        sheet.write(1, col, title)
    people = [("周大福", make_id(order=101), "户主"), ("周小福", make_id(born="20100101", order=102), "子女")]
    for i, (name, number, relation) in enumerate(people, start=2):
        sheet.write(i, 0, name)
        sheet.write(i, 1, number)
        sheet.write(i, 5, relation)
    sheet.write_merge(2, 3, 2, 2, "7")
    sheet.write_merge(2, 3, 3, 3, "1")
    sheet.write_merge(2, 3, 4, 4, "502")
    path = tmp_path / "旧花名册.xls"
    book.save(str(path))
    report = import_rosters([path])
    assert report.new == 2
    assert by_id(people[0][1]).household == by_id(people[1][1]).household
    assert by_id(people[1][1]).household.unit.building.name == "7栋"


@pytest.mark.parametrize("encoding", ["gb18030", "utf-8-sig", "utf-8"])
def test_csv_in_chinese_encodings(db, tmp_path, encoding):
    number = make_id(order=203)
    text = "金沙社区花名册\n姓名,身份证号码,楼栋,单元,房号,特殊人群\n欧阳 娜娜," + number + ",2,1,101,空巢老人；残疾人\n合计,共1人,,,,\n"
    path = tmp_path / "roster.csv"
    path.write_bytes(text.encode(encoding))
    report = import_rosters([path])
    assert report.new == 1
    resident = by_id(number)
    assert resident.name == "欧阳娜娜"
    assert sorted(t.tag for t in resident.tag_rows) == ["残疾人", "空巢老人"]
    assert [s.kind for s in report.skipped] == ["title", "header", "total"]


def test_csv_number_mangled_by_excel(db, tmp_path):
    path = tmp_path / "roster.csv"
    path.write_bytes("姓名,身份证号码\n张三,5.10403E+17\n李四,510403198503071000\n".encode("gb18030"))
    report = import_rosters([path])
    assert [r.reason for r in report.rejected] == ["id_number_mangled", "id_number_mangled"]
    assert "文本" in report_text(report)


def test_unreadable_file_is_a_clear_error_and_changes_nothing(db, tmp_path, messy):
    bad = tmp_path / "坏文件.xlsx"
    bad.write_bytes(b"not a workbook")
    with pytest.raises(DeskError) as caught:
        import_rosters([messy, bad])
    assert "坏文件.xlsx" in caught.value.message
    assert Resident.select().count() == 0


def test_addresses_written_in_one_column(db, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["姓名", "身份证号码", "现住址", "与户主关系"])
    ws.append(["孙一", make_id(order=301), "蓝湖小区12栋3单元1502室", "户主"])
    ws.append(["孙二", make_id(order=302), "金沙路8号院", "户主"])
    wb.save(tmp_path / "a.xlsx")
    import_rosters([tmp_path / "a.xlsx"])
    sun = by_id(make_id(order=301)).household
    # The 小区 stays part of the address (issue 14): it names the building.
    assert (sun.unit.building.name, sun.unit.name, sun.room) == ("蓝湖小区12栋", "3单元", "1502")
    assert by_id(make_id(order=301)).address == "蓝湖小区12栋3单元1502室"
    assert by_id(make_id(order=302)).household.unit.building.name == "金沙路8号院"


def test_rows_without_address_form_families_by_head(db, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["姓名", "身份证号码", "与户主关系"])
    ws.append(["甲", make_id(order=401), "户主"])
    ws.append(["乙", make_id(order=402), "配偶"])
    ws.append(["丙", make_id(order=403), "户主"])
    wb.save(tmp_path / "a.xlsx")
    import_rosters([tmp_path / "a.xlsx"])
    assert by_id(make_id(order=401)).household == by_id(make_id(order=402)).household
    assert by_id(make_id(order=403)).household != by_id(make_id(order=401)).household


def test_errors_workbook_holds_rejected_rows_and_reimports(db, tmp_path, messy):
    report = import_rosters([messy])
    out = write_rejected(report, tmp_path / "未导入.xlsx")
    sheet = load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:5] == ("原因", "文件", "工作表", "行号", " 序号 ")
    reasons = [r[0] for r in rows[1:]]
    assert len(reasons) == 4
    assert any("文本" in r for r in reasons)
    assert rows[2][3] == 11 and rows[2][5] == "陈错号"
    # The clerk fixes the checksum row and imports the same file again.
    fixed = make_id("510403", "19700101", 999)
    sheet.cell(row=3, column=8, value=fixed)
    wb = sheet.parent
    wb.save(out)
    again = import_rosters([out])
    assert again.new == 1
    assert by_id(fixed).name == "陈错号"


def test_two_row_header_under_a_merged_title(db, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["姓名", "身份证号码", "地址", None, None])
    ws.append([None, None, "楼栋", "单元", "房号"])
    ws.merge_cells("C1:E1")
    ws.merge_cells("A1:A2")
    ws.merge_cells("B1:B2")
    ws.append(["钱一", make_id(order=501), "9", "2", "802"])
    wb.save(tmp_path / "a.xlsx")
    report = import_rosters([tmp_path / "a.xlsx"])
    assert report.new == 1
    assert [s.kind for s in report.skipped] == ["header", "header"]
    household = by_id(make_id(order=501)).household
    assert (household.unit.building.name, household.room) == ("9栋", "802")


def test_import_is_one_transaction_in_the_file(db, engine, db_path, tmp_path):
    if engine != "sqlite":
        pytest.skip("about the desk's database file itself")
    import_rosters([simple_workbook(tmp_path / "a.xlsx", simple_rows(20))])
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT COUNT(*) FROM resident").fetchone()[0] == 20
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_report_text_is_chinese_and_names_rows(db, messy):
    text = report_text(import_rosters([messy]))
    assert "新增 7 人" in text
    assert f"{messy.name}「居民花名册」第11行" in text
    assert "校验位" in text
    assert "填表说明" in text


def test_header_synonyms_and_spaces(db, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["名字", " 身份证号 ", "楼 号", "门牌号", "手机号", "与户主的关系"])
    ws.append(["吴三", make_id(order=601), "4", "101", "13511112222", "户主"])
    wb.save(tmp_path / "a.xlsx")
    import_rosters([tmp_path / "a.xlsx"])
    resident = by_id(make_id(order=601))
    assert resident.phone == "13511112222"
    assert resident.household.unit.building.name == "4栋"


def test_tags_stay_when_the_column_is_empty(db, tmp_path):
    number = make_id(order=701)
    wb = Workbook()
    ws = wb.active
    ws.append(["姓名", "身份证号码", "特殊人群"])
    ws.append(["郑一", number, "低保"])
    wb.save(tmp_path / "a.xlsx")
    import_rosters([tmp_path / "a.xlsx"])
    ws.cell(row=2, column=3, value=None)
    wb.save(tmp_path / "b.xlsx")
    report = import_rosters([tmp_path / "b.xlsx"])
    assert report.unchanged == 1
    assert [t.tag for t in ResidentTag.select()] == ["低保"]


def test_simple_header_constant_is_a_roster_header():
    from jinsha_desk.importing.headers import is_header_row

    assert is_header_row(SIMPLE_HEADER)
