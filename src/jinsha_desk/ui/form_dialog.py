"""Dialogs built from a Designer form whose Save runs one core function; its DeskError is shown on
the form, and nothing is saved."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from jinsha_desk.errors import DeskError, NeedsAnswer


class FormDialog(QDialog):
    """A dialog whose Save runs ``save_action``; a DeskError is shown on the form, not raised."""

    def __init__(self, ui, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ui = ui
        ui.setupUi(self)
        self.record_id: int | None = None
        # What the status bar says once saved; a dialog sets it to name the record ("已保存：…").
        self.saved_message = "已保存"
        self.answers: set[str] = set()
        for button, text in ((QDialogButtonBox.StandardButton.Save, "保存"), (QDialogButtonBox.StandardButton.Ok, "确定"),
                             (QDialogButtonBox.StandardButton.Cancel, "取消"), (QDialogButtonBox.StandardButton.Close, "关闭")):
            if ui.buttonBox.button(button) is not None:
                ui.buttonBox.button(button).setText(text)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)

    def save_action(self) -> int | None:
        raise NotImplementedError

    def confirm(self, question: str) -> bool:
        return QMessageBox.question(self, self.windowTitle(), question) == QMessageBox.StandardButton.Yes

    def answered(self, question: str) -> bool:
        """Whether the clerk said yes to a question the core asked on an earlier try (NeedsAnswer)."""
        return question in self.answers

    def save(self) -> None:
        self.answers: set[str] = set()
        while True:
            try:
                self.record_id = self.save_action()
            except NeedsAnswer as exc:
                if exc.answer in self.answers or not self.confirm(exc.message):
                    self.ui.errorLabel.setText(exc.message)
                    return
                self.answers.add(exc.answer)
                continue
            except DeskError as exc:
                self.ui.errorLabel.setText(exc.message)
                return
            break
        self.accept()
