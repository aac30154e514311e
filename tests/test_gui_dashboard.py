"""The 首页 (issue 18): charts drawn from the core's overview, every figure and bar opening the list
behind it, a past day's figures, and the printed 社区概况."""

import datetime as dt

from conftest import wait_loaded
from pdfs import embedded_fonts, pdf_text
from PySide6.QtCharts import QBarSeries, QHorizontalStackedBarSeries, QStackedBarSeries
from PySide6.QtCore import QDate

from jinsha_desk.documents.overview_docs import write_overview
from jinsha_desk.overview import overview
from jinsha_desk.roster.browse import RosterFilter, matching_ids
from jinsha_desk.ui.tables import row_count


def shown(window, qtbot):
    page = window.dashboard
    window.ui.navList.setCurrentRow(0)
    wait_loaded(qtbot, page)
    return page


def bar_sets(view, kind):
    series = next(s for s in view.chart().series() if isinstance(s, kind))
    return {bars.label(): bars for bars in series.barSets()}


def test_the_charts_show_the_overview_and_open_the_lists_behind_them(demo_window, qtbot):
    page = shown(demo_window, qtbot)
    seen = overview()
    pyramid = bar_sets(page.views["pyramid"], QHorizontalStackedBarSeries)
    assert [-pyramid["男"].at(i) for i in range(10)] == [m for _, m, _ in seen.pyramid]
    assert int(page.card_text("residents").replace(",", "")) == seen.stats["residents"]

    pyramid["女"].clicked.emit(6)  # women aged 60–69
    roster = demo_window.roster
    assert demo_window.current_page() is roster
    assert roster.model.rowCount() == seen.pyramid[6][2] and "女" in roster.ui.countLabel.text()
    roster.ui.clearConditionsButton.click()
    assert roster.model.rowCount() == seen.stats["residents"]

    demo_window.ui.navList.setCurrentRow(0)
    care = bar_sets(page.views["care"], QStackedBarSeries)
    grids = list(seen.care_by_grid)
    care["独居老人"].clicked.emit(grids.index("第二网格"))
    assert roster.ui.tagFilter.currentData() == "独居老人" and roster.ui.gridFilter.currentText() == "第二网格"
    assert roster.model.rowCount() == seen.care_by_grid["第二网格"]["独居老人"]

    demo_window.ui.navList.setCurrentRow(0)
    bar_sets(page.views["visits"], QBarSeries)["全部走访户数"].clicked.emit(10)  # last month
    visits = demo_window.visits
    wait_loaded(qtbot, visits)
    month = seen.visits_by_month[10][0]
    assert demo_window.current_page() is visits and visits.ui.tabs.currentIndex() == 1
    assert visits.ui.fromDate.date().toPython() == month.start and visits.ui.toDate.date().toPython() == month.end
    assert row_count(visits.ui.visitsTable) > 0

    demo_window.ui.navList.setCurrentRow(0)
    page.open_card("party")
    assert roster.ui.partyCheck.isChecked() and roster.model.rowCount() == seen.stats["party_members"]
    demo_window.ui.navList.setCurrentRow(0)
    page.open_card("needs")
    assert visits.ui.tabs.currentIndex() == 2 and visits.ui.needStatusFilter.currentText() == "待办"


def test_a_past_days_figures_and_roster(demo_window, qtbot):
    page = shown(demo_window, qtbot)
    day = dt.date.today() - dt.timedelta(days=365)
    page.ui.asOfDate.setDate(QDate(day))
    page.ui.asOfCheck.setChecked(True)
    wait_loaded(qtbot, page)
    then = overview(day)
    assert int(page.card_text("residents").replace(",", "")) == then.stats["residents"] < overview().stats["residents"]
    assert page.card_text("overdue") == "—" and str(day.year) in page.ui.dayLabel.text()
    page.open_card("residents")
    roster = demo_window.roster
    wait_loaded(qtbot, roster)
    assert roster.ui.asOfCheck.isChecked() and roster.as_of() == day
    assert roster.model.rowCount() == then.stats["residents"]
    assert len(matching_ids(RosterFilter())) > roster.model.rowCount()


def test_the_printed_overview(db, tmp_path):
    from jinsha_desk.demo import seed_demo

    seed_demo(residents=600)
    seen = overview()
    reader, text = pdf_text(write_overview(seen, tmp_path / "概况.pdf"))
    assert len(reader.pages) <= 2 and "金沙社区概况" in text and "人口年龄性别结构" in text
    assert f"{seen.stats['residents']:,}" in text and "第一网格党支部" in text
    assert all(embedded_fonts(reader).values())
    # charts are drawn, not pictures: no image in the file
    assert not any(page.images for page in reader.pages)
