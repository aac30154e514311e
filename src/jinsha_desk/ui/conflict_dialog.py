"""Another clerk saved the record first: both versions side by side, and the clerk chooses — keep
mine, keep theirs, or take chosen fields from theirs."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from jinsha_desk.db.versions import EditConflict
from jinsha_desk.ui.forms.ui_conflict_dialog import Ui_ConflictDialog

_FIELD, _MINE, _THEIRS = range(3)


class Choice(enum.Enum):
    SAVE = enum.auto()  # save the merged input (keep mine, or merged by field)
    KEEP_THEIRS = enum.auto()  # drop my changes
    BACK = enum.auto()  # return to the form, nothing saved


class ConflictDialog(QDialog):
    """``opened`` is the record as the clerk opened it: fields the clerk left alone default to theirs."""

    def __init__(self, conflict: EditConflict, opened: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ConflictDialog()
        self.ui.setupUi(self)
        self.conflict = conflict
        self.choice = Choice.BACK
        self.ui.messageLabel.setText(conflict.message.split("。")[0] + "。")
        table = self.ui.fieldsTable
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels(["项目", "我的版本", "对方已保存的版本（勾选则用对方的）"])
        table.setRowCount(len(conflict.differences))
        for row, difference in enumerate(conflict.differences):
            table.setItem(row, _FIELD, QTableWidgetItem(difference.label))
            table.setItem(row, _MINE, QTableWidgetItem(difference.mine))
            theirs = QTableWidgetItem(difference.theirs)
            theirs.setData(Qt.ItemDataRole.UserRole, difference.field)
            theirs.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            untouched = opened is not None and getattr(opened, difference.field) == getattr(conflict.mine, difference.field)
            theirs.setCheckState(Qt.CheckState.Checked if untouched else Qt.CheckState.Unchecked)
            table.setItem(row, _THEIRS, theirs)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(_FIELD, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.keepMineButton.clicked.connect(lambda: self._close_with(Choice.SAVE, set()))
        self.ui.keepTheirsButton.clicked.connect(lambda: self._close_with(Choice.KEEP_THEIRS, set()))
        self.ui.mergeButton.clicked.connect(lambda: self._close_with(Choice.SAVE, self.theirs_fields()))
        self.ui.cancelButton.clicked.connect(self.reject)
        self.result_input = conflict.merged(set())

    def theirs_fields(self) -> set[str]:
        table = self.ui.fieldsTable
        return {table.item(row, _THEIRS).data(Qt.ItemDataRole.UserRole) for row in range(table.rowCount())
                if table.item(row, _THEIRS).checkState() == Qt.CheckState.Checked}

    def _close_with(self, choice: Choice, theirs_fields: set[str]) -> None:
        self.choice = choice
        self.result_input = self.conflict.theirs if choice is Choice.KEEP_THEIRS else self.conflict.merged(theirs_fields)
        self.accept()
