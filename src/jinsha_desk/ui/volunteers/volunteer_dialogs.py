"""The small dialogs of the volunteers page: a volunteer, a team, a micro-wish, claiming a wish."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget

from jinsha_desk.roster.browse import resident_choices
from jinsha_desk.ui.form_dialog import FormDialog
from jinsha_desk.ui.forms.ui_claim_dialog import Ui_ClaimDialog
from jinsha_desk.ui.forms.ui_team_dialog import Ui_TeamDialog
from jinsha_desk.ui.forms.ui_volunteer_dialog import Ui_VolunteerDialog
from jinsha_desk.ui.forms.ui_wish_dialog import Ui_WishDialog
from jinsha_desk.volunteers import people, wishes

_RESIDENT_HINT = "姓名、拼音或门牌，如 李秀琼、lxq、3栋2单元"


def _fill_volunteers(combo, first: str) -> None:
    combo.addItem(first, None)
    for vid, name in people.volunteer_choices():
        combo.addItem(name, vid)


class VolunteerDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Ui_VolunteerDialog(), parent)
        self.ui.residentPicker.set_source(resident_choices, _RESIDENT_HINT)
        self.ui.teamCombo.addItem("（暂不加入服务队）", None)
        for team in people.teams():
            self.ui.teamCombo.addItem(team.name, team.team_id)

    def save_action(self) -> int:
        ui = self.ui
        volunteer_id = people.add_volunteer(
            resident_id=ui.residentPicker.selected_id, name=ui.nameEdit.text(), phone=ui.phoneEdit.text(),
            note=ui.noteEdit.text(),
        )
        if ui.teamCombo.currentData() is not None:
            people.join_team(ui.teamCombo.currentData(), [volunteer_id])
        return volunteer_id


class TeamDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Ui_TeamDialog(), parent)
        _fill_volunteers(self.ui.leaderCombo, "（暂不指定队长）")

    def save_action(self) -> int:
        ui = self.ui
        return people.add_team(ui.nameEdit.text(), ui.leaderCombo.currentData(), ui.descriptionEdit.text())


class WishDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Ui_WishDialog(), parent)
        self.ui.residentPicker.set_source(resident_choices, _RESIDENT_HINT)
        self.ui.dateEdit.setDate(QDate.currentDate())

    def save_action(self) -> int:
        ui = self.ui
        return wishes.add_wish(ui.residentPicker.selected_id or 0, ui.descriptionEdit.text(), ui.dateEdit.date().toPython())


class ClaimDialog(FormDialog):
    def __init__(self, parent: QWidget | None, wish: wishes.WishRow) -> None:
        super().__init__(Ui_ClaimDialog(), parent)
        self.wish = wish
        self.ui.wishLabel.setText(f"{wish.resident}的心愿：{wish.description}")
        _fill_volunteers(self.ui.volunteerCombo, "（由单位认领）")
        self.ui.dateEdit.setDate(QDate.currentDate())

    def save_action(self) -> int:
        ui = self.ui
        wishes.claim_wish(self.wish.wish_id, ui.volunteerCombo.currentData(), ui.unitEdit.text(), ui.dateEdit.date().toPython())
        return self.wish.wish_id


