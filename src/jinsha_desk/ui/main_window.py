"""The main window: a navigation list on the left and one page per area; remembers its layout."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QWidget

from jinsha_desk import __version__, auth
from jinsha_desk.db.audit_chain import audit_problems
from jinsha_desk.db.backup import CLOSE, DAILY, backup_if_due, integrity_problems
from jinsha_desk.db.connection import apply_role
from jinsha_desk.db.location import Location, parse_location
from jinsha_desk.logs import log_file
from jinsha_desk.office.profile import community_label
from jinsha_desk.paths import backup_dir, data_dir
from jinsha_desk.ui.dashboard.dashboard_page import DashboardPage
from jinsha_desk.ui.data.data_page import DataPage
from jinsha_desk.ui.forms.ui_main_window import Ui_MainWindow
from jinsha_desk.ui.honours.honours_page import HonoursPage
from jinsha_desk.ui.meetings.meetings_page import MeetingsPage
from jinsha_desk.ui.notices import tell
from jinsha_desk.ui.page import ChangeBus, Page
from jinsha_desk.ui.returns.exports_page import ExportsPage
from jinsha_desk.ui.roster.import_wizard import ImportWizard
from jinsha_desk.ui.roster.roster_page import RosterPage
from jinsha_desk.ui.settings.settings_page import SettingsPage
from jinsha_desk.ui.visits.visits_page import VisitsPage
from jinsha_desk.ui.volunteers.volunteers_page import VolunteersPage
from jinsha_desk.ui.workers import Task


def app_settings() -> QSettings:
    """Window layout kept beside the data (so tests and portable installs keep theirs apart)."""
    return QSettings(str(data_dir() / "window.ini"), QSettings.Format.IniFormat)


class MainWindow(QMainWindow):
    def __init__(self, db, db_path: Location, session: auth.Session, demo: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.db = db
        self.db_path = parse_location(db_path)
        self.demo = demo
        self.session = session
        # A database file on a read-only disk or folder is only looked at (and the window says so).
        self.read_only = bool(getattr(db, "jinsha_read_only", False))
        auth.set_current(session)
        apply_role(db, session)
        self.dashboard = DashboardPage(self)
        self.roster = RosterPage(self)
        self.visits = VisitsPage(self)
        self.volunteers = VolunteersPage(self)
        self.meetings = MeetingsPage(self)
        self.honours = HonoursPage(self)
        self.exports = ExportsPage(self)
        self.data = DataPage(db, self.db_path, self)
        self.settings = SettingsPage(self)
        self.pages: list[Page] = [
            self.dashboard, self.roster, self.visits, self.volunteers, self.meetings, self.honours, self.exports,
            self.data, self.settings,
        ]
        for page in self.pages:
            self.ui.pages.addWidget(page)
            self.ui.navList.addItem(page.title)
        self.ui.navList.currentRowChanged.connect(self.show_page)
        self.bus = ChangeBus(self)
        for page in self.pages:
            self.bus.changed.connect(page.take_changes)
            page.saved.connect(self.show_saved)
        self.roster.import_requested.connect(self.open_import_wizard)
        self.dashboard.wanted.connect(self.go_to)
        self.ui.actionImport.triggered.connect(self.open_import_wizard)
        self.ui.actionBackup.triggered.connect(self.backup_now)
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionAbout.triggered.connect(self.show_about)
        self.ui.fileMenu.insertAction(self.ui.actionQuit, QAction("修改我的密码…", self, triggered=self.data.change_own_password))
        for key, run in ((QKeySequence.StandardKey.Find, self.focus_search),
                         (QKeySequence.StandardKey.New, lambda: self.current_page().new_record()),
                         (QKeySequence.StandardKey.Refresh, lambda: self.current_page().refresh())):
            QShortcut(QKeySequence(key), self, activated=run)
        name = community_label()
        self.setWindowTitle(f"金沙社区工作台 — {name}" + ("（示例数据）" if demo else "")
                            + ("（只读：数据库文件或文件夹不可写入）" if self.read_only else ""))
        # The database and account stay on the right of the status bar; messages come and go on the left.
        self.where = QLabel(("示例社区数据库：" if demo else "数据库：") +
                            f"{self.db_path}　当前账号：{session.username}（{session.role}）")
        self.ui.statusbar.addPermanentWidget(self.where)
        self._apply_role()
        self.wizard: ImportWizard | None = None
        self._restore_layout()
        self.audit_check: Task | None = None
        if session.can("accounts"):
            self.check_audit_trail()
        self._backup_soon: QTimer | None = None

    def _apply_role(self) -> None:
        """A read-only account sees every page but none of the buttons that change data."""
        writer = self.session.can("write") and not self.read_only
        for page in self.pages:
            if not writer:  # a writer's buttons follow what is selected (each page decides)
                for name in page.write_buttons:
                    getattr(page.ui, name).setEnabled(False)
            for action in page.writing_actions:
                action.setEnabled(writer)
            if not page.can_take_out():
                for name in page.take_out_buttons:
                    getattr(page.ui, name).setEnabled(False)
        self.ui.actionImport.setEnabled(writer)
        self.roster.ui.revealCheck.setVisible(writer)
        self.data.ui.restoreButton.setEnabled(self.session.can("restore"))
        self.data.ui.tabs.setTabEnabled(2, self.session.can("accounts"))
        if not self.session.can("settings"):
            for name in self.settings.write_buttons:
                getattr(self.settings.ui, name).setEnabled(False)

    def current_page(self) -> Page:
        return self.pages[self.ui.pages.currentIndex()]

    def focus_search(self) -> None:
        field = self.current_page().search_field()
        if field is not None:
            field.setFocus()
            field.selectAll()

    def check_audit_trail(self) -> Task:
        """Administrators are told when the audit trail was tampered with. The check reads the whole
        trail (about 0.4 s per 100,000 entries), so it runs in the background, never before the window."""
        self.audit_check = Task(lambda _progress, _cancelled: audit_problems(self.db))
        # A method of the window, not a lambda: Qt queues the answer to the GUI thread, and drops it
        # if the window is gone by then.
        self.audit_check.signals.done.connect(self._audit_checked)
        self.audit_check.start()
        return self.audit_check

    # The daily backup waits this long after start: the clerk's first pages load first (at 100,000
    # residents a page's first load takes twice as long while a 170 MB copy is being made and checked).
    daily_backup_delay_ms = 5000

    def back_up_soon(self, occasion: str) -> None:
        """Take the backup a few seconds from now, unless the window is closed by then (its closing
        backup is taken instead)."""
        self._backup_soon = QTimer(self, singleShot=True, interval=self.daily_backup_delay_ms)
        self._backup_soon.timeout.connect(lambda: self.back_up(occasion))
        self._backup_soon.start()

    def back_up(self, occasion: str) -> Task:
        """The daily backup at start and the one on close, on the thread pool (SQLite's online backup
        copies 256 pages a step): neither start nor close waits for the copy, and the app does not
        exit before it is finished (run_app waits for the pool)."""
        task = Task(lambda _progress, _cancelled: backup_if_due(self.db, self.db_path, occasion))
        if occasion == DAILY:
            task.signals.failed.connect(self.warn_backup_failed)
        task.start()
        return task

    def warn_backup_failed(self, reason: str) -> None:
        tell(self, "今天的备份没有完成", f"{reason}\n\n数据库本身没有受影响，程序照常打开。请尽快清理磁盘，"
             "然后在“数据与备份”中点“立即备份”。")

    def check_database(self) -> Task:
        """PRAGMA quick_check of a large file, after the window is up; a damaged file is switched to
        read-only at once, so nothing is written into it, and the clerk is sent to the backups."""
        task = Task(lambda _progress, _cancelled: integrity_problems(self.db_path, quick=True,
                                                                     passphrase=self.data.passphrase))
        task.signals.done.connect(self._database_checked)
        task.start()
        return task

    def _database_checked(self, problems: list[str]) -> None:
        if not problems:
            return
        self.read_only = True
        apply_role(self.db, auth.Session(self.session.username, auth.VIEWER))
        self._apply_role()
        self.setWindowTitle(self.windowTitle() + "（数据库损坏，只能查看）")
        tell(self, "数据库已损坏", "后台检查发现数据库文件已损坏：\n" + "\n".join(problems[:5]) +
             "\n\n为避免损坏扩大，现在只能查看、不能修改。请在“数据与备份”中选择一份完好的备份恢复。",
             QMessageBox.Icon.Critical)

    def _audit_checked(self, problems: list[str]) -> None:
        if problems:
            self.warn_about_audit(problems)

    def warn_about_audit(self, problems: list[str]) -> None:
        tell(self, "审计记录有问题", "检查发现：\n" + "\n".join(problems[:10]) +
             "\n\n可能有人用其他工具改动了数据库。请联系技术支持，并保留数据库文件和备份。")

    def show_saved(self, message: str) -> None:
        self.ui.statusbar.showMessage(message, 10000)

    def show_page(self, index: int) -> None:
        """Pages fill themselves when first shown, so start-up loads the roster alone."""
        self.ui.pages.setCurrentIndex(index)
        self.pages[index].shown()

    def go_to(self, where: str, what: object) -> None:
        """Open the list behind a figure or a chart of the 首页 (dashboard_page's destinations)."""
        if where == "roster":
            self.roster.show_filter(what)  # type: ignore[arg-type]
            page = self.roster
        elif where in ("due", "visits", "needs"):
            self.visits.show_list(where, what)
            page = self.visits
        elif where == "meetings":
            self.meetings.show_list(what)  # type: ignore[arg-type]
            page = self.meetings
        else:
            page = self.volunteers
        self.ui.navList.setCurrentRow(self.pages.index(page))

    def open_import_wizard(self, files=()) -> ImportWizard:
        self.wizard = ImportWizard(self, files)
        self.wizard.show()
        return self.wizard

    def backup_now(self) -> Task:
        """The menu's 立即备份 is the data page's: the page's ``saved`` signal reaches the status bar."""
        return self.data.backup_now()

    def show_about(self) -> None:
        from jinsha_desk.documents.fonts import fonts_in_use  # reads the font folders only when asked

        QMessageBox.about(
            self,
            "关于金沙社区工作台",
            f"金沙社区工作台 {__version__}\n\n数据库：{self.db_path}\n备份目录：{backup_dir()}\n"
            f"日志文件：{log_file()}\n当前账号：{self.session.username}（{self.session.role}）\n\n"
            "文书使用的字体：\n" + "\n".join(fonts_in_use()),
        )

    # Layout memory
    def _restore_layout(self) -> None:
        settings = app_settings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 680)  # fits a 1366×768 screen above the taskbar
        splitter = settings.value("roster/splitter")
        if isinstance(splitter, QByteArray):
            self.roster.ui.splitter.restoreState(splitter)
        page = int(settings.value("window/page", 0))
        self.ui.navList.setCurrentRow(page if 0 <= page < len(self.pages) else 0)
        self.show_page(self.ui.navList.currentRow())

    def save_layout(self) -> None:
        settings = app_settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("roster/splitter", self.roster.ui.splitter.saveState())
        settings.setValue("window/page", self.ui.navList.currentRow())
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        self.bus.stop()
        if self._backup_soon is not None:
            self._backup_soon.stop()
        # A full disk must not keep the window from closing: the failure is logged (the Task does)
        # and the next start warns.
        self.back_up(CLOSE)
        super().closeEvent(event)
