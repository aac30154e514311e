"""首页: the figures a community secretary recites, straight from the core's statistics."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from jinsha_desk import changes
from jinsha_desk.roster.stats import community_stats
from jinsha_desk.settings import community_name
from jinsha_desk.ui.forms.ui_dashboard_page import Ui_DashboardPage
from jinsha_desk.ui.page import Page
from jinsha_desk.ui.tables import fill_table
from jinsha_desk.visits.followup import overdue_count


class DashboardPage(Page):
    title = "首页"
    write_buttons = ()
    shows = changes.ALL
    keep_current = True

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DashboardPage()
        self.ui.setupUi(self)

    def refresh(self) -> None:
        self.load_in_background("figures", lambda: (community_stats(), overdue_count(), community_name()),
                                self._show)

    def _show(self, gathered: tuple[dict[str, object], int, str]) -> None:
        stats, overdue, name = gathered
        ui = self.ui
        ui.titleLabel.setText(f"{name}概况" if name else "社区概况")
        per_category: dict[str, int] = stats["per_category"]  # type: ignore[assignment]
        for label, value in (
            (ui.gridsValue, stats["grids"]),
            (ui.buildingsValue, stats["buildings"]),
            (ui.householdsValue, stats["households"]),
            (ui.residentsValue, stats["residents"]),
            (ui.partyValue, stats["party_members"]),
            (ui.careValue, stats["care_residents"]),
            (ui.overdueValue, overdue),
            (ui.volunteersValue, stats["volunteers"]),
            (ui.teamsValue, stats["teams"]),
        ):
            label.setText(f"{value:,}")
        grids: list[dict[str, object]] = stats["per_grid"]  # type: ignore[assignment]
        fill_table(
            ui.gridTable,
            ["网格", "网格员", "户数", "居民", "党员"],
            [[g["grid"], g["worker"], g["households"], g["residents"], g["party_members"]] for g in grids],
            stretch=True,
        )
        fill_table(ui.careTable, ["类别", "人数"], [[tag, count] for tag, count in per_category.items()], stretch=True)
