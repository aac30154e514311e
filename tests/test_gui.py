"""The desktop app driven as a clerk would, offscreen, on real databases."""

import datetime as dt

from conftest import wait_loaded
from ids import make_id, wrong_check
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from rosters import LI, WANG, messy_workbook, simple_rows, simple_workbook

from jinsha_desk.db.connection import open_database
from jinsha_desk.models import Resident
from jinsha_desk.paths import demo_db_path
from jinsha_desk.roster import editing
from jinsha_desk.ui.app import build_window
from jinsha_desk.ui.first_start_dialog import DEMO, EMPTY
from jinsha_desk.ui.roster.resident_dialog import ResidentDialog
from jinsha_desk.ui.roster.roster_model import ResidentIdRole


def table_names(page):
    model = page.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_demo_finds_li_xiuqiong_by_initials(demo_window, qtbot):
    page = demo_window.roster
    demo_window.ui.navList.setCurrentRow(1)
    total = page.model.rowCount()
    assert total == 1200
    qtbot.keyClicks(page.ui.searchEdit, "lxq")
    qtbot.waitUntil(lambda: not page.search_pending)
    assert 0 < page.model.rowCount() < total
    assert "李秀琼" in table_names(page)
    assert page.ui.countLabel.text() == f"共 {page.model.rowCount()} 人"


def test_search_narrows_as_you_type(demo_window, qtbot):
    page = demo_window.roster
    counts = []
    for char in "3栋2单元":
        # Chinese arrives from the input method as committed text, not as key presses.
        page.ui.searchEdit.insert(char)
        qtbot.waitUntil(lambda: not page.search_pending)
        counts.append(page.model.rowCount())
    assert counts == sorted(counts, reverse=True)
    addresses = {page.model.index(r, 6).data() for r in range(page.model.rowCount())}
    assert addresses and all(a.startswith(("3栋2单元", "13栋2单元")) for a in addresses)


def test_filters_combine(demo_window):
    page = demo_window.roster
    ui = page.ui
    ui.gridFilter.setCurrentIndex(2)  # 第二网格
    in_grid = page.model.rowCount()
    assert {page.model.index(r, 5).data() for r in range(in_grid)} == {"第二网格"}
    ui.partyCheck.setChecked(True)
    party_in_grid = page.model.rowCount()
    assert 0 < party_in_grid < in_grid
    assert {page.model.index(r, 8).data() for r in range(party_in_grid)} <= {"中共党员", "预备党员"}
    ui.partyCheck.setChecked(False)
    ui.tagFilter.setCurrentIndex(ui.tagFilter.findText("空巢老人"))
    elders = page.model.rowCount()
    assert 0 < elders < in_grid
    assert all(page.model.index(r, 2).data() >= 60 for r in range(elders))
    ui.buildingFilter.setCurrentIndex(1)
    assert page.model.rowCount() <= elders


def test_household_panel_lists_the_whole_household(window, tmp_path):
    from jinsha_desk.importing.importer import import_rosters

    import_rosters([messy_workbook(tmp_path / "m.xlsx")])
    page = window.roster
    page.reload_choices()
    assert page.select_resident(Resident.get(Resident.id_number == WANG).id)
    table = page.ui.householdTable
    names = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert names == ["王建国", "张梅", "王小军"]
    assert table.item(0, 1).text() == "户主"
    assert "3栋2单元301" in page.ui.householdAddress.text()
    assert "共 3 人在册" in page.ui.householdAddress.text()


def test_ids_are_masked_until_revealed(window):
    rid = editing.add_resident(editing.ResidentInput(name="孙丽", id_number=make_id(order=902), room="101", building="1"))
    page = window.roster
    page.reload_choices()
    row = page.model.row_of(rid)
    shown = page.model.index(row, 3).data()
    assert shown == make_id(order=902)[:6] + "********" + make_id(order=902)[-4:]
    page.ui.revealCheck.setChecked(True)
    assert page.model.index(row, 3).data() == make_id(order=902)


def test_id_field_validates_while_typing(window, qtbot):
    dialog = ResidentDialog(window)
    qtbot.addWidget(dialog)
    good = make_id(born="19800101", order=903)
    qtbot.keyClicks(dialog.ui.idEdit, good[:10])
    assert "还差 8 位" in dialog.ui.idInfo.text()
    dialog.ui.idEdit.clear()
    qtbot.keyClicks(dialog.ui.idEdit, wrong_check(good))
    assert "校验位不对" in dialog.ui.idInfo.text()
    dialog.ui.idEdit.clear()
    qtbot.keyClicks(dialog.ui.idEdit, good)
    age = dt.date.today().year - 1980 - (dt.date.today() < dt.date(dt.date.today().year, 1, 1))
    assert dialog.ui.idInfo.text() == f"居民身份证：出生日期 1980-01-01，{age} 岁，男"


def test_dialog_refuses_to_save_a_wrong_id(window, qtbot):
    dialog = ResidentDialog(window)
    qtbot.addWidget(dialog)
    dialog.ui.nameEdit.setText("钱多")
    dialog.ui.idEdit.setText(wrong_check(make_id(order=904)))
    dialog.ui.roomEdit.setText("101")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert "校验位" in dialog.ui.errorLabel.text()
    assert dialog.result() == 0
    assert Resident.select().count() == 0


def test_fix_a_residents_phone(demo_window, qtbot, monkeypatch):
    page = demo_window.roster
    page.ui.searchEdit.setText("lxq")
    qtbot.waitUntil(lambda: not page.search_pending)
    target = next(r for r in range(page.model.rowCount()) if page.model.index(r, 0).data() == "李秀琼")
    rid = page.model.index(target, 0).data(ResidentIdRole)
    page.select_resident(rid)

    def edit_in_dialog(dialog):
        dialog.ui.phoneEdit.setText("139 0812 0000")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(ResidentDialog, "exec", edit_in_dialog)
    page.edit_selected()
    assert Resident.get_by_id(rid).phone == "13908120000"
    assert page.model.index(page.model.row_of(rid), 4).data() == "13908120000"
    assert page.selected_resident_id() == rid


def test_import_wizard_full_run(window, qtbot, tmp_path):
    messy = messy_workbook(tmp_path / "花名册.xlsx")
    window.ui.navList.setCurrentRow(0)
    wait_loaded(qtbot, window.dashboard)
    assert window.dashboard.card_text("residents") == "0"
    wizard = window.open_import_wizard([messy])
    qtbot.addWidget(wizard)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview is not None, timeout=20000)
    table = wizard.ui.problemsTable
    problems = [(table.item(r, 2).text(), table.item(r, 3).text()) for r in range(table.rowCount())]
    assert ("11", "不导入：身份证号码校验位不对，请核对号码是否抄错") in problems
    assert any(row == "6" and "性别" in text for row, text in problems)
    assert "将新增 7 人" in wizard.ui.previewSummary.text()
    assert Resident.select().count() == 0  # the check wrote nothing
    with qtbot.waitSignal(wizard.imported, timeout=20000):
        wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.ui.summaryPage, timeout=20000)
    assert "新增 7 人" in wizard.ui.resultLabel.text()
    assert not wizard.button(wizard.WizardButton.BackButton).isVisible()
    assert Resident.select().count() == 7
    qtbot.waitUntil(lambda: window.dashboard.card_text("residents") == "7")
    saved = wizard.save_rejected_to(tmp_path / "未导入.xlsx")
    assert load_workbook(saved).active.max_row == 5  # header + four rejected rows
    window.roster.ui.searchEdit.setText("lxq")
    qtbot.waitUntil(lambda: not window.roster.search_pending)
    assert window.roster.model.rowCount() == 1
    assert window.roster.model.index(0, 0).data(ResidentIdRole) == Resident.get(Resident.id_number == LI).id


def test_import_wizard_cancel_changes_nothing(window, qtbot, tmp_path):
    big = simple_workbook(tmp_path / "big.xlsx", simple_rows(3000))
    wizard = window.open_import_wizard([big])
    qtbot.addWidget(wizard)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview is not None, timeout=20000)
    assert wizard.preview.new == 3000
    wizard.next()
    wizard.ui.cancelImportButton.click()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.ui.summaryPage, timeout=20000)
    assert "取消" in wizard.ui.resultLabel.text()
    assert Resident.select().count() == 0


def test_first_start_can_open_the_demo_without_touching_the_real_database(qtbot, db_path, monkeypatch):
    monkeypatch.setattr("jinsha_desk.ui.app.DEMO_RESIDENTS", 300)
    window = build_window(db_path, ask=lambda: DEMO)
    qtbot.addWidget(window)
    assert window.demo and window.db_path == demo_db_path()
    assert Resident.select().count() == 300
    assert "示例" in window.windowTitle()
    window.db.close()
    real = open_database(db_path)
    assert Resident.select().count() == 0
    real.close()


def test_window_remembers_page_and_size(window, qtbot, db_path):
    window.ui.navList.setCurrentRow(1)
    window.resize(1100, 640)
    size = (window.width(), window.height())
    assert size != (1280, 760)
    window.close()
    again = build_window(db_path, ask=lambda: EMPTY)
    qtbot.addWidget(again)
    assert again.ui.navList.currentRow() == 1
    assert again.ui.pages.currentWidget() is again.roster
    assert (again.width(), again.height()) == size


def test_sorting_by_age(demo_window):
    page = demo_window.roster
    page.ui.residentTable.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    ages = [page.model.index(r, 2).data() for r in range(50)]
    assert ages == sorted(ages, reverse=True)


def test_app_icon_is_found():
    from PySide6.QtGui import QIcon

    from jinsha_desk.paths import resource_path

    assert not QIcon(str(resource_path("icons", "jinsha-desk.svg"))).isNull()


def test_a_pc_without_chinese_fonts_draws_the_window_in_the_bundled_one(qtbot, monkeypatch):
    from PySide6.QtGui import QFontDatabase

    from jinsha_desk.ui import app

    families = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    monkeypatch.setattr(QFontDatabase, "families", lambda *_writing_system: [])
    added = []
    real_add = QFontDatabase.addApplicationFont
    monkeypatch.setattr(QFontDatabase, "addApplicationFont", lambda path: added.append(real_add(path)) or added[-1])
    app.ensure_chinese_font()
    assert len(added) == 1 and added[0] >= 0, "the bundled font did not load"
    assert any("WenQuanYi" in family for family in QFontDatabase.applicationFontFamilies(added[0]))
    monkeypatch.undo()
    added.clear()
    if families:  # a PC that has a Chinese font keeps its own
        monkeypatch.setattr(QFontDatabase, "addApplicationFont", lambda path: added.append(path))
        app.ensure_chinese_font()
        assert not added


def test_first_start_dialog_offers_three_ways(qtbot):
    from jinsha_desk.ui.first_start_dialog import IMPORT, FirstStartDialog

    dialog = FirstStartDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert {b.text() for b in (dialog.ui.importButton, dialog.ui.emptyButton, dialog.ui.demoButton)} == {
        "导入已有的花名册（Excel / CSV）…", "从空白开始", "先看看示例社区（不影响真实数据）",
    }
    dialog.ui.importButton.click()
    assert dialog.choice == IMPORT and dialog.result() == 1


def test_qt_dialogs_speak_chinese(qtbot):
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    from jinsha_desk.ui.app import install_translations

    install_translations(QApplication.instance())
    box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.No).text().startswith("否")
    assert QCoreApplication.translate("QFileDialog", "Open") == "打开"


def test_qt_binding_keeps_references_to_none(qtbot):
    """PySide6 6.12.0 loses a reference to None on every void call and the app dies after a few
    thousand table cells; pyproject.toml excludes it, and this keeps it excluded."""
    import sys

    from PySide6.QtWidgets import QLabel

    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("金沙")
    assert sys.getrefcount(None) - before > -100
