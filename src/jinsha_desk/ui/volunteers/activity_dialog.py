"""Recording an activity and its hours: tick many volunteers at once, give them the same hours,
adjust anyone's hours in the table."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from jinsha_desk.errors import DeskError
from jinsha_desk.ui.form_dialog import FormDialog
from jinsha_desk.ui.forms.ui_activity_dialog import Ui_ActivityDialog
from jinsha_desk.volunteers import people, service

_NAME, _TEAMS, _HOURS = range(3)


class ActivityDialog(FormDialog):
    """Record an activity and its hours, or (with ``activity_id``) correct them."""

    def __init__(self, parent: QWidget | None = None, activity_id: int | None = None) -> None:
        super().__init__(Ui_ActivityDialog(), parent)
        ui = self.ui
        self.record_id = activity_id
        ui.dateEdit.setDate(QDate.currentDate())
        ui.dateEdit.setMaximumDate(QDate.currentDate())
        ui.teamCombo.addItem("（不属于服务队）", None)
        for team in people.teams():
            ui.teamCombo.addItem(team.name, team.team_id)
        ui.groupCombo.addItems(service.GROUPS_SERVED)
        teams = people.team_names_by_volunteer()
        choices = people.volunteer_choices()
        table = ui.attendanceTable
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels(["志愿者", "服务队", "时长（小时）"])
        table.setRowCount(len(choices))
        for row, (vid, name) in enumerate(choices):
            item = QTableWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, vid)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Unchecked)
            table.setItem(row, _NAME, item)
            team_item = QTableWidgetItem("、".join(teams.get(vid, ())))
            team_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            table.setItem(row, _TEAMS, team_item)
            table.setItem(row, _HOURS, QTableWidgetItem(""))
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(_TEAMS, QHeaderView.ResizeMode.Stretch)
        table.itemChanged.connect(self._item_changed)
        ui.volunteerFilter.textChanged.connect(self._filter)
        ui.applyHoursButton.clicked.connect(self.apply_hours_to_checked)
        ui.teamCombo.currentIndexChanged.connect(self._team_chosen)
        self._count()
        if activity_id is not None:
            self.open_record(service.activity_input(activity_id))
            self._check_served(service.activity_hours(activity_id))

    def show_input(self, data: service.ActivityInput) -> None:
        ui = self.ui
        self.setWindowTitle("更正活动和时长")
        ui.titleEdit.setText(data.title)
        ui.dateEdit.setDate(data.activity_date)
        ui.placeEdit.setText(data.place)
        ui.teamCombo.blockSignals(True)
        ui.teamCombo.setCurrentIndex(max(0, ui.teamCombo.findData(data.team_id)))
        ui.teamCombo.blockSignals(False)
        ui.groupCombo.setCurrentText(data.group_served)
        ui.descriptionEdit.setPlainText(data.description)

    def _check_served(self, hours: dict[int, float]) -> None:
        ui = self.ui
        for row in self.rows():
            volunteer = ui.attendanceTable.item(row, _NAME).data(Qt.ItemDataRole.UserRole)
            if volunteer in hours:
                ui.attendanceTable.item(row, _NAME).setCheckState(Qt.CheckState.Checked)
                ui.attendanceTable.item(row, _HOURS).setText(f"{hours[volunteer]:g}")

    def rows(self) -> range:
        return range(self.ui.attendanceTable.rowCount())

    def _checked(self, row: int) -> bool:
        return self.ui.attendanceTable.item(row, _NAME).checkState() == Qt.CheckState.Checked

    def check_volunteers(self, volunteer_ids: set[int]) -> None:
        for row in self.rows():
            if self.ui.attendanceTable.item(row, _NAME).data(Qt.ItemDataRole.UserRole) in volunteer_ids:
                self.ui.attendanceTable.item(row, _NAME).setCheckState(Qt.CheckState.Checked)

    def _team_chosen(self) -> None:
        team = self.ui.teamCombo.currentText()
        members = {
            self.ui.attendanceTable.item(r, _NAME).data(Qt.ItemDataRole.UserRole)
            for r in self.rows()
            if team in self.ui.attendanceTable.item(r, _TEAMS).text().split("、")
        }
        self.check_volunteers(members)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != _NAME:
            return
        hours = self.ui.attendanceTable.item(item.row(), _HOURS)
        if hours is None:
            return
        if self._checked(item.row()) and not hours.text():
            hours.setText(f"{self.ui.hoursSpin.value():g}")
        elif not self._checked(item.row()):
            hours.setText("")
        self._count()

    def apply_hours_to_checked(self) -> None:
        for row in self.rows():
            if self._checked(row):
                self.ui.attendanceTable.item(row, _HOURS).setText(f"{self.ui.hoursSpin.value():g}")

    def _filter(self, text: str) -> None:
        for row in self.rows():
            self.ui.attendanceTable.setRowHidden(row, text.strip() not in self.ui.attendanceTable.item(row, _NAME).text())

    def _count(self) -> None:
        self.ui.selectedCount.setText(f"已勾选 {sum(self._checked(r) for r in self.rows())} 人")

    def hours(self) -> dict[int, float]:
        table = self.ui.attendanceTable
        chosen = {}
        for row in self.rows():
            if self._checked(row):
                name = table.item(row, _NAME).text()
                text = table.item(row, _HOURS).text().strip()
                chosen[table.item(row, _NAME).data(Qt.ItemDataRole.UserRole)] = service.check_hours(text or "0", name)
        return chosen

    def save_action(self) -> int:
        ui = self.ui
        hours = self.hours()
        if not hours:
            raise DeskError("请至少勾选一位参加活动的志愿者。")
        data = service.ActivityInput(
            title=ui.titleEdit.text(), activity_date=ui.dateEdit.date().toPython(), place=ui.placeEdit.text(),
            team_id=ui.teamCombo.currentData(), group_served=ui.groupCombo.currentText(),
            description=ui.descriptionEdit.toPlainText(), version=self.seen_version,
        )
        self.saved_message = f"已保存：{data.title.strip()} {data.activity_date.isoformat()}，{len(hours)} 人"
        if self.record_id is None:
            return service.add_activity(data, hours)
        service.correct_activity(self.record_id, data, hours)
        return self.record_id
