"""The first start on an empty database: import a roster, start empty, or look at the demo."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from jinsha_desk.ui.forms.ui_first_start_dialog import Ui_FirstStartDialog

IMPORT, EMPTY, DEMO = "import", "empty", "demo"


class FirstStartDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FirstStartDialog()
        self.ui.setupUi(self)
        self.choice = EMPTY
        for button, choice in ((self.ui.importButton, IMPORT), (self.ui.emptyButton, EMPTY), (self.ui.demoButton, DEMO)):
            button.clicked.connect(lambda _=False, c=choice: self._choose(c))

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()
