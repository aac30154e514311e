"""入户走访: who is overdue (one click to record the visit), the visit ledger, the needs list."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from jinsha_desk import changes
from jinsha_desk.errors import DeskError
from jinsha_desk.roster.households import household_choices
from jinsha_desk.ui.forms.ui_visits_page import Ui_VisitsPage
from jinsha_desk.ui.page import Page
from jinsha_desk.ui.story_dialog import open_story
from jinsha_desk.ui.tables import add_row_actions, fill_table, selected_row, selected_row_id, text_at
from jinsha_desk.ui.visits.intervals_dialog import IntervalsDialog
from jinsha_desk.ui.visits.visit_dialog import VisitDialog
from jinsha_desk.visits import followup, records

_DUE_HEADERS = ["网格员", "状态", "住址", "户主", "关爱类别", "间隔(天)", "上次走访", "应走访日期"]
_VISIT_HEADERS = ["日期", "住址", "户主", "网格", "类型", "走访人", "见到", "走访情况", "需求"]
_NEED_HEADERS = ["提出日期", "住址", "户主", "需求", "状态", "负责人", "解决日期"]
_ALL = "全部"


class VisitsPage(Page):
    title = "入户走访"
    write_buttons = ("recordDueButton", "newVisitButton", "inProgressButton", "resolvedButton", "intervalsButton")
    shows = frozenset({changes.VISITS, changes.ROSTER, changes.SETTINGS})

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.need_versions: dict[int, int] = {}
        self.ui = Ui_VisitsPage()
        self.ui.setupUi(self)
        ui = self.ui
        today = QDate.currentDate()
        ui.fromDate.setDate(today.addMonths(-1))
        ui.toDate.setDate(today)
        ui.needStatusFilter.addItems([_ALL, *records.NEED_STATUSES])
        ui.needStatusFilter.setCurrentText(records.NEED_OPEN)
        self.due: list[followup.DueHousehold] = []
        self._stale_tabs: set[int] = set()
        ui.tabs.currentChanged.connect(self._load_shown_tab)
        ui.weekCheck.toggled.connect(self.refresh_due)
        ui.recordDueButton.clicked.connect(self.record_selected_due)
        ui.intervalsButton.clicked.connect(self.edit_intervals)
        ui.dueTable.doubleClicked.connect(lambda _: self.record_selected_due())
        ui.fromDate.dateChanged.connect(self.refresh_visits)
        ui.toDate.dateChanged.connect(self.refresh_visits)
        ui.newVisitButton.clicked.connect(lambda: self.record_visit())
        ui.needStatusFilter.currentIndexChanged.connect(self.refresh_needs)
        ui.inProgressButton.clicked.connect(lambda: self.move_need(records.NEED_IN_PROGRESS))
        ui.resolvedButton.clicked.connect(lambda: self.move_need(records.NEED_RESOLVED))
        self.writing_actions += [
            *add_row_actions(ui.visitsTable, [("更正走访记录…", self.edit_selected_visit, Qt.Key.Key_Return),
                                              ("删除走访记录", self.remove_selected_visit, QKeySequence.StandardKey.Delete)]),
            *add_row_actions(ui.needsTable, [("修改需求内容…", self.edit_selected_need, Qt.Key.Key_Return),
                                             ("删除需求", self.remove_selected_need, QKeySequence.StandardKey.Delete)]),
        ]
        ui.visitsTable.doubleClicked.connect(lambda _: self.edit_selected_visit())
        # Every list that names a household opens its story.
        self.households_of: dict[object, dict[int, int | None]] = {ui.visitsTable: {}, ui.needsTable: {}}
        add_row_actions(ui.dueTable, [("查看家庭档案", lambda: open_story(self, household_id=selected_row_id(ui.dueTable)),
                                       None)])
        for table in self.households_of:
            add_row_actions(table, [("查看家庭档案", lambda t=table: self.open_household_story(t), None)])

    def show_list(self, which: str, what: object) -> None:
        """The due list, the visits between two dates, or the needs in one state (from the 首页)."""
        ui = self.ui
        if which == "visits":
            start, end = what  # type: ignore[misc]
            for edit, day in ((ui.fromDate, start), (ui.toDate, end)):
                edit.blockSignals(True)
                edit.setDate(QDate(day))
                edit.blockSignals(False)
            self._stale_tabs.add(1)
        elif which == "needs":
            ui.needStatusFilter.setCurrentText(str(what))
        ui.tabs.setCurrentIndex({"due": 0, "visits": 1, "needs": 2}[which])
        self._load_shown_tab()

    def open_household_story(self, table) -> None:
        open_story(self, household_id=self.households_of[table].get(selected_row_id(table)))

    def refresh(self) -> None:
        """Each tab loads when it is shown: at 100,000 residents the due list, a month's visits and the
        needs take about a second together, and the clerk looks at one of them."""
        self._stale_tabs = set(range(self.ui.tabs.count()))
        self._load_shown_tab()

    def _load_shown_tab(self) -> None:
        index = self.ui.tabs.currentIndex()
        if index in self._stale_tabs:
            self._stale_tabs.discard(index)
            (self.refresh_due, self.refresh_visits, self.refresh_needs)[index]()

    def refresh_due(self) -> None:
        today, this_week = dt.date.today(), self.ui.weekCheck.isChecked()
        self.load_in_background("due", lambda: followup.due_households(today, include_due_this_week=this_week),
                                self._show_due)

    def _show_due(self, due: list[followup.DueHousehold]) -> None:
        self.due = due
        overdue = sum(d.state != followup.DUE_THIS_WEEK for d in due)
        self.ui.dueSummary.setText(f"逾期 {overdue:,} 户，本周到期 {len(due) - overdue:,} 户")
        fill_table(
            self.ui.dueTable,
            _DUE_HEADERS,
            [[d.worker or "（未定）", d.state, d.address, d.head, "、".join(d.categories), d.interval_days,
              d.last_visit or "—", d.due_date or "—"] for d in due],
            ids=[d.household_id for d in due],
            empty="没有逾期或本周到期的关爱走访。",
        )

    def refresh_visits(self) -> None:
        start, end = self.ui.fromDate.date().toPython(), self.ui.toDate.date().toPython()
        self.load_in_background("visits", lambda: records.list_visits(start, end), self._show_visits)

    def _show_visits(self, rows: list[records.VisitRow]) -> None:
        self.households_of[self.ui.visitsTable] = {r.visit_id: r.household_id for r in rows}
        self.ui.visitsCount.setText(f"共 {len(rows):,} 次")
        fill_table(
            self.ui.visitsTable,
            _VISIT_HEADERS,
            [[r.visit_date, r.address, r.head, r.grid, r.kind, r.visitor, "、".join(r.met), r.findings, "；".join(r.needs)]
             for r in rows],
            ids=[r.visit_id for r in rows],
            empty="这段时间还没有走访记录。点击“新增走访…”添加。",
        )

    def refresh_needs(self) -> None:
        status = self.ui.needStatusFilter.currentText()
        self.load_in_background("needs", lambda: records.needs_list(None if status == _ALL else status),
                                self._show_needs)

    def _show_needs(self, rows: list[records.NeedRow]) -> None:
        self.households_of[self.ui.needsTable] = {n.need_id: n.household_id for n in rows}
        # The version of each need as listed: a correction is saved over that one only (db.versions).
        self.need_versions = {n.need_id: n.version for n in rows}
        fill_table(
            self.ui.needsTable,
            _NEED_HEADERS,
            [[n.raised_date, n.address, n.head, n.description, n.status, n.handler, n.resolved_date or ""] for n in rows],
            ids=[n.need_id for n in rows],
            empty="没有这一状态的需求。走访时提出的需求会出现在这里。",
        )

    def edit_intervals(self) -> None:
        self.open_dialog(IntervalsDialog(self))
    
    def record_visit(self, household_id: int | None = None) -> int | None:
        household = household_choices([household_id])[0] if household_id else None
        dialog = VisitDialog(self, household, kind="关爱探访" if household else "")
        return dialog.record_id if self.open_dialog(dialog) else None

    def new_record(self) -> None:
        if self.ui.newVisitButton.isEnabled():
            self.record_visit()

    def edit_selected_visit(self) -> None:
        visit_id = selected_row_id(self.ui.visitsTable)
        if visit_id is not None:
            self.open_dialog(VisitDialog(self, visit_id=visit_id))

    def remove_selected_visit(self) -> None:
        visit_id = selected_row_id(self.ui.visitsTable)
        row = selected_row(self.ui.visitsTable)
        if visit_id is None:
            return
        what = f"{text_at(self.ui.visitsTable, row, 0)} {text_at(self.ui.visitsTable, row, 1)} 的走访"
        if self.confirm(f"删除{what}吗？它提出的需求也一并删除（审计记录中保留）。"):
            self.run_action(lambda: records.remove_visit(visit_id), f"已删除：{what}")

    def edit_selected_need(self) -> None:
        need_id = selected_row_id(self.ui.needsTable)
        if need_id is None:
            return
        current = text_at(self.ui.needsTable, selected_row(self.ui.needsTable), 3)
        text = self.ask_text("修改需求", "需求内容：", current)
        if text:
            seen = self.need_versions.get(need_id)
            self.run_action(lambda: records.correct_need(need_id, text, seen), f"已保存：需求“{text.strip()}”",
                            self.ui.needsError)

    def remove_selected_need(self) -> None:
        need_id = selected_row_id(self.ui.needsTable)
        if need_id is None:
            return
        text = text_at(self.ui.needsTable, selected_row(self.ui.needsTable), 3)
        if self.confirm(f"删除需求“{text}”吗？"):
            self.run_action(lambda: records.remove_need(need_id), f"已删除：需求“{text}”", self.ui.needsError)

    def record_selected_due(self) -> None:
        household_id = selected_row_id(self.ui.dueTable)
        if household_id is not None:
            self.record_visit(household_id)

    def move_need(self, status: str) -> None:
        need_id = selected_row_id(self.ui.needsTable)
        if need_id is None:
            self.ui.needsError.setText("请先在列表中选择一条需求。")
            return
        try:
            records.update_need(need_id, status, self.ui.handlerEdit.text(), seen_version=self.need_versions.get(need_id))
        except DeskError as exc:
            self.ui.needsError.setText(exc.message)
            return
        self.ui.needsError.setText("")
        self.catch_up()
