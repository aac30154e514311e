"""Dialogs built from a Designer form whose Save runs one core function; its DeskError is shown on
the form, and nothing is saved."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from jinsha_desk.errors import DeskError


class FormDialog(QDialog):
    """A dialog whose Save runs ``save_action``; a DeskError is shown on the form, not raised."""

    def __init__(self, ui, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ui = ui
        ui.setupUi(self)
        self.record_id: int | None = None
        for button, text in ((QDialogButtonBox.StandardButton.Save, "保存"), (QDialogButtonBox.StandardButton.Ok, "确定"),
                             (QDialogButtonBox.StandardButton.Cancel, "取消"), (QDialogButtonBox.StandardButton.Close, "关闭")):
            if ui.buttonBox.button(button) is not None:
                ui.buttonBox.button(button).setText(text)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)

    def save_action(self) -> int | None:
        raise NotImplementedError

    def save(self) -> None:
        try:
            self.record_id = self.save_action()
        except DeskError as exc:
            self.ui.errorLabel.setText(exc.message)
            return
        self.accept()
