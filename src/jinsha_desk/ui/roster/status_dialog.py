"""Recording that a resident moved out or died: the record stays, with the date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget

from jinsha_desk.roster import editing
from jinsha_desk.ui.form_dialog import FormDialog
from jinsha_desk.ui.forms.ui_status_dialog import Ui_StatusDialog

_ACTIONS: dict[str, tuple[str, str, Callable[[int, dt.date], None]]] = {
    "move_out": ("居民迁出", "{name} 迁出本社区的日期：", editing.move_out),
    "deceased": ("登记死亡", "{name} 去世的日期：", editing.mark_deceased),
}


class StatusDialog(FormDialog):
    def __init__(self, parent: QWidget | None, resident_id: int, name: str, action: str) -> None:
        super().__init__(Ui_StatusDialog(), parent)
        title, message, self._apply = _ACTIONS[action]
        self.record_id = resident_id
        self.setWindowTitle(title)
        self.ui.messageLabel.setText(message.format(name=name) + "\n记录会保留，可在花名册中勾选“含迁出/已故”查看。")
        self.ui.dateEdit.setDate(QDate.currentDate())
        self.ui.dateEdit.setMaximumDate(QDate.currentDate())

    def save_action(self) -> int:
        self._apply(self.record_id, self.ui.dateEdit.date().toPython())
        return self.record_id
