"""Settings: how often each care category is to be visited."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QSpinBox, QWidget

from jinsha_desk.errors import DeskError
from jinsha_desk.models import database
from jinsha_desk.ui.forms.ui_intervals_dialog import Ui_IntervalsDialog
from jinsha_desk.visits.followup import care_intervals, set_care_interval


class IntervalsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_IntervalsDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.spins: dict[str, QSpinBox] = {
            "独居老人": ui.aloneSpin, "空巢老人": ui.emptyNestSpin, "留守儿童": ui.leftBehindSpin,
            "残疾人": ui.disabledSpin, "低保": ui.lowIncomeSpin,
        }
        for tag, days in care_intervals().items():
            self.spins[tag].setValue(days)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText("保存")
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)

    def save(self) -> None:
        try:
            with database.atomic():
                for tag, spin in self.spins.items():
                    set_care_interval(tag, spin.value())
        except DeskError as exc:
            self.ui.errorLabel.setText(exc.message)
            return
        self.accept()
