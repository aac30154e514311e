"""A real office's first day in the desktop app: the set-up wizard, 设置, and lists that follow them."""

from ids import make_id
from PySide6.QtWidgets import QWizard

from jinsha_desk import auth
from jinsha_desk.models import Resident
from jinsha_desk.office import grids, profile, staff
from jinsha_desk.roster import editing
from jinsha_desk.ui.app import build_window, run_setup_wizard
from jinsha_desk.ui.first_start_dialog import EMPTY
from jinsha_desk.ui.roster.resident_dialog import ResidentDialog
from jinsha_desk.ui.settings.setup_wizard import SetupWizard
from jinsha_desk.ui.visits.visit_dialog import VisitDialog


def _walk_through(wizard: SetupWizard) -> None:
    wizard.edits["community_name"].setText("金沙社区")
    wizard.edits["committee_name"].setText("金沙社区居民委员会")
    wizard.next()
    wizard.ui.gridsEdit.setPlainText("第一网格 王丽萍 13881240101\n第二网格 陈志强 13881240102\n")
    wizard.next()
    wizard.ui.staffEdit.setPlainText("刘芳 网格员 13881240103 第一网格\n赵敏 社工")


def test_the_first_start_walks_through_the_setup(qtbot, db_path, monkeypatch):
    shown = []

    def run_wizard():
        wizard = SetupWizard()
        qtbot.addWidget(wizard)
        wizard.show()
        assert wizard.button(QWizard.WizardButton.CancelButton).text() == "以后再设置"
        wizard.next()
        assert wizard.currentPage() is wizard.ui.profilePage  # the name is required
        assert "社区名称" in wizard.ui.profileError.text()
        _walk_through(wizard)
        wizard.accept() if wizard.validateCurrentPage() else None
        shown.append(wizard)

    monkeypatch.setattr("jinsha_desk.ui.app.run_setup_wizard", run_wizard)
    window = build_window(db_path, ask=lambda: EMPTY)
    qtbot.addWidget(window)
    assert shown, "the wizard was not shown on the first start"
    assert window.windowTitle() == "金沙社区工作台 — 金沙社区"
    assert [(g.name, g.worker) for g in grids.grids()] == [("第一网格", "王丽萍"), ("第二网格", "陈志强")]
    assert [(s.name, s.post, s.grid) for s in staff.staff()] == [("刘芳", "网格员", "第一网格"), ("赵敏", "社工", "")]
    window.close()
    again = build_window(db_path, ask=lambda: EMPTY)
    qtbot.addWidget(again)
    assert len(shown) == 1, "a community already set up is not asked again"


def test_skipping_the_setup_leaves_the_name_unset_and_says_so(qtbot, db_path, monkeypatch):
    monkeypatch.setattr(SetupWizard, "exec", lambda self: SetupWizard.DialogCode.Rejected)
    window = build_window(db_path, ask=lambda: EMPTY, set_up=run_setup_wizard)
    qtbot.addWidget(window)
    assert "未设置社区名称" in window.windowTitle()
    assert profile.setup_skipped()


def test_an_error_in_the_wizard_saves_nothing(qtbot, db):
    wizard = SetupWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    _walk_through(wizard)
    assert wizard.currentPage() is wizard.ui.staffPage
    wizard.ui.staffEdit.setPlainText("刘芳 网格员 12345")
    assert not wizard.validateCurrentPage()
    assert "电话" in wizard.ui.setupError.text()
    assert not profile.is_set_up() and grids.grids() == []


def test_grid_and_staff_set_up_in_settings_are_the_visit_dialogs_lists(window, qtbot, monkeypatch):
    page = window.settings
    window.ui.navList.setCurrentRow(window.pages.index(page))
    assert "还没有网格" in page.ui.gridsTable.findChild(type(page.ui.titleLabel), "emptyNote").text()
    answers = iter(["第一网格"])
    monkeypatch.setattr(page, "ask_text", lambda *a, **k: next(answers))
    page.ui.addGridButton.click()
    assert page.ui.gridsTable.rowCount() == 1 and "已保存：新增网格 第一网格" in window.ui.statusbar.currentMessage()

    def fill_staff(dialog):
        dialog.ui.nameEdit.setText("刘芳")
        dialog.ui.postCombo.setCurrentText("网格员")
        dialog.ui.gridCombo.setCurrentIndex(dialog.ui.gridCombo.findData("第一网格"))
        dialog.save()
        return dialog.result()

    monkeypatch.setattr("jinsha_desk.ui.settings.staff_dialog.StaffDialog.exec", fill_staff)
    page.ui.addStaffButton.click()
    assert page.ui.staffTable.item(0, 0).text() == "刘芳" and page.ui.staffTable.item(0, 3).text() == "第一网格"
    page.ui.gridsTable.selectRow(0)
    monkeypatch.setattr(page, "ask_choice", lambda *a, **k: "刘芳")
    page.ui.workerButton.click()
    assert grids.grids()[0].worker == "刘芳"

    dialog = VisitDialog(window)
    qtbot.addWidget(dialog)
    visitors = [dialog.ui.visitorCombo.itemText(i) for i in range(dialog.ui.visitorCombo.count())]
    assert visitors[0] == "刘芳"
    resident = ResidentDialog(window)
    qtbot.addWidget(resident)
    assert [resident.ui.gridCombo.itemText(i) for i in range(resident.ui.gridCombo.count())] == ["", "第一网格"]


def test_settings_are_for_administrators(qtbot, db_path):
    window = build_window(db_path, ask=lambda: EMPTY, sign_in=lambda: auth.Session("刘芳", auth.CLERK))
    qtbot.addWidget(window)
    assert not window.settings.ui.addGridButton.isEnabled() and not window.settings.ui.saveProfileButton.isEnabled()


def _fill_resident(name, order, relation, grid="第一网格"):
    def fill(dialog):
        ui = dialog.ui
        ui.nameEdit.setText(name)
        ui.idEdit.setText(make_id(order=order))
        ui.relationCombo.setCurrentText(relation)
        ui.gridCombo.setCurrentText(grid)
        ui.buildingEdit.setText("3")
        ui.unitEdit.setText("2")
        ui.roomEdit.setText("301")
        dialog.save()
        return dialog.result()
    return fill


def test_a_new_grid_is_created_only_when_the_clerk_says_so(window, monkeypatch):
    questions = []
    monkeypatch.setattr(ResidentDialog, "confirm", lambda self, q: questions.append(q) or False)
    monkeypatch.setattr(ResidentDialog, "exec", _fill_resident("王建国", 101, "户主", grid="第九网格"))
    window.roster.add_resident()
    assert "第九网格" in questions[0] and Resident.select().count() == 0
    monkeypatch.setattr(ResidentDialog, "confirm", lambda self, q: True)
    window.roster.add_resident()
    assert Resident.select().count() == 1 and [n for _, n in editing.grid_choices()] == ["第九网格"]


def test_a_second_head_is_refused_with_the_current_heads_name(window, monkeypatch):
    grids.add_grid("第一网格")
    monkeypatch.setattr(ResidentDialog, "confirm", lambda self, q: False)
    monkeypatch.setattr(ResidentDialog, "exec", _fill_resident("王建国", 101, "户主"))
    window.roster.add_resident()
    seen = []

    def refuse(dialog, question):
        seen.append((question, dialog))
        return False

    monkeypatch.setattr(ResidentDialog, "confirm", refuse)
    monkeypatch.setattr(ResidentDialog, "exec", _fill_resident("李秀琼", 102, "户主"))
    window.roster.add_resident()
    question, dialog = seen[0]
    assert "已有户主“王建国”" in question and "王建国" in dialog.ui.errorLabel.text()
    assert Resident.select().count() == 1
    monkeypatch.setattr(ResidentDialog, "confirm", lambda self, q: True)
    window.roster.add_resident()
    assert {r.name: r.relation for r in Resident.select()} == {"王建国": "", "李秀琼": "户主"}
    assert "已保存：居民 李秀琼" in window.ui.statusbar.currentMessage()
