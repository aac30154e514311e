"""Planning a meeting, its agenda, sign-in and minutes, and the topic board, as a clerk would."""

import datetime as dt

from conftest import press_save
from ids import make_id
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from jinsha_desk.meetings import meetings as m
from jinsha_desk.meetings import topics as t
from jinsha_desk.models import Meeting
from jinsha_desk.roster import editing
from jinsha_desk.ui.meetings.meeting_dialogs import (
    AgendaDialog,
    AttendeesDialog,
    MeetingDialog,
    MinutesDialog,
    VerdictDialog,
)
from jinsha_desk.ui.preview_dialog import DocumentPreview, print_pdf


def test_meeting_from_plan_to_evaluation(window, qtbot, monkeypatch, tmp_path):
    window.ui.navList.setCurrentRow(window.pages.index(window.meetings))
    page = window.meetings
    assert window.ui.pages.currentWidget() is page
    for n in range(3):
        editing.add_resident(editing.ResidentInput(name=f"欧阳代表{n}", id_number=make_id(order=700 + n),
                                                   building="3", unit="2", room=f"{n}01", phone="13800000000"))
    raised = dt.date.today() - dt.timedelta(days=20)
    lights = t.add_topic(t.TopicInput("3栋楼道照明改造", "问题", raised, raised_by="李秀琼"))
    bikes = t.add_topic(t.TopicInput("充电桩选址", "项目", raised))

    def plan(dialog):
        dialog.ui.startsEdit.setDateTime(dialog.ui.startsEdit.dateTime().addDays(-8))  # held yesterday
        dialog.ui.kindCombo.setCurrentText("院落议事会")
        dialog.ui.placeEdit.setText("3栋架空层")
        dialog.ui.hostEdit.setText("王丽萍")
        dialog.ui.recorderEdit.setText("刘芳")

    press_save(monkeypatch, MeetingDialog, plan)
    page.ui.newMeetingButton.click()
    meeting = Meeting.get()
    assert meeting.kind == "院落议事会" and "院落议事会" in meeting.title
    page.ui.meetingsTable.selectRow(0)

    def invite(dialog):
        dialog.ui.residentPicker.search.setText("欧阳代表1")
        dialog.invite_resident()
        dialog.ui.guestName.setText("陈经理")
        dialog.ui.guestUnit.setText("蓝湖物业公司")
        dialog.ui.guestCategory.setCurrentText("物业公司")
        dialog.invite_guest()
        assert dialog.ui.invitedList.count() == 2

    press_save(monkeypatch, AttendeesDialog, invite)
    page.ui.inviteButton.click()

    def agenda(dialog):
        for row in range(dialog.ui.openList.count()):
            dialog.ui.openList.item(row).setSelected(True)
        dialog.add_selected()
        assert dialog.ui.openList.count() == 0
        dialog.ui.agendaTable.setCurrentCell(1, 0)
        dialog._move(-1)
        dialog.ui.agendaTable.item(0, 1).setText("王丽萍")
        dialog.ui.agendaTable.item(0, 2).setText("19:00—19:20")

    press_save(monkeypatch, AgendaDialog, agenda)
    page.ui.agendaButton.click()
    detail = m.meeting_detail(meeting.id)
    assert [(a.topic_id, a.presenter) for a in detail.agenda][0][1] == "王丽萍"
    assert {a.topic_id for a in detail.agenda} == {lights, bikes}
    assert t.get_topic(lights).step == t.ACCEPTED
    assert "议题确定" in page.ui.meetingDetail.toPlainText()

    def minutes(dialog):
        dialog.all_present()
        lights_row = next(r for r in range(dialog.ui.itemList.count()) if "照明" in dialog.ui.itemList.item(r).text())
        dialog.ui.itemList.setCurrentRow(lights_row)
        dialog.ui.discussionEdit.setPlainText("大家都同意")
        dialog.ui.decisionEdit.setText("更换楼道灯")
        dialog.ui.forSpin.setValue(5)
        dialog.save_item()
        assert "多于出席的 2 人" in dialog.ui.errorLabel.text()
        dialog.ui.forSpin.setValue(2)
        dialog.ui.ownerEdit.setText("物业公司")
        dialog.save_item()
        assert dialog.ui.errorLabel.text() == "已保存。"
        assert "实施" in dialog.ui.itemList.item(lights_row).text()

    press_save(monkeypatch, MinutesDialog, minutes)
    page.ui.minutesButton.click()
    assert t.get_topic(lights).step == t.IMPLEMENTING
    assert len(m.meeting_detail(meeting.id).counted(m.PRESENT)) == 2

    page.ui.tabs.setCurrentIndex(1)
    implementing = page.ui.implementingList
    assert implementing.count() == 1
    implementing.setCurrentRow(0)

    def evaluate(dialog):
        dialog.ui.verdictCombo.setCurrentText(t.BASICALLY_SATISFIED)

    press_save(monkeypatch, VerdictDialog, evaluate)
    page.ui.evaluateButton.click()
    assert t.get_topic(lights).step == t.EVALUATED
    assert page.ui.evaluatedList.count() == 1
    assert page.ui.satisfactionLabel.text() == "已评价 1 项，满意率 100%"
    page.ui.kindFilter.setCurrentIndex(page.ui.kindFilter.findText("项目清单"))
    assert page.ui.satisfactionLabel.text() == "尚无评价" and page.ui.acceptedList.count() == 1

    page.ui.tabs.setCurrentIndex(0)
    page.ui.meetingsTable.selectRow(0)
    pdf = page.paper("minutes", tmp_path)
    preview = DocumentPreview(pdf, "会议纪要", window)
    qtbot.addWidget(preview)
    assert preview.pages == len(PdfReader(str(pdf)).pages) == preview.ui.pagesLayout.count()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    print_pdf(pdf, printer)
    assert len(PdfReader(str(tmp_path / "printed.pdf")).pages) == preview.pages


def test_buttons_need_a_meeting(window):
    page = window.meetings
    window.ui.navList.setCurrentRow(window.pages.index(page))
    # Nothing selected: the buttons that act on a meeting cannot be pressed (issue 13).
    assert not any(b.isEnabled() for b in (page.ui.agendaButton, page.ui.inviteButton, page.ui.minutesButton,
                                           page.ui.printSigninButton))
    page.ui.tabs.setCurrentIndex(1)
    page.ui.evaluateButton.click()
    assert "实施" in page.ui.boardError.text()
