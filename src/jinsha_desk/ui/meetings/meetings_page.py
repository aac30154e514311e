"""议事会议: plan a meeting, invite, set its agenda, record sign-in and minutes, print its papers;
and the board of topics by step with the satisfaction rate of each list."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from jinsha_desk import auth, changes
from jinsha_desk.meetings import meetings as m
from jinsha_desk.meetings import topics as t
from jinsha_desk.paths import scratch_dir
from jinsha_desk.ui.forms.ui_meetings_page import Ui_MeetingsPage
from jinsha_desk.ui.meetings.meeting_dialogs import (
    AgendaDialog,
    AttendeesDialog,
    MeetingDialog,
    MinutesDialog,
    TopicDialog,
    VerdictDialog,
)
from jinsha_desk.ui.page import Page
from jinsha_desk.ui.preview_dialog import DocumentPreview
from jinsha_desk.ui.tables import RowIdRole, add_row_actions, fill_table, selected_row_id

_MEETING_HEADERS = ["时间", "类型", "会议", "地点", "邀请人数", "议题数"]
_ALL_KINDS = "全部清单"
# Each paper's title and the writer's name in documents.meeting_docs, which loads reportlab: imported
# when first printing, not when the window starts.
_PAPERS = {"agenda": ("会议议程", "write_agenda"), "signin": ("签到表", "write_signin"),
           "minutes": ("会议纪要", "write_minutes")}


class MeetingsPage(Page):
    title = "议事会议"
    write_buttons = ("newMeetingButton", "inviteButton", "agendaButton", "minutesButton", "newTopicButton",
                     "evaluateButton", "closeTopicButton")
    shows = frozenset({changes.MEETINGS, changes.ROSTER})
    take_out_buttons = ("printAgendaButton", "printSigninButton", "printMinutesButton")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MeetingsPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.board: dict[str, QListWidget] = {
            t.COLLECTED: ui.collectedList, t.ACCEPTED: ui.acceptedList, t.CONSULTED: ui.consultedList,
            t.IMPLEMENTING: ui.implementingList, t.EVALUATED: ui.evaluatedList, "closed": ui.closedList,
        }
        ui.kindFilter.addItem(_ALL_KINDS, "")
        for kind in t.KINDS:
            ui.kindFilter.addItem(t.LIST_NAMES[kind], kind)
        ui.kindFilter.currentIndexChanged.connect(self.refresh_board)
        ui.meetingsTable.itemSelectionChanged.connect(self.show_detail)
        ui.newMeetingButton.clicked.connect(self.new_meeting)
        ui.inviteButton.clicked.connect(lambda: self._with_meeting(AttendeesDialog))
        ui.agendaButton.clicked.connect(lambda: self._with_meeting(AgendaDialog))
        ui.minutesButton.clicked.connect(lambda: self._with_meeting(MinutesDialog))
        ui.printAgendaButton.clicked.connect(lambda: self.preview("agenda"))
        ui.printSigninButton.clicked.connect(lambda: self.preview("signin"))
        ui.printMinutesButton.clicked.connect(lambda: self.preview("minutes"))
        ui.newTopicButton.clicked.connect(lambda: self.open_dialog(TopicDialog(self)))
        ui.evaluateButton.clicked.connect(lambda: self._verdict(closing=False))
        ui.closeTopicButton.clicked.connect(lambda: self._verdict(closing=True))
        self.writing_actions += add_row_actions(ui.meetingsTable, [
            ("更正会议…", self.edit_selected_meeting, Qt.Key.Key_Return),
            ("删除会议", self.remove_selected_meeting, QKeySequence.StandardKey.Delete),
        ])
        for column in self.board.values():
            self.writing_actions += add_row_actions(column, [
                ("退回上一步…", lambda column=column: self.step_back(column), None)])
        ui.meetingsTable.doubleClicked.connect(lambda _: self.edit_selected_meeting())
        self._update_buttons()

    def refresh(self) -> None:
        selected = self.selected_meeting()
        rows = m.meetings()
        fill_table(self.ui.meetingsTable, _MEETING_HEADERS,
                   [[f"{r.starts_at:%Y-%m-%d %H:%M}", r.kind, r.title, r.place, r.invited, r.topics] for r in rows],
                   ids=[r.meeting_id for r in rows], empty="还没有会议。点击“新建会议…”添加。")
        for row, r in enumerate(rows):
            if r.meeting_id == selected:
                self.ui.meetingsTable.selectRow(row)
        self.show_detail()
        self.refresh_board()

    def selected_meeting(self) -> int | None:
        return selected_row_id(self.ui.meetingsTable)

    def _update_buttons(self) -> None:
        """Buttons act only when they can: on a selected meeting, and sign-in and minutes once it has begun."""
        meeting_id = self.selected_meeting()
        begun = meeting_id is not None and m.get_meeting(meeting_id).starts_at <= dt.datetime.now()
        writer = auth.current().can("write")
        ui = self.ui
        for button in (ui.inviteButton, ui.agendaButton):
            button.setEnabled(writer and meeting_id is not None)
        ui.minutesButton.setEnabled(writer and begun)
        printing = self.can_take_out()
        ui.printMinutesButton.setEnabled(printing and begun)
        for button in (ui.printAgendaButton, ui.printSigninButton):
            button.setEnabled(printing and meeting_id is not None)

    def new_record(self) -> None:
        if self.ui.newMeetingButton.isEnabled():
            self.new_meeting()

    def new_meeting(self) -> None:
        dialog = MeetingDialog(self)
        if self.open_dialog(dialog):
            self.select_meeting(dialog.record_id)

    def show_list(self, kind: str | None) -> None:
        """One of the three lists (需求, 问题, 项目) or all topics, from the 首页."""
        self.ui.kindFilter.setCurrentIndex(max(0, self.ui.kindFilter.findData(kind or "")))

    def select_meeting(self, meeting_id: int) -> None:
        table = self.ui.meetingsTable
        for row in range(table.rowCount()):
            if table.item(row, 0).data(RowIdRole) == meeting_id:
                table.selectRow(row)

    def edit_selected_meeting(self) -> None:
        meeting_id = self.selected_meeting()
        if meeting_id is not None:
            self.open_dialog(MeetingDialog(self, meeting_id))

    def remove_selected_meeting(self) -> None:
        meeting_id = self.selected_meeting()
        if meeting_id is None:
            return
        title = m.get_meeting(meeting_id).title
        if self.confirm(f"删除会议“{title}”吗？它的邀请名单和议程一并删除，议题的进程保留。"):
            self.run_action(lambda: m.remove_meeting(meeting_id), f"已删除：会议 {title}", self.ui.meetingsError)

    def step_back(self, column: QListWidget) -> None:
        entry = column.currentItem()
        if entry is None:
            return
        reason = self.ask_text("退回上一步", f"把“{entry.text()}”退回上一步的原因：")
        if reason:
            topic_id = entry.data(Qt.ItemDataRole.UserRole)
            self.run_action(lambda: t.step_back(topic_id, reason), f"已退回：{entry.text()}", self.ui.boardError)

    def show_detail(self) -> None:
        self._update_buttons()
        meeting_id = self.selected_meeting()
        if meeting_id is None:
            self.ui.meetingDetail.setPlainText("选择一次会议，这里显示它的参会人员和议程。")
            return
        d = m.meeting_detail(meeting_id)
        lines = [f"{d.title}　{d.when()}　{d.place}", f"主持人：{d.host}　记录人：{d.recorder}",
                 f"邀请 {len(d.attendees)} 人，出席 {len(d.counted(m.PRESENT))} 人", "议程："]
        for item in d.agenda:
            result = f"　决定：{item.decision}　{item.vote_text()}" if item.decision else ""
            lines.append(f"  {item.position}. {item.title}（{item.step}）{item.presenter}{result}")
        self.ui.meetingDetail.setPlainText("\n".join(lines))

    def refresh_board(self) -> None:
        kind = self.ui.kindFilter.currentData() or None
        for widget in self.board.values():
            widget.clear()
        for row in t.topics(kind=kind):
            column = self.board.get(row.step, self.board["closed"])
            label = f"[{row.kind}] {row.title}" + (f"（{row.satisfaction}）" if row.satisfaction else "")
            entry = QListWidgetItem(label, column)
            entry.setData(Qt.ItemDataRole.UserRole, row.topic_id)
        self.ui.satisfactionLabel.setText(t.satisfaction(kind).text())

    def _with_meeting(self, dialog_class) -> None:
        meeting_id = self.selected_meeting()
        if meeting_id is None:
            self.ui.meetingsError.setText("请先在列表中选择一次会议。")
            return
        self.ui.meetingsError.setText("")
        self.open_dialog(dialog_class(self, meeting_id))

    def _verdict(self, closing: bool) -> None:
        step = None if closing else t.IMPLEMENTING
        columns = [self.board[t.IMPLEMENTING]] if step else [self.board[s] for s in t.STEPS[:-1]]
        chosen = next((c.currentItem() for c in columns if c.currentItem() and c.currentItem().isSelected()), None)
        if chosen is None:
            where = "“实施”一栏" if step else "看板"
            self.ui.boardError.setText(f"请先在{where}中选择一个议题。")
            return
        self.ui.boardError.setText("")
        topic_id = chosen.data(Qt.ItemDataRole.UserRole)
        row = next(r for r in t.topics() if r.topic_id == topic_id)
        self.open_dialog(VerdictDialog(self, row, closing))

    def paper(self, name: str, folder: Path | None = None) -> Path:
        """Write one of the selected meeting's papers to a PDF and return where."""
        from jinsha_desk.documents import meeting_docs

        meeting_id = self.selected_meeting()
        title, writer = _PAPERS[name]
        folder = folder or scratch_dir()
        return getattr(meeting_docs, writer)(meeting_id, folder / f"{title}-{meeting_id}.pdf")

    def preview(self, name: str) -> None:
        if self.selected_meeting() is None:
            self.ui.meetingsError.setText("请先在列表中选择一次会议。")
            return
        self.ui.meetingsError.setText("")
        DocumentPreview(self.paper(name), _PAPERS[name][0], self).exec()
