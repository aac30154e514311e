"""The backup rules, decided in one place (db.backup.backup_due) and followed by the desktop and the
command line alike."""

from conftest import background_done
from rosters import messy_workbook, simple_rows, simple_workbook

from jinsha_desk.cli import main
from jinsha_desk.db.backup import BEFORE_IMPORT, CLOSE, DAILY, MANUAL, backup_due, list_backups
from jinsha_desk.db.connection import open_database
from jinsha_desk.importing.importer import import_rosters
from jinsha_desk.models import Resident
from jinsha_desk.paths import demo_db_path


def _reasons(db_path):
    return sorted(p.stem.split("-", 3)[-1] for p in list_backups(db_path))


def test_the_rules(db, db_path, tmp_path):
    assert backup_due(db, db_path, MANUAL)
    for occasion in (DAILY, CLOSE, BEFORE_IMPORT):
        assert not backup_due(db, db_path, occasion), f"an empty database needs no {occasion} backup"
    import_rosters([messy_workbook(tmp_path / "m.xlsx")])
    for occasion in (DAILY, CLOSE, BEFORE_IMPORT):
        assert backup_due(db, db_path, occasion)
    main(["--db", str(db_path), "backup"])
    assert not backup_due(db, db_path, DAILY), "one daily backup a day"
    assert backup_due(db, db_path, CLOSE)


def test_the_demo_community_is_not_backed_up(tmp_path):
    demo = open_database(demo_db_path())
    import_rosters([messy_workbook(tmp_path / "m.xlsx")])
    assert not backup_due(demo, demo_db_path(), CLOSE)
    assert backup_due(demo, demo_db_path(), MANUAL)
    demo.close()


def test_command_line_import_backs_up_a_non_empty_roster(capsys, db_path, tmp_path):
    messy = messy_workbook(tmp_path / "m.xlsx")
    assert main(["--db", str(db_path), "import", str(messy)]) == 0
    assert list_backups(db_path) == []  # nothing to keep before the first import
    assert main(["--db", str(db_path), "import", str(messy), "--dry-run"]) == 0
    assert list_backups(db_path) == []
    assert main(["--db", str(db_path), "import", str(messy)]) == 0
    assert _reasons(db_path) == [BEFORE_IMPORT]


def test_import_wizard_backs_up_before_importing_into_a_roster(window, qtbot, tmp_path):
    import_rosters([messy_workbook(tmp_path / "m.xlsx")])
    wizard = window.open_import_wizard([simple_workbook(tmp_path / "more.xlsx", simple_rows(20))])
    qtbot.addWidget(wizard)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview is not None, timeout=20000)
    assert list_backups(window.db_path) == []  # the check alone takes none
    with qtbot.waitSignal(wizard.imported, timeout=20000):
        wizard.next()
    assert _reasons(window.db_path) == [BEFORE_IMPORT]
    backup = list_backups(window.db_path)[0]
    before = open_database(backup)
    assert Resident.select().count() == 7  # the roster as it was before the import
    before.close()


def test_closing_backs_up_whatever_the_roster_shows(window, qtbot, tmp_path):
    import_rosters([messy_workbook(tmp_path / "m.xlsx")])
    window.roster.refresh()
    window.roster.ui.searchEdit.setText("没有这个人")
    qtbot.waitUntil(lambda: window.roster.model.rowCount() == 0)
    window.close()
    background_done()  # the closing backup, which the window does not wait for
    assert _reasons(window.db_path) == [CLOSE]


def test_closing_an_empty_database_takes_no_backup(window):
    window.close()
    background_done()
    assert list_backups(window.db_path) == []
