"""The roster of a past day and the 档案 dialogs in the window (issue 18)."""

from conftest import wait_loaded
from PySide6.QtCore import QDate
from test_history import day, history  # noqa: F401  (the fixture: a household's months of history)

from jinsha_desk.models import Resident
from jinsha_desk.ui import story_dialog
from jinsha_desk.ui.roster.roster_model import ResidentIdRole


def names_listed(page) -> set[str]:
    return {page.model.index(r, 0).data() for r in range(page.model.rowCount())}


def test_the_roster_of_a_past_day(history, window, qtbot):  # noqa: F811
    page = window.roster
    assert names_listed(page) == {"李秀英", "王小明", "赵丽"}  # today: 王建华 has died
    page.ui.asOfDate.setDate(QDate(day(120)))
    page.ui.asOfCheck.setChecked(True)
    wait_loaded(qtbot, page)
    assert names_listed(page) == {"王建华", "李秀英", "王小明"} and "共 3 人" in page.ui.countLabel.text()
    assert not page.ui.addButton.isEnabled()  # history is read, not edited
    page.select_resident(history["son"])
    assert "9栋2单元502" in page.ui.householdAddress.text() and page.ui.householdTable.rowCount() == 1
    assert not page.ui.editButton.isEnabled() and page.ui.storyButton.isEnabled()
    page.select_resident(history["wife"])
    members = {page.ui.householdTable.item(r, 0).text(): page.ui.householdTable.item(r, 6).text()
               for r in range(page.ui.householdTable.rowCount())}
    assert members == {"王建华": "", "李秀英": "低保"}
    page.ui.tagFilter.setCurrentIndex(page.ui.tagFilter.findData("低保"))
    assert names_listed(page) == {"李秀英"}  # 低保 from day 50 to day 240
    page.ui.asOfCheck.setChecked(False)
    assert names_listed(page) == set() and page.ui.addButton.isEnabled()  # not 低保 today


def test_the_story_dialog_lists_filters_and_prints(history, window, qtbot, monkeypatch):  # noqa: F811
    page = window.roster
    page.select_resident(history["wife"])
    assert page.ui.residentTable.selectionModel().selectedRows()[0].data(ResidentIdRole) == history["wife"]
    dialog = story_dialog.StoryDialog(page, resident_id=history["wife"])
    qtbot.addWidget(dialog)
    table = dialog.ui.eventsTable
    assert table.rowCount() == len(dialog.story.events) == 3
    assert table.item(0, 1).text() == "登记" and "李秀英" in dialog.windowTitle()
    dialog.ui.kindFilter.setCurrentText("关爱类别")
    assert [table.item(r, 2).text() for r in range(table.rowCount())] == ["列入关爱类别“低保”", "移出关爱类别“低保”"]
    previewed = []
    monkeypatch.setattr(story_dialog.DocumentPreview, "exec", lambda self: previewed.append(self.pdf_path))
    dialog.print_story()
    assert previewed and previewed[0].exists() and previewed[0].stat().st_size > 5000

    household = story_dialog.StoryDialog(page, household_id=Resident.get_by_id(history["wife"]).household_id)
    qtbot.addWidget(household)
    assert household.paper == "家庭档案" and "现有成员：李秀英" in household.ui.subjectLabel.text()


def test_the_visit_ledger_and_needs_open_the_households_story(history, window, qtbot, monkeypatch):  # noqa: F811
    import datetime as dt

    from jinsha_desk.visits import records

    household = Resident.get_by_id(history["son"]).household_id
    records.add_visit(records.VisitInput(household, dt.date.today(), "刘芳", "日常走访", "", needs=["想办老年卡"]))
    opened = []
    monkeypatch.setattr(story_dialog.StoryDialog, "exec", lambda self: opened.append(self.story.title))
    page = window.visits
    window.ui.navList.setCurrentRow(window.pages.index(page))
    for tab, table in ((1, page.ui.visitsTable), (2, page.ui.needsTable)):
        page.ui.tabs.setCurrentIndex(tab)
        wait_loaded(qtbot, page)
        table.selectRow(0)
        next(a for a in table.actions() if a.text() == "查看家庭档案").trigger()
    assert opened == ["9栋2单元502户", "9栋2单元502户"]
