"""Correcting and removing records in the desktop app: right-click actions, the Delete key, dialogs that
correct a stored record, minutes drafts, and buttons that act only when they can."""

import datetime as dt
import json

import pytest
from conftest import wait_loaded
from ids import make_id
from meetings_data import hold_meeting
from PySide6.QtCore import Qt

from jinsha_desk.meetings import meetings as m
from jinsha_desk.meetings import topics as t
from jinsha_desk.models import AgendaItem, AuditLog, Household, Visit
from jinsha_desk.roster import editing
from jinsha_desk.ui.meetings.meeting_dialogs import AttendeesDialog, MinutesDialog
from jinsha_desk.ui.visits.visit_dialog import VisitDialog
from jinsha_desk.ui.volunteers.activity_dialog import ActivityDialog
from jinsha_desk.visits import records
from jinsha_desk.volunteers import people, service

TODAY = dt.date.today()


def audit(table, action):
    return [json.loads(a.old_values or "{}") for a in AuditLog.select().where(
        AuditLog.table_name == table, AuditLog.action == action)]


def action_named(widget, text):
    return next(a for a in widget.actions() if a.text() == text)


@pytest.fixture
def resident(window):
    return editing.add_resident(editing.ResidentInput(name="王建国", id_number=make_id(order=101), relation="户主",
                                                      building="3", unit="2", room="301"))


def test_a_visit_is_corrected_in_its_dialog_and_removed_with_delete(window, qtbot, resident, monkeypatch):
    page = window.visits
    window.ui.navList.setCurrentRow(window.pages.index(page))
    visit_id = records.add_visit(records.VisitInput(Household.get().id, TODAY, "刘芳", "日常走访", "身体好"))
    page.ui.tabs.setCurrentIndex(1)
    wait_loaded(qtbot, page)
    page.ui.visitsTable.selectRow(0)

    def correct(dialog):
        assert dialog.windowTitle() == "更正走访记录" and dialog.ui.findingsEdit.toPlainText() == "身体好"
        dialog.ui.findingsEdit.setPlainText("腿脚不便，需要助餐")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(VisitDialog, "exec", correct)
    action_named(page.ui.visitsTable, "更正走访记录…").trigger()
    assert Visit.get_by_id(visit_id).findings == "腿脚不便，需要助餐"
    assert audit("visit", "修改")[0]["findings"] == "身体好"
    assert "已保存：刘芳 日常走访" in window.ui.statusbar.currentMessage()
    delete = action_named(page.ui.visitsTable, "删除走访记录")
    assert delete.shortcut().toString() == "Del"
    page.confirm = lambda question: False
    wait_loaded(qtbot, page)
    page.ui.visitsTable.selectRow(0)
    delete.trigger()
    assert Visit.select().count() == 1
    page.confirm = lambda question: True
    delete.trigger()
    assert Visit.select().count() == 0 and len(audit("visit", "删除")) == 1
    wait_loaded(qtbot, page)
    assert "还没有走访记录" in page.ui.visitsTable.findChild(type(window.where), "emptyNote").text()


def test_an_activitys_hours_are_corrected(window, resident, monkeypatch):
    page = window.volunteers
    window.ui.navList.setCurrentRow(window.pages.index(page))
    li = people.add_volunteer(resident)
    zhao = people.add_volunteer(name="赵敏", phone="13800000002")
    activity = service.add_activity(service.ActivityInput("敬老院慰问", TODAY), {li: 3, zhao: 2})
    page.ui.activitiesTable.selectRow(0)

    def correct(dialog):
        table = dialog.ui.attendanceTable
        rows = {table.item(r, 0).text(): r for r in range(table.rowCount())}
        assert table.item(rows["王建国"], 2).text() == "3" and table.item(rows["赵敏"], 2).text() == "2"
        table.item(rows["赵敏"], 0).setCheckState(Qt.CheckState.Unchecked)
        table.item(rows["王建国"], 2).setText("2.5")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(ActivityDialog, "exec", correct)
    action_named(page.ui.activitiesTable, "更正活动和时长…").trigger()
    assert service.activity_hours(activity) == {li: 2.5}
    assert {row["hours"] for row in audit("attendance", "删除")} == {3.0, 2.0}
    assert page.ui.activitiesTable.item(0, 6).text() == "2.5"


@pytest.fixture
def held_meeting(resident):
    return hold_meeting(resident, extra_topics=("加装电梯",))


def test_an_invitee_is_removed(window, qtbot, held_meeting):
    meeting, _ = held_meeting
    dialog = AttendeesDialog(window.meetings, meeting)
    qtbot.addWidget(dialog)
    dialog.ui.invitedList.setCurrentRow(1)
    assert dialog.ui.invitedList.currentItem().text().startswith("物业经理")
    dialog.ui.removeInviteeButton.click()
    assert [dialog.ui.invitedList.item(r).text() for r in range(dialog.ui.invitedList.count())] == [
        "王建国（居民代表）3栋2单元301"]
    assert audit("meeting_attendee", "删除")[0]["name"] == "物业经理"


def test_minutes_keep_a_draft_per_topic_and_are_corrected(window, qtbot, held_meeting):
    meeting, topic = held_meeting
    dialog = MinutesDialog(window.meetings, meeting)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    ui.decisionEdit.setText("同意更换楼道灯")
    ui.discussionEdit.setPlainText("大家认为应尽快更换")
    ui.itemList.setCurrentRow(1)
    assert ui.decisionEdit.text() == ""
    ui.decisionEdit.setText("先征求一楼住户意见")
    ui.itemList.setCurrentRow(0)
    assert ui.decisionEdit.text() == "同意更换楼道灯" and ui.discussionEdit.toPlainText() == "大家认为应尽快更换"
    assert "草稿" in ui.errorLabel.text()
    asked = []
    dialog.confirm = lambda question: asked.append(question) or False
    dialog.reject()
    assert dialog.isVisible() and "3栋楼道照明改造" in asked[0] and "加装电梯" in asked[0]
    ui.saveItemButton.click()
    assert AgendaItem.get(AgendaItem.topic == topic).decision == "同意更换楼道灯"
    ui.decisionEdit.setText("同意更换为声控灯")
    ui.saveItemButton.click()
    assert AgendaItem.get(AgendaItem.topic == topic).decision == "同意更换为声控灯"
    assert audit("agenda_item", "修改")[-1]["decision"] == "同意更换楼道灯"
    dialog.ask_reason = lambda: "记错了议题"
    ui.withdrawButton.click()
    assert AgendaItem.get(AgendaItem.topic == topic).decision == "" and t.get_topic(topic).step == t.ACCEPTED
    ui.itemList.setCurrentRow(1)
    ui.decisionEdit.setText("")  # the second topic's draft given up: nothing unsaved is left
    dialog.confirm = lambda question: asked.append(question) or True
    dialog.reject()
    assert not dialog.isVisible()


def test_buttons_act_only_on_a_selection(window, held_meeting):
    roster = window.roster
    window.ui.navList.setCurrentRow(window.pages.index(roster))
    roster.ui.residentTable.clearSelection()
    assert not any(b.isEnabled() for b in (roster.ui.editButton, roster.ui.moveOutButton, roster.ui.deceasedButton))
    meetings = window.meetings
    window.ui.navList.setCurrentRow(window.pages.index(meetings))
    meetings.ui.meetingsTable.clearSelection()
    meetings.ui.meetingsTable.setCurrentCell(-1, -1)
    meetings._update_buttons()
    assert not meetings.ui.minutesButton.isEnabled() and not meetings.ui.inviteButton.isEnabled()
    meetings.ui.meetingsTable.selectRow(0)
    assert meetings.ui.minutesButton.isEnabled()
    honours = window.honours
    window.ui.navList.setCurrentRow(window.pages.index(honours))
    assert not honours.ui.nominateButton.isEnabled() and not honours.ui.issueButton.isEnabled()


def test_a_planned_meeting_has_no_sign_in_yet(window, resident):
    meetings = window.meetings
    window.ui.navList.setCurrentRow(window.pages.index(meetings))
    future = m.plan_meeting(m.MeetingInput("院落议事会", "下周议事会", dt.datetime.combine(
        TODAY + dt.timedelta(days=7), dt.time(19, 0))))
    meetings.select_meeting(future)
    assert meetings.ui.inviteButton.isEnabled() and not meetings.ui.minutesButton.isEnabled()


def test_shortcuts(window, qtbot, monkeypatch):
    roster = window.roster
    window.ui.navList.setCurrentRow(window.pages.index(roster))
    window.show()
    window.activateWindow()
    window.focus_search()
    assert roster.ui.searchEdit.hasFocus() or window.current_page().search_field() is roster.ui.searchEdit
    opened = []
    monkeypatch.setattr(roster, "add_resident", lambda: opened.append(True))
    window.current_page().new_record()
    assert opened == [True]


def test_a_service_certificate_from_the_volunteers_page(window, resident, monkeypatch):
    from pypdf import PdfReader

    from jinsha_desk.ui.volunteers.certificate_dialog import CertificateDialog

    page = window.volunteers
    window.ui.navList.setCurrentRow(window.pages.index(page))
    li = people.add_volunteer(resident)
    service.add_activity(service.ActivityInput("敬老院慰问", TODAY), {li: 3})
    page.ui.volunteersTable.selectRow(0)
    made = []

    def press_ok(dialog):
        dialog.save()
        made.append(dialog.pdf)
        return dialog.result()

    monkeypatch.setattr(CertificateDialog, "exec", press_ok)
    monkeypatch.setattr("jinsha_desk.ui.volunteers.volunteers_page.DocumentPreview.exec", lambda self: 0)
    page.ui.certificateButton.click()
    text = PdfReader(str(made[0])).pages[0].extract_text()
    assert "王建国" in text and "3" in text and "敬老院慰问" in text


def test_the_preview_zooms_and_fits_the_page(window, qtbot, held_meeting):
    from jinsha_desk.ui.preview_dialog import DocumentPreview

    meeting, _ = held_meeting
    meetings = window.meetings
    window.ui.navList.setCurrentRow(window.pages.index(meetings))
    meetings.select_meeting(meeting)
    preview = DocumentPreview(meetings.paper("agenda"), "会议议程", window)
    qtbot.addWidget(preview)
    preview.show()
    width = preview.labels[0].pixmap().width()
    preview.ui.zoomInButton.click()
    assert preview.labels[0].pixmap().width() > width and preview.ui.zoomLabel.text() == "125%"
    preview.ui.fitButton.click()
    assert preview.labels[0].pixmap().height() <= preview.ui.scrollArea.viewport().height()


def test_the_export_preview_follows_the_return_picked(window, resident, qtbot):
    page = window.exports
    window.ui.navList.setCurrentRow(window.pages.index(page))
    page.ui.returnCombo.setCurrentIndex(page.ui.returnCombo.findData("roster"))
    with qtbot.waitSignal(page.previewed, timeout=20000):
        page.preview()
    assert page.ui.previewTable.rowCount() == 1
    page.ui.returnCombo.setCurrentIndex(page.ui.returnCombo.findData("volunteer-hours"))
    assert page.ui.previewTable.rowCount() == 0 and page.ui.statusLabel.text() == ""
