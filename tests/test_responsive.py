"""The window never freezes (issue 17): pages gather their data, and the start and close backups
run, on the thread pool while the event loop keeps turning. No timings: each slow stand-in waits for
the GUI thread to release it, which only a turning event loop can do."""

import datetime as dt
import threading

import pytest
from conftest import background_done, wait_loaded
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from rosters import messy_workbook

from jinsha_desk.db import backup
from jinsha_desk.importing.importer import import_rosters
from jinsha_desk.models import Household
from jinsha_desk.ui import main_window
from jinsha_desk.ui.dashboard import dashboard_page
from jinsha_desk.ui.tables import row_count
from jinsha_desk.visits import followup, records


class HeldUntilTheLoopTurns:
    """Stands in for a slow core function: it holds its worker until the GUI thread's event loop
    runs a timer that lets it go, and notes on which thread it ran."""

    def __init__(self, real):
        self.real = real
        self.release = threading.Event()
        self.threads: list[threading.Thread] = []
        self.released: list[bool] = []

    def __call__(self, *args, **kwargs):
        self.threads.append(threading.current_thread())
        self.released.append(self.release.wait(timeout=10))
        return self.real(*args, **kwargs)

    def let_go_from_the_event_loop(self, qtbot) -> None:
        qtbot.waitUntil(lambda: bool(self.threads), timeout=10000)
        QTimer.singleShot(0, self.release.set)
        qtbot.waitUntil(self.release.is_set, timeout=10000)

    def ran_off_the_gui_thread(self) -> bool:
        return bool(self.threads) and all(self.released) and threading.main_thread() not in self.threads


def settle(qtbot, page) -> None:
    """Whatever the set-up started (the start's backup, loads after the import) is over."""
    background_done()
    QApplication.processEvents()
    wait_loaded(qtbot, page)


@pytest.mark.parametrize("core, page_name", [(records, "visits"), (followup, "visits"), (dashboard_page, "dashboard")])
def test_a_page_loads_while_the_window_stays_responsive(window, qtbot, monkeypatch, tmp_path, core, page_name):
    import_rosters([messy_workbook(tmp_path / "m.xlsx")])
    page = getattr(window, page_name)
    if core is records:
        window.visits.ui.tabs.setCurrentIndex(1)  # the visit ledger loads when its tab is shown
    window.ui.navList.setCurrentRow(3)
    settle(qtbot, page)
    name = {records: "list_visits", followup: "due_households", dashboard_page: "community_stats"}[core]
    held = HeldUntilTheLoopTurns(getattr(core, name))
    monkeypatch.setattr(core, name, held)
    records.add_visit(records.VisitInput(Household.select().first().id, dt.date.today(), "刘芳", "日常走访"))
    window.ui.navList.setCurrentRow(window.pages.index(page))  # returns at once, the load still held
    assert page.loading and page.findChild(QLabel, "loadingNote").isVisible()
    held.let_go_from_the_event_loop(qtbot)
    wait_loaded(qtbot, page)
    assert held.ran_off_the_gui_thread(), (held.threads, held.released)
    assert not page.findChild(QLabel, "loadingNote").isVisible()
    if page_name == "dashboard":
        assert window.dashboard.card_text("residents") == "7"


def test_what_a_page_shows_is_kept_between_clicks(window, qtbot, monkeypatch, tmp_path):
    import_rosters([messy_workbook(tmp_path / "m.xlsx")])
    page = window.visits
    page.ui.tabs.setCurrentIndex(1)
    window.ui.navList.setCurrentRow(window.pages.index(page))
    settle(qtbot, page)
    loads = []
    real = records.list_visits
    monkeypatch.setattr(records, "list_visits", lambda *args: loads.append(args) or real(*args))
    window.ui.navList.setCurrentRow(1)
    window.ui.navList.setCurrentRow(window.pages.index(page))
    assert not page.loading and loads == []  # nothing changed: shown as it was
    window.ui.navList.setCurrentRow(1)
    records.add_visit(records.VisitInput(Household.select().first().id, dt.date.today(), "刘芳", "日常走访"))
    window.ui.navList.setCurrentRow(window.pages.index(page))
    wait_loaded(qtbot, page)
    assert len(loads) == 1 and row_count(page.ui.visitsTable) == 1


def test_a_newer_load_replaces_one_still_running(window, qtbot, monkeypatch, tmp_path):
    import_rosters([messy_workbook(tmp_path / "m.xlsx")])
    window.visits.ui.tabs.setCurrentIndex(1)
    settle(qtbot, window.visits)
    held = HeldUntilTheLoopTurns(records.list_visits)
    monkeypatch.setattr(records, "list_visits", held)
    page = window.visits
    window.ui.navList.setCurrentRow(window.pages.index(page))
    qtbot.waitUntil(lambda: bool(held.threads))
    page.ui.fromDate.setDate(page.ui.fromDate.date().addYears(-1))  # the clerk changes the dates meanwhile
    held.let_go_from_the_event_loop(qtbot)
    wait_loaded(qtbot, page)
    assert len(held.threads) == 2 and held.ran_off_the_gui_thread()


def test_the_daily_backup_waits_until_the_first_pages_have_loaded(qtbot, db_path, tmp_path, monkeypatch):
    from jinsha_desk.db.connection import open_database
    from jinsha_desk.ui.app import build_window

    db = open_database(db_path)
    import_rosters([messy_workbook(tmp_path / "m.xlsx")])
    db.close()
    monkeypatch.setattr(main_window.MainWindow, "daily_backup_delay_ms", 200)
    window = build_window(db_path)
    qtbot.addWidget(window)
    assert backup.list_backups(db_path) == [] and window._backup_soon.isActive()  # nothing started yet
    qtbot.waitUntil(lambda: not window._backup_soon.isActive())
    background_done()
    assert [p.stem.rsplit("-", 1)[-1] for p in backup.list_backups(db_path)] == ["daily"]

    monkeypatch.setattr(main_window.MainWindow, "daily_backup_delay_ms", 60_000)
    later = build_window(db_path)
    qtbot.addWidget(later)
    later.close()  # closed before the wait is over: the closing backup, no daily one left pending
    background_done()
    assert sorted(p.stem.rsplit("-", 1)[-1] for p in backup.list_backups(db_path)) == ["close", "daily"]
    assert not later._backup_soon.isActive()


@pytest.mark.parametrize("when", ["start", "close"])
def test_the_start_and_close_backups_run_in_the_background(qtbot, db_path, tmp_path, monkeypatch, when):
    from jinsha_desk.db.connection import open_database
    from jinsha_desk.ui.app import build_window

    open_database(db_path).close()
    db = open_database(db_path)
    import_rosters([messy_workbook(tmp_path / "m.xlsx")])
    db.close()
    held = HeldUntilTheLoopTurns(backup.backup_if_due)
    if when == "start":
        monkeypatch.setattr(main_window, "backup_if_due", held)
    window = build_window(db_path)
    qtbot.addWidget(window)
    window.show()
    if when == "close":
        background_done()
        monkeypatch.setattr(main_window, "backup_if_due", held)
        window.close()
        assert not window.isVisible()  # the window is gone while its backup still runs
    held.let_go_from_the_event_loop(qtbot)
    background_done()
    assert held.ran_off_the_gui_thread(), (held.threads, held.released)
    reasons = [p.stem.rsplit("-", 1)[-1] for p in backup.list_backups(db_path)]
    assert ("daily" if when == "start" else "close") in reasons


def test_a_backup_the_clerk_asks_for_runs_while_the_window_stays_usable(window, qtbot, monkeypatch):
    from jinsha_desk.ui.data import data_page

    page = window.data
    window.ui.navList.setCurrentRow(window.pages.index(page))
    settle(qtbot, page)
    before = len(backup.list_backups(window.db_path))
    held = HeldUntilTheLoopTurns(backup.backup_if_due)
    monkeypatch.setattr(data_page, "backup_if_due", held)
    window.ui.actionBackup.trigger()  # 立即备份 from the menu
    assert "正在备份" in page.ui.backupStatus.text() and not page.ui.backupButton.isEnabled()
    held.let_go_from_the_event_loop(qtbot)
    qtbot.waitUntil(lambda: page.ui.backupButton.isEnabled())
    assert held.ran_off_the_gui_thread(), (held.threads, held.released)
    assert len(backup.list_backups(window.db_path)) == before + 1
    assert "已备份到" in page.ui.backupStatus.text() and "已备份到" in window.ui.statusbar.currentMessage()
    wait_loaded(qtbot, page)
    assert page.ui.backupsTable.rowCount() == before + 1


def test_typing_is_never_held_up_by_the_search(demo_window, qtbot, monkeypatch):
    page = demo_window.roster
    searched = []
    real = page.model.set_filter
    monkeypatch.setattr(page.model, "set_filter", lambda f: (searched.append(f.search), real(f)))
    qtbot.keyClicks(page.ui.searchEdit, "lxq")  # three keystrokes in a burst
    assert page.ui.searchEdit.text() == "lxq" and searched == [] and page.search_pending
    qtbot.waitUntil(lambda: not page.search_pending)
    assert searched == ["lxq"] and "李秀琼" in {page.model.index(r, 0).data() for r in range(page.model.rowCount())}


def test_the_first_demo_start_shows_progress_while_it_seeds(qtbot, monkeypatch):
    from PySide6.QtWidgets import QProgressDialog

    import jinsha_desk.demo
    from jinsha_desk.ui.app import build_window

    seen = []
    held = HeldUntilTheLoopTurns(jinsha_desk.demo.seed_demo)
    monkeypatch.setattr(jinsha_desk.demo, "seed_demo", held)
    monkeypatch.setattr("jinsha_desk.ui.app.DEMO_RESIDENTS", 300)

    def look_and_let_go():
        seen.extend(w.labelText() for w in QApplication.topLevelWidgets()
                    if isinstance(w, QProgressDialog) and w.isVisible())
        held.release.set()

    QTimer.singleShot(0, look_and_let_go)  # runs only if the event loop turns while seeding
    window = build_window(None, demo=True)
    qtbot.addWidget(window)
    assert held.ran_off_the_gui_thread() and any("正在生成示例数据" in text for text in seen)
    assert window.roster.model.rowCount() == 300


def test_each_tab_of_the_visits_page_loads_when_it_is_shown(window, qtbot, monkeypatch, tmp_path):
    import_rosters([messy_workbook(tmp_path / "m.xlsx")])
    page = window.visits
    settle(qtbot, page)
    asked = []
    for name in ("due_households", "list_visits", "needs_list"):
        core = followup if name == "due_households" else records
        real = getattr(core, name)
        monkeypatch.setattr(core, name, lambda *a, _real=real, _name=name, **k: asked.append(_name) or _real(*a, **k))
    records.add_visit(records.VisitInput(Household.select().first().id, dt.date.today(), "刘芳", "日常走访"))
    window.ui.navList.setCurrentRow(window.pages.index(page))
    wait_loaded(qtbot, page)
    assert asked == ["due_households"]
    page.ui.tabs.setCurrentIndex(1)
    wait_loaded(qtbot, page)
    assert asked == ["due_households", "list_visits"] and row_count(page.ui.visitsTable) == 1


def test_a_failed_load_is_told_without_stopping_the_window(window, qtbot):
    """The notice opens window-modal but returns at once (a nested event loop there is where a
    closing window's widgets were deleted under it); a second failure updates the same notice."""
    from jinsha_desk.errors import DeskError

    page = window.visits

    def fails():
        raise DeskError("无法连接数据库服务器")

    page.load_in_background("households", fails, lambda _data: None)
    qtbot.waitUntil(lambda: not page.loading, timeout=10000)
    notices = page.findChildren(QMessageBox, "backgroundNotice")
    assert len(notices) == 1 and notices[0].isVisible() and "无法连接" in notices[0].text()
    page.load_in_background("households", lambda: (_ for _ in ()).throw(DeskError("第二次失败")), lambda _data: None)
    qtbot.waitUntil(lambda: not page.loading, timeout=10000)
    notices = page.findChildren(QMessageBox, "backgroundNotice")
    assert len(notices) == 1 and notices[0].text() == "第二次失败"
    notices[0].accept()
