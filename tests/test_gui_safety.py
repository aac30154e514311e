"""Signing in, what a read-only account can do, and the 数据与备份 page."""

import datetime as dt

import pytest
from conftest import background_done
from ids import make_id

from jinsha_desk import auth
from jinsha_desk.db.backup import list_backups
from jinsha_desk.db.connection import open_database
from jinsha_desk.demo import seed_demo
from jinsha_desk.errors import DeskError
from jinsha_desk.models import AuditLog, Resident
from jinsha_desk.roster import editing
from jinsha_desk.ui.app import build_window
from jinsha_desk.ui.sign_in_dialog import SignInDialog


def test_first_start_creates_the_administrator(qtbot, db_path):
    open_database(db_path)
    dialog = SignInDialog()
    qtbot.addWidget(dialog)
    assert dialog.first_start and dialog.windowTitle() == "创建管理员账号"
    dialog.ui.usernameEdit.setText("admin")
    dialog.ui.passwordEdit.setText("secret-1")
    dialog.ui.confirmEdit.setText("secret-2")
    dialog.save()
    assert "两次输入的密码不一样" in dialog.ui.errorLabel.text() and not auth.has_accounts()
    dialog.ui.confirmEdit.setText("secret-1")
    dialog.save()
    assert dialog.session == auth.Session("admin", auth.ADMIN)

    again = SignInDialog()
    qtbot.addWidget(again)
    assert not again.first_start and again.ui.confirmEdit.isHidden()
    again.ui.usernameEdit.setText("admin")
    again.ui.passwordEdit.setText("wrong")
    again.save()
    assert again.ui.errorLabel.text() == "用户名或密码不对。" and again.session is None


@pytest.fixture
def community(db_path):
    db = open_database(db_path)
    seed_demo(200)
    return db


def test_a_read_only_account_changes_nothing(qtbot, community, db_path):
    window = build_window(db_path, sign_in=lambda: auth.Session("查看员", auth.VIEWER))
    qtbot.addWidget(window)
    roster = window.roster
    assert not roster.ui.addButton.isEnabled() and not roster.ui.importButton.isEnabled()
    assert roster.ui.revealCheck.isHidden()
    roster.select_resident(Resident.select().first().id)
    assert not roster.ui.editButton.isEnabled()
    assert not window.visits.ui.newVisitButton.isEnabled() and not window.honours.ui.issueButton.isEnabled()
    window.exports.ui.returnCombo.setCurrentIndex(window.exports.ui.returnCombo.findData("roster"))
    assert not window.exports.ui.fullIdsCheck.isEnabled()
    assert "****" in roster.model.index(0, 3).data()
    with pytest.raises(Exception, match="readonly"):
        editing.add_resident(editing.ResidentInput(name="李四", id_number=make_id(order=901), room="1"))
    assert "查看员（只读）" in window.where.text()  # the permanent account line
    assert not window.data.ui.tabs.isTabEnabled(2) and not window.data.ui.restoreButton.isEnabled()


def test_data_page_backups_restore_and_audit(qtbot, community, db_path, tmp_path):
    window = build_window(db_path)
    qtbot.addWidget(window)
    page = window.data
    window.ui.navList.setCurrentRow(window.pages.index(page))
    qtbot.waitUntil(lambda: page.ui.backupsTable.rowCount() == 1)  # the daily backup taken at start
    assert page.ui.backupsTable.item(0, 3).text() == "200"
    copied = None
    page.ui.backupsTable.selectRow(0)
    copied = page.copy_selected(tmp_path / "U盘")
    assert copied.exists() and copied.parent.name == "U盘"

    rid = Resident.select().first().id
    data = editing.resident_input(rid)
    data.phone = "13700000000"
    editing.update_resident(rid, data)
    page.ui.tableFilter.setCurrentIndex(page.ui.tableFilter.findData("resident"))
    page.refresh_audit()
    texts = [page.ui.auditTable.item(r, 5).text() for r in range(page.ui.auditTable.rowCount())]
    assert any("13700000000" in t for t in texts)
    assert page.ui.auditTable.item(0, 1).text() == "测试管理员"

    page.ui.backupsTable.selectRow(0)
    page.confirm = lambda question, title="": True
    page.restore_selected()
    assert "已恢复" in page.ui.backupStatus.text()
    assert Resident.get_by_id(rid).phone != "13700000000"  # back to the backup's value

    page.ui.newUsername.setText("clerk")
    page.ui.newPassword.setText("secret-9")
    page.ui.newRole.setCurrentText(auth.CLERK)
    page.add_account()
    assert "第一个账号必须是管理员" in page.ui.accountStatus.text()
    page.ui.newRole.setCurrentText(auth.ADMIN)
    page.ui.newUsername.setText("admin")
    page.add_account()
    page.ui.newUsername.setText("clerk")
    page.ui.newPassword.setText("secret-9")
    page.ui.newRole.setCurrentText(auth.CLERK)
    page.add_account()
    rows = [(page.ui.accountsTable.item(r, 0).text(), page.ui.accountsTable.item(r, 1).text())
            for r in range(page.ui.accountsTable.rowCount())]
    assert rows == [("admin", "管理员"), ("clerk", "工作人员")]


def test_closing_the_window_takes_a_backup(qtbot, community, db_path):
    window = build_window(db_path)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: any(p.stem.endswith("-daily") for p in list_backups(db_path)))  # the start's
    background_done()
    before = len(list_backups(db_path))
    window.close()
    background_done()  # the closing backup, which the window does not wait for
    assert len(list_backups(db_path)) == before + 1
    assert any(p.name.endswith("-close.db") for p in list_backups(db_path))


def test_an_encrypted_database_opens_with_its_passphrase(qtbot, community, db_path):
    from jinsha_desk.db.backup import encrypt_with_backups
    from jinsha_desk.db.connection import NeedsPassphrase

    community.close()
    encrypt_with_backups(db_path, "passphrase-123")
    with pytest.raises(NeedsPassphrase):
        build_window(db_path)
    window = build_window(db_path, passphrase="passphrase-123")
    qtbot.addWidget(window)
    assert window.roster.model.rowCount() == 200
    window.ui.navList.setCurrentRow(window.pages.index(window.data))
    qtbot.waitUntil(lambda: window.data.ui.backupsTable.rowCount() == 1)  # the daily backup, in the background
    assert window.data.ui.backupsTable.item(0, 3).text() == "200"  # read through the key


def test_restore_asks_first_and_does_nothing_on_no(qtbot, community, db_path):
    window = build_window(db_path)
    qtbot.addWidget(window)
    page = window.data
    window.ui.navList.setCurrentRow(window.pages.index(page))
    qtbot.waitUntil(lambda: page.ui.backupsTable.rowCount() == 1)  # the daily backup, in the background
    rid = Resident.select().first().id
    data = editing.resident_input(rid)
    data.phone = "13700000000"
    editing.update_resident(rid, data)
    asked = []
    page.confirm = lambda question, title="": asked.append(question) or False
    page.ui.backupsTable.selectRow(0)
    page.ui.restoreButton.click()
    question = asked[0]
    assert "200 位在册居民" in question and "现有 200 位在册居民" in question and "另存一份" in question
    assert f"{dt.date.today():%Y年%m月%d日}" in question
    assert Resident.get_by_id(rid).phone == "13700000000" and "没有恢复" in page.ui.backupStatus.text()
    page.confirm = lambda question, title="": True
    page.ui.restoreButton.click()
    assert Resident.get_by_id(rid).phone != "13700000000"


def test_copy_a_backup_to_a_folder_picked_by_the_clerk(qtbot, community, db_path, tmp_path):
    window = build_window(db_path)
    qtbot.addWidget(window)
    page = window.data
    window.ui.navList.setCurrentRow(window.pages.index(page))
    qtbot.waitUntil(lambda: page.ui.backupsTable.rowCount() == 1)  # the daily backup, in the background
    page.pick_folder = lambda: tmp_path / "U盘"
    page.ui.backupsTable.selectRow(0)
    page.ui.exportBackupButton.click()
    copied = list((tmp_path / "U盘").glob("*.db"))
    assert len(copied) == 1 and "已复制到" in page.ui.backupStatus.text()
    page.pick_folder = lambda: None  # the clerk closed the picker
    page.ui.exportBackupButton.click()
    assert len(list((tmp_path / "U盘").glob("*.db"))) == 1


def test_new_accounts_are_staff_and_the_last_administrator_stays(qtbot, community, db_path):
    auth.create_account("admin", "secret-1", auth.ADMIN)
    window = build_window(db_path)
    qtbot.addWidget(window)
    page = window.data
    window.ui.navList.setCurrentRow(window.pages.index(page))
    assert page.ui.newRole.currentText() == auth.CLERK
    page.ui.accountsTable.selectRow(0)
    page.ui.newRole.setCurrentText(auth.VIEWER)
    page.set_role()
    assert "唯一的管理员" in page.ui.accountStatus.text()
    page.deactivate()
    assert "唯一的管理员" in page.ui.accountStatus.text()
    assert auth.accounts() == [("admin", auth.ADMIN, True)]


def test_a_viewer_takes_no_personal_data_out_unless_allowed(qtbot, community, db_path, tmp_path):
    from jinsha_desk.audit import VIEWER_TAKE_OUT
    from jinsha_desk.returns.export import export_return
    from jinsha_desk.settings import set_setting

    window = build_window(db_path, sign_in=lambda: auth.Session("查看员", auth.VIEWER))
    qtbot.addWidget(window)
    assert not window.exports.ui.exportButton.isEnabled() and not window.data.ui.exportBackupButton.isEnabled()
    with pytest.raises(DeskError, match="只读账号"):
        export_return("roster", tmp_path / "x.xlsx")
    page = window.data
    window.ui.navList.setCurrentRow(window.pages.index(page))
    qtbot.waitUntil(lambda: page.ui.backupsTable.rowCount() == 1)  # the daily backup, in the background
    page.ui.backupsTable.selectRow(0)
    assert page.copy_selected(tmp_path / "U盘") is None and "只读账号" in page.ui.backupStatus.text()
    window.close()
    auth.set_current(auth.Session("admin", auth.ADMIN))
    open_database(db_path)
    set_setting(VIEWER_TAKE_OUT, "1")
    allowed = build_window(db_path, sign_in=lambda: auth.Session("查看员", auth.VIEWER))
    qtbot.addWidget(allowed)
    assert allowed.exports.ui.exportButton.isEnabled()
    export_return("roster", tmp_path / "x.xlsx")
    assert AuditLog.select().where(AuditLog.user == "查看员", AuditLog.action == "导出").count() == 1


def test_administrators_hear_of_a_tampered_audit_trail_without_waiting_for_it(qtbot, community, db_path,
                                                                              monkeypatch):
    import sqlite3

    from jinsha_desk.ui.main_window import MainWindow

    community.close()
    conn = sqlite3.connect(db_path)
    conn.executescript('DROP TRIGGER "audit_resident_update";')
    conn.close()
    warned = []
    monkeypatch.setattr(MainWindow, "warn_about_audit", lambda self, problems: warned.append(problems))
    window = build_window(db_path)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(warned), timeout=20000)  # the window was there before the answer
    assert "audit_resident_update" in warned[0][0]
    clerk = build_window(db_path, sign_in=lambda: auth.Session("刘芳", auth.CLERK))
    qtbot.addWidget(clerk)
    assert clerk.audit_check is None
