"""志愿服务: volunteers with their hours and stars, teams, activities, and the micro-wish board."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox, QTableWidget, QWidget

from jinsha_desk import changes
from jinsha_desk.errors import DeskError
from jinsha_desk.ui.forms.ui_volunteers_page import Ui_VolunteersPage
from jinsha_desk.ui.page import Page
from jinsha_desk.ui.preview_dialog import DocumentPreview
from jinsha_desk.ui.story_dialog import open_story
from jinsha_desk.ui.tables import add_row_actions, fill_table, selected_row_id
from jinsha_desk.ui.volunteers.activity_dialog import ActivityDialog
from jinsha_desk.ui.volunteers.certificate_dialog import CertificateDialog
from jinsha_desk.ui.volunteers.volunteer_dialogs import (
    ClaimDialog,
    TeamDialog,
    VolunteerDialog,
    WishDialog,
)
from jinsha_desk.volunteers import people, service, wishes

_PEOPLE_HEADERS = ["姓名", "联系电话", "服务队", "本年活动", "本年时长", "累计时长", "星级"]
_TEAM_HEADERS = ["服务队", "队长", "人数", "说明"]
_ACTIVITY_HEADERS = ["日期", "活动", "服务队", "地点", "服务对象", "人数", "总时长"]
_WISH_HEADERS = {
    wishes.OPEN: ["居民", "心愿", "登记日期"],
    wishes.CLAIMED: ["居民", "心愿", "认领人", "认领日期"],
    wishes.FULFILLED: ["居民", "心愿", "认领人", "实现日期"],
}


class VolunteersPage(Page):
    title = "志愿服务"
    write_buttons = ("addVolunteerButton", "addTeamButton", "addActivityButton", "addWishButton", "claimButton",
                     "fulfilButton")
    shows = frozenset({changes.VOLUNTEERS, changes.ROSTER})
    take_out_buttons = ("certificateButton",)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_VolunteersPage()
        self.ui.setupUi(self)
        ui = self.ui
        ui.yearSpin.setValue(dt.date.today().year)
        ui.yearSpin.valueChanged.connect(self.refresh_people)
        ui.addVolunteerButton.clicked.connect(lambda: self.open_dialog(VolunteerDialog(self)))
        ui.addTeamButton.clicked.connect(lambda: self.open_dialog(TeamDialog(self)))
        ui.addActivityButton.clicked.connect(lambda: self.open_dialog(ActivityDialog(self)))
        ui.addWishButton.clicked.connect(lambda: self.open_dialog(WishDialog(self)))
        ui.claimButton.clicked.connect(self.claim_selected)
        ui.fulfilButton.clicked.connect(self.fulfil_selected)
        self.wish_tables: dict[str, QTableWidget] = {
            wishes.OPEN: ui.openTable, wishes.CLAIMED: ui.claimedTable, wishes.FULFILLED: ui.fulfilledTable,
        }
        remove = QKeySequence.StandardKey.Delete
        self.writing_actions += [
            *add_row_actions(ui.activitiesTable, [("更正活动和时长…", self.edit_selected_activity, Qt.Key.Key_Return),
                                                  ("删除活动", self.remove_selected_activity, remove)]),
            *add_row_actions(ui.volunteersTable, [("删除志愿者", self.remove_selected_volunteer, remove)]),
            *add_row_actions(ui.teamsTable, [("解散服务队", self.remove_selected_team, remove)]),
            *add_row_actions(ui.openTable, [("删除心愿", self.remove_selected_wish, remove)]),
            *add_row_actions(ui.claimedTable, [("撤销认领", self.unclaim_selected, None)]),
        ]
        ui.activitiesTable.doubleClicked.connect(lambda _: self.edit_selected_activity())
        add_row_actions(ui.volunteersTable, [("查看居民档案", self.open_volunteer_story, None)])
        for status, table in self.wish_tables.items():
            add_row_actions(table, [("查看居民档案", lambda status=status: self.open_wisher_story(status), None)])
        ui.certificateButton.clicked.connect(self.service_certificate)

    def refresh(self) -> None:
        self.refresh_people()
        fill_table(self.ui.teamsTable, _TEAM_HEADERS,
                   [[t.name, t.leader, t.members, t.description] for t in people.teams()],
                   ids=[t.team_id for t in people.teams()], empty="还没有服务队。点击“新建服务队…”添加。")
        rows = service.activities(dt.date.today().year)
        self.ui.activitiesSummary.setText(f"今年 {len(rows)} 次活动，共 {sum(a.hours for a in rows):g} 小时")
        rows = service.activities()
        fill_table(self.ui.activitiesTable, _ACTIVITY_HEADERS,
                   [[a.activity_date, a.title, a.team, a.place, a.group_served, a.volunteers, a.hours] for a in rows],
                   ids=[a.activity_id for a in rows], empty="还没有志愿服务活动。点击“登记活动和时长…”添加。")
        self.refresh_wishes()

    def refresh_people(self) -> None:
        year = self.ui.yearSpin.value()
        rows = service.hours_for_year(year)
        self.ui.peopleSummary.setText(f"共 {len(rows)} 名志愿者，{year} 年服务 {sum(r.hours for r in rows):g} 小时")
        fill_table(
            self.ui.volunteersTable, _PEOPLE_HEADERS,
            [[r.name, r.phone, "、".join(r.teams), r.activities, r.hours, r.total_hours, service.stars_text(r.stars)]
             for r in rows],
            ids=[r.volunteer_id for r in rows], empty="还没有志愿者。点击“新增志愿者…”添加。",
        )

    def refresh_wishes(self) -> None:
        for status, table in self.wish_tables.items():
            rows = wishes.wishes(status)
            if status == wishes.OPEN:
                values = [[w.resident, w.description, w.raised_date] for w in rows]
            elif status == wishes.CLAIMED:
                values = [[w.resident, w.description, w.claimed_by, w.claimed_date] for w in rows]
            else:
                values = [[w.resident, w.description, w.claimed_by, w.fulfilled_date] for w in rows]
            fill_table(table, _WISH_HEADERS[status], values, ids=[w.wish_id for w in rows],
                       empty="还没有心愿。点击“新增心愿…”添加。" if status == wishes.OPEN else "")

    def new_record(self) -> None:
        if self.ui.addActivityButton.isEnabled():
            self.open_dialog(ActivityDialog(self))

    def _selected(self, table: QTableWidget) -> tuple[int, str] | tuple[None, str]:
        """The selected row's record id and the text of its first two cells (to name it to the clerk)."""
        record_id = selected_row_id(table)
        row = table.currentRow()
        name = " ".join(table.item(row, c).text() for c in range(min(2, table.columnCount()))) if row >= 0 else ""
        return record_id, name

    def open_volunteer_story(self) -> None:
        volunteer_id, name = self._selected(self.ui.volunteersTable)
        if volunteer_id is None:
            return
        resident_id = people.get_volunteer(volunteer_id).resident_id
        if resident_id is None:
            QMessageBox.information(self, "档案", f"{name} 不是本社区登记的居民，没有居民档案。")
            return
        open_story(self, resident_id=resident_id)

    def open_wisher_story(self, status: str) -> None:
        wish = self._selected_wish(status)
        if wish is not None:
            open_story(self, resident_id=wish.resident_id)

    def service_certificate(self) -> None:
        volunteer_id, name = self._selected(self.ui.volunteersTable)
        if volunteer_id is None:
            self.ui.peopleSummary.setText("请先在列表中选择一位志愿者。")
            return
        dialog = CertificateDialog(self, volunteer_id, name.split()[0])
        if self.open_dialog(dialog):
            DocumentPreview(dialog.pdf, "志愿服务证明", self).exec()

    def edit_selected_activity(self) -> None:
        activity_id, _ = self._selected(self.ui.activitiesTable)
        if activity_id is not None:
            self.open_dialog(ActivityDialog(self, activity_id))

    def _remove(self, table: QTableWidget, question: str, action, done: str) -> None:
        record_id, name = self._selected(table)
        if record_id is not None and self.confirm(question.format(name=name)):
            self.run_action(lambda: action(record_id), done.format(name=name))

    def remove_selected_activity(self) -> None:
        self._remove(self.ui.activitiesTable, "删除活动“{name}”及其服务时长吗？", service.remove_activity, "已删除：{name}")

    def remove_selected_volunteer(self) -> None:
        self._remove(self.ui.volunteersTable, "删除志愿者“{name}”吗？", people.remove_volunteer, "已删除：志愿者 {name}")

    def remove_selected_team(self) -> None:
        self._remove(self.ui.teamsTable, "解散服务队“{name}”吗？队员仍是志愿者，过去的服务时长保留。",
                     people.remove_team, "已解散：{name}")

    def remove_selected_wish(self) -> None:
        self._remove(self.ui.openTable, "删除心愿“{name}”吗？", wishes.remove_wish, "已删除：心愿 {name}")

    def unclaim_selected(self) -> None:
        self._remove(self.ui.claimedTable, "撤销对心愿“{name}”的认领吗？它将回到“待认领”。", wishes.unclaim_wish,
                     "已撤销认领：{name}")

    def _selected_wish(self, status: str) -> wishes.WishRow | None:
        wish_id = selected_row_id(self.wish_tables[status])
        if wish_id is None:
            self.ui.wishesError.setText(f"请先在“{status}”一栏中选择一个心愿。")
            return None
        self.ui.wishesError.setText("")
        return next(w for w in wishes.wishes(status) if w.wish_id == wish_id)

    def claim_selected(self) -> None:
        wish = self._selected_wish(wishes.OPEN)
        if wish is not None:
            self.open_dialog(ClaimDialog(self, wish))

    def fulfil_selected(self) -> None:
        wish = self._selected_wish(wishes.CLAIMED)
        if wish is None:
            return
        try:
            wishes.fulfil_wish(wish.wish_id)
        except DeskError as exc:
            self.ui.wishesError.setText(exc.message)
            return
        self.catch_up()
