"""Adding or correcting a resident; the ID number is checked as it is typed."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from jinsha_desk.roster import editing, idcard, vocabularies
from jinsha_desk.ui.form_dialog import FormDialog
from jinsha_desk.ui.forms.ui_resident_dialog import Ui_ResidentDialog

_OK_STYLE = "color: #1e8449;"
_ERROR_STYLE = "color: #c0392b;"


def describe_id(text: str, today: dt.date | None = None) -> tuple[bool, str]:
    """(valid?, what to show under the ID field) for what has been typed so far."""
    today = today or dt.date.today()
    digits = idcard.normalise(text) if text.strip() else ""
    if not digits:
        return False, "请输入18位身份证号码"
    if len(digits) < 18 and len(digits) != 15:
        return False, f"已输入 {len(digits)} 位，还差 {18 - len(digits)} 位"
    try:
        person = idcard.parse(digits)
    except idcard.IdNumberError as exc:
        return False, str(exc)
    age = idcard.age_on(person.birth_date, today)
    upgraded = "（15位旧号码，已升级为18位）" if len(digits) == 15 else ""
    kind = idcard.document_type(person.number)
    return True, f"{kind}：出生日期 {person.birth_date:%Y-%m-%d}，{age} 岁，{person.gender}{upgraded}"


class ResidentDialog(FormDialog):
    """Shows ``resident_id``'s details to correct, or an empty form to register someone new."""

    def __init__(self, parent: QWidget | None = None, resident_id: int | None = None) -> None:
        super().__init__(Ui_ResidentDialog(), parent)
        self.record_id = resident_id
        self.setWindowTitle("修改居民信息" if resident_id else "新增居民")
        self.ui.gridCombo.addItems([""] + [name for _, name in editing.grid_choices()])
        # The national vocabularies (the combos stay editable: short forms such as 儿子 are accepted).
        for combo, names, default in ((self.ui.relationCombo, vocabularies.RELATIONS, ""),
                                      (self.ui.ethnicityCombo, vocabularies.ETHNICITIES, "汉族"),
                                      (self.ui.politicalCombo, vocabularies.POLITICAL_STATUSES, "群众")):
            combo.clear()
            combo.addItems(["", *names])
            combo.setCurrentText(default)
        for tag in editing.tag_choices():
            item = QListWidgetItem(tag, self.ui.tagsList)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.ui.idEdit.textChanged.connect(self._show_id)
        if resident_id is not None:
            self.open_record(editing.resident_input(resident_id))
        self._show_id(self.ui.idEdit.text())

    def show_input(self, data: editing.ResidentInput) -> None:
        ui = self.ui
        ui.nameEdit.setText(data.name)
        ui.idEdit.setText(data.id_number)
        ui.ethnicityCombo.setCurrentText(data.ethnicity)
        ui.phoneEdit.setText(data.phone)
        ui.relationCombo.setCurrentText(data.relation)
        ui.politicalCombo.setCurrentText(data.political_status)
        ui.educationCombo.setCurrentText(data.education)
        ui.residenceCombo.setCurrentText(data.residence_status)
        ui.gridCombo.setCurrentText(data.grid)
        ui.buildingEdit.setText(data.building)
        ui.unitEdit.setText(data.unit)
        ui.roomEdit.setText(data.room)
        ui.noteEdit.setPlainText(data.note)
        for row in range(ui.tagsList.count()):
            item = ui.tagsList.item(row)
            if item.text() in data.tags:
                item.setCheckState(Qt.CheckState.Checked)

    def _show_id(self, text: str) -> None:
        valid, message = describe_id(text)
        self.ui.idInfo.setText(message)
        self.ui.idInfo.setStyleSheet(_OK_STYLE if valid else _ERROR_STYLE)

    def collected(self) -> editing.ResidentInput:
        ui = self.ui
        tags = [
            ui.tagsList.item(r).text()
            for r in range(ui.tagsList.count())
            if ui.tagsList.item(r).checkState() == Qt.CheckState.Checked
        ]
        return editing.ResidentInput(
            name=ui.nameEdit.text(), id_number=ui.idEdit.text(), ethnicity=ui.ethnicityCombo.currentText(),
            phone=ui.phoneEdit.text(), relation=ui.relationCombo.currentText(),
            political_status=ui.politicalCombo.currentText(), education=ui.educationCombo.currentText(),
            residence_status=ui.residenceCombo.currentText(), note=ui.noteEdit.toPlainText(), tags=tags,
            grid=ui.gridCombo.currentText(), building=ui.buildingEdit.text(), unit=ui.unitEdit.text(),
            room=ui.roomEdit.text(), create_grid=self.answered("create_grid"), make_head=self.answered("make_head"),
            version=self.seen_version,
        )

    def save_action(self) -> int:
        data = self.collected()
        self.saved_message = f"已保存：居民 {data.name.strip()}"
        if self.record_id is None:
            return editing.add_resident(data)
        editing.update_resident(self.record_id, data)
        return self.record_id
