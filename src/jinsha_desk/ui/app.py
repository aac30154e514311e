"""Starting the desktop app: Chinese Qt dialogs, the right database, a first-start choice."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from jinsha_desk.db.backup import backup_database, backup_taken_today
from jinsha_desk.db.connection import open_database
from jinsha_desk.models import Resident
from jinsha_desk.paths import demo_db_path, resource_path
from jinsha_desk.roster.demo import seed_demo
from jinsha_desk.ui.first_start import DEMO, IMPORT, FirstStartDialog
from jinsha_desk.ui.main_window import MainWindow

DEMO_RESIDENTS = 6000


def install_translations(app: QApplication) -> None:
    """Qt's own buttons and dialogs (file pickers, message boxes) in Simplified Chinese."""
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in ("qtbase_zh_CN", "qt_zh_CN"):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)


def open_demo():
    db = open_database(demo_db_path())
    if not Resident.select().exists():
        seed_demo(DEMO_RESIDENTS)
    return db, demo_db_path()


def build_window(db_path: Path, demo: bool = False, ask=None) -> MainWindow:
    """Open the database and the main window; ``ask`` chooses on an empty database (a dialog)."""
    if demo:
        db, db_path = open_demo()
        return MainWindow(db, db_path, demo=True)
    db = open_database(db_path)
    choice = None
    if not Resident.select().exists():
        choice = (ask or _ask_first_start)()
        if choice == DEMO:
            db.close()
            db, db_path = open_demo()
            return MainWindow(db, db_path, demo=True)
    elif not backup_taken_today(db_path):
        backup_database(db, db_path, reason="daily")
    window = MainWindow(db, db_path)
    if choice == IMPORT:
        window.open_import_wizard()
    return window


def _ask_first_start() -> str:
    dialog = FirstStartDialog()
    dialog.exec()
    return dialog.choice


def run_app(db_path: Path, demo: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("jinsha-desk")
    app.setApplicationDisplayName("金沙社区工作台")
    install_translations(app)
    app.setWindowIcon(QIcon(str(resource_path("icons", "jinsha-desk.svg"))))
    window = build_window(db_path, demo)
    window.show()
    return app.exec()
