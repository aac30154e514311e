"""The dialogs of the meetings page: a meeting, a topic, a verdict, the agenda, the invitations, and
the sign-in and minutes recorded during or after the meeting."""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QInputDialog, QListWidgetItem, QTableWidgetItem, QWidget

from jinsha_desk.db.versions import EditConflict
from jinsha_desk.errors import DeskError
from jinsha_desk.meetings import meetings as m
from jinsha_desk.meetings import topics as t
from jinsha_desk.roster.browse import resident_choices
from jinsha_desk.settings import community_name
from jinsha_desk.ui.conflict_dialog import Choice, ConflictDialog
from jinsha_desk.ui.form_dialog import FormDialog
from jinsha_desk.ui.forms.ui_agenda_dialog import Ui_AgendaDialog
from jinsha_desk.ui.forms.ui_attendees_dialog import Ui_AttendeesDialog
from jinsha_desk.ui.forms.ui_meeting_dialog import Ui_MeetingDialog
from jinsha_desk.ui.forms.ui_minutes_dialog import Ui_MinutesDialog
from jinsha_desk.ui.forms.ui_topic_dialog import Ui_TopicDialog
from jinsha_desk.ui.forms.ui_verdict_dialog import Ui_VerdictDialog
from jinsha_desk.ui.tables import add_row_actions

_ID = Qt.ItemDataRole.UserRole


class MeetingDialog(FormDialog):
    """Plan a meeting, or (with ``meeting_id``) correct one."""

    def __init__(self, parent: QWidget | None = None, meeting_id: int | None = None) -> None:
        super().__init__(Ui_MeetingDialog(), parent)
        ui = self.ui
        self.record_id = meeting_id
        ui.kindCombo.addItems(m.MEETING_KINDS)
        start = QDateTime(QDate.currentDate().addDays(7), QTime(19, 0))
        ui.startsEdit.setDateTime(start)
        ui.titleEdit.setText(f"{community_name()}{start.toString('yyyy年MM月')}{ui.kindCombo.currentText()}")
        if meeting_id is not None:
            self.open_record(m.meeting_input(meeting_id))
        ui.kindCombo.currentTextChanged.connect(
            lambda kind: ui.titleEdit.setText(f"{community_name()}{ui.startsEdit.dateTime().toString('yyyy年MM月')}{kind}")
        )

    def show_input(self, data: m.MeetingInput) -> None:
        ui = self.ui
        self.setWindowTitle("更正会议")
        ui.kindCombo.blockSignals(True)  # the kind's own title suggestion is for new meetings
        ui.kindCombo.setCurrentText(data.kind)
        ui.kindCombo.blockSignals(False)
        ui.startsEdit.setDateTime(data.starts_at)
        ui.titleEdit.setText(data.title)
        ui.placeEdit.setText(data.place)
        ui.hostEdit.setText(data.host)
        ui.recorderEdit.setText(data.recorder)

    def save_action(self) -> int:
        ui = self.ui
        data = m.MeetingInput(
            ui.kindCombo.currentText(), ui.titleEdit.text(), ui.startsEdit.dateTime().toPython(), ui.placeEdit.text(),
            ui.hostEdit.text(), ui.recorderEdit.text(), self.seen_version,
        )
        self.saved_message = f"已保存：会议 {data.title.strip()}"
        if self.record_id is None:
            return m.plan_meeting(data)
        m.update_meeting(self.record_id, data)
        return self.record_id


class TopicDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Ui_TopicDialog(), parent)
        ui = self.ui
        ui.kindCombo.addItems(t.KINDS)
        ui.scopeCombo.addItems(["社区", "蓝湖小区"])
        ui.sourceCombo.addItems(t.SOURCES)
        ui.dateEdit.setDate(QDate.currentDate())

    def save_action(self) -> int:
        ui = self.ui
        return t.add_topic(t.TopicInput(
            ui.titleEdit.text(), ui.kindCombo.currentText(), ui.dateEdit.date().toPython(),
            ui.descriptionEdit.toPlainText(), ui.scopeCombo.currentText(), ui.sourceCombo.currentText(),
            ui.raisedByEdit.text(),
        ))


class VerdictDialog(FormDialog):
    """The residents' evaluation of a topic in 实施, or closing a topic not taken up, with the reason."""

    def __init__(self, parent: QWidget | None, topic: t.TopicRow, closing: bool) -> None:
        super().__init__(Ui_VerdictDialog(), parent)
        self.topic, self.closing = topic, closing
        ui = self.ui
        ui.topicLabel.setText(f"{topic.title}（{topic.step}）")
        self.setWindowTitle("不予采纳或撤回" if closing else "居民评价")
        ui.verdictCombo.addItems(t.CLOSED if closing else t.SATISFACTION)
        ui.commentEdit.setPlaceholderText("原因（必填）" if closing else "居民意见")
        ui.dateEdit.setDate(QDate.currentDate())

    def save_action(self) -> int:
        ui = self.ui
        day = ui.dateEdit.date().toPython()
        if self.closing:
            t.close(self.topic.topic_id, ui.verdictCombo.currentText(), ui.commentEdit.text(), day)
        else:
            t.evaluate(self.topic.topic_id, ui.verdictCombo.currentText(), ui.commentEdit.text(), day)
        return self.topic.topic_id


class AgendaDialog(FormDialog):
    """Pick topics from the open lists, order them, give each a presenter and a time slot."""

    def __init__(self, parent: QWidget | None, meeting_id: int) -> None:
        super().__init__(Ui_AgendaDialog(), parent)
        self.meeting_id = meeting_id
        ui = self.ui
        table = ui.agendaTable
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels(["议题", "汇报人", "时间"])
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().setVisible(False)
        for item in m.meeting_detail(meeting_id).agenda:
            self._append(item.topic_id, item.title, item.presenter, item.time_slot)
        on_agenda = set(self.topic_ids())
        for row in [*t.topics(step=t.COLLECTED), *t.topics(step=t.ACCEPTED)]:
            if row.topic_id not in on_agenda:
                entry = QListWidgetItem(f"[{row.kind}] {row.title}", ui.openList)
                entry.setData(_ID, row.topic_id)
        ui.addButton.clicked.connect(self.add_selected)
        ui.openList.itemDoubleClicked.connect(lambda _: self.add_selected())
        ui.upButton.clicked.connect(lambda: self._move(-1))
        ui.downButton.clicked.connect(lambda: self._move(1))
        ui.removeButton.clicked.connect(self._remove)

    def _append(self, topic_id: int, title: str, presenter: str = "", slot: str = "") -> None:
        table = self.ui.agendaTable
        row = table.rowCount()
        table.insertRow(row)
        item = QTableWidgetItem(title)
        item.setData(_ID, topic_id)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        table.setItem(row, 0, item)
        table.setItem(row, 1, QTableWidgetItem(presenter))
        table.setItem(row, 2, QTableWidgetItem(slot))
        table.resizeColumnToContents(0)

    def topic_ids(self) -> list[int]:
        return [self.ui.agendaTable.item(r, 0).data(_ID) for r in range(self.ui.agendaTable.rowCount())]

    def add_selected(self) -> None:
        for entry in self.ui.openList.selectedItems():
            self._append(entry.data(_ID), entry.text().split("] ", 1)[-1])
            self.ui.openList.takeItem(self.ui.openList.row(entry))

    def _move(self, step: int) -> None:
        table = self.ui.agendaTable
        row = table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < table.rowCount():
            return
        for column in range(table.columnCount()):
            above, below = table.takeItem(row, column), table.takeItem(target, column)
            table.setItem(row, column, below)
            table.setItem(target, column, above)
        table.setCurrentCell(target, 0)

    def _remove(self) -> None:
        row = self.ui.agendaTable.currentRow()
        if row >= 0:
            item = self.ui.agendaTable.item(row, 0)
            entry = QListWidgetItem(item.text(), self.ui.openList)
            entry.setData(_ID, item.data(_ID))
            self.ui.agendaTable.removeRow(row)

    def save_action(self) -> int:
        table = self.ui.agendaTable
        entries = [
            m.AgendaEntry(table.item(r, 0).data(_ID), table.item(r, 1).text(), table.item(r, 2).text())
            for r in range(table.rowCount())
        ]
        m.set_agenda(self.meeting_id, entries)
        return self.meeting_id


class AttendeesDialog(FormDialog):
    """Invite residents found by name, pinyin or address, and guests from units and the property company."""

    def __init__(self, parent: QWidget | None, meeting_id: int) -> None:
        super().__init__(Ui_AttendeesDialog(), parent)
        self.meeting_id = meeting_id
        ui = self.ui
        ui.residentPicker.set_source(resident_choices, "如 李秀琼、lxq、3栋2单元")
        ui.residentPicker.results.itemDoubleClicked.connect(lambda _: self.invite_resident())
        ui.categoryCombo.addItems(m.ATTENDEE_CATEGORIES)
        ui.guestCategory.addItems(["单位代表", "物业公司", "列席嘉宾", "社区工作人员"])
        ui.addResidentButton.clicked.connect(self.invite_resident)
        ui.addGuestButton.clicked.connect(self.invite_guest)
        ui.removeInviteeButton.clicked.connect(self.remove_selected)
        add_row_actions(ui.invitedList, [("移出名单", self.remove_selected, QKeySequence.StandardKey.Delete)])
        self._show_invited()

    def _show_invited(self) -> None:
        self.ui.invitedList.clear()
        for a in m.meeting_detail(self.meeting_id).attendees:
            entry = QListWidgetItem(f"{a.name}（{a.category}）{a.unit}", self.ui.invitedList)
            entry.setData(_ID, a.attendee_id)
        self.ui.removeInviteeButton.setEnabled(self.ui.invitedList.count() > 0)

    def remove_selected(self) -> None:
        entry = self.ui.invitedList.currentItem()
        if entry is None:
            self.ui.errorLabel.setText("请先在“已邀请”中选择一位。")
            return
        self._run(lambda: m.uninvite(entry.data(_ID)))

    def _run(self, action) -> None:
        try:
            action()
        except DeskError as exc:
            self.ui.errorLabel.setText(exc.message)
            return
        self.ui.errorLabel.setText("")
        self._show_invited()

    def invite_resident(self) -> None:
        resident_id = self.ui.residentPicker.selected_id
        if resident_id is None:
            self.ui.errorLabel.setText("请先搜索并选择一位居民。")
            return
        self._run(lambda: m.invite_residents(self.meeting_id, [resident_id], self.ui.categoryCombo.currentText()))

    def invite_guest(self) -> None:
        ui = self.ui
        self._run(lambda: m.invite(self.meeting_id, [m.AttendeeInput(
            ui.guestName.text(), ui.guestCategory.currentText(), ui.guestUnit.text(), ui.guestPhone.text())]))
        ui.guestName.clear()

    def save_action(self) -> int:
        return self.meeting_id


class MinutesDialog(FormDialog):
    """Sign-in (出席/缺席/请假) and, topic by topic, what the meeting discussed, decided and voted."""

    def __init__(self, parent: QWidget | None, meeting_id: int) -> None:
        super().__init__(Ui_MinutesDialog(), parent)
        self.meeting_id = meeting_id
        ui = self.ui
        detail = m.meeting_detail(meeting_id)
        table = ui.attendanceTable
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels(["姓名", "身份", "签到"])
        table.verticalHeader().setVisible(False)
        table.setRowCount(len(detail.attendees))
        for row, a in enumerate(detail.attendees):
            name = QTableWidgetItem(a.name)
            name.setData(_ID, a.attendee_id)
            table.setItem(row, 0, name)
            table.setItem(row, 1, QTableWidgetItem(a.category))
            combo = QComboBox(table)
            combo.addItems(["（未签到）", *m.ATTENDANCE])
            combo.setCurrentText(a.attendance or "（未签到）")
            combo.currentTextChanged.connect(self._attendance_changed)
            table.setCellWidget(row, 2, combo)
        table.resizeColumnsToContents()
        for item in detail.agenda:
            entry = QListWidgetItem(f"{item.position}. {item.title}（{item.step}）", ui.itemList)
            entry.setData(_ID, item.item_id)
        ui.dueEdit.setDate(QDate.currentDate().addMonths(1))
        ui.allPresentButton.clicked.connect(self.all_present)
        # What was typed for each topic and not yet saved, kept when the clerk switches topic.
        self.drafts: dict[int, m.MinutesInput] = {}
        self._shown: int | None = None
        # The shown topic's minutes version (db.versions) and, when no draft was shown, what was stored.
        self._seen_version: int | None = None
        self._stored_when_shown: m.MinutesInput | None = None
        ui.itemList.currentRowChanged.connect(self._show_item)
        ui.saveItemButton.clicked.connect(self.save_item)
        ui.withdrawButton.clicked.connect(self.withdraw_item)
        if ui.itemList.count():
            ui.itemList.setCurrentRow(0)

    def _combo(self, row: int) -> QComboBox:
        return self.ui.attendanceTable.cellWidget(row, 2)

    def all_present(self) -> None:
        for row in range(self.ui.attendanceTable.rowCount()):
            self._combo(row).setCurrentText(m.PRESENT)

    def _attendance_changed(self) -> None:
        attendance = {}
        for row in range(self.ui.attendanceTable.rowCount()):
            status = self._combo(row).currentText()
            if status in m.ATTENDANCE:
                attendance[self.ui.attendanceTable.item(row, 0).data(_ID)] = status
        m.record_attendance(self.meeting_id, attendance)

    def typed(self) -> m.MinutesInput:
        ui = self.ui
        owner = ui.ownerEdit.text()
        return m.MinutesInput(
            ui.discussionEdit.toPlainText(), ui.decisionEdit.text(), ui.forSpin.value(), ui.againstSpin.value(),
            ui.abstainSpin.value(), owner, ui.dueEdit.date().toPython() if owner.strip() else None,
            self._seen_version,
        )

    @staticmethod
    def _stored(item: m.AgendaRow) -> m.MinutesInput:
        return m.minutes_input(item.item_id)

    def _keep_draft(self) -> None:
        """Keep what was typed for the topic being left, if it differs from what is stored."""
        if self._shown is None:
            return
        item = next(i for i in m.meeting_detail(self.meeting_id).agenda if i.item_id == self._shown)
        typed = self.typed()
        if typed != self._stored(item):
            self.drafts[self._shown] = typed
        else:
            self.drafts.pop(self._shown, None)

    def _show_item(self, row: int) -> None:
        self._keep_draft()
        if row < 0:
            self._shown = None
            return
        item = m.meeting_detail(self.meeting_id).agenda[row]
        self._shown = item.item_id
        shown = self.drafts.get(item.item_id, self._stored(item))
        self._stored_when_shown = None if item.item_id in self.drafts else shown
        self._show_minutes(shown)
        recorded = bool(item.decision)
        self.ui.saveItemButton.setText("保存更正" if recorded else "保存这个议题的纪要")
        self.ui.withdrawButton.setEnabled(recorded)
        notes = ["这个议题的纪要已经记录，可以更正。" if recorded else ""]
        if item.item_id in self.drafts:
            notes.append("（显示的是尚未保存的草稿）")
        self.ui.errorLabel.setText("".join(notes))

    def _show_minutes(self, shown: m.MinutesInput) -> None:
        self._seen_version = shown.version
        ui = self.ui
        ui.discussionEdit.setPlainText(shown.discussion)
        ui.decisionEdit.setText(shown.decision)
        for spin, value in zip((ui.forSpin, ui.againstSpin, ui.abstainSpin),
                               (shown.votes_for, shown.votes_against, shown.votes_abstain)):
            spin.setValue(value or 0)
        ui.ownerEdit.setText(shown.owner)
        if shown.due_date:
            ui.dueEdit.setDate(shown.due_date)

    def save_item(self) -> None:
        ui = self.ui
        entry = ui.itemList.currentItem()
        if entry is None:
            return
        item_id = entry.data(_ID)
        recorded = bool(next(i for i in m.meeting_detail(self.meeting_id).agenda if i.item_id == item_id).decision)
        try:
            (m.correct_minutes if recorded else m.record_minutes)(item_id, self.typed())
        except EditConflict as conflict:
            if not self._resolve(item_id, conflict):
                return
        except DeskError as exc:
            ui.errorLabel.setText(exc.message)
            return
        self._seen_version = m.minutes_input(item_id).version
        self.drafts.pop(item_id, None)
        self._refresh_entry()
        ui.errorLabel.setText("已保存。")

    def _resolve(self, item_id: int, conflict: EditConflict) -> bool:
        """Another desk corrected these minutes first: the clerk chooses (as in every correction form)."""
        dialog = ConflictDialog(conflict, self._stored_when_shown, self)
        dialog.exec()
        if dialog.choice is Choice.BACK:
            self.ui.errorLabel.setText(conflict.message)
            return False
        if dialog.choice is Choice.SAVE:
            m.correct_minutes(item_id, dialog.result_input)
        self._stored_when_shown = m.minutes_input(item_id)
        self._show_minutes(self._stored_when_shown)
        return True

    def _refresh_entry(self) -> None:
        row = self.ui.itemList.currentRow()
        item = m.meeting_detail(self.meeting_id).agenda[row]
        self.ui.itemList.item(row).setText(f"{item.position}. {item.title}（{item.step}）")
        self._shown = None
        self._show_item(row)

    def ask_reason(self) -> str | None:
        text, ok = QInputDialog.getText(self, "撤销纪要", "撤销的原因（记入议题进程）：")
        return text if ok else None

    def withdraw_item(self) -> None:
        entry = self.ui.itemList.currentItem()
        reason = entry and self.ask_reason()
        if not reason:
            return
        try:
            m.withdraw_minutes(entry.data(_ID), reason)
        except DeskError as exc:
            self.ui.errorLabel.setText(exc.message)
            return
        self.drafts.pop(entry.data(_ID), None)
        self._refresh_entry()
        self.ui.errorLabel.setText("已撤销这个议题的纪要。")

    def unsaved_topics(self) -> list[str]:
        self._keep_draft()
        titles = {i.item_id: i.title for i in m.meeting_detail(self.meeting_id).agenda}
        return [titles[item_id] for item_id in self.drafts if item_id in titles]

    def save_action(self) -> int:
        return self.meeting_id

    def unsaved_text(self) -> str:
        topics = self.unsaved_topics()
        return f"这些议题的纪要还没有保存：{'、'.join(topics)}。" if topics else ""

