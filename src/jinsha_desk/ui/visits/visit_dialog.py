"""Logging a visit in under a minute: type an address or a name, tick who was met, note what was found."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from jinsha_desk.roster.editing import household_members
from jinsha_desk.roster.households import HouseholdChoice, find_households, household_choices
from jinsha_desk.ui.form_dialog import FormDialog
from jinsha_desk.ui.forms.ui_visit_dialog import Ui_VisitDialog
from jinsha_desk.visits import records


def household_source(text: str) -> list[tuple[int, str]]:
    return [(c.household_id, c.label()) for c in find_households(text)]


class VisitDialog(FormDialog):
    """Record a visit, or (with ``visit_id``) correct one."""

    def __init__(self, parent: QWidget | None = None, household: HouseholdChoice | None = None, kind: str = "",
                 visit_id: int | None = None) -> None:
        super().__init__(Ui_VisitDialog(), parent)
        ui = self.ui
        self.record_id = visit_id
        ui.householdPicker.set_source(household_source, "如 3栋2单元301、王建国 或 wjg")
        ui.householdPicker.chosen.connect(self._household_chosen)
        ui.dateEdit.setDate(QDate.currentDate())
        ui.dateEdit.setMaximumDate(QDate.currentDate())
        ui.visitorCombo.addItems(records.visitor_choices())
        ui.kindCombo.addItems(records.VISIT_KINDS)
        if kind:
            ui.kindCombo.setCurrentText(kind)
        if household is not None:
            ui.householdPicker.choose(household.household_id, household.label())
            if household.worker:
                ui.visitorCombo.setCurrentText(household.worker)
        if visit_id is not None:
            self.open_record(records.visit_input(visit_id))

    def show_input(self, data: records.VisitInput) -> None:
        ui = self.ui
        self.setWindowTitle("更正走访记录")
        ui.householdPicker.choose(data.household_id, household_choices([data.household_id])[0].label())
        ui.dateEdit.setDate(data.visit_date)
        ui.visitorCombo.setCurrentText(data.visitor)
        ui.kindCombo.setCurrentText(data.kind)
        ui.findingsEdit.setPlainText(data.findings)
        ui.needsEdit.setPlainText("\n".join(data.needs))
        for row in range(ui.membersList.count()):
            item = ui.membersList.item(row)
            if item.data(Qt.ItemDataRole.UserRole) in data.met_resident_ids:
                item.setCheckState(Qt.CheckState.Checked)

    def _household_chosen(self, household_id: int) -> None:
        self.ui.membersList.clear()
        for member in household_members(household_id):
            if member.status != "在册":
                continue
            item = QListWidgetItem(f"{member.name}（{member.relation or '成员'}，{member.age}岁）", self.ui.membersList)
            item.setData(Qt.ItemDataRole.UserRole, member.resident_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)

    def collected(self) -> records.VisitInput:
        ui = self.ui
        met = [
            ui.membersList.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(ui.membersList.count())
            if ui.membersList.item(r).checkState() == Qt.CheckState.Checked
        ]
        return records.VisitInput(
            household_id=ui.householdPicker.selected_id or 0,
            visit_date=ui.dateEdit.date().toPython(),
            visitor=ui.visitorCombo.currentText(),
            kind=ui.kindCombo.currentText(),
            findings=ui.findingsEdit.toPlainText(),
            met_resident_ids=met,
            needs=ui.needsEdit.toPlainText().splitlines(),
            version=self.seen_version,
        )

    def save_action(self) -> int:
        data = self.collected()
        self.saved_message = f"已保存：{data.visitor.strip()} {data.kind} {data.visit_date.isoformat()}"
        if self.record_id is None:
            return records.add_visit(data)
        records.update_visit(self.record_id, data)
        return self.record_id
