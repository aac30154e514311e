"""Walking through 入户走访 and 志愿服务 as a clerk, offscreen, on a real database."""

import datetime as dt

from conftest import press_save, wait_loaded
from ids import make_id
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from jinsha_desk.models import Attendance, Need, Visit, Volunteer, Wish
from jinsha_desk.roster import editing
from jinsha_desk.ui.tables import RowIdRole, row_count, text_at
from jinsha_desk.ui.visits.visit_dialog import VisitDialog
from jinsha_desk.ui.volunteers.activity_dialog import ActivityDialog
from jinsha_desk.ui.volunteers.volunteer_dialogs import (
    ClaimDialog,
    TeamDialog,
    VolunteerDialog,
    WishDialog,
)
from jinsha_desk.volunteers import people, wishes


def add_person(name, order, tags=(), room="101", relation="户主"):
    return editing.add_resident(editing.ResidentInput(
        name=name, id_number=make_id(born="19420304", order=order), relation=relation, tags=list(tags),
        grid="第一网格", create_grid=True, building="5", unit="1", room=room, phone="13800000000",
    ))




def test_overdue_household_recorded_in_one_click(window, qtbot, monkeypatch):
    alone = add_person("独居奶奶", 301, ["独居老人"])
    add_person("普通住户", 302, room="102")
    window.ui.navList.setCurrentRow(2)
    page = window.visits
    assert window.ui.pages.currentWidget() is page
    wait_loaded(qtbot, page)
    assert page.ui.dueSummary.text() == "逾期 1 户，本周到期 0 户"
    assert text_at(page.ui.dueTable, 0, 1) == "从未走访"
    assert text_at(page.ui.dueTable, 0, 3) == "独居奶奶"
    page.ui.dueTable.selectRow(0)

    def fill(dialog):
        assert dialog.ui.householdPicker.selected_id == page.ui.dueTable.model().index(0, 0).data(RowIdRole)
        assert dialog.ui.kindCombo.currentText() == "关爱探访"
        dialog.ui.membersList.item(0).setCheckState(Qt.CheckState.Checked)
        dialog.ui.visitorCombo.setCurrentText("刘芳")
        dialog.ui.findingsEdit.setPlainText("身体硬朗")
        dialog.ui.needsEdit.setPlainText("楼道灯不亮\n")

    press_save(monkeypatch, VisitDialog, fill)
    page.ui.recordDueButton.click()
    wait_loaded(qtbot, page)
    assert page.ui.dueSummary.text() == "逾期 0 户，本周到期 0 户"
    visit = Visit.get()
    assert (visit.visitor, visit.kind, visit.findings) == ("刘芳", "关爱探访", "身体硬朗")
    assert [m.resident_id for m in visit.met] == [alone]
    page.ui.tabs.setCurrentIndex(1)  # the ledger loads when its tab is shown
    wait_loaded(qtbot, page)
    assert row_count(page.ui.visitsTable) == 1 and text_at(page.ui.visitsTable, 0, 8) == "楼道灯不亮"
    qtbot.waitUntil(lambda: window.dashboard.card_text("overdue") == "0")


def test_new_visit_by_typing_pinyin(window, qtbot):
    add_person("欧阳娜", 303, room="303")
    dialog = VisitDialog(window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.householdPicker.search, "oyn")
    assert dialog.ui.householdPicker.results.count() == 1
    assert dialog.ui.householdPicker.selected_id is not None  # a single match is picked at once
    assert dialog.ui.membersList.count() == 1
    dialog.ui.visitorCombo.setCurrentText("")
    dialog.save()
    assert "走访人" in dialog.ui.errorLabel.text()
    assert Visit.select().count() == 0
    dialog.ui.visitorCombo.setCurrentText("陈志强")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted and Visit.select().count() == 1


def test_needs_move_through_their_statuses(window, qtbot, monkeypatch):
    add_person("提需求的人", 304, room="304")
    from jinsha_desk.models import Resident
    from jinsha_desk.visits import records

    hid = Resident.get().household_id
    records.add_visit(records.VisitInput(hid, dt.date.today(), "刘芳", "需求收集", needs=["下水道堵塞"]))
    page = window.visits
    page.refresh()
    page.ui.tabs.setCurrentIndex(2)
    wait_loaded(qtbot, page)
    assert row_count(page.ui.needsTable) == 1
    page.ui.needsTable.selectRow(0)
    page.ui.inProgressButton.click()
    assert "负责" in page.ui.needsError.text()
    page.ui.handlerEdit.setText("物业公司")
    page.ui.inProgressButton.click()
    assert Need.get().status == "办理中" and Need.get().handler == "物业公司"
    wait_loaded(qtbot, page)
    assert row_count(page.ui.needsTable) == 0  # the filter shows 待办 only
    page.ui.needStatusFilter.setCurrentText("全部")
    wait_loaded(qtbot, page)
    assert text_at(page.ui.needsTable, 0, 4) == "办理中"


def test_volunteers_team_activity_and_hours(window, qtbot, monkeypatch):
    resident = add_person("周红", 305, room="305")
    window.ui.navList.setCurrentRow(3)
    page = window.volunteers

    def fill_volunteer(dialog):
        dialog.ui.residentPicker.search.setText("周红")

    press_save(monkeypatch, VolunteerDialog, fill_volunteer)
    page.ui.addVolunteerButton.click()
    assert Volunteer.get().resident_id == resident

    def fill_outsider(dialog):
        dialog.ui.nameEdit.setText("陈医生")
        dialog.ui.phoneEdit.setText("139 0000 2222")

    press_save(monkeypatch, VolunteerDialog, fill_outsider)
    page.ui.addVolunteerButton.click()
    assert page.ui.volunteersTable.rowCount() == 2

    def fill_team(dialog):
        dialog.ui.nameEdit.setText("助老志愿服务队")
        dialog.ui.leaderCombo.setCurrentIndex(1)

    press_save(monkeypatch, TeamDialog, fill_team)
    page.ui.addTeamButton.click()
    assert page.ui.teamsTable.item(0, 1).text() == "周红"

    dialog = ActivityDialog(window)
    qtbot.addWidget(dialog)
    dialog.ui.titleEdit.setText("敬老院慰问")
    dialog.ui.teamCombo.setCurrentIndex(1)  # ticks the team's members
    assert dialog.ui.selectedCount.text() == "已勾选 1 人"
    dialog.check_volunteers({v.id for v in Volunteer.select()})
    assert dialog.ui.selectedCount.text() == "已勾选 2 人"
    dialog.ui.hoursSpin.setValue(3.5)
    dialog.apply_hours_to_checked()
    dialog.ui.attendanceTable.item(1, 2).setText("1.25")
    dialog.save()
    assert "半小时" in dialog.ui.errorLabel.text() and Attendance.select().count() == 0
    dialog.ui.attendanceTable.item(1, 2).setText("1.5")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert sorted(a.hours for a in Attendance.select()) == [1.5, 3.5]
    page.refresh()
    hours = {page.ui.volunteersTable.item(r, 0).text(): page.ui.volunteersTable.item(r, 4).text()
             for r in range(page.ui.volunteersTable.rowCount())}
    assert hours == {"周红": "3.5", "陈医生": "1.5"}
    qtbot.waitUntil(lambda: window.dashboard.card_text("volunteers") == "2")


def test_micro_wish_board(window, qtbot, monkeypatch):
    resident = add_person("许愿的老人", 306, room="306")
    volunteer = people.add_volunteer(name="陈医生", phone="13900002222")
    page = window.volunteers

    def fill_wish(dialog):
        dialog.ui.residentPicker.search.setText("许愿")
        dialog.ui.descriptionEdit.setText("想要一台收音机")

    press_save(monkeypatch, WishDialog, fill_wish)
    page.ui.addWishButton.click()
    assert Wish.get().resident_id == resident
    assert page.ui.openTable.rowCount() == 1
    page.ui.claimButton.click()
    assert "待认领" in page.ui.wishesError.text()  # nothing selected yet
    page.ui.openTable.selectRow(0)

    def fill_claim(dialog):
        dialog.ui.volunteerCombo.setCurrentIndex(dialog.ui.volunteerCombo.findData(volunteer))

    press_save(monkeypatch, ClaimDialog, fill_claim)
    page.ui.claimButton.click()
    assert page.ui.openTable.rowCount() == 0 and page.ui.claimedTable.item(0, 2).text() == "陈医生"
    page.ui.claimedTable.selectRow(0)
    page.ui.fulfilButton.click()
    assert page.ui.fulfilledTable.rowCount() == 1 and Wish.get().status == wishes.FULFILLED


def test_visit_intervals_are_set_in_settings(window, monkeypatch):
    from jinsha_desk.ui.visits.intervals_dialog import IntervalsDialog
    from jinsha_desk.visits.followup import care_intervals

    def fill(dialog):
        assert dialog.ui.aloneSpin.value() == 7
        dialog.ui.emptyNestSpin.setValue(10)
        dialog.ui.lowIncomeSpin.setValue(0)

    press_save(monkeypatch, IntervalsDialog, fill)
    window.visits.ui.intervalsButton.click()
    assert care_intervals()["空巢老人"] == 10 and care_intervals()["低保"] == 0
