"""The resident dialog when another clerk saved the same resident first: the clerk sees both and chooses."""

import pytest
from ids import make_id

from jinsha_desk.models import Resident
from jinsha_desk.roster import editing
from jinsha_desk.ui.conflict_dialog import ConflictDialog
from jinsha_desk.ui.roster.resident_dialog import ResidentDialog


@pytest.fixture
def opened_twice(qtbot, db):
    rid = editing.add_resident(editing.ResidentInput(
        name="赵丽", id_number=make_id(order=813), phone="13900001111", relation="户主", grid="第一网格",
        create_grid=True, building="8", unit="1", room="201"))
    dialog = ResidentDialog(resident_id=rid)
    qtbot.addWidget(dialog)
    elsewhere = editing.resident_input(rid)
    elsewhere.phone = "13911112222"
    editing.update_resident(rid, elsewhere)
    dialog.ui.noteEdit.setPlainText("独居")
    return rid, dialog


def _answer(monkeypatch, button: str, shown: list):
    def run(conflict_dialog):
        table = conflict_dialog.ui.fieldsTable
        shown.append({table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text(),
                                                table.item(r, 2).checkState().name) for r in range(table.rowCount())})
        getattr(conflict_dialog.ui, button).click()
        return conflict_dialog.result()

    monkeypatch.setattr(ConflictDialog, "exec", run)


def test_merging_keeps_their_phone_and_my_note(opened_twice, monkeypatch):
    rid, dialog = opened_twice
    shown = []
    _answer(monkeypatch, "mergeButton", shown)
    dialog.save()
    assert shown == [{"电话": ("13900001111", "13911112222", "Checked"), "备注": ("独居", "", "Unchecked")}]
    stored = Resident.get_by_id(rid)
    assert (stored.phone, stored.note) == ("13911112222", "独居") and dialog.result() == ResidentDialog.DialogCode.Accepted


def test_keeping_theirs_drops_my_change(opened_twice, monkeypatch):
    rid, dialog = opened_twice
    _answer(monkeypatch, "keepTheirsButton", [])
    dialog.save()
    stored = Resident.get_by_id(rid)
    assert (stored.phone, stored.note) == ("13911112222", "") and "未保存" in dialog.saved_message


def test_going_back_saves_nothing_and_says_why(opened_twice, monkeypatch):
    rid, dialog = opened_twice
    _answer(monkeypatch, "cancelButton", [])
    dialog.save()
    assert Resident.get_by_id(rid).note == "" and "已被" in dialog.ui.errorLabel.text()
    assert dialog.result() != ResidentDialog.DialogCode.Accepted
