"""Dialogs built from a Designer form whose Save runs one core function; its DeskError is shown on
the form, and nothing is saved."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QMessageBox, QPlainTextEdit, QWidget

from jinsha_desk.db.versions import EditConflict
from jinsha_desk.errors import DeskError, NeedsAnswer
from jinsha_desk.ui.conflict_dialog import Choice, ConflictDialog


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
        # The record as it was opened for correcting (the area's input, with its version); None when new.
        self.opened = None
        self._typed_at_start: list[str] | None = None
        for button, text in ((QDialogButtonBox.StandardButton.Save, "保存"), (QDialogButtonBox.StandardButton.Ok, "确定"),
                             (QDialogButtonBox.StandardButton.Cancel, "取消"), (QDialogButtonBox.StandardButton.Close, "关闭")):
            if ui.buttonBox.button(button) is not None:
                ui.buttonBox.button(button).setText(text)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)

    def save_action(self) -> int | None:
        raise NotImplementedError

    def show_input(self, data) -> None:
        """Fill the form from the area's input dataclass (a dialog whose records carry versions)."""
        raise NotImplementedError

    @property
    def seen_version(self) -> int | None:
        return self.opened.version if self.opened is not None else None

    def open_record(self, data) -> None:
        self.opened = data
        self.show_input(data)

    def _resolved(self, conflict: EditConflict) -> bool:
        """Someone saved first: the clerk chooses; True to save again with the choice in the form."""
        dialog = ConflictDialog(conflict, self.opened, self)
        dialog.exec()
        if dialog.choice is Choice.BACK:
            self.ui.errorLabel.setText(conflict.message)
            return False
        self.open_record(conflict.theirs)
        if dialog.choice is Choice.KEEP_THEIRS:
            self.saved_message = "您的修改未保存，保留了对方已保存的内容"
            self.accept()
            return False
        self.show_input(dialog.result_input)
        return True

    def _texts(self) -> list[str]:
        edits = [*self.findChildren(QLineEdit), *self.findChildren(QPlainTextEdit)]
        return [e.text() if isinstance(e, QLineEdit) else e.toPlainText() for e in edits if not e.isReadOnly()]

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._typed_at_start is None:
            self._typed_at_start = self._texts()

    def unsaved_text(self) -> str:
        """What would be lost by closing now ('' when nothing): text typed since the dialog opened."""
        if self._typed_at_start is not None and self._texts() != self._typed_at_start:
            return "输入的内容还没有保存。"
        return ""

    def reject(self) -> None:
        """Closing with unsaved text asks first."""
        unsaved = "" if self.result() == QDialog.DialogCode.Accepted else self.unsaved_text()
        if unsaved and not self.confirm(f"{unsaved}\n\n仍要关闭吗？已输入的内容将丢失。"):
            return
        super().reject()

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
            except EditConflict as exc:
                if self._resolved(exc):
                    continue
                return
            except DeskError as exc:
                self.ui.errorLabel.setText(exc.message)
                return
            break
        self.accept()
