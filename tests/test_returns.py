import datetime as dt

import pytest
from openpyxl import Workbook, load_workbook
from rosters import LI, WANG, messy_workbook

from jinsha_desk.demo import seed_demo
from jinsha_desk.errors import DeskError
from jinsha_desk.importing.importer import import_rosters
from jinsha_desk.models import ExportLog, Resident
from jinsha_desk.returns.export import export_return
from jinsha_desk.returns.form import display_width
from jinsha_desk.returns.period import between, parse_period
from jinsha_desk.settings import set_setting

pytestmark = pytest.mark.both_engines  # the core's behaviour on SQLite and on a server


@pytest.fixture
def community(db):
    seed_demo(500)
    return db


def sheet_of(path):
    return load_workbook(path).active


def header_row(sheet):
    return [c.value for c in sheet[3]]


def test_periods():
    assert parse_period("2026-10") == parse_period("2026-10")
    october = parse_period("2026-10")
    assert (october.start, october.end, october.label) == (dt.date(2026, 10, 1), dt.date(2026, 10, 31), "2026年10月")
    q4 = parse_period("2026-Q4")
    assert (q4.start, q4.end, q4.label) == (dt.date(2026, 10, 1), dt.date(2026, 12, 31), "2026年第四季度")
    assert parse_period("2026").end == dt.date(2026, 12, 31)
    assert parse_period("2024-02").end == dt.date(2024, 2, 29)
    with pytest.raises(DeskError):
        parse_period("十月")
    with pytest.raises(DeskError):
        between(dt.date(2026, 2, 1), dt.date(2026, 1, 1))


def test_chinese_counts_double_in_widths():
    assert display_width("王建国") == 6 and display_width("3栋") == 3 and display_width(dt.date(2026, 1, 1)) == 10


def test_roster_return_form_and_types(community, tmp_path):
    set_setting("community_name", "金沙社区")
    result = export_return("roster", tmp_path / "花名册.xlsx", today=dt.date(2026, 11, 23))
    sheet = sheet_of(result.path)
    assert sheet["A1"].value == "居民花名册" and "A1:S1" in {str(r) for r in sheet.merged_cells.ranges}
    assert sheet["A2"].value == "填报单位：金沙社区" and any(
        c.value == "填报时间：2026-11-23" for c in sheet[2])
    assert header_row(sheet)[:7] == ["网格", "楼栋", "单元", "房号", "姓名", "性别", "公民身份号码"]
    assert sheet.freeze_panes == "A4"
    assert sheet.print_title_rows == "$3:$3"  # the header repeats on every printed page
    assert sheet.page_setup.orientation == "landscape" and str(sheet.page_setup.paperSize) == "9"
    # One page wide (1 is the file format's default, which xlsxwriter leaves unwritten), pages downward.
    assert sheet.page_setup.fitToWidth in (1, None) and sheet.page_setup.fitToHeight == 0
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert "&P" in sheet.oddFooter.center.text and "&N" in sheet.oddFooter.center.text
    first = sheet[4]
    assert first[6].data_type == "s" and "********" in first[6].value and first[6].number_format == "@"
    assert isinstance(first[7].value, dt.datetime) and first[7].number_format == "yyyy-mm-dd"
    assert first[9].value is None or first[9].data_type == "s"
    assert first[0].border.left.style == "thin"
    assert sheet.column_dimensions["G"].width >= 20  # the ID column is as wide as its content
    last_rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=sheet.max_row - 1)]
    assert any("填表人：" in str(v) for v in last_rows[-1]) and any("审核人：" in str(v) for v in last_rows[-1])
    assert result.rows == Resident.select().count() == sheet.max_row - 5
    log = ExportLog.get()
    assert (log.return_name, log.masked, log.rows) == ("居民花名册", 1, 500)


def test_full_ids_are_text_and_logged(community, tmp_path):
    path = export_return("roster", tmp_path / "full.xlsx", full_ids=True).path
    ids = [row[6] for row in sheet_of(path).iter_rows(min_row=4, max_row=20, values_only=True)]
    assert all(isinstance(v, str) and len(v) == 18 and "*" not in v for v in ids)
    assert ExportLog.get().masked == 0


def test_exported_roster_reimports_unchanged(db, tmp_path):
    import_rosters([messy_workbook(tmp_path / "m.xlsx")])
    seed_demo(300)
    before = Resident.select().count()
    path = export_return("roster", tmp_path / "export.xlsx", full_ids=True).path
    report = import_rosters([path])
    assert (report.new, report.updated, report.rejected) == (0, 0, [])
    assert report.unchanged == before
    assert {s.kind for s in report.skipped} <= {"title", "header", "blank", "signature"}
    masked = export_return("roster", tmp_path / "masked.xlsx").path
    assert import_rosters([masked], dry_run=True).new == 0  # masked IDs are refused, never guessed


def test_care_ledger(community, tmp_path):
    sheet = sheet_of(export_return("care", tmp_path / "care.xlsx", today=dt.date.today()).path)
    header = header_row(sheet)
    assert header[:2] == ["类别", "姓名"] and "监护人/联系人" in header and "下次应走访" in header
    rows = list(sheet.iter_rows(min_row=4, values_only=True))
    categories = [r[0] for r in rows if r[0] and r[1]]
    assert categories[0] == "空巢老人" and "独居老人" in categories
    last, due = header.index("上次走访"), header.index("下次应走访")
    visited = [r for r in rows if r[1] and r[0] == "独居老人" and r[last]]
    assert visited and all((r[due] - r[last]).days == 7 for r in visited)


def test_visits_volunteers_meetings_statistics(community, tmp_path):
    year = str(dt.date.today().year)
    visits = sheet_of(export_return("visits", tmp_path / "v.xlsx", parse_period(year)).path)
    assert visits["A1"].value == f"入户走访台账（{year}年度）"
    dates = [r[0] for r in visits.iter_rows(min_row=4, values_only=True) if isinstance(r[0], dt.datetime)]
    assert dates == sorted(dates) and all(d.year == int(year) for d in dates)
    hours = sheet_of(export_return("volunteer-hours", tmp_path / "h.xlsx", parse_period(year)).path)
    rows = [r for r in hours.iter_rows(min_row=4, values_only=True) if isinstance(r[3], int)]
    assert rows and all(isinstance(r[4], (int, float)) and r[5] >= r[4] for r in rows)
    meetings = sheet_of(export_return("meetings", tmp_path / "mt.xlsx", parse_period(year)).path)
    assert header_row(meetings)[:4] == ["会议日期", "会议名称", "会议类型", "议题"]
    statistics = sheet_of(export_return("statistics", tmp_path / "s.xlsx", parse_period(year)).path)
    table = [r for r in statistics.iter_rows(min_row=4, values_only=True) if r[0]]
    total = next(r for r in table if r[0] == "合计")
    grids = [r for r in table if r[0] and r[0].startswith("第")]
    assert len(grids) == 5
    assert total[2] == sum(r[2] for r in grids) == 500
    assert isinstance(total[1], int)
    with pytest.raises(DeskError, match="需要指定期间"):
        export_return("visits", tmp_path / "x.xlsx")


def test_street_office_template(db, tmp_path):
    import_rosters([messy_workbook(tmp_path / "m.xlsx")])
    template = Workbook()
    sheet = template.active
    sheet["A1"] = "XX街道居民信息采集表"
    sheet.merge_cells("A1:F1")
    sheet.append([])
    sheet.append(["序号", "姓 名", "身份证号", "手机号码", "现住址", "婚姻状况"])
    sheet["B4"].number_format = "@"
    path = tmp_path / "街道模板.xlsx"
    template.save(path)
    result = export_return("roster", tmp_path / "filled.xlsx", full_ids=True, template=path)
    filled = sheet_of(result.path)
    assert filled["A1"].value == "XX街道居民信息采集表"  # the template's own title kept
    assert result.unfilled == ["婚姻状况"]  # 序号 is numbered (issue 14)
    rows = list(filled.iter_rows(min_row=4, values_only=True))
    wang = next(r for r in rows if r[1] == "王建国")
    assert wang[2] == WANG and wang[3] == "13812345678" and wang[4] == "3栋2单元301"
    assert filled.cell(row=4, column=3).data_type == "s"
    assert any(r[2] == LI for r in rows)
    bad = tmp_path / "bad.xlsx"
    Workbook().save(bad)
    with pytest.raises(DeskError, match="表头"):
        export_return("roster", tmp_path / "x.xlsx", template=bad)
