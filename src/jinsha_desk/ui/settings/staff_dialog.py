"""Adding or correcting one of the office's staff."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from jinsha_desk.office import staff
from jinsha_desk.office.grids import grids
from jinsha_desk.ui.form_dialog import FormDialog
from jinsha_desk.ui.forms.ui_staff_dialog import Ui_StaffDialog


class StaffDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None, row: staff.StaffRow | None = None) -> None:
        super().__init__(Ui_StaffDialog(), parent)
        ui = self.ui
        ui.postCombo.addItems(["", *staff.POSTS])
        ui.gridCombo.addItem("（不负责网格）", "")
        for grid in grids():
            ui.gridCombo.addItem(grid.name, grid.name)
        self.setWindowTitle("修改工作人员" if row else "新增工作人员")
        if row is not None:
            self.record_id = row.staff_id
            self.open_record(staff.staff_input(row.staff_id))

    def show_input(self, data: staff.StaffInput) -> None:
        ui = self.ui
        ui.nameEdit.setText(data.name)
        ui.postCombo.setCurrentText(data.post)
        ui.phoneEdit.setText(data.phone)
        ui.gridCombo.setCurrentIndex(max(0, ui.gridCombo.findData(data.grid)))

    def collected(self) -> staff.StaffInput:
        ui = self.ui
        return staff.StaffInput(ui.nameEdit.text(), ui.postCombo.currentText(), ui.phoneEdit.text(),
                                ui.gridCombo.currentData() or "", self.seen_version)

    def save_action(self) -> int:
        if self.record_id is None:
            return staff.add_staff(self.collected())
        staff.update_staff(self.record_id, self.collected())
        return self.record_id
