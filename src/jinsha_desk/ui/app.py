"""Starting the desktop app: Chinese Qt dialogs, the right database, a first-start choice."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QLibraryInfo, QLocale, QThreadPool, QTimer, QTranslator
from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QLineEdit, QMessageBox, QProgressDialog

from jinsha_desk import auth
from jinsha_desk.db.backup import DAILY, backup_summaries, integrity_problems, restore_database
from jinsha_desk.db.connection import DamagedDatabase, NeedsPassphrase, checked_at_open, open_database
from jinsha_desk.db.location import Location, is_server
from jinsha_desk.db.lock import acquire_instance_lock
from jinsha_desk.db.server import ServerUnreachable, open_server
from jinsha_desk.errors import DeskError, explain
from jinsha_desk.logs import log_file, setup_logging
from jinsha_desk.office.profile import is_set_up, setup_skipped, skip_setup
from jinsha_desk.paths import demo_db_path, resource_path
from jinsha_desk.roster.stats import roster_is_empty
from jinsha_desk.ui.first_start_dialog import DEMO, IMPORT, FirstStartDialog
from jinsha_desk.ui.main_window import MainWindow
from jinsha_desk.ui.settings.setup_wizard import SetupWizard
from jinsha_desk.ui.sign_in_dialog import sign_in_interactively
from jinsha_desk.ui.workers import Task

DEMO_RESIDENTS = 6000


def install_translations(app: QApplication) -> list[str]:
    """Qt's own buttons and dialogs (file pickers, message boxes) in Simplified Chinese; returns the
    translation files found. qt_zh_CN gathers the catalogues of every Qt module and loads only where
    all of them are (a virtualenv, not the packaged folder); qtbase_zh_CN holds the dialogs."""
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    found = []
    for name in ("qtbase_zh_CN", "qt_zh_CN"):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            found.append(name)
    return found


def packaging_report(translations: list[str], icon: QIcon) -> str:
    """What a packaged app found of its own files, printed by the packaging checks' smoke start."""
    chinese = bool(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))
    icon_found = "found" if not icon.pixmap(32).isNull() else "missing"
    return f"translations={','.join(translations)} icon={icon_found} chinese-font={chinese}"


def ensure_chinese_font() -> None:
    """A PC without any Chinese font (a minimal Linux install) would show the whole window as boxes:
    the WenQuanYi font the PDFs fall back on then becomes one of the window's fonts too, and Qt draws
    Chinese with it."""
    if not QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        from jinsha_desk.documents.fonts import FALLBACK  # reportlab loads only on such a PC

        QFontDatabase.addApplicationFont(str(resource_path("fonts", FALLBACK[0])))


DEMO_SESSION = auth.Session("示例管理员", auth.ADMIN)


def open_demo():
    db = open_database(demo_db_path())
    if roster_is_empty():
        from jinsha_desk.demo import seed_demo  # the demo's generator loads only when it seeds

        with_progress("第一次打开示例社区，正在生成示例数据……", lambda: seed_demo(DEMO_RESIDENTS))
    return db, demo_db_path()


def with_progress(text: str, work: Callable[[], object]) -> None:
    """Run ``work`` on the thread pool behind a progress dialog (before any window exists, so the
    clerk sees what is happening instead of nothing); its failure is raised here."""
    dialog = QProgressDialog(text, None, 0, 0)
    dialog.setWindowTitle("金沙社区工作台")
    dialog.setMinimumDuration(0)
    dialog.show()
    loop = QEventLoop()
    failures: list[str] = []
    task = Task(lambda _progress, _cancelled: work())
    # Queued to this thread's loop, so they arrive only once loop.exec() below is running.
    task.signals.done.connect(loop.quit)
    task.signals.failed.connect(lambda message: (failures.append(message), loop.quit()))
    task.start()
    loop.exec()
    dialog.close()
    if failures:
        raise DeskError(failures[0])


def build_window(
    db_path: Location, demo: bool = False, ask=None, sign_in=None, passphrase: str | None = None, set_up=None,
) -> MainWindow | None:
    """Open the database and the main window; ``ask`` chooses on an empty database, ``sign_in``
    returns the signed-in session and ``set_up`` walks an administrator through setting up the
    community (dialogs by default). None when the clerk gives up signing in."""
    if demo:
        db, db_path = open_demo()
        return MainWindow(db, db_path, DEMO_SESSION, demo=True)
    if is_server(db_path):  # the server checked the connection and the schema's version as it opened
        checked, db = True, open_server(db_path)
    else:
        checked = checked_at_open(db_path)
        db = open_database(db_path, check=checked, passphrase=passphrase)
    session = (sign_in or sign_in_interactively)()
    if session is None:
        db.close()
        return None
    auth.set_current(session)
    choice = None
    if roster_is_empty():
        choice = (ask or _ask_first_start)()
        if choice == DEMO:
            db.close()
            db, db_path = open_demo()
            return MainWindow(db, db_path, DEMO_SESSION, demo=True)
    if setup_wanted(session):
        (set_up or run_setup_wizard)()
    window = MainWindow(db, db_path, session)
    if not checked:
        window.check_database()
    if choice is None:
        window.back_up_soon(DAILY)
    if choice == IMPORT:
        window.open_import_wizard()
    return window


def setup_wanted(session: auth.Session) -> bool:
    """An administrator of a community not yet named is walked through the set-up, until done or skipped."""
    return session.can("settings") and not is_set_up() and not setup_skipped()


def run_setup_wizard() -> None:
    if SetupWizard().exec() != QDialog.DialogCode.Accepted:
        skip_setup()


def _ask_first_start() -> str:
    dialog = FirstStartDialog()
    dialog.exec()
    return dialog.choice


def _offer_restore(error: DamagedDatabase, passphrase: str | None) -> bool:
    """The database is damaged: offer the newest backup that passes its check. True if restored."""
    good = next((b for b in backup_summaries(error.path, passphrase=passphrase) if b.residents is not None
                 and not integrity_problems(b.path, passphrase=passphrase)), None)
    if good is None:
        QMessageBox.critical(None, "数据库已损坏", error.message + "\n\n没有找到完好的备份，请联系技术支持。")
        return False
    answer = QMessageBox.question(
        None, "数据库已损坏",
        f"{error.message}\n\n找到 {good.taken:%Y-%m-%d %H:%M} 的完好备份（{good.residents} 位在册居民）。"
        "要用它恢复吗？损坏的文件会另存一份。",
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    restore_database(good.path, error.path, passphrase)
    return True


def _ask_passphrase(error: NeedsPassphrase) -> str | None:
    text, ok = QInputDialog.getText(None, "数据库已加密", error.message, QLineEdit.EchoMode.Password)
    return text if ok and text else None


def _report_unexpected(kind, value, trace) -> None:
    """An error nobody expected: a Chinese dialog saying what to do, the traceback in the log."""
    logging.getLogger("jinsha_desk").error("unexpected error", exc_info=(kind, value, trace))
    QMessageBox.critical(
        None, "操作没有完成",
        f"{explain(value)}\n\n如果再次出现，请把日志文件发给技术支持：\n{log_file()}",
    )


def run_app(db_path: Location, demo: bool = False) -> int:
    setup_logging()
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("jinsha-desk")
    app.setApplicationDisplayName("金沙社区工作台")
    translations = install_translations(app)
    ensure_chinese_font()
    icon = QIcon(str(resource_path("icons", "jinsha-desk.svg")))
    app.setWindowIcon(icon)
    sys.excepthook = _report_unexpected
    target = demo_db_path() if demo else db_path
    try:
        # A server keeps its desks apart itself; a file is opened by one window at a time.
        lock = None if is_server(target) else acquire_instance_lock(target)
    except DeskError as exc:
        QMessageBox.warning(None, "已经打开了", exc.message)
        return 1
    passphrase = None
    while True:
        try:
            window = build_window(db_path, demo, passphrase=passphrase)
            break
        except ServerUnreachable as exc:
            QMessageBox.critical(None, "无法连接数据库服务器", exc.message)
            return 1
        except NeedsPassphrase as exc:
            passphrase = _ask_passphrase(exc)
            if passphrase is None:
                return 1
        except DamagedDatabase as exc:
            if not _offer_restore(exc, passphrase):
                return 1
    if window is None:
        return 0
    window.show()
    if os.environ.get("JINSHA_DESK_SMOKE_TEST"):
        # Packaging checks: start, show the window, say what was found, leave at once.
        print(packaging_report(translations, icon))
        QTimer.singleShot(0, window.close)
    code = app.exec()
    # Background work (the audit trail's check, an export) finishes before the process does.
    QThreadPool.globalInstance().waitForDone()
    if lock is not None:
        lock.release()
    return code
