import os
from pathlib import Path

# Offscreen, on a screen the size of a common office monitor (1366×768) rather than Qt's 800×800.
os.environ.setdefault(
    "QT_QPA_PLATFORM", f"offscreen:configfile={Path(__file__).with_name('offscreen-1366x768.json')}"
)

import pytest  # noqa: E402

from jinsha_desk.db.connection import open_database  # noqa: E402


@pytest.fixture(autouse=True)
def data_home(tmp_path, monkeypatch):
    """Backups, logs and the default database of every test go to its own folder."""
    home = tmp_path / "home"
    monkeypatch.setenv("JINSHA_DESK_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def background_work_finishes(data_home):
    """Backups and page loads run on the thread pool; each test's work ends with the test, before its
    data folder is forgotten (a closing backup finishing later would land in the next test's folder)."""
    yield
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone()


@pytest.fixture(autouse=True)
def daily_backup_at_once(monkeypatch):
    """The app waits a few seconds before its daily backup; tests take it as soon as the loop turns
    (tests/test_responsive.py checks the wait itself)."""
    from jinsha_desk.ui.main_window import MainWindow

    monkeypatch.setattr(MainWindow, "daily_backup_delay_ms", 0)


def wait_loaded(qtbot, page) -> None:
    """Wait until what the page gathers in the background is on screen."""
    qtbot.waitUntil(lambda: not page.loading, timeout=20000)


def background_done() -> None:
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone()


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "community.db"


def pytest_generate_tests(metafunc):
    """Tests of a module marked ``both_engines`` run once on the desk's SQLite file and once on a
    PostgreSQL server database (the ``engine`` their ``db`` is opened on)."""
    if metafunc.definition.get_closest_marker("both_engines") and "engine" in metafunc.fixturenames:
        metafunc.parametrize("engine", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def engine(request):
    return getattr(request, "param", "sqlite")


@pytest.fixture
def db(engine, db_path, request):
    if engine == "postgresql":
        yield request.getfixturevalue("server_db")
        return
    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture(autouse=True)
def signed_in_administrator(monkeypatch):
    """Windows open as an administrator who has signed in; the sign-in dialog has its own tests.
    Whatever a test signs in as is undone afterwards."""
    from jinsha_desk import auth

    before = auth.current()
    monkeypatch.setattr("jinsha_desk.ui.app.sign_in_interactively", lambda: auth.Session("测试管理员", auth.ADMIN))
    # The first-start set-up wizard has its own tests; other windows open as if it was skipped.
    monkeypatch.setattr("jinsha_desk.ui.app.run_setup_wizard", lambda: None)
    yield
    auth.set_current(before)


@pytest.fixture
def window(qtbot, db_path):
    """The main window on an empty community, as an administrator who chose to start empty."""
    from jinsha_desk.ui.app import build_window
    from jinsha_desk.ui.first_start_dialog import EMPTY

    open_database(db_path).close()
    win = build_window(db_path, ask=lambda: EMPTY)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


@pytest.fixture
def demo_window(qtbot, monkeypatch):
    """The demo community's window; a smaller demo keeps the GUI tests quick, the shape is the same."""
    from jinsha_desk.paths import demo_db_path
    from jinsha_desk.ui.app import build_window

    monkeypatch.setattr("jinsha_desk.ui.app.DEMO_RESIDENTS", 1200)
    window = build_window(demo_db_path(), demo=True)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()


def press_save(monkeypatch, dialog_class, fill):
    """Replace a dialog's modal exec: fill it in as the clerk would, press Save, report the result."""
    def run(dialog):
        fill(dialog)
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(dialog_class, "exec", run)


@pytest.fixture(scope="session")
def pg_cluster():
    """One real PostgreSQL server for the whole run (tests/pg_server.py)."""
    from pg_server import Cluster

    cluster = Cluster()
    yield cluster
    cluster.stop()


@pytest.fixture
def server_db(pg_cluster):
    """A fresh, empty database on the test server, opened as the desk opens one (models bound to it)."""
    from jinsha_desk.db.location import parse_location
    from jinsha_desk.db.server import open_server

    name = pg_cluster.create_database()
    db = open_server(parse_location(pg_cluster.url(name)))
    yield db
    db.close()
    pg_cluster.drop_database(name)



@pytest.fixture
def db_location(db, db_path) -> str:
    """What --db names for the test's database: the server's URL, or the file."""
    return db.address.url if hasattr(db, "address") else str(db_path)
