"""Documents and returns an office can hand out without correction (issue 16, first points)."""

import datetime as dt

import pytest
from ids import make_id
from openpyxl import Workbook

from jinsha_desk.cli import main
from jinsha_desk.errors import DeskError
from jinsha_desk.honours import campaigns as c
from jinsha_desk.importing.importer import import_rosters
from jinsha_desk.models import Household
from jinsha_desk.returns.export import export_return
from jinsha_desk.returns.period import parse_period
from jinsha_desk.roster.households import household_choices


def test_a_household_without_a_head_is_named_after_its_eldest(db, tmp_path):
    wb = Workbook()
    wb.active.append(["姓名", "身份证号码", "户号", "与户主关系"])
    wb.active.append(["孙小", make_id(born="20100101", order=1), "H9", "子"])
    wb.active.append(["孙老", make_id(born="19500101", order=3), "H9", "父亲"])
    wb.save(tmp_path / "r.xlsx")
    import_rosters([tmp_path / "r.xlsx"])
    choice = household_choices([Household.select().first().id])[0]
    assert choice.name == "孙老家" and "无户主" not in choice.label() and "未登记户主" in choice.label()
    campaign = c.create_campaign(c.CampaignInput("文明家庭", dt.date.today().year, c.HOUSEHOLD, 1))
    c.nominate(campaign, choice.household_id)
    assert c.nominees(campaign)[0].name == "孙老家庭"


def test_a_period_on_a_return_without_one_is_refused(capsys, db, db_path, tmp_path):
    with pytest.raises(DeskError, match="不按期间统计"):
        export_return("roster", tmp_path / "r.xlsx", parse_period("2026-10"))
    assert main(["--db", str(db_path), "export", "roster", "--out", str(tmp_path / "r.xlsx"),
                 "--period", "2026-10"]) == 1
    assert "不按期间统计" in capsys.readouterr().err and not (tmp_path / "r.xlsx").exists()


def test_the_notice_period_counts_official_working_days():
    # 国庆 2026: October 1 to 7 are holidays; Saturday October 10 is worked in exchange (调休).
    assert c.add_working_days(dt.date(2026, 9, 29), 5) == dt.date(2026, 10, 10)
    assert c.add_working_days(dt.date(2026, 11, 23), 5) == dt.date(2026, 11, 27)
    with pytest.raises(c.CalendarUnknown, match="请直接填写公示截止日期"):
        c.add_working_days(dt.date(2099, 1, 5), 5)


def test_the_notice_dialog_asks_for_the_end_where_the_calendar_is_unknown(qtbot, window):
    from PySide6.QtCore import QDate

    from jinsha_desk.ui.honours.honour_dialogs import NoticeDialog

    c.create_campaign(c.CampaignInput("文明家庭", 2026, c.HOUSEHOLD, 1))
    dialog = NoticeDialog(window, c.campaigns()[0], 5)
    qtbot.addWidget(dialog)
    dialog.ui.startEdit.setDate(QDate(2026, 9, 29))
    assert "2026年10月10日" in dialog.ui.endLabel.text() and dialog.ui.endEdit.isHidden()
    dialog.ui.startEdit.setDate(QDate(2099, 1, 5))
    assert "请直接填写" in dialog.ui.endLabel.text() and not dialog.ui.endEdit.isHidden()


def test_grids_buildings_and_rooms_in_natural_order(db, tmp_path):
    from jinsha_desk.roster.residents import resident_records
    from jinsha_desk.roster.stats import community_stats

    wb = Workbook()
    wb.active.append(["网格", "楼栋", "单元", "房号", "姓名", "身份证号码"])
    for n, (grid, building, room) in enumerate([("第十网格", "12", "1002"), ("第二网格", "10", "601"),
                                                 ("第二网格", "2", "1002"), ("第二网格", "2", "601")]):
        wb.active.append([grid, building, "1", room, f"居民{n}", make_id(order=100 + n)])
    wb.save(tmp_path / "r.xlsx")
    import_rosters([tmp_path / "r.xlsx"])
    order = [(r["grid"], r["building"], r["room"]) for r in resident_records()]
    assert order == [("第二网格", "2栋", "601"), ("第二网格", "2栋", "1002"), ("第二网格", "10栋", "601"),
                     ("第十网格", "12栋", "1002")]
    assert [g["grid"] for g in community_stats()["per_grid"]] == ["第二网格", "第十网格"]


def test_a_long_sign_in_sheet_wraps_and_shows_no_door_numbers(db, tmp_path):
    from pypdf import PdfReader

    from jinsha_desk.documents.meeting_docs import write_signin
    from jinsha_desk.meetings import meetings as m

    meeting = m.plan_meeting(m.MeetingInput("党群议事会", "十二月议事会", dt.datetime(2026, 12, 1, 19, 0)))
    long_unit = "金沙街道蓝湖社区第三网格党支部联合委员会"  # 20 characters
    m.invite(meeting, [m.AttendeeInput(f"代表{n:02d}", "单位代表", long_unit if n % 2 else f"3栋2单元{300 + n}",
                                        f"1380000{n:04d}") for n in range(70)])
    reader = PdfReader(str(write_signin(meeting, tmp_path / "签到表.pdf")))
    text = "".join(page.extract_text() for page in reader.pages).replace("\n", "")
    assert text.count(long_unit) == 35, "a long unit name is printed whole, wrapped inside its cell"
    assert "3栋2单元" in text and "3栋2单元302" not in text and "13800000002" not in text
    assert all(page.extract_text().count("签名") == 1 for page in reader.pages)
