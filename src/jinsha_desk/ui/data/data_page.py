"""数据与备份: the backups (restore one, copy one to a USB stick), the audit trail, and accounts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QWidget

from jinsha_desk import audit, auth, changes
from jinsha_desk.db.backup import MANUAL, backup_if_due, backup_summaries, copy_backup, reason_label, restore_database
from jinsha_desk.db.location import Location, parse_location
from jinsha_desk.errors import DeskError
from jinsha_desk.paths import backup_dir
from jinsha_desk.roster.stats import active_residents
from jinsha_desk.ui.forms.ui_data_page import Ui_DataPage
from jinsha_desk.ui.page import Page
from jinsha_desk.ui.tables import fill_table
from jinsha_desk.ui.workers import Task

_ALL_TABLES = "全部记录"


class DataPage(Page):
    title = "数据与备份"
    write_buttons = ()
    shows = changes.ALL
    take_out_buttons = ("exportBackupButton",)

    def __init__(self, db, db_path: Location, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DataPage()
        self.ui.setupUi(self)
        self.db, self.db_path = db, parse_location(db_path)
        self.passphrase: str | None = getattr(db, "jinsha_passphrase", None)
        self.backups: list = []
        ui = self.ui
        ui.tableFilter.addItem(_ALL_TABLES, "")
        for table, name in audit.TABLE_NAMES.items():
            ui.tableFilter.addItem(name, table)
        ui.fromDate.setDate(QDate.currentDate().addDays(-30))
        ui.toDate.setDate(QDate.currentDate())
        ui.newRole.addItems(auth.ROLES)
        ui.newRole.setCurrentText(auth.CLERK)  # new accounts are staff unless the administrator says otherwise
        ui.backupButton.clicked.connect(self.backup_now)
        ui.restoreButton.clicked.connect(lambda: self.restore_selected())
        ui.exportBackupButton.clicked.connect(lambda: self.copy_selected())
        ui.deactivateButton.clicked.connect(self.deactivate)
        ui.resetPasswordButton.clicked.connect(self.reset_password)
        ui.auditSearchButton.clicked.connect(self.refresh_audit)
        ui.addAccountButton.clicked.connect(self.add_account)
        ui.setRoleButton.clicked.connect(self.set_role)

    def refresh(self) -> None:
        session = auth.current()
        self.ui.locationLabel.setText(f"数据库：{self.db_path}\n备份目录：{backup_dir()}")
        # Each backup is opened to count its residents: at 100,000 residents that is a fifth of a second.
        path, passphrase = self.db_path, self.passphrase
        self.load_in_background("backups", lambda: backup_summaries(path, passphrase=passphrase), self._show_backups)
        self.refresh_audit()
        if session.can("accounts"):
            fill_table(self.ui.accountsTable, ["用户名", "角色", "状态"],
                       [[name, role, "启用" if active else "停用"] for name, role, active in auth.accounts()])

    def _show_backups(self, backups: list) -> None:
        self.backups = backups
        fill_table(self.ui.backupsTable, ["备份时间", "原因", "大小（MB）", "在册居民", "文件"],
                   [[f"{b.taken:%Y-%m-%d %H:%M:%S}" if b.taken else "", reason_label(b.reason), round(b.size_mb, 2),
                     b.residents if b.residents is not None else "无法读取", b.path.name] for b in backups],
                   empty="还没有备份。点击“立即备份”备份一次；程序每天打开时、关闭时和导入前也会自动备份。")

    def refresh_audit(self) -> None:
        ui = self.ui
        rows = audit.entries(ui.tableFilter.currentData() or None, ui.userFilter.text().strip() or None,
                             ui.fromDate.date().toPython(), ui.toDate.date().toPython(), limit=500)
        fill_table(ui.auditTable, ["时间", "操作人", "对象", "编号", "操作", "内容"],
                   [[f"{e.at:%Y-%m-%d %H:%M:%S}", e.user, audit.TABLE_NAMES.get(e.table, e.table), e.row_id or "",
                     e.action, e.changes()] for e in rows], empty="这段时间、这些条件下没有审计记录。")

    def _selected_backup(self):
        row = self.ui.backupsTable.currentRow()
        if row < 0 or row >= len(self.backups):
            self.ui.backupStatus.setText("请先在列表中选择一个备份。")
            return None
        return self.backups[row]

    def backup_now(self) -> Task:
        """立即备份, on the thread pool: at 100,000 residents the copy takes seconds, and the window
        stays usable meanwhile. The finished backup announces itself, so the list reloads."""
        self.ui.backupButton.setEnabled(False)
        self.ui.backupStatus.setText("正在备份……")
        db, db_path = self.db, self.db_path

        def back_up(progress, _cancelled) -> Path:
            def copied(_status: int, remaining: int, total: int) -> None:
                progress(1 - remaining / total if total else 1.0, "")

            return backup_if_due(db, db_path, MANUAL, progress=copied)

        task = Task(back_up)
        task.signals.progress.connect(lambda done, _: self.ui.backupStatus.setText(f"正在备份……{done:.0%}"))
        task.signals.done.connect(self._backed_up)
        task.signals.failed.connect(self._backup_failed)
        task.start()
        return task

    def _backed_up(self, target: Path) -> None:
        self.ui.backupButton.setEnabled(True)
        self.ui.backupStatus.setText(f"已备份到 {target}")
        self.saved.emit(f"已备份到 {target}")

    def _backup_failed(self, reason: str) -> None:
        self.ui.backupButton.setEnabled(True)
        self.ui.backupStatus.setText(f"备份没有完成：{reason}")

    # A question of its own, so that tests can answer it (and Page.confirm for yes/no).
    def pick_folder(self) -> Path | None:
        picked = QFileDialog.getExistingDirectory(self, "选择U盘或文件夹", str(Path.home()))
        return Path(picked) if picked else None

    def restore_selected(self) -> None:
        chosen = self._selected_backup()
        if chosen is None:
            return
        taken = f"{chosen.taken:%Y年%m月%d日 %H:%M}" if chosen.taken else chosen.path.name
        held = f"{chosen.residents} 位在册居民" if chosen.residents is not None else "在册居民人数无法读取"
        if not self.confirm((
            f"要用 {taken} 的备份（{held}）替换当前数据库（现有 {active_residents()} 位在册居民）吗？\n\n"
            "当前数据库会先另存一份（…-before-restore-…），需要时仍可找回。"
            f"恢复后，{taken} 之后录入的内容将不在数据库中。"), "从备份恢复"):
            self.ui.backupStatus.setText("没有恢复，数据库未作改动。")
            return
        try:
            self.db.close()
            kept = restore_database(chosen.path, self.db_path, self.passphrase)
        except DeskError as exc:
            self.ui.backupStatus.setText(exc.message)
            return
        finally:
            self.db.connect(reuse_if_open=True)
        self.ui.backupStatus.setText(f"已恢复。恢复前的数据库另存为 {kept}。")

    def copy_selected(self, folder: Path | None = None) -> Path | None:
        chosen = self._selected_backup()
        if chosen is None:
            return None
        folder = folder or self.pick_folder()
        if folder is None:
            return None
        try:
            audit.may_take_out()
            target = copy_backup(chosen.path, folder, self.passphrase)
            audit.record_event(audit.EXPORT, "backup", f"复制备份 {chosen.path.name} 到 {folder}")
        except DeskError as exc:
            self.ui.backupStatus.setText(exc.message)
            return None
        self.ui.backupStatus.setText(f"已复制到 {target}")
        return target

    def add_account(self) -> None:
        ui = self.ui
        try:
            auth.create_account(ui.newUsername.text(), ui.newPassword.text(), ui.newRole.currentText())
        except DeskError as exc:
            ui.accountStatus.setText(exc.message)
            return
        ui.accountStatus.setText(f"已新建账号“{ui.newUsername.text().strip()}”。")
        ui.newUsername.clear()
        ui.newPassword.clear()
        self.refresh()

    def _with_account(self, action) -> None:
        row = self.ui.accountsTable.currentRow()
        if row < 0:
            self.ui.accountStatus.setText("请先选择一个账号。")
            return
        try:
            done = action(self.ui.accountsTable.item(row, 0).text())
        except DeskError as exc:
            self.ui.accountStatus.setText(exc.message)
            return
        self.ui.accountStatus.setText(done or "")
        self.catch_up()

    def set_role(self) -> None:
        self._with_account(lambda username: auth.set_role(username, self.ui.newRole.currentText()))

    def deactivate(self) -> None:
        self._with_account(auth.deactivate_account)

    def ask_password(self, question: str) -> str | None:
        text, ok = QInputDialog.getText(self, "密码", question, QLineEdit.EchoMode.Password)
        return text if ok else None

    def reset_password(self) -> None:
        def reset(username: str) -> str:
            password = self.ask_password(f"为“{username}”设置新密码（至少 8 位，不能全是数字）：")
            if password is None:
                return ""
            auth.reset_password(username, password)
            return f"已为“{username}”设置新密码，账号的锁定同时解除。"
        self._with_account(reset)

    def change_own_password(self) -> None:
        """From the 文件 menu, for every account."""
        old = self.ask_password("原密码：")
        new = old is not None and self.ask_password("新密码（至少 8 位，不能全是数字）：")
        if not new:
            return
        self.run_action(lambda: auth.change_own_password(old, new), "密码已修改。")


