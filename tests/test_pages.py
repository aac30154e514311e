"""Every page has one shape, and pages hear of changes from the core, whoever made them."""

import datetime as dt

from conftest import wait_loaded
from rosters import messy_workbook

from jinsha_desk import changes
from jinsha_desk.importing.importer import import_rosters
from jinsha_desk.models import Household
from jinsha_desk.ui.page import Page
from jinsha_desk.ui.tables import row_count
from jinsha_desk.visits import records
from jinsha_desk.volunteers import people


def test_every_page_declares_what_the_window_needs(window):
    for page in window.pages:
        assert isinstance(page, Page) and page.title
        assert page.shows <= changes.ALL and page.shows, page.title
        for name in page.write_buttons:
            assert hasattr(page.ui, name), f"{page.title}: no button {name}"


def test_the_current_page_refreshes_when_the_core_reports_a_change(window, qtbot, tmp_path):
    import_rosters([messy_workbook(tmp_path / "m.xlsx")])
    visits = window.visits
    window.ui.navList.setCurrentRow(window.pages.index(visits))
    visits.ui.tabs.setCurrentIndex(1)
    wait_loaded(qtbot, visits)
    assert row_count(visits.ui.visitsTable) == 0
    # A change that no page made (as the command line or another dialog would make it).
    records.add_visit(records.VisitInput(Household.select().first().id, dt.date.today(), "刘芳", "日常走访"))
    wait_loaded(qtbot, visits)
    assert row_count(visits.ui.visitsTable) == 1
    wait_loaded(qtbot, window.dashboard)
    assert window.dashboard.card_text("residents") == "7"  # the dashboard keeps current too


def test_a_hidden_page_reloads_when_it_is_shown(window, qtbot):
    page = window.volunteers
    window.ui.navList.setCurrentRow(window.pages.index(page))
    window.ui.navList.setCurrentRow(window.pages.index(window.visits))
    with_signal = []
    page.changed.connect(with_signal.append)
    people.add_volunteer(name="赵敏", phone="13800000001")
    assert with_signal == [frozenset({changes.VOLUNTEERS})]
    assert page.ui.volunteersTable.rowCount() == 0  # not reloaded while another page is shown
    qtbot.waitUntil(lambda: window.dashboard.card_text("volunteers") == "1")
    window.ui.navList.setCurrentRow(window.pages.index(page))
    assert page.ui.volunteersTable.rowCount() == 1


def test_a_closed_window_stops_listening(window, qtbot):
    wait_loaded(qtbot, window.dashboard)
    window.close()
    people.add_volunteer(name="赵敏", phone="13800000001")  # no page of the closed window is touched
    assert not window.dashboard.loading and window.dashboard.card_text("volunteers") == "0"


def test_only_a_real_import_announces_a_roster_change(db, tmp_path):
    heard = []
    stop = changes.subscribe(heard.append)
    try:
        roster = messy_workbook(tmp_path / "m.xlsx")
        import_rosters([roster], dry_run=True)
        assert heard == []
        import_rosters([roster])
        assert heard == [frozenset({changes.ROSTER})]
    finally:
        stop()
