"""居民花名册: search as you type, filters, the household of the selected resident, and the
dialogs that add, correct, move out and record deaths."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QItemSelection, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from jinsha_desk import auth, changes
from jinsha_desk.models import STATUS_ACTIVE
from jinsha_desk.roster import editing
from jinsha_desk.roster.browse import RosterFilter, household_on, rows_on
from jinsha_desk.roster.idcard import age_on, mask
from jinsha_desk.ui.forms.ui_roster_page import Ui_RosterPage
from jinsha_desk.ui.page import Page
from jinsha_desk.ui.roster.resident_dialog import ResidentDialog
from jinsha_desk.ui.roster.roster_model import (
    HouseholdIdRole,
    ResidentIdRole,
    ResidentTableModel,
)
from jinsha_desk.ui.roster.status_dialog import StatusDialog
from jinsha_desk.ui.story_dialog import open_story
from jinsha_desk.ui.tables import add_row_actions, fill_table

_ALL = "全部"
_MEMBER_HEADERS = ["姓名", "与户主关系", "性别", "年龄", "联系电话", "状态", "特殊人群"]


class RosterPage(Page):
    title = "居民花名册"
    write_buttons = ("addButton", "editButton", "moveOutButton", "deceasedButton", "importButton")
    refresh_when_shown = False  # loaded at start; reloads when the roster changes
    shows = frozenset({changes.ROSTER, changes.SETTINGS})
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RosterPage()
        self.ui.setupUi(self)
        self.model = ResidentTableModel(self)
        table = self.ui.residentTable
        table.setModel(self.model)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(26)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        table.sortByColumn(6, Qt.SortOrder.AscendingOrder)
        for column, width in enumerate((80, 48, 48, 160, 110, 90, 130, 80, 80)):
            table.setColumnWidth(column, width)
        fill_table(self.ui.householdTable, _MEMBER_HEADERS, [])
        self.ui.splitter.setStretchFactor(0, 7)
        self.ui.splitter.setStretchFactor(1, 3)
        self.ui.splitter.setSizes([820, 360])

        # The query waits for the keystrokes already queued (a burst of typing, an input method's
        # commit) and runs once after them; the editor itself is never held up.
        self._search_soon = QTimer(self, singleShot=True, interval=0)
        self._search_soon.timeout.connect(self.apply_filter)
        self.ui.searchEdit.textChanged.connect(self._search_soon.start)
        self.ui.gridFilter.currentIndexChanged.connect(self._grid_changed)
        for widget in (self.ui.buildingFilter, self.ui.tagFilter):
            widget.currentIndexChanged.connect(self.apply_filter)
        for box in (self.ui.partyCheck, self.ui.inactiveCheck):
            box.toggled.connect(self.apply_filter)
        self.ui.revealCheck.toggled.connect(self._reveal_ids)
        self.ui.asOfDate.setMaximumDate(QDate.currentDate())
        self.ui.asOfDate.setDate(QDate.currentDate().addDays(-QDate.currentDate().day()))  # last month's end
        self.ui.asOfCheck.toggled.connect(self._as_of_changed)
        self.ui.asOfDate.dateChanged.connect(self._as_of_changed)
        self.ui.storyButton.clicked.connect(self.open_resident_story)
        # Conditions the filter row has no control for (sex, birth dates: an age band of the 首页).
        self.conditions = RosterFilter()
        self.ui.clearConditionsButton.clicked.connect(lambda: self.set_conditions(RosterFilter()))
        self.ui.householdStoryButton.clicked.connect(self.open_household_story)
        add_row_actions(table, [("查看档案", self.open_resident_story, None)])
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        table.doubleClicked.connect(lambda _: self.edit_selected())
        self.ui.addButton.clicked.connect(self.add_resident)
        self.ui.editButton.clicked.connect(self.edit_selected)
        self.ui.moveOutButton.clicked.connect(lambda: self.change_status("move_out"))
        self.ui.deceasedButton.clicked.connect(lambda: self.change_status("deceased"))
        self.ui.importButton.clicked.connect(self.import_requested)
        self.reload_choices()
        self._stale = False
        self._update_buttons()

    # Filters
    def refresh(self) -> None:
        self.reload_choices()

    def reload_choices(self) -> None:
        """Refill the filter lists from the roster (after an import or an edit added places)."""
        ui = self.ui
        grid = ui.gridFilter.currentData()
        tag = ui.tagFilter.currentText()
        for combo in (ui.gridFilter, ui.tagFilter):
            combo.blockSignals(True)
            combo.clear()
        ui.gridFilter.addItem(f"网格：{_ALL}", None)
        for grid_id, name in editing.grid_choices():
            ui.gridFilter.addItem(name, grid_id)
        ui.tagFilter.addItem(f"人群：{_ALL}", "")
        for name in editing.tag_choices():
            ui.tagFilter.addItem(name, name)
        ui.gridFilter.setCurrentIndex(max(0, ui.gridFilter.findData(grid)))
        ui.tagFilter.setCurrentIndex(max(0, ui.tagFilter.findText(tag)))
        for combo in (ui.gridFilter, ui.tagFilter):
            combo.blockSignals(False)
        self._fill_buildings()
        self.apply_filter()

    def _fill_buildings(self) -> None:
        combo = self.ui.buildingFilter
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(f"楼栋：{_ALL}", None)
        for building_id, name in editing.building_choices(self.ui.gridFilter.currentData()):
            combo.addItem(name, building_id)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def _grid_changed(self) -> None:
        self._fill_buildings()
        self.apply_filter()

    def show_filter(self, wanted: RosterFilter) -> None:
        """Show the residents a figure of the 首页 counts: its filters set in the filter row, the
        conditions the row cannot show named beside the count, with a button to clear them."""
        ui = self.ui
        widgets = (ui.searchEdit, ui.gridFilter, ui.buildingFilter, ui.tagFilter, ui.partyCheck, ui.inactiveCheck,
                   ui.asOfCheck, ui.asOfDate)
        for widget in widgets:
            widget.blockSignals(True)
        ui.searchEdit.clear()
        ui.gridFilter.setCurrentIndex(max(0, ui.gridFilter.findData(wanted.grid_id)))
        self._fill_buildings()
        ui.buildingFilter.setCurrentIndex(0)
        ui.tagFilter.setCurrentIndex(max(0, ui.tagFilter.findData(wanted.tag)) if wanted.tag else 0)
        ui.partyCheck.setChecked(wanted.party_only)
        ui.inactiveCheck.setChecked(False)
        ui.asOfCheck.setChecked(wanted.as_of is not None)
        if wanted.as_of is not None:
            ui.asOfDate.setDate(QDate(wanted.as_of))
        for widget in widgets:
            widget.blockSignals(False)
        self.set_conditions(RosterFilter(gender=wanted.gender, born_from=wanted.born_from, born_to=wanted.born_to))
        self._as_of_changed()

    def set_conditions(self, conditions: RosterFilter) -> None:
        self.conditions = conditions
        self.ui.clearConditionsButton.setVisible(bool(conditions.describe()))
        self.apply_filter()

    def as_of(self) -> dt.date | None:
        """The past day whose roster is shown, or None for today's."""
        return self.ui.asOfDate.date().toPython() if self.ui.asOfCheck.isChecked() else None

    def _as_of_changed(self) -> None:
        """A past day's roster is rebuilt from the history off the GUI thread (seconds at 100,000
        residents), then filtered from memory like today's."""
        self.ui.asOfDate.setEnabled(self.ui.asOfCheck.isChecked())
        day = self.as_of()
        if day is None:
            self.apply_filter()
            return
        self.load_in_background("as_of", lambda: rows_on(RosterFilter(as_of=day)), lambda _: self.apply_filter())

    def current_filter(self) -> RosterFilter:
        ui = self.ui
        return RosterFilter(
            search=ui.searchEdit.text(),
            grid_id=ui.gridFilter.currentData(),
            building_id=ui.buildingFilter.currentData(),
            tag=ui.tagFilter.currentData() or "",
            party_only=ui.partyCheck.isChecked(),
            include_inactive=ui.inactiveCheck.isChecked(),
            as_of=self.as_of(),
            gender=self.conditions.gender,
            born_from=self.conditions.born_from,
            born_to=self.conditions.born_to,
        )

    @property
    def search_pending(self) -> bool:
        """Typed text whose search has not run yet."""
        return self._search_soon.isActive()

    def apply_filter(self) -> None:
        self._search_soon.stop()
        selected = self.selected_resident_id()
        self.model.set_filter(self.current_filter())
        day = self.as_of()
        described = self.conditions.describe()
        self.ui.countLabel.setText((f"{day:%Y年%m月%d日}" if day else "") + f"共 {self.model.rowCount():,} 人"
                                   + (f"（{described}）" if described else ""))
        if selected is not None:
            self.select_resident(selected)
        self._selection_changed()

    def _reveal_ids(self, reveal: bool) -> None:
        self.model.set_reveal_ids(reveal)
        self._selection_changed()

    # Selection and the household panel
    def selected_resident_id(self) -> int | None:
        rows = self.ui.residentTable.selectionModel().selectedRows()
        return rows[0].data(ResidentIdRole) if rows else None

    def select_resident(self, resident_id: int) -> bool:
        row = self.model.row_of(resident_id)
        if row < 0:
            return False
        self.ui.residentTable.selectRow(row)
        self.ui.residentTable.scrollTo(self.model.index(row, 0))
        return True

    def _selection_changed(self, *_: QItemSelection) -> None:
        rows = self.ui.residentTable.selectionModel().selectedRows()
        self._update_buttons()
        table = self.ui.householdTable
        if not rows:
            self.ui.householdAddress.setText("选择一位居民后，这里显示他所在户的全部成员。")
            table.setRowCount(0)
            return
        household_id = rows[0].data(HouseholdIdRole)
        day = self.as_of()
        members = editing.household_members(household_id) if day is None else [
            editing.Member(p.resident_id, p.name, p.relation, p.gender, age_on(p.birth_date, day), p.id_number,
                           p.phone, p.status, p.tags) for p in household_on(household_id, day)]
        active = sum(m.status == STATUS_ACTIVE for m in members)
        on_day = f"{day:%Y年%m月%d日}" if day else ""
        self.ui.householdAddress.setText(f"{editing.household_address(household_id)}　{on_day}共 {active} 人在册")
        fill_table(table, _MEMBER_HEADERS,
                   [[m.name, m.relation, m.gender, m.age, m.phone, m.status, "、".join(m.tags)] for m in members])
        for r, m in enumerate(members):
            table.item(r, 0).setToolTip(m.id_number if self.ui.revealCheck.isChecked() else mask(m.id_number))

    def _update_buttons(self) -> None:
        selected = self.selected_resident_id() is not None
        # A past day's roster is history: it is read, not edited.
        has = selected and auth.current().can("write") and self.as_of() is None
        for button in (self.ui.editButton, self.ui.moveOutButton, self.ui.deceasedButton):
            button.setEnabled(has)
        self.ui.addButton.setEnabled(auth.current().can("write") and self.as_of() is None)
        self.ui.storyButton.setEnabled(selected)
        self.ui.householdStoryButton.setEnabled(selected)

    # Actions

    def new_record(self) -> None:
        if self.ui.addButton.isEnabled():
            self.add_resident()

    def search_field(self) -> QLineEdit:
        return self.ui.searchEdit

    def add_resident(self) -> None:
        dialog = ResidentDialog(self)
        if self.open_dialog(dialog):
            self.select_resident(dialog.record_id)

    def edit_selected(self) -> None:
        resident_id = self.selected_resident_id()
        if resident_id is None or not self.ui.editButton.isEnabled():
            return
        dialog = ResidentDialog(self, resident_id)
        if self.open_dialog(dialog):
            self.select_resident(resident_id)

    def open_resident_story(self) -> None:
        open_story(self, resident_id=self.selected_resident_id())

    def open_household_story(self) -> None:
        rows = self.ui.residentTable.selectionModel().selectedRows()
        open_story(self, household_id=rows[0].data(HouseholdIdRole) if rows else None)

    def change_status(self, action: str) -> None:
        resident_id = self.selected_resident_id()
        if resident_id is None:
            return
        row = self.model.resident_row(self.model.row_of(resident_id))
        if row.status != STATUS_ACTIVE:
            QMessageBox.information(self, "提示", f"{row.name} 已登记为“{row.status}”。")
            return
        dialog = StatusDialog(self, resident_id, row.name, action)
        self.open_dialog(dialog)
