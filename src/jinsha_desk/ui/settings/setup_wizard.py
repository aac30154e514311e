"""The first start of a real office: the community's profile, its grids and its staff, in three short
pages. Skippable ("以后再设置"), and reachable again from 设置."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget, QWizard

from jinsha_desk.errors import DeskError
from jinsha_desk.office import profile
from jinsha_desk.office.grids import grids
from jinsha_desk.office.setup import set_up_office
from jinsha_desk.office.staff import staff
from jinsha_desk.ui.forms.ui_setup_wizard import Ui_SetupWizard
from jinsha_desk.ui.settings.profile_form import fill_profile, profile_edits, typed_profile


class SetupWizard(QWizard):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SetupWizard()
        self.ui.setupUi(self)
        for button, text in ((QWizard.WizardButton.NextButton, "下一步 >"), (QWizard.WizardButton.BackButton, "< 上一步"),
                             (QWizard.WizardButton.FinishButton, "完成"), (QWizard.WizardButton.CancelButton, "以后再设置")):
            self.setButtonText(button, text)
        self.edits = profile_edits(self.ui)
        fill_profile(self.edits, profile.profile())
        self.ui.gridsEdit.setPlainText("\n".join(
            " ".join(p for p in (g.name, g.worker, g.worker_phone) if p) for g in grids()))
        self.ui.staffEdit.setPlainText("\n".join(
            " ".join(p for p in (s.name, s.post, s.phone, s.grid) if p) for s in staff()))
        # Grids and staff already entered (the wizard opened again from 设置) are not added twice.
        self._known_grids = self.ui.gridsEdit.toPlainText()
        self._known_staff = self.ui.staffEdit.toPlainText()

    def validateCurrentPage(self) -> bool:
        page = self.currentPage()
        if page is self.ui.profilePage and not self.edits["community_name"].text().strip():
            self.ui.profileError.setText("请至少填写社区名称（如 金沙社区）。")
            return False
        if page is self.ui.staffPage:
            return self.save()
        return True

    def _new_lines(self, typed: str, known: str) -> str:
        old = set(known.splitlines())
        return "\n".join(line for line in typed.splitlines() if line not in old)

    def save(self) -> bool:
        try:
            set_up_office(typed_profile(self.edits),
                          self._new_lines(self.ui.gridsEdit.toPlainText(), self._known_grids),
                          self._new_lines(self.ui.staffEdit.toPlainText(), self._known_staff))
        except DeskError as exc:
            self.ui.setupError.setText(exc.message)
            return False
        return True
