"""Recording that a resident moved out or died: the record stays, with the date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from jinsha_desk.errors import DeskError
from jinsha_desk.roster import editing
from jinsha_desk.ui.forms.ui_status_dialog import Ui_StatusDialog

_ACTIONS: dict[str, tuple[str, str, Callable[[int, dt.date], None]]] = {
    "move_out": ("居民迁出", "{name} 迁出本社区的日期：", editing.move_out),
    "deceased": ("登记死亡", "{name} 去世的日期：", editing.mark_deceased),
}


class StatusDialog(QDialog):
    def __init__(self, parent: QWidget | None, resident_id: int, name: str, action: str) -> None:
        super().__init__(parent)
        self.ui = Ui_StatusDialog()
        self.ui.setupUi(self)
        title, message, self._apply = _ACTIONS[action]
        self.resident_id = resident_id
        self.setWindowTitle(title)
        self.ui.messageLabel.setText(message.format(name=name) + "\n记录会保留，可在花名册中勾选“含迁出/已故”查看。")
        self.ui.dateEdit.setDate(QDate.currentDate())
        self.ui.dateEdit.setMaximumDate(QDate.currentDate())
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText("确定")
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)

    def save(self) -> None:
        try:
            self._apply(self.resident_id, self.ui.dateEdit.date().toPython())
        except DeskError as exc:
            self.ui.errorLabel.setText(exc.message)
            return
        self.accept()
