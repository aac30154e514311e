"""首页: the figures a community secretary reports and the charts to show at a meeting, for today or
any past day; every figure and every bar opens the list behind it. The figures come first (a fifth
of a second at 100,000 residents), the charts follow from the core's overview."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QMessageBox, QVBoxLayout, QWidget

from jinsha_desk import changes
from jinsha_desk import overview as ov
from jinsha_desk.errors import DeskError
from jinsha_desk.meetings.topics import KINDS
from jinsha_desk.roster.browse import RosterFilter
from jinsha_desk.roster.editing import grid_choices
from jinsha_desk.roster.history import NO_GRID
from jinsha_desk.roster.stats import community_stats
from jinsha_desk.settings import community_name
from jinsha_desk.ui.dashboard import charts
from jinsha_desk.ui.forms.ui_dashboard_page import Ui_DashboardPage
from jinsha_desk.ui.page import Page
from jinsha_desk.ui.tables import fill_table
from jinsha_desk.visits.followup import overdue_count
from jinsha_desk.visits.records import NEED_OPEN, NEED_RESOLVED

# Where a click leads, as the main window understands it (MainWindow.go_to).
ROSTER, DUE, VISITS, NEEDS, VOLUNTEERS, MEETINGS = "roster", "due", "visits", "needs", "volunteers", "meetings"
# The cards: key, caption; seven to a row.
CARDS = (
    ("residents", "居民"), ("households", "户数"), ("party", "党员"), ("care", "关爱对象"), ("overdue", "逾期未走访（户）"),
    ("visits", "本月走访（次）"), ("needs", "待办需求"),
    ("resolved", "本月解决需求"), ("volunteers", "志愿者"), ("hours", "今年服务时长（小时）"), ("meetings", "今年会议"),
    ("grids", "网格"), ("buildings", "楼栋"), ("teams", "服务队"),
)
CHARTS = ("pyramid", "care", "visits", "hours", "teams", "topics", "satisfaction", "needs", "party")


class _Clicks(QObject):
    """Turns a press on a card into its action."""

    def __init__(self, parent: QObject, action: Callable[[], None]) -> None:
        super().__init__(parent)
        self.action = action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease:
            self.action()
            return True
        return False


class DashboardPage(Page):
    title = "首页"
    write_buttons = ()
    shows = changes.ALL
    keep_current = True
    wanted = Signal(str, object)  # where a click leads and what to show there

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DashboardPage()
        self.ui.setupUi(self)
        self.values: dict[str, QLabel] = {}
        for index, (key, caption) in enumerate(CARDS):
            self.ui.cardsLayout.addWidget(self._card(key, caption), index // 7, index % 7)
        self.views = {name: charts.chart_view(self.ui.scrollContents) for name in CHARTS}
        for index, view in enumerate(self.views.values()):
            self.ui.chartsLayout.addWidget(view, index // 2, index % 2)
        self.current: ov.Overview | None = None
        self.ui.asOfDate.setMaximumDate(QDate.currentDate())
        self.ui.asOfDate.setDate(QDate.currentDate().addDays(-QDate.currentDate().day()))  # last month's end
        self.ui.asOfCheck.toggled.connect(self._day_changed)
        self.ui.asOfDate.dateChanged.connect(self._day_changed)
        self.ui.printButton.clicked.connect(self.print_overview)

    def _card(self, key: str, caption: str) -> QFrame:
        card = QFrame(self.ui.scrollContents)
        card.setObjectName(f"{key}Card")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setCursor(Qt.CursorShape.PointingHandCursor)
        layout = QVBoxLayout(card)
        title = QLabel(caption, card)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        value = QLabel("…", card)
        value.setObjectName(f"{key}Value")
        value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        value.setStyleSheet("font-size: 20pt; font-weight: bold; color: #b03a2e;")
        layout.addWidget(title)
        layout.addWidget(value)
        self.values[key] = value
        card.installEventFilter(_Clicks(card, lambda: self.open_card(key)))
        return card

    def card_text(self, key: str) -> str:
        return self.values[key].text()

    # What is shown

    def day(self) -> dt.date:
        return self.ui.asOfDate.date().toPython() if self.ui.asOfCheck.isChecked() else dt.date.today()

    def past_day(self) -> dt.date | None:
        return self.day() if self.ui.asOfCheck.isChecked() else None

    def _day_changed(self) -> None:
        self.ui.asOfDate.setEnabled(self.ui.asOfCheck.isChecked())
        self.refresh()

    def refresh(self) -> None:
        past = self.past_day()
        self.ui.dayLabel.setText(f"（{past:%Y年%m月%d日}）" if past else "")
        self.load_in_background(
            "figures", lambda: (community_stats(as_of=past), None if past else overdue_count(), community_name()),
            lambda gathered: self._show_figures(gathered, past))

    def _show_figures(self, gathered: tuple[dict[str, object], int | None, str], past: dt.date | None) -> None:
        stats, overdue, name = gathered
        self.ui.titleLabel.setText(f"{name}概况" if name else "社区概况")
        for key, value in (
            ("residents", stats["residents"]), ("households", stats["households"]), ("party", stats["party_members"]),
            ("care", stats["care_residents"]), ("overdue", overdue), ("volunteers", stats["volunteers"]),
            ("grids", stats["grids"]), ("buildings", stats["buildings"]), ("teams", stats["teams"]),
        ):
            self.values[key].setText("—" if value is None else f"{value:,}")
        fill_table(self.ui.gridTable, ["网格", "网格员", "户数", "居民", "党员"],
                   [[g["grid"], g["worker"], g["households"], g["residents"], g["party_members"]]
                    for g in stats["per_grid"]], stretch=True)  # type: ignore[union-attr]
        # The charts are computed once the figures are on screen: on two cores, computing both at once
        # put the figures the secretary looks for first at 0.9 s instead of 0.5 s (100,000 residents).
        # Started before this load counts as done, so the page is loaded once the charts are in.
        self.load_in_background("charts", lambda: ov.overview(past), self._show_charts)

    def _show_charts(self, seen: ov.Overview) -> None:
        self.current = seen
        for key, value in (("visits", seen.visits_this_month), ("needs", seen.needs_open),
                           ("resolved", seen.needs_resolved_this_month), ("hours", seen.hours_this_year),
                           ("meetings", seen.meetings_this_year)):
            self.values[key].setText(f"{value:,g}" if isinstance(value, float) else f"{value:,}")
        months = [m.short_label for m, *_ in seen.visits_by_month]
        span = f"{seen.visits_by_month[0][0].label}–{seen.visits_by_month[-1][0].label}"
        categories = sorted({tag for tags in seen.care_by_grid.values() for tag in tags})
        grids = list(seen.care_by_grid)
        draw = {
            "pyramid": charts.pyramid_chart("人口年龄性别结构", [b for b, _, _ in seen.pyramid],
                                            [m for _, m, _ in seen.pyramid], [w for _, _, w in seen.pyramid],
                                            self.open_band),
            "care": charts.bar_chart("各网格关爱对象", grids,
                                     [(tag, [seen.care_by_grid[g].get(tag, 0) for g in grids]) for tag in categories],
                                     self.open_care, stacked=True),
            "visits": charts.bar_chart(f"关爱对象户走访（{span}）", months, [
                ("应走访", [due for _, due, _, _ in seen.visits_by_month]),
                ("已走访", [done for _, _, done, _ in seen.visits_by_month]),
                ("全部走访户数", [visited for *_, visited in seen.visits_by_month]),
            ], self.open_month),
            "hours": charts.bar_chart(f"志愿服务时长（小时，{span}）", [m.short_label for m, _ in seen.hours_by_month],
                                      [("时长", [h for _, h in seen.hours_by_month])], self.open_volunteers),
            "teams": charts.bar_chart(f"{seen.day.year}年各服务队时长（小时）", [n for n, _ in seen.hours_by_team],
                                      [("时长", [h for _, h in seen.hours_by_team])], self.open_volunteers,
                                      horizontal=True),
            "topics": charts.bar_chart("议题所处阶段", [s for s, _ in seen.topics_by_step],
                                       [("议题", [n for _, n in seen.topics_by_step])], self.open_topics),
            "satisfaction": charts.bar_chart("三张清单的居民满意率（%）", [n for n, _, _ in seen.satisfaction],
                                             [("满意率", [round(100 * s / e) if e else 0 for _, e, s in seen.satisfaction])],
                                             self.open_list, horizontal=True, most=100),
            "needs": charts.bar_chart("未办结需求（按已等待天数）", [label for label, _ in seen.open_needs_by_age],
                                      [("需求", [n for _, n in seen.open_needs_by_age])], self.open_needs),
            "party": charts.pie_chart("各党支部党员人数", seen.party_by_branch, self.open_branch),
        }
        for name, chart in draw.items():
            charts.show(self.views[name], chart)

    # Where clicks lead

    def _roster(self, **conditions: object) -> None:
        self.wanted.emit(ROSTER, RosterFilter(as_of=self.past_day(), **conditions))  # type: ignore[arg-type]

    def open_card(self, key: str) -> None:
        day = self.day()
        if key == "party":
            self._roster(party_only=True)
        elif key == "overdue":
            self.wanted.emit(DUE, None)
        elif key == "visits":
            self.wanted.emit(VISITS, (day.replace(day=1), day))
        elif key in ("needs", "resolved"):
            self.wanted.emit(NEEDS, NEED_OPEN if key == "needs" else NEED_RESOLVED)
        elif key in ("volunteers", "hours", "teams"):
            self.wanted.emit(VOLUNTEERS, None)
        elif key == "meetings":
            self.wanted.emit(MEETINGS, None)
        else:
            self._roster()

    def open_band(self, sex: str, index: int) -> None:
        low, high = ov.AGE_BANDS[index]
        earliest, latest = ov.born_between(low, high, self.day())
        self._roster(gender=sex, born_from=earliest, born_to=latest)

    def _grid_id(self, name: str) -> int | None:
        return dict((n, i) for i, n in grid_choices()).get(name) if name != NO_GRID else None

    def open_care(self, tag: str, index: int) -> None:
        grids = list(self.current.care_by_grid) if self.current else []
        self._roster(tag=tag, grid_id=self._grid_id(grids[index]) if index < len(grids) else None)

    def open_branch(self, branch: str, _index: int) -> None:
        self._roster(party_only=True, grid_id=self._grid_id(branch.removesuffix("党支部")))

    def open_month(self, _series: str, index: int) -> None:
        month = self.current.visits_by_month[index][0] if self.current else None
        if month is not None:
            self.wanted.emit(VISITS, (month.start, min(month.end, self.day())))

    def open_needs(self, _series: str, _index: int) -> None:
        self.wanted.emit(NEEDS, NEED_OPEN)

    def open_volunteers(self, _series: str, _index: int) -> None:
        self.wanted.emit(VOLUNTEERS, None)

    def open_topics(self, _series: str, _index: int) -> None:
        self.wanted.emit(MEETINGS, None)

    def open_list(self, _series: str, index: int) -> None:
        self.wanted.emit(MEETINGS, KINDS[index])

    def print_overview(self) -> None:
        from jinsha_desk.documents.overview_docs import write_overview  # reportlab only when printing
        from jinsha_desk.paths import scratch_dir
        from jinsha_desk.ui.preview_dialog import DocumentPreview

        if self.current is None:
            return
        try:
            pdf = write_overview(self.current, scratch_dir() / "社区概况.pdf")
        except DeskError as exc:
            QMessageBox.warning(self, "打印社区概况", exc.message)
            return
        DocumentPreview(pdf, "社区概况", self).exec()
