"""Settings: how often each care category is to be visited."""

from __future__ import annotations

from PySide6.QtWidgets import QSpinBox, QWidget

from jinsha_desk.ui.form_dialog import FormDialog
from jinsha_desk.ui.forms.ui_intervals_dialog import Ui_IntervalsDialog
from jinsha_desk.visits.followup import care_intervals, set_care_intervals


class IntervalsDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Ui_IntervalsDialog(), parent)
        ui = self.ui
        self.spins: dict[str, QSpinBox] = {
            "独居老人": ui.aloneSpin, "空巢老人": ui.emptyNestSpin, "留守儿童": ui.leftBehindSpin,
            "残疾人": ui.disabledSpin, "低保": ui.lowIncomeSpin,
        }
        for tag, days in care_intervals().items():
            self.spins[tag].setValue(days)

    def save_action(self) -> None:
        set_care_intervals({tag: spin.value() for tag, spin in self.spins.items()})
