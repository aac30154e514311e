"""设置 (administrators): the community's profile, its grids and its staff."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from jinsha_desk import changes
from jinsha_desk.db import saved_connection
from jinsha_desk.office import grids as g
from jinsha_desk.office import profile
from jinsha_desk.office import staff as s
from jinsha_desk.paths import default_db_path
from jinsha_desk.roster.editing import building_choices
from jinsha_desk.ui.forms.ui_settings_page import Ui_SettingsPage
from jinsha_desk.ui.page import Page
from jinsha_desk.ui.settings.profile_form import fill_profile, profile_edits, typed_profile
from jinsha_desk.ui.settings.setup_wizard import SetupWizard
from jinsha_desk.ui.settings.staff_dialog import StaffDialog
from jinsha_desk.ui.tables import fill_table, selected_row_id

_GRID_HEADERS = ["网格", "网格员", "电话", "在册居民", "楼栋"]
_STAFF_HEADERS = ["姓名", "职务", "电话", "服务网格"]


class SettingsPage(Page):
    title = "设置"
    write_buttons = ("saveProfileButton", "wizardButton", "addGridButton", "renameGridButton", "workerButton",
                     "mergeGridButton", "retireGridButton", "assignBuildingButton", "addStaffButton",
                     "editStaffButton", "removeStaffButton")
    shows = frozenset({changes.SETTINGS, changes.ROSTER})

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.edits = profile_edits(ui)
        self.grid_rows: list[g.GridRow] = []
        self.staff_rows: list[s.StaffRow] = []
        ui.saveProfileButton.clicked.connect(self.save_profile)
        ui.wizardButton.clicked.connect(lambda: self.open_dialog(SetupWizard(self)))
        ui.addGridButton.clicked.connect(self.add_grid)
        ui.renameGridButton.clicked.connect(self.rename_grid)
        ui.workerButton.clicked.connect(self.set_worker)
        ui.mergeGridButton.clicked.connect(self.merge_grid)
        ui.retireGridButton.clicked.connect(lambda: self._grid_action(lambda grid: g.retire_grid(grid.grid_id)))
        ui.assignBuildingButton.clicked.connect(self.assign_building)
        ui.addStaffButton.clicked.connect(lambda: self.open_dialog(StaffDialog(self)))
        ui.editStaffButton.clicked.connect(self.edit_staff)
        ui.removeStaffButton.clicked.connect(self.remove_staff)
        ui.staffTable.doubleClicked.connect(lambda _: self.edit_staff())
        ui.testServerButton.clicked.connect(lambda: self.connect_server(save=False))
        ui.saveServerButton.clicked.connect(lambda: self.connect_server(save=True))
        ui.localButton.clicked.connect(self.use_local_file)

    def refresh(self) -> None:
        self._show_connection()
        fill_profile(self.edits, profile.profile())
        self.grid_rows = g.grids()
        fill_table(self.ui.gridsTable, _GRID_HEADERS,
                   [[r.name, r.worker, r.worker_phone, r.residents, "、".join(r.buildings)] for r in self.grid_rows],
                   ids=[r.grid_id for r in self.grid_rows],
                   empty="还没有网格。点击“新增网格…”添加。")
        self.staff_rows = s.staff()
        fill_table(self.ui.staffTable, _STAFF_HEADERS,
                   [[r.name, r.post, r.phone, r.grid] for r in self.staff_rows], ids=[r.staff_id for r in self.staff_rows],
                   empty="还没有工作人员。点击“新增工作人员…”添加。")

    def _show_connection(self) -> None:
        server = saved_connection.saved_server()
        self.ui.currentLabel.setText(f"本机启动时连接：数据库服务器 {server.shown}" if server else
                                     f"本机启动时使用：本机数据库文件 {default_db_path()}")
        if server and not self.ui.serverEdit.text():
            self.ui.serverEdit.setText(server.url)

    def connect_server(self, save: bool) -> None:
        """Test (and save) the typed address off the GUI thread: a server that does not answer takes
        up to ten seconds to say so."""
        url = self.ui.serverEdit.text()
        self.ui.serverStatus.setText("正在连接……")
        connect = saved_connection.save_server if save else saved_connection.check_server
        self.load_in_background("server", lambda: connect(url), lambda address: self._connected(address, save))

    def _connected(self, address, save: bool) -> None:
        self.ui.serverStatus.setText(f"已保存。下次启动本程序时连接 {address.shown}。" if save else
                                     f"连接成功：{address.shown}")
        self._show_connection()

    def _load_failed(self, message: str) -> None:
        self.ui.serverStatus.setText(message)

    def use_local_file(self) -> None:
        saved_connection.forget_server()
        self.ui.serverStatus.setText("下次启动本程序时使用本机的数据库文件。")
        self._show_connection()

    def save_profile(self) -> None:
        self.run_action(lambda: profile.update_profile(typed_profile(self.edits)), "已保存：社区信息",
                        self.ui.profileStatus)

    def selected_grid(self) -> g.GridRow | None:
        grid_id = selected_row_id(self.ui.gridsTable)
        found = next((r for r in self.grid_rows if r.grid_id == grid_id), None)
        if found is None:
            self.ui.gridsStatus.setText("请先在列表中选择一个网格。")
        return found

    def _grid_action(self, action: Callable[[g.GridRow], object], done: str = "已保存：网格") -> None:
        grid = self.selected_grid()
        if grid is not None:
            self.run_action(lambda: action(grid), done, self.ui.gridsStatus)

    def add_grid(self) -> None:
        name = self.ask_text("新增网格", "网格名称（如 第六网格）：")
        if name:
            self.run_action(lambda: g.add_grid(name), f"已保存：新增网格 {name}", self.ui.gridsStatus)

    def rename_grid(self) -> None:
        grid = self.selected_grid()
        name = grid and self.ask_text("网格改名", f"“{grid.name}”的新名称：", grid.name)
        if grid and name:
            self.run_action(lambda: g.rename_grid(grid.grid_id, name), f"已保存：网格改名为 {name}",
                            self.ui.gridsStatus)

    def set_worker(self) -> None:
        grid = self.selected_grid()
        worker = grid and self.ask_choice("设置网格员", f"“{grid.name}”的网格员：",
                                          [r.name for r in self.staff_rows] or [grid.worker or ""])
        if grid and worker is not None:
            phone = next((r.phone for r in self.staff_rows if r.name == worker), grid.worker_phone)
            self.run_action(lambda: g.set_grid_worker(grid.grid_id, worker, phone),
                            f"已保存：{grid.name} 网格员 {worker}", self.ui.gridsStatus)

    def merge_grid(self) -> None:
        grid = self.selected_grid()
        others = [r.name for r in self.grid_rows if grid and r.grid_id != grid.grid_id]
        into = grid and others and self.ask_choice("合并网格", f"把“{grid.name}”的楼栋和工作人员并入：", others)
        if grid and into:
            self.run_action(lambda: g.merge_grids(grid.grid_id, into), f"已合并：{grid.name} 并入 {into}",
                            self.ui.gridsStatus)

    def assign_building(self) -> None:
        grid = self.selected_grid()
        buildings = [name for _, name in building_choices()]
        if grid and not buildings:
            self.ui.gridsStatus.setText("还没有楼栋：楼栋在登记居民或导入花名册时建立。")
            return
        building = grid and self.ask_choice("划入楼栋", f"把哪栋楼划入“{grid.name}”：", buildings)
        if grid and building:
            self.run_action(lambda: g.assign_building(building, grid.grid_id),
                            f"已保存：{building} 划入 {grid.name}", self.ui.gridsStatus)

    def selected_staff(self) -> s.StaffRow | None:
        staff_id = selected_row_id(self.ui.staffTable)
        found = next((r for r in self.staff_rows if r.staff_id == staff_id), None)
        if found is None:
            self.ui.staffStatus.setText("请先在列表中选择一位工作人员。")
        return found

    def edit_staff(self) -> None:
        person = self.selected_staff()
        if person is not None:
            self.open_dialog(StaffDialog(self, person))

    def remove_staff(self) -> None:
        person = self.selected_staff()
        if person is not None:
            self.run_action(lambda: s.remove_staff(person.staff_id), f"已移出名单：{person.name}",
                            self.ui.staffStatus)
